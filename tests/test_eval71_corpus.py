"""The seventy-first development corpus (eval71/questions.jsonl over eval71/datasets.py), to improve general mechanisms.

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

EVAL71 = corpus.Corpus("eval71", "questions.jsonl", "datasets.py")

eval71_dbs = EVAL71.dbs_fixture("eval71_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL71.cases) >= 92 and len(EVAL71.turns) >= 185 and EVAL71.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL71)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL71.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", "CAST(", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL71.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL71.cases} == set(EVAL71.datasets.BUILDERS)
    for name in EVAL71.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL71.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval71_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL71, eval71_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval71_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL71, eval71_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval71_dbs):
    assert not (problems := corpus.having_problems(EVAL71, eval71_dbs)), problems


def test_taproom_pour_event_foreign_key_is_only_implied(eval71_dbs):
    """pours.eventId is NOT declared (only implied by its name); the other links are declared."""
    pours = get_database(EVAL71.url(eval71_dbs, "taproom")).schema().tables["pours"]
    declared = {fk.column for fk in pours.foreign_keys if not fk.inferred}
    assert "eventId" not in declared and "kegId" in declared
    for name, table, ref in [("carwash", "washes", "sites"), ("carwash", "members", "sites"),
                             ("homecare", "visits", "carers"), ("taproom", "kegs", "beers"),
                             ("dental", "appointments", "patients"), ("dental", "treatments", "appointments"),
                             ("plantnursery", "order_lines", "orders"), ("plantnursery", "plants", "growers")]:
        fks = get_database(EVAL71.url(eval71_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval71_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("carwash", "washes", "washed_at", "datetime"), ("carwash", "members", "birth_date", "date"),
        ("carwash", "washes", "rewash", "bool"), ("homecare", "visits", "actual_start", "datetime"),
        ("homecare", "clients", "end_date", "date"), ("homecare", "carers", "drives", "bool"),
        ("taproom", "pours", "pouredAt", "datetime"), ("taproom", "events", "eventDate", "date"),
        ("taproom", "beers", "isSeasonal", "bool"), ("dental", "appointments", "scheduled_at", "datetime"),
        ("dental", "patients", "birth_date", "date"), ("dental", "patients", "exempt_from_charges", "bool"),
        ("plantnursery", "orders", "delivered_at", "datetime"), ("plantnursery", "orders", "ordered_on", "date"),
        ("plantnursery", "plants", "hardy", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL71.url(eval71_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval71_dbs):
    for name, sql in [("carwash", "SELECT COUNT(*) - COUNT(cancelled_on) FROM members"),
                      ("carwash", "SELECT COUNT(*) - COUNT(member_id) FROM washes"),
                      ("homecare", "SELECT COUNT(*) - COUNT(end_date) FROM clients"),
                      ("homecare", "SELECT COUNT(*) - COUNT(actual_start) FROM visits"),
                      ("taproom", "SELECT COUNT(*) - COUNT(emptiedAt) FROM kegs"),
                      ("taproom", "SELECT COUNT(*) - COUNT(eventId) FROM pours"),
                      ("dental", "SELECT COUNT(*) - COUNT(cancelled_on) FROM appointments"),
                      ("plantnursery", "SELECT COUNT(*) - COUNT(delivered_at) FROM orders")]:
        assert EVAL71.run(eval71_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("homecare", "SELECT COUNT(*) FROM visits WHERE (actual_start IS NULL) <> missed"),
                      ("dental", "SELECT COUNT(*) FROM appointments WHERE (cancelled_on IS NULL) "
                       "<> (status <> 'cancelled')"),
                      ("plantnursery", "SELECT COUNT(*) FROM orders WHERE delivered_at IS NOT NULL "
                       "AND (fulfilment <> 'delivery' OR cancelled)")]:
        assert EVAL71.run(eval71_dbs, name, sql).iloc[0, 0] == 0, f"{name}: a NULL without its meaning"
    for name, sql, span in [("carwash", "SELECT MIN(YEAR(washed_at)), MAX(YEAR(washed_at)) FROM washes", (2023, 2024)),
                            ("homecare", "SELECT MIN(YEAR(planned_start)), MAX(YEAR(planned_start)) FROM visits",
                             (2023, 2025)),
                            ("taproom", "SELECT MIN(YEAR(pouredAt)), MAX(YEAR(pouredAt)) FROM pours", (2023, 2024)),
                            ("dental", "SELECT MIN(YEAR(scheduled_at)), MAX(YEAR(scheduled_at)) FROM appointments",
                             (2023, 2024)),
                            ("plantnursery", "SELECT MIN(YEAR(ordered_on)), MAX(YEAR(ordered_on)) FROM orders",
                             (2023, 2025))]:
        assert tuple(EVAL71.run(eval71_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["taproom", "dental"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL71, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL71, tmp_path, "homecare")), problems


def test_engine_accuracy_floor(eval71_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (175/207 turns,
    88/108 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL71, eval71_dbs, 0.81, 0.78)), short
