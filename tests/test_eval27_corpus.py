"""The eval27 development corpus (eval27/questions.jsonl over eval27/datasets.py): checks of the corpus itself.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (undeclared foreign keys in rowing next to declared ones elsewhere,
  TIMESTAMPs, booleans, NULLs with a meaning, 2022-2024 data);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No engine runs here and there is no accuracy floor: the figure is measured with the commands in eval27/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL27 = corpus.Corpus("eval27", "questions.jsonl", "datasets.py")
eval27_dbs = EVAL27.dbs_fixture("eval27_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL27.cases) >= 70 and len(EVAL27.turns) >= 130 and EVAL27.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL27)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL27.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_sub('year', date_of_birth", "- birth_year", "QUARTER(", "MONTH(",
                    "NOT won", "finish_seconds < r.target_seconds"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL27.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval27_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL27, eval27_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval27_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL27, eval27_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval27_dbs):
    assert not (problems := corpus.having_problems(EVAL27, eval27_dbs)), problems


def test_schemas_have_the_promised_traits(eval27_dbs):
    """Undeclared keys in rowing, declared ones in marathon and badminton, TIMESTAMPs, booleans, meaningful NULLs."""
    rowing = get_database(EVAL27.url(eval27_dbs, "rowing")).schema()
    for table, column in [("outings", "boat_id"), ("erg_tests", "rower_id")]:
        declared = {fk.column for fk in rowing.tables[table].foreign_keys if not fk.inferred}
        assert column not in declared, f"{table}.{column} must stay undeclared"
    assert rowing.tables["outings"].column("launched_at").kind == "datetime"
    results = get_database(EVAL27.url(eval27_dbs, "marathon")).schema().tables["results"]
    assert {fk.ref_table.lower() for fk in results.foreign_keys if not fk.inferred} == {"races", "runners"}
    matches = get_database(EVAL27.url(eval27_dbs, "badminton")).schema().tables["matches"]
    assert len([fk for fk in matches.foreign_keys if not fk.inferred and fk.ref_table.lower() == "teams"]) == 2
    assert matches.column("postponed").kind == "bool" and matches.column("played_at").kind == "datetime"
    for name, sql in [("swimpool", "SELECT COUNT(*) - COUNT(cancelled_on) FROM members"),
                      ("swimpool", "SELECT COUNT(*) - COUNT(lengths_swum) FROM visits"),
                      ("marathon", "SELECT COUNT(*) - COUNT(target_seconds) FROM results"),
                      ("rowing", "SELECT COUNT(*) - COUNT(coach) FROM outings"),
                      ("fencing", "SELECT COUNT(*) - COUNT(rating) FROM fencers"),
                      ("badminton", "SELECT COUNT(*) - COUNT(attendance) FROM matches")]:
        assert EVAL27.run(eval27_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    years = EVAL27.run(eval27_dbs, "swimpool", "SELECT MIN(YEAR(checkin_at)), MAX(YEAR(checkin_at)) FROM visits")
    assert tuple(years.iloc[0]) == (2022, 2024)


@pytest.mark.parametrize("name", ["swimpool", "badminton"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL27, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL27, tmp_path, "badminton")), problems


def test_engine_accuracy_floor(eval27_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL27, eval27_dbs, 0.74, 0.73)), short
