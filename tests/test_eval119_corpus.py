"""The hundred-and-nineteenth development corpus (eval119/questions.jsonl over eval119/datasets.py), to improve
general mechanisms.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas with
  >= 15 conversations each, >= 8 rate turns);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data from 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

There is no accuracy floor: this corpus measures, it does not gate.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL119 = corpus.Corpus("eval119", "questions.jsonl", "datasets.py")

eval119_dbs = EVAL119.dbs_fixture("eval119_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL119.cases) >= 95 and len(EVAL119.turns) >= 195 and EVAL119.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL119)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL119.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "YEAR(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " ASC LIMIT ", " DESC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(",
                    " <> ", "NOT ", "DISTINCT ", " > ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL119.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL119.cases} == set(EVAL119.datasets.BUILDERS)
    for name in EVAL119.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL119.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval119_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL119, eval119_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval119_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL119, eval119_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval119_dbs):
    assert not (problems := corpus.having_problems(EVAL119, eval119_dbs)), problems


def test_treesurgery_job_crew_foreign_key_is_only_implied(eval119_dbs):
    """jobs.crew_id is NOT declared (only implied by its name); the other links are declared."""
    jobs = get_database(EVAL119.url(eval119_dbs, "treesurgery")).schema().tables["jobs"]
    declared = {fk.column for fk in jobs.foreign_keys if not fk.inferred}
    assert "crew_id" not in declared and "customer_id" in declared
    for name, table, ref in [("treesurgery", "equipment_hires", "jobs"), ("libraryvan", "loans", "borrowers"),
                             ("libraryvan", "loans", "stops"), ("libraryvan", "borrowers", "stops"),
                             ("libraryvan", "fines", "loans"), ("costumehire", "hires", "costumes"),
                             ("costumehire", "hires", "customers"), ("costumehire", "damage_charges", "hires"),
                             ("cricketnets", "bookings", "lanes"), ("cricketnets", "bookings", "players"),
                             ("cricketnets", "coaching_sessions", "players"), ("escooter", "rides", "scooters"),
                             ("escooter", "rides", "riders"), ("escooter", "fines", "rides")]:
        fks = get_database(EVAL119.url(eval119_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval119_dbs):
    kinds = [("treesurgery", "jobs", "enquiry_at", "datetime"), ("treesurgery", "jobs", "completed_on", "date"),
             ("treesurgery", "jobs", "accepted", "bool"), ("treesurgery", "crews", "leader_birth_year", "number"),
             ("treesurgery", "equipment_hires", "cost_gbp", "number"),
             ("libraryvan", "loans", "loaned_at", "datetime"), ("libraryvan", "loans", "returned_on", "date"),
             ("libraryvan", "borrowers", "birth_year", "number"), ("libraryvan", "fines", "waived", "bool"),
             ("costumehire", "hires", "out_at", "datetime"), ("costumehire", "hires", "back_at", "datetime"),
             ("costumehire", "hires", "due_back", "date"), ("costumehire", "customers", "birth_date", "date"),
             ("costumehire", "costumes", "handmade", "bool"),
             ("cricketnets", "bookings", "session_start", "datetime"),
             ("cricketnets", "bookings", "cancelled_at", "datetime"), ("cricketnets", "players", "birth_date", "date"),
             ("cricketnets", "lanes", "indoor", "bool"), ("cricketnets", "coaching_sessions", "attended", "bool"),
             ("escooter", "rides", "startedAt", "datetime"), ("escooter", "scooters", "retiredDate", "date"),
             ("escooter", "riders", "birthYear", "number"), ("escooter", "rides", "parkedInBay", "bool"),
             ("escooter", "fines", "paidDate", "date")]
    for name, table, column, kind in kinds:
        col = get_database(EVAL119.url(eval119_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval119_dbs):
    for name, sql in [("treesurgery", "SELECT COUNT(*) FROM jobs WHERE accepted AND completed_on IS NULL"),
                      ("treesurgery", "SELECT COUNT(*) - COUNT(returned_on) FROM equipment_hires"),
                      ("libraryvan", "SELECT COUNT(*) - COUNT(returned_on) FROM loans"),
                      ("libraryvan", "SELECT COUNT(*) FROM fines WHERE paid_on IS NULL AND NOT waived"),
                      ("costumehire", "SELECT COUNT(*) - COUNT(back_at) FROM hires"),
                      ("cricketnets", "SELECT COUNT(cancelled_at) FROM bookings"),
                      ("escooter", "SELECT COUNT(*) - COUNT(retiredDate) FROM scooters"),
                      ("escooter", "SELECT COUNT(*) - COUNT(paidDate) FROM fines")]:
        assert EVAL119.run(eval119_dbs, name, sql).iloc[0, 0] > 0, f"{name}: {sql}"
    consistent = [("treesurgery", "SELECT COUNT(*) FROM jobs WHERE (invoice_gbp IS NULL) <> (completed_on IS NULL)"),
                  ("treesurgery", "SELECT COUNT(*) FROM jobs WHERE NOT accepted AND start_date IS NOT NULL"),
                  ("treesurgery", "SELECT COUNT(*) FROM equipment_hires WHERE (cost_gbp IS NULL) <> "
                                  "(returned_on IS NULL)"),
                  ("libraryvan", "SELECT COUNT(*) FROM fines WHERE waived AND paid_on IS NOT NULL"),
                  ("costumehire", "SELECT COUNT(*) FROM hires WHERE back_at < out_at"),
                  ("cricketnets", "SELECT COUNT(*) FROM bookings WHERE cancelled_at >= session_start"),
                  ("escooter", "SELECT COUNT(*) FROM rides WHERE endedAt <= startedAt")]
    for name, sql in consistent:
        assert EVAL119.run(eval119_dbs, name, sql).iloc[0, 0] == 0, f"{name}: {sql}"
    for name, sql, span in [("treesurgery", "SELECT MIN(YEAR(quote_date)), MAX(YEAR(quote_date)) FROM jobs",
                             (2023, 2025)),
                            ("libraryvan", "SELECT MIN(YEAR(loaned_at)), MAX(YEAR(loaned_at)) FROM loans",
                             (2023, 2025)),
                            ("costumehire", "SELECT MIN(YEAR(out_at)), MAX(YEAR(out_at)) FROM hires", (2023, 2025)),
                            ("cricketnets", "SELECT MIN(YEAR(session_start)), MAX(YEAR(session_start)) FROM bookings",
                             (2023, 2024)),
                            ("escooter", "SELECT MIN(YEAR(startedAt)), MAX(YEAR(startedAt)) FROM rides", (2023, 2025))]:
        assert tuple(EVAL119.run(eval119_dbs, name, sql).iloc[0]) == span, name


def test_only_the_escooter_schema_is_camel_case(eval119_dbs):
    for name in EVAL119.datasets.BUILDERS:
        tables = get_database(EVAL119.url(eval119_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "escooter"), f"{name}: {camel[:5]}"


def test_each_schema_has_three_or_four_tables_and_a_realistic_size(eval119_dbs):
    for name in EVAL119.datasets.BUILDERS:
        tables = get_database(EVAL119.url(eval119_dbs, name)).schema().tables
        assert 3 <= len(tables) <= 4, f"{name}: {sorted(tables)}"
        rows = sum(int(EVAL119.run(eval119_dbs, name, f'SELECT COUNT(*) FROM "{t}"').iloc[0, 0]) for t in tables)
        assert 300 <= rows <= 20_000, f"{name}: {rows} rows"


@pytest.mark.parametrize("name", ["treesurgery", "costumehire", "escooter"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL119, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL119, tmp_path, "libraryvan")), problems


def test_datasets_module_is_standalone():
    """The builders import nothing from the project (only the standard library, duckdb and pandas)."""
    source = (corpus.ROOT / "eval119" / "datasets.py").read_text()
    imports = {line.split()[1].split(".")[0] for line in source.splitlines()
               if line.startswith(("import ", "from "))}
    assert imports <= {"__future__", "datetime", "random", "sys", "collections", "pathlib", "duckdb", "pandas"}, imports


def test_engine_accuracy_floor(eval119_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (163/239 turns,
    87/135 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL119, eval119_dbs, 0.65, 0.61)), short
