"""The eighteenth evaluation corpus (eval18/questions.jsonl over eval18/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase evcharge, abbreviated laundry names, TIMESTAMPs, booleans,
  NULLs with a meaning, an undeclared foreign key next to declared ones, 2-3 years of data ending in 2024);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor for the engine (test_engine_accuracy_floor, a few points under the figure the engine reached
when its authors read this corpus's failures); the figure itself comes from the commands in eval18/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL18 = corpus.Corpus("eval18", "questions.jsonl", "datasets.py")
eval18_dbs = EVAL18.dbs_fixture("eval18_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL18.cases) >= 70 and len(EVAL18.turns) >= 130 and EVAL18.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL18)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL18.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "- birthYear", "QUARTER(",
                    "MONTH(", "DATE_TRUNC('month'", "NOT fee_paid", "NOT deposit_paid"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL18.turns) >= 5, "too few rate questions"
    assert {c["db"] for c in EVAL18.cases} == {"tennis", "evcharge", "laundry", "weddings", "market"}


def test_every_gold_query_runs_and_returns_rows(eval18_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL18, eval18_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval18_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL18, eval18_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval18_dbs):
    assert not (problems := corpus.having_problems(EVAL18, eval18_dbs)), problems


def test_schemas_have_the_promised_traits(eval18_dbs):
    """camelCase sessions, abbreviated wash_txns without a declared FK, declared FKs elsewhere, meaningful NULLs."""
    sessions = get_database(EVAL18.url(eval18_dbs, "evcharge")).schema().tables["chargingSessions"]
    assert {"sessionId", "stationId", "driverId", "startedAt", "endedAt", "energyKwh", "costEur", "isFastCharge",
            "userRating"} <= {c.name for c in sessions.columns}
    assert sessions.column("startedAt").kind == "datetime" and sessions.column("isFastCharge").kind == "bool"
    assert [fk for fk in sessions.foreign_keys if not fk.inferred and fk.ref_table.lower() == "stations"]
    txns = get_database(EVAL18.url(eval18_dbs, "laundry")).schema().tables["wash_txns"]
    assert {"txn_id", "mach_id", "txn_ts", "cycle_typ", "mins", "amt", "pay_typ", "loyalty_flg"} <= {
        c.name for c in txns.columns}
    assert "mach_id" not in {fk.column for fk in txns.foreign_keys if not fk.inferred}, "mach_id must stay undeclared"
    bookings = get_database(EVAL18.url(eval18_dbs, "tennis")).schema().tables["court_bookings"]
    assert [fk for fk in bookings.foreign_keys if not fk.inferred and fk.ref_table.lower() == "members"]
    assert len(get_database(EVAL18.url(eval18_dbs, "weddings")).schema().tables["bookings"].columns) >= 12
    for name, sql in [("tennis", "SELECT COUNT(*) - COUNT(left_on) FROM members"),
                      ("tennis", "SELECT COUNT(*) - COUNT(cancelled_at) FROM court_bookings"),
                      ("evcharge", "SELECT COUNT(*) - COUNT(userRating) FROM chargingSessions"),
                      ("laundry", "SELECT COUNT(*) - COUNT(retire_dt) FROM machines"),
                      ("weddings", "SELECT COUNT(*) - COUNT(review_score) FROM bookings"),
                      ("market", "SELECT COUNT(*) - COUNT(footfall) FROM market_days")]:
        assert EVAL18.run(eval18_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("tennis", "SELECT MIN(YEAR(booking_start)), MAX(YEAR(booking_start)) FROM court_bookings"),
                      ("laundry", "SELECT MIN(YEAR(txn_ts)), MAX(YEAR(txn_ts)) FROM wash_txns"),
                      ("weddings", "SELECT MIN(YEAR(event_date)), MAX(YEAR(event_date)) FROM bookings")]:
        first, last = EVAL18.run(eval18_dbs, name, sql).iloc[0]
        assert last == 2024 and 1 <= last - first <= 2, f"{name}: data spans {first}-{last}"


@pytest.mark.parametrize("name", ["tennis", "market"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL18, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL18, tmp_path, "weddings")), problems


def test_engine_accuracy_floor(eval18_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL18, eval18_dbs, 0.63, 0.59)), short
