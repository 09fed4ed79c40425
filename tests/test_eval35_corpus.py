"""The eval35 development corpus (eval35/questions.jsonl over eval35/datasets.py): shape, golds and builders.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, undeclared foreign keys next
  to declared ones, a birth date and a birth year);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the corpus is for development, run with the commands in eval35/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL35 = corpus.Corpus("eval35", "questions.jsonl", "datasets.py")
eval35_dbs = EVAL35.dbs_fixture("eval35_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL35.cases) >= 70 and len(EVAL35.turns) >= 130 and EVAL35.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL35)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL35.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "- year_of_birth",
                    "QUARTER(", "MONTH(", "NOT p.is_locum", "<> 'cancelled'"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL35.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval35_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL35, eval35_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval35_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL35, eval35_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval35_dbs):
    assert not (problems := corpus.having_problems(EVAL35, eval35_dbs)), problems


def _declared_fk_columns(dbs, name: str, table: str) -> set[str]:
    """The columns of `table` in database `name` that have a declared (not inferred) foreign key."""
    schema = get_database(EVAL35.url(dbs, name)).schema()
    return {fk.column for fk in schema.tables[table].foreign_keys if not fk.inferred}


def test_schemas_have_the_promised_traits(eval35_dbs):
    """Undeclared guest_id / seller_id next to declared FKs, TIMESTAMP and bool kinds, meaningful NULLs."""
    assert "guest_id" not in _declared_fk_columns(eval35_dbs, "hotels", "bookings")
    assert "hotel_id" in _declared_fk_columns(eval35_dbs, "hotels", "bookings")
    assert "seller_id" not in _declared_fk_columns(eval35_dbs, "carboot", "pitches")
    assert {"store_id", "driver_id"} <= _declared_fk_columns(eval35_dbs, "pizza", "orders")
    orders = get_database(EVAL35.url(eval35_dbs, "pizza")).schema().tables["orders"]
    assert orders.column("ordered_at").kind == "datetime" and orders.column("used_voucher").kind == "bool"
    for name, sql in [("pizza", "SELECT COUNT(*) - COUNT(left_date) FROM drivers"),
                      ("pizza", "SELECT COUNT(*) - COUNT(customer_rating) FROM orders"),
                      ("hotels", "SELECT COUNT(*) - COUNT(review_score) FROM bookings"),
                      ("gym", "SELECT COUNT(*) - COUNT(cancelled_date) FROM members"),
                      ("pharmacy", "SELECT COUNT(*) - COUNT(collected_at) FROM prescriptions"),
                      ("carboot", "SELECT COUNT(*) - COUNT(visitor_count) FROM events")]:
        assert EVAL35.run(eval35_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, span in [("pizza", "SELECT MIN(YEAR(ordered_at)), MAX(YEAR(ordered_at)) FROM orders", (2022, 2024)),
                            ("hotels", "SELECT MIN(YEAR(check_in)), MAX(YEAR(check_in)) FROM bookings", (2023, 2025)),
                            ("gym", "SELECT MIN(YEAR(check_in_at)), MAX(YEAR(check_in_at)) FROM visits", (2023, 2024))]:
        assert tuple(EVAL35.run(eval35_dbs, name, sql).iloc[0]) == span


@pytest.mark.parametrize("name", ["pizza", "carboot"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL35, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL35, tmp_path, "gym")), problems


def test_engine_accuracy_floor(eval35_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL35, eval35_dbs, 0.83, 0.81)), short
