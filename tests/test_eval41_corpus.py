"""The eval41 development corpus (eval41/questions.jsonl over eval41/datasets.py): shape and gold checks only.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, a date and a year of birth, data ending in 2024 / mid-2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the corpus is read for its failures, with the commands in eval41/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL41 = corpus.Corpus("eval41", "questions.jsonl", "datasets.py")
eval41_dbs = EVAL41.dbs_fixture("eval41_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL41.cases) >= 70 and len(EVAL41.turns) >= 130 and EVAL41.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL41)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL41.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year', date_of_birth", "- birth_year",
                    "returned_date > due_date", "max_temp_c - r.min_temp_c", "<> 'false alarm'", "NOT c.is_retrap"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL41.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval41_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL41, eval41_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval41_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL41, eval41_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval41_dbs):
    assert not (problems := corpus.having_problems(EVAL41, eval41_dbs)), problems


def test_schemas_have_the_promised_traits(eval41_dbs):
    """Undeclared events.analyst_id and specimens.collector_id, declared FKs elsewhere, typed columns, NULLs."""
    events = get_database(EVAL41.url(eval41_dbs, "seismology")).schema().tables["events"]
    assert events.column("origin_time").kind == "datetime" and events.column("felt").kind == "bool"
    assert "analyst_id" not in {fk.column for fk in events.foreign_keys if not fk.inferred}
    specimens = get_database(EVAL41.url(eval41_dbs, "herbarium")).schema().tables["specimens"]
    assert "collector_id" not in {fk.column for fk in specimens.foreign_keys if not fk.inferred}
    for name, table, ref in [("weather", "daily_readings", "stations"), ("waterlab", "samples", "clients"),
                             ("ringing", "captures", "species"), ("herbarium", "loans", "specimens")]:
        fks = get_database(EVAL41.url(eval41_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{table} -> {ref} undeclared"
    for name, sql in [("weather", "SELECT COUNT(*) - COUNT(closed_date) FROM stations"),
                      ("weather", "SELECT COUNT(*) - COUNT(wind_gust_kmh) FROM daily_readings"),
                      ("seismology", "SELECT COUNT(*) - COUNT(analyst_id) FROM events"),
                      ("waterlab", "SELECT COUNT(*) - COUNT(reported_date) FROM samples"),
                      ("ringing", "SELECT COUNT(*) - COUNT(weight_g) FROM captures"),
                      ("herbarium", "SELECT COUNT(*) - COUNT(returned_date) FROM loans")]:
        assert EVAL41.run(eval41_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, span in [("weather", "SELECT MIN(YEAR(reading_date)), MAX(YEAR(reading_date)) FROM daily_readings",
                             (2022, 2024)),
                            ("seismology", "SELECT MIN(YEAR(origin_time)), MAX(YEAR(origin_time)) FROM events",
                             (2023, 2025))]:
        assert tuple(EVAL41.run(eval41_dbs, name, sql).iloc[0]) == span


@pytest.mark.parametrize("name", ["seismology", "herbarium"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL41, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL41, tmp_path, "seismology")), problems


def test_engine_accuracy_floor(eval41_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL41, eval41_dbs, 0.81, 0.82)), short
