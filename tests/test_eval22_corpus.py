"""The eval22 development corpus (eval22/questions.jsonl over eval22/datasets.py): is every gold well defined?

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (undeclared visits FKs next to declared ones, TIMESTAMPs, booleans, NULLs
  with a meaning, a date and a year of birth);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the engine is never run on this corpus by its tests.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL22 = corpus.Corpus("eval22", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval22_dbs(tmp_path_factory):
    """Every eval22 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL22.datasets.build_all(tmp_path_factory.mktemp("eval22-dbs"))
    yield out
    for name in EVAL22.datasets.BUILDERS:
        close_database(EVAL22.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL22.cases) >= 70 and len(EVAL22.turns) >= 130 and EVAL22.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL22)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL22.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year', ", "- c.birth_year",
                    "NOT has_insurance", "pain_after >= pain_before"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL22.turns) >= 6, "too few rate questions"
    assert len({turn["q"].strip().lower() for _, i, turn in EVAL22.turns if i == 0}) == len(EVAL22.cases)


def test_every_gold_query_runs_and_returns_rows(eval22_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL22, eval22_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval22_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL22, eval22_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval22_dbs):
    assert not (problems := corpus.having_problems(EVAL22, eval22_dbs)), problems


def test_schemas_have_the_promised_traits(eval22_dbs):
    """visits' client_id / caregiver_id stay undeclared; appointments and scans declare theirs; NULLs mean something."""
    visits = get_database(EVAL22.url(eval22_dbs, "homecare")).schema().tables["visits"]
    declared = {fk.column for fk in visits.foreign_keys if not fk.inferred}
    assert not declared & {"client_id", "caregiver_id"}, "visits FKs must stay undeclared"
    assert visits.column("scheduled_start").kind == "datetime" and visits.column("missed").kind == "bool"
    appointments = get_database(EVAL22.url(eval22_dbs, "physio")).schema().tables["appointments"]
    assert {fk.ref_table.lower() for fk in appointments.foreign_keys if not fk.inferred} == {"patients", "therapists"}
    scans = get_database(EVAL22.url(eval22_dbs, "imaging")).schema().tables["scans"]
    assert [fk for fk in scans.foreign_keys if not fk.inferred and fk.ref_table.lower() == "scanners"]
    for name, sql in [("physio", "SELECT COUNT(*) - COUNT(pain_after) FROM appointments"),
                      ("optician", "SELECT COUNT(*) - COUNT(collected_date) FROM orders"),
                      ("homecare", "SELECT COUNT(*) - COUNT(end_date) FROM clients"),
                      ("imaging", "SELECT COUNT(*) - COUNT(reported_ts) FROM scans"),
                      ("rxdelivery", "SELECT COUNT(*) - COUNT(rating) FROM deliveries")]:
        assert EVAL22.run(eval22_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    years = EVAL22.run(eval22_dbs, "homecare", "SELECT MIN(YEAR(scheduled_start)), MAX(YEAR(scheduled_start)) "
                       "FROM visits")
    assert tuple(years.iloc[0]) == (2023, 2025)


@pytest.mark.parametrize("name", ["physio", "homecare"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL22, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path, eval22_dbs):
    problems = corpus.build_all_problems(EVAL22, tmp_path, "imaging", source=eval22_dbs / "imaging.duckdb")
    assert not problems, problems


def test_engine_accuracy_floor(eval22_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL22, eval22_dbs, 0.77, 0.75)), short
