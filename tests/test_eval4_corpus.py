"""The fourth evaluation corpus (eval4/questions.jsonl over eval4/datasets.py), used to develop general mechanisms.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase, abbreviations, timestamps, booleans, nulls, an undeclared FK);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
- a regression floor for the engine (turns >= 0.85, follow-ups >= 0.83): the engine's general mechanisms were
  developed against this corpus, so the floor guards them; the honest figures come from eval3/, eval5/, eval7/, eval9/.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL4 = corpus.Corpus("eval4", "questions.jsonl", "datasets.py")
eval4_dbs = EVAL4.dbs_fixture("eval4_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL4.cases) >= 70 and len(EVAL4.turns) >= 130 and EVAL4.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL4)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL4.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    "NOT ", " LIMIT ", "HOUR(", "QUARTER(", "MONTH(", "DATE_DIFF(", "MAX(", "MIN("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL4.turns) >= 8, "too few rate questions"
    per_db = {name: sum(case["db"] == name for case in EVAL4.cases) for name in EVAL4.datasets.BUILDERS}
    assert min(per_db.values()) >= 12, per_db


def test_every_gold_query_runs_and_returns_rows(eval4_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL4, eval4_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval4_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL4, eval4_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval4_dbs):
    assert not (problems := corpus.having_problems(EVAL4, eval4_dbs)), problems


def test_schemas_have_the_promised_traits(eval4_dbs):
    """camelCase (telecom, reorderPoints), abbreviations (inventory), timestamps, booleans, NULLs, FKs."""
    telecom = get_database(EVAL4.url(eval4_dbs, "telecom")).schema()
    calls = telecom.table("calls")
    assert {"startedAt", "durationSec", "isInternational"} <= {c.name for c in calls.columns}
    assert calls.column("startedAt").kind == "datetime" and calls.column("dropped").kind == "bool"
    inventory = get_database(EVAL4.url(eval4_dbs, "inventory")).schema()
    assert "reorderPoints" in inventory.tables
    assert {"wh_id", "prod_id", "qty"} <= {c.name for c in inventory.table("stock_movements").columns}
    rides = get_database(EVAL4.url(eval4_dbs, "rides")).schema().table("rides")
    assert rides.column("requested_at").kind == "datetime"
    assert [fk.ref_table for fk in rides.foreign_keys if not fk.inferred] == ["drivers"]
    donations = get_database(EVAL4.url(eval4_dbs, "charity")).schema().table("donations")
    declared = {fk.column for fk in donations.foreign_keys if not fk.inferred}
    assert "donor_id" not in declared and "appeal_id" in declared
    nulls = EVAL4.run(eval4_dbs, "rides", "SELECT COUNT(*) - COUNT(tip), COUNT(*) - COUNT(fare) FROM rides")
    assert (nulls.iloc[0] > 0).all()
    nulls = EVAL4.run(eval4_dbs, "gym", "SELECT COUNT(*) - COUNT(date_of_birth), COUNT(*) - COUNT(cancelled_on) "
                                        "FROM members")
    assert (nulls.iloc[0] > 0).all()
    last = EVAL4.run(eval4_dbs, "charity", "SELECT MAX(donated_on) FROM donations").iloc[0, 0]
    assert str(last)[:10] == "2024-12-31"


@pytest.mark.parametrize("name", ["gym", "charity"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL4, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path, eval4_dbs):
    source = eval4_dbs / "inventory.duckdb"
    assert not (problems := corpus.build_all_problems(EVAL4, tmp_path, "inventory", source=source)), problems


def test_engine_accuracy_floor(eval4_dbs):
    """A regression floor, not a target (see the module docstring)."""
    assert not (short := corpus.below_floor(EVAL4, eval4_dbs, 0.85, 0.83)), short
