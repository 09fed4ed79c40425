"""The eval24 development corpus (eval24/questions.jsonl over eval24/datasets.py): checks of the corpus itself.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, 2022/2023-2024 data);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No engine runs here and there is no accuracy floor: the figure is measured with the commands in eval24/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL24 = corpus.Corpus("eval24", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval24_dbs(tmp_path_factory):
    """A folder with the five eval24 DuckDB files, built once per test session and closed afterwards."""
    out = EVAL24.datasets.build_all(tmp_path_factory.mktemp("eval24-dbs"))
    yield out
    for name in EVAL24.datasets.BUILDERS:
        close_database(EVAL24.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL24.cases) >= 70 and len(EVAL24.turns) >= 130 and EVAL24.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL24)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL24.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff('minute'", "date_diff('day'",
                    "date_diff('hour'", "date_sub('year', date_of_birth", "- birth_year", "NOT cancelled",
                    "b.party_size > c.bedrooms", "parts_cost > labour_cost", " <> "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL24.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval24_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL24, eval24_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval24_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL24, eval24_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval24_dbs):
    assert not (problems := corpus.having_problems(EVAL24, eval24_dbs)), problems


def test_schemas_have_the_promised_traits(eval24_dbs):
    """repair_jobs.cust_id undeclared, declared FKs elsewhere, TIMESTAMP/bool kinds, meaningful NULLs, data years."""
    jobs = get_database(EVAL24.url(eval24_dbs, "bikeshop")).schema().tables["repair_jobs"]
    assert "cust_id" not in {fk.column for fk in jobs.foreign_keys if not fk.inferred}, "cust_id must stay undeclared"
    assert jobs.column("rcvd_ts").kind == "datetime" and jobs.column("is_warranty").kind == "bool"
    for name, table, ref in [("lounges", "visits", "lounges"), ("lounges", "visits", "members"),
                             ("skischool", "lessons", "instructors"), ("cottages", "bookings", "cottages"),
                             ("cottages", "bookings", "guests"), ("balloons", "flights", "pilots")]:
        fks = get_database(EVAL24.url(eval24_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{table} -> {ref} undeclared"
    for name, sql in [("lounges", "SELECT COUNT(*) - COUNT(checkout_at) FROM visits"),
                      ("lounges", "SELECT COUNT(*) - COUNT(rating) FROM visits"),
                      ("skischool", "SELECT COUNT(*) - COUNT(left_on) FROM instructors"),
                      ("bikeshop", "SELECT COUNT(*) - COUNT(done_ts) FROM repair_jobs"),
                      ("cottages", "SELECT COUNT(*) - COUNT(review_score) FROM bookings"),
                      ("balloons", "SELECT COUNT(*) - COUNT(max_altitude_ft) FROM flights")]:
        assert EVAL24.run(eval24_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, years in [("lounges", "SELECT MIN(YEAR(checkin_at)), MAX(YEAR(checkin_at)) FROM visits",
                              (2023, 2024)),
                             ("cottages", "SELECT MIN(YEAR(arrival_date)), MAX(YEAR(arrival_date)) FROM bookings",
                              (2022, 2024)),
                             ("balloons", "SELECT MIN(YEAR(flight_date)), MAX(YEAR(flight_date)) FROM flights",
                              (2022, 2024))]:
        assert tuple(EVAL24.run(eval24_dbs, name, sql).iloc[0]) == years, name


@pytest.mark.parametrize("name", ["bikeshop", "balloons"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL24, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL24, tmp_path, "balloons")), problems


def test_engine_accuracy_floor(eval24_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL24, eval24_dbs, 0.85, 0.84)), short
