"""The sixty-seventh development corpus (eval67/questions.jsonl over eval67/datasets.py), to improve general mechanisms.

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

EVAL67 = corpus.Corpus("eval67", "questions.jsonl", "datasets.py")

eval67_dbs = EVAL67.dbs_fixture("eval67_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL67.cases) >= 92 and len(EVAL67.turns) >= 185 and EVAL67.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL67)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL67.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birthYear",
                    "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL67.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL67.cases} == set(EVAL67.datasets.BUILDERS)
    for name in EVAL67.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL67.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval67_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL67, eval67_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval67_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL67, eval67_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval67_dbs):
    assert not (problems := corpus.having_problems(EVAL67, eval67_dbs)), problems


def test_allotments_harvest_plot_foreign_key_is_only_implied(eval67_dbs):
    """harvest_logs.plot_id is NOT declared (only implied by its name); the other links are declared."""
    logs = get_database(EVAL67.url(eval67_dbs, "allotments")).schema().tables["harvest_logs"]
    declared = {fk.column for fk in logs.foreign_keys if not fk.inferred}
    assert "plot_id" not in declared and "tenant_id" in declared
    for name, table, ref in [("languageschool", "enrolments", "students"), ("nursery", "attendance", "children"),
                             ("tutoring", "sessions", "tutors"), ("communitycentre", "bookings", "rooms"),
                             ("allotments", "tenants", "plots")]:
        fks = get_database(EVAL67.url(eval67_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval67_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("languageschool", "exam_results", "exam_taken_at", "datetime"),
        ("languageschool", "students", "birth_date", "date"), ("languageschool", "enrolments", "paid_in_full", "bool"),
        ("nursery", "attendance", "checked_in_at", "datetime"), ("nursery", "children", "left_on", "date"),
        ("nursery", "children", "funded_hours", "bool"), ("tutoring", "sessions", "startsAt", "datetime"),
        ("tutoring", "pupils", "birthDate", "date"), ("tutoring", "payments", "refunded", "bool"),
        ("allotments", "harvest_logs", "logged_at", "datetime"), ("allotments", "tenants", "tenancy_end", "date"),
        ("allotments", "plots", "has_shed", "bool"), ("communitycentre", "bookings", "starts_at", "datetime"),
        ("communitycentre", "volunteers", "birth_date", "date")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL67.url(eval67_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval67_dbs):
    for name, sql in [("languageschool", "SELECT COUNT(*) - COUNT(withdrawn_on) FROM enrolments"),
                      ("nursery", "SELECT COUNT(*) - COUNT(left_on) FROM children"),
                      ("nursery", "SELECT COUNT(*) - COUNT(paid_on) FROM invoices"),
                      ("allotments", "SELECT COUNT(*) - COUNT(tenancy_end) FROM tenants"),
                      ("allotments", "SELECT COUNT(*) - COUNT(offered_on) FROM waiting_list"),
                      ("communitycentre", "SELECT COUNT(*) - COUNT(cancelled_on) FROM bookings"),
                      ("communitycentre", "SELECT COUNT(*) - COUNT(event_id) FROM volunteer_hours")]:
        assert EVAL67.run(eval67_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    absent = EVAL67.run(eval67_dbs, "nursery", "SELECT COUNT(*) FROM attendance WHERE (checked_in_at IS NULL) "
                        "<> absent")
    assert absent.iloc[0, 0] == 0, "checked_in_at is NULL exactly when the child was absent"
    offered = EVAL67.run(eval67_dbs, "allotments", "SELECT COUNT(*) FROM waiting_list WHERE (offered_on IS NULL) "
                         "<> (status IN ('waiting', 'withdrawn'))")
    assert offered.iloc[0, 0] == 0, "offered_on is NULL exactly for people never offered a plot"
    for name, sql, span in [("languageschool", "SELECT MIN(YEAR(enrolled_on)), MAX(YEAR(enrolled_on)) FROM enrolments",
                             (2023, 2024)),
                            ("nursery", "SELECT MIN(YEAR(session_date)), MAX(YEAR(session_date)) FROM attendance",
                             (2023, 2025)),
                            ("tutoring", "SELECT MIN(YEAR(startsAt)), MAX(YEAR(startsAt)) FROM sessions", (2023, 2025)),
                            ("allotments", "SELECT MIN(YEAR(logged_at)), MAX(YEAR(logged_at)) FROM harvest_logs",
                             (2023, 2024)),
                            ("communitycentre", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM bookings",
                             (2023, 2024))]:
        assert tuple(EVAL67.run(eval67_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["nursery", "allotments"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL67, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL67, tmp_path, "communitycentre")), problems


def test_engine_accuracy_floor(eval67_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (176/270 turns,
    100/159 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL67, eval67_dbs, 0.62, 0.60)), short
