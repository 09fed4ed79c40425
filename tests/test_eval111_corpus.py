"""The hundred-and-eleventh development corpus (eval111/questions.jsonl over eval111/datasets.py), to improve general
mechanisms. It has no accuracy floor: these tests check the corpus itself, not the engine.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data from 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL111 = corpus.Corpus("eval111", "questions.jsonl", "datasets.py")

eval111_dbs = EVAL111.dbs_fixture("eval111_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL111.cases) >= 95 and len(EVAL111.turns) >= 195 and EVAL111.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL111)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL111.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL111.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL111.cases} == set(EVAL111.datasets.BUILDERS)
    for name in EVAL111.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL111.cases) >= 15, f"too few conversations on {name}"
    three_table = [turn for _, _, turn in EVAL111.turns if turn["sql"].count(" JOIN ") >= 2]
    assert len(three_table) >= 5, "too few joins across three tables"


def test_every_gold_query_runs_and_returns_rows(eval111_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL111, eval111_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval111_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL111, eval111_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval111_dbs):
    assert not (problems := corpus.having_problems(EVAL111, eval111_dbs)), problems


def test_parking_notice_warden_foreign_key_is_only_implied(eval111_dbs):
    """penalty_notices.warden_id is NOT declared (only implied by its name); the other links are declared."""
    notices = get_database(EVAL111.url(eval111_dbs, "parking")).schema().tables["penalty_notices"]
    declared = {fk.column for fk in notices.foreign_keys if not fk.inferred}
    assert "warden_id" not in declared and "street_id" in declared
    for name, table, ref in [("lingo", "lesson_completions", "learners"), ("lingo", "lesson_completions", "courses"),
                             ("lingo", "subscriptions", "learners"), ("parking", "appeals", "penalty_notices"),
                             ("drones", "flights", "drones"), ("drones", "parcels", "flights"),
                             ("tailor", "jobs", "garments"), ("tailor", "jobs", "tailors"),
                             ("tailor", "garments", "customers"), ("scuba", "dives", "divers"),
                             ("scuba", "dives", "instructors"), ("scuba", "certifications", "divers")]:
        fks = get_database(EVAL111.url(eval111_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval111_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("lingo", "lesson_completions", "completed_at", "datetime"), ("lingo", "learners", "birth_date", "date"),
        ("lingo", "subscriptions", "ended_on", "date"), ("lingo", "lesson_completions", "used_hints", "bool"),
        ("lingo", "subscriptions", "monthly_fee_usd", "number"),
        ("parking", "penalty_notices", "issued_at", "datetime"), ("parking", "penalty_notices", "paid_on", "date"),
        ("parking", "penalty_notices", "cancelled", "bool"), ("parking", "wardens", "birth_year", "number"),
        ("parking", "appeals", "decided_on", "date"), ("parking", "penalty_notices", "amount_paid_gbp", "number"),
        ("drones", "flights", "takeoffAt", "datetime"), ("drones", "flights", "landingAt", "datetime"),
        ("drones", "flights", "isAborted", "bool"), ("drones", "drones", "commissionedDate", "date"),
        ("drones", "weatherHolds", "liftedAt", "datetime"), ("drones", "parcels", "deliveryFeeGbp", "number"),
        ("tailor", "jobs", "promised_on", "date"), ("tailor", "jobs", "collected_on", "date"),
        ("tailor", "jobs", "express", "bool"), ("tailor", "customers", "birth_date", "date"),
        ("tailor", "jobs", "price_gbp", "number"),
        ("scuba", "dives", "dive_start", "datetime"), ("scuba", "divers", "birth_date", "date"),
        ("scuba", "dives", "night_dive", "bool"), ("scuba", "certifications", "certified_on", "date"),
        ("scuba", "instructors", "birth_year", "number"), ("scuba", "dives", "max_depth_m", "number")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL111.url(eval111_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval111_dbs):
    for name, sql in [("lingo", "SELECT COUNT(*) - COUNT(ended_on) FROM subscriptions"),
                      ("parking", "SELECT COUNT(*) - COUNT(paid_on) FROM penalty_notices"),
                      ("parking", "SELECT COUNT(*) - COUNT(outcome) FROM appeals"),
                      ("drones", "SELECT COUNT(*) - COUNT(liftedAt) FROM weatherHolds"),
                      ("drones", "SELECT COUNT(*) - COUNT(deliveredAt) FROM parcels"),
                      ("tailor", "SELECT COUNT(*) - COUNT(ready_on) FROM jobs"),
                      ("tailor", "SELECT COUNT(*) - COUNT(collected_on) FROM jobs"),
                      ("scuba", "SELECT COUNT(*) - COUNT(instructor_id) FROM dives"),
                      ("scuba", "SELECT COUNT(*) - COUNT(certified_on) FROM certifications")]:
        assert EVAL111.run(eval111_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, why in [
            ("lingo", "SELECT COUNT(*) FROM subscriptions WHERE (ended_on IS NULL) <> (cancel_reason IS NULL)",
             "a cancel reason exactly when the subscription has ended"),
            ("parking", "SELECT COUNT(*) FROM appeals WHERE (outcome IS NULL) <> (decided_on IS NULL)",
             "an outcome exactly when the appeal is decided"),
            ("parking", "SELECT COUNT(*) FROM penalty_notices WHERE cancelled AND paid_on IS NOT NULL",
             "a cancelled ticket is never paid"),
            ("parking", "SELECT COUNT(*) FROM penalty_notices WHERE (paid_on IS NULL) <> (amount_paid_gbp IS NULL)",
             "an amount paid exactly when the ticket is paid"),
            ("drones", "SELECT COUNT(*) FROM parcels p JOIN flights f ON f.flightId = p.flightId "
                       "WHERE f.isAborted AND p.deliveredAt IS NOT NULL", "aborted flights deliver nothing"),
            ("drones", "SELECT COUNT(*) FROM flights WHERE landingAt <= takeoffAt", "a flight lands after takeoff"),
            ("tailor", "SELECT COUNT(*) FROM jobs WHERE ready_on IS NULL AND collected_on IS NOT NULL",
             "nothing is collected before it is ready"),
            ("scuba", "SELECT COUNT(*) FROM certifications WHERE certified_on < started_on",
             "a certification comes after its course starts")]:
        assert EVAL111.run(eval111_dbs, name, sql).iloc[0, 0] == 0, f"{name}: {why}"
    for name, sql, span in [
            ("lingo", "SELECT MIN(YEAR(completed_at)), MAX(YEAR(completed_at)) FROM lesson_completions", (2023, 2024)),
            ("parking", "SELECT MIN(YEAR(issued_at)), MAX(YEAR(issued_at)) FROM penalty_notices", (2023, 2025)),
            ("drones", "SELECT MIN(YEAR(takeoffAt)), MAX(YEAR(takeoffAt)) FROM flights", (2023, 2025)),
            ("tailor", "SELECT MIN(YEAR(received_on)), MAX(YEAR(received_on)) FROM jobs", (2023, 2024)),
            ("scuba", "SELECT MIN(YEAR(dive_start)), MAX(YEAR(dive_start)) FROM dives", (2023, 2025))]:
        assert tuple(EVAL111.run(eval111_dbs, name, sql).iloc[0]) == span, name


def test_people_have_names_and_a_birth_date_or_year(eval111_dbs):
    for name, table, born in [("lingo", "learners", "birth_date"), ("parking", "wardens", "birth_year"),
                              ("tailor", "customers", "birth_date"), ("tailor", "tailors", "birth_year"),
                              ("scuba", "divers", "birth_date"), ("scuba", "instructors", "birth_year")]:
        columns = {c.name for c in get_database(EVAL111.url(eval111_dbs, name)).schema().tables[table].columns}
        assert {"first_name", "last_name", born} <= columns, f"{name}.{table}"


def test_only_the_drones_schema_is_camel_case(eval111_dbs):
    for name in EVAL111.datasets.BUILDERS:
        tables = get_database(EVAL111.url(eval111_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "drones"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["lingo", "parking", "drones", "scuba"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL111, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL111, tmp_path, "tailor")), problems


def test_engine_accuracy_floor(eval111_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (162/237 turns,
    85/128 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL111, eval111_dbs, 0.65, 0.63)), short
