"""The seventeenth held-out corpus (eval17/questions.jsonl over eval17/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase daycare, abbreviated toy store names, TIMESTAMPs, booleans,
  NULLs with a meaning, an undeclared foreign key next to declared ones);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval17/README.md.
"""
from __future__ import annotations

import json

import pytest

from db.engines import get_database
from tests import corpus

EVAL17 = corpus.Corpus("eval17", "questions.jsonl", "datasets.py")
eval17_dbs = EVAL17.dbs_fixture("eval17_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL17.cases) >= 70 and len(EVAL17.turns) >= 130 and EVAL17.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL17)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL17.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year'", "- birth_year", "QUARTER(", "MONTH(",
                    "NOT is_cancelled", "amt < unit_prc", " ASC LIMIT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL17.turns) >= 5, "too few rate questions"


def test_no_question_copies_the_dev_set():
    """Questions longer than three words are not the shared dev set's wording."""
    dev = corpus.ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not dev.exists():
        pytest.skip("shared dev set not present")
    seen = {corpus.plain(t["q"]) for line in dev.read_text().splitlines() if line.strip()
            for t in json.loads(line)["turns"]}
    assert not [t["q"] for _, _, t in EVAL17.turns if corpus.plain(t["q"]) in seen and len(t["q"].split()) > 3]


def test_every_gold_query_runs_and_returns_rows(eval17_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL17, eval17_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval17_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL17, eval17_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval17_dbs):
    assert not (problems := corpus.having_problems(EVAL17, eval17_dbs)), problems


def test_schemas_have_the_promised_traits(eval17_dbs):
    """camelCase visits (declared FK), abbreviated sales without a declared FK, declared FKs in cruise and yoga."""
    visits = get_database(EVAL17.url(eval17_dbs, "daycare")).schema().tables["visits"]
    assert {"visitId", "dogId", "checkedInAt", "pickedUpAt", "priceCharged", "groomingAddOn", "staffRating"} <= {
        c.name for c in visits.columns}
    assert visits.column("checkedInAt").kind == "datetime" and visits.column("groomingAddOn").kind == "bool"
    assert [fk for fk in visits.foreign_keys if not fk.inferred and fk.ref_table.lower() == "dogs"]
    sales = get_database(EVAL17.url(eval17_dbs, "toystore")).schema().tables["sales"]
    assert {"txn_id", "str_id", "txn_ts", "prod_nm", "cat", "qty", "unit_prc", "disc_amt", "amt", "pay_mthd"} <= {
        c.name for c in sales.columns}
    assert "str_id" not in {fk.column for fk in sales.foreign_keys if not fk.inferred}, "str_id must stay undeclared"
    bookings = get_database(EVAL17.url(eval17_dbs, "cruise")).schema().tables["bookings"]
    assert {fk.ref_table.lower() for fk in bookings.foreign_keys if not fk.inferred} == {"voyages", "passengers"}
    attendance = get_database(EVAL17.url(eval17_dbs, "yoga")).schema().tables["attendance"]
    assert {fk.ref_table.lower() for fk in attendance.foreign_keys if not fk.inferred} == {"classes", "members"}
    for name, sql in [("cruise", "SELECT COUNT(*) - COUNT(review_score) FROM bookings"),
                      ("daycare", 'SELECT COUNT(*) - COUNT("pickedUpAt") FROM visits'),
                      ("winery", "SELECT COUNT(*) - COUNT(bottled_on) FROM wine_lots"),
                      ("yoga", "SELECT COUNT(*) - COUNT(cancelled_on) FROM members"),
                      ("toystore", "SELECT COUNT(*) - COUNT(loyalty_no) FROM sales")]:
        assert EVAL17.run(eval17_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    years = EVAL17.run(eval17_dbs, "toystore", "SELECT MIN(YEAR(txn_ts)), MAX(YEAR(txn_ts)) FROM sales")
    assert tuple(years.iloc[0]) == (2023, 2024)


@pytest.mark.parametrize("name", ["cruise", "daycare"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL17, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL17, tmp_path, "winery")), problems
