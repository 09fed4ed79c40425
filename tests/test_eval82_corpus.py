"""The eighty-second development corpus (eval82/questions.jsonl over eval82/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025,
  camelCase columns in the theatre schema);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL82 = corpus.Corpus("eval82", "questions.jsonl", "datasets.py")

eval82_dbs = EVAL82.dbs_fixture("eval82_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL82.cases) >= 92 and len(EVAL82.turns) >= 185 and EVAL82.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL82)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL82.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", " IN (", " LIKE "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL82.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL82.cases} == set(EVAL82.datasets.BUILDERS)
    for name in EVAL82.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL82.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval82_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL82, eval82_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval82_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL82, eval82_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval82_dbs):
    assert not (problems := corpus.having_problems(EVAL82, eval82_dbs)), problems


def test_bakery_batch_baker_foreign_key_is_only_implied(eval82_dbs):
    """batches.baker_id is NOT declared (only implied by its name); the other links are declared."""
    batches = get_database(EVAL82.url(eval82_dbs, "bakery")).schema().tables["batches"]
    declared = {fk.column for fk in batches.foreign_keys if not fk.inferred}
    assert "baker_id" not in declared and {"product_id", "shop_id"} <= declared
    for name, table, ref in [("ambulance", "callouts", "stations"), ("ambulance", "crew_members", "stations"),
                             ("theatre", "ticketsales", "performances"), ("theatre", "performances", "shows"),
                             ("marathon", "results", "runners"), ("marathon", "injuries", "runners"),
                             ("laundry", "cycles", "machines"), ("laundry", "top_ups", "customer_cards")]:
        tables = get_database(EVAL82.url(eval82_dbs, name)).schema().tables
        key = next(t for t in tables if t.lower() == table)
        fks = tables[key].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval82_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("ambulance", "callouts", "call_received_at", "datetime"), ("ambulance", "callouts", "arrived_at", "datetime"),
        ("ambulance", "crew_members", "birth_date", "date"), ("ambulance", "stations", "has_hart_team", "bool"),
        ("bakery", "batches", "baked_at", "datetime"), ("bakery", "bakers", "left_on", "date"),
        ("bakery", "products", "is_vegan", "bool"), ("theatre", "performances", "startsAt", "datetime"),
        ("theatre", "shows", "closingDate", "date"), ("theatre", "ticketSales", "isConcession", "bool"),
        ("marathon", "runners", "birth_date", "date"), ("marathon", "races", "race_date", "date"),
        ("marathon", "results", "did_finish", "bool"), ("laundry", "cycles", "started_at", "datetime"),
        ("laundry", "customer_cards", "cancelled_on", "date"), ("laundry", "cycles", "refunded", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL82.url(eval82_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval82_dbs):
    for name, sql in [("ambulance", "SELECT COUNT(*) - COUNT(arrived_at) FROM callouts"),
                      ("ambulance", "SELECT COUNT(*) - COUNT(left_on) FROM crew_members"),
                      ("bakery", "SELECT COUNT(*) - COUNT(left_on) FROM bakers"),
                      ("theatre", "SELECT COUNT(*) - COUNT(closingDate) FROM shows"),
                      ("theatre", 'SELECT COUNT(*) - COUNT(refundedOn) FROM "ticketSales"'),
                      ("marathon", "SELECT COUNT(*) - COUNT(finish_seconds) FROM results"),
                      ("marathon", "SELECT COUNT(*) - COUNT(recovered_on) FROM injuries"),
                      ("laundry", "SELECT COUNT(*) - COUNT(card_id) FROM cycles"),
                      ("laundry", "SELECT COUNT(*) - COUNT(fault_code) FROM cycles")]:
        assert EVAL82.run(eval82_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    dnf = EVAL82.run(eval82_dbs, "marathon", "SELECT COUNT(*) FROM results WHERE (finish_seconds IS NULL) = did_finish")
    assert dnf.iloc[0, 0] == 0, "finish_seconds is NULL exactly when the runner did not finish"
    coins = EVAL82.run(eval82_dbs, "laundry", "SELECT COUNT(*) FROM cycles WHERE (card_id IS NULL) = "
                       "(payment_method = 'card')")
    assert coins.iloc[0, 0] == 0, "card_id is NULL exactly when the cycle was not paid by card"
    for name, sql, span in [
            ("ambulance", "SELECT MIN(YEAR(call_received_at)), MAX(YEAR(call_received_at)) FROM callouts",
             (2023, 2024)),
            ("bakery", "SELECT MIN(YEAR(baked_at)), MAX(YEAR(baked_at)) FROM batches", (2023, 2025)),
            ("theatre", "SELECT MIN(YEAR(startsAt)), MAX(YEAR(startsAt)) FROM performances", (2023, 2024)),
            ("marathon", "SELECT MIN(YEAR(race_date)), MAX(YEAR(race_date)) FROM races", (2022, 2024)),
            ("laundry", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM cycles", (2023, 2025))]:
        assert tuple(EVAL82.run(eval82_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["theatre", "laundry"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL82, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL82, tmp_path, "marathon")), problems


def test_engine_accuracy_floor(eval82_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (147/213 turns,
    75/118 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL82, eval82_dbs, 0.66, 0.6)), short
