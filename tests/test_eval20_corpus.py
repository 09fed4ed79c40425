"""The twentieth independent evaluation corpus (eval20/questions.jsonl over eval20/datasets.py).

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, undeclared foreign keys next to
  declared ones, dates and years of birth, data ending in 2024 or 2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is read with the commands in eval20/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL20 = corpus.Corpus("eval20", "questions.jsonl", "datasets.py")
eval20_dbs = EVAL20.dbs_fixture("eval20_dbs")

FEATURES = (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "MIN(", "MAX(", "IS NULL", "IS NOT NULL", "NOT IN (",
            " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "DATE_TRUNC(", "date_diff(",
            "date_sub('year', date_of_birth", "date_sub('year', birth_date", "YEAR(current_date) - birth_year",
            "> promised_date", "NOT cancelled", "< 0.7 * amount_claimed", "first_name = 'Rosa'")


def test_corpus_size_and_mix():
    assert len(EVAL20.cases) >= 70 and len(EVAL20.turns) >= 130 and EVAL20.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL20)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL20.turns)
    for feature in FEATURES:
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL20.turns) >= 5, "too few rate questions"
    assert all(case["id"].startswith("e20-") for case in EVAL20.cases)


def test_every_gold_query_runs_and_returns_rows(eval20_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL20, eval20_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval20_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL20, eval20_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval20_dbs):
    assert not (problems := corpus.having_problems(EVAL20, eval20_dbs)), problems


def _declared(dbs, name: str, table: str) -> set[str]:
    """Columns of `table` with a declared (not inferred) foreign key."""
    schema_table = get_database(EVAL20.url(dbs, name)).schema().tables[table]
    return {fk.column for fk in schema_table.foreign_keys if not fk.inferred}


def test_foreign_keys_declared_and_undeclared(eval20_dbs):
    assert "shop_id" not in _declared(eval20_dbs, "drycleaning", "tickets"), "tickets.shop_id must stay undeclared"
    assert "customer_id" in _declared(eval20_dbs, "drycleaning", "tickets")
    assert "dancer_id" not in _declared(eval20_dbs, "dancestudio", "bookings"), "dancer_id must stay undeclared"
    assert "class_id" in _declared(eval20_dbs, "dancestudio", "bookings")
    assert "policy_id" in _declared(eval20_dbs, "petinsure", "claims")
    assert {"customer_id", "gear_id"} <= _declared(eval20_dbs, "skirental", "rentals")
    assert "bowler_id" in _declared(eval20_dbs, "bowling", "games")


def test_column_kinds(eval20_dbs):
    tickets = get_database(EVAL20.url(eval20_dbs, "drycleaning")).schema().tables["tickets"]
    assert tickets.column("dropped_off_at").kind == "datetime" and tickets.column("is_express").kind == "bool"
    assert tickets.column("promised_date").kind == "date"
    bowlers = get_database(EVAL20.url(eval20_dbs, "bowling")).schema().tables["bowlers"]
    assert bowlers.column("birth_date").kind == "date"


@pytest.mark.parametrize("name, sql", [
    ("petinsure", "SELECT COUNT(*) - COUNT(end_date) FROM policies"),
    ("petinsure", "SELECT COUNT(*) - COUNT(amount_paid) FROM claims"),
    ("drycleaning", "SELECT COUNT(*) - COUNT(collected_at) FROM tickets"),
    ("bowling", "SELECT COUNT(*) - COUNT(league_team) FROM bowlers"),
    ("bowling", "SELECT COUNT(*) - COUNT(review_stars) FROM lane_bookings"),
    ("skirental", "SELECT COUNT(*) - COUNT(returned_date) FROM rentals"),
    ("skirental", "SELECT COUNT(*) - COUNT(retired_on) FROM gear"),
    ("dancestudio", "SELECT COUNT(*) - COUNT(left_on) FROM instructors"),
    ("dancestudio", "SELECT COUNT(*) - COUNT(feedback_score) FROM bookings"),
])
def test_meaningful_nulls_exist(eval20_dbs, name, sql):
    assert EVAL20.run(eval20_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs for {sql}"


@pytest.mark.parametrize("name, sql, years", [
    ("petinsure", "SELECT MIN(YEAR(claim_date)), MAX(YEAR(claim_date)) FROM claims", (2022, 2024)),
    ("drycleaning", "SELECT MIN(YEAR(dropped_off_at)), MAX(YEAR(dropped_off_at)) FROM tickets", (2023, 2025)),
    ("bowling", "SELECT MIN(YEAR(played_at)), MAX(YEAR(played_at)) FROM games", (2022, 2024)),
    ("skirental", "SELECT MIN(YEAR(pickup_date)), MAX(YEAR(pickup_date)) FROM rentals", (2022, 2025)),
    ("dancestudio", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM classes", (2023, 2024)),
])
def test_data_spans_the_documented_years(eval20_dbs, name, sql, years):
    assert tuple(EVAL20.run(eval20_dbs, name, sql).iloc[0]) == years


@pytest.mark.parametrize("name", ["petinsure", "skirental"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL20, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL20, tmp_path, "petinsure")), problems


def test_engine_accuracy_floor(eval20_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL20, eval20_dbs, 0.78, 0.73)), short
