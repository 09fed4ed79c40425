"""The ninetieth development corpus (eval90/questions.jsonl over eval90/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

No engine floor yet: the corpus was written without running the engine on it.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL90 = corpus.Corpus("eval90", "questions.jsonl", "datasets.py")

eval90_dbs = EVAL90.dbs_fixture("eval90_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL90.cases) >= 92 and len(EVAL90.turns) >= 185 and EVAL90.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL90)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL90.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    "- leadBirthYear", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL90.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL90.cases} == set(EVAL90.datasets.BUILDERS)
    for name in EVAL90.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL90.cases) >= 15, f"too few conversations on {name}"


def test_questions_are_not_copied_from_eval67():
    """A spot check that the wording is new (first turns differ from an earlier corpus)."""
    older = corpus.Corpus("eval67", "questions.jsonl", "datasets.py")
    seen = {corpus.plain(t["q"]) for _, _, t in older.turns}
    copied = [case["turns"][0]["q"] for case in EVAL90.cases if corpus.plain(case["turns"][0]["q"]) in seen]
    assert not copied, copied


def test_every_gold_query_runs_and_returns_rows(eval90_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL90, eval90_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval90_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL90, eval90_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval90_dbs):
    assert not (problems := corpus.having_problems(EVAL90, eval90_dbs)), problems


def test_energy_upgrade_audit_foreign_key_is_only_implied(eval90_dbs):
    """upgrades.audit_id is NOT declared (only implied by its name); the other links are declared."""
    upgrades = get_database(EVAL90.url(eval90_dbs, "energyaudits")).schema().tables["upgrades"]
    assert "audit_id" not in {fk.column for fk in upgrades.foreign_keys if not fk.inferred}
    for name, table, ref in [("tennisclub", "court_bookings", "members"),
                             ("tennisclub", "coaching_sessions", "members"),
                             ("chocolatefactory", "batches", "cocoa_origins"),
                             ("chocolatefactory", "shipments", "batches"),
                             ("energyaudits", "audits", "houses"), ("energyaudits", "audits", "auditors"),
                             ("bowling", "games", "leagues"), ("bowling", "lane_bookings", "lanes"),
                             ("treesurgery", "jobs", "crews"), ("treesurgery", "invoices", "jobs")]:
        fks = get_database(EVAL90.url(eval90_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval90_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("tennisclub", "court_bookings", "start_time", "datetime"), ("tennisclub", "members", "birth_date", "date"),
        ("tennisclub", "members", "left_on", "date"), ("tennisclub", "coaching_sessions", "paid", "bool"),
        ("chocolatefactory", "quality_checks", "checked_at", "datetime"),
        ("chocolatefactory", "quality_checks", "passed", "bool"),
        ("chocolatefactory", "shipments", "delivered_on", "date"),
        ("energyaudits", "audits", "report_sent_at", "datetime"), ("energyaudits", "audits", "audit_date", "date"),
        ("energyaudits", "houses", "listed_building", "bool"), ("bowling", "games", "played_at", "datetime"),
        ("bowling", "lane_bookings", "no_show", "bool"), ("treesurgery", "jobs", "startedAt", "datetime"),
        ("treesurgery", "invoices", "paidDate", "date"), ("treesurgery", "invoices", "isPaid", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL90.url(eval90_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_camel_case_in_exactly_one_schema(eval90_dbs):
    camel = set()
    for name in EVAL90.datasets.BUILDERS:
        tables = get_database(EVAL90.url(eval90_dbs, name)).schema().tables.values()
        if any(c.name != c.name.lower() for t in tables for c in t.columns):
            camel.add(name)
    assert camel == {"treesurgery"}, camel


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval90_dbs):
    for name, sql in [("tennisclub", "SELECT COUNT(*) - COUNT(left_on) FROM members"),
                      ("chocolatefactory", "SELECT COUNT(*) - COUNT(delivered_on) FROM shipments"),
                      ("energyaudits", "SELECT COUNT(*) - COUNT(report_sent_at) FROM audits"),
                      ("energyaudits", "SELECT COUNT(*) - COUNT(installed_on) FROM upgrades"),
                      ("bowling", "SELECT COUNT(*) - COUNT(league_id) FROM games"),
                      ("treesurgery", "SELECT COUNT(*) - COUNT(paidDate) FROM invoices"),
                      ("treesurgery", "SELECT COUNT(*) - COUNT(completedDate) FROM jobs")]:
        assert EVAL90.run(eval90_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    unpaid = EVAL90.run(eval90_dbs, "treesurgery", "SELECT COUNT(*) FROM invoices WHERE (paidDate IS NULL) = isPaid")
    assert unpaid.iloc[0, 0] == 0, "paidDate is NULL exactly when the invoice is unpaid"
    for name, sql, span in [
            ("tennisclub", "SELECT MIN(YEAR(start_time)), MAX(YEAR(start_time)) FROM court_bookings", (2023, 2024)),
            ("chocolatefactory", "SELECT MIN(YEAR(produced_on)), MAX(YEAR(produced_on)) FROM batches", (2023, 2025)),
            ("energyaudits", "SELECT MIN(YEAR(audit_date)), MAX(YEAR(audit_date)) FROM audits", (2022, 2024)),
            ("bowling", "SELECT MIN(YEAR(played_at)), MAX(YEAR(played_at)) FROM games", (2023, 2024)),
            ("treesurgery", "SELECT MIN(YEAR(jobDate)), MAX(YEAR(jobDate)) FROM jobs", (2023, 2025))]:
        assert tuple(EVAL90.run(eval90_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["tennisclub", "treesurgery"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL90, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL90, tmp_path, "bowling")), problems


def test_engine_accuracy_floor(eval90_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (177/228 turns,
    96/128 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL90, eval90_dbs, 0.74, 0.72)), short
