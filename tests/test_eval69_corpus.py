"""The sixty-ninth held-out corpus (eval69/questions.jsonl over eval69/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval69/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL69 = corpus.Corpus("eval69", "questions.jsonl", "datasets.py")

eval69_dbs = EVAL69.dbs_fixture("eval69_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL69.cases) >= 92 and len(EVAL69.turns) >= 185 and EVAL69.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL69)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL69.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL69.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL69.cases} == set(EVAL69.datasets.BUILDERS)
    for name in EVAL69.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL69.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval69_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL69, eval69_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval69_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL69, eval69_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval69_dbs):
    assert not (problems := corpus.having_problems(EVAL69, eval69_dbs)), problems


def test_water_meter_readings_foreign_key_is_only_implied(eval69_dbs):
    """meter_readings.meter_id is NOT declared (only implied by its name); the other links are declared."""
    readings = get_database(EVAL69.url(eval69_dbs, "waterutility")).schema().tables["meter_readings"]
    assert "meter_id" not in {fk.column.lower() for fk in readings.foreign_keys if not fk.inferred}
    for name, table, ref in [("solarfarm", "generation_readings", "inverters"), ("solarfarm", "faults", "inverters"),
                             ("waterutility", "meters", "customers"), ("waterutility", "leaks", "customers"),
                             ("evcharging", "chargingSessions", "chargers"),
                             ("weather", "daily_observations", "stations"), ("treesurgery", "jobs", "quotes")]:
        fks = get_database(EVAL69.url(eval69_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval69_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("solarfarm", "generation_readings", "read_at", "datetime"), ("solarfarm", "faults", "repaired_on", "date"),
        ("solarfarm", "technicians", "birth_date", "date"), ("solarfarm", "arrays", "tracker", "bool"),
        ("waterutility", "meter_readings", "read_at", "datetime"), ("waterutility", "leaks", "fixed_on", "date"),
        ("waterutility", "meter_readings", "estimated", "bool"),
        ("evcharging", "chargingSessions", "pluggedInAt", "datetime"), ("evcharging", "drivers", "birthDate", "date"),
        ("evcharging", "chargers", "isRapid", "bool"), ("weather", "daily_observations", "obs_date", "date"),
        ("weather", "sensor_outages", "restored_at", "datetime"), ("weather", "stations", "automatic", "bool"),
        ("treesurgery", "jobs", "started_at", "datetime"),
        ("treesurgery", "quotes", "responded_on", "date"), ("treesurgery", "quotes", "accepted", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL69.url(eval69_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval69_dbs):
    for name, sql in [("solarfarm", "SELECT COUNT(*) - COUNT(repaired_on) FROM faults"),
                      ("waterutility", "SELECT COUNT(*) - COUNT(fixed_on) FROM leaks"),
                      ("evcharging", "SELECT COUNT(*) - COUNT(driverId) FROM chargingSessions"),
                      ("evcharging", "SELECT COUNT(*) - COUNT(retiredOn) FROM chargers"),
                      ("weather", "SELECT COUNT(*) - COUNT(rain_mm) FROM daily_observations"),
                      ("weather", "SELECT COUNT(*) - COUNT(restored_at) FROM sensor_outages"),
                      ("treesurgery", "SELECT COUNT(*) - COUNT(completed_on) FROM jobs"),
                      ("treesurgery", "SELECT COUNT(*) - COUNT(responded_on) FROM quotes")]:
        assert EVAL69.run(eval69_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("evcharging", "SELECT COUNT(*) FROM chargingSessions WHERE (driverId IS NULL) <> "
             "(paymentMethod = 'contactless')", "driverId is NULL exactly for contactless guest sessions"),
            ("weather", "SELECT COUNT(*) FROM daily_observations o JOIN stations s ON s.station_id = o.station_id "
             "WHERE (o.observer_id IS NULL) <> s.automatic", "observer_id is NULL exactly at automatic stations"),
            ("treesurgery", "SELECT COUNT(*) FROM jobs WHERE (invoiced_gbp IS NULL) <> (completed_on IS NULL)",
             "a job is invoiced exactly when it is completed"),
            ("treesurgery", "SELECT COUNT(*) FROM quotes WHERE accepted AND responded_on IS NULL",
             "an accepted quote has a reply date"),
            ("solarfarm", "SELECT COUNT(*) FROM faults WHERE (repair_cost_gbp IS NULL) <> (repaired_on IS NULL)",
             "a fault has a repair cost exactly when it is repaired")]:
        assert EVAL69.run(eval69_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("solarfarm", "SELECT MIN(YEAR(read_at)), MAX(YEAR(read_at)) FROM generation_readings", (2023, 2025)),
            ("waterutility", "SELECT MIN(YEAR(read_at)), MAX(YEAR(read_at)) FROM meter_readings", (2023, 2024)),
            ("waterutility", "SELECT MIN(YEAR(reported_at)), MAX(YEAR(reported_at)) FROM leaks", (2023, 2025)),
            ("evcharging", "SELECT MIN(YEAR(pluggedInAt)), MAX(YEAR(pluggedInAt)) FROM chargingSessions",
             (2023, 2024)),
            ("weather", "SELECT MIN(YEAR(obs_date)), MAX(YEAR(obs_date)) FROM daily_observations", (2023, 2024)),
            ("treesurgery", "SELECT MIN(YEAR(quoted_on)), MAX(YEAR(quoted_on)) FROM quotes", (2023, 2025))]:
        assert tuple(EVAL69.run(eval69_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["waterutility", "weather"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL69, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL69, tmp_path, "evcharging")), problems
