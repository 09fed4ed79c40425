"""The eighty-seventh development corpus (eval87/questions.jsonl over eval87/datasets.py), to improve mechanisms.

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

EVAL87 = corpus.Corpus("eval87", "questions.jsonl", "datasets.py")

eval87_dbs = EVAL87.dbs_fixture("eval87_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL87.cases) >= 92 and len(EVAL87.turns) >= 185 and EVAL87.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL87)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL87.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    "- year_built", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", "DISTINCT ",
                    " BETWEEN ", '"yearGroup"'):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL87.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL87.cases} == set(EVAL87.datasets.BUILDERS)
    for name in EVAL87.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL87.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval87_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL87, eval87_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval87_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL87, eval87_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval87_dbs):
    assert not (problems := corpus.having_problems(EVAL87, eval87_dbs)), problems


def test_busdepot_trip_driver_foreign_key_is_only_implied(eval87_dbs):
    """trips.driver_id is NOT declared (only implied by its name); the other links are declared."""
    trips = get_database(EVAL87.url(eval87_dbs, "busdepot")).schema().tables["trips"]
    declared = {fk.column for fk in trips.foreign_keys if not fk.inferred}
    assert "driver_id" not in declared and {"route_id", "bus_id"} <= declared
    for name, table, ref in [("vetpharmacy", "prescriptions", "pets"), ("vetpharmacy", "prescriptions", "drugs"),
                             ("coworking", "invoices", "members"), ("coworking", "day_bookings", "desks"),
                             ("fishingcharter", "catches", "trips"), ("fishingcharter", "trips", "boats"),
                             ("schoolcanteen", "mealsServed", "menuitems"), ("schoolcanteen", "topUps", "pupils")]:
        fks = get_database(EVAL87.url(eval87_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval87_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("vetpharmacy", "prescriptions", "prescribed_at", "datetime"), ("vetpharmacy", "pets", "birth_date", "date"),
        ("vetpharmacy", "prescriptions", "collected_on", "date"), ("vetpharmacy", "drugs", "controlled", "bool"),
        ("busdepot", "trips", "scheduled_departure", "datetime"), ("busdepot", "drivers", "hire_date", "date"),
        ("busdepot", "trips", "cancelled", "bool"), ("coworking", "room_bookings", "starts_at", "datetime"),
        ("coworking", "members", "birth_date", "date"), ("coworking", "invoices", "paid", "bool"),
        ("fishingcharter", "trips", "departed_at", "datetime"), ("fishingcharter", "catches", "released", "bool"),
        ("schoolcanteen", "mealsServed", "servedAt", "datetime"), ("schoolcanteen", "pupils", "birthDate", "date"),
        ("schoolcanteen", "pupils", "freeMeals", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL87.url(eval87_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval87_dbs):
    for name, sql in [("vetpharmacy", "SELECT COUNT(*) - COUNT(collected_on) FROM prescriptions"),
                      ("busdepot", "SELECT COUNT(*) - COUNT(withdrawn_on) FROM buses"),
                      ("busdepot", "SELECT COUNT(*) - COUNT(left_on) FROM drivers"),
                      ("coworking", "SELECT COUNT(*) - COUNT(left_on) FROM members"),
                      ("coworking", "SELECT COUNT(*) - COUNT(paid_on) FROM invoices"),
                      ("fishingcharter", "SELECT COUNT(*) - COUNT(returned_at) FROM trips"),
                      ("schoolcanteen", 'SELECT COUNT(*) - COUNT("leftOn") FROM pupils')]:
        assert EVAL87.run(eval87_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    unpaid = EVAL87.run(eval87_dbs, "coworking", "SELECT COUNT(*) FROM invoices WHERE (paid_on IS NULL) = paid")
    assert unpaid.iloc[0, 0] == 0, "paid_on is NULL exactly when the invoice is unpaid"
    for name, sql, span in [("vetpharmacy", "SELECT MIN(YEAR(prescribed_at)), MAX(YEAR(prescribed_at)) "
                             "FROM prescriptions",
                             (2023, 2024)),
                            ("busdepot", "SELECT MIN(YEAR(scheduled_departure)), MAX(YEAR(scheduled_departure)) "
                             "FROM trips", (2023, 2025)),
                            ("coworking", "SELECT MIN(YEAR(booking_date)), MAX(YEAR(booking_date)) FROM day_bookings",
                             (2023, 2024)),
                            ("fishingcharter", "SELECT MIN(YEAR(departed_at)), MAX(YEAR(departed_at)) FROM trips",
                             (2023, 2025)),
                            ("schoolcanteen", 'SELECT MIN(YEAR("servedAt")), MAX(YEAR("servedAt")) FROM "mealsServed"',
                             (2023, 2025))]:
        assert tuple(EVAL87.run(eval87_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["busdepot", "schoolcanteen"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL87, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL87, tmp_path, "coworking")), problems


def test_engine_accuracy_floor(eval87_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (134/198 turns,
    65/100 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL87, eval87_dbs, 0.64, 0.62)), short
