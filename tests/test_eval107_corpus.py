"""The hundred-and-seventh development corpus (eval107/questions.jsonl over eval107/datasets.py), to improve general
mechanisms.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas with
  >= 15 conversations each, >= 8 rate turns);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data spanning 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

No accuracy floor: the corpus was written without running the engine on it.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL107 = corpus.Corpus("eval107", "questions.jsonl", "datasets.py")

eval107_dbs = EVAL107.dbs_fixture("eval107_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL107.cases) >= 95 and len(EVAL107.turns) >= 195 and EVAL107.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL107)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL107.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ",
                    "DISTINCT ", "LEFT JOIN"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL107.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL107.cases} == set(EVAL107.datasets.BUILDERS)
    for name in EVAL107.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL107.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval107_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL107, eval107_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval107_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL107, eval107_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval107_dbs):
    assert not (problems := corpus.having_problems(EVAL107, eval107_dbs)), problems


def test_removals_move_van_foreign_key_is_only_implied(eval107_dbs):
    """moves.van_id is NOT declared (only implied by its name); the other links are declared."""
    moves = get_database(EVAL107.url(eval107_dbs, "removals")).schema().tables["moves"]
    declared = {fk.column for fk in moves.foreign_keys if not fk.inferred}
    assert "van_id" not in declared and {"quote_id", "crew_id"} <= declared
    for name, table, ref in [("hearing", "appointments", "patients"), ("hearing", "appointments", "audiologists"),
                             ("hearing", "hearing_aids", "patients"), ("kayak", "hires", "boats"),
                             ("kayak", "hires", "customers"), ("kayak", "damage_reports", "hires"),
                             ("crowdfunding", "campaigns", "creators"), ("crowdfunding", "pledges", "campaigns"),
                             ("crowdfunding", "pledges", "backers"), ("quiz", "round_scores", "quiz_nights"),
                             ("quiz", "round_scores", "teams"), ("quiz", "quiz_nights", "venues"),
                             ("removals", "moves", "quotes"), ("removals", "moves", "crews")]:
        fks = get_database(EVAL107.url(eval107_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval107_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("hearing", "appointments", "starts_at", "datetime"), ("hearing", "patients", "birth_date", "date"),
        ("hearing", "hearing_aids", "returned_on", "date"), ("hearing", "patients", "nhs_funded", "bool"),
        ("hearing", "audiologists", "is_senior", "bool"),
        ("kayak", "hires", "out_at", "datetime"), ("kayak", "hires", "returned_at", "datetime"),
        ("kayak", "boats", "retired_on", "date"), ("kayak", "hires", "guided", "bool"),
        ("crowdfunding", "pledges", "pledgedAt", "datetime"), ("crowdfunding", "campaigns", "deadline", "date"),
        ("crowdfunding", "campaigns", "fundedAt", "datetime"), ("crowdfunding", "backers", "birthDate", "date"),
        ("crowdfunding", "campaigns", "isStaffPick", "bool"),
        ("quiz", "quiz_nights", "starts_at", "datetime"), ("quiz", "quiz_nights", "quiz_date", "date"),
        ("quiz", "round_scores", "joker_played", "bool"), ("quiz", "teams", "disbanded_on", "date"),
        ("removals", "moves", "finished_at", "datetime"), ("removals", "moves", "move_date", "date"),
        ("removals", "crews", "leader_birth_date", "date"), ("removals", "vans", "is_electric", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL107.url(eval107_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval107_dbs):
    for name, sql in [("hearing", "SELECT COUNT(*) - COUNT(returned_on) FROM hearing_aids"),
                      ("kayak", "SELECT COUNT(*) - COUNT(returned_at) FROM hires"),
                      ("kayak", "SELECT COUNT(*) - COUNT(retired_on) FROM boats"),
                      ("kayak", "SELECT COUNT(*) - COUNT(repaired_on) FROM damage_reports"),
                      ("crowdfunding", "SELECT COUNT(*) - COUNT(fundedAt) FROM campaigns"),
                      ("quiz", "SELECT COUNT(*) - COUNT(disbanded_on) FROM teams"),
                      ("removals", "SELECT COUNT(*) - COUNT(finished_at) FROM moves"),
                      ("removals", "SELECT COUNT(*) - COUNT(outcome) FROM quotes")]:
        assert EVAL107.run(eval107_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql in [
            ("crowdfunding", "SELECT COUNT(*) FROM campaigns WHERE (status = 'funded') AND fundedAt IS NULL"),
            ("removals", "SELECT COUNT(*) FROM quotes WHERE (outcome = 'accepted') "
                         "<> (quote_id IN (SELECT quote_id FROM moves))"),
            ("removals", "SELECT COUNT(*) FROM moves WHERE (finished_at IS NULL) <> (move_date > DATE '2025-02-28')"),
            ("removals", "SELECT COUNT(*) FROM moves m JOIN vans v ON v.van_id = m.van_id "
                         "WHERE m.move_date < v.purchased_on OR m.move_date >= v.sold_on"),
            ("kayak", "SELECT COUNT(*) FROM hires h JOIN boats b ON b.boat_id = h.boat_id "
                      "WHERE h.out_at < b.purchased_on OR h.out_at >= b.retired_on")]:
        assert EVAL107.run(eval107_dbs, name, sql).iloc[0, 0] == 0, f"{name}: {sql}"
    for name, sql, span in [
            ("hearing", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM appointments", (2023, 2024)),
            ("kayak", "SELECT MIN(YEAR(out_at)), MAX(YEAR(out_at)) FROM hires", (2023, 2024)),
            ("crowdfunding", "SELECT MIN(YEAR(pledgedAt)), MAX(YEAR(pledgedAt)) FROM pledges", (2023, 2025)),
            ("quiz", "SELECT MIN(YEAR(quiz_date)), MAX(YEAR(quiz_date)) FROM quiz_nights", (2023, 2025)),
            ("removals", "SELECT MIN(YEAR(requested_on)), MAX(YEAR(requested_on)) FROM quotes", (2023, 2025))]:
        assert tuple(EVAL107.run(eval107_dbs, name, sql).iloc[0]) == span, name


def test_only_the_crowdfunding_schema_is_camel_case(eval107_dbs):
    for name in EVAL107.datasets.BUILDERS:
        tables = get_database(EVAL107.url(eval107_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "crowdfunding"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["hearing", "crowdfunding", "removals"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL107, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL107, tmp_path, "quiz")), problems


def test_engine_accuracy_floor(eval107_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (152/218 turns,
    77/117 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL107, eval107_dbs, 0.66, 0.62)), short
