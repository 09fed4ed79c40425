"""The sixty-second corpus (eval62/questions.jsonl over eval62/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 90 conversations, >= 180 turns, >= 85 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor (test_engine_accuracy_floor) sits about three points under the engine's score when it was set.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL62 = corpus.Corpus("eval62", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval62_dbs(tmp_path_factory):
    """Every eval62 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL62.datasets.build_all(tmp_path_factory.mktemp("eval62-dbs"))
    yield out
    for name in EVAL62.datasets.BUILDERS:
        close_database(EVAL62.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL62.cases) >= 90 and len(EVAL62.turns) >= 180 and EVAL62.followups >= 85
    assert not (problems := corpus.shape_problems(EVAL62)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL62.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birthYear",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL62.turns) >= 5, "too few rate questions"
    per_schema = {name: sum(case["db"] == name for case in EVAL62.cases) for name in EVAL62.datasets.BUILDERS}
    assert min(per_schema.values()) >= 15, per_schema


def test_every_gold_query_runs_and_returns_rows(eval62_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL62, eval62_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval62_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL62, eval62_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval62_dbs):
    assert not (problems := corpus.having_problems(EVAL62, eval62_dbs)), problems


def test_missed_bins_round_foreign_key_is_only_implied(eval62_dbs):
    """missedBins.roundId is NOT declared (only implied by its name); the other schemas declare theirs."""
    missed = get_database(EVAL62.url(eval62_dbs, "wastecollection")).schema().tables["missedBins"]
    assert "roundid" not in {fk.column.lower() for fk in missed.foreign_keys if not fk.inferred}
    for name, table, ref in [("wastecollection", "collections", "rounds"), ("firebrigade", "callouts", "appliances"),
                             ("firebrigade", "appliances", "stations"), ("magistrates", "hearings", "cases"),
                             ("buildingpermits", "decisions", "applications"), ("ambulance", "calls", "crews")]:
        fks = get_database(EVAL62.url(eval62_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval62_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("firebrigade", "callouts", "call_received_at", "datetime"), ("firebrigade", "stations", "has_aerial", "bool"),
        ("firebrigade", "appliances", "in_service_date", "date"), ("wastecollection", "collections", "collectionDate",
                                                                   "date"),
        ("wastecollection", "missedBins", "validComplaint", "bool"), ("magistrates", "defendants", "date_of_birth",
                                                                      "date"),
        ("magistrates", "hearings", "hearing_start", "datetime"), ("buildingpermits", "applications",
                                                                   "listed_building", "bool"),
        ("ambulance", "calls", "on_scene_at", "datetime"), ("ambulance", "paramedics", "birth_date", "date")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL62.url(eval62_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval62_dbs):
    for name, sql in [("firebrigade", "SELECT COUNT(*) - COUNT(stop_message_at) FROM callouts"),
                      ("wastecollection", "SELECT COUNT(*) - COUNT(resolvedOn) FROM missedBins"),
                      ("magistrates", "SELECT COUNT(*) - COUNT(closed_on) FROM cases"),
                      ("buildingpermits", "SELECT COUNT(*) - COUNT(appeal_outcome) FROM decisions"),
                      ("ambulance", "SELECT COUNT(*) - COUNT(on_scene_at) FROM calls"),
                      ("ambulance", "SELECT COUNT(*) - COUNT(hospital) FROM calls")]:
        assert EVAL62.run(eval62_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    unconveyed = EVAL62.run(eval62_dbs, "ambulance", "SELECT COUNT(*) FROM calls WHERE (hospital IS NULL) <> "
                            "(NOT conveyed)")
    assert unconveyed.iloc[0, 0] == 0, "hospital is NULL exactly when the patient was not conveyed"
    pending = EVAL62.run(eval62_dbs, "magistrates", "SELECT COUNT(*) FROM cases c JOIN outcomes o "
                         "ON o.case_id = c.case_id WHERE c.closed_on IS NULL")
    assert pending.iloc[0, 0] == 0, "a pending case (closed_on NULL) has no outcome"
    for name, sql, span in [
            ("firebrigade", "SELECT MIN(YEAR(call_received_at)), MAX(YEAR(call_received_at)) FROM callouts",
             (2022, 2024)),
            ("wastecollection", "SELECT MIN(YEAR(collectionDate)), MAX(YEAR(collectionDate)) FROM collections",
             (2023, 2024)),
            ("magistrates", "SELECT MIN(YEAR(charged_on)), MAX(YEAR(charged_on)) FROM cases", (2022, 2024)),
            ("buildingpermits", "SELECT MIN(YEAR(submitted_on)), MAX(YEAR(submitted_on)) FROM applications",
             (2023, 2025)),
            ("ambulance", "SELECT MIN(YEAR(call_received_at)), MAX(YEAR(call_received_at)) FROM calls",
             (2023, 2024))]:
        assert tuple(EVAL62.run(eval62_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["wastecollection", "buildingpermits"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL62, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL62, tmp_path, "magistrates")), problems


def test_engine_accuracy_floor(eval62_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (152/213 turns,
    76/111 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL62, eval62_dbs, 0.68, 0.65)), short
