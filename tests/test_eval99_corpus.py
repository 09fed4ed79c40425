"""The ninety-ninth held-out corpus (eval99/questions.jsonl over eval99/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval99/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL99 = corpus.Corpus("eval99", "questions.jsonl", "datasets.py")

eval99_dbs = EVAL99.dbs_fixture("eval99_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL99.cases) >= 92 and len(EVAL99.turns) >= 185 and EVAL99.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL99)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL99.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    "- birthYear", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", "LEFT JOIN"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL99.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL99.cases} == set(EVAL99.datasets.BUILDERS)
    for name in EVAL99.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL99.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval99_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL99, eval99_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval99_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL99, eval99_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval99_dbs):
    assert not (problems := corpus.having_problems(EVAL99, eval99_dbs)), problems


def test_minibus_journey_driver_foreign_key_is_only_implied(eval99_dbs):
    """journeys.driver_id is NOT declared (only implied by its name); the other links are declared."""
    journeys = get_database(EVAL99.url(eval99_dbs, "minibus")).schema().tables["journeys"]
    assert "driver_id" not in {fk.column.lower() for fk in journeys.foreign_keys if not fk.inferred}
    for name, table, ref in [("aquarium", "sales", "species"), ("aquarium", "water_tests", "tanks"),
                             ("minibus", "journeys", "bookings"), ("minibus", "journeys", "vehicles"),
                             ("vintage", "items", "consignors"), ("vintage", "returns", "sales"),
                             ("countyshow", "entries", "judges"), ("countyshow", "entries", "exhibitors"),
                             ("trampoline", "bookings", "classes"), ("trampoline", "classes", "instructors")]:
        fks = get_database(EVAL99.url(eval99_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval99_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("aquarium", "sales", "sold_at", "datetime"), ("aquarium", "tanks", "set_up_on", "date"),
        ("aquarium", "water_tests", "passed", "bool"), ("aquarium", "tanks", "heated", "bool"),
        ("minibus", "journeys", "pickup_at", "datetime"), ("minibus", "drivers", "birth_date", "date"),
        ("minibus", "bookings", "cancelled", "bool"), ("minibus", "vehicles", "retired_on", "date"),
        ("vintage", "sales", "soldAt", "datetime"), ("vintage", "returns", "restockedOn", "date"),
        ("vintage", "sales", "discounted", "bool"), ("countyshow", "entries", "entered_at", "datetime"),
        ("countyshow", "entries", "withdrawn", "bool"), ("trampoline", "classes", "starts_at", "datetime"),
        ("trampoline", "memberships", "ended_on", "date"), ("trampoline", "instructors", "birth_date", "date"),
        ("trampoline", "bookings", "attended", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL99.url(eval99_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval99_dbs):
    for name, sql in [("aquarium", "SELECT COUNT(*) - COUNT(nitrate_ppm) FROM water_tests"),
                      ("minibus", "SELECT COUNT(*) - COUNT(retired_on) FROM vehicles"),
                      ("vintage", "SELECT COUNT(*) - COUNT(restockedOn) FROM returns"),
                      ("countyshow", "SELECT COUNT(*) - COUNT(place) FROM entries"),
                      ("trampoline", "SELECT COUNT(*) - COUNT(ended_on) FROM memberships"),
                      ("trampoline", "SELECT COUNT(*) - COUNT(member_id) FROM bookings")]:
        assert EVAL99.run(eval99_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("minibus", "SELECT COUNT(*) FROM journeys j JOIN bookings b ON b.booking_id = j.booking_id "
             "WHERE b.cancelled", "a cancelled booking has no journey"),
            ("countyshow", "SELECT COUNT(*) FROM entries WHERE (place IS NULL) <> (prize_gbp IS NULL)",
             "an entry wins prize money exactly when it is placed"),
            ("countyshow", "SELECT COUNT(*) FROM entries WHERE withdrawn AND place IS NOT NULL",
             "a withdrawn entry is never placed"),
            ("vintage", "SELECT COUNT(*) FROM returns WHERE restockedOn IS NULL AND reason <> 'damaged'",
             "only damaged returns are never restocked"),
            ("trampoline", "SELECT COUNT(*) FROM bookings WHERE (member_id IS NULL) <> (price_paid_gbp > 0)",
             "only drop-in guests (no member) pay per class")]:
        assert EVAL99.run(eval99_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("aquarium", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM sales", (2023, 2024)),
            ("minibus", "SELECT MIN(YEAR(pickup_at)), MAX(YEAR(pickup_at)) FROM journeys", (2023, 2025)),
            ("vintage", "SELECT MIN(YEAR(soldAt)), MAX(YEAR(soldAt)) FROM sales", (2023, 2024)),
            ("countyshow", "SELECT MIN(show_year), MAX(show_year) FROM entries", (2022, 2024)),
            ("trampoline", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM classes", (2023, 2025))]:
        assert tuple(EVAL99.run(eval99_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["minibus", "countyshow"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL99, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL99, tmp_path, "vintage")), problems
