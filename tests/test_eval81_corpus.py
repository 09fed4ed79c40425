"""The eighty-first development corpus (eval81/questions.jsonl over eval81/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025,
  camelCase columns in exactly one schema);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL81 = corpus.Corpus("eval81", "questions.jsonl", "datasets.py")

eval81_dbs = EVAL81.dbs_fixture("eval81_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL81.cases) >= 92 and len(EVAL81.turns) >= 185 and EVAL81.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL81)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL81.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "DAYOFWEEK(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "YEAR(current_date) - birth_year", 'YEAR(current_date) - "birthYear"', " ASC LIMIT ", "MAX(",
                    "MIN(", "AVG(", "SUM(", " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL81.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL81.cases} == set(EVAL81.datasets.BUILDERS)
    for name in EVAL81.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL81.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval81_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL81, eval81_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval81_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL81, eval81_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval81_dbs):
    assert not (problems := corpus.having_problems(EVAL81, eval81_dbs)), problems


def test_apiary_extraction_hive_foreign_key_is_only_implied(eval81_dbs):
    """honey_extractions.hive_id is NOT declared (only implied by its name); the other links are declared."""
    extractions = get_database(EVAL81.url(eval81_dbs, "apiary")).schema().tables["honey_extractions"]
    assert "hive_id" not in {fk.column for fk in extractions.foreign_keys if not fk.inferred}
    for name, table, ref in [("langschool", "enrolments", "students"), ("langschool", "exam_results", "enrolments"),
                             ("foodtrucks", "daily_sales", "trucks"), ("foodtrucks", "daily_sales", "locations"),
                             ("weddingvenue", "payments", "weddings"), ("weddingvenue", "staff_assignments",
                                                                        "suppliers"),
                             ("apiary", "hives", "apiaries"), ("apiary", "inspections", "hives"),
                             ("toollibrary", "loans", "tools"), ("toollibrary", "repairs", "tools")]:
        fks = get_database(EVAL81.url(eval81_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval81_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("langschool", "exam_results", "sat_at", "datetime"), ("langschool", "enrolments", "end_date", "date"),
        ("langschool", "students", "birth_year", "number"), ("langschool", "exam_results", "passed", "bool"),
        ("foodtrucks", "daily_sales", "opened_at", "datetime"), ("foodtrucks", "daily_sales", "sale_date", "date"),
        ("foodtrucks", "daily_sales", "rained", "bool"), ("foodtrucks", "fuel_purchases", "litres", "number"),
        ("weddingvenue", "weddings", "deposit_paid", "bool"), ("weddingvenue", "weddings", "wedding_date", "date"),
        ("weddingvenue", "payments", "paid_at", "datetime"),
        ("weddingvenue", "staff_assignments", "birth_date", "date"),
        ("apiary", "inspections", "queen_seen", "bool"), ("apiary", "inspections", "inspected_at", "datetime"),
        ("apiary", "hives", "removed_on", "date"), ("toollibrary", "loans", "borrowedAt", "datetime"),
        ("toollibrary", "loans", "returnedDate", "date"), ("toollibrary", "members", "birthYear", "number"),
        ("toollibrary", "tools", "isElectric", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL81.url(eval81_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_camel_case_in_exactly_one_schema(eval81_dbs):
    camel = set()
    for name in EVAL81.datasets.BUILDERS:
        tables = get_database(EVAL81.url(eval81_dbs, name)).schema().tables.values()
        if any(c.name != c.name.lower() for t in tables for c in t.columns):
            camel.add(name)
    assert camel == {"toollibrary"}


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval81_dbs):
    for name, sql in [("langschool", "SELECT COUNT(*) - COUNT(end_date) FROM enrolments"),
                      ("weddingvenue", "SELECT COUNT(*) - COUNT(cancelled_on) FROM weddings"),
                      ("apiary", "SELECT COUNT(*) - COUNT(removed_on) FROM hives"),
                      ("apiary", "SELECT COUNT(*) - COUNT(notes) FROM inspections"),
                      ("toollibrary", 'SELECT COUNT(*) - COUNT("returnedDate") FROM loans'),
                      ("toollibrary", 'SELECT COUNT(*) - COUNT("fixedDate") FROM repairs')]:
        assert EVAL81.run(eval81_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    running = EVAL81.run(eval81_dbs, "langschool", "SELECT COUNT(*) FROM enrolments e JOIN exam_results r "
                         "ON r.enrolment_id = e.enrolment_id WHERE e.end_date IS NULL")
    assert running.iloc[0, 0] == 0, "no exam results on an enrolment still running (end_date NULL)"
    out = EVAL81.run(eval81_dbs, "toollibrary", 'SELECT COUNT(*) FROM loans WHERE "returnedDate" IS NULL '
                     'AND "lateFee" <> 0')
    assert out.iloc[0, 0] == 0, "loans still out carry no late fee"
    for name, sql, span in [("langschool", "SELECT MIN(YEAR(enrolled_on)), MAX(YEAR(enrolled_on)) FROM enrolments",
                             (2023, 2025)),
                            ("foodtrucks", "SELECT MIN(YEAR(sale_date)), MAX(YEAR(sale_date)) FROM daily_sales",
                             (2023, 2024)),
                            ("weddingvenue", "SELECT MIN(YEAR(wedding_date)), MAX(YEAR(wedding_date)) FROM weddings",
                             (2023, 2025)),
                            ("apiary", "SELECT MIN(YEAR(inspected_at)), MAX(YEAR(inspected_at)) FROM inspections",
                             (2023, 2024)),
                            ("toollibrary", 'SELECT MIN(YEAR("borrowedAt")), MAX(YEAR("borrowedAt")) FROM loans',
                             (2023, 2025))]:
        assert tuple(EVAL81.run(eval81_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["foodtrucks", "toollibrary"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL81, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL81, tmp_path, "weddingvenue")), problems


def test_engine_accuracy_floor(eval81_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (172/219 turns,
    89/118 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL81, eval81_dbs, 0.75, 0.72)), short
