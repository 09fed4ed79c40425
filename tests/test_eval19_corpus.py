"""The nineteenth evaluation corpus (eval19/questions.jsonl over eval19/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase greenhouse names, abbreviated housekeeping names with undeclared
  foreign keys next to declared ones elsewhere, TIMESTAMPs, booleans, NULLs with a meaning, 2022-2024 data);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor for the engine (test_engine_accuracy_floor, a few points under the figure the engine reached
when its authors read this corpus's failures); the figure itself comes from the commands in eval19/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL19 = corpus.Corpus("eval19", "questions.jsonl", "datasets.py")
eval19_dbs = EVAL19.dbs_fixture("eval19_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL19.cases) >= 70 and len(EVAL19.turns) >= 130 and EVAL19.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL19)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL19.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "QUARTER(", "MONTH(",
                    "NOT is_expedited", "on_scene_minutes > response_minutes", "- builtYear"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL19.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval19_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL19, eval19_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval19_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL19, eval19_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval19_dbs):
    assert not (problems := corpus.having_problems(EVAL19, eval19_dbs)), problems


def test_schemas_have_the_promised_traits(eval19_dbs):
    """camelCase readings, abbreviated cln_tasks without declared FKs, declared FKs in taxi, meaningful NULLs."""
    readings = get_database(EVAL19.url(eval19_dbs, "greenhouse")).schema().tables["readings"]
    assert {"readingId", "sensorId", "readAt", "readingValue", "batteryPct", "isAlert"} <= {
        c.name for c in readings.columns}
    assert readings.column("readAt").kind == "datetime" and readings.column("isAlert").kind == "bool"
    assert [fk for fk in readings.foreign_keys if not fk.inferred and fk.ref_table.lower() == "sensors"]
    tasks = get_database(EVAL19.url(eval19_dbs, "housekeeping")).schema().tables["cln_tasks"]
    assert {"task_id", "rm_no", "stf_id", "task_dt", "task_typ", "strt_ts", "mins", "insp_pass"} <= {
        c.name for c in tasks.columns}
    declared = {fk.column for fk in tasks.foreign_keys if not fk.inferred}
    assert not declared & {"rm_no", "stf_id"}, "rm_no / stf_id must stay undeclared"
    trips = get_database(EVAL19.url(eval19_dbs, "taxi")).schema().tables["trips"]
    assert {fk.ref_table.lower() for fk in trips.foreign_keys if not fk.inferred} == {"drivers", "vehicles"}
    for name, sql in [("taxi", "SELECT COUNT(*) - COUNT(rider_rating) FROM trips"),
                      ("housekeeping", "SELECT COUNT(*) - COUNT(term_dt) FROM hk_staff"),
                      ("ambulance", "SELECT COUNT(*) - COUNT(hospital) FROM dispatch_calls"),
                      ("greenhouse", "SELECT COUNT(*) - COUNT(removedOn) FROM sensors"),
                      ("permits", "SELECT COUNT(*) - COUNT(issued_date) FROM permits")]:
        assert EVAL19.run(eval19_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    years = EVAL19.run(eval19_dbs, "ambulance", "SELECT MIN(YEAR(received_at)), MAX(YEAR(received_at)) "
                       "FROM dispatch_calls")
    assert tuple(years.iloc[0]) == (2022, 2024)


@pytest.mark.parametrize("name", ["taxi", "permits"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL19, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL19, tmp_path, "taxi")), problems


def test_engine_accuracy_floor(eval19_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL19, eval19_dbs, 0.67, 0.65)), short
