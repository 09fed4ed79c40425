"""The eval47 development corpus (eval47/questions.jsonl over eval47/datasets.py): shape, golds and builders.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, an undeclared foreign key
  next to declared ones, data ending in 2024);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the engine is measured with the commands in eval47/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL47 = corpus.Corpus("eval47", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval47_dbs(tmp_path_factory):
    """A folder with the five eval47 DuckDB files, built once per test session and closed afterwards."""
    out = EVAL47.datasets.build_all(tmp_path_factory.mktemp("eval47-dbs"))
    yield out
    for name in EVAL47.datasets.BUILDERS:
        close_database(EVAL47.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL47.cases) >= 70 and len(EVAL47.turns) >= 130 and EVAL47.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL47)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL47.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "- birth_year", "QUARTER(",
                    "MONTH(", "NOT v.crisis_trained", "checked_in_at > scheduled_at", " <> "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL47.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval47_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL47, eval47_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval47_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL47, eval47_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval47_dbs):
    assert not (problems := corpus.having_problems(EVAL47, eval47_dbs)), problems


def test_schemas_have_the_promised_traits(eval47_dbs):
    """Undeclared injuries.athlete_id, declared FKs elsewhere, TIMESTAMP and bool kinds, meaningful NULLs."""
    injuries = get_database(EVAL47.url(eval47_dbs, "sportsmed")).schema().tables["injuries"]
    assert "athlete_id" not in {fk.column for fk in injuries.foreign_keys if not fk.inferred}, "must stay undeclared"
    assert injuries.column("needed_surgery").kind == "bool" and injuries.column("injured_on").kind == "date"
    appts = get_database(EVAL47.url(eval47_dbs, "dental")).schema().tables["appointments"]
    assert {fk.ref_table.lower() for fk in appts.foreign_keys if not fk.inferred} == {"patients", "dentists"}
    assert appts.column("scheduled_at").kind == "datetime"
    placements = get_database(EVAL47.url(eval47_dbs, "fostercare")).schema().tables["placements"]
    assert [fk for fk in placements.foreign_keys if not fk.inferred and fk.ref_table.lower() == "carers"]
    for name, sql in [("dental", "SELECT COUNT(*) - COUNT(rating) FROM appointments"),
                      ("sportsmed", "SELECT COUNT(*) - COUNT(returned_on) FROM injuries"),
                      ("fostercare", "SELECT COUNT(*) - COUNT(end_date) FROM placements"),
                      ("helpline", "SELECT COUNT(*) - COUNT(satisfaction) FROM calls"),
                      ("dialysis", "SELECT COUNT(*) - COUNT(complication) FROM sessions")]:
        assert EVAL47.run(eval47_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("dental", "SELECT MIN(YEAR(scheduled_at)), MAX(YEAR(scheduled_at)) FROM appointments"),
                      ("helpline", "SELECT MIN(YEAR(received_at)), MAX(YEAR(received_at)) FROM calls")]:
        first, last = EVAL47.run(eval47_dbs, name, sql).iloc[0]
        assert last == 2024 and 2 <= last - first + 1 <= 3, f"{name}: years {first}-{last}"


@pytest.mark.parametrize("name", ["sportsmed", "fostercare"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL47, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL47, tmp_path, "sportsmed")), problems


def test_engine_accuracy_floor(eval47_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL47, eval47_dbs, 0.83, 0.84)), short
