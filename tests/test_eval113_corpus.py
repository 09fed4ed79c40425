"""The hundred-and-thirteenth corpus (eval113/questions.jsonl over eval113/datasets.py), held out: the final, honest
measurement of the offline engine on schemas and questions its authors never saw (no accuracy floor here).

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data from 2023 to early 2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL113 = corpus.Corpus("eval113", "questions.jsonl", "datasets.py")

eval113_dbs = EVAL113.dbs_fixture("eval113_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL113.cases) >= 95 and len(EVAL113.turns) >= 195 and EVAL113.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL113)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL113.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ",
                    "DISTINCT ", " > "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL113.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL113.cases} == set(EVAL113.datasets.BUILDERS)
    for name in EVAL113.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL113.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval113_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL113, eval113_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval113_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL113, eval113_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval113_dbs):
    assert not (problems := corpus.having_problems(EVAL113, eval113_dbs)), problems


def test_broadband_ticket_engineer_foreign_key_is_only_implied(eval113_dbs):
    """support_tickets.engineer_id is NOT declared (only implied by its name); the other links are declared."""
    tickets = get_database(EVAL113.url(eval113_dbs, "broadband")).schema().tables["support_tickets"]
    declared = {fk.column for fk in tickets.foreign_keys if not fk.inferred}
    assert "engineer_id" not in declared and "customer_id" in declared
    for name, table, ref in [("deposit", "machines", "sites"), ("deposit", "returns", "machines"),
                             ("deposit", "faults", "machines"), ("audioguide", "rentals", "devices"),
                             ("audioguide", "rentals", "visitors"), ("audioguide", "rentals", "languages"),
                             ("boatyard", "boats", "owners"), ("boatyard", "repair_jobs", "boats"),
                             ("boatyard", "invoices", "owners"), ("boatyard", "invoices", "repair_jobs"),
                             ("swimclub", "races", "galas"), ("swimclub", "results", "races"),
                             ("swimclub", "results", "swimmers"), ("broadband", "installations", "customers"),
                             ("broadband", "installations", "engineers")]:
        fks = get_database(EVAL113.url(eval113_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval113_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("deposit", "returns", "returned_at", "datetime"), ("deposit", "faults", "fixed_at", "datetime"),
        ("deposit", "machines", "installed_on", "date"), ("deposit", "machines", "accepts_glass", "bool"),
        ("deposit", "faults", "engineer_callout", "bool"),
        ("audioguide", "rentals", "checkedOutAt", "datetime"), ("audioguide", "rentals", "checkedInAt", "datetime"),
        ("audioguide", "devices", "retiredDate", "date"), ("audioguide", "visitors", "isMember", "bool"),
        ("audioguide", "rentals", "groupBooking", "bool"),
        ("boatyard", "owners", "birth_date", "date"), ("boatyard", "invoices", "paid_on", "date"),
        ("boatyard", "repair_jobs", "completed_on", "date"), ("boatyard", "boats", "liveaboard", "bool"),
        ("boatyard", "repair_jobs", "under_warranty", "bool"),
        ("swimclub", "swimmers", "birth_date", "date"), ("swimclub", "races", "start_time", "datetime"),
        ("swimclub", "galas", "gala_date", "date"), ("swimclub", "results", "disqualified", "bool"),
        ("broadband", "support_tickets", "opened_at", "datetime"),
        ("broadband", "installations", "completed_at", "datetime"), ("broadband", "customers", "cancelled_on", "date"),
        ("broadband", "customers", "business_account", "bool"), ("broadband", "engineers", "contractor", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL113.url(eval113_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2025(eval113_dbs):
    for name, sql in [("deposit", "SELECT COUNT(*) - COUNT(removed_on) FROM machines"),
                      ("deposit", "SELECT COUNT(*) - COUNT(fixed_at) FROM faults"),
                      ("audioguide", "SELECT COUNT(*) - COUNT(checkedInAt) FROM rentals"),
                      ("audioguide", "SELECT COUNT(*) - COUNT(retiredDate) FROM devices"),
                      ("boatyard", "SELECT COUNT(*) - COUNT(berth_code) FROM boats"),
                      ("boatyard", "SELECT COUNT(*) - COUNT(completed_on) FROM repair_jobs"),
                      ("boatyard", "SELECT COUNT(*) - COUNT(paid_on) FROM invoices"),
                      ("swimclub", "SELECT COUNT(*) - COUNT(left_on) FROM swimmers"),
                      ("swimclub", "SELECT COUNT(*) - COUNT(time_seconds) FROM results"),
                      ("broadband", "SELECT COUNT(*) - COUNT(cancelled_on) FROM customers"),
                      ("broadband", "SELECT COUNT(*) - COUNT(completed_at) FROM installations"),
                      ("broadband", "SELECT COUNT(*) - COUNT(closed_at) FROM support_tickets")]:
        assert EVAL113.run(eval113_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs in {sql}"
    for name, sql, why in [
            ("boatyard", "SELECT COUNT(*) FROM boats WHERE (berth_code IS NULL) <> (pontoon IS NULL)",
             "a boat kept ashore has neither berth nor pontoon"),
            ("boatyard", "SELECT COUNT(*) FROM invoices WHERE (job_id IS NULL) <> (invoice_type <> 'repair')",
             "only repair invoices name a job"),
            ("swimclub", "SELECT COUNT(*) FROM results WHERE (time_seconds IS NULL) <> disqualified "
                         "OR (place IS NULL) <> disqualified", "time and place are NULL exactly when disqualified"),
            ("broadband", "SELECT COUNT(*) FROM support_tickets WHERE (engineer_id IS NULL) <> (NOT site_visit)",
             "a ticket names an engineer exactly when a site visit was needed"),
            ("deposit", "SELECT COUNT(*) FROM returns WHERE items_accepted <> cans + plastic_bottles + glass_bottles",
             "items accepted are the cans and bottles")]:
        assert EVAL113.run(eval113_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql in [("deposit", "SELECT MIN(YEAR(returned_at)), MAX(YEAR(returned_at)) FROM returns"),
                      ("audioguide", "SELECT MIN(YEAR(checkedOutAt)), MAX(YEAR(checkedOutAt)) FROM rentals"),
                      ("boatyard", "SELECT MIN(YEAR(issued_on)), MAX(YEAR(issued_on)) FROM invoices"),
                      ("swimclub", "SELECT MIN(YEAR(gala_date)), MAX(YEAR(gala_date)) FROM galas"),
                      ("broadband", "SELECT MIN(YEAR(opened_at)), MAX(YEAR(opened_at)) FROM support_tickets")]:
        assert tuple(EVAL113.run(eval113_dbs, name, sql).iloc[0]) == (2023, 2025), name


def test_only_the_audioguide_schema_is_camel_case(eval113_dbs):
    for name in EVAL113.datasets.BUILDERS:
        tables = get_database(EVAL113.url(eval113_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "audioguide"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["deposit", "audioguide", "swimclub"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL113, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL113, tmp_path, "boatyard")), problems
