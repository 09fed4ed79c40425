"""The eval28 development corpus (eval28/questions.jsonl over eval28/datasets.py).

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, a date and a year of birth, data ending in 2024 or 2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured with the commands in eval28/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL28 = corpus.Corpus("eval28", "questions.jsonl", "datasets.py")
eval28_dbs = EVAL28.dbs_fixture("eval28_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL28.cases) >= 70 and len(EVAL28.turns) >= 130 and EVAL28.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL28)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL28.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", " NOT IN (",
                    " LIMIT ", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year', date_of_birth",
                    "- birth_year", "NOT e.refunded", "<>", "DAYNAME(", "HOUR("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL28.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval28_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL28, eval28_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval28_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL28, eval28_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval28_dbs):
    assert not (problems := corpus.having_problems(EVAL28, eval28_dbs)), problems


def test_schemas_have_the_promised_traits(eval28_dbs):
    """Undeclared loans.cust_id, declared FKs elsewhere, TIMESTAMP and bool kinds, meaningful NULLs, year ranges."""
    loans = get_database(EVAL28.url(eval28_dbs, "pawnshop")).schema().tables["loans"]
    assert "cust_id" not in {fk.column for fk in loans.foreign_keys if not fk.inferred}, "cust_id must stay undeclared"
    assert loans.column("was_extended").kind == "bool"
    items = get_database(EVAL28.url(eval28_dbs, "furniture")).schema().tables["order_items"]
    assert {fk.ref_table.lower() for fk in items.foreign_keys if not fk.inferred} == {"orders", "products"}
    enrollments = get_database(EVAL28.url(eval28_dbs, "coursehub")).schema().tables["enrollments"]
    assert enrollments.column("enrolled_at").kind == "datetime" and enrollments.column("refunded").kind == "bool"
    for name, sql in [("furniture", "SELECT COUNT(*) - COUNT(delivered_on) FROM orders"),
                      ("pawnshop", "SELECT COUNT(*) - COUNT(redeemed_on) FROM loans"),
                      ("coursehub", "SELECT COUNT(*) - COUNT(rating) FROM enrollments"),
                      ("roastery", "SELECT COUNT(*) - COUNT(cupping_score) FROM roast_batches"),
                      ("ebikes", "SELECT COUNT(*) - COUNT(finished_at) FROM repairs")]:
        assert EVAL28.run(eval28_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, span in [("furniture", "SELECT MIN(YEAR(order_ts)), MAX(YEAR(order_ts)) FROM orders", (2022, 2024)),
                            ("coursehub", "SELECT MIN(YEAR(enrolled_at)), MAX(YEAR(enrolled_at)) FROM enrollments",
                             (2023, 2025)),
                            ("ebikes", "SELECT MIN(YEAR(sold_on)), MAX(YEAR(sold_on)) FROM sales", (2023, 2024))]:
        assert tuple(EVAL28.run(eval28_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["pawnshop", "coursehub"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL28, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL28, tmp_path, "roastery")), problems


def test_engine_accuracy_floor(eval28_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL28, eval28_dbs, 0.73, 0.72)), short
