"""The fifty-seventh corpus (eval57/questions.jsonl over eval57/datasets.py), a development corpus in farming domains.

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

EVAL57 = corpus.Corpus("eval57", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval57_dbs(tmp_path_factory):
    """Every eval57 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL57.datasets.build_all(tmp_path_factory.mktemp("eval57-dbs"))
    yield out
    for name in EVAL57.datasets.BUILDERS:
        close_database(EVAL57.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL57.cases) >= 90 and len(EVAL57.turns) >= 180 and EVAL57.followups >= 85
    assert not (problems := corpus.shape_problems(EVAL57)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL57.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL57.turns) >= 5, "too few rate questions"
    per_schema = {name: sum(case["db"] == name for case in EVAL57.cases) for name in EVAL57.datasets.BUILDERS}
    assert min(per_schema.values()) >= 15, per_schema


def test_every_gold_query_runs_and_returns_rows(eval57_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL57, eval57_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval57_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL57, eval57_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval57_dbs):
    assert not (problems := corpus.having_problems(EVAL57, eval57_dbs)), problems


def test_grain_deliveries_foreign_key_is_only_implied(eval57_dbs):
    """deliveries.farmer_id is NOT declared (only implied by its name); the other schemas declare theirs."""
    deliveries = get_database(EVAL57.url(eval57_dbs, "grainelevator")).schema().tables["deliveries"]
    assert "farmer_id" not in {fk.column for fk in deliveries.foreign_keys if not fk.inferred}
    for name, table, ref in [("dairy", "milkings", "cows"), ("vineyard", "picks", "blocks"),
                             ("apiary", "inspections", "hives"), ("grainelevator", "moisture_tests", "deliveries"),
                             ("hatchery", "releases", "batches")]:
        fks = get_database(EVAL57.url(eval57_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval57_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("dairy", "milkings", "milked_at", "datetime"), ("dairy", "cows", "birth_date", "date"),
        ("dairy", "vet_treatments", "antibiotics_used", "bool"), ("vineyard", "picks", "pick_date", "date"),
        ("vineyard", "blocks", "irrigated", "bool"), ("apiary", "hives", "removedOn", "date"),
        ("apiary", "inspections", "inspectedAt", "datetime"), ("grainelevator", "farmers", "birth_date", "date"),
        ("grainelevator", "deliveries", "rejected", "bool"), ("hatchery", "batches", "closed_on", "date")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL57.url(eval57_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval57_dbs):
    for name, sql in [("dairy", "SELECT COUNT(*) - COUNT(culled_on) FROM cows"),
                      ("apiary", "SELECT COUNT(*) - COUNT(removedOn) FROM hives"),
                      ("grainelevator", "SELECT COUNT(*) - COUNT(paid_on) FROM deliveries"),
                      ("hatchery", "SELECT COUNT(*) - COUNT(closed_on) FROM batches")]:
        assert EVAL57.run(eval57_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    open_releases = EVAL57.run(eval57_dbs, "hatchery", "SELECT COUNT(*) FROM releases r JOIN batches b "
                               "ON b.batch_id = r.batch_id WHERE b.closed_on IS NULL")
    assert open_releases.iloc[0, 0] == 0, "a batch still in its tank has no release yet"
    for name, sql, span in [("dairy", "SELECT MIN(YEAR(milked_at)), MAX(YEAR(milked_at)) FROM milkings", (2023, 2024)),
                            ("vineyard", "SELECT MIN(YEAR(pick_date)), MAX(YEAR(pick_date)) FROM picks", (2022, 2024)),
                            ("grainelevator", "SELECT MIN(YEAR(delivered_at)), MAX(YEAR(delivered_at)) FROM deliveries",
                             (2023, 2025)),
                            ("hatchery", "SELECT MIN(YEAR(stocked_on)), MAX(YEAR(stocked_on)) FROM batches",
                             (2022, 2024))]:
        assert tuple(EVAL57.run(eval57_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["grainelevator", "apiary"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL57, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL57, tmp_path, "hatchery")), problems


def test_engine_accuracy_floor(eval57_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (134/205 turns,
    70/110 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL57, eval57_dbs, 0.62, 0.6)), short
