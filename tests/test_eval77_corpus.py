"""The seventy-seventh development corpus (eval77/questions.jsonl over eval77/datasets.py), for general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025,
  camelCase columns in one schema);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file;
- the engine stays above its regression floor on the corpus (set about three points under its score then).
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL77 = corpus.Corpus("eval77", "questions.jsonl", "datasets.py")

eval77_dbs = EVAL77.dbs_fixture("eval77_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL77.cases) >= 92 and len(EVAL77.turns) >= 185 and EVAL77.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL77)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL77.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    "- founded_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", "SUM("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL77.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL77.cases} == set(EVAL77.datasets.BUILDERS)
    for name in EVAL77.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL77.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval77_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL77, eval77_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval77_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL77, eval77_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval77_dbs):
    assert not (problems := corpus.having_problems(EVAL77, eval77_dbs)), problems


def test_orchard_harvest_tree_foreign_key_is_only_implied(eval77_dbs):
    """harvests.tree_id is NOT declared (only implied by its name); the other links are declared."""
    harvests = get_database(EVAL77.url(eval77_dbs, "orchard")).schema().tables["harvests"]
    assert "tree_id" not in {fk.column for fk in harvests.foreign_keys if not fk.inferred}
    for name, table, ref in [("orchard", "trees", "varieties"), ("housekeeping", "cleans", "rooms"),
                             ("housekeeping", "inspections", "cleans"), ("esports", "players", "teams"),
                             ("esports", "map_results", "matches"), ("fundraising", "donations", "donors"),
                             ("fundraising", "gift_aid_claims", "donations"), ("physio", "injuries", "athletes"),
                             ("physio", "treatmentSessions", "injuries")]:
        fks = get_database(EVAL77.url(eval77_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval77_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("housekeeping", "cleans", "started_at", "datetime"), ("housekeeping", "housekeepers", "birth_date", "date"),
        ("housekeeping", "rooms", "sea_view", "bool"), ("housekeeping", "housekeepers", "left_on", "date"),
        ("orchard", "harvests", "picked_on", "date"), ("orchard", "spray_applications", "sprayed_at", "datetime"),
        ("orchard", "varieties", "heritage", "bool"), ("orchard", "harvests", "weight_kg", "number"),
        ("esports", "matches", "played_at", "datetime"), ("esports", "players", "birth_date", "date"),
        ("esports", "map_results", "overtime", "bool"), ("fundraising", "donations", "donated_at", "datetime"),
        ("fundraising", "donors", "birth_year", "number"), ("fundraising", "gift_aid_claims", "paid_on", "date"),
        ("fundraising", "donors", "gift_aid_declared", "bool"), ("physio", "athletes", "birthDate", "date"),
        ("physio", "injuries", "returnDate", "date"), ("physio", "treatmentSessions", "sessionStart", "datetime"),
        ("physio", "injuries", "isContact", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL77.url(eval77_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval77_dbs):
    for name, sql in [("housekeeping", "SELECT COUNT(*) - COUNT(left_on) FROM housekeepers"),
                      ("housekeeping", "SELECT COUNT(*) - COUNT(issue) FROM inspections"),
                      ("orchard", "SELECT COUNT(*) - COUNT(removed_on) FROM trees"),
                      ("esports", "SELECT COUNT(*) - COUNT(left_on) FROM players"),
                      ("fundraising", "SELECT COUNT(*) - COUNT(ends_on) FROM campaigns"),
                      ("fundraising", "SELECT COUNT(*) - COUNT(campaign_id) FROM donations"),
                      ("fundraising", "SELECT COUNT(*) - COUNT(paid_on) FROM gift_aid_claims"),
                      ("physio", 'SELECT COUNT(*) - COUNT("returnDate") FROM injuries')]:
        assert EVAL77.run(eval77_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    failed = EVAL77.run(eval77_dbs, "housekeeping", "SELECT COUNT(*) FROM inspections WHERE (issue IS NULL) "
                        "<> (result = 'pass')")
    assert failed.iloc[0, 0] == 0, "issue is NULL exactly when the inspection passed"
    paid = EVAL77.run(eval77_dbs, "fundraising", "SELECT COUNT(*) FROM gift_aid_claims WHERE (paid_on IS NULL) "
                      "<> (status <> 'paid')")
    assert paid.iloc[0, 0] == 0, "paid_on is NULL exactly for claims HMRC has not paid"
    for name, sql, span in [("housekeeping", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM cleans",
                             (2023, 2024)),
                            ("orchard", "SELECT MIN(YEAR(picked_on)), MAX(YEAR(picked_on)) FROM harvests",
                             (2022, 2024)),
                            ("esports", "SELECT MIN(YEAR(played_at)), MAX(YEAR(played_at)) FROM matches", (2023, 2024)),
                            ("fundraising", "SELECT MIN(YEAR(donated_at)), MAX(YEAR(donated_at)) FROM donations",
                             (2023, 2025)),
                            ("physio", 'SELECT MIN(YEAR("onsetDate")), MAX(YEAR("onsetDate")) FROM injuries',
                             (2023, 2025))]:
        assert tuple(EVAL77.run(eval77_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["orchard", "physio"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL77, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL77, tmp_path, "esports")), problems


def test_engine_accuracy_floor(eval77_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (171/239 turns,
    94/139 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL77, eval77_dbs, 0.68, 0.64)), short
