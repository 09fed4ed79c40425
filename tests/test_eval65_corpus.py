"""The sixty-fifth development corpus (eval65/questions.jsonl over eval65/datasets.py), to improve general mechanisms.

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

EVAL65 = corpus.Corpus("eval65", "questions.jsonl", "datasets.py")

eval65_dbs = EVAL65.dbs_fixture("eval65_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL65.cases) >= 92 and len(EVAL65.turns) >= 185 and EVAL65.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL65)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL65.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birthYear",
                    "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL65.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL65.cases} == set(EVAL65.datasets.BUILDERS)
    for name in EVAL65.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL65.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval65_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL65, eval65_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval65_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL65, eval65_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval65_dbs):
    assert not (problems := corpus.having_problems(EVAL65, eval65_dbs)), problems


def test_climbinggym_visits_member_foreign_key_is_only_implied(eval65_dbs):
    """visits.member_id is NOT declared (only implied by its name); the other links are declared."""
    visits = get_database(EVAL65.url(eval65_dbs, "climbinggym")).schema().tables["visits"]
    assert "member_id" not in {fk.column for fk in visits.foreign_keys if not fk.inferred}
    ascents = get_database(EVAL65.url(eval65_dbs, "climbinggym")).schema().tables["ascents"]
    assert {"member_id", "route_id"} <= {fk.column for fk in ascents.foreign_keys if not fk.inferred}
    for name, table, ref in [("swimcentre", "sessions", "lanes"), ("swimcentre", "lessons", "swimmers"),
                             ("golf", "rounds", "tee_times"), ("golf", "tee_times", "courses"),
                             ("snowschool", "rentals", "clients"), ("snowschool", "lessons", "instructors"),
                             ("yogastudio", "bookings", "class_passes"), ("yogastudio", "classes", "teachers")]:
        fks = get_database(EVAL65.url(eval65_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval65_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("climbinggym", "ascents", "climbed_at", "datetime"), ("climbinggym", "members", "birth_date", "date"),
        ("climbinggym", "routes", "stripped_on", "date"), ("climbinggym", "visits", "shoe_hire", "bool"),
        ("swimcentre", "sessions", "startedAt", "datetime"), ("swimcentre", "swimmers", "leftOn", "date"),
        ("swimcentre", "lanes", "isOutdoor", "bool"), ("swimcentre", "swimmers", "birthYear", "number"),
        ("golf", "tee_times", "tee_off_at", "datetime"), ("golf", "rounds", "played_on", "date"),
        ("golf", "members", "has_locker", "bool"), ("snowschool", "rentals", "returned_at", "datetime"),
        ("snowschool", "lessons", "weather_cancelled", "bool"), ("snowschool", "instructors", "hired_on", "date"),
        ("yogastudio", "bookings", "cancelled_at", "datetime"), ("yogastudio", "teachers", "birth_date", "date"),
        ("yogastudio", "classes", "livestreamed", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL65.url(eval65_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval65_dbs):
    for name, sql in [("climbinggym", "SELECT COUNT(*) - COUNT(stripped_on) FROM routes"),
                      ("climbinggym", "SELECT COUNT(*) - COUNT(cancelled_on) FROM members"),
                      ("swimcentre", "SELECT COUNT(*) - COUNT(leftOn) FROM swimmers"),
                      ("golf", "SELECT COUNT(*) - COUNT(handicap_index) FROM members"),
                      ("golf", "SELECT COUNT(*) - COUNT(gross_score) FROM rounds"),
                      ("snowschool", "SELECT COUNT(*) - COUNT(returned_at) FROM rentals"),
                      ("yogastudio", "SELECT COUNT(*) - COUNT(cancelled_at) FROM bookings"),
                      ("yogastudio", "SELECT COUNT(*) - COUNT(classes_included) FROM class_passes")]:
        assert EVAL65.run(eval65_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
        ("yogastudio", "SELECT COUNT(*) FROM class_passes WHERE (classes_included IS NULL) <> "
         "(pass_type = 'monthly unlimited')", "classes_included is NULL exactly on unlimited passes"),
        ("yogastudio", "SELECT COUNT(*) FROM bookings b JOIN classes c ON c.class_id = b.class_id "
         "WHERE c.cancelled AND b.cancelled_at IS NULL", "every booking of a cancelled class is cancelled"),
        ("golf", "SELECT COUNT(*) FROM rounds WHERE (gross_score IS NULL) <> (putts IS NULL)",
         "a round with no return has neither score nor putts")]:
        assert EVAL65.run(eval65_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("climbinggym", "SELECT MIN(YEAR(climbed_at)), MAX(YEAR(climbed_at)) FROM ascents", (2023, 2024)),
            ("swimcentre", "SELECT MIN(YEAR(startedAt)), MAX(YEAR(startedAt)) FROM sessions", (2023, 2025)),
            ("golf", "SELECT MIN(YEAR(played_on)), MAX(YEAR(played_on)) FROM rounds", (2023, 2024)),
            ("snowschool", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM lessons", (2023, 2025)),
            ("yogastudio", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM classes", (2023, 2024))]:
        assert tuple(EVAL65.run(eval65_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["swimcentre", "yogastudio"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL65, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL65, tmp_path, "golf")), problems


def test_engine_accuracy_floor(eval65_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (157/221 turns,
    79/116 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL65, eval65_dbs, 0.68, 0.65)), short
