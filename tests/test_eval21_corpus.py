"""The 21st evaluation corpus (eval21/questions.jsonl over eval21/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, dates of birth / birth years, 2-3 years of data ending in 2024 or 2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the engine is measured with the commands in eval21/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL21 = corpus.Corpus("eval21", "questions.jsonl", "datasets.py")
eval21_dbs = EVAL21.dbs_fixture("eval21_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL21.cases) >= 70 and len(EVAL21.turns) >= 130 and EVAL21.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL21)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL21.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year', date_of_birth",
                    "- birth_year", "epoch(", "COUNT(DISTINCT CAST(",
                    "NOT is_full_time", "paid_on > due_date", "ON b.cust_id = c.customer_id"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL21.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval21_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL21, eval21_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval21_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL21, eval21_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval21_dbs):
    assert not (problems := corpus.having_problems(EVAL21, eval21_dbs)), problems


def test_schemas_have_the_promised_traits(eval21_dbs):
    """bills.cust_id undeclared, declared FKs elsewhere, TIMESTAMP and BOOLEAN kinds, meaningful NULLs, year spans."""
    bills = get_database(EVAL21.url(eval21_dbs, "power")).schema().tables["bills"]
    assert "cust_id" not in {fk.column for fk in bills.foreign_keys if not fk.inferred}, "cust_id must stay undeclared"
    trips = get_database(EVAL21.url(eval21_dbs, "buses")).schema().tables["trips"]
    assert {fk.ref_table.lower() for fk in trips.foreign_keys if not fk.inferred} == {"routes", "drivers"}
    assert trips.column("departed_at").kind == "datetime" and trips.column("cancelled").kind == "bool"
    calls = get_database(EVAL21.url(eval21_dbs, "port")).schema().tables["port_calls"]
    assert [fk for fk in calls.foreign_keys if not fk.inferred and fk.ref_table.lower() == "vessels"]
    for name, sql in [("buses", "SELECT COUNT(*) - COUNT(delay_minutes) FROM trips"),
                      ("power", "SELECT COUNT(*) - COUNT(closed_on) FROM customers"),
                      ("power", "SELECT COUNT(*) - COUNT(paid_on) FROM bills"),
                      ("tyres", "SELECT COUNT(*) - COUNT(customer_rating) FROM jobs"),
                      ("port", "SELECT COUNT(*) - COUNT(departed_at) FROM port_calls"),
                      ("parking", "SELECT COUNT(*) - COUNT(loyalty_tier) FROM bookings")]:
        assert EVAL21.run(eval21_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, span in [("buses", "SELECT MIN(YEAR(trip_date)), MAX(YEAR(trip_date)) FROM trips", (2022, 2024)),
                            ("tyres", "SELECT MIN(YEAR(job_ts)), MAX(YEAR(job_ts)) FROM jobs", (2023, 2025)),
                            ("parking", "SELECT MIN(YEAR(entry_time)), MAX(YEAR(entry_time)) FROM bookings",
                             (2023, 2024))]:
        assert tuple(EVAL21.run(eval21_dbs, name, sql).iloc[0]) == span


@pytest.mark.parametrize("name", ["power", "port"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL21, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL21, tmp_path, "parking")), problems


def test_engine_accuracy_floor(eval21_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL21, eval21_dbs, 0.81, 0.77)), short
