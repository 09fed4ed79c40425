"""The eval53 development corpus (eval53/questions.jsonl over eval53/datasets.py).

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (undeclared foreign keys in squash next to declared ones elsewhere,
  TIMESTAMPs, booleans, NULLs with a meaning, a date and a year of birth);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
The engine's accuracy has a regression floor about three points under what it scored when the floor was
added (66.7 % / 64.8 % of turns / follow-ups); the honest figures come from the held-out corpora.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL53 = corpus.Corpus("eval53", "questions.jsonl", "datasets.py")
eval53_dbs = EVAL53.dbs_fixture("eval53_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL53.cases) >= 70 and len(EVAL53.turns) >= 130 and EVAL53.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL53)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL53.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year', ",
                    "YEAR(current_date) - birth_year", "legs_lost > legs_won", "swim_min > run_min", "WHERE NOT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL53.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval53_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL53, eval53_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval53_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL53, eval53_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval53_dbs):
    assert not (problems := corpus.having_problems(EVAL53, eval53_dbs)), problems


def _declared_fks(dbs, name: str, table: str) -> set[str]:
    """The columns of `table` in database `name` that are declared (not inferred) foreign keys."""
    schema = get_database(EVAL53.url(dbs, name)).schema()
    return {fk.column for fk in schema.tables[table].foreign_keys if not fk.inferred}


def test_schemas_have_the_promised_traits(eval53_dbs):
    """Undeclared bookings FKs, declared FKs elsewhere, TIMESTAMP/bool kinds, meaningful NULLs, data to 2024."""
    assert not {"member_id", "court_id"} & _declared_fks(eval53_dbs, "squash", "bookings"), "must stay undeclared"
    assert {"race_id", "athlete_id"} <= _declared_fks(eval53_dbs, "triathlon", "results")
    assert {"angler_id", "venue_id"} <= _declared_fks(eval53_dbs, "angling", "catches")
    assert "player_id" in _declared_fks(eval53_dbs, "darts", "appearances")
    assert "table_no" in _declared_fks(eval53_dbs, "snooker", "sessions")
    bookings = get_database(EVAL53.url(eval53_dbs, "squash")).schema().tables["bookings"]
    assert bookings.column("start_ts").kind == "datetime" and bookings.column("booked_online").kind == "bool"
    for name, sql in [("squash", "SELECT COUNT(*) - COUNT(left_on) FROM members"),
                      ("squash", "SELECT COUNT(*) - COUNT(cancelled_at) FROM bookings"),
                      ("darts", "SELECT COUNT(*) - COUNT(highest_checkout) FROM appearances"),
                      ("triathlon", "SELECT COUNT(*) - COUNT(finish_min) FROM results"),
                      ("snooker", "SELECT COUNT(*) - COUNT(ended_at) FROM sessions"),
                      ("angling", "SELECT COUNT(*) - COUNT(length_cm) FROM catches")]:
        assert EVAL53.run(eval53_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql in [("darts", "SELECT MIN(YEAR(match_date)), MAX(YEAR(match_date)) FROM appearances"),
                      ("snooker", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM sessions"),
                      ("angling", "SELECT MIN(YEAR(caught_at)), MAX(YEAR(caught_at)) FROM catches")]:
        assert tuple(EVAL53.run(eval53_dbs, name, sql).iloc[0]) == (2022, 2024), name


@pytest.mark.parametrize("name", ["squash", "triathlon"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL53, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL53, tmp_path, "triathlon")), problems


def test_engine_accuracy_floor(eval53_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL53, eval53_dbs, 0.64, 0.62)), short
