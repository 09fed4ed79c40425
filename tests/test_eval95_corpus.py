"""The ninety-fifth development corpus (eval95/questions.jsonl over eval95/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

No engine accuracy floor yet: the corpus was written without running the engine on it (a floor is set once it is
first scored).
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL95 = corpus.Corpus("eval95", "questions.jsonl", "datasets.py")

eval95_dbs = EVAL95.dbs_fixture("eval95_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL95.cases) >= 92 and len(EVAL95.turns) >= 185 and EVAL95.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL95)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL95.turns)
    for feature in (" JOIN ", "LEFT JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL",
                    "NOT IN (", " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birth_year", "- year_of_manufacture", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ",
                    "NOT ", "DISTINCT ", "GROUP BY 1, 2"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL95.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL95.cases} == set(EVAL95.datasets.BUILDERS)
    for name in EVAL95.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL95.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval95_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL95, eval95_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval95_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL95, eval95_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval95_dbs):
    assert not (problems := corpus.having_problems(EVAL95, eval95_dbs)), problems


def test_garage_warranty_job_foreign_key_is_only_implied(eval95_dbs):
    """warranty_returns.job_id is NOT declared (only implied by its name); the other links are declared."""
    returns = get_database(EVAL95.url(eval95_dbs, "garage")).schema().tables["warranty_returns"]
    assert "job_id" not in {fk.column for fk in returns.foreign_keys if not fk.inferred}
    for name, table, ref in [("gardencentre", "till_sales", "plants"), ("gardencentre", "delivery_orders", "customers"),
                             ("garage", "jobs", "fitters"), ("cricketclub", "innings", "players"),
                             ("halls", "maintenance_requests", "rooms"), ("roastery", "roasts", "greenlots")]:
        fks = get_database(EVAL95.url(eval95_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval95_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("gardencentre", "till_sales", "sold_at", "datetime"), ("gardencentre", "customers", "birth_year", "number"),
        ("gardencentre", "delivery_orders", "delivered_on", "date"), ("gardencentre", "plants", "peat_free", "bool"),
        ("garage", "jobs", "booked_in_at", "datetime"), ("garage", "fitters", "birth_date", "date"),
        ("garage", "warranty_returns", "approved", "bool"), ("cricketclub", "players", "birth_date", "date"),
        ("cricketclub", "matches", "match_date", "date"), ("cricketclub", "innings", "not_out", "bool"),
        ("halls", "maintenance_requests", "closed_at", "datetime"), ("halls", "students", "moved_out_on", "date"),
        ("halls", "blocks", "has_lift", "bool"), ("roastery", "roasts", "roastStartedAt", "datetime"),
        ("roastery", "wholesaleOrders", "dispatchedDate", "date"), ("roastery", "greenLots", "isOrganic", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL95.url(eval95_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval95_dbs):
    for name, sql in [("gardencentre", "SELECT COUNT(*) - COUNT(delivered_on) FROM delivery_orders"),
                      ("gardencentre", "SELECT COUNT(*) - COUNT(customer_id) FROM till_sales"),
                      ("garage", "SELECT COUNT(*) - COUNT(completed_at) FROM jobs"),
                      ("cricketclub", "SELECT COUNT(*) - COUNT(paid_on) FROM subscriptions"),
                      ("halls", "SELECT COUNT(*) - COUNT(moved_out_on) FROM students"),
                      ("halls", "SELECT COUNT(*) - COUNT(closed_at) FROM maintenance_requests"),
                      ("roastery", 'SELECT COUNT(*) - COUNT("dispatchedDate") FROM "wholesaleOrders"')]:
        assert EVAL95.run(eval95_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, what in [
            ("cricketclub", "SELECT COUNT(*) FROM subscriptions WHERE (paid_on IS NULL) = paid", "paid_on is NULL "
             "exactly for unpaid subscriptions"),
            ("cricketclub", "SELECT COUNT(*) FROM innings WHERE (how_out IS NULL) <> not_out", "how_out is NULL "
             "exactly for not-out innings"),
            ("garage", "SELECT COUNT(*) FROM jobs WHERE completed_at IS NULL AND paid", "open jobs are unpaid"),
            ("roastery", 'SELECT COUNT(*) FROM "wholesaleOrders" WHERE "dispatchedDate" IS NULL AND "isPaid"',
             "orders not dispatched are unpaid")]:
        assert EVAL95.run(eval95_dbs, name, sql).iloc[0, 0] == 0, what
    for name, sql, span in [
            ("gardencentre", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM till_sales", (2023, 2024)),
            ("garage", "SELECT MIN(YEAR(booked_in_at)), MAX(YEAR(booked_in_at)) FROM jobs", (2023, 2025)),
            ("cricketclub", "SELECT MIN(YEAR(match_date)), MAX(YEAR(match_date)) FROM matches", (2023, 2024)),
            ("halls", "SELECT MIN(YEAR(opened_at)), MAX(YEAR(opened_at)) FROM maintenance_requests", (2023, 2025)),
            ("roastery", 'SELECT MIN(YEAR("roastStartedAt")), MAX(YEAR("roastStartedAt")) FROM roasts', (2023, 2024))]:
        assert tuple(EVAL95.run(eval95_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["cricketclub", "roastery"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL95, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL95, tmp_path, "halls")), problems


def test_engine_accuracy_floor(eval95_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (158/228 turns,
    87/127 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL95, eval95_dbs, 0.66, 0.65)), short
