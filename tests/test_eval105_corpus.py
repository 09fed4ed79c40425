"""The hundred-and-fifth development corpus (eval105/questions.jsonl over eval105/datasets.py), to improve general
mechanisms.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, >= 15
  conversations on each of the five schemas, >= 8 rate turns with `accept_scaled`);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data from 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

No accuracy floor here: the figure is measured with the commands in eval105/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL105 = corpus.Corpus("eval105", "questions.jsonl", "datasets.py")

eval105_dbs = EVAL105.dbs_fixture("eval105_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL105.cases) >= 95 and len(EVAL105.turns) >= 195 and EVAL105.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL105)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL105.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "YEAR(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " ASC LIMIT ", " DESC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(",
                    " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL105.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL105.cases} == set(EVAL105.datasets.BUILDERS)
    for name in EVAL105.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL105.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval105_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL105, eval105_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval105_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL105, eval105_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval105_dbs):
    assert not (problems := corpus.having_problems(EVAL105, eval105_dbs)), problems


def test_tyre_job_fitter_foreign_key_is_only_implied(eval105_dbs):
    """jobs.fitter_id is NOT declared (only implied by its name); the other links are declared."""
    jobs = get_database(EVAL105.url(eval105_dbs, "tyregarage")).schema().tables["jobs"]
    declared = {fk.column for fk in jobs.foreign_keys if not fk.inferred}
    assert "fitter_id" not in declared and "branch_id" in declared
    for name, table, ref in [("tattoo", "bookings", "clients"), ("tattoo", "bookings", "artists"),
                             ("tattoo", "designs", "artists"), ("dogwalking", "walks", "dogs"),
                             ("dogwalking", "walks", "walkers"), ("dogwalking", "dogs", "owners"),
                             ("hackathon", "participants", "teams"), ("hackathon", "judge_scores", "submissions"),
                             ("fooddelivery", "orders", "restaurants"), ("fooddelivery", "orders", "riders"),
                             ("fooddelivery", "orders", "customers"), ("tyregarage", "tyres_sold", "jobs"),
                             ("tyregarage", "fitters", "branches")]:
        fks = get_database(EVAL105.url(eval105_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval105_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("tattoo", "bookings", "appointment_at", "datetime"), ("tattoo", "bookings", "booked_on", "date"),
        ("tattoo", "clients", "birth_date", "date"), ("tattoo", "designs", "is_flash", "bool"),
        ("tattoo", "bookings", "is_touch_up", "bool"), ("dogwalking", "walks", "startedAt", "datetime"),
        ("dogwalking", "walks", "endedAt", "datetime"), ("dogwalking", "walkers", "birthDate", "date"),
        ("dogwalking", "dogs", "leftDate", "date"), ("dogwalking", "owners", "hasKeySafe", "bool"),
        ("hackathon", "submissions", "submitted_at", "datetime"), ("hackathon", "teams", "registered_on", "date"),
        ("hackathon", "participants", "is_student", "bool"), ("hackathon", "submissions", "uses_ai", "bool"),
        ("fooddelivery", "orders", "placed_at", "datetime"), ("fooddelivery", "orders", "delivered_at", "datetime"),
        ("fooddelivery", "riders", "birth_date", "date"), ("fooddelivery", "customers", "is_premium", "bool"),
        ("tyregarage", "jobs", "started_at", "datetime"), ("tyregarage", "jobs", "finished_at", "datetime"),
        ("tyregarage", "fitters", "left_on", "date"), ("tyregarage", "tyres_sold", "is_runflat", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL105.url(eval105_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval105_dbs):
    for name, sql in [("tattoo", "SELECT COUNT(*) - COUNT(design_id) FROM bookings"),
                      ("tattoo", "SELECT COUNT(*) - COUNT(price_gbp) FROM bookings"),
                      ("dogwalking", "SELECT COUNT(*) - COUNT(leftDate) FROM dogs"),
                      ("dogwalking", "SELECT COUNT(*) - COUNT(ownerRating) FROM walks"),
                      ("hackathon", "SELECT COUNT(*) - COUNT(prize_gbp) FROM submissions"),
                      ("hackathon", "SELECT COUNT(*) - COUNT(university) FROM participants"),
                      ("fooddelivery", "SELECT COUNT(*) - COUNT(delivered_at) FROM orders"),
                      ("tyregarage", "SELECT COUNT(*) - COUNT(left_on) FROM fitters"),
                      ("tyregarage", "SELECT COUNT(*) - COUNT(finished_at) FROM jobs")]:
        assert EVAL105.run(eval105_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, why in [
            ("tattoo", "SELECT COUNT(*) FROM bookings WHERE (price_gbp IS NULL) <> (status <> 'completed')",
             "a booking has a price exactly when it was completed"),
            ("fooddelivery", "SELECT COUNT(*) FROM orders WHERE (delivered_at IS NULL) <> (status = 'cancelled') "
             "OR (rider_id IS NULL) <> (status = 'cancelled')", "only cancelled orders lack a delivery and a rider"),
            ("hackathon", "SELECT COUNT(*) FROM participants WHERE (university IS NULL) = is_student",
             "students, and only students, have a university"),
            ("dogwalking", "SELECT COUNT(*) FROM walks WHERE endedAt <= startedAt", "walks end after they start")]:
        assert EVAL105.run(eval105_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("tattoo", "SELECT MIN(YEAR(appointment_at)), MAX(YEAR(appointment_at)) FROM bookings", (2023, 2025)),
            ("dogwalking", "SELECT MIN(YEAR(startedAt)), MAX(YEAR(startedAt)) FROM walks", (2023, 2024)),
            ("hackathon", "SELECT MIN(YEAR(submitted_at)), MAX(YEAR(submitted_at)) FROM submissions", (2023, 2025)),
            ("fooddelivery", "SELECT MIN(YEAR(placed_at)), MAX(YEAR(placed_at)) FROM orders", (2023, 2025)),
            ("tyregarage", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM jobs", (2023, 2025))]:
        assert tuple(EVAL105.run(eval105_dbs, name, sql).iloc[0]) == span, name


def test_only_the_dogwalking_schema_is_camel_case(eval105_dbs):
    for name in EVAL105.datasets.BUILDERS:
        tables = get_database(EVAL105.url(eval105_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "dogwalking"), f"{name}: {camel[:5]}"


def test_datasets_module_is_standalone():
    """datasets.py imports nothing from the project (it must build the files from a bare checkout)."""
    source = (corpus.ROOT / "eval105" / "datasets.py").read_text()
    for package in ("agents", "db", "api", "tests", "settings"):
        assert f"from {package}" not in source and f"import {package}" not in source, package


@pytest.mark.parametrize("name", ["tattoo", "dogwalking", "hackathon", "fooddelivery", "tyregarage"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL105, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL105, tmp_path, "fooddelivery")), problems


def test_engine_accuracy_floor(eval105_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (196/251 turns,
    98/139 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL105, eval105_dbs, 0.75, 0.67)), short
