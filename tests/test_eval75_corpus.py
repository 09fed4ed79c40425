"""The seventy-fifth development corpus (eval75/questions.jsonl over eval75/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file;
- the engine stays above its regression floor on the corpus (set about three points under its score then).
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL75 = corpus.Corpus("eval75", "questions.jsonl", "datasets.py")

eval75_dbs = EVAL75.dbs_fixture("eval75_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL75.cases) >= 92 and len(EVAL75.turns) >= 185 and EVAL75.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL75)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL75.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL75.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL75.cases} == set(EVAL75.datasets.BUILDERS)
    for name in EVAL75.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL75.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval75_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL75, eval75_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval75_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL75, eval75_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval75_dbs):
    assert not (problems := corpus.having_problems(EVAL75, eval75_dbs)), problems


def test_recycling_drop_off_site_foreign_key_is_only_implied(eval75_dbs):
    """drop_offs.site_id is NOT declared (only implied by its name); the other links are declared."""
    drops = get_database(EVAL75.url(eval75_dbs, "recyclingcentre")).schema().tables["drop_offs"]
    assert "site_id" not in {fk.column for fk in drops.foreign_keys if not fk.inferred}
    for name, table, ref in [("alpineresort", "lift_rides", "lifts"), ("bouldergym", "ascents", "routes"),
                             ("recyclingcentre", "collections", "contractors"), ("weddingvenue", "events", "couples"),
                             ("weddingvenue", "events", "suppliers"), ("golfcourse", "rounds", "competitions")]:
        fks = get_database(EVAL75.url(eval75_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval75_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("alpineresort", "lift_rides", "scanned_at", "datetime"),
        ("alpineresort", "lift_passes", "holder_birth_date", "date"),
        ("alpineresort", "lifts", "heated_seats", "bool"), ("alpineresort", "lessons", "cancelled_at", "datetime"),
        ("bouldergym", "ascents", "climbedAt", "datetime"), ("bouldergym", "members", "birthDate", "date"),
        ("bouldergym", "ascents", "topped", "bool"), ("recyclingcentre", "drop_offs", "dropped_at", "datetime"),
        ("recyclingcentre", "collections", "collected_on", "date"),
        ("recyclingcentre", "drop_offs", "is_resident", "bool"), ("weddingvenue", "events", "event_date", "date"),
        ("weddingvenue", "payments", "paid_at", "datetime"), ("weddingvenue", "events", "outdoor_ceremony", "bool"),
        ("golfcourse", "tee_times", "tee_off_at", "datetime"), ("golfcourse", "members", "resigned_on", "date"),
        ("golfcourse", "tee_times", "no_show", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL75.url(eval75_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval75_dbs):
    for name, sql in [("alpineresort", "SELECT COUNT(*) - COUNT(cancelled_at) FROM lessons"),
                      ("bouldergym", "SELECT COUNT(*) - COUNT(cancelledOn) FROM members"),
                      ("bouldergym", "SELECT COUNT(*) - COUNT(strippedOn) FROM routes"),
                      ("recyclingcentre", "SELECT COUNT(*) - COUNT(collected_on) FROM collections"),
                      ("weddingvenue", "SELECT COUNT(*) - COUNT(cancelled_on) FROM events"),
                      ("weddingvenue", "SELECT COUNT(*) - COUNT(florist_id) FROM events"),
                      ("golfcourse", "SELECT COUNT(*) - COUNT(resigned_on) FROM members"),
                      ("golfcourse", "SELECT COUNT(*) - COUNT(competition_id) FROM rounds")]:
        assert EVAL75.run(eval75_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    flash = EVAL75.run(eval75_dbs, "bouldergym", "SELECT COUNT(*) FROM ascents WHERE isFlash AND NOT topped")
    assert flash.iloc[0, 0] == 0, "a flash is always a topped ascent"
    free = EVAL75.run(eval75_dbs, "recyclingcentre", "SELECT COUNT(*) FROM drop_offs WHERE charge_gbp > 0 "
                      "AND is_resident AND vehicle_type <> 'van'")
    assert free.iloc[0, 0] == 0, "residents pay only for van drop-offs"
    for name, sql, span in [("alpineresort", "SELECT MIN(YEAR(scanned_at)), MAX(YEAR(scanned_at)) FROM lift_rides",
                             (2022, 2025)),
                            ("bouldergym", "SELECT MIN(YEAR(climbedAt)), MAX(YEAR(climbedAt)) FROM ascents",
                             (2023, 2024)),
                            ("recyclingcentre", "SELECT MIN(YEAR(dropped_at)), MAX(YEAR(dropped_at)) FROM drop_offs",
                             (2023, 2025)),
                            ("weddingvenue", "SELECT MIN(YEAR(event_date)), MAX(YEAR(event_date)) FROM events",
                             (2023, 2025)),
                            ("golfcourse", "SELECT MIN(YEAR(played_on)), MAX(YEAR(played_on)) FROM rounds",
                             (2023, 2024))]:
        assert tuple(EVAL75.run(eval75_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["bouldergym", "weddingvenue"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL75, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL75, tmp_path, "golfcourse")), problems


def test_engine_accuracy_floor(eval75_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (167/208 turns,
    81/106 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL75, eval75_dbs, 0.77, 0.73)), short
