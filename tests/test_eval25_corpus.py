"""The twenty-fifth held-out evaluation corpus (eval25/questions.jsonl over eval25/datasets.py), for the final run.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (abbreviated locksmith names, an undeclared foreign key next to declared
  ones, TIMESTAMPs, booleans, NULLs with a meaning, a date and a year of birth);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval25/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL25 = corpus.Corpus("eval25", "questions.jsonl", "datasets.py")
eval25_dbs = EVAL25.dbs_fixture("eval25_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL25.cases) >= 70 and len(EVAL25.turns) >= 130 and EVAL25.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL25)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL25.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year', birth_dt",
                    "- yr_of_birth", "NOT is_freight", "> contract_value / 2", "<> 'Central'", "MAX(", "MIN("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL25.turns) >= 5, "too few rate questions"


def test_questions_are_not_copies_of_each_other():
    """First turns are distinct questions (short follow-ups such as 'and 2025?' may recur)."""
    firsts = [corpus.plain(case["turns"][0]["q"]) for case in EVAL25.cases]
    assert len(set(firsts)) == len(firsts)


def test_every_gold_query_runs_and_returns_rows(eval25_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL25, eval25_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval25_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL25, eval25_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval25_dbs):
    assert not (problems := corpus.having_problems(EVAL25, eval25_dbs)), problems


def test_schemas_have_the_promised_traits(eval25_dbs):
    """Abbreviated jobs without a declared FK, declared FKs elsewhere, TIMESTAMPs, booleans, meaningful NULLs."""
    jobs = get_database(EVAL25.url(eval25_dbs, "locksmith")).schema().tables["jobs"]
    assert {"job_id", "tech_id", "job_ts", "svc_type", "amt", "tip_amt", "pay_mthd"} <= {c.name for c in jobs.columns}
    assert "tech_id" not in {fk.column for fk in jobs.foreign_keys if not fk.inferred}, "tech_id must stay undeclared"
    assert jobs.column("job_ts").kind == "datetime" and jobs.column("is_emergency").kind == "bool"
    calls = get_database(EVAL25.url(eval25_dbs, "elevators")).schema().tables["service_calls"]
    assert [fk for fk in calls.foreign_keys if not fk.inferred and fk.ref_table.lower() == "elevators"]
    assert calls.column("reported_at").kind == "datetime"
    treatments = get_database(EVAL25.url(eval25_dbs, "pestcontrol")).schema().tables["treatments"]
    assert [fk for fk in treatments.foreign_keys if not fk.inferred and fk.ref_table.lower() == "clients"]
    techs = get_database(EVAL25.url(eval25_dbs, "locksmith")).schema().tables["techs"]
    assert techs.column("birth_dt").kind == "date"
    for name, sql in [("elevators", "SELECT COUNT(*) - COUNT(resolved_at) FROM service_calls"),
                      ("locksmith", "SELECT COUNT(*) - COUNT(tip_amt) FROM jobs"),
                      ("inspections", "SELECT COUNT(*) - COUNT(client_rating) FROM inspections"),
                      ("roofing", "SELECT COUNT(*) - COUNT(completed_on) FROM roof_projects"),
                      ("pestcontrol", "SELECT COUNT(*) - COUNT(satisfaction) FROM treatments")]:
        assert EVAL25.run(eval25_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    years = EVAL25.run(eval25_dbs, "roofing", "SELECT MIN(YEAR(start_date)), MAX(YEAR(start_date)) FROM roof_projects")
    assert tuple(years.iloc[0]) == (2023, 2025)


@pytest.mark.parametrize("name", ["elevators", "roofing"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL25, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL25, tmp_path, "roofing")), problems
