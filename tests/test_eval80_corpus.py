"""The eightieth development corpus (eval80/questions.jsonl over eval80/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL80 = corpus.Corpus("eval80", "questions.jsonl", "datasets.py")

eval80_dbs = EVAL80.dbs_fixture("eval80_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL80.cases) >= 92 and len(EVAL80.turns) >= 185 and EVAL80.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL80)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL80.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", "DISTINCT ", " > ", " < "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL80.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL80.cases} == set(EVAL80.datasets.BUILDERS)
    for name in EVAL80.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL80.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval80_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL80, eval80_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval80_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL80, eval80_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval80_dbs):
    assert not (problems := corpus.having_problems(EVAL80, eval80_dbs)), problems


def test_swimpool_session_lane_foreign_key_is_only_implied(eval80_dbs):
    """swim_sessions.lane_id is NOT declared (only implied by its name); the other links are declared."""
    sessions = get_database(EVAL80.url(eval80_dbs, "swimpool")).schema().tables["swim_sessions"]
    declared = {fk.column for fk in sessions.foreign_keys if not fk.inferred}
    assert "lane_id" not in declared and "member_id" in declared
    for name, table, ref in [("courier", "deliveries", "couriers"), ("courier", "complaints", "deliveries"),
                             ("filmfest", "screenings", "films"), ("dental", "appointments", "dentists"),
                             ("sawmill", "customerOrders", "species")]:
        fks = get_database(EVAL80.url(eval80_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval80_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("courier", "deliveries", "picked_up_at", "datetime"), ("courier", "couriers", "birth_date", "date"),
        ("courier", "deliveries", "express", "bool"), ("courier", "complaints", "resolved_on", "date"),
        ("swimpool", "swim_sessions", "started_at", "datetime"), ("swimpool", "members", "cancelled_on", "date"),
        ("swimpool", "members", "club_swimmer", "bool"), ("filmfest", "screenings", "starts_at", "datetime"),
        ("filmfest", "films", "world_premiere", "bool"), ("dental", "appointments", "scheduled_at", "datetime"),
        ("dental", "patients", "birth_date", "date"), ("dental", "appointments", "no_show", "bool"),
        ("sawmill", "logDeliveries", "deliveredAt", "datetime"), ("sawmill", "customerOrders", "orderDate", "date"),
        ("sawmill", "customerOrders", "isPaid", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL80.url(eval80_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval80_dbs):
    for name, sql in [("courier", "SELECT COUNT(*) - COUNT(left_on) FROM couriers"),
                      ("courier", "SELECT COUNT(*) - COUNT(resolved_on) FROM complaints"),
                      ("swimpool", "SELECT COUNT(*) - COUNT(cancelled_on) FROM members"),
                      ("filmfest", "SELECT COUNT(*) - COUNT(cancelled_reason) FROM screenings"),
                      ("dental", "SELECT COUNT(*) - COUNT(paid_on) FROM treatments"),
                      ("dental", "SELECT COUNT(*) - COUNT(insurance_plan) FROM patients"),
                      ("sawmill", "SELECT COUNT(*) - COUNT(finishedAt) FROM cuttingJobs"),
                      ("sawmill", "SELECT COUNT(*) - COUNT(deliveredDate) FROM customerOrders")]:
        assert EVAL80.run(eval80_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    failed = EVAL80.run(eval80_dbs, "courier", "SELECT COUNT(*) FROM deliveries WHERE (dropped_at IS NULL) "
                        "<> (status = 'failed')")
    assert failed.iloc[0, 0] == 0, "dropped_at is NULL exactly when the delivery failed"
    unpaid = EVAL80.run(eval80_dbs, "sawmill", "SELECT COUNT(*) FROM customerOrders WHERE isPaid "
                        "AND deliveredDate IS NULL")
    assert unpaid.iloc[0, 0] == 0, "an order not delivered is not paid"
    for name, sql, span in [("courier", "SELECT MIN(YEAR(picked_up_at)), MAX(YEAR(picked_up_at)) FROM deliveries",
                             (2023, 2024)),
                            ("swimpool", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM swim_sessions",
                             (2023, 2025)),
                            ("filmfest", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM screenings",
                             (2022, 2024)),
                            ("dental", "SELECT MIN(YEAR(scheduled_at)), MAX(YEAR(scheduled_at)) FROM appointments",
                             (2023, 2025)),
                            ("sawmill", "SELECT MIN(YEAR(orderDate)), MAX(YEAR(orderDate)) FROM customerOrders",
                             (2023, 2024))]:
        assert tuple(EVAL80.run(eval80_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["courier", "sawmill"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL80, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL80, tmp_path, "dental")), problems


def test_engine_accuracy_floor(eval80_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (167/208 turns,
    86/108 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL80, eval80_dbs, 0.77, 0.76)), short
