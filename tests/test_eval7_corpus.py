"""The seventh held-out evaluation corpus (eval7/questions.jsonl over eval7/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase bids, abbreviated parcels, TIMESTAMPs, booleans, NULLs,
  an undeclared foreign key);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval7/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL7 = corpus.Corpus("eval7", "questions.jsonl", "datasets.py")
eval7_dbs = EVAL7.dbs_fixture("eval7_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL7.cases) >= 70 and len(EVAL7.turns) >= 130 and EVAL7.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL7)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL7.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "QUARTER(", "MONTH("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL7.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval7_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL7, eval7_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval7_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL7, eval7_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval7_dbs):
    assert not (problems := corpus.having_problems(EVAL7, eval7_dbs)), problems


def test_schemas_have_the_promised_traits(eval7_dbs):
    """camelCase bids, abbreviated parcels with a declared FK, TIMESTAMPs, and bookings.member_id without one."""
    bids = get_database(EVAL7.url(eval7_dbs, "auctions")).schema().table("bids")
    assert {"bidId", "itemId", "bidderName", "bidAmount", "placedAt"} <= {c.name for c in bids.columns}
    assert bids.column("placedAt").kind == "datetime"
    parcels = get_database(EVAL7.url(eval7_dbs, "courier")).schema().tables["parcels"]
    assert {"pcl_id", "wt_kg", "svc_lvl", "fee_amt", "signed"} <= {c.name for c in parcels.columns}
    assert [fk for fk in parcels.foreign_keys if not fk.inferred and fk.ref_table.lower() == "couriers"]
    bookings = get_database(EVAL7.url(eval7_dbs, "coworking")).schema().tables["bookings"]
    assert bookings.column("start_ts").kind == "datetime" and bookings.column("cancelled").kind == "bool"
    declared = {fk.column for fk in bookings.foreign_keys if not fk.inferred}
    assert "member_id" not in declared, "bookings.member_id must not be a declared foreign key"
    nulls = EVAL7.run(eval7_dbs, "workouts", "SELECT COUNT(*) - COUNT(avg_heart_rate) FROM activities")
    assert nulls.iloc[0, 0] > 0
    nulls = EVAL7.run(eval7_dbs, "museum", "SELECT COUNT(*) - COUNT(exhibition_id) FROM visits")
    assert nulls.iloc[0, 0] > 0


@pytest.mark.parametrize("name", ["coworking", "auctions"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL7, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL7, tmp_path, "museum")), problems
