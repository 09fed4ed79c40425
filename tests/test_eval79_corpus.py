"""The seventy-ninth held-out corpus (eval79/questions.jsonl over eval79/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval79/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL79 = corpus.Corpus("eval79", "questions.jsonl", "datasets.py")

eval79_dbs = EVAL79.dbs_fixture("eval79_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL79.cases) >= 92 and len(EVAL79.turns) >= 185 and EVAL79.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL79)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL79.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL79.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL79.cases} == set(EVAL79.datasets.BUILDERS)
    for name in EVAL79.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL79.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval79_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL79, eval79_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval79_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL79, eval79_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval79_dbs):
    assert not (problems := corpus.having_problems(EVAL79, eval79_dbs)), problems


def test_water_readings_foreign_key_is_only_implied(eval79_dbs):
    """readings.meter_id is NOT declared (only implied by its name); the other links are declared."""
    readings = get_database(EVAL79.url(eval79_dbs, "waterco")).schema().tables["readings"]
    assert "meter_id" not in {fk.column.lower() for fk in readings.foreign_keys if not fk.inferred}
    for name, table, ref in [("allotments", "tenants", "plots"), ("allotments", "rents", "tenants"),
                             ("allotments", "weigh_ins", "plots"), ("icerink", "skateHires", "publicSessions"),
                             ("icerink", "skateHires", "skaters"), ("waterco", "meters", "customers"),
                             ("waterco", "leak_reports", "customers"), ("escaperooms", "bookings", "rooms"),
                             ("escaperooms", "bookings", "teams"), ("pottery", "firings", "kilns"),
                             ("pottery", "classes", "members")]:
        fks = get_database(EVAL79.url(eval79_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval79_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("allotments", "weigh_ins", "weighed_at", "datetime"), ("allotments", "tenants", "ended_on", "date"),
        ("allotments", "plots", "has_shed", "bool"), ("allotments", "rents", "paid_on", "date"),
        ("icerink", "publicSessions", "startsAt", "datetime"), ("icerink", "skaters", "birthDate", "date"),
        ("icerink", "hockeyGames", "wentToOvertime", "bool"), ("icerink", "hockeyGames", "gameDate", "date"),
        ("waterco", "readings", "reading_date", "date"), ("waterco", "leak_reports", "reported_at", "datetime"),
        ("waterco", "leak_reports", "repaired_on", "date"), ("waterco", "meters", "is_smart", "bool"),
        ("escaperooms", "bookings", "slot_start", "datetime"), ("escaperooms", "bookings", "escaped", "bool"),
        ("escaperooms", "teams", "captain_birth_date", "date"), ("pottery", "firings", "unloaded_at", "datetime"),
        ("pottery", "members", "left_on", "date"), ("pottery", "classes", "beginners_only", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL79.url(eval79_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval79_dbs):
    for name, sql in [("allotments", "SELECT COUNT(*) - COUNT(ended_on) FROM tenants"),
                      ("allotments", "SELECT COUNT(*) - COUNT(paid_on) FROM rents"),
                      ("icerink", "SELECT COUNT(*) - COUNT(skaterId) FROM skateHires"),
                      ("waterco", "SELECT COUNT(*) - COUNT(repaired_on) FROM leak_reports"),
                      ("escaperooms", "SELECT COUNT(*) - COUNT(escape_time_mins) FROM bookings"),
                      ("pottery", "SELECT COUNT(*) - COUNT(left_on) FROM members"),
                      ("pottery", "SELECT COUNT(*) - COUNT(unloaded_at) FROM firings")]:
        assert EVAL79.run(eval79_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("allotments", "SELECT COUNT(*) FROM rents WHERE (paid_on IS NULL) <> (status <> 'paid')",
             "a rent has a paid date exactly when it is paid"),
            ("waterco", "SELECT COUNT(*) FROM leak_reports WHERE (repair_cost_gbp IS NULL) <> (repaired_on IS NULL)",
             "a leak has a repair cost exactly when it is repaired"),
            ("escaperooms", "SELECT COUNT(*) FROM bookings WHERE (escape_time_mins IS NOT NULL) <> "
             "COALESCE(escaped, false)", "an escape time exactly for teams that escaped"),
            ("escaperooms", "SELECT COUNT(*) FROM bookings WHERE (escaped IS NULL) <> (status <> 'completed')",
             "escaped is known exactly for completed bookings"),
            ("icerink", "SELECT COUNT(*) FROM publicSessions WHERE ticketsSold > capacity",
             "never more tickets than capacity"),
            ("allotments", "SELECT COUNT(*) FROM tenants WHERE ended_on < started_on", "tenancies end after start")]:
        assert EVAL79.run(eval79_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("allotments", "SELECT MIN(YEAR(weighed_at)), MAX(YEAR(weighed_at)) FROM weigh_ins", (2022, 2024)),
            ("allotments", "SELECT MIN(rent_year), MAX(rent_year) FROM rents", (2022, 2024)),
            ("icerink", "SELECT MIN(YEAR(startsAt)), MAX(YEAR(startsAt)) FROM publicSessions", (2023, 2024)),
            ("icerink", "SELECT MIN(YEAR(gameDate)), MAX(YEAR(gameDate)) FROM hockeyGames", (2023, 2024)),
            ("waterco", "SELECT MIN(YEAR(reading_date)), MAX(YEAR(reading_date)) FROM readings", (2023, 2024)),
            ("waterco", "SELECT MIN(YEAR(reported_at)), MAX(YEAR(reported_at)) FROM leak_reports", (2023, 2025)),
            ("escaperooms", "SELECT MIN(YEAR(slot_start)), MAX(YEAR(slot_start)) FROM bookings", (2023, 2025)),
            ("pottery", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM firings", (2023, 2024))]:
        assert tuple(EVAL79.run(eval79_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["allotments", "escaperooms"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL79, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL79, tmp_path, "icerink")), problems
