"""The hundred-and-seventeenth corpus, held out (eval117/questions.jsonl over eval117/datasets.py): the final, honest
measurement of the offline engine on schemas and questions its authors never saw. No accuracy floor here: nobody
tunes against it.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, >= 8 rate turns,
  >= 15 conversations on each of five schemas);
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

EVAL117 = corpus.Corpus("eval117", "questions.jsonl", "datasets.py")

eval117_dbs = EVAL117.dbs_fixture("eval117_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL117.cases) >= 95 and len(EVAL117.turns) >= 195 and EVAL117.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL117)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL117.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "YEAR(", "date_diff(", "date_sub('year'",
                    "YEAR(current_date) - ", " ASC LIMIT ", " DESC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(",
                    " <> ", "NOT ", "DISTINCT ", " >= ", " > ", " < "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL117.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL117.cases} == set(EVAL117.datasets.BUILDERS)
    for name in EVAL117.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL117.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval117_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL117, eval117_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval117_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL117, eval117_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval117_dbs):
    assert not (problems := corpus.having_problems(EVAL117, eval117_dbs)), problems


def test_swimpool_swim_lane_foreign_key_is_only_implied(eval117_dbs):
    """swims.lane_id is NOT declared (only implied by its name); the other links are declared."""
    swims = get_database(EVAL117.url(eval117_dbs, "swimpool")).schema().tables["swims"]
    declared = {fk.column for fk in swims.foreign_keys if not fk.inferred}
    assert "lane_id" not in declared and "member_id" in declared
    for name, table, ref in [("canalboats", "hires", "boats"), ("canalboats", "hires", "customers"),
                             ("canalboats", "breakdowns", "hires"), ("swimpool", "lessons", "lanes"),
                             ("swimpool", "lessons", "members"), ("winebar", "tabitems", "wines"),
                             ("winebar", "tabitems", "staff"), ("winebar", "tastings", "staff"),
                             ("allotments", "plots", "plot_holders"), ("allotments", "inspections", "plots"),
                             ("allotments", "rent_payments", "plot_holders"), ("taxis", "rides", "drivers"),
                             ("taxis", "rides", "vehicles"), ("taxis", "complaints", "rides")]:
        tables = get_database(EVAL117.url(eval117_dbs, name)).schema().tables
        fks = next(t for key, t in tables.items() if key.lower() == table).foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval117_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("canalboats", "hires", "start_date", "date"), ("canalboats", "hires", "end_date", "date"),
        ("canalboats", "breakdowns", "reported_at", "datetime"), ("canalboats", "customers", "birth_date", "date"),
        ("canalboats", "boats", "pets_allowed", "bool"), ("canalboats", "hires", "with_pet", "bool"),
        ("swimpool", "swims", "entered_at", "datetime"), ("swimpool", "members", "cancelled_on", "date"),
        ("swimpool", "lessons", "attended", "bool"), ("swimpool", "members", "club_swimmer", "bool"),
        ("winebar", "tabItems", "orderedAt", "datetime"), ("winebar", "staff", "birthDate", "date"),
        ("winebar", "tastings", "tastingDate", "date"), ("winebar", "wines", "isOrganic", "bool"),
        ("allotments", "inspections", "inspected_on", "date"), ("allotments", "plot_holders", "birth_date", "date"),
        ("allotments", "plots", "has_shed", "bool"), ("allotments", "rent_payments", "paid_late", "bool"),
        ("taxis", "rides", "pickup_at", "datetime"), ("taxis", "rides", "dropoff_at", "datetime"),
        ("taxis", "complaints", "closed_on", "date"), ("taxis", "vehicles", "wheelchair_accessible", "bool")]}
    for (name, table, column), kind in kinds.items():
        tables = get_database(EVAL117.url(eval117_dbs, name)).schema().tables
        found = next(t for key, t in tables.items() if key.lower() == table.lower())
        col = found.column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval117_dbs):
    for name, sql in [("canalboats", "SELECT COUNT(*) - COUNT(end_date) FROM hires"),
                      ("canalboats", "SELECT COUNT(*) - COUNT(resolved_at) FROM breakdowns"),
                      ("swimpool", "SELECT COUNT(*) - COUNT(cancelled_on) FROM members"),
                      ("winebar", "SELECT COUNT(*) - COUNT(vintage) FROM wines"),
                      ("winebar", "SELECT COUNT(*) - COUNT(leftDate) FROM staff"),
                      ("allotments", "SELECT COUNT(*) - COUNT(holder_id) FROM plots"),
                      ("allotments", "SELECT COUNT(*) - COUNT(reinspect_by) FROM inspections"),
                      ("taxis", "SELECT COUNT(*) - COUNT(dropoff_at) FROM rides"),
                      ("taxis", "SELECT COUNT(*) - COUNT(closed_on) FROM complaints")]:
        assert EVAL117.run(eval117_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs in {sql}"
    for name, sql in [("canalboats", "SELECT COUNT(*) FROM hires WHERE (end_date IS NULL) <> (locks_passed IS NULL)"),
                      ("taxis", "SELECT COUNT(*) FROM rides WHERE (status = 'completed') <> (dropoff_at IS NOT NULL)"),
                      ("taxis", "SELECT COUNT(*) FROM rides WHERE (fare_gbp IS NULL) <> (dropoff_at IS NULL)"),
                      ("allotments", "SELECT COUNT(*) FROM inspections WHERE (reinspect_by IS NULL) "
                                     "<> (outcome IN ('good', 'satisfactory'))"),
                      ("winebar", "SELECT COUNT(*) FROM wines WHERE vintage IS NULL AND colour <> 'sparkling'")]:
        assert EVAL117.run(eval117_dbs, name, sql).iloc[0, 0] == 0, f"{name}: {sql}"
    for name, sql, span in [("canalboats", "SELECT MIN(YEAR(start_date)), MAX(YEAR(start_date)) FROM hires",
                             (2023, 2025)),
                            ("swimpool", "SELECT MIN(YEAR(entered_at)), MAX(YEAR(entered_at)) FROM swims",
                             (2023, 2024)),
                            ("winebar", "SELECT MIN(YEAR(orderedAt)), MAX(YEAR(orderedAt)) FROM tabItems",
                             (2023, 2025)),
                            ("allotments", "SELECT MIN(YEAR(inspected_on)), MAX(YEAR(inspected_on)) FROM inspections",
                             (2023, 2025)),
                            ("taxis", "SELECT MIN(YEAR(pickup_at)), MAX(YEAR(pickup_at)) FROM rides", (2023, 2025))]:
        assert tuple(EVAL117.run(eval117_dbs, name, sql).iloc[0]) == span, name


def test_only_the_winebar_schema_is_camel_case(eval117_dbs):
    for name in EVAL117.datasets.BUILDERS:
        tables = get_database(EVAL117.url(eval117_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "winebar"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["canalboats", "swimpool", "winebar", "allotments", "taxis"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL117, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL117, tmp_path, "allotments")), problems
