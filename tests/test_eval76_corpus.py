"""The seventy-sixth development corpus (eval76/questions.jsonl over eval76/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file;
- the engine stays above its regression floor on the corpus (set about three points under its score then).
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL76 = corpus.Corpus("eval76", "questions.jsonl", "datasets.py")

eval76_dbs = EVAL76.dbs_fixture("eval76_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL76.cases) >= 92 and len(EVAL76.turns) >= 185 and EVAL76.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL76)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL76.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", '- "birthYear"',
                    "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL76.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL76.cases} == set(EVAL76.datasets.BUILDERS)
    for name in EVAL76.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL76.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval76_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL76, eval76_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval76_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL76, eval76_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval76_dbs):
    assert not (problems := corpus.having_problems(EVAL76, eval76_dbs)), problems


def test_warehouse_pick_line_shift_foreign_key_is_only_implied(eval76_dbs):
    """pick_lines.shift_id is NOT declared (only implied by its name); the other links are declared."""
    lines = get_database(EVAL76.url(eval76_dbs, "warehouse")).schema().tables["pick_lines"]
    declared = {fk.column for fk in lines.foreign_keys if not fk.inferred}
    assert "shift_id" not in declared and "order_id" in declared
    for name, table, ref in [("supportdesk", "tickets", "agents"), ("warehouse", "shifts", "pickers"),
                             ("solar", "installations", "sites"), ("laundry", "runs", "drivers"),
                             ("canteen", "meals", "pupils")]:
        fks = get_database(EVAL76.url(eval76_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval76_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("supportdesk", "tickets", "sla_due_at", "datetime"), ("supportdesk", "tickets", "escalated", "bool"),
        ("supportdesk", "customers", "signed_up_on", "date"), ("warehouse", "pick_lines", "picked_at", "datetime"),
        ("warehouse", "pickers", "birth_date", "date"), ("warehouse", "pickers", "forklift_certified", "bool"),
        ("solar", "installations", "installedOn", "date"), ("solar", "installations", "hasBattery", "bool"),
        ("solar", "readings", "readingMonth", "date"), ("laundry", "runs", "scheduled_at", "datetime"),
        ("laundry", "drivers", "birth_date", "date"), ("laundry", "orders", "express", "bool"),
        ("canteen", "meals", "served_at", "datetime"), ("canteen", "pupils", "birth_date", "date"),
        ("canteen", "pupils", "free_meals", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL76.url(eval76_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval76_dbs):
    for name, sql in [("supportdesk", "SELECT COUNT(*) - COUNT(resolved_at) FROM tickets"),
                      ("supportdesk", "SELECT COUNT(*) - COUNT(satisfaction_score) FROM tickets"),
                      ("warehouse", "SELECT COUNT(*) - COUNT(left_on) FROM pickers"),
                      ("warehouse", "SELECT COUNT(*) - COUNT(dispatched_at) FROM orders"),
                      ("warehouse", "SELECT COUNT(*) - COUNT(error_type) FROM pick_lines"),
                      ("solar", 'SELECT COUNT(*) - COUNT("decommissionedOn") FROM installations'),
                      ("laundry", "SELECT COUNT(*) - COUNT(paid_on) FROM orders"),
                      ("laundry", "SELECT COUNT(*) - COUNT(completed_at) FROM runs"),
                      ("canteen", "SELECT COUNT(*) - COUNT(left_on) FROM pupils")]:
        assert EVAL76.run(eval76_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    free = EVAL76.run(eval76_dbs, "canteen", "SELECT COUNT(*) FROM meals m JOIN pupils p ON p.pupil_id = m.pupil_id "
                      "WHERE (m.price_gbp = 0) <> p.free_meals")
    assert free.iloc[0, 0] == 0, "a meal is free exactly when the pupil has free school meals"
    for name, sql, span in [("supportdesk", "SELECT MIN(YEAR(opened_at)), MAX(YEAR(opened_at)) FROM tickets",
                             (2023, 2025)),
                            ("warehouse", "SELECT MIN(YEAR(picked_at)), MAX(YEAR(picked_at)) FROM pick_lines",
                             (2023, 2024)),
                            ("solar", 'SELECT MIN(YEAR("readingMonth")), MAX(YEAR("readingMonth")) FROM readings',
                             (2022, 2024)),
                            ("laundry", "SELECT MIN(YEAR(placed_on)), MAX(YEAR(placed_on)) FROM orders", (2023, 2024)),
                            ("canteen", "SELECT MIN(YEAR(served_at)), MAX(YEAR(served_at)) FROM meals", (2023, 2024))]:
        assert tuple(EVAL76.run(eval76_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["warehouse", "solar"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL76, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL76, tmp_path, "laundry")), problems


def test_engine_accuracy_floor(eval76_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (187/222 turns,
    99/122 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL76, eval76_dbs, 0.81, 0.78)), short
