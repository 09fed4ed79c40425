"""The seventy-third held-out corpus (eval73/questions.jsonl over eval73/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval73/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL73 = corpus.Corpus("eval73", "questions.jsonl", "datasets.py")

eval73_dbs = EVAL73.dbs_fixture("eval73_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL73.cases) >= 92 and len(EVAL73.turns) >= 185 and EVAL73.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL73)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL73.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    "- ownerBirthYear", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ",
                    "BETWEEN "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL73.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL73.cases} == set(EVAL73.datasets.BUILDERS)
    for name in EVAL73.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL73.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval73_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL73, eval73_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval73_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL73, eval73_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval73_dbs):
    assert not (problems := corpus.having_problems(EVAL73, eval73_dbs)), problems


def test_marina_fuel_sales_foreign_key_is_only_implied(eval73_dbs):
    """fuelSales.boatId is NOT declared (only implied by its name); the other links are declared."""
    sales = get_database(EVAL73.url(eval73_dbs, "marina")).schema().tables["fuelSales"]
    assert "boatid" not in {fk.column.lower() for fk in sales.foreign_keys if not fk.inferred}
    for name, table, ref in [("bakery", "production_batches", "products"), ("bakery", "production_batches", "bakers"),
                             ("bakery", "deliveries", "products"), ("clinic", "consultants", "clinics"),
                             ("clinic", "referrals", "consultants"), ("clinic", "appointments", "referrals"),
                             ("marina", "berthContracts", "berths"), ("marina", "berthContracts", "boats"),
                             ("musicschool", "lessons", "pupils"), ("musicschool", "grade_exams", "pupils"),
                             ("parking", "penalty_notices", "streets"), ("parking", "appeals", "penalty_notices")]:
        fks = get_database(EVAL73.url(eval73_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval73_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("bakery", "production_batches", "baked_at", "datetime"), ("bakery", "deliveries", "paid_on", "date"),
        ("bakery", "bakers", "birth_date", "date"), ("bakery", "products", "vegan", "bool"),
        ("clinic", "appointments", "scheduled_at", "datetime"), ("clinic", "referrals", "discharged_on", "date"),
        ("clinic", "appointments", "attended", "bool"),
        ("marina", "fuelSales", "soldAt", "datetime"), ("marina", "berthContracts", "endDate", "date"),
        ("marina", "berths", "hasShorePower", "bool"),
        ("musicschool", "lessons", "lesson_at", "datetime"), ("musicschool", "pupils", "birth_date", "date"),
        ("musicschool", "lessons", "online", "bool"),
        ("parking", "penalty_notices", "issued_at", "datetime"), ("parking", "appeals", "decided_on", "date"),
        ("parking", "wardens", "birth_date", "date"), ("parking", "penalty_notices", "cancelled", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL73.url(eval73_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval73_dbs):
    for name, sql in [("bakery", "SELECT COUNT(*) - COUNT(paid_on) FROM deliveries"),
                      ("clinic", "SELECT COUNT(*) - COUNT(discharged_on) FROM referrals"),
                      ("marina", "SELECT COUNT(*) - COUNT(endDate) FROM berthContracts"),
                      ("musicschool", "SELECT COUNT(*) - COUNT(left_on) FROM pupils"),
                      ("parking", "SELECT COUNT(*) - COUNT(paid_on) FROM penalty_notices"),
                      ("parking", "SELECT COUNT(*) - COUNT(decided_on) FROM appeals")]:
        assert EVAL73.run(eval73_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("parking", "SELECT COUNT(*) FROM appeals WHERE (decided_on IS NULL) <> (outcome IS NULL)",
             "an appeal has an outcome exactly when it is decided"),
            ("parking", "SELECT COUNT(*) FROM penalty_notices WHERE (paid_on IS NULL) <> (amount_paid_gbp IS NULL)",
             "a notice has an amount paid exactly when it is paid"),
            ("parking", "SELECT COUNT(*) FROM penalty_notices WHERE cancelled AND paid_on IS NOT NULL",
             "a cancelled notice is never paid"),
            ("clinic", "SELECT COUNT(*) FROM appointments WHERE NOT attended AND wait_minutes_in_clinic IS NOT NULL",
             "a missed appointment has no waiting-room time"),
            ("marina", "SELECT COUNT(*) FROM berthContracts WHERE endDate IS NOT NULL AND endDate > DATE '2025-06-30'",
             "a contract still running has no end date")]:
        assert EVAL73.run(eval73_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("bakery", "SELECT MIN(YEAR(baked_at)), MAX(YEAR(baked_at)) FROM production_batches", (2023, 2024)),
            ("bakery", "SELECT MIN(YEAR(delivered_on)), MAX(YEAR(delivered_on)) FROM deliveries", (2023, 2024)),
            ("clinic", "SELECT MIN(YEAR(referred_on)), MAX(YEAR(referred_on)) FROM referrals", (2023, 2025)),
            ("marina", "SELECT MIN(YEAR(soldAt)), MAX(YEAR(soldAt)) FROM fuelSales", (2023, 2025)),
            ("musicschool", "SELECT MIN(YEAR(lesson_at)), MAX(YEAR(lesson_at)) FROM lessons", (2023, 2025)),
            ("parking", "SELECT MIN(YEAR(issued_at)), MAX(YEAR(issued_at)) FROM penalty_notices", (2023, 2024))]:
        assert tuple(EVAL73.run(eval73_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["marina", "parking"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL73, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL73, tmp_path, "clinic")), problems
