"""The hundred-and-ninth corpus (eval109/questions.jsonl over eval109/datasets.py), held out: the honest measurement.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, >= 15
  conversations on each of five schemas, >= 8 rate turns with `accept_scaled`);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data from 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

There is no accuracy floor: nobody tunes against a held-out corpus.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL109 = corpus.Corpus("eval109", "questions.jsonl", "datasets.py")

eval109_dbs = EVAL109.dbs_fixture("eval109_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL109.cases) >= 95 and len(EVAL109.turns) >= 195 and EVAL109.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL109)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL109.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "YEAR(current_date) - birth_year", " ASC LIMIT ", " DESC LIMIT ", "MAX(", "MIN(", "AVG(",
                    "SUM(", " <> ", "NOT ", "DISTINCT ", " IN (", " BETWEEN "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL109.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL109.cases} == set(EVAL109.datasets.BUILDERS)
    for name in EVAL109.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL109.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval109_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL109, eval109_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval109_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL109, eval109_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval109_dbs):
    assert not (problems := corpus.having_problems(EVAL109, eval109_dbs)), problems


def test_market_booking_stall_foreign_key_is_only_implied(eval109_dbs):
    """pitch_bookings.stall_id is NOT declared (only implied by its name); the other links are declared."""
    bookings = get_database(EVAL109.url(eval109_dbs, "market")).schema().tables["pitch_bookings"]
    declared = {fk.column for fk in bookings.foreign_keys if not fk.inferred}
    assert "stall_id" not in declared and {"trader_id", "market_day_id"} <= declared
    for name, table, ref in [("newspaper", "subscribers", "plans"), ("newspaper", "deliveries", "subscribers"),
                             ("newspaper", "complaints", "deliveries"), ("dance", "couples", "dancers"),
                             ("dance", "marks", "events"), ("dance", "marks", "couples"),
                             ("schoolbus", "trips", "routes"), ("schoolbus", "trips", "drivers"),
                             ("schoolbus", "pupils", "routes"), ("birdcount", "surveys", "sites"),
                             ("birdcount", "surveys", "volunteers"), ("birdcount", "sightings", "surveys")]:
        fks = get_database(EVAL109.url(eval109_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval109_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("newspaper", "subscribers", "birth_date", "date"), ("newspaper", "subscribers", "auto_renew", "bool"),
        ("newspaper", "deliveries", "delivered_at", "datetime"), ("newspaper", "complaints", "opened_at", "datetime"),
        ("newspaper", "complaints", "resolved_on", "date"), ("newspaper", "plans", "digital_access", "bool"),
        ("dance", "dancers", "birthDate", "date"), ("dance", "dancers", "isProfessional", "bool"),
        ("dance", "marks", "markedAt", "datetime"), ("dance", "couples", "splitDate", "date"),
        ("market", "market_days", "market_date", "date"), ("market", "pitch_bookings", "booked_at", "datetime"),
        ("market", "pitch_bookings", "attended", "bool"), ("market", "stalls", "covered", "bool"),
        ("schoolbus", "trips", "scheduled_departure", "datetime"), ("schoolbus", "trips", "cancelled", "bool"),
        ("schoolbus", "drivers", "birth_date", "date"), ("schoolbus", "pupils", "left_on", "date"),
        ("birdcount", "surveys", "started_at", "datetime"), ("birdcount", "surveys", "survey_date", "date"),
        ("birdcount", "sightings", "breeding_evidence", "bool"), ("birdcount", "volunteers", "has_car", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL109.url(eval109_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval109_dbs):
    for name, sql in [("newspaper", "SELECT COUNT(*) - COUNT(cancelled_on) FROM subscribers"),
                      ("newspaper", "SELECT COUNT(*) - COUNT(delivered_at) FROM deliveries"),
                      ("newspaper", "SELECT COUNT(*) - COUNT(resolved_on) FROM complaints"),
                      ("dance", "SELECT COUNT(*) - COUNT(splitDate) FROM couples"),
                      ("market", "SELECT COUNT(*) - COUNT(special_event) FROM market_days"),
                      ("market", "SELECT COUNT(*) - COUNT(takings_gbp) FROM pitch_bookings"),
                      ("schoolbus", "SELECT COUNT(*) - COUNT(late_minutes) FROM trips"),
                      ("schoolbus", "SELECT COUNT(*) - COUNT(left_on) FROM pupils"),
                      ("birdcount", "SELECT COUNT(*) - COUNT(left_on) FROM volunteers")]:
        assert EVAL109.run(eval109_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, why in [
            ("schoolbus", "SELECT COUNT(*) FROM trips WHERE (late_minutes IS NULL) <> cancelled",
             "late_minutes is NULL exactly when the trip was cancelled"),
            ("newspaper", "SELECT COUNT(*) FROM complaints WHERE (delivery_id IS NULL) <> (category = 'billing')",
             "only billing complaints have no delivery"),
            ("market", "SELECT COUNT(*) FROM pitch_bookings WHERE NOT attended AND takings_gbp IS NOT NULL",
             "no takings for a no-show"),
            ("dance", "SELECT COUNT(*) FROM couples WHERE splitDate < formedDate", "a couple splits after forming")]:
        assert EVAL109.run(eval109_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("newspaper", "SELECT MIN(YEAR(delivery_date)), MAX(YEAR(delivery_date)) FROM deliveries", (2023, 2025)),
            ("dance", "SELECT MIN(YEAR(eventDate)), MAX(YEAR(eventDate)) FROM events", (2023, 2025)),
            ("market", "SELECT MIN(YEAR(market_date)), MAX(YEAR(market_date)) FROM market_days", (2023, 2025)),
            ("schoolbus", "SELECT MIN(YEAR(trip_date)), MAX(YEAR(trip_date)) FROM trips", (2023, 2024)),
            ("birdcount", "SELECT MIN(YEAR(survey_date)), MAX(YEAR(survey_date)) FROM surveys", (2023, 2025))]:
        assert tuple(EVAL109.run(eval109_dbs, name, sql).iloc[0]) == span, name


def test_only_the_dance_schema_is_camel_case(eval109_dbs):
    for name in EVAL109.datasets.BUILDERS:
        tables = get_database(EVAL109.url(eval109_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "dance"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["newspaper", "dance", "market", "schoolbus", "birdcount"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL109, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL109, tmp_path, "schoolbus")), problems
