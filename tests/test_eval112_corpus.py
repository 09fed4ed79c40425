"""The hundred-and-twelfth development corpus (eval112/questions.jsonl over eval112/datasets.py), to improve general
mechanisms. It has no accuracy floor: it checks the corpus, not the engine.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, >= 15 conversations
  on each of five schemas, >= 8 rate turns);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data from 2023 to early 2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL112 = corpus.Corpus("eval112", "questions.jsonl", "datasets.py")

eval112_dbs = EVAL112.dbs_fixture("eval112_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL112.cases) >= 95 and len(EVAL112.turns) >= 195 and EVAL112.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL112)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL112.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "YEAR(", "date_diff(", "date_sub('year'",
                    "- birth_year", " DESC LIMIT ", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ",
                    "DISTINCT ", " IN ('"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL112.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL112.cases} == set(EVAL112.datasets.BUILDERS)
    for name in EVAL112.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL112.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval112_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL112, eval112_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval112_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL112, eval112_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval112_dbs):
    assert not (problems := corpus.having_problems(EVAL112, eval112_dbs)), problems


def test_carshare_topup_member_foreign_key_is_only_implied(eval112_dbs):
    """fuel_topups.member_id is NOT declared (only implied by its name); the other links are declared."""
    topups = get_database(EVAL112.url(eval112_dbs, "carshare")).schema().tables["fuel_topups"]
    declared = {fk.column for fk in topups.foreign_keys if not fk.inferred}
    assert "member_id" not in declared and "car_id" in declared
    for name, table, ref in [("carshare", "trips", "members"), ("carshare", "trips", "cars"),
                             ("livery", "horses", "owners"), ("livery", "horses", "stables"),
                             ("livery", "visits", "horses"), ("studyrooms", "bookings", "rooms"),
                             ("studyrooms", "bookings", "students"), ("studyrooms", "no_shows", "bookings"),
                             ("parties", "parties", "entertainers"), ("parties", "parties", "packages"),
                             ("parties", "parties", "parents"), ("greenhouse", "crops", "greenhouses"),
                             ("greenhouse", "harvests", "crops"), ("greenhouse", "sensor_readings", "greenhouses")]:
        fks = get_database(EVAL112.url(eval112_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval112_dbs):
    kinds = [("carshare", "trips", "started_at", "datetime"), ("carshare", "trips", "ended_at", "datetime"),
             ("carshare", "members", "birth_date", "date"), ("carshare", "members", "is_student", "bool"),
             ("carshare", "cars", "retired_on", "date"), ("carshare", "fuel_topups", "reimbursed", "bool"),
             ("livery", "horses", "birth_year", "number"), ("livery", "horses", "departed_on", "date"),
             ("livery", "owners", "birth_date", "date"), ("livery", "visits", "visited_at", "datetime"),
             ("livery", "visits", "emergency", "bool"), ("studyrooms", "bookings", "slot_start", "datetime"),
             ("studyrooms", "students", "birth_date", "date"), ("studyrooms", "rooms", "has_screen", "bool"),
             ("studyrooms", "no_shows", "flagged_on", "date"), ("parties", "parties", "partyStart", "datetime"),
             ("parties", "parties", "cancelledOn", "date"), ("parties", "entertainers", "birthDate", "date"),
             ("parties", "parties", "depositPaid", "bool"), ("greenhouse", "crops", "organic", "bool"),
             ("greenhouse", "sensor_readings", "recorded_at", "datetime"),
             ("greenhouse", "harvests", "harvested_on", "date"), ("greenhouse", "greenhouses", "heated", "bool")]
    for name, table, column, kind in kinds:
        col = get_database(EVAL112.url(eval112_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2025(eval112_dbs):
    for name, sql in [("carshare", "SELECT COUNT(*) - COUNT(ended_at) FROM trips"),
                      ("carshare", "SELECT COUNT(*) - COUNT(cancelled_on) FROM members"),
                      ("carshare", "SELECT COUNT(*) - COUNT(retired_on) FROM cars"),
                      ("livery", "SELECT COUNT(*) - COUNT(departed_on) FROM horses"),
                      ("livery", "SELECT COUNT(*) - COUNT(follow_up_on) FROM visits"),
                      ("studyrooms", "SELECT COUNT(*) - COUNT(cancelled_at) FROM bookings"),
                      ("studyrooms", "SELECT COUNT(*) - COUNT(appeal_outcome) FROM no_shows"),
                      ("parties", "SELECT COUNT(*) - COUNT(rating) FROM parties"),
                      ("parties", "SELECT COUNT(*) - COUNT(leftOn) FROM entertainers"),
                      ("greenhouse", "SELECT COUNT(*) - COUNT(removed_on) FROM crops"),
                      ("greenhouse", "SELECT COUNT(*) - COUNT(soil_moisture_pct) FROM sensor_readings")]:
        assert EVAL112.run(eval112_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, why in [
            ("carshare", "SELECT COUNT(*) FROM trips WHERE (ended_at IS NULL) <> (fare_gbp IS NULL)",
             "a trip has no fare exactly while it is under way"),
            ("livery", "SELECT COUNT(*) FROM horses WHERE (stable_id IS NULL) <> (livery_type = 'grass')",
             "exactly the horses at grass have no stable"),
            ("studyrooms", "SELECT COUNT(*) FROM bookings WHERE (booking_id IN (SELECT booking_id FROM no_shows)) "
             "<> (cancelled_at IS NULL AND checked_in_at IS NULL)",
             "a no-show is a booking neither cancelled nor checked into"),
            ("parties", "SELECT COUNT(*) FROM parties WHERE cancelledOn IS NOT NULL AND rating IS NOT NULL",
             "cancelled parties have no rating"),
            ("greenhouse", "SELECT COUNT(*) FROM harvests WHERE (grade = 'reject') <> (sold_to IS NULL)",
             "only rejects go unsold")]:
        assert EVAL112.run(eval112_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql in [("carshare", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM trips"),
                      ("livery", "SELECT MIN(YEAR(visited_at)), MAX(YEAR(visited_at)) FROM visits"),
                      ("studyrooms", "SELECT MIN(YEAR(slot_start)), MAX(YEAR(slot_start)) FROM bookings"),
                      ("parties", "SELECT MIN(YEAR(partyStart)), MAX(YEAR(partyStart)) FROM parties"),
                      ("greenhouse", "SELECT MIN(YEAR(recorded_at)), MAX(YEAR(recorded_at)) FROM sensor_readings")]:
        assert tuple(EVAL112.run(eval112_dbs, name, sql).iloc[0]) == (2023, 2025), name


def test_only_the_parties_schema_is_camel_case(eval112_dbs):
    for name in EVAL112.datasets.BUILDERS:
        tables = get_database(EVAL112.url(eval112_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "parties"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["carshare", "studyrooms", "parties"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL112, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL112, tmp_path, "greenhouse")), problems


def test_engine_accuracy_floor(eval112_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (151/248 turns,
    75/136 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL112, eval112_dbs, 0.57, 0.52)), short
