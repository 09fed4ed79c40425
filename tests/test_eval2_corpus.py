"""The second held-out evaluation corpus (eval2/questions.jsonl over eval2/datasets.py).

- the corpus has the promised size and mix (>= 70 conversations, >= 120 turns, >= 40 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured with `python -m agents eval` (see eval2/README.md).
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL2 = corpus.Corpus("eval2", "questions.jsonl", "datasets.py")
eval2_dbs = EVAL2.dbs_fixture("eval2_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL2.cases) >= 70 and len(EVAL2.turns) >= 120 and EVAL2.followups >= 40
    assert not (problems := corpus.shape_problems(EVAL2)), problems


def test_every_gold_query_runs_and_returns_rows(eval2_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL2, eval2_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval2_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    _, ties = corpus.top_n_ties(EVAL2, eval2_dbs)
    assert not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval2_dbs):
    assert not (problems := corpus.having_problems(EVAL2, eval2_dbs)), problems


@pytest.mark.parametrize("name", ["school", "realestate"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL2, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL2, tmp_path, "realestate")), problems
