"""The fifty-eighth corpus (eval58/questions.jsonl over eval58/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 90 conversations, >= 180 turns, >= 85 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, camelCase columns in one
  schema, booleans, DATE and TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year,
  data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor (test_engine_accuracy_floor) sits about three points under the engine's score when it was set.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL58 = corpus.Corpus("eval58", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval58_dbs(tmp_path_factory):
    """Every eval58 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL58.datasets.build_all(tmp_path_factory.mktemp("eval58-dbs"))
    yield out
    for name in EVAL58.datasets.BUILDERS:
        close_database(EVAL58.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL58.cases) >= 90 and len(EVAL58.turns) >= 180 and EVAL58.followups >= 85
    assert not (problems := corpus.shape_problems(EVAL58)), problems
    per_schema = {name: sum(c["db"] == name for c in EVAL58.cases) for name in EVAL58.datasets.BUILDERS}
    assert min(per_schema.values()) >= 15, per_schema
    golds = " ".join(turn["sql"] for _, _, turn in EVAL58.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birthYear",
                    "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL58.turns) >= 10, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval58_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL58, eval58_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval58_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL58, eval58_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval58_dbs):
    assert not (problems := corpus.having_problems(EVAL58, eval58_dbs)), problems


def test_taxi_rides_foreign_key_is_only_implied(eval58_dbs):
    """rides.driverId is NOT declared (only implied by its name); the other schemas declare theirs."""
    rides = get_database(EVAL58.url(eval58_dbs, "taxidispatch")).schema().tables["rides"]
    assert "driverid" not in {fk.column.lower() for fk in rides.foreign_keys if not fk.inferred}
    for name, table, ref in [("citybus", "trips", "routes"), ("citybus", "trips", "drivers"),
                             ("ferryline", "sailings", "vessels"), ("ferryline", "bookings", "sailings"),
                             ("bikeshare", "rentals", "stations"), ("bikeshare", "rentals", "bikes"),
                             ("drivingschool", "lessons", "instructors"),
                             ("drivingschool", "driving_tests", "learners")]:
        fks = get_database(EVAL58.url(eval58_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval58_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("citybus", "trips", "scheduled_departure", "datetime"), ("citybus", "drivers", "birth_date", "date"),
        ("citybus", "routes", "is_night_route", "bool"), ("citybus", "trips", "cancelled", "bool"),
        ("taxidispatch", "rides", "requestedAt", "datetime"), ("taxidispatch", "drivers", "isElectric", "bool"),
        ("ferryline", "bookings", "booked_on", "date"), ("ferryline", "sailings", "arrival_at", "datetime"),
        ("bikeshare", "bikes", "retired_on", "date"), ("bikeshare", "rentals", "is_member", "bool"),
        ("drivingschool", "instructors", "birth_date", "date"), ("drivingschool", "driving_tests", "passed", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL58.url(eval58_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval58_dbs):
    for name, sql in [("citybus", "SELECT COUNT(*) - COUNT(delay_min) FROM trips"),
                      ("taxidispatch", "SELECT COUNT(*) - COUNT(dropoffAt) FROM rides"),
                      ("ferryline", "SELECT COUNT(*) - COUNT(arrival_at) FROM sailings"),
                      ("bikeshare", "SELECT COUNT(*) - COUNT(retired_on) FROM bikes"),
                      ("bikeshare", "SELECT COUNT(*) - COUNT(ended_at) FROM rentals"),
                      ("drivingschool", "SELECT COUNT(*) - COUNT(passed) FROM driving_tests")]:
        assert EVAL58.run(eval58_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("citybus", "SELECT COUNT(*) FROM trips WHERE (delay_min IS NULL) <> cancelled"),
                      ("ferryline", "SELECT COUNT(*) FROM sailings WHERE (arrival_at IS NULL) <> cancelled"),
                      ("taxidispatch", "SELECT COUNT(*) FROM rides WHERE (dropoffAt IS NULL) <> "
                                       "(rideStatus <> 'completed')")]:
        assert EVAL58.run(eval58_dbs, name, sql).iloc[0, 0] == 0, f"{name}: NULL does not match its meaning"
    for name, sql, span in [
            ("citybus", "SELECT MIN(YEAR(scheduled_departure)), MAX(YEAR(scheduled_departure)) FROM trips",
             (2023, 2024)),
            ("taxidispatch", "SELECT MIN(YEAR(requestedAt)), MAX(YEAR(requestedAt)) FROM rides", (2023, 2024)),
            ("ferryline", "SELECT MIN(YEAR(departure_at)), MAX(YEAR(departure_at)) FROM sailings", (2022, 2024)),
            ("bikeshare", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM rentals", (2023, 2024)),
            ("drivingschool", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM lessons", (2023, 2025))]:
        assert tuple(EVAL58.run(eval58_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["taxidispatch", "drivingschool"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL58, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL58, tmp_path, "ferryline")), problems


def test_engine_accuracy_floor(eval58_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (118/206 turns,
    58/107 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL58, eval58_dbs, 0.54, 0.51)), short
