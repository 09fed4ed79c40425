"""The seventieth development corpus (eval70/questions.jsonl over eval70/datasets.py), to improve general mechanisms.

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

EVAL70 = corpus.Corpus("eval70", "questions.jsonl", "datasets.py")

eval70_dbs = EVAL70.dbs_fixture("eval70_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL70.cases) >= 92 and len(EVAL70.turns) >= 185 and EVAL70.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL70)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL70.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    '- "birthYear"', " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL70.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL70.cases} == set(EVAL70.datasets.BUILDERS)
    for name in EVAL70.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL70.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval70_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL70, eval70_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval70_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL70, eval70_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval70_dbs):
    assert not (problems := corpus.having_problems(EVAL70, eval70_dbs)), problems


def test_library_reservation_branch_foreign_key_is_only_implied(eval70_dbs):
    """reservations.branch_id is NOT declared (only implied by its name); the other links are declared."""
    reservations = get_database(EVAL70.url(eval70_dbs, "library")).schema().tables["reservations"]
    declared = {fk.column for fk in reservations.foreign_keys if not fk.inferred}
    assert "branch_id" not in declared and "member_id" in declared
    for name, table, ref in [("grooming", "appointments", "dogs"), ("bikeworkshop", "repairJobs", "mechanics"),
                             ("library", "loans", "branches"), ("farmshop", "products", "suppliers"),
                             ("academy", "training_sessions", "coaches")]:
        fks = get_database(EVAL70.url(eval70_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval70_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("grooming", "appointments", "starts_at", "datetime"), ("grooming", "dogs", "birth_date", "date"),
        ("grooming", "appointments", "paid", "bool"), ("grooming", "groomers", "is_senior", "bool"),
        ("bikeworkshop", "repairJobs", "receivedAt", "datetime"), ("bikeworkshop", "repairJobs", "completedAt",
                                                                   "datetime"),
        ("bikeworkshop", "mechanics", "isApprentice", "bool"), ("bikeworkshop", "mechanics", "startDate", "date"),
        ("library", "loans", "returned_on", "date"), ("library", "members", "birth_date", "date"),
        ("library", "reservations", "placed_at", "datetime"), ("library", "branches", "has_cafe", "bool"),
        ("farmshop", "till_sales", "sold_at", "datetime"), ("farmshop", "cafe_orders", "takeaway", "bool"),
        ("academy", "players", "birth_date", "date"), ("academy", "matches", "kickoff_at", "datetime"),
        ("academy", "players", "on_scholarship", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL70.url(eval70_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval70_dbs):
    for name, sql in [("grooming", "SELECT COUNT(*) - COUNT(cancelled_on) FROM appointments"),
                      ("bikeworkshop", 'SELECT COUNT(*) - COUNT("completedAt") FROM "repairJobs"'),
                      ("bikeworkshop", 'SELECT COUNT(*) - COUNT("customerRating") FROM "repairJobs"'),
                      ("library", "SELECT COUNT(*) - COUNT(returned_on) FROM loans"),
                      ("library", "SELECT COUNT(*) - COUNT(collected_on) FROM reservations"),
                      ("farmshop", "SELECT COUNT(*) - COUNT(voided_at) FROM cafe_orders"),
                      ("farmshop", "SELECT COUNT(*) - COUNT(table_number) FROM cafe_orders"),
                      ("academy", "SELECT COUNT(*) - COUNT(left_on) FROM players"),
                      ("academy", "SELECT COUNT(*) - COUNT(attendance) FROM matches")]:
        assert EVAL70.run(eval70_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    cancelled = EVAL70.run(eval70_dbs, "grooming", "SELECT COUNT(*) FROM appointments WHERE (cancelled_on IS NULL) "
                           "= (status = 'cancelled')")
    assert cancelled.iloc[0, 0] == 0, "cancelled_on is set exactly for cancelled appointments"
    takeaway = EVAL70.run(eval70_dbs, "farmshop", "SELECT COUNT(*) FROM cafe_orders WHERE (table_number IS NULL) "
                          "<> takeaway")
    assert takeaway.iloc[0, 0] == 0, "table_number is NULL exactly for takeaway orders"
    for name, sql, span in [("grooming", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM appointments",
                             (2023, 2024)),
                            ("bikeworkshop",
                             'SELECT MIN(YEAR("receivedAt")), MAX(YEAR("receivedAt")) FROM "repairJobs"', (2023, 2025)),
                            ("library", "SELECT MIN(YEAR(borrowed_on)), MAX(YEAR(borrowed_on)) FROM loans",
                             (2023, 2024)),
                            ("farmshop", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM till_sales", (2023, 2025)),
                            ("academy", "SELECT MIN(YEAR(kickoff_at)), MAX(YEAR(kickoff_at)) FROM matches",
                             (2023, 2024))]:
        assert tuple(EVAL70.run(eval70_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["bikeworkshop", "library"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL70, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL70, tmp_path, "farmshop")), problems


def test_engine_accuracy_floor(eval70_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (170/221 turns,
    91/121 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL70, eval70_dbs, 0.74, 0.72)), short
