"""The sixty-sixth development corpus (eval66/questions.jsonl over eval66/datasets.py), read to improve the engine.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file;
- the engine stays above its regression floor on the corpus (set about three points under its score then).
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL66 = corpus.Corpus("eval66", "questions.jsonl", "datasets.py")

eval66_dbs = EVAL66.dbs_fixture("eval66_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL66.cases) >= 92 and len(EVAL66.turns) >= 185 and EVAL66.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL66)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL66.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birthYear",
                    "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL66.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL66.cases} == set(EVAL66.datasets.BUILDERS)
    for name in EVAL66.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL66.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval66_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL66, eval66_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval66_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL66, eval66_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval66_dbs):
    assert not (problems := corpus.having_problems(EVAL66, eval66_dbs)), problems


def test_recycling_loads_collection_foreign_key_is_only_implied(eval66_dbs):
    """material_loads.collection_id is NOT declared (only implied by its name); the other links are declared."""
    loads = get_database(EVAL66.url(eval66_dbs, "recycling")).schema().tables["material_loads"]
    declared = {fk.column for fk in loads.foreign_keys if not fk.inferred}
    assert loads.column("collection_id") is not None and "collection_id" not in declared
    for name, table, ref in [("picking", "pick_lines", "pick_lists"), ("picking", "shifts", "pickers"),
                             ("qualitycontrol", "defects", "inspections"), ("printshop", "reprints", "printJobs"),
                             ("recycling", "sales", "buyers"), ("recycling", "collections", "drivers"),
                             ("courierdepot", "delivery_attempts", "parcels")]:
        fks = get_database(EVAL66.url(eval66_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval66_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("picking", "pick_lists", "created_at", "datetime"), ("picking", "pickers", "birth_date", "date"),
        ("picking", "pick_lines", "short_pick", "bool"),
        ("qualitycontrol", "batches", "started_at", "datetime"), ("qualitycontrol", "defects", "resolved_on", "date"),
        ("qualitycontrol", "production_lines", "automated", "bool"),
        ("printshop", "printJobs", "orderedAt", "datetime"), ("printshop", "printJobs", "dueDate", "date"),
        ("printshop", "customers", "isTradeAccount", "bool"),
        ("recycling", "material_loads", "weighed_at", "datetime"), ("recycling", "sales", "paid_on", "date"),
        ("recycling", "material_loads", "rejected", "bool"),
        ("courierdepot", "parcels", "delivered_at", "datetime"), ("courierdepot", "couriers", "birth_date", "date"),
        ("courierdepot", "vans", "is_electric", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL66.url(eval66_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval66_dbs):
    for name, sql in [("picking", "SELECT COUNT(*) - COUNT(completed_at) FROM pick_lists"),
                      ("qualitycontrol", "SELECT COUNT(*) - COUNT(finished_at) FROM batches"),
                      ("qualitycontrol", "SELECT COUNT(*) - COUNT(resolved_on) FROM defects"),
                      ("printshop", "SELECT COUNT(*) - COUNT(completedAt) FROM printJobs"),
                      ("recycling", "SELECT COUNT(*) - COUNT(paid_on) FROM sales"),
                      ("courierdepot", "SELECT COUNT(*) - COUNT(delivered_at) FROM parcels"),
                      ("courierdepot", "SELECT COUNT(*) - COUNT(left_on) FROM couriers")]:
        assert EVAL66.run(eval66_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("recycling", "SELECT COUNT(*) FROM material_loads WHERE (bale_grade IS NULL) <> rejected",
             "bale_grade is NULL exactly when a load was rejected"),
            ("printshop", "SELECT COUNT(*) FROM customers WHERE (companyName IS NULL) <> (customerType = 'private')",
             "companyName is NULL exactly for private customers"),
            ("courierdepot", "SELECT COUNT(*) FROM parcels WHERE returned_to_sender AND delivered_at IS NOT NULL",
             "a parcel returned to sender was never delivered")]:
        assert EVAL66.run(eval66_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("picking", "SELECT MIN(YEAR(created_at)), MAX(YEAR(created_at)) FROM pick_lists", (2023, 2024)),
            ("qualitycontrol", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM batches", (2023, 2024)),
            ("printshop", "SELECT MIN(YEAR(orderedAt)), MAX(YEAR(orderedAt)) FROM printJobs", (2023, 2025)),
            ("recycling", "SELECT MIN(YEAR(weighed_at)), MAX(YEAR(weighed_at)) FROM material_loads", (2023, 2025)),
            ("courierdepot", "SELECT MIN(YEAR(received_at)), MAX(YEAR(received_at)) FROM parcels", (2023, 2024))]:
        assert tuple(EVAL66.run(eval66_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["printshop", "recycling"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL66, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL66, tmp_path, "courierdepot")), problems


def test_engine_accuracy_floor(eval66_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (183/237 turns,
    97/132 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL66, eval66_dbs, 0.74, 0.70)), short
