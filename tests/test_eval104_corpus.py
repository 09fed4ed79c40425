"""The hundred-and-fourth held-out corpus (eval104/questions.jsonl over eval104/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval104/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL104 = corpus.Corpus("eval104", "questions.jsonl", "datasets.py")

eval104_dbs = EVAL104.dbs_fixture("eval104_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL104.cases) >= 92 and len(EVAL104.turns) >= 185 and EVAL104.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL104)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL104.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL104.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL104.cases} == set(EVAL104.datasets.BUILDERS)
    for name in EVAL104.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL104.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval104_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL104, eval104_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval104_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL104, eval104_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval104_dbs):
    assert not (problems := corpus.having_problems(EVAL104, eval104_dbs)), problems


def test_storage_payments_foreign_key_is_only_implied(eval104_dbs):
    """payments.lease_id is NOT declared (only implied by its name); the other links are declared."""
    payments = get_database(EVAL104.url(eval104_dbs, "selfstorage")).schema().tables["payments"]
    assert "lease_id" not in {fk.column.lower() for fk in payments.foreign_keys if not fk.inferred}
    for name, table, ref in [("chessclub", "games", "tournaments"), ("chessclub", "games", "players"),
                             ("selfstorage", "leases", "units"), ("selfstorage", "leases", "tenants"),
                             ("vegbox", "deliveries", "subscribers"), ("vegbox", "deliveries", "boxes"),
                             ("firestation", "incidents", "appliances"),
                             ("firestation", "hydrant_checks", "crew_members"),
                             ("marathon", "results", "runners"), ("marathon", "splits", "results"),
                             ("marathon", "pledges", "runners")]:
        fks = get_database(EVAL104.url(eval104_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval104_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("chessclub", "games", "played_at", "datetime"), ("chessclub", "tournaments", "start_date", "date"),
        ("chessclub", "players", "fees_paid", "bool"), ("chessclub", "players", "birth_year", "number"),
        ("selfstorage", "leases", "end_date", "date"), ("selfstorage", "payments", "paid_at", "datetime"),
        ("selfstorage", "tenants", "birth_date", "date"), ("selfstorage", "units", "climate_controlled", "bool"),
        ("vegbox", "deliveries", "deliveredAt", "datetime"), ("vegbox", "subscribers", "birthDate", "date"),
        ("vegbox", "deliveries", "skipped", "bool"), ("vegbox", "subscribers", "cancelledOn", "date"),
        ("firestation", "incidents", "call_at", "datetime"), ("firestation", "incidents", "arrived_at", "datetime"),
        ("firestation", "hydrant_checks", "repaired_on", "date"), ("firestation", "crew_members", "on_call", "bool"),
        ("marathon", "splits", "passed_at", "datetime"), ("marathon", "pledges", "pledged_on", "date"),
        ("marathon", "results", "finished", "bool"), ("marathon", "runners", "birth_year", "number")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL104.url(eval104_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval104_dbs):
    for name, sql in [("selfstorage", "SELECT COUNT(*) - COUNT(end_date) FROM leases"),
                      ("selfstorage", "SELECT COUNT(*) - COUNT(paid_at) FROM payments"),
                      ("vegbox", "SELECT COUNT(*) - COUNT(cancelledOn) FROM subscribers"),
                      ("vegbox", "SELECT COUNT(*) - COUNT(deliveredAt) FROM deliveries"),
                      ("firestation", "SELECT COUNT(*) - COUNT(cleared_at) FROM incidents"),
                      ("firestation", "SELECT COUNT(*) - COUNT(repaired_on) FROM hydrant_checks WHERE defect_found"),
                      ("chessclub", "SELECT COUNT(*) - COUNT(title) FROM players"),
                      ("marathon", "SELECT COUNT(*) - COUNT(finish_seconds) FROM results")]:
        assert EVAL104.run(eval104_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("vegbox", "SELECT COUNT(*) FROM deliveries WHERE (deliveredAt IS NULL) <> skipped",
             "deliveredAt is NULL exactly for skipped weeks"),
            ("marathon", "SELECT COUNT(*) FROM results WHERE (finish_seconds IS NULL) = finished",
             "finish_seconds is NULL exactly for a DNF"),
            ("firestation", "SELECT COUNT(*) FROM hydrant_checks WHERE repaired_on IS NOT NULL AND NOT defect_found",
             "only a defect gets a repair date"),
            ("firestation", "SELECT COUNT(*) FROM incidents WHERE arrived_at <= call_at",
             "arrival comes after the call"),
            ("selfstorage", "SELECT COUNT(*) FROM payments WHERE late <> (late_fee_gbp > 0)",
             "a late payment carries a late fee"),
            ("chessclub", "SELECT COUNT(*) FROM games WHERE result NOT IN ('white', 'black', 'draw')",
             "a result is white, black or draw")]:
        assert EVAL104.run(eval104_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("chessclub", "SELECT MIN(YEAR(played_at)), MAX(YEAR(played_at)) FROM games", (2023, 2024)),
            ("selfstorage", "SELECT MIN(YEAR(start_date)), MAX(YEAR(start_date)) FROM leases", (2023, 2025)),
            ("vegbox", "SELECT MIN(YEAR(weekStart)), MAX(YEAR(weekStart)) FROM deliveries", (2023, 2024)),
            ("firestation", "SELECT MIN(YEAR(call_at)), MAX(YEAR(call_at)) FROM incidents", (2023, 2024)),
            ("marathon", "SELECT MIN(race_year), MAX(race_year) FROM results", (2023, 2025)),
            ("marathon", "SELECT MIN(YEAR(pledged_on)), MAX(YEAR(pledged_on)) FROM pledges", (2023, 2025))]:
        assert tuple(EVAL104.run(eval104_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["selfstorage", "marathon"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL104, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL104, tmp_path, "vegbox")), problems
