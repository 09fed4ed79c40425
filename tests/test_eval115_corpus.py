"""The hundred-and-fifteenth development corpus (eval115/questions.jsonl over eval115/datasets.py), to improve general
mechanisms.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas with
  >= 15 conversations each, >= 8 rate turns with `accept_scaled`);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (undeclared foreign keys next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data spanning 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

No accuracy floor: this corpus measures the engine, it does not hold it to a score.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL115 = corpus.Corpus("eval115", "questions.jsonl", "datasets.py")

eval115_dbs = EVAL115.dbs_fixture("eval115_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL115.cases) >= 95 and len(EVAL115.turns) >= 195 and EVAL115.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL115)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL115.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " ASC LIMIT ", " DESC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(",
                    " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL115.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL115.cases} == set(EVAL115.datasets.BUILDERS)
    for name in EVAL115.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL115.cases) >= 15, f"too few conversations on {name}"


def test_questions_are_not_repeated():
    """Every first turn is its own question (short follow-ups such as 'and the median?' may recur)."""
    firsts = [corpus.plain(case["turns"][0]["q"]) for case in EVAL115.cases]
    assert len(firsts) == len(set(firsts))


def test_every_gold_query_runs_and_returns_rows(eval115_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL115, eval115_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval115_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL115, eval115_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval115_dbs):
    assert not (problems := corpus.having_problems(EVAL115, eval115_dbs)), problems


def test_some_foreign_keys_are_only_implied(eval115_dbs):
    """rentals.pupil_id and missed_bins.crew_id are NOT declared (only implied by their names); the others are."""
    for name, table, column, declared_too in [("skischool", "rentals", "pupil_id", None),
                                              ("recycling", "missed_bins", "crew_id", "street_id")]:
        fks = get_database(EVAL115.url(eval115_dbs, name)).schema().tables[table].foreign_keys
        declared = {fk.column for fk in fks if not fk.inferred}
        assert column not in declared, f"{name}.{table}.{column} must not be declared"
        if declared_too:
            assert declared_too in declared, f"{name}.{table}.{declared_too}"
    for name, table, ref in [("vetclinic", "pets", "owners"), ("vetclinic", "consultations", "pets"),
                             ("vetclinic", "consultations", "vets"), ("skischool", "lessons", "instructors"),
                             ("skischool", "lessons", "pupils"), ("solarcoop", "installations", "members"),
                             ("solarcoop", "generation_readings", "installations"), ("solarcoop", "payouts", "members"),
                             ("boardgames", "visits", "customers"), ("boardgames", "visits", "gametables"),
                             ("boardgames", "foodOrders", "visits"), ("recycling", "collections", "crews"),
                             ("recycling", "collections", "streets")]:
        fks = get_database(EVAL115.url(eval115_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval115_dbs):
    kinds = [("vetclinic", "consultations", "consult_at", "datetime"),
             ("vetclinic", "consultations", "paid_on", "date"), ("vetclinic", "pets", "birth_date", "date"),
             ("vetclinic", "pets", "insured", "bool"), ("vetclinic", "owners", "birth_date", "date"),
             ("vetclinic", "consultations", "fee_gbp", "number"), ("skischool", "lessons", "lesson_start", "datetime"),
             ("skischool", "rentals", "returned_on", "date"), ("skischool", "instructors", "birth_date", "date"),
             ("skischool", "pupils", "birth_year", "number"), ("skischool", "lessons", "cancelled", "bool"),
             ("solarcoop", "generation_readings", "reading_month", "date"), ("solarcoop", "members", "left_on", "date"),
             ("solarcoop", "installations", "has_battery", "bool"), ("solarcoop", "payouts", "amount_gbp", "number"),
             ("boardgames", "visits", "arrivedAt", "datetime"), ("boardgames", "visits", "departedAt", "datetime"),
             ("boardgames", "customers", "isMember", "bool"), ("boardgames", "customers", "memberSince", "date"),
             ("boardgames", "foodOrders", "unitPrice", "number"),
             ("recycling", "collections", "collected_at", "datetime"),
             ("recycling", "missed_bins", "resolved_on", "date"), ("recycling", "crews", "leader_birth_date", "date"),
             ("recycling", "collections", "contaminated", "bool")]
    for name, table, column, kind in kinds:
        col = get_database(EVAL115.url(eval115_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval115_dbs):
    for name, sql in [("vetclinic", "SELECT COUNT(*) - COUNT(paid_on) FROM consultations"),
                      ("vetclinic", "SELECT COUNT(*) - COUNT(deceased_on) FROM pets"),
                      ("skischool", "SELECT COUNT(*) - COUNT(returned_on) FROM rentals"),
                      ("solarcoop", "SELECT COUNT(*) - COUNT(left_on) FROM members"),
                      ("boardgames", "SELECT COUNT(*) - COUNT(departedAt) FROM visits"),
                      ("boardgames", "SELECT COUNT(*) - COUNT(memberSince) FROM customers"),
                      ("recycling", "SELECT COUNT(*) - COUNT(resolved_on) FROM missed_bins")]:
        assert EVAL115.run(eval115_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs in {sql}"
    for name, sql in [("boardgames", "SELECT COUNT(*) FROM customers WHERE isMember <> (memberSince IS NOT NULL)"),
                      ("boardgames", "SELECT COUNT(*) FROM visits WHERE departedAt IS NULL "
                                     "AND CAST(arrivedAt AS DATE) < (SELECT MAX(CAST(arrivedAt AS DATE)) FROM visits)"),
                      ("vetclinic", "SELECT COUNT(*) FROM consultations c JOIN pets p ON p.pet_id = c.pet_id "
                                    "WHERE CAST(c.consult_at AS DATE) > p.deceased_on"),
                      ("skischool", "SELECT COUNT(*) FROM rentals WHERE returned_on <= rented_on"),
                      ("recycling", "SELECT COUNT(*) FROM missed_bins "
                                    "WHERE crew_id NOT IN (SELECT crew_id FROM crews)")]:
        assert EVAL115.run(eval115_dbs, name, sql).iloc[0, 0] == 0, f"{name}: {sql}"
    for name, sql, span in [
            ("vetclinic", "SELECT MIN(YEAR(consult_at)), MAX(YEAR(consult_at)) FROM consultations", (2023, 2024)),
            ("skischool", "SELECT MIN(YEAR(lesson_start)), MAX(YEAR(lesson_start)) FROM lessons", (2023, 2025)),
            ("solarcoop", "SELECT MIN(YEAR(reading_month)), MAX(YEAR(reading_month)) FROM generation_readings",
             (2023, 2025)),
            ("boardgames", "SELECT MIN(YEAR(arrivedAt)), MAX(YEAR(arrivedAt)) FROM visits", (2023, 2025)),
            ("recycling", "SELECT MIN(YEAR(collected_at)), MAX(YEAR(collected_at)) FROM collections", (2023, 2024))]:
        assert tuple(EVAL115.run(eval115_dbs, name, sql).iloc[0]) == span, name


def test_only_the_boardgames_schema_is_camel_case(eval115_dbs):
    for name in EVAL115.datasets.BUILDERS:
        tables = get_database(EVAL115.url(eval115_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "boardgames"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["vetclinic", "skischool", "solarcoop", "boardgames", "recycling"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL115, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL115, tmp_path, "solarcoop")), problems


def test_engine_accuracy_floor(eval115_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (162/218 turns,
    78/112 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL115, eval115_dbs, 0.71, 0.66)), short
