"""The ninth held-out evaluation corpus (eval9/questions.jsonl over eval9/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase podcasts, abbreviated vending names, TIMESTAMPs, booleans,
  NULLs with a meaning, an undeclared foreign key next to declared ones);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval9/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL9 = corpus.Corpus("eval9", "questions.jsonl", "datasets.py")
eval9_dbs = EVAL9.dbs_fixture("eval9_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL9.cases) >= 70 and len(EVAL9.turns) >= 130 and EVAL9.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL9)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL9.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "- birth_year", "QUARTER(",
                    "MONTH(", "NOT is_actv", " < c.fee"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL9.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval9_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL9, eval9_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval9_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL9, eval9_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval9_dbs):
    assert not (problems := corpus.having_problems(EVAL9, eval9_dbs)), problems


def test_schemas_have_the_promised_traits(eval9_dbs):
    """camelCase episodes, abbreviated vend_txns without a declared FK, declared FKs in marina, meaningful NULLs."""
    episodes = get_database(EVAL9.url(eval9_dbs, "podcasts")).schema().tables["episodes"]
    assert {"episodeId", "showId", "publishedAt", "durationMinutes", "avgRating", "hasSponsor"} <= {
        c.name for c in episodes.columns}
    assert episodes.column("publishedAt").kind == "datetime" and episodes.column("hasSponsor").kind == "bool"
    assert [fk for fk in episodes.foreign_keys if not fk.inferred and fk.ref_table.lower() == "shows"]
    txns = get_database(EVAL9.url(eval9_dbs, "vending")).schema().tables["vend_txns"]
    assert {"txn_id", "mach_id", "txn_ts", "prod_nm", "qty", "unit_prc", "amt", "pay_mthd"} <= {
        c.name for c in txns.columns}
    assert "mach_id" not in {fk.column for fk in txns.foreign_keys if not fk.inferred}, "mach_id must stay undeclared"
    rentals = get_database(EVAL9.url(eval9_dbs, "marina")).schema().tables["berth_rentals"]
    assert [fk for fk in rentals.foreign_keys if not fk.inferred and fk.ref_table.lower() == "boats"]
    for name, sql in [("marina", "SELECT COUNT(*) - COUNT(end_date) FROM berth_rentals"),
                      ("langschool", "SELECT COUNT(*) - COUNT(final_score) FROM enrollments"),
                      ("bloodbank", "SELECT COUNT(*) - COUNT(issued_date) FROM donations"),
                      ("podcasts", "SELECT COUNT(*) - COUNT(avgRating) FROM episodes")]:
        assert EVAL9.run(eval9_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    years = EVAL9.run(eval9_dbs, "bloodbank", "SELECT MIN(YEAR(donation_date)), MAX(YEAR(donation_date)) "
                      "FROM donations")
    assert tuple(years.iloc[0]) == (2022, 2024)


@pytest.mark.parametrize("name", ["marina", "bloodbank"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL9, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL9, tmp_path, "marina")), problems
