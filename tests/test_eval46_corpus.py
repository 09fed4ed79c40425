"""The eval46 development corpus (eval46/questions.jsonl over eval46/datasets.py) is well formed.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, dates of birth, 2-3 years of data ending in 2024 or 2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the engine is measured with the commands in eval46/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL46 = corpus.Corpus("eval46", "questions.jsonl", "datasets.py")
eval46_dbs = EVAL46.dbs_fixture("eval46_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL46.cases) >= 70 and len(EVAL46.turns) >= 130 and EVAL46.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL46)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL46.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "QUARTER(", "MONTH(", "date_trunc('month'", "date_diff(", "epoch(",
                    "date_sub('year', date_of_birth", "- birth_year", "NOT hv_certified", " <> "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL46.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval46_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL46, eval46_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval46_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL46, eval46_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval46_dbs):
    assert not (problems := corpus.having_problems(EVAL46, eval46_dbs)), problems


def _declared(url: str, table: str) -> set[str]:
    """Columns of `table` that carry a declared (not inferred) foreign key."""
    return {fk.column for fk in get_database(url).schema().tables[table].foreign_keys if not fk.inferred}


def test_schemas_have_the_promised_traits(eval46_dbs):
    """Undeclared unit_no / tech_id in the depot, declared FKs elsewhere, meaningful NULLs, typed columns."""
    assert not _declared(EVAL46.url(eval46_dbs, "traindepot"), "work_orders") & {"unit_no", "tech_id"}
    assert {"crew_id", "flight_id"} <= _declared(EVAL46.url(eval46_dbs, "crewroster"), "duty_assignments")
    assert {"pilot_id", "vessel_id"} <= _declared(EVAL46.url(eval46_dbs, "harbourpilots"), "pilotages")
    assert "locker_id" in _declared(EVAL46.url(eval46_dbs, "lockers"), "parcels")
    assert "truck_id" in _declared(EVAL46.url(eval46_dbs, "snowplough"), "callouts")
    parcels = get_database(EVAL46.url(eval46_dbs, "lockers")).schema().tables["parcels"]
    assert parcels.column("deposited_at").kind == "datetime"
    lockers = get_database(EVAL46.url(eval46_dbs, "lockers")).schema().tables["lockers"]
    assert lockers.column("open_24h").kind == "bool"
    for name, sql in [("crewroster", "SELECT COUNT(*) - COUNT(left_date) FROM crew_members"),
                      ("traindepot", "SELECT COUNT(*) - COUNT(closed_at) FROM work_orders"),
                      ("lockers", "SELECT COUNT(*) - COUNT(customer_rating) FROM parcels"),
                      ("harbourpilots", "SELECT COUNT(*) - COUNT(retired_on) FROM pilots"),
                      ("snowplough", "SELECT COUNT(*) - COUNT(salt_tonnes) FROM callouts")]:
        assert EVAL46.run(eval46_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, span in [("crewroster", "SELECT MIN(YEAR(sched_departure)), MAX(YEAR(sched_departure)) FROM flights",
                             (2023, 2024)),
                            ("harbourpilots", "SELECT MIN(YEAR(boarded_at)), MAX(YEAR(boarded_at)) FROM pilotages",
                             (2022, 2024)),
                            ("snowplough", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM callouts",
                             (2022, 2025))]:
        assert tuple(EVAL46.run(eval46_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["traindepot", "harbourpilots"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL46, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL46, tmp_path, "lockers")), problems


def test_engine_accuracy_floor(eval46_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL46, eval46_dbs, 0.77, 0.79)), short
