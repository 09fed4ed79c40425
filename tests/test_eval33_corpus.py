"""The eval33 development corpus (eval33/questions.jsonl over eval33/datasets.py) is well formed.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, undeclared foreign keys next
  to declared ones, people with names and birth dates / years);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the corpus is read for its failures, with the commands in eval33/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL33 = corpus.Corpus("eval33", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval33_dbs(tmp_path_factory):
    """Every eval33 DuckDB file, built once per test session in a tmp dir and closed afterwards."""
    out = EVAL33.datasets.build_all(tmp_path_factory.mktemp("eval33-dbs"))
    yield out
    for name in EVAL33.datasets.BUILDERS:
        close_database(EVAL33.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL33.cases) >= 70 and len(EVAL33.turns) >= 130 and EVAL33.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL33)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL33.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "MAX(", "MIN(", "IS NULL", "IS NOT NULL",
                    "NOT IN (", " LIMIT ", "QUARTER(", "MONTH(", "strftime(", "date_diff(", "date_sub('year'",
                    "- birth_year", "NOT passed_qc", "shipped_date > due_date", " <> ", "HOUR(", "DAYNAME("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL33.turns) >= 5, "too few rate questions"
    assert len({c["db"] for c in EVAL33.cases}) == 5


def test_every_gold_query_runs_and_returns_rows(eval33_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL33, eval33_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval33_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL33, eval33_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval33_dbs):
    assert not (problems := corpus.having_problems(EVAL33, eval33_dbs)), problems


def _declared(table) -> set[str]:
    """Columns of `table` that carry a declared (not inferred) foreign key."""
    return {fk.column for fk in table.foreign_keys if not fk.inferred}


def test_schemas_have_the_promised_traits(eval33_dbs):
    """Undeclared trip FKs next to declared ones, TIMESTAMP and bool kinds, meaningful NULLs, a 2-3 year span."""
    trips = get_database(EVAL33.url(eval33_dbs, "railway")).schema().tables["trips"]
    assert not _declared(trips) & {"loco_id", "driver_id"}, "railway trip keys must stay undeclared"
    assert trips.column("departure_ts").kind == "datetime" and trips.column("is_hazardous").kind == "bool"
    parcels = get_database(EVAL33.url(eval33_dbs, "courier")).schema().tables["parcels"]
    assert "courier_id" in _declared(parcels)
    assert get_database(EVAL33.url(eval33_dbs, "steelmill")).schema().tables["orders"].column(
        "due_date").kind == "date"
    for name, sql in [("courier", "SELECT COUNT(*) - COUNT(customer_rating) FROM parcels"),
                      ("railway", "SELECT COUNT(*) - COUNT(delay_min) FROM trips"),
                      ("steelmill", "SELECT COUNT(*) - COUNT(shipped_date) FROM orders"),
                      ("coldstore", "SELECT COUNT(*) - COUNT(check_out) FROM lots"),
                      ("customs", "SELECT COUNT(*) - COUNT(cleared_ts) FROM declarations")]:
        assert EVAL33.run(eval33_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, span in [("courier", "SELECT MIN(YEAR(pickup_ts)), MAX(YEAR(pickup_ts)) FROM parcels", (2023, 2024)),
                            ("railway", "SELECT MIN(YEAR(departure_ts)), MAX(YEAR(departure_ts)) FROM trips",
                             (2022, 2024)),
                            ("customs", "SELECT MIN(YEAR(lodged_ts)), MAX(YEAR(lodged_ts)) FROM declarations",
                             (2023, 2025))]:
        assert tuple(EVAL33.run(eval33_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["railway"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL33, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL33, tmp_path, "courier")), problems


def test_engine_accuracy_floor(eval33_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL33, eval33_dbs, 0.89, 0.87)), short
