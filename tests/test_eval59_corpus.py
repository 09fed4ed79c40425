"""The fifty-ninth corpus (eval59/questions.jsonl over eval59/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 90 conversations, >= 180 turns, >= 85 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor (test_engine_accuracy_floor) sits about three points under the engine's score when it was set.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL59 = corpus.Corpus("eval59", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval59_dbs(tmp_path_factory):
    """Every eval59 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL59.datasets.build_all(tmp_path_factory.mktemp("eval59-dbs"))
    yield out
    for name in EVAL59.datasets.BUILDERS:
        close_database(EVAL59.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL59.cases) >= 90 and len(EVAL59.turns) >= 180 and EVAL59.followups >= 85
    assert not (problems := corpus.shape_problems(EVAL59)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL59.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "SUM("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL59.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval59_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL59, eval59_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval59_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL59, eval59_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval59_dbs):
    assert not (problems := corpus.having_problems(EVAL59, eval59_dbs)), problems


def test_carehome_staff_foreign_key_is_only_implied(eval59_dbs):
    """incidents.staffId is NOT declared (only implied by its name); the other foreign keys are declared."""
    incidents = get_database(EVAL59.url(eval59_dbs, "carehome")).schema().tables["incidents"]
    declared = {fk.column for fk in incidents.foreign_keys if not fk.inferred}
    assert "staffId" not in declared and "residentId" in declared
    for name, table, ref in [("physio", "sessions", "therapists"), ("bloodbank", "screenings", "donations"),
                             ("vetclinic", "visits", "pets"), ("opticians", "spectacle_orders", "eye_tests")]:
        fks = get_database(EVAL59.url(eval59_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval59_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("physio", "sessions", "session_start", "datetime"), ("physio", "therapists", "birth_date", "date"),
        ("physio", "sessions", "attended", "bool"), ("bloodbank", "donations", "adverse_reaction", "bool"),
        ("bloodbank", "screenings", "result_date", "date"), ("carehome", "residents", "dischargedOn", "date"),
        ("carehome", "incidents", "occurredAt", "datetime"), ("vetclinic", "owners", "has_pet_plan", "bool"),
        ("opticians", "eye_tests", "test_date", "date"), ("opticians", "spectacle_orders", "ordered_at", "datetime")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL59.url(eval59_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval59_dbs):
    for name, sql in [("physio", "SELECT COUNT(*) - COUNT(pain_after) FROM sessions"),
                      ("bloodbank", "SELECT COUNT(*) - COUNT(result) FROM screenings"),
                      ("carehome", 'SELECT COUNT(*) - COUNT("dischargedOn") FROM residents'),
                      ("vetclinic", "SELECT COUNT(*) - COUNT(follow_up_date) FROM visits"),
                      ("opticians", "SELECT COUNT(*) - COUNT(collected_on) FROM spectacle_orders")]:
        assert EVAL59.run(eval59_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    missed = EVAL59.run(eval59_dbs, "physio", "SELECT COUNT(*) FROM sessions WHERE (pain_after IS NULL) = attended")
    assert missed.iloc[0, 0] == 0, "pain_after is NULL exactly when the patient did not attend"
    for name, sql, span in [("physio", "SELECT MIN(YEAR(session_start)), MAX(YEAR(session_start)) FROM sessions",
                             (2023, 2024)),
                            ("bloodbank", "SELECT MIN(YEAR(donated_at)), MAX(YEAR(donated_at)) FROM donations",
                             (2023, 2025)),
                            ("carehome", 'SELECT MIN(YEAR("occurredAt")), MAX(YEAR("occurredAt")) FROM incidents',
                             (2022, 2024)),
                            ("vetclinic", "SELECT MIN(YEAR(visit_at)), MAX(YEAR(visit_at)) FROM visits", (2023, 2025)),
                            ("opticians", "SELECT MIN(YEAR(test_date)), MAX(YEAR(test_date)) FROM eye_tests",
                             (2022, 2024))]:
        assert tuple(EVAL59.run(eval59_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["carehome", "opticians"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL59, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL59, tmp_path, "vetclinic")), problems


def test_engine_accuracy_floor(eval59_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (159/199 turns,
    78/101 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL59, eval59_dbs, 0.76, 0.74)), short
