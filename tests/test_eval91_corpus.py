"""The ninety-first development corpus (eval91/questions.jsonl over eval91/datasets.py), to improve general mechanisms.

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

EVAL91 = corpus.Corpus("eval91", "questions.jsonl", "datasets.py")

eval91_dbs = EVAL91.dbs_fixture("eval91_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL91.cases) >= 92 and len(EVAL91.turns) >= 185 and EVAL91.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL91)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL91.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL91.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL91.cases} == set(EVAL91.datasets.BUILDERS)
    for name in EVAL91.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL91.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval91_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL91, eval91_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval91_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL91, eval91_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval91_dbs):
    assert not (problems := corpus.having_problems(EVAL91, eval91_dbs)), problems


def test_roads_pothole_crew_foreign_key_is_only_implied(eval91_dbs):
    """potholes.crew_id is NOT declared (only implied by its name); the other links are declared."""
    potholes = get_database(EVAL91.url(eval91_dbs, "roads")).schema().tables["potholes"]
    declared = {fk.column for fk in potholes.foreign_keys if not fk.inferred}
    assert "crew_id" not in declared and "road_id" in declared
    for name, table, ref in [("cheesedairy", "milk_intakes", "farms"), ("cheesedairy", "wholesale_sales", "wheels"),
                             ("hostel", "stays", "guests"), ("hostel", "breakfast_orders", "stays"),
                             ("paintball", "games", "marshals"), ("paintball", "bookings", "playergroups"),
                             ("insurance", "claims", "policies"), ("insurance", "policies", "policyholders")]:
        fks = get_database(EVAL91.url(eval91_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval91_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("cheesedairy", "milk_intakes", "intake_date", "date"), ("cheesedairy", "milk_intakes", "rejected", "bool"),
        ("cheesedairy", "wholesale_sales", "sold_at", "datetime"), ("cheesedairy", "wheels", "released_on", "date"),
        ("hostel", "stays", "check_out", "date"), ("hostel", "breakfast_orders", "ordered_at", "datetime"),
        ("hostel", "rooms", "ensuite", "bool"), ("paintball", "games", "startTime", "datetime"),
        ("paintball", "marshals", "birthDate", "date"), ("paintball", "bookings", "cancelled", "bool"),
        ("insurance", "claims", "reported_at", "datetime"), ("insurance", "claims", "settled_on", "date"),
        ("insurance", "policyholders", "birth_date", "date"), ("insurance", "policies", "auto_renew", "bool"),
        ("roads", "potholes", "reported_at", "datetime"), ("roads", "potholes", "fixed_on", "date"),
        ("roads", "roads", "is_bus_route", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL91.url(eval91_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval91_dbs):
    for name, sql in [("cheesedairy", "SELECT COUNT(*) - COUNT(released_on) FROM wheels"),
                      ("hostel", "SELECT COUNT(*) - COUNT(check_out) FROM stays"),
                      ("paintball", "SELECT COUNT(*) - COUNT(leftOn) FROM marshals"),
                      ("insurance", "SELECT COUNT(*) - COUNT(settled_on) FROM claims"),
                      ("insurance", "SELECT COUNT(*) - COUNT(cancelled_on) FROM policies"),
                      ("roads", "SELECT COUNT(*) - COUNT(fixed_on) FROM potholes")]:
        assert EVAL91.run(eval91_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("cheesedairy", "SELECT COUNT(*) FROM wheels WHERE (released_on IS NULL) <> (aged_days IS NULL)"),
                      ("insurance", "SELECT COUNT(*) FROM claims WHERE (settled_on IS NULL) <> (status = 'open')"),
                      ("roads", "SELECT COUNT(*) FROM potholes WHERE (fixed_on IS NULL) <> (crew_id IS NULL)")]:
        assert EVAL91.run(eval91_dbs, name, sql).iloc[0, 0] == 0, f"{name}: NULL does not mean what it should"
    for name, sql, span in [
            ("cheesedairy", "SELECT MIN(YEAR(intake_date)), MAX(YEAR(intake_date)) FROM milk_intakes", (2023, 2024)),
            ("hostel", "SELECT MIN(YEAR(check_in)), MAX(YEAR(check_in)) FROM stays", (2023, 2025)),
            ("paintball", "SELECT MIN(YEAR(playDate)), MAX(YEAR(playDate)) FROM bookings", (2023, 2024)),
            ("insurance", "SELECT MIN(YEAR(reported_at)), MAX(YEAR(reported_at)) FROM claims", (2023, 2025)),
            ("roads", "SELECT MIN(YEAR(reported_at)), MAX(YEAR(reported_at)) FROM potholes", (2023, 2025))]:
        assert tuple(EVAL91.run(eval91_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["hostel", "roads"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL91, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL91, tmp_path, "insurance")), problems


def test_engine_accuracy_floor(eval91_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (170/203 turns,
    86/104 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL91, eval91_dbs, 0.8, 0.79)), short
