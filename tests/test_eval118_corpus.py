"""The hundred-and-eighteenth development corpus (eval118/questions.jsonl over eval118/datasets.py), to improve
general mechanisms.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, five schemas,
  >= 15 conversations each, >= 8 rate turns);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (undeclared foreign keys next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data spanning 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

No accuracy floor: this corpus only measures.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL118 = corpus.Corpus("eval118", "questions.jsonl", "datasets.py")

eval118_dbs = EVAL118.dbs_fixture("eval118_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL118.cases) >= 95 and len(EVAL118.turns) >= 195 and EVAL118.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL118)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL118.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "YEAR(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " ASC LIMIT ", " DESC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(",
                    " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL118.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL118.cases} == set(EVAL118.datasets.BUILDERS)
    for name in EVAL118.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL118.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval118_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL118, eval118_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval118_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL118, eval118_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval118_dbs):
    assert not (problems := corpus.having_problems(EVAL118, eval118_dbs)), problems


def test_some_foreign_keys_are_only_implied(eval118_dbs):
    """listener_calls.broadcast_id and invoices.member_id are NOT declared (only implied by their names); the other
    links are declared."""
    for name, table, column in [("radio", "listener_calls", "broadcast_id"), ("coworking", "invoices", "member_id")]:
        fks = get_database(EVAL118.url(eval118_dbs, name)).schema().tables[table].foreign_keys
        assert column not in {fk.column for fk in fks if not fk.inferred}, f"{name}.{table}.{column} is declared"
    for name, table, ref in [("derby", "skaters", "teams"), ("derby", "bouts", "teams"),
                             ("derby", "penalties", "bouts"), ("derby", "penalties", "skaters"),
                             ("radio", "shows", "presenters"), ("radio", "broadcasts", "shows"),
                             ("sailing", "courses", "instructors"), ("sailing", "boat_bookings", "students"),
                             ("sailing", "boat_bookings", "courses"), ("petsitting", "sits", "sitters"),
                             ("petsitting", "sits", "owners"), ("petsitting", "reviews", "sits"),
                             ("coworking", "bookings", "members"), ("coworking", "bookings", "spaces")]:
        fks = get_database(EVAL118.url(eval118_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval118_dbs):
    kinds = [("derby", "bouts", "bout_start", "datetime"), ("derby", "skaters", "birth_date", "date"),
             ("derby", "skaters", "retired_on", "date"), ("derby", "bouts", "is_playoff", "bool"),
             ("derby", "teams", "wftda_member", "bool"),
             ("radio", "broadcasts", "started_at", "datetime"), ("radio", "broadcasts", "ended_at", "datetime"),
             ("radio", "listener_calls", "called_at", "datetime"), ("radio", "presenters", "left_on", "date"),
             ("radio", "broadcasts", "is_live", "bool"), ("radio", "listener_calls", "put_on_air", "bool"),
             ("sailing", "boat_bookings", "booked_from", "datetime"), ("sailing", "courses", "start_date", "date"),
             ("sailing", "students", "birth_date", "date"), ("sailing", "instructors", "is_freelance", "bool"),
             ("sailing", "boat_bookings", "cancelled", "bool"),
             ("petsitting", "sits", "startDate", "date"), ("petsitting", "sits", "bookedAt", "datetime"),
             ("petsitting", "sits", "cancelledAt", "datetime"), ("petsitting", "sitters", "birthDate", "date"),
             ("petsitting", "sitters", "isVerified", "bool"), ("petsitting", "reviews", "wouldRebook", "bool"),
             ("coworking", "bookings", "starts_at", "datetime"), ("coworking", "invoices", "paid_on", "date"),
             ("coworking", "members", "joined_on", "date"), ("coworking", "bookings", "checked_in", "bool"),
             ("coworking", "members", "founding_member", "bool")]
    for name, table, column, kind in kinds:
        col = get_database(EVAL118.url(eval118_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_on(eval118_dbs):
    for name, sql in [("derby", "SELECT COUNT(*) - COUNT(retired_on) FROM skaters"),
                      ("derby", "SELECT COUNT(retired_on) FROM skaters"),
                      ("radio", "SELECT COUNT(*) - COUNT(left_on) FROM presenters"),
                      ("radio", "SELECT COUNT(*) - COUNT(sponsor_fee_gbp) FROM broadcasts"),
                      ("sailing", "SELECT COUNT(*) - COUNT(course_id) FROM boat_bookings"),
                      ("sailing", "SELECT COUNT(*) - COUNT(certified_on) FROM students"),
                      ("petsitting", "SELECT COUNT(cancelledAt) FROM sits"),
                      ("petsitting", "SELECT COUNT(*) - COUNT(sitterReplyAt) FROM reviews"),
                      ("coworking", "SELECT COUNT(*) - COUNT(paid_on) FROM invoices"),
                      ("coworking", "SELECT COUNT(*) - COUNT(left_on) FROM members")]:
        assert EVAL118.run(eval118_dbs, name, sql).iloc[0, 0] > 0, f"{name}: {sql}"
    checks = [("sailing", "SELECT COUNT(*) FROM boat_bookings WHERE course_id IS NOT NULL AND hire_fee_gbp <> 0",
               "course sessions carry no hire fee"),
              ("petsitting", "SELECT COUNT(*) FROM reviews r JOIN sits s ON s.sitId = r.sitId "
               "WHERE s.cancelledAt IS NOT NULL", "cancelled sits have no review"),
              ("derby", "SELECT COUNT(*) FROM bouts WHERE home_score = away_score", "no drawn bout"),
              ("coworking", "SELECT COUNT(*) FROM invoices WHERE member_id NOT IN (SELECT member_id FROM members)",
               "every invoice belongs to a member"),
              ("radio", "SELECT COUNT(*) FROM listener_calls WHERE broadcast_id NOT IN "
               "(SELECT broadcast_id FROM broadcasts)", "every call belongs to a broadcast")]
    for name, sql, why in checks:
        assert EVAL118.run(eval118_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [("derby", "SELECT MIN(YEAR(bout_start)), MAX(YEAR(bout_start)) FROM bouts", (2023, 2024)),
                            ("radio", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM broadcasts",
                             (2023, 2025)),
                            ("sailing", "SELECT MIN(YEAR(booked_from)), MAX(YEAR(booked_from)) FROM boat_bookings",
                             (2023, 2024)),
                            ("petsitting", "SELECT MIN(YEAR(startDate)), MAX(YEAR(startDate)) FROM sits", (2023, 2025)),
                            ("coworking", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM bookings",
                             (2023, 2025))]:
        assert tuple(EVAL118.run(eval118_dbs, name, sql).iloc[0]) == span, name


def test_only_the_petsitting_schema_is_camel_case(eval118_dbs):
    for name in EVAL118.datasets.BUILDERS:
        tables = get_database(EVAL118.url(eval118_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "petsitting"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["derby", "radio", "sailing", "petsitting", "coworking"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL118, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL118, tmp_path, "sailing")), problems


def test_engine_accuracy_floor(eval118_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (165/246 turns,
    84/136 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL118, eval118_dbs, 0.64, 0.58)), short
