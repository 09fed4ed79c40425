"""The held-out evaluation corpus (eval/heldout.jsonl over eval/heldout_datasets.py) and the engine's floor on it.

- every gold query runs through the project's execute path (guard + executor) and returns rows;
- the corpus has the promised size and mix, top-N golds have no tie at the cut, HAVING golds keep a strict subset;
- the datasets are deterministic;
- the project's evaluator scores the pipeline on the corpus: turn accuracy >= 0.80, follow-ups >= 0.75 (a
  regression floor, not a target: the corpus is never tuned toward the engine).
"""
from __future__ import annotations

import pytest

from tests import corpus

HELDOUT = corpus.Corpus("eval", "heldout.jsonl", "heldout_datasets.py")
TURN_FLOOR = 0.80
FOLLOWUP_FLOOR = 0.75
heldout_dbs = HELDOUT.dbs_fixture("heldout_dbs")


def test_corpus_size_and_mix():
    assert len(HELDOUT.cases) >= 80 and len(HELDOUT.turns) >= 130 and HELDOUT.followups >= 45
    assert not (problems := corpus.shape_problems(HELDOUT)), problems


def test_every_gold_query_runs_and_returns_rows(heldout_dbs):
    assert not (bad := corpus.gold_queries_without_rows(HELDOUT, heldout_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(heldout_dbs):
    """`ORDER BY 2 DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    _, ties = corpus.top_n_ties(HELDOUT, heldout_dbs)
    assert not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(heldout_dbs):
    assert not (problems := corpus.having_problems(HELDOUT, heldout_dbs)), problems


def test_datasets_are_deterministic_and_built_once(tmp_path):
    first, second = corpus.build_twice(HELDOUT, "logistics", tmp_path)
    shipments = "SELECT * FROM shipments ORDER BY shipment_id"
    assert corpus.fingerprint(first, shipments) == corpus.fingerprint(second, shipments)
    assert not (problems := corpus.build_all_problems(HELDOUT, tmp_path, "logistics", source=first)), problems


@pytest.mark.slow
def test_engine_accuracy_floor_on_heldout_corpus(heldout_dbs):
    assert not (short := corpus.below_floor(HELDOUT, heldout_dbs, TURN_FLOOR, FOLLOWUP_FLOOR)), short
