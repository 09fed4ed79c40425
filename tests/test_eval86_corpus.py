"""The eighty-sixth development corpus (eval86/questions.jsonl over eval86/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL86 = corpus.Corpus("eval86", "questions.jsonl", "datasets.py")

eval86_dbs = EVAL86.dbs_fixture("eval86_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL86.cases) >= 92 and len(EVAL86.turns) >= 185 and EVAL86.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL86)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL86.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    "- riderBirthYear", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", "DISTINCT ",
                    " IN ('"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL86.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL86.cases} == set(EVAL86.datasets.BUILDERS)
    for name in EVAL86.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL86.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval86_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL86, eval86_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval86_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL86, eval86_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval86_dbs):
    assert not (problems := corpus.having_problems(EVAL86, eval86_dbs)), problems


def test_taproom_pour_event_foreign_key_is_only_implied(eval86_dbs):
    """pours.event_id is NOT declared (only implied by its name); the other links are declared."""
    pours = get_database(EVAL86.url(eval86_dbs, "taproom")).schema().tables["pours"]
    declared = {fk.column for fk in pours.foreign_keys if not fk.inferred}
    assert "event_id" not in declared and "keg_id" in declared
    for name, table, ref in [("musicschool", "lessons", "pupils"), ("musicschool", "pupils", "teachers"),
                             ("taproom", "kegs", "beers"), ("robotics", "pick_tasks", "robots"),
                             ("museum", "tours", "guides"), ("cyclehire", "hires", "stations")]:
        fks = get_database(EVAL86.url(eval86_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval86_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("musicschool", "lessons", "lesson_at", "datetime"), ("musicschool", "teachers", "birth_date", "date"),
        ("musicschool", "lessons", "attended", "bool"), ("musicschool", "pupils", "left_on", "date"),
        ("taproom", "pours", "poured_at", "datetime"), ("taproom", "kegs", "emptied_on", "date"),
        ("taproom", "beers", "seasonal", "bool"), ("robotics", "pick_tasks", "finished_at", "datetime"),
        ("robotics", "robots", "is_active", "bool"), ("robotics", "robots", "commissioned_on", "date"),
        ("museum", "tickets", "sold_at", "datetime"), ("museum", "guides", "birth_date", "date"),
        ("museum", "tours", "school_group", "bool"), ("cyclehire", "hires", "startedAt", "datetime"),
        ("cyclehire", "bikes", "isEbike", "bool"), ("cyclehire", "bikes", "retiredDate", "date")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL86.url(eval86_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval86_dbs):
    for name, sql in [("musicschool", "SELECT COUNT(*) - COUNT(left_on) FROM pupils"),
                      ("taproom", "SELECT COUNT(*) - COUNT(emptied_on) FROM kegs"),
                      ("taproom", "SELECT COUNT(*) - COUNT(event_id) FROM pours"),
                      ("robotics", "SELECT COUNT(*) - COUNT(resolved_at) FROM faults"),
                      ("museum", "SELECT COUNT(*) - COUNT(feedback_score) FROM tours"),
                      ("museum", "SELECT COUNT(*) - COUNT(closes_on) FROM exhibitions"),
                      ("cyclehire", "SELECT COUNT(*) - COUNT(completedAt) FROM maintenanceJobs")]:
        assert EVAL86.run(eval86_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    aborted = EVAL86.run(eval86_dbs, "robotics", "SELECT COUNT(*) FROM pick_tasks WHERE (finished_at IS NULL) "
                         "<> (status = 'aborted')")
    assert aborted.iloc[0, 0] == 0, "finished_at is NULL exactly for aborted tasks"
    out = EVAL86.run(eval86_dbs, "cyclehire", "SELECT COUNT(*) FROM hires WHERE (endedAt IS NULL) "
                     "<> (endStationId IS NULL)")
    assert out.iloc[0, 0] == 0, "a hire still out has neither an end time nor an end station"
    tables = get_database(EVAL86.url(eval86_dbs, "cyclehire")).schema().tables
    assert all(tables["hires"].column(c) is not None for c in ("startStationId", "riderBirthYear")), "camelCase"
    for name, sql, span in [("musicschool", "SELECT MIN(YEAR(lesson_at)), MAX(YEAR(lesson_at)) FROM lessons",
                             (2023, 2024)),
                            ("taproom", "SELECT MIN(YEAR(poured_at)), MAX(YEAR(poured_at)) FROM pours", (2023, 2025)),
                            ("robotics", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM pick_tasks",
                             (2024, 2025)),
                            ("museum", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM tickets", (2023, 2024)),
                            ("cyclehire", "SELECT MIN(YEAR(startedAt)), MAX(YEAR(startedAt)) FROM hires",
                             (2023, 2025))]:
        assert tuple(EVAL86.run(eval86_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["taproom", "cyclehire"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL86, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL86, tmp_path, "museum")), problems


def test_engine_accuracy_floor(eval86_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (192/217 turns,
    102/116 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL86, eval86_dbs, 0.85, 0.84)), short
