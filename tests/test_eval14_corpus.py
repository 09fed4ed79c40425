"""The fourteenth held-out evaluation corpus (eval14/questions.jsonl over eval14/datasets.py), for the final test.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (a camelCase schema, an abbreviated one whose links are not declared,
  one wide table, declared foreign keys elsewhere, TIMESTAMPs, booleans, NULLs with a meaning);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval14/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL14 = corpus.Corpus("eval14", "questions.jsonl", "datasets.py")
eval14_dbs = EVAL14.dbs_fixture("eval14_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL14.cases) >= 70 and len(EVAL14.turns) >= 130 and EVAL14.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL14)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL14.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    '- "birthYear"', "< s.base_price", "<> "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL14.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL14.cases} == set(EVAL14.datasets.BUILDERS)


def test_every_gold_query_runs_and_returns_rows(eval14_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL14, eval14_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval14_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL14, eval14_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval14_dbs):
    assert not (problems := corpus.having_problems(EVAL14, eval14_dbs)), problems


def _columns(dbs, name: str, table: str) -> dict:
    """Column name -> Column of `table` in database `name`, as the project's introspection sees it."""
    return {c.name: c for c in get_database(EVAL14.url(dbs, name)).schema().tables[table].columns}


def _declared_refs(dbs, name: str, table: str) -> set[str]:
    """The lower-case tables that `table` references through a DECLARED foreign key."""
    tables = get_database(EVAL14.url(dbs, name)).schema().tables
    return {fk.ref_table.lower() for fk in tables[table].foreign_keys if not fk.inferred}


def test_schemas_have_the_promised_traits(eval14_dbs):
    """camelCase app tables, abbreviated law firm tables without declared links, one wide table, typed columns."""
    sessions = _columns(eval14_dbs, "appmetrics", "appSessions")
    assert {"sessionId", "userId", "startedAt", "durationSec", "hadCrash"} <= set(sessions)
    assert sessions["startedAt"].kind == "datetime" and sessions["hadCrash"].kind == "bool"
    assert _declared_refs(eval14_dbs, "appmetrics", "appSessions") == {"appusers"}
    entries = _columns(eval14_dbs, "lawfirm", "tm_entry")
    assert {"mtr_id", "tkpr_id", "wrk_dt", "hrs", "amt", "billable_flg"} <= set(entries)
    for table in ("mtr", "tm_entry", "inv"):
        assert not _declared_refs(eval14_dbs, "lawfirm", table), f"lawfirm.{table} must keep its links undeclared"
    assert _declared_refs(eval14_dbs, "venue", "ticket_sales") == {"shows"}
    assert _declared_refs(eval14_dbs, "drivingschool", "lessons") == {"learners", "instructors"}
    animals = _columns(eval14_dbs, "shelter", "animals")
    assert len(animals) >= 15 and animals["is_neutered"].kind == "bool" and animals["intake_date"].kind == "date"
    assert _columns(eval14_dbs, "lawfirm", "tkpr")["dob"].kind == "date"
    for name, sql in [("venue", "SELECT COUNT(*) - COUNT(scanned_at) FROM ticket_sales"),
                      ("appmetrics", 'SELECT COUNT(*) - COUNT("birthYear") FROM appUsers'),
                      ("lawfirm", "SELECT COUNT(*) - COUNT(close_dt) FROM mtr"),
                      ("shelter", "SELECT COUNT(*) - COUNT(outcome_date) FROM animals"),
                      ("drivingschool", "SELECT COUNT(*) - COUNT(left_date) FROM instructors")]:
        assert EVAL14.run(eval14_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    years = EVAL14.run(eval14_dbs, "drivingschool", "SELECT MIN(YEAR(start_time)), MAX(YEAR(start_time)) FROM lessons")
    assert tuple(years.iloc[0]) == (2023, 2025)


@pytest.mark.parametrize("name", ["lawfirm", "shelter"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL14, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL14, tmp_path, "shelter")), problems
