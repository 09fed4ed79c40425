"""The seventy-second development corpus (eval72/questions.jsonl over eval72/datasets.py), for general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file;
- the engine stays above its regression floor on the corpus (set about three points under its score then).
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL72 = corpus.Corpus("eval72", "questions.jsonl", "datasets.py")

eval72_dbs = EVAL72.dbs_fixture("eval72_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL72.cases) >= 92 and len(EVAL72.turns) >= 185 and EVAL72.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL72)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL72.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", " IN (", "OVER ()"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL72.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL72.cases} == set(EVAL72.datasets.BUILDERS)
    for name in EVAL72.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL72.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval72_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL72, eval72_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval72_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL72, eval72_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval72_dbs):
    assert not (problems := corpus.having_problems(EVAL72, eval72_dbs)), problems


def test_shelter_foster_animal_foreign_key_is_only_implied(eval72_dbs):
    """fosters.animal_id is NOT declared (only implied by its name); the other links are declared."""
    fosters = get_database(EVAL72.url(eval72_dbs, "shelter")).schema().tables["fosters"]
    assert "animal_id" not in {fk.column for fk in fosters.foreign_keys if not fk.inferred}
    for name, table, ref in [("drivingschool", "lessons", "learners"), ("drivingschool", "learners", "instructors"),
                             ("vending", "sales", "machines"), ("vending", "machines", "locations"),
                             ("shelter", "vet_checks", "animals"), ("shelter", "animals", "adopters"),
                             ("cinema", "ticket_sales", "screenings"), ("cinema", "screenings", "films"),
                             ("windowcleaning", "jobs", "customers"), ("windowcleaning", "customers", "rounds")]:
        fks = get_database(EVAL72.url(eval72_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval72_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("drivingschool", "lessons", "starts_at", "datetime"), ("drivingschool", "learners", "birth_date", "date"),
        ("drivingschool", "test_attempts", "passed", "bool"), ("drivingschool", "instructors", "left_on", "date"),
        ("vending", "sales", "soldAt", "datetime"), ("vending", "machines", "removedDate", "date"),
        ("vending", "machines", "acceptsCard", "bool"), ("vending", "sales", "refunded", "bool"),
        ("shelter", "vet_checks", "checked_at", "datetime"), ("shelter", "animals", "adopted_on", "date"),
        ("shelter", "adopters", "birth_date", "date"), ("shelter", "adopters", "has_garden", "bool"),
        ("cinema", "screenings", "starts_at", "datetime"), ("cinema", "films", "release_date", "date"),
        ("cinema", "screenings", "is_3d", "bool"), ("windowcleaning", "jobs", "job_date", "date"),
        ("windowcleaning", "jobs", "paid", "bool"), ("windowcleaning", "customers", "cancelled_on", "date")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL72.url(eval72_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval72_dbs):
    for name, sql in [("drivingschool", "SELECT COUNT(*) - COUNT(left_on) FROM instructors"),
                      ("vending", "SELECT COUNT(*) - COUNT(removedDate) FROM machines"),
                      ("shelter", "SELECT COUNT(*) - COUNT(adopted_on) FROM animals"),
                      ("shelter", "SELECT COUNT(*) - COUNT(end_date) FROM fosters"),
                      ("cinema", "SELECT COUNT(*) - COUNT(screening_id) FROM concessions"),
                      ("windowcleaning", "SELECT COUNT(*) - COUNT(paid_on) FROM jobs"),
                      ("windowcleaning", "SELECT COUNT(*) - COUNT(cancelled_on) FROM customers")]:
        assert EVAL72.run(eval72_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    unpaid = EVAL72.run(eval72_dbs, "windowcleaning", "SELECT COUNT(*) FROM jobs WHERE (paid_on IS NULL) = paid")
    assert unpaid.iloc[0, 0] == 0, "paid_on is NULL exactly when the job is unpaid"
    adopted = EVAL72.run(eval72_dbs, "shelter", "SELECT COUNT(*) FROM animals WHERE (adopted_on IS NULL) "
                         "<> (adopter_id IS NULL)")
    assert adopted.iloc[0, 0] == 0, "adopted_on and adopter_id are NULL together (animal still in care)"
    for name, sql, span in [("drivingschool", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM lessons",
                             (2023, 2024)),
                            ("vending", "SELECT MIN(YEAR(soldAt)), MAX(YEAR(soldAt)) FROM sales", (2023, 2025)),
                            ("shelter", "SELECT MIN(YEAR(intake_date)), MAX(YEAR(intake_date)) FROM animals",
                             (2023, 2024)),
                            ("cinema", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM screenings",
                             (2023, 2025)),
                            ("windowcleaning", "SELECT MIN(YEAR(job_date)), MAX(YEAR(job_date)) FROM jobs",
                             (2023, 2024))]:
        assert tuple(EVAL72.run(eval72_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["shelter", "windowcleaning"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL72, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL72, tmp_path, "cinema")), problems


def test_engine_accuracy_floor(eval72_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (148/214 turns,
    78/119 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL72, eval72_dbs, 0.66, 0.62)), short
