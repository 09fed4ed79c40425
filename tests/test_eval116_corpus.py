"""The hundred-and-sixteenth development corpus (eval116/questions.jsonl over eval116/datasets.py), to improve general
mechanisms.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas with
  >= 15 conversations each, >= 8 rate turns with `accept_scaled`);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data spanning 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

There is no accuracy floor: this corpus measures, it does not gate.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL116 = corpus.Corpus("eval116", "questions.jsonl", "datasets.py")

eval116_dbs = EVAL116.dbs_fixture("eval116_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL116.cases) >= 95 and len(EVAL116.turns) >= 195 and EVAL116.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL116)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL116.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " DESC LIMIT ", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(",
                    " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL116.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL116.cases} == set(EVAL116.datasets.BUILDERS)
    for name in EVAL116.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL116.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval116_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL116, eval116_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval116_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL116, eval116_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval116_dbs):
    assert not (problems := corpus.having_problems(EVAL116, eval116_dbs)), problems


def test_escaperoom_game_master_foreign_key_is_only_implied(eval116_dbs):
    """games.game_master_id is NOT declared (only implied by its name); the other links are declared."""
    games = get_database(EVAL116.url(eval116_dbs, "escaperoom")).schema().tables["games"]
    declared = {fk.column for fk in games.foreign_keys if not fk.inferred}
    assert "game_master_id" not in declared and {"room_id", "team_id"} <= declared
    for name, table, ref in [("escaperoom", "games", "rooms"), ("escaperoom", "games", "teams"),
                             ("bloodbank", "donations", "donors"), ("bloodbank", "donations", "sessions"),
                             ("bloodbank", "deferrals", "donors"), ("bakery", "orders", "cafes"),
                             ("bakery", "order_items", "orders"), ("bakery", "order_items", "products"),
                             ("runclub", "trainingRuns", "runners"), ("runclub", "raceResults", "races"),
                             ("makerspace", "bookings", "members"), ("makerspace", "bookings", "tools"),
                             ("makerspace", "incidents", "bookings")]:
        fks = get_database(EVAL116.url(eval116_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval116_dbs):
    kinds = [("escaperoom", "games", "started_at", "datetime"), ("escaperoom", "games", "ended_at", "datetime"),
             ("escaperoom", "games", "escaped", "bool"), ("escaperoom", "teams", "organiser_birth_date", "date"),
             ("escaperoom", "rooms", "opened_on", "date"), ("bloodbank", "donors", "birth_date", "date"),
             ("bloodbank", "donations", "donated_at", "datetime"),
             ("bloodbank", "donations", "adverse_reaction", "bool"),
             ("bloodbank", "deferrals", "deferred_until", "date"), ("bakery", "orders", "ordered_at", "datetime"),
             ("bakery", "orders", "paid_on", "date"), ("bakery", "products", "is_vegan", "bool"),
             ("runclub", "trainingRuns", "startedAt", "datetime"), ("runclub", "races", "raceDate", "date"),
             ("runclub", "runners", "isCoach", "bool"), ("makerspace", "bookings", "starts_at", "datetime"),
             ("makerspace", "members", "birth_date", "date"), ("makerspace", "bookings", "attended", "bool"),
             ("makerspace", "tools", "retired_on", "date")]
    for name, table, column, kind in kinds:
        col = get_database(EVAL116.url(eval116_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval116_dbs):
    for name, sql in [("escaperoom", "SELECT COUNT(*) - COUNT(rating) FROM games"),
                      ("bloodbank", "SELECT COUNT(*) - COUNT(issued_to_hospital_on) FROM donations"),
                      ("bloodbank", "SELECT COUNT(*) - COUNT(deferred_until) FROM deferrals"),
                      ("bakery", "SELECT COUNT(*) - COUNT(paid_on) FROM orders"),
                      ("bakery", "SELECT COUNT(*) - COUNT(return_reason) FROM order_items"),
                      ("runclub", "SELECT COUNT(*) - COUNT(finishSeconds) FROM raceResults"),
                      ("runclub", "SELECT COUNT(*) - COUNT(avgHeartRate) FROM trainingRuns"),
                      ("makerspace", "SELECT COUNT(*) - COUNT(retired_on) FROM tools"),
                      ("makerspace", "SELECT COUNT(*) - COUNT(resolved_on) FROM incidents")]:
        assert EVAL116.run(eval116_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    for name, sql, why in [
            ("bakery", "SELECT COUNT(*) FROM order_items WHERE (return_reason IS NULL) <> (returned_qty = 0)",
             "return_reason is NULL exactly when nothing was returned"),
            ("runclub", "SELECT COUNT(*) FROM raceResults WHERE finishSeconds IS NULL AND personalBest",
             "a did-not-finish is never a personal best"),
            ("escaperoom", "SELECT COUNT(*) FROM games g JOIN rooms r ON r.room_id = g.room_id WHERE "
             "date_diff('minute', g.started_at, g.ended_at) > r.time_limit_minutes",
             "no game runs over its room's time limit"),
            ("escaperoom", "SELECT COUNT(*) FROM games g WHERE g.game_master_id NOT IN "
             "(SELECT game_master_id FROM game_masters)", "every game master id is a real game master")]:
        assert EVAL116.run(eval116_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("escaperoom", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM games", (2023, 2024)),
            ("bloodbank", "SELECT MIN(YEAR(donated_at)), MAX(YEAR(donated_at)) FROM donations", (2023, 2025)),
            ("bakery", "SELECT MIN(YEAR(delivery_date)), MAX(YEAR(delivery_date)) FROM orders", (2023, 2024)),
            ("runclub", "SELECT MIN(YEAR(startedAt)), MAX(YEAR(startedAt)) FROM trainingRuns", (2023, 2025)),
            ("makerspace", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM bookings", (2023, 2024))]:
        assert tuple(EVAL116.run(eval116_dbs, name, sql).iloc[0]) == span, name


def test_only_the_runclub_schema_is_camel_case(eval116_dbs):
    for name in EVAL116.datasets.BUILDERS:
        tables = get_database(EVAL116.url(eval116_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "runclub"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["escaperoom", "bakery", "runclub"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL116, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL116, tmp_path, "makerspace")), problems


def test_engine_accuracy_floor(eval116_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (131/228 turns,
    67/123 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL116, eval116_dbs, 0.54, 0.51)), short
