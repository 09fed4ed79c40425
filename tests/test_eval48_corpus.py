"""The eval48 evaluation corpus (eval48/questions.jsonl over eval48/datasets.py): a development corpus.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, data ending in 2024);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured with the commands in eval48/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL48 = corpus.Corpus("eval48", "questions.jsonl", "datasets.py")
eval48_dbs = EVAL48.dbs_fixture("eval48_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL48.cases) >= 70 and len(EVAL48.turns) >= 130 and EVAL48.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL48)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL48.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', birth_date", "- year_of_birth", "QUARTER(",
                    "MONTH(", "NOT is_planned", "> due_back", "> 0.1 * budget_gbp"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL48.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval48_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL48, eval48_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval48_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL48, eval48_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval48_dbs):
    assert not (problems := corpus.having_problems(EVAL48, eval48_dbs)), problems


def test_schemas_have_the_promised_traits(eval48_dbs):
    """Undeclared equip_id / depot_id in equiphire, declared FKs elsewhere, TIMESTAMPs, booleans, meaningful NULLs."""
    hire_schema = get_database(EVAL48.url(eval48_dbs, "equiphire")).schema().tables
    hires, equipment = hire_schema["hires"], hire_schema["equipment"]
    assert "equip_id" not in {fk.column for fk in hires.foreign_keys if not fk.inferred}, "equip_id is undeclared"
    assert "depot_id" not in {fk.column for fk in equipment.foreign_keys if not fk.inferred}
    assert hires.column("hired_at").kind == "datetime" and hires.column("damage_reported").kind == "bool"
    projects = get_database(EVAL48.url(eval48_dbs, "archpractice")).schema().tables["projects"]
    assert [fk for fk in projects.foreign_keys if not fk.inferred and fk.ref_table.lower() == "architects"]
    shifts = get_database(EVAL48.url(eval48_dbs, "eventstaff")).schema().tables["shifts"]
    assert [fk for fk in shifts.foreign_keys if not fk.inferred and fk.ref_table.lower() == "staff"]
    for name, sql in [("archpractice", "SELECT COUNT(*) - COUNT(completion_date) FROM projects"),
                      ("equiphire", "SELECT COUNT(*) - COUNT(returned_at) FROM hires"),
                      ("patents", "SELECT COUNT(*) - COUNT(grant_date) FROM applications"),
                      ("eventstaff", "SELECT COUNT(*) - COUNT(rating) FROM staff"),
                      ("facilities", "SELECT COUNT(*) - COUNT(completed_at) FROM work_orders")]:
        assert EVAL48.run(eval48_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("archpractice", "SELECT MAX(YEAR(work_date)) FROM timesheets"),
                      ("equiphire", "SELECT MAX(YEAR(hired_at)) FROM hires"),
                      ("patents", "SELECT MAX(YEAR(filing_date)) FROM applications"),
                      ("eventstaff", "SELECT MAX(YEAR(event_date)) FROM events"),
                      ("facilities", "SELECT MAX(YEAR(raised_at)) FROM work_orders")]:
        assert EVAL48.run(eval48_dbs, name, sql).iloc[0, 0] == 2024, f"{name}: data must end in 2024"


@pytest.mark.parametrize("name", ["patents", "eventstaff"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL48, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL48, tmp_path, "patents")), problems


def test_engine_accuracy_floor(eval48_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL48, eval48_dbs, 0.82, 0.8)), short
