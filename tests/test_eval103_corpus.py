"""The hundred-and-third held-out corpus (eval103/questions.jsonl over eval103/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval103/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL103 = corpus.Corpus("eval103", "questions.jsonl", "datasets.py")

eval103_dbs = EVAL103.dbs_fixture("eval103_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL103.cases) >= 92 and len(EVAL103.turns) >= 185 and EVAL103.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL103)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL103.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL103.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL103.cases} == set(EVAL103.datasets.BUILDERS)
    for name in EVAL103.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL103.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval103_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL103, eval103_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval103_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL103, eval103_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval103_dbs):
    assert not (problems := corpus.having_problems(EVAL103, eval103_dbs)), problems


def test_breakdowns_boat_foreign_key_is_only_implied(eval103_dbs):
    """breakdowns.boat_id is NOT declared (only implied by its name); the other links are declared."""
    breakdowns = get_database(EVAL103.url(eval103_dbs, "canalboats")).schema().tables["breakdowns"]
    assert "boat_id" not in {fk.column.lower() for fk in breakdowns.foreign_keys if not fk.inferred}
    for name, table, ref in [("climbingwall", "ascents", "routes"), ("climbingwall", "ascents", "members"),
                             ("canalboats", "hires", "boats"), ("canalboats", "hires", "hirers"),
                             ("canteen", "meals", "pupils"), ("canteen", "allergies", "pupils"),
                             ("dentallab", "cases", "dentists"), ("dentallab", "remakes", "cases"),
                             ("radio", "tracksPlayed", "shows"), ("radio", "shows", "presenters")]:
        fks = get_database(EVAL103.url(eval103_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval103_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("climbingwall", "ascents", "climbed_at", "datetime"), ("climbingwall", "routes", "stripped_on", "date"),
        ("climbingwall", "members", "birth_date", "date"), ("climbingwall", "ascents", "topped", "bool"),
        ("canalboats", "hires", "start_date", "date"), ("canalboats", "breakdowns", "fixed_at", "datetime"),
        ("canalboats", "boats", "dogs_allowed", "bool"),
        ("canteen", "meals", "served_at", "datetime"), ("canteen", "pupils", "birth_date", "date"),
        ("canteen", "pupils", "free_school_meals", "bool"), ("dentallab", "cases", "shipped_on", "date"),
        ("dentallab", "cases", "rush", "bool"), ("radio", "shows", "startTime", "datetime"),
        ("radio", "presenters", "birthDate", "date"), ("radio", "tracksPlayed", "isLocalArtist", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL103.url(eval103_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval103_dbs):
    for name, sql in [("climbingwall", "SELECT COUNT(*) - COUNT(stripped_on) FROM routes"),
                      ("canalboats", "SELECT COUNT(*) - COUNT(fixed_at) FROM breakdowns"),
                      ("canteen", "SELECT COUNT(*) - COUNT(left_on) FROM pupils"),
                      ("dentallab", "SELECT COUNT(*) - COUNT(shipped_on) FROM cases")]:
        assert EVAL103.run(eval103_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("climbingwall", "SELECT COUNT(*) FROM routes WHERE stripped_on < set_on", "a route is stripped after set"),
            ("canalboats", "SELECT COUNT(*) FROM hires WHERE end_date <= start_date", "a hire ends after it starts"),
            ("dentallab", "SELECT COUNT(*) FROM remakes r JOIN cases c ON c.case_id = r.case_id "
             "WHERE c.shipped_on IS NULL", "only shipped cases are remade"),
            ("canteen", "SELECT COUNT(*) FROM meals m JOIN pupils p ON p.pupil_id = m.pupil_id "
             "WHERE p.free_school_meals AND m.price_gbp <> 0", "free school meals cost nothing")]:
        assert EVAL103.run(eval103_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("climbingwall", "SELECT MIN(YEAR(climbed_at)), MAX(YEAR(climbed_at)) FROM ascents", (2023, 2025)),
            ("canalboats", "SELECT MIN(YEAR(start_date)), MAX(YEAR(start_date)) FROM hires", (2023, 2025)),
            ("canteen", "SELECT MIN(YEAR(served_at)), MAX(YEAR(served_at)) FROM meals", (2023, 2024)),
            ("dentallab", "SELECT MIN(YEAR(received_on)), MAX(YEAR(received_on)) FROM cases", (2023, 2025)),
            ("radio", 'SELECT MIN(YEAR("startTime")), MAX(YEAR("startTime")) FROM shows', (2023, 2024))]:
        assert tuple(EVAL103.run(eval103_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["canalboats", "radio"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL103, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL103, tmp_path, "dentallab")), problems
