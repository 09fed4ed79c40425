"""The third held-out evaluation corpus (eval3/questions.jsonl over eval3/datasets.py), kept for the final measurement.

- the corpus has the promised size and mix (>= 60 conversations, >= 100 turns, >= 35 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase names, one timestamp, booleans, nulls, an undeclared foreign key);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval3/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL3 = corpus.Corpus("eval3", "questions.jsonl", "datasets.py")
eval3_dbs = EVAL3.dbs_fixture("eval3_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL3.cases) >= 60 and len(EVAL3.turns) >= 100 and EVAL3.followups >= 35
    assert not (problems := corpus.shape_problems(EVAL3)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL3.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "NOT ", " LIMIT ", "HOUR("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL3.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval3_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL3, eval3_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval3_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL3, eval3_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval3_dbs):
    assert not (problems := corpus.having_problems(EVAL3, eval3_dbs)), problems


def test_schemas_have_the_promised_traits(eval3_dbs):
    """camelCase columns, abbreviations, one timestamp, booleans, NULLs, and claims.policy_id without a declared FK."""
    factory = get_database(EVAL3.url(eval3_dbs, "factory")).schema()
    assert "productionruns" in {name.lower() for name in factory.tables}
    runs = next(t for name, t in factory.tables.items() if name.lower() == "productionruns")
    assert {"unitsProduced", "passedInspection"} <= {c.name for c in runs.columns}
    orders = get_database(EVAL3.url(eval3_dbs, "restaurants")).schema().tables["orders"]
    assert orders.column("ordered_at").kind == "datetime" and orders.column("qty") is not None
    claims = get_database(EVAL3.url(eval3_dbs, "insurance")).schema().tables["claims"]
    assert not [fk for fk in claims.foreign_keys if not fk.inferred], "claims.policy_id must not be declared"
    nulls = EVAL3.run(eval3_dbs, "bikeshare",
                      "SELECT COUNT(*) - COUNT(rating), COUNT(*) - COUNT(rider_birth_year) FROM trips")
    assert (nulls.iloc[0] > 0).all()


@pytest.mark.parametrize("name", ["insurance", "marketing"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL3, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL3, tmp_path, "bikeshare")), problems
