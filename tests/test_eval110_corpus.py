"""The hundred-and-tenth development corpus (eval110/questions.jsonl over eval110/datasets.py), to improve general
mechanisms. It has no accuracy floor: only the corpus itself is checked.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas,
  >= 15 conversations each, >= 8 rate turns);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data from 2023 ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL110 = corpus.Corpus("eval110", "questions.jsonl", "datasets.py")

eval110_dbs = EVAL110.dbs_fixture("eval110_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL110.cases) >= 95 and len(EVAL110.turns) >= 195 and EVAL110.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL110)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL110.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- passenger_birth_year", " ASC LIMIT ", " DESC LIMIT ", "MAX(", "MIN(", "AVG(",
                    "SUM(", " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL110.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL110.cases} == set(EVAL110.datasets.BUILDERS)
    for name in EVAL110.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL110.cases) >= 15, f"too few conversations on {name}"


def test_rate_turns_are_fractions(eval110_dbs):
    """`accept_scaled` marks rates and shares; their golds are fractions (every value between 0 and 1)."""
    for case, i, turn in EVAL110.turns:
        if turn.get("accept_scaled"):
            last = EVAL110.run(eval110_dbs, case["db"], turn["sql"]).iloc[:, -1]
            assert last.between(0, 1).all(), f"{case['id']}#{i}"


def test_every_gold_query_runs_and_returns_rows(eval110_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL110, eval110_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval110_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL110, eval110_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval110_dbs):
    assert not (problems := corpus.having_problems(EVAL110, eval110_dbs)), problems


def test_lifeguard_incident_foreign_key_is_only_implied(eval110_dbs):
    """incidents.lifeguard_id is NOT declared (only implied by its name); the other links are declared."""
    incidents = get_database(EVAL110.url(eval110_dbs, "lifeguard")).schema().tables["incidents"]
    declared = {fk.column for fk in incidents.foreign_keys if not fk.inferred}
    assert "lifeguard_id" not in declared and "beach_id" in declared
    for name, table, ref in [("vinyl", "sales", "records"), ("vinyl", "sales", "customers"),
                             ("vinyl", "trade_ins", "customers"), ("coffee", "shipments", "subscribers"),
                             ("coffee", "shipments", "roasts"), ("studio", "shoots", "clients"),
                             ("studio", "shoots", "photographers"), ("studio", "albums", "shoots"),
                             ("rail", "journeys", "stations"), ("rail", "tickets", "journeys"),
                             ("rail", "refunds", "tickets"), ("lifeguard", "shifts", "lifeguards"),
                             ("lifeguard", "shifts", "beaches")]:
        fks = get_database(EVAL110.url(eval110_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval110_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("vinyl", "sales", "sold_at", "datetime"), ("vinyl", "trade_ins", "traded_on", "date"),
        ("vinyl", "customers", "birth_date", "date"), ("vinyl", "records", "sealed", "bool"),
        ("vinyl", "sales", "online", "bool"), ("coffee", "shipments", "roastedAt", "datetime"),
        ("coffee", "shipments", "shippedAt", "datetime"), ("coffee", "shipments", "deliveredAt", "datetime"),
        ("coffee", "subscribers", "cancelledDate", "date"), ("coffee", "roasts", "isDecaf", "bool"),
        ("studio", "shoots", "shoot_start", "datetime"), ("studio", "albums", "delivered_on", "date"),
        ("studio", "photographers", "birth_date", "date"), ("studio", "shoots", "second_shooter", "bool"),
        ("rail", "journeys", "scheduled_departure", "datetime"), ("rail", "journeys", "actual_arrival", "datetime"),
        ("rail", "refunds", "processed_on", "date"), ("rail", "journeys", "cancelled", "bool"),
        ("lifeguard", "lifeguards", "birth_date", "date"), ("lifeguard", "shifts", "shift_start", "datetime"),
        ("lifeguard", "incidents", "occurred_at", "datetime"), ("lifeguard", "lifeguards", "is_volunteer", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL110.url(eval110_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval110_dbs):
    for name, sql in [("vinyl", "SELECT COUNT(*) - COUNT(customer_id) FROM sales"),
                      ("vinyl", "SELECT COUNT(*) - COUNT(record_id) FROM trade_ins"),
                      ("coffee", "SELECT COUNT(*) - COUNT(cancelledDate) FROM subscribers"),
                      ("coffee", "SELECT COUNT(*) - COUNT(deliveredAt) FROM shipments"),
                      ("studio", "SELECT COUNT(*) - COUNT(delivered_on) FROM albums"),
                      ("studio", "SELECT COUNT(*) - COUNT(gallery_delivered_on) FROM shoots"),
                      ("rail", "SELECT COUNT(*) - COUNT(processed_on) FROM refunds"),
                      ("rail", "SELECT COUNT(*) - COUNT(railcard) FROM tickets"),
                      ("lifeguard", "SELECT COUNT(*) - COUNT(hourly_rate_aud) FROM lifeguards"),
                      ("lifeguard", "SELECT COUNT(*) - COUNT(patient_age) FROM incidents")]:
        assert EVAL110.run(eval110_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, why in [
            ("vinyl", "SELECT COUNT(*) FROM trade_ins WHERE (record_id IS NULL) <> (payout_gbp IS NULL) "
                      "OR (record_id IS NULL) <> (payout_type IS NULL)", "declined: no record, no payout"),
            ("rail", "SELECT COUNT(*) FROM journeys WHERE cancelled <> (actual_arrival IS NULL) "
                     "OR cancelled <> (actual_departure IS NULL)", "actual times are NULL exactly when cancelled"),
            ("lifeguard", "SELECT COUNT(*) FROM lifeguards WHERE is_volunteer <> (hourly_rate_aud IS NULL)",
             "volunteers have no hourly rate"),
            ("coffee", "SELECT COUNT(*) FROM shipments WHERE shippedAt < roastedAt OR deliveredAt < shippedAt",
             "roasted, then shipped, then delivered")]:
        assert EVAL110.run(eval110_dbs, name, sql).iloc[0, 0] == 0, f"{name}: {why}"
    for name, sql, span in [("vinyl", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM sales", (2023, 2024)),
                            ("coffee", "SELECT MIN(YEAR(shippedAt)), MAX(YEAR(shippedAt)) FROM shipments",
                             (2023, 2025)),
                            ("studio", "SELECT MIN(YEAR(ordered_on)), MAX(YEAR(ordered_on)) FROM albums",
                             (2023, 2025)),
                            ("rail", "SELECT MIN(YEAR(scheduled_departure)), MAX(YEAR(scheduled_departure)) "
                                     "FROM journeys", (2023, 2024)),
                            ("lifeguard", "SELECT MIN(YEAR(shift_start)), MAX(YEAR(shift_start)) FROM shifts",
                             (2023, 2025))]:
        assert tuple(EVAL110.run(eval110_dbs, name, sql).iloc[0]) == span, name


def test_only_the_coffee_schema_is_camel_case(eval110_dbs):
    for name in EVAL110.datasets.BUILDERS:
        tables = get_database(EVAL110.url(eval110_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "coffee"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["vinyl", "coffee", "lifeguard"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL110, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL110, tmp_path, "studio")), problems


def test_engine_accuracy_floor(eval110_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (135/223 turns,
    64/117 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL110, eval110_dbs, 0.57, 0.51)), short
