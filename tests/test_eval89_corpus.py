"""The eighty-ninth held-out corpus (eval89/questions.jsonl over eval89/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval89/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL89 = corpus.Corpus("eval89", "questions.jsonl", "datasets.py")

eval89_dbs = EVAL89.dbs_fixture("eval89_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL89.cases) >= 92 and len(EVAL89.turns) >= 185 and EVAL89.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL89)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL89.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", "- joinYear"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL89.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL89.cases} == set(EVAL89.datasets.BUILDERS)
    for name in EVAL89.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL89.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval89_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL89, eval89_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval89_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL89, eval89_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval89_dbs):
    assert not (problems := corpus.having_problems(EVAL89, eval89_dbs)), problems


def test_brewery_invoices_foreign_key_is_only_implied(eval89_dbs):
    """invoices.order_id is NOT declared (only implied by its name); the other links are declared."""
    invoices = get_database(EVAL89.url(eval89_dbs, "brewery")).schema().tables["invoices"]
    assert "order_id" not in {fk.column.lower() for fk in invoices.foreign_keys if not fk.inferred}
    for name, table, ref in [("salon", "appointments", "stylists"), ("salon", "product_sales", "clients"),
                             ("orchestra", "rehearsalAttendance", "musicians"), ("orchestra", "rehearsals", "concerts"),
                             ("ferry", "sailings", "vessels"), ("ferry", "sailings", "captains"),
                             ("brewery", "orders", "pubs"), ("brewery", "pubs", "sales_reps"),
                             ("treesurvey", "trees", "species"), ("treesurvey", "removals", "trees")]:
        fks = get_database(EVAL89.url(eval89_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval89_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("salon", "appointments", "starts_at", "datetime"), ("salon", "stylists", "left_on", "date"),
        ("salon", "clients", "birth_date", "date"), ("salon", "clients", "loyalty_member", "bool"),
        ("orchestra", "concerts", "concertDate", "date"), ("orchestra", "musicians", "birthDate", "date"),
        ("orchestra", "rehearsalAttendance", "attended", "bool"), ("orchestra", "rehearsals", "startsAt", "datetime"),
        ("ferry", "sailings", "departed_at", "datetime"), ("ferry", "sailings", "cancelled", "bool"),
        ("ferry", "captains", "birth_date", "date"), ("brewery", "orders", "delivered_on", "date"),
        ("brewery", "invoices", "paid_on", "date"), ("brewery", "orders", "is_rush", "bool"),
        ("treesurvey", "inspections", "inspected_at", "datetime"), ("treesurvey", "trees", "planted_on", "date"),
        ("treesurvey", "species", "native", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL89.url(eval89_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval89_dbs):
    for name, sql in [("salon", "SELECT COUNT(*) - COUNT(left_on) FROM stylists"),
                      ("salon", "SELECT COUNT(*) - COUNT(tip_gbp) FROM appointments"),
                      ("orchestra", "SELECT COUNT(*) - COUNT(leftYear) FROM musicians"),
                      ("ferry", "SELECT COUNT(*) - COUNT(departed_at) FROM sailings"),
                      ("brewery", "SELECT COUNT(*) - COUNT(delivered_on) FROM orders"),
                      ("brewery", "SELECT COUNT(*) - COUNT(paid_on) FROM invoices"),
                      ("treesurvey", "SELECT COUNT(*) - COUNT(stump_ground_on) FROM removals"),
                      ("treesurvey", "SELECT COUNT(*) - COUNT(planted_on) FROM trees")]:
        assert EVAL89.run(eval89_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("ferry", "SELECT COUNT(*) FROM sailings WHERE (departed_at IS NULL) <> cancelled "
             "OR (arrived_at IS NULL) <> cancelled OR (cancel_reason IS NULL) = cancelled",
             "a sailing has no departure, arrival or reason exactly when it is cancelled"),
            ("salon", "SELECT COUNT(*) FROM appointments WHERE (tip_gbp IS NULL) <> (status <> 'completed')",
             "only completed appointments have a tip"),
            ("brewery", "SELECT COUNT(*) FROM invoices i JOIN orders o ON o.order_id = i.order_id "
             "WHERE o.delivered_on IS NULL", "an invoice is only issued for a delivered order"),
            ("brewery", "SELECT COUNT(*) FROM invoices WHERE (payment_method IS NULL) <> (paid_on IS NULL)",
             "a payment method exactly when paid"),
            ("orchestra", "SELECT COUNT(*) FROM musicians WHERE (annualSubsGbp IS NULL) = paysSubs",
             "subs amount exactly for members who pay subs")]:
        assert EVAL89.run(eval89_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("salon", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM appointments", (2023, 2025)),
            ("orchestra", "SELECT MIN(YEAR(concertDate)), MAX(YEAR(concertDate)) FROM concerts", (2023, 2024)),
            ("ferry", "SELECT MIN(YEAR(scheduled_departure)), MAX(YEAR(scheduled_departure)) FROM sailings",
             (2023, 2024)),
            ("brewery", "SELECT MIN(YEAR(ordered_on)), MAX(YEAR(ordered_on)) FROM orders", (2023, 2025)),
            ("treesurvey", "SELECT MIN(YEAR(inspected_at)), MAX(YEAR(inspected_at)) FROM inspections", (2023, 2025))]:
        assert tuple(EVAL89.run(eval89_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["salon", "brewery"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL89, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL89, tmp_path, "orchestra")), problems
