"""Evaluation corpus 34 (eval34/questions.jsonl over eval34/datasets.py): IT helpdesk, CI/CD, hosting, email, SOC.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, data ending in 2024 or 2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured with the commands in eval34/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL34 = corpus.Corpus("eval34", "questions.jsonl", "datasets.py")
eval34_dbs = EVAL34.dbs_fixture("eval34_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL34.cases) >= 70 and len(EVAL34.turns) >= 130 and EVAL34.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL34)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL34.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "- birth_year", "QUARTER(",
                    "MONTH(", "NOT planned", "first_response_min > sla_response_min", " <> "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL34.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval34_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL34, eval34_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval34_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL34, eval34_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval34_dbs):
    assert not (problems := corpus.having_problems(EVAL34, eval34_dbs)), problems


def test_schemas_have_the_promised_traits(eval34_dbs):
    """An undeclared repo_id next to declared FKs, TIMESTAMP and BOOLEAN kinds, meaningful NULLs, year ranges."""
    runs = get_database(EVAL34.url(eval34_dbs, "cicd")).schema().tables["pipeline_runs"]
    assert "repo_id" not in {fk.column for fk in runs.foreign_keys if not fk.inferred}, "repo_id must stay undeclared"
    assert runs.column("started_at").kind == "datetime" and runs.column("is_deploy").kind == "bool"
    for name, table, ref in [("helpdesk", "tickets", "agents"), ("hosting", "servers", "customers"),
                             ("hosting", "outages", "servers"), ("emailmkt", "campaigns", "marketers"),
                             ("soc", "alerts", "analysts")]:
        fks = get_database(EVAL34.url(eval34_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{table} -> {ref} undeclared"
    for name, sql in [("helpdesk", "SELECT COUNT(*) - COUNT(resolved_at) FROM tickets"),
                      ("helpdesk", "SELECT COUNT(*) - COUNT(satisfaction) FROM tickets"),
                      ("cicd", "SELECT COUNT(*) - COUNT(duration_sec) FROM pipeline_runs"),
                      ("hosting", "SELECT COUNT(*) - COUNT(cancelled_on) FROM servers"),
                      ("emailmkt", "SELECT COUNT(*) - COUNT(revenue) FROM campaigns"),
                      ("soc", "SELECT COUNT(*) - COUNT(acknowledged_at) FROM alerts")]:
        assert EVAL34.run(eval34_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, span in [("helpdesk", "SELECT MIN(YEAR(opened_at)), MAX(YEAR(opened_at)) FROM tickets",
                             (2023, 2024)),
                            ("cicd", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM pipeline_runs",
                             (2023, 2025)),
                            ("soc", "SELECT MIN(YEAR(raised_at)), MAX(YEAR(raised_at)) FROM alerts", (2023, 2024))]:
        assert tuple(EVAL34.run(eval34_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["helpdesk", "hosting"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL34, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL34, tmp_path, "emailmkt")), problems


def test_engine_accuracy_floor(eval34_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL34, eval34_dbs, 0.85, 0.85)), short
