"""The eval32 development corpus (eval32/questions.jsonl over eval32/datasets.py).

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, an undeclared foreign key
  next to declared ones, a birth date and a year of birth, 2023-2024 data);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the corpus is read for its failures, see eval32/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL32 = corpus.Corpus("eval32", "questions.jsonl", "datasets.py")
eval32_dbs = EVAL32.dbs_fixture("eval32_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL32.cases) >= 70 and len(EVAL32.turns) >= 130 and EVAL32.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL32)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL32.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', birth_date", "- year_of_birth", "QUARTER(",
                    "MONTH(", "NOT has_drip", "< s.stud_fee", "sale_price < list_price"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL32.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval32_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL32, eval32_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval32_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL32, eval32_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval32_dbs):
    assert not (problems := corpus.having_problems(EVAL32, eval32_dbs)), problems


def test_schemas_have_the_promised_traits(eval32_dbs):
    """Undeclared orders.customer_id next to a declared product FK, TIMESTAMPs, booleans, meaningful NULLs."""
    orders = get_database(EVAL32.url(eval32_dbs, "seeds")).schema().tables["orders"]
    declared = {fk.column for fk in orders.foreign_keys if not fk.inferred}
    assert "product_id" in declared and "customer_id" not in declared, "customer_id must stay undeclared"
    assert orders.column("ordered_at").kind == "datetime"
    sales = get_database(EVAL32.url(eval32_dbs, "tractors")).schema().tables["sales"]
    assert sales.column("sold_at").kind == "datetime" and sales.column("financed").kind == "bool"
    coverings = get_database(EVAL32.url(eval32_dbs, "stud")).schema().tables["coverings"]
    assert {fk.column for fk in coverings.foreign_keys if not fk.inferred} >= {"mare_id", "stallion_id"}
    for name, sql in [("poultry", "SELECT COUNT(*) - COUNT(left_on) FROM workers"),
                      ("seeds", "SELECT COUNT(*) - COUNT(delivered_on) FROM orders"),
                      ("irrigation", "SELECT COUNT(*) - COUNT(delivered_at) FROM water_orders"),
                      ("stud", "SELECT COUNT(*) - COUNT(foaling_date) FROM coverings"),
                      ("tractors", "SELECT COUNT(*) - COUNT(trade_in_value) FROM sales")]:
        assert EVAL32.run(eval32_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    years = EVAL32.run(eval32_dbs, "tractors", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM sales")
    assert tuple(years.iloc[0]) == (2023, 2024)


@pytest.mark.parametrize("name", ["poultry", "seeds"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL32, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL32, tmp_path, "stud")), problems


def test_engine_accuracy_floor(eval32_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL32, eval32_dbs, 0.8, 0.8)), short
