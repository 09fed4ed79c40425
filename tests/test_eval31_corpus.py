"""The eval31 development corpus (eval31/questions.jsonl over eval31/datasets.py): shape and gold sanity.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, a date and a year of birth,
  an undeclared foreign key next to declared ones, 2022-2024 data);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the engine is scored with the commands in eval31/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL31 = corpus.Corpus("eval31", "questions.jsonl", "datasets.py")
eval31_dbs = EVAL31.dbs_fixture("eval31_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL31.cases) >= 70 and len(EVAL31.turns) >= 130 and EVAL31.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL31)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL31.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "- b.birth_year", "- yob",
                    "QUARTER(", "MONTH(", "NOT is_", "0.9 * property_value", "<> 'cancelled'"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL31.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval31_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL31, eval31_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval31_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL31, eval31_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval31_dbs):
    assert not (problems := corpus.having_problems(EVAL31, eval31_dbs)), problems


def test_schemas_have_the_promised_traits(eval31_dbs):
    """listings.mbr_id undeclared, declared FKs elsewhere, TIMESTAMP and BOOLEAN kinds, meaningful NULLs."""
    listings = get_database(EVAL31.url(eval31_dbs, "p2p")).schema().tables["listings"]
    assert "mbr_id" not in {fk.column for fk in listings.foreign_keys if not fk.inferred}, "mbr_id must stay undeclared"
    trades = get_database(EVAL31.url(eval31_dbs, "brokerage")).schema().tables["trades"]
    assert {fk.ref_table.lower() for fk in trades.foreign_keys if not fk.inferred} == {"clients", "securities"}
    assert trades.column("trade_ts").kind == "datetime"
    txns = get_database(EVAL31.url(eval31_dbs, "cards")).schema().tables["card_txns"]
    assert txns.column("is_declined").kind == "bool"
    for name, sql in [("mortgage", "SELECT COUNT(*) - COUNT(funded_date) FROM applications"),
                      ("mortgage", "SELECT COUNT(*) - COUNT(paid_off_date) FROM applications WHERE status = 'funded'"),
                      ("p2p", "SELECT COUNT(*) - COUNT(investor_rating) FROM listings"),
                      ("remittance", "SELECT COUNT(*) - COUNT(delivered_at) FROM transfers"),
                      ("cards", "SELECT COUNT(*) - COUNT(closed_date) FROM cardholders")]:
        assert EVAL31.run(eval31_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("brokerage", "SELECT MIN(YEAR(trade_ts)), MAX(YEAR(trade_ts)) FROM trades"),
                      ("remittance", "SELECT MIN(YEAR(sent_at)), MAX(YEAR(sent_at)) FROM transfers"),
                      ("cards", "SELECT MIN(YEAR(txn_ts)), MAX(YEAR(txn_ts)) FROM card_txns")]:
        assert tuple(EVAL31.run(eval31_dbs, name, sql).iloc[0]) == (2022, 2024), name


@pytest.mark.parametrize("name", ["p2p", "cards"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL31, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL31, tmp_path, "p2p")), problems


def test_engine_accuracy_floor(eval31_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL31, eval31_dbs, 0.83, 0.81)), short
