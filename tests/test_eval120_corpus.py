"""The hundred-and-twentieth corpus (eval120/questions.jsonl over eval120/datasets.py), held out: the honest measure
of the offline engine on schemas and questions its authors never saw (no accuracy floor here: nobody tunes on it).

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas with
  >= 15 conversations each, >= 8 rate turns);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data spanning 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL120 = corpus.Corpus("eval120", "questions.jsonl", "datasets.py")

eval120_dbs = EVAL120.dbs_fixture("eval120_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL120.cases) >= 95 and len(EVAL120.turns) >= 195 and EVAL120.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL120)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL120.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " ASC LIMIT ", " DESC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(",
                    " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL120.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL120.cases} == set(EVAL120.datasets.BUILDERS)
    for name in EVAL120.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL120.cases) >= 15, f"too few conversations on {name}"


def test_datasets_module_is_standalone():
    """eval120/datasets.py imports nothing from the project (only the standard library, duckdb and pandas)."""
    source = (corpus.ROOT / "eval120" / "datasets.py").read_text()
    imports = {line.split()[1].split(".")[0] for line in source.splitlines()
               if line.startswith(("import ", "from "))}
    assert imports <= {"__future__", "datetime", "random", "sys", "collections", "pathlib", "duckdb", "pandas"}, imports


def test_every_gold_query_runs_and_returns_rows(eval120_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL120, eval120_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval120_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL120, eval120_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval120_dbs):
    assert not (problems := corpus.having_problems(EVAL120, eval120_dbs)), problems


def test_charity_shop_sales_volunteer_foreign_key_is_only_implied(eval120_dbs):
    """sales.volunteer_id is NOT declared (only implied by its name); the other links are declared."""
    sales = get_database(EVAL120.url(eval120_dbs, "charityshop")).schema().tables["sales"]
    declared = {fk.column for fk in sales.foreign_keys if not fk.inferred}
    assert "volunteer_id" not in declared and "item_id" in declared
    for name, table, ref in [("hostel", "stays", "guests"), ("hostel", "stays", "rooms"), ("hostel", "extras", "stays"),
                             ("golfrange", "sessions", "bays"), ("golfrange", "sessions", "customers"),
                             ("golfrange", "lessons", "customers"), ("charityshop", "shifts", "volunteers"),
                             ("icerink", "sessions", "skaters"), ("icerink", "lessons", "coaches"),
                             ("plumbing", "callouts", "plumbers"), ("plumbing", "callouts", "customers"),
                             ("plumbing", "invoices", "callouts")]:
        fks = get_database(EVAL120.url(eval120_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval120_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("hostel", "stays", "check_in", "date"), ("hostel", "stays", "check_out", "date"),
        ("hostel", "guests", "birth_date", "date"), ("hostel", "extras", "bought_at", "datetime"),
        ("hostel", "stays", "prepaid", "bool"), ("hostel", "rooms", "ensuite", "bool"),
        ("golfrange", "sessions", "startedAt", "datetime"), ("golfrange", "sessions", "endedAt", "datetime"),
        ("golfrange", "customers", "joinedDate", "date"), ("golfrange", "lessons", "wasCancelled", "bool"),
        ("golfrange", "bays", "hasTracker", "bool"), ("charityshop", "items", "donated_on", "date"),
        ("charityshop", "sales", "sold_at", "datetime"), ("charityshop", "volunteers", "birth_date", "date"),
        ("charityshop", "items", "gift_aid", "bool"), ("charityshop", "shifts", "shift_start", "datetime"),
        ("icerink", "sessions", "starts_at", "datetime"), ("icerink", "skaters", "birth_date", "date"),
        ("icerink", "sessions", "skate_hire", "bool"), ("icerink", "lessons", "attended", "bool"),
        ("plumbing", "callouts", "finished_at", "datetime"), ("plumbing", "invoices", "paid_on", "date"),
        ("plumbing", "callouts", "emergency", "bool"), ("plumbing", "plumbers", "gas_safe", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL120.url(eval120_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval120_dbs):
    for name, sql in [("hostel", "SELECT COUNT(*) - COUNT(check_out) FROM stays"),
                      ("golfrange", "SELECT COUNT(*) - COUNT(customerId) FROM sessions"),
                      ("golfrange", "SELECT COUNT(*) - COUNT(handicap) FROM customers"),
                      ("charityshop", "SELECT COUNT(*) - COUNT(left_on) FROM volunteers"),
                      ("icerink", "SELECT COUNT(*) - COUNT(skate_size) FROM sessions"),
                      ("plumbing", "SELECT COUNT(*) - COUNT(finished_at) FROM callouts"),
                      ("plumbing", "SELECT COUNT(*) - COUNT(paid_on) FROM invoices")]:
        assert EVAL120.run(eval120_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    checks = [("hostel", "SELECT COUNT(*) FROM stays WHERE check_out IS NULL AND check_in < DATE '2025-02-14'"),
              ("icerink", "SELECT COUNT(*) FROM sessions WHERE skate_hire <> (skate_size IS NOT NULL)"),
              ("plumbing", "SELECT COUNT(*) FROM invoices i JOIN callouts c ON c.callout_id = i.callout_id "
                           "WHERE c.finished_at IS NULL"),
              ("plumbing", "SELECT COUNT(*) FROM invoices WHERE (paid_on IS NULL) <> (payment_method IS NULL)"),
              ("charityshop", "SELECT COUNT(*) FROM (SELECT item_id FROM sales GROUP BY item_id HAVING COUNT(*) > 1)")]
    for name, sql in checks:
        assert EVAL120.run(eval120_dbs, name, sql).iloc[0, 0] == 0, f"{name}: {sql}"
    for name, sql, span in [("hostel", "SELECT MIN(YEAR(check_in)), MAX(YEAR(check_in)) FROM stays", (2023, 2025)),
                            ("golfrange", "SELECT MIN(YEAR(startedAt)), MAX(YEAR(startedAt)) FROM sessions",
                             (2023, 2024)),
                            ("charityshop", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM sales", (2023, 2024)),
                            ("icerink", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM sessions",
                             (2023, 2025)),
                            ("plumbing", "SELECT MIN(YEAR(requested_at)), MAX(YEAR(requested_at)) FROM callouts",
                             (2023, 2025))]:
        assert tuple(EVAL120.run(eval120_dbs, name, sql).iloc[0]) == span, name


def test_only_the_golf_range_schema_is_camel_case(eval120_dbs):
    for name in EVAL120.datasets.BUILDERS:
        tables = get_database(EVAL120.url(eval120_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "golfrange"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["hostel", "charityshop", "plumbing"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL120, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL120, tmp_path, "icerink")), problems
