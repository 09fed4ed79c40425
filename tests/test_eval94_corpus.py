"""The ninety-fourth held-out corpus (eval94/questions.jsonl over eval94/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval94/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL94 = corpus.Corpus("eval94", "questions.jsonl", "datasets.py")

eval94_dbs = EVAL94.dbs_fixture("eval94_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL94.cases) >= 92 and len(EVAL94.turns) >= 185 and EVAL94.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL94)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL94.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", '- "birthYear"',
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", " IN (", " > "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL94.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL94.cases} == set(EVAL94.datasets.BUILDERS)
    for name in EVAL94.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL94.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval94_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL94, eval94_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval94_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL94, eval94_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval94_dbs):
    assert not (problems := corpus.having_problems(EVAL94, eval94_dbs)), problems


def test_temperature_shop_foreign_key_is_only_implied(eval94_dbs):
    """daily_temperatures.shop_id is NOT declared (only implied by its name); the other links are declared."""
    temps = get_database(EVAL94.url(eval94_dbs, "icecream")).schema().tables["daily_temperatures"]
    assert "shop_id" not in {fk.column.lower() for fk in temps.foreign_keys if not fk.inferred}
    for name, table, ref in [("icecream", "daily_sales", "shops"), ("icecream", "daily_sales", "flavours"),
                             ("sailing", "enrolments", "students"), ("sailing", "incidents", "boats"),
                             ("carpool", "rides", "drivers"), ("carpool", "ratings", "riders"),
                             ("aircrew", "flights", "aircraft"), ("aircrew", "crew_assignments", "crew_members"),
                             ("halls", "repair_requests", "rooms"), ("halls", "repair_requests", "contractors")]:
        fks = get_database(EVAL94.url(eval94_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval94_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("icecream", "daily_sales", "sale_date", "date"), ("icecream", "daily_sales", "on_promotion", "bool"),
        ("icecream", "shops", "has_seating", "bool"), ("icecream", "daily_temperatures", "temp_date", "date"),
        ("sailing", "incidents", "occurred_at", "datetime"), ("sailing", "students", "birth_date", "date"),
        ("sailing", "boats", "in_service", "bool"), ("sailing", "enrolments", "passed", "bool"),
        ("carpool", "rides", "departAt", "datetime"), ("carpool", "ratings", "ratedAt", "datetime"),
        ("carpool", "drivers", "isVerified", "bool"), ("carpool", "drivers", "joinedOn", "date"),
        ("aircrew", "flights", "scheduled_departure", "datetime"), ("aircrew", "flights", "arrived_at", "datetime"),
        ("aircrew", "crew_members", "birth_date", "date"), ("aircrew", "flights", "cancelled", "bool"),
        ("halls", "repair_requests", "reported_at", "datetime"), ("halls", "repair_requests", "resolved_on", "date"),
        ("halls", "rooms", "accessible", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL94.url(eval94_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval94_dbs):
    for name, sql in [("halls", "SELECT COUNT(*) - COUNT(resolved_on) FROM repair_requests"),
                      ("halls", "SELECT COUNT(*) - COUNT(refurbished_on) FROM rooms"),
                      ("sailing", "SELECT COUNT(*) - COUNT(passed) FROM enrolments"),
                      ("sailing", "SELECT COUNT(*) - COUNT(student_id) FROM incidents"),
                      ("carpool", 'SELECT COUNT(*) - COUNT("comment") FROM ratings'),
                      ("aircrew", "SELECT COUNT(*) - COUNT(arrived_at) FROM flights")]:
        assert EVAL94.run(eval94_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("halls", "SELECT COUNT(*) FROM repair_requests WHERE (cost_gbp IS NULL) <> (resolved_on IS NULL)",
             "a request has a cost exactly when it is resolved"),
            ("aircrew", "SELECT COUNT(*) FROM flights WHERE (delay_minutes IS NULL) <> cancelled",
             "delay_minutes is NULL exactly for cancelled flights"),
            ("carpool", 'SELECT COUNT(*) FROM rides WHERE "wasCancelled" AND "seatsFilled" <> 0',
             "a cancelled ride carried nobody"),
            ("icecream", "SELECT COUNT(*) FROM daily_sales s LEFT JOIN daily_temperatures t "
             "ON t.shop_id = s.shop_id AND t.temp_date = s.sale_date WHERE t.temp_id IS NULL",
             "every sales day has a temperature row")]:
        assert EVAL94.run(eval94_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("icecream", "SELECT MIN(YEAR(sale_date)), MAX(YEAR(sale_date)) FROM daily_sales", (2023, 2024)),
            ("sailing", "SELECT MIN(YEAR(start_date)), MAX(YEAR(start_date)) FROM enrolments", (2023, 2025)),
            ("carpool", 'SELECT MIN(YEAR("departAt")), MAX(YEAR("departAt")) FROM rides', (2023, 2025)),
            ("aircrew", "SELECT MIN(YEAR(scheduled_departure)), MAX(YEAR(scheduled_departure)) FROM flights",
             (2023, 2024)),
            ("halls", "SELECT MIN(YEAR(reported_at)), MAX(YEAR(reported_at)) FROM repair_requests", (2023, 2025))]:
        assert tuple(EVAL94.run(eval94_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["carpool", "halls"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL94, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL94, tmp_path, "sailing")), problems
