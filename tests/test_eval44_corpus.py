"""The eval44 held-out corpus (eval44/questions.jsonl over eval44/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (declared FKs, one undeclared FK, TIMESTAMPs, booleans, NULLs with a
  meaning, a birth date and a year of birth, data ending in 2024);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval44/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL44 = corpus.Corpus("eval44", "questions.jsonl", "datasets.py")
eval44_dbs = EVAL44.dbs_fixture("eval44_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL44.cases) >= 70 and len(EVAL44.turns) >= 130 and EVAL44.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL44)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL44.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "MAX(", "MIN(", "IS NULL", "IS NOT NULL",
                    "NOT IN (", " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(",
                    "date_sub('year', birth_date", "- year_of_birth", "bill_rate - pay_rate", "< c.list_price",
                    "> due_date", "NOT reimbursed", "<> "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL44.turns) >= 8, "too few rate questions"
    assert len({case["db"] for case in EVAL44.cases}) == 5


def test_every_gold_query_runs_and_returns_rows(eval44_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL44, eval44_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval44_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL44, eval44_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_name_ordered_golds_have_no_tie_at_the_cut(eval44_dbs):
    """Golds that rank people by a column (`ORDER BY birth_date LIMIT n`) are well defined too."""
    checked = 0
    for case, i, turn in EVAL44.turns:
        sql = turn["sql"]
        if " ORDER BY birth_date LIMIT " not in sql:
            continue
        head, n = sql.rsplit(" LIMIT ", 1)
        ranked = EVAL44.run(eval44_dbs, case["db"], head.replace("SELECT first_name, last_name",
                                                                 "SELECT birth_date", 1))
        assert len(ranked) > int(n) and ranked.iloc[int(n) - 1, 0] != ranked.iloc[int(n), 0], f"{case['id']}#{i}"
        checked += 1
    assert checked >= 2


def test_having_golds_keep_a_strict_subset(eval44_dbs):
    assert not (problems := corpus.having_problems(EVAL44, eval44_dbs)), problems


def test_schemas_have_the_promised_traits(eval44_dbs):
    """Declared FKs in staffing, the undeclared translator reference, TIMESTAMPs, booleans, meaningful NULLs."""
    staffing = get_database(EVAL44.url(eval44_dbs, "staffing")).schema()
    assignments = staffing.tables["assignments"]
    declared = {fk.ref_table.lower() for fk in assignments.foreign_keys if not fk.inferred}
    assert {"workers", "clients"} <= declared
    assert staffing.tables["workers"].column("birth_date").kind == "date"
    assert assignments.column("ended_early").kind == "bool"
    jobs = get_database(EVAL44.url(eval44_dbs, "translation")).schema().tables["jobs"]
    assert "translator_id" not in {fk.column for fk in jobs.foreign_keys if not fk.inferred}, \
        "translator_id must stay undeclared"
    assert jobs.column("ordered_at").kind == "datetime" and jobs.column("is_rush").kind == "bool"
    contracts = get_database(EVAL44.url(eval44_dbs, "freelance")).schema().tables["contracts"]
    assert [fk for fk in contracts.foreign_keys if not fk.inferred and fk.ref_table.lower() == "freelancers"]
    for name, sql in [("staffing", "SELECT COUNT(*) - COUNT(end_date) FROM assignments"),
                      ("staffing", "SELECT COUNT(*) - COUNT(client_rating) FROM assignments"),
                      ("translation", "SELECT COUNT(*) - COUNT(delivered_at) FROM jobs"),
                      ("freelance", "SELECT COUNT(*) - COUNT(completed_on) FROM contracts"),
                      ("training", "SELECT COUNT(*) - COUNT(feedback_score) FROM enrolments"),
                      ("relocation", "SELECT COUNT(*) - COUNT(move_date) FROM relocations")]:
        assert EVAL44.run(eval44_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql in [("staffing", "SELECT MAX(YEAR(start_date)) FROM assignments"),
                      ("translation", "SELECT MAX(YEAR(ordered_at)) FROM jobs"),
                      ("freelance", "SELECT MAX(YEAR(started_on)) FROM contracts"),
                      ("training", "SELECT MAX(YEAR(start_date)) FROM sessions"),
                      ("relocation", "SELECT MAX(YEAR(expense_date)) FROM expenses")]:
        assert EVAL44.run(eval44_dbs, name, sql).iloc[0, 0] == 2024, f"{name}: data must end in 2024"


@pytest.mark.parametrize("name", ["staffing", "freelance"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL44, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL44, tmp_path, "training")), problems
