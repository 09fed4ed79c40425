"""The hundred-and-second development corpus (eval102/questions.jsonl over eval102/datasets.py), to improve general
mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL102 = corpus.Corpus("eval102", "questions.jsonl", "datasets.py")

eval102_dbs = EVAL102.dbs_fixture("eval102_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL102.cases) >= 92 and len(EVAL102.turns) >= 185 and EVAL102.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL102)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL102.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ",
                    "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL102.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL102.cases} == set(EVAL102.datasets.BUILDERS)
    for name in EVAL102.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL102.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval102_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL102, eval102_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval102_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL102, eval102_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval102_dbs):
    assert not (problems := corpus.having_problems(EVAL102, eval102_dbs)), problems


def test_windfarm_fault_technician_foreign_key_is_only_implied(eval102_dbs):
    """faults.technician_id is NOT declared (only implied by its name); the other links are declared."""
    faults = get_database(EVAL102.url(eval102_dbs, "windfarm")).schema().tables["faults"]
    declared = {fk.column for fk in faults.foreign_keys if not fk.inferred}
    assert "technician_id" not in declared and "turbine_id" in declared
    for name, table, ref in [("pharmacy", "prescriptions", "patients"), ("pharmacy", "prescriptions", "medicines"),
                             ("windfarm", "readings", "turbines"), ("tutoring", "lessons", "tutors"),
                             ("tutoring", "exam_results", "students"), ("foodbank", "donations", "donors"),
                             ("auction", "sales", "lots"), ("auction", "lots", "consignors")]:
        fks = get_database(EVAL102.url(eval102_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval102_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("pharmacy", "prescriptions", "dispensed_at", "datetime"), ("pharmacy", "prescriptions", "issued_on", "date"),
        ("pharmacy", "patients", "birth_date", "date"), ("pharmacy", "patients", "exempt", "bool"),
        ("windfarm", "readings", "reading_hour", "datetime"), ("windfarm", "faults", "resolved_at", "datetime"),
        ("windfarm", "turbines", "install_date", "date"), ("windfarm", "readings", "curtailed", "bool"),
        ("tutoring", "lessons", "lesson_start", "datetime"), ("tutoring", "students", "birth_date", "date"),
        ("tutoring", "lessons", "paid", "bool"), ("foodbank", "donations", "received_on", "date"),
        ("foodbank", "volunteer_shifts", "shift_start", "datetime"), ("foodbank", "parcels", "delivered", "bool"),
        ("auction", "sales", "soldAt", "datetime"), ("auction", "lots", "saleDate", "date"),
        ("auction", "lots", "isUnsold", "bool"), ("auction", "buyers", "isDealer", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL102.url(eval102_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval102_dbs):
    for name, sql in [("pharmacy", "SELECT COUNT(*) - COUNT(dispensed_at) FROM prescriptions"),
                      ("windfarm", "SELECT COUNT(*) - COUNT(resolved_at) FROM faults"),
                      ("tutoring", "SELECT COUNT(*) - COUNT(left_on) FROM students"),
                      ("tutoring", "SELECT COUNT(*) - COUNT(predicted_grade) FROM exam_results"),
                      ("foodbank", "SELECT COUNT(*) - COUNT(collected_on) FROM parcels"),
                      ("auction", "SELECT COUNT(*) - COUNT(paidDate) FROM sales")]:
        assert EVAL102.run(eval102_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    undispensed = EVAL102.run(eval102_dbs, "pharmacy", "SELECT COUNT(*) FROM prescriptions WHERE "
                              "(dispensed_at IS NULL) <> (pharmacist_id IS NULL)")
    assert undispensed.iloc[0, 0] == 0, "pharmacist_id is NULL exactly when the prescription is not dispensed"
    unsold = EVAL102.run(eval102_dbs, "auction", "SELECT COUNT(*) FROM lots l WHERE l.isUnsold "
                         "<> (l.lotId NOT IN (SELECT lotId FROM sales))")
    assert unsold.iloc[0, 0] == 0, "a lot is unsold exactly when it has no sale"
    for name, sql, span in [("pharmacy", "SELECT MIN(YEAR(issued_on)), MAX(YEAR(issued_on)) FROM prescriptions",
                             (2023, 2024)),
                            ("windfarm", "SELECT MIN(YEAR(reading_hour)), MAX(YEAR(reading_hour)) FROM readings",
                             (2023, 2025)),
                            ("tutoring", "SELECT MIN(YEAR(lesson_start)), MAX(YEAR(lesson_start)) FROM lessons",
                             (2023, 2024)),
                            ("foodbank", "SELECT MIN(YEAR(received_on)), MAX(YEAR(received_on)) FROM donations",
                             (2023, 2025)),
                            ("auction", "SELECT MIN(YEAR(saleDate)), MAX(YEAR(saleDate)) FROM lots", (2023, 2025))]:
        assert tuple(EVAL102.run(eval102_dbs, name, sql).iloc[0]) == span, name


def test_only_the_auction_schema_is_camel_case(eval102_dbs):
    for name in EVAL102.datasets.BUILDERS:
        tables = get_database(EVAL102.url(eval102_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "auction"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["pharmacy", "windfarm", "auction"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL102, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL102, tmp_path, "foodbank")), problems


def test_engine_accuracy_floor(eval102_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (156/202 turns,
    75/106 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL102, eval102_dbs, 0.74, 0.67)), short
