"""The eighty-fifth development corpus (eval85/questions.jsonl over eval85/datasets.py), to improve general mechanisms.

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

EVAL85 = corpus.Corpus("eval85", "questions.jsonl", "datasets.py")

eval85_dbs = EVAL85.dbs_fixture("eval85_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL85.cases) >= 92 and len(EVAL85.turns) >= 185 and EVAL85.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL85)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL85.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    "- owner_birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "SUM("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL85.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL85.cases} == set(EVAL85.datasets.BUILDERS)
    for name in EVAL85.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL85.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval85_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL85, eval85_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval85_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL85, eval85_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval85_dbs):
    assert not (problems := corpus.having_problems(EVAL85, eval85_dbs)), problems


def test_farmcoop_payment_farm_foreign_key_is_only_implied(eval85_dbs):
    """payments.farm_id is NOT declared (only implied by its name); the other links are declared."""
    payments = get_database(EVAL85.url(eval85_dbs, "farmcoop")).schema().tables["payments"]
    assert "farm_id" not in {fk.column for fk in payments.foreign_keys if not fk.inferred}
    for name, table, ref in [("climbinggym", "ascents", "members"), ("climbinggym", "ascents", "routes"),
                             ("farmcoop", "deliveries", "farms"), ("airportlounge", "loungeVisits", "visitors"),
                             ("firebrigade", "turnouts", "incidents"), ("podcasts", "episodes", "shows")]:
        fks = get_database(EVAL85.url(eval85_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval85_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("climbinggym", "ascents", "climbed_at", "datetime"), ("climbinggym", "members", "birth_date", "date"),
        ("climbinggym", "ascents", "flashed", "bool"), ("climbinggym", "routes", "stripped_on", "date"),
        ("farmcoop", "deliveries", "delivered_at", "datetime"), ("farmcoop", "payments", "paid_on", "date"),
        ("farmcoop", "deliveries", "rejected", "bool"), ("airportlounge", "loungeVisits", "entryTime", "datetime"),
        ("airportlounge", "visitors", "birthDate", "date"), ("airportlounge", "loungeVisits", "flightDelayed", "bool"),
        ("firebrigade", "incidents", "call_time", "datetime"), ("firebrigade", "equipment_checks", "fixed_on", "date"),
        ("firebrigade", "firefighters", "hgv_licence", "bool"), ("podcasts", "episodes", "release_date", "date"),
        ("podcasts", "episodes", "published_at", "datetime"), ("podcasts", "shows", "explicit", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL85.url(eval85_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval85_dbs):
    for name, sql in [("climbinggym", "SELECT COUNT(*) - COUNT(cancelled_on) FROM members"),
                      ("climbinggym", "SELECT COUNT(*) - COUNT(stripped_on) FROM routes"),
                      ("farmcoop", "SELECT COUNT(*) - COUNT(left_coop_on) FROM farms"),
                      ("airportlounge", "SELECT COUNT(*) - COUNT(exitTime) FROM loungeVisits"),
                      ("firebrigade", "SELECT COUNT(*) - COUNT(clear_time) FROM incidents"),
                      ("firebrigade", "SELECT COUNT(*) - COUNT(left_on) FROM firefighters"),
                      ("podcasts", "SELECT COUNT(*) - COUNT(deal_end) FROM sponsorships")]:
        assert EVAL85.run(eval85_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    fixed = EVAL85.run(eval85_dbs, "firebrigade", "SELECT COUNT(*) FROM equipment_checks WHERE fixed_on IS NOT NULL "
                       "AND result = 'pass'")
    assert fixed.iloc[0, 0] == 0, "fixed_on is set only on failed checks"
    for name, sql, span in [("climbinggym", "SELECT MIN(YEAR(climbed_at)), MAX(YEAR(climbed_at)) FROM ascents",
                             (2023, 2024)),
                            ("farmcoop", "SELECT MIN(YEAR(delivered_at)), MAX(YEAR(delivered_at)) FROM deliveries",
                             (2023, 2025)),
                            ("airportlounge", "SELECT MIN(YEAR(entryTime)), MAX(YEAR(entryTime)) FROM loungeVisits",
                             (2023, 2025)),
                            ("firebrigade", "SELECT MIN(YEAR(call_time)), MAX(YEAR(call_time)) FROM incidents",
                             (2022, 2024)),
                            ("podcasts", "SELECT MIN(YEAR(release_date)), MAX(YEAR(release_date)) FROM episodes",
                             (2023, 2024))]:
        assert tuple(EVAL85.run(eval85_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["farmcoop", "airportlounge"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL85, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL85, tmp_path, "firebrigade")), problems


def test_engine_accuracy_floor(eval85_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (168/220 turns,
    93/124 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL85, eval85_dbs, 0.73, 0.72)), short
