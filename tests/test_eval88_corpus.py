"""The eighty-eighth held-out corpus (eval88/questions.jsonl over eval88/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval88/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL88 = corpus.Corpus("eval88", "questions.jsonl", "datasets.py")

eval88_dbs = EVAL88.dbs_fixture("eval88_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL88.cases) >= 92 and len(EVAL88.turns) >= 185 and EVAL88.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL88)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL88.turns)
    for feature in (" JOIN ", " LEFT JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL",
                    "NOT IN (", " IN (", " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(",
                    "date_sub('year'", "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ",
                    "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL88.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL88.cases} == set(EVAL88.datasets.BUILDERS)
    for name in EVAL88.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL88.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval88_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL88, eval88_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval88_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL88, eval88_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval88_dbs):
    assert not (problems := corpus.having_problems(EVAL88, eval88_dbs)), problems


def test_damage_reports_rental_foreign_key_is_only_implied(eval88_dbs):
    """damage_reports.rental_id is NOT declared (only implied by its name); the other links are declared."""
    reports = get_database(EVAL88.url(eval88_dbs, "carrental")).schema().tables["damage_reports"]
    assert "rental_id" not in {fk.column.lower() for fk in reports.foreign_keys if not fk.inferred}
    for name, table, ref in [("golfclub", "rounds", "members"), ("golfclub", "rounds", "competitions"),
                             ("golfclub", "tee_bookings", "members"), ("carrental", "rentals", "vehicles"),
                             ("carrental", "rentals", "customers"), ("libraryevents", "events", "venues"),
                             ("libraryevents", "registrations", "events"),
                             ("solarops", "daily_generation", "panel_arrays"),
                             ("solarops", "inverter_faults", "panel_arrays"),
                             ("animalshelter", "placements", "foster_carers"),
                             ("animalshelter", "vet_checks", "animals")]:
        fks = get_database(EVAL88.url(eval88_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval88_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("golfclub", "tee_bookings", "tee_time", "datetime"), ("golfclub", "rounds", "played_on", "date"),
        ("golfclub", "members", "birth_date", "date"), ("golfclub", "tee_bookings", "cancelled", "bool"),
        ("carrental", "rentals", "pickup_at", "datetime"), ("carrental", "vehicles", "sold_on", "date"),
        ("carrental", "rentals", "late_return", "bool"),
        ("libraryevents", "events", "startsAt", "datetime"), ("libraryevents", "speakers", "birthDate", "date"),
        ("libraryevents", "registrations", "attended", "bool"), ("libraryevents", "events", "cancelledOn", "date"),
        ("solarops", "daily_generation", "gen_date", "date"), ("solarops", "cleaning_visits", "robotic", "bool"),
        ("solarops", "inverter_faults", "detected_at", "datetime"),
        ("animalshelter", "placements", "end_date", "date"), ("animalshelter", "vet_checks", "checked_at", "datetime"),
        ("animalshelter", "animals", "neutered", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL88.url(eval88_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval88_dbs):
    for name, sql in [("golfclub", "SELECT COUNT(*) - COUNT(competition_id) FROM rounds"),
                      ("carrental", "SELECT COUNT(*) - COUNT(return_at) FROM rentals"),
                      ("carrental", "SELECT COUNT(*) - COUNT(sold_on) FROM vehicles"),
                      ("libraryevents", "SELECT COUNT(*) - COUNT(speakerId) FROM events"),
                      ("libraryevents", "SELECT COUNT(*) - COUNT(cancelledOn) FROM events"),
                      ("solarops", "SELECT COUNT(*) - COUNT(fixed_on) FROM inverter_faults"),
                      ("animalshelter", "SELECT COUNT(*) - COUNT(end_date) FROM placements"),
                      ("animalshelter", "SELECT COUNT(*) - COUNT(adopted_on) FROM animals")]:
        assert EVAL88.run(eval88_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("carrental", "SELECT COUNT(*) FROM rentals WHERE (total_charge_gbp IS NULL) <> (return_at IS NULL)",
             "a rental is charged exactly when the car is back"),
            ("carrental", "SELECT COUNT(*) FROM rentals WHERE (odometer_in_km IS NULL) <> (return_at IS NULL)",
             "the return odometer is read exactly when the car is back"),
            ("libraryevents", "SELECT COUNT(*) FROM registrations r JOIN events e ON e.eventId = r.eventId "
             "WHERE r.attended AND e.cancelledOn IS NOT NULL", "nobody attends a cancelled event"),
            ("animalshelter", "SELECT COUNT(*) FROM animals WHERE (adoption_fee_gbp IS NULL) <> (adopted_on IS NULL)",
             "an adoption fee is paid exactly when the animal is adopted"),
            ("golfclub", "SELECT COUNT(*) FROM rounds r JOIN competitions c ON c.competition_id = r.competition_id "
             "WHERE r.played_on <> c.held_on", "a competition round is played on the competition day")]:
        assert EVAL88.run(eval88_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("golfclub", "SELECT MIN(YEAR(played_on)), MAX(YEAR(played_on)) FROM rounds", (2023, 2024)),
            ("golfclub", "SELECT MIN(YEAR(tee_time)), MAX(YEAR(tee_time)) FROM tee_bookings", (2023, 2024)),
            ("carrental", "SELECT MIN(YEAR(pickup_at)), MAX(YEAR(pickup_at)) FROM rentals", (2023, 2025)),
            ("libraryevents", "SELECT MIN(YEAR(startsAt)), MAX(YEAR(startsAt)) FROM events", (2023, 2024)),
            ("solarops", "SELECT MIN(YEAR(gen_date)), MAX(YEAR(gen_date)) FROM daily_generation", (2023, 2024)),
            ("animalshelter", "SELECT MIN(YEAR(intake_date)), MAX(YEAR(intake_date)) FROM animals", (2023, 2025))]:
        assert tuple(EVAL88.run(eval88_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["carrental", "animalshelter"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL88, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL88, tmp_path, "libraryevents")), problems
