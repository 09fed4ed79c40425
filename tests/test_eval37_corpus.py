"""The held-out corpus eval37 (eval37/questions.jsonl over eval37/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, undeclared foreign keys next
  to declared ones, birth dates and birth years, 2-3 years of data);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval37/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL37 = corpus.Corpus("eval37", "questions.jsonl", "datasets.py")
eval37_dbs = EVAL37.dbs_fixture("eval37_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL37.cases) >= 70 and len(EVAL37.turns) >= 130 and EVAL37.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL37)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL37.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", " LIMIT ", "HOUR(",
                    "DAYNAME(", "date_diff('minute'", "date_sub('year'", "- birth_year", "QUARTER(", "MONTH(", "NOT ",
                    " <> ", "MAX(", "MIN(", "AVG(", "SUM(", "pickup_zone = dropoff_zone"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL37.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval37_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL37, eval37_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval37_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL37, eval37_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval37_dbs):
    assert not (problems := corpus.having_problems(EVAL37, eval37_dbs)), problems


def _declared(table) -> set[str]:
    """Columns of a schema table that carry a declared (not inferred) foreign key."""
    return {fk.column for fk in table.foreign_keys if not fk.inferred}


def test_schemas_have_the_promised_traits(eval37_dbs):
    """Undeclared foreign keys next to declared ones, TIMESTAMP and bool kinds, NULLs with a meaning."""
    lessons = get_database(EVAL37.url(eval37_dbs, "riding")).schema().tables["lessons"]
    assert "rider_id" in _declared(lessons) and "horse_id" not in _declared(lessons)
    assert lessons.column("lesson_ts").kind == "datetime" and lessons.column("cancelled").kind == "bool"
    deliveries = get_database(EVAL37.url(eval37_dbs, "courier")).schema().tables["deliveries"]
    assert "courier_id" not in _declared(deliveries), "courier_id must stay undeclared"
    bookings = get_database(EVAL37.url(eval37_dbs, "karaoke")).schema().tables["bookings"]
    assert {"room_id", "customer_id"} <= _declared(bookings)
    games = get_database(EVAL37.url(eval37_dbs, "hockey")).schema().tables["games"]
    assert {"home_team_id", "away_team_id"} <= _declared(games)
    for name, sql in [("karaoke", "SELECT COUNT(*) - COUNT(rating) FROM bookings"),
                      ("riding", "SELECT COUNT(*) - COUNT(retired_on) FROM horses"),
                      ("observatory", "SELECT COUNT(*) - COUNT(seeing) FROM observations"),
                      ("observatory", "SELECT COUNT(*) - COUNT(guest_speaker) FROM public_nights"),
                      ("courier", "SELECT COUNT(*) - COUNT(left_on) FROM couriers"),
                      ("courier", "SELECT COUNT(*) - COUNT(dropoff_ts) FROM deliveries")]:
        assert EVAL37.run(eval37_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, span in [("karaoke", "SELECT MIN(YEAR(start_ts)), MAX(YEAR(start_ts)) FROM bookings", (2023, 2024)),
                            ("riding", "SELECT MIN(YEAR(lesson_ts)), MAX(YEAR(lesson_ts)) FROM lessons", (2022, 2024)),
                            ("hockey", "SELECT MIN(YEAR(game_date)), MAX(YEAR(game_date)) FROM games", (2022, 2025))]:
        assert tuple(EVAL37.run(eval37_dbs, name, sql).iloc[0]) == span


@pytest.mark.parametrize("name", ["karaoke", "courier"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL37, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL37, tmp_path, "riding")), problems
