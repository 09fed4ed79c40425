"""The eighty-fourth held-out corpus (eval84/questions.jsonl over eval84/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval84/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL84 = corpus.Corpus("eval84", "questions.jsonl", "datasets.py")

eval84_dbs = EVAL84.dbs_fixture("eval84_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL84.cases) >= 92 and len(EVAL84.turns) >= 185 and EVAL84.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL84)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL84.turns)
    for feature in (" JOIN ", "LEFT JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL",
                    "NOT IN (", " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff('day'",
                    "date_diff('minute'", "date_sub('year'", "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(",
                    "SUM(", " <> ", "NOT ", "DISTINCT ", " IN ('"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL84.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL84.cases} == set(EVAL84.datasets.BUILDERS)
    for name in EVAL84.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL84.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval84_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL84, eval84_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval84_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL84, eval84_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval84_dbs):
    assert not (problems := corpus.having_problems(EVAL84, eval84_dbs)), problems


def test_parking_sessions_bay_foreign_key_is_only_implied(eval84_dbs):
    """parking_sessions.bay_id is NOT declared (only implied by its name); the other links are declared."""
    sessions = get_database(EVAL84.url(eval84_dbs, "parking")).schema().tables["parking_sessions"]
    assert "bay_id" not in {fk.column.lower() for fk in sessions.foreign_keys if not fk.inferred}
    for name, table, ref in [("printshop", "print_jobs", "customers"), ("printshop", "print_jobs", "paper_stock"),
                             ("printshop", "invoices", "print_jobs"), ("parking", "bays", "car_parks"),
                             ("parking", "penalty_notices", "car_parks"), ("rowing", "outings", "boats"),
                             ("rowing", "regatta_results", "rowers"), ("tutoring", "lessons", "tutors"),
                             ("tutoring", "cancellations", "lessons"), ("seedbank", "accessions", "species"),
                             ("seedbank", "germinationTests", "accessions")]:
        fks = get_database(EVAL84.url(eval84_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval84_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("printshop", "print_jobs", "ordered_at", "datetime"), ("printshop", "invoices", "paid_on", "date"),
        ("printshop", "print_jobs", "colour", "bool"), ("printshop", "paper_stock", "recycled", "bool"),
        ("parking", "parking_sessions", "entry_at", "datetime"), ("parking", "parking_sessions", "exit_at", "datetime"),
        ("parking", "penalty_notices", "appealed", "bool"), ("parking", "car_parks", "opened_on", "date"),
        ("rowing", "rowers", "birth_date", "date"), ("rowing", "outings", "started_at", "datetime"),
        ("rowing", "boats", "in_service", "bool"), ("rowing", "regatta_results", "race_date", "date"),
        ("tutoring", "tutors", "birth_date", "date"), ("tutoring", "lessons", "starts_at", "datetime"),
        ("tutoring", "tutors", "left_on", "date"), ("tutoring", "lessons", "online", "bool"),
        ("seedbank", "accessions", "collectedOn", "date"), ("seedbank", "accessions", "bankedAt", "datetime"),
        ("seedbank", "accessions", "wildCollected", "bool"), ("seedbank", "vaults", "isBackupSite", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL84.url(eval84_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval84_dbs):
    for name, sql in [("printshop", "SELECT COUNT(*) - COUNT(completed_on) FROM print_jobs"),
                      ("printshop", "SELECT COUNT(*) - COUNT(paid_on) FROM invoices"),
                      ("parking", "SELECT COUNT(*) - COUNT(exit_at) FROM parking_sessions"),
                      ("parking", "SELECT COUNT(*) - COUNT(paid_on) FROM penalty_notices"),
                      ("rowing", "SELECT COUNT(*) - COUNT(finish_place) FROM regatta_results"),
                      ("tutoring", "SELECT COUNT(*) - COUNT(left_on) FROM tutors"),
                      ("seedbank", "SELECT COUNT(*) - COUNT(depletedOn) FROM accessions")]:
        assert EVAL84.run(eval84_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("parking", "SELECT COUNT(*) FROM parking_sessions WHERE (exit_at IS NULL) <> (fee_gbp IS NULL)",
             "a session has a fee exactly when the vehicle has left"),
            ("printshop", "SELECT COUNT(*) FROM print_jobs j JOIN invoices i ON i.job_id = j.job_id "
             "WHERE j.completed_on IS NULL", "only completed jobs are invoiced"),
            ("printshop", "SELECT COUNT(*) FROM invoices WHERE (paid_on IS NULL) <> (payment_method IS NULL)",
             "an invoice has a payment method exactly when it is paid"),
            ("rowing", "SELECT COUNT(*) FROM regatta_results WHERE (finish_place IS NULL) <> "
             "(finish_time_sec IS NULL)", "a crew that did not finish has neither a place nor a time"),
            ("tutoring", "SELECT COUNT(*) FROM cancellations c JOIN lessons l ON l.lesson_id = c.lesson_id "
             "WHERE l.attended OR c.cancelled_at >= l.starts_at", "a cancelled lesson is cancelled before it starts")]:
        assert EVAL84.run(eval84_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("printshop", "SELECT MIN(YEAR(ordered_at)), MAX(YEAR(ordered_at)) FROM print_jobs", (2023, 2025)),
            ("parking", "SELECT MIN(YEAR(entry_at)), MAX(YEAR(entry_at)) FROM parking_sessions", (2023, 2024)),
            ("rowing", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM outings", (2023, 2025)),
            ("rowing", "SELECT MIN(YEAR(race_date)), MAX(YEAR(race_date)) FROM regatta_results", (2023, 2024)),
            ("tutoring", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM lessons", (2023, 2024)),
            ("seedbank", "SELECT MIN(YEAR(collectedOn)), MAX(YEAR(collectedOn)) FROM accessions", (2023, 2025))]:
        assert tuple(EVAL84.run(eval84_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["parking", "seedbank"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL84, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL84, tmp_path, "rowing")), problems
