"""The ninety-third held-out corpus (eval93/questions.jsonl over eval93/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval93/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL93 = corpus.Corpus("eval93", "questions.jsonl", "datasets.py")

eval93_dbs = EVAL93.dbs_fixture("eval93_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL93.cases) >= 92 and len(EVAL93.turns) >= 185 and EVAL93.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL93)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL93.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    "- birthYear", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL93.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL93.cases} == set(EVAL93.datasets.BUILDERS)
    for name in EVAL93.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL93.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval93_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL93, eval93_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval93_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL93, eval93_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval93_dbs):
    assert not (problems := corpus.having_problems(EVAL93, eval93_dbs)), problems


def test_campsite_shop_sales_foreign_key_is_only_implied(eval93_dbs):
    """shop_sales.booking_id is NOT declared (only implied by its name); the other links are declared."""
    sales = get_database(EVAL93.url(eval93_dbs, "campsite")).schema().tables["shop_sales"]
    assert "booking_id" not in {fk.column.lower() for fk in sales.foreign_keys if not fk.inferred}
    for name, table, ref in [("campsite", "bookings", "pitches"), ("campsite", "bookings", "campers"),
                             ("zoo", "feedings", "animals"), ("zoo", "feedings", "keepers"),
                             ("zoo", "animals", "enclosures"), ("evcharging", "charging_sessions", "stations"),
                             ("evcharging", "charging_sessions", "tariffs"), ("concerthall", "tickets", "concerts"),
                             ("concerthall", "tickets", "sections"), ("astronomy", "observationNights", "members"),
                             ("astronomy", "loggedObjects", "observationNights")]:
        fks = get_database(EVAL93.url(eval93_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval93_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("campsite", "bookings", "arrival_date", "date"), ("campsite", "bookings", "booked_at", "datetime"),
        ("campsite", "pitches", "has_electric_hookup", "bool"), ("campsite", "shop_sales", "sold_at", "datetime"),
        ("zoo", "animals", "birth_date", "date"), ("zoo", "feedings", "fed_at", "datetime"),
        ("zoo", "feedings", "refused", "bool"), ("zoo", "animals", "departed_on", "date"),
        ("evcharging", "charging_sessions", "started_at", "datetime"), ("evcharging", "drivers", "birth_date", "date"),
        ("evcharging", "stations", "rapid_hub", "bool"), ("concerthall", "concerts", "concert_date", "date"),
        ("concerthall", "tickets", "sold_at", "datetime"), ("concerthall", "tickets", "refunded", "bool"),
        ("astronomy", "observationNights", "startedAt", "datetime"), ("astronomy", "members", "joinedOn", "date"),
        ("astronomy", "loggedObjects", "photographed", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL93.url(eval93_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval93_dbs):
    for name, sql in [("campsite", "SELECT COUNT(*) - COUNT(cancelled_on) FROM bookings"),
                      ("campsite", "SELECT COUNT(*) - COUNT(booking_id) FROM shop_sales"),
                      ("zoo", "SELECT COUNT(*) - COUNT(departed_on) FROM animals"),
                      ("evcharging", "SELECT COUNT(*) - COUNT(ended_at) FROM charging_sessions"),
                      ("concerthall", "SELECT COUNT(*) - COUNT(refunded_on) FROM tickets"),
                      ("astronomy", "SELECT COUNT(*) - COUNT(endedAt) FROM observationNights")]:
        assert EVAL93.run(eval93_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("campsite", "SELECT COUNT(*) FROM bookings WHERE (cancelled_on IS NULL) <> (status <> 'cancelled')",
             "cancelled_on is set exactly for cancelled bookings"),
            ("concerthall", "SELECT COUNT(*) FROM tickets WHERE (refunded_on IS NULL) = refunded",
             "refunded_on is set exactly for refunded tickets"),
            ("zoo", "SELECT COUNT(*) FROM feedings f JOIN animals a ON a.animal_id = f.animal_id "
             "WHERE a.departed_on IS NOT NULL AND f.fed_at >= a.departed_on", "no feeding after an animal left"),
            ("evcharging", "SELECT COUNT(*) FROM charging_sessions WHERE ended_at IS NULL "
             "AND started_at < TIMESTAMP '2024-12-31'", "only sessions at the very end are still running")]:
        assert EVAL93.run(eval93_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("campsite", "SELECT MIN(YEAR(arrival_date)), MAX(YEAR(arrival_date)) FROM bookings", (2023, 2024)),
            ("zoo", "SELECT MIN(YEAR(fed_at)), MAX(YEAR(fed_at)) FROM feedings", (2023, 2025)),
            ("evcharging", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM charging_sessions", (2023, 2024)),
            ("concerthall", "SELECT MIN(YEAR(concert_date)), MAX(YEAR(concert_date)) FROM concerts", (2023, 2025)),
            ("astronomy", "SELECT MIN(YEAR(startedAt)), MAX(YEAR(startedAt)) FROM observationNights", (2023, 2025))]:
        assert tuple(EVAL93.run(eval93_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["campsite", "astronomy"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL93, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL93, tmp_path, "zoo")), problems
