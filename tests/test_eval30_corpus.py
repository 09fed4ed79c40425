"""The thirtieth held-out evaluation corpus (eval30/questions.jsonl over eval30/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, an undeclared foreign key next
  to declared ones, people with names and a date or year of birth, data over 2022-2024);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval30/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL30 = corpus.Corpus("eval30", "questions.jsonl", "datasets.py")
eval30_dbs = EVAL30.dbs_fixture("eval30_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL30.cases) >= 70 and len(EVAL30.turns) >= 130 and EVAL30.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL30)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL30.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', ", "- birth_year", "QUARTER(", "MONTH(",
                    "NOT p.refunded", "> 2 * c.goal_amount", "<> 'repaid'", "MAX(", "MIN("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL30.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval30_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL30, eval30_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval30_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL30, eval30_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval30_dbs):
    assert not (problems := corpus.having_problems(EVAL30, eval30_dbs)), problems


def test_schemas_have_the_promised_traits(eval30_dbs):
    """One undeclared key next to declared ones, TIMESTAMP and bool kinds, meaningful NULLs, 2022-2024 data."""
    loans = get_database(EVAL30.url(eval30_dbs, "microloans")).schema().tables["loans"]
    assert "brw_id" not in {fk.column for fk in loans.foreign_keys if not fk.inferred}, "brw_id must stay undeclared"
    repayments = get_database(EVAL30.url(eval30_dbs, "microloans")).schema().tables["repayments"]
    assert [fk for fk in repayments.foreign_keys if not fk.inferred and fk.ref_table.lower() == "loans"]
    pledges = get_database(EVAL30.url(eval30_dbs, "crowdfund")).schema().tables["pledges"]
    assert pledges.column("pledged_at").kind == "datetime" and pledges.column("refunded").kind == "bool"
    assert len([fk for fk in pledges.foreign_keys if not fk.inferred]) == 2
    for name, sql in [("creditunion", "SELECT COUNT(*) - COUNT(closed_on) FROM accounts"),
                      ("creditunion", "SELECT COUNT(*) - COUNT(credit_score) FROM members"),
                      ("microloans", "SELECT COUNT(*) - COUNT(repaid_on) FROM loans"),
                      ("crowdfund", "SELECT COUNT(*) - COUNT(funded_on) FROM campaigns"),
                      ("payroll", "SELECT COUNT(*) - COUNT(leaving_date) FROM employees"),
                      ("insbroker", "SELECT COUNT(*) - COUNT(settled_amount) FROM claims")]:
        assert EVAL30.run(eval30_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("creditunion", "SELECT MIN(YEAR(posted_at)), MAX(YEAR(posted_at)) FROM transactions"),
                      ("payroll", "SELECT MIN(YEAR(pay_date)), MAX(YEAR(pay_date)) FROM payslips"),
                      ("insbroker", "SELECT MIN(YEAR(start_date)), MAX(YEAR(start_date)) FROM policies")]:
        assert tuple(EVAL30.run(eval30_dbs, name, sql).iloc[0]) == (2022, 2024), name


@pytest.mark.parametrize("name", ["microloans", "insbroker"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL30, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL30, tmp_path, "crowdfund")), problems
