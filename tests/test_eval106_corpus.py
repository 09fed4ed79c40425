"""The hundred-and-sixth development corpus (eval106/questions.jsonl over eval106/datasets.py), to improve general
mechanisms.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas with
  >= 15 conversations each, >= 8 rate turns);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data spanning 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

No accuracy floor: this corpus was written without running the engine on it.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL106 = corpus.Corpus("eval106", "questions.jsonl", "datasets.py")

eval106_dbs = EVAL106.dbs_fixture("eval106_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL106.cases) >= 95 and len(EVAL106.turns) >= 195 and EVAL106.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL106)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL106.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "YEAR(", "date_diff(", "date_sub('year'",
                    "- holder_birth_year", " ASC LIMIT ", " DESC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ",
                    "NOT ", " IN (", " > ", " < "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL106.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL106.cases} == set(EVAL106.datasets.BUILDERS)
    for name in EVAL106.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL106.cases) >= 15, f"too few conversations on {name}"


def test_golds_include_two_dimension_groupings_and_three_table_joins():
    golds = [turn["sql"] for _, _, turn in EVAL106.turns]
    assert any(sql.count(" JOIN ") >= 2 for sql in golds), "no gold joins three tables"
    two_keys = [sql for sql in golds if "GROUP BY" in sql and "," in sql.split("GROUP BY")[1].split("HAVING")[0]
                and "first_name" not in sql and "firstName" not in sql]
    assert two_keys, "no gold groups by two dimensions"


def test_every_gold_query_runs_and_returns_rows(eval106_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL106, eval106_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval106_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL106, eval106_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval106_dbs):
    assert not (problems := corpus.having_problems(EVAL106, eval106_dbs)), problems


def test_toll_transaction_account_foreign_key_is_only_implied(eval106_dbs):
    """toll_transactions.account_id is NOT declared (only implied by its name); the other links are declared."""
    txs = get_database(EVAL106.url(eval106_dbs, "tollroad")).schema().tables["toll_transactions"]
    declared = {fk.column for fk in txs.foreign_keys if not fk.inferred}
    assert "account_id" not in declared and {"plaza_id", "vehicle_id"} <= declared
    for name, table, ref in [("football", "players", "teams"), ("football", "matches", "teams"),
                             ("football", "goals", "matches"), ("football", "goals", "players"),
                             ("lostproperty", "claims", "lost_reports"), ("lostproperty", "claims", "found_items"),
                             ("lostproperty", "found_items", "stations"), ("printfarm", "print_jobs", "customers"),
                             ("printfarm", "print_jobs", "printers"), ("printfarm", "print_jobs", "operators"),
                             ("tollroad", "vehicles", "tag_accounts"), ("padel", "bookings", "courts"),
                             ("padel", "bookings", "members"), ("padel", "coachingsessions", "members")]:
        tables = get_database(EVAL106.url(eval106_dbs, name)).schema().tables
        fks = next(t for key, t in tables.items() if key.lower() == table).foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval106_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("football", "matches", "kickoff", "datetime"), ("football", "players", "birth_date", "date"),
        ("football", "players", "left_on", "date"), ("football", "goals", "is_penalty", "bool"),
        ("football", "teams", "has_floodlights", "bool"),
        ("lostproperty", "lost_reports", "reported_at", "datetime"),
        ("lostproperty", "lost_reports", "closed_on", "date"),
        ("lostproperty", "found_items", "found_at", "datetime"), ("lostproperty", "found_items", "is_valuable", "bool"),
        ("lostproperty", "lost_reports", "owner_birth_date", "date"),
        ("printfarm", "print_jobs", "submitted_at", "datetime"), ("printfarm", "print_jobs", "finished_at", "datetime"),
        ("printfarm", "print_jobs", "rush_order", "bool"), ("printfarm", "printers", "retired_on", "date"),
        ("printfarm", "operators", "birth_date", "date"),
        ("tollroad", "toll_transactions", "passed_at", "datetime"),
        ("tollroad", "toll_transactions", "is_peak", "bool"),
        ("tollroad", "tag_accounts", "closed_on", "date"), ("tollroad", "tag_accounts", "auto_top_up", "bool"),
        ("padel", "bookings", "startTime", "datetime"), ("padel", "members", "birthDate", "date"),
        ("padel", "bookings", "paidOnline", "bool"), ("padel", "courts", "isIndoor", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL106.url(eval106_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval106_dbs):
    for name, sql in [("football", "SELECT COUNT(*) - COUNT(home_goals) FROM matches"),
                      ("football", "SELECT COUNT(*) - COUNT(left_on) FROM players"),
                      ("lostproperty", "SELECT COUNT(*) - COUNT(closed_on) FROM lost_reports"),
                      ("lostproperty", "SELECT COUNT(*) - COUNT(left_store_on) FROM found_items"),
                      ("printfarm", "SELECT COUNT(*) - COUNT(finished_at) FROM print_jobs"),
                      ("printfarm", "SELECT COUNT(*) - COUNT(company_name) FROM customers"),
                      ("tollroad", "SELECT COUNT(*) - COUNT(closed_on) FROM tag_accounts"),
                      ("tollroad", "SELECT COUNT(*) - COUNT(account_id) FROM vehicles"),
                      ("padel", "SELECT COUNT(*) - COUNT(cancelledDate) FROM members"),
                      ("padel", "SELECT COUNT(*) - COUNT(cancelledAt) FROM bookings")]:
        assert EVAL106.run(eval106_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql in [
            ("football", "SELECT COUNT(*) FROM matches WHERE (home_goals IS NULL) <> (attendance IS NULL)"),
            ("football", "SELECT COUNT(*) FROM matches m WHERE home_goals + away_goals <> "
                         "(SELECT COUNT(*) FROM goals g WHERE g.match_id = m.match_id)"),
            ("lostproperty", "SELECT COUNT(*) FROM found_items "
                             "WHERE (left_store_on IS NULL) <> (status = 'in storage')"),
            ("lostproperty", "SELECT COUNT(*) FROM lost_reports WHERE (closed_on IS NULL) <> (outcome IS NULL)"),
            ("printfarm", "SELECT COUNT(*) FROM print_jobs WHERE (finished_at IS NULL) <> (status = 'printing')"),
            ("tollroad", "SELECT COUNT(*) FROM toll_transactions "
                         "WHERE (account_id IS NULL) <> (payment_method <> 'tag')")]:
        assert EVAL106.run(eval106_dbs, name, sql).iloc[0, 0] == 0, f"{name}: {sql}"
    for name, sql, span in [
            ("football", "SELECT MIN(YEAR(kickoff)), MAX(YEAR(kickoff)) FROM matches", (2023, 2025)),
            ("lostproperty", "SELECT MIN(YEAR(found_at)), MAX(YEAR(found_at)) FROM found_items", (2023, 2024)),
            ("printfarm", "SELECT MIN(YEAR(submitted_at)), MAX(YEAR(submitted_at)) FROM print_jobs", (2023, 2025)),
            ("tollroad", "SELECT MIN(YEAR(passed_at)), MAX(YEAR(passed_at)) FROM toll_transactions", (2023, 2025)),
            ("padel", "SELECT MIN(YEAR(startTime)), MAX(YEAR(startTime)) FROM bookings", (2023, 2024))]:
        assert tuple(EVAL106.run(eval106_dbs, name, sql).iloc[0]) == span, name


def test_only_the_padel_schema_is_camel_case(eval106_dbs):
    for name in EVAL106.datasets.BUILDERS:
        tables = get_database(EVAL106.url(eval106_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "padel"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["football", "lostproperty", "tollroad", "padel"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL106, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL106, tmp_path, "printfarm")), problems


def test_engine_accuracy_floor(eval106_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (154/232 turns,
    79/124 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL106, eval106_dbs, 0.63, 0.60)), short
