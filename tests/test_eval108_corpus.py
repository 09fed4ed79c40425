"""The hundred-and-eighth evaluation corpus (eval108/questions.jsonl over eval108/datasets.py), held out: the honest
measurement of the offline engine on schemas and questions its authors never saw. No accuracy floor here (nobody
tunes against it); these tests only check that the corpus itself is sound.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas with
  >= 15 conversations each, >= 8 rate turns);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data spanning 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL108 = corpus.Corpus("eval108", "questions.jsonl", "datasets.py")

eval108_dbs = EVAL108.dbs_fixture("eval108_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL108.cases) >= 95 and len(EVAL108.turns) >= 195 and EVAL108.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL108)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL108.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ",
                    "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL108.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL108.cases} == set(EVAL108.datasets.BUILDERS)
    for name in EVAL108.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL108.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval108_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL108, eval108_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval108_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL108, eval108_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval108_dbs):
    assert not (problems := corpus.having_problems(EVAL108, eval108_dbs)), problems


def test_equipment_check_volunteer_foreign_key_is_only_implied(eval108_dbs):
    """equipment_checks.volunteer_id is NOT declared (only implied by its name); the other links are declared."""
    checks = get_database(EVAL108.url(eval108_dbs, "mountain_rescue")).schema().tables["equipment_checks"]
    assert "volunteer_id" in {c.name for c in checks.columns}
    assert not [fk for fk in checks.foreign_keys if not fk.inferred], "equipment_checks declares no foreign key"
    for name, table, ref in [("mountain_rescue", "callouts", "volunteers"),
                             ("mountain_rescue", "casualties", "callouts"),
                             ("piano_tuning", "pianos", "clients"), ("piano_tuning", "visits", "pianos"),
                             ("piano_tuning", "visits", "tuners"), ("laser_tag", "teamscores", "sessions"),
                             ("laser_tag", "teamscores", "players"), ("laser_tag", "sessions", "partybookings"),
                             ("laser_tag", "partybookings", "players"), ("air_quality", "sensors", "stations"),
                             ("air_quality", "readings", "sensors"), ("air_quality", "alerts", "stations"),
                             ("cat_cafe", "table_bookings", "visitors"), ("cat_cafe", "adoptions", "cats"),
                             ("cat_cafe", "adoptions", "visitors")]:
        tables = get_database(EVAL108.url(eval108_dbs, name)).schema().tables
        fks = {t.lower(): v for t, v in tables.items()}[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval108_dbs):
    kinds = [("mountain_rescue", "volunteers", "birth_date", "date"),
             ("mountain_rescue", "volunteers", "left_on", "date"),
             ("mountain_rescue", "callouts", "paged_at", "datetime"),
             ("mountain_rescue", "callouts", "helicopter_used", "bool"),
             ("mountain_rescue", "equipment_checks", "passed", "bool"),
             ("piano_tuning", "visits", "visit_start", "datetime"), ("piano_tuning", "visits", "paid_on", "date"),
             ("piano_tuning", "tuners", "guild_member", "bool"), ("piano_tuning", "clients", "wants_reminders", "bool"),
             ("laser_tag", "sessions", "startTime", "datetime"), ("laser_tag", "partyBookings", "partyDate", "date"),
             ("laser_tag", "partyBookings", "cancelledAt", "datetime"), ("laser_tag", "players", "isMember", "bool"),
             ("laser_tag", "teamScores", "onWinningTeam", "bool"),
             ("air_quality", "readings", "reading_hour", "datetime"),
             ("air_quality", "alerts", "cleared_at", "datetime"),
             ("air_quality", "stations", "closed_on", "date"), ("air_quality", "readings", "is_valid", "bool"),
             ("cat_cafe", "table_bookings", "slot_start", "datetime"), ("cat_cafe", "cats", "birth_date", "date"),
             ("cat_cafe", "adoptions", "completed_on", "date"), ("cat_cafe", "table_bookings", "no_show", "bool")]
    for name, table, column, kind in kinds:
        tables = get_database(EVAL108.url(eval108_dbs, name)).schema().tables
        col = {t.lower(): v for t, v in tables.items()}[table.lower()].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval108_dbs):
    for name, sql in [("mountain_rescue", "SELECT COUNT(*) - COUNT(left_on) FROM volunteers"),
                      ("mountain_rescue", "SELECT COUNT(*) - COUNT(hospital) FROM casualties"),
                      ("mountain_rescue", "SELECT COUNT(*) - COUNT(repair_cost_gbp) FROM equipment_checks"),
                      ("piano_tuning", "SELECT COUNT(*) - COUNT(paid_on) FROM visits"),
                      ("piano_tuning", "SELECT COUNT(*) - COUNT(year_built) FROM pianos"),
                      ("laser_tag", "SELECT COUNT(*) - COUNT(cancelledAt) FROM partyBookings"),
                      ("laser_tag", "SELECT COUNT(*) - COUNT(bookingId) FROM sessions"),
                      ("air_quality", "SELECT COUNT(*) - COUNT(closed_on) FROM stations"),
                      ("air_quality", "SELECT COUNT(*) - COUNT(cleared_at) FROM alerts"),
                      ("air_quality", "SELECT COUNT(*) - COUNT(last_calibrated_on) FROM sensors"),
                      ("cat_cafe", "SELECT COUNT(*) - COUNT(completed_on) FROM adoptions")]:
        assert EVAL108.run(eval108_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs in {sql}"
    for name, sql in [("mountain_rescue", "SELECT COUNT(*) FROM equipment_checks "
                                          "WHERE passed <> (repair_cost_gbp IS NULL)"),
                      ("laser_tag", "SELECT COUNT(*) FROM sessions s JOIN partyBookings b USING (bookingId) "
                                    "WHERE b.cancelledAt IS NOT NULL"),
                      ("air_quality", "SELECT COUNT(*) FROM readings r JOIN sensors se USING (sensor_id) "
                                      "JOIN stations st USING (station_id) WHERE CAST(r.reading_hour AS DATE) > "
                                      "st.closed_on"),
                      ("cat_cafe", "SELECT COUNT(*) FROM adoptions WHERE completed_on < applied_on")]:
        assert EVAL108.run(eval108_dbs, name, sql).iloc[0, 0] == 0, f"{name}: inconsistent NULL meaning: {sql}"
    for name, sql, span in [
            ("mountain_rescue", "SELECT MIN(YEAR(paged_at)), MAX(YEAR(paged_at)) FROM callouts", (2023, 2025)),
            ("piano_tuning", "SELECT MIN(YEAR(visit_start)), MAX(YEAR(visit_start)) FROM visits", (2023, 2024)),
            ("laser_tag", "SELECT MIN(YEAR(startTime)), MAX(YEAR(startTime)) FROM sessions", (2023, 2025)),
            ("air_quality", "SELECT MIN(YEAR(reading_hour)), MAX(YEAR(reading_hour)) FROM readings", (2023, 2025)),
            ("cat_cafe", "SELECT MIN(YEAR(slot_start)), MAX(YEAR(slot_start)) FROM table_bookings", (2023, 2025))]:
        assert tuple(EVAL108.run(eval108_dbs, name, sql).iloc[0]) == span, name


def test_people_have_names_and_a_birth_date_or_year(eval108_dbs):
    for name, table, birth in [("mountain_rescue", "volunteers", "birth_date"),
                               ("piano_tuning", "tuners", "birth_year"), ("laser_tag", "players", "birthYear"),
                               ("cat_cafe", "visitors", "birth_year")]:
        tables = get_database(EVAL108.url(eval108_dbs, name)).schema().tables
        columns = {c.name for c in tables[table].columns}
        first, last = ("firstName", "lastName") if name == "laser_tag" else ("first_name", "last_name")
        assert {first, last, birth} <= columns, f"{name}.{table}: {sorted(columns)}"


def test_only_the_laser_tag_schema_is_camel_case(eval108_dbs):
    for name in EVAL108.datasets.BUILDERS:
        tables = get_database(EVAL108.url(eval108_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "laser_tag"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["mountain_rescue", "laser_tag", "cat_cafe"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL108, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL108, tmp_path, "air_quality")), problems
