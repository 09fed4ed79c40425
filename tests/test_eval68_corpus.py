"""The sixty-eighth held-out corpus (eval68/questions.jsonl over eval68/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval68/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL68 = corpus.Corpus("eval68", "questions.jsonl", "datasets.py")

eval68_dbs = EVAL68.dbs_fixture("eval68_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL68.cases) >= 92 and len(EVAL68.turns) >= 185 and EVAL68.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL68)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL68.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birthYear",
                    "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL68.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL68.cases} == set(EVAL68.datasets.BUILDERS)
    for name in EVAL68.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL68.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval68_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL68, eval68_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval68_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL68, eval68_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval68_dbs):
    assert not (problems := corpus.having_problems(EVAL68, eval68_dbs)), problems


def test_escaperooms_games_room_foreign_key_is_only_implied(eval68_dbs):
    """games.roomId is NOT declared (only implied by its name); the other links are declared."""
    games = get_database(EVAL68.url(eval68_dbs, "escaperooms")).schema().tables["games"]
    declared = {fk.column for fk in games.foreign_keys if not fk.inferred}
    assert "roomId" not in declared and {"teamId", "gameMasterId"} <= declared
    for name, table, ref in [("campsite", "bookings", "pitches"), ("campsite", "extras", "bookings"),
                             ("catering", "shifts", "events"), ("bnb", "reviews", "stays"),
                             ("concerts", "ticket_sales", "gigs"), ("escaperooms", "games", "gamemasters")]:
        fks = get_database(EVAL68.url(eval68_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval68_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("campsite", "bookings", "checked_in_at", "datetime"), ("campsite", "bookings", "arrival_date", "date"),
        ("campsite", "guests", "birth_date", "date"), ("campsite", "bookings", "cancelled", "bool"),
        ("escaperooms", "games", "startedAt", "datetime"), ("escaperooms", "rooms", "closedOn", "date"),
        ("escaperooms", "games", "escaped", "bool"), ("catering", "events", "invoice_paid_on", "date"),
        ("catering", "shifts", "shift_start", "datetime"), ("catering", "staff", "agency_worker", "bool"),
        ("bnb", "reviews", "host_reply_at", "datetime"), ("bnb", "stays", "check_in", "date"),
        ("bnb", "rooms", "sea_view", "bool"), ("concerts", "ticket_sales", "refunded_at", "datetime"),
        ("concerts", "customers", "birth_date", "date"), ("concerts", "ticket_sales", "is_resale", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL68.url(eval68_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval68_dbs):
    for name, sql in [("campsite", "SELECT COUNT(*) - COUNT(checked_in_at) FROM bookings"),
                      ("escaperooms", "SELECT COUNT(*) - COUNT(completionMin) FROM games"),
                      ("escaperooms", "SELECT COUNT(*) - COUNT(closedOn) FROM rooms"),
                      ("catering", "SELECT COUNT(*) - COUNT(invoice_paid_on) FROM events"),
                      ("bnb", "SELECT COUNT(*) - COUNT(host_reply_at) FROM reviews"),
                      ("concerts", "SELECT COUNT(*) - COUNT(refunded_at) FROM ticket_sales")]:
        assert EVAL68.run(eval68_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("escaperooms", "SELECT COUNT(*) FROM games WHERE (completionMin IS NULL) <> (NOT escaped)",
             "completionMin is NULL exactly when the team did not escape"),
            ("campsite", "SELECT COUNT(*) FROM bookings WHERE cancelled AND checked_in_at IS NOT NULL",
             "a cancelled booking never checks in"),
            ("catering", "SELECT COUNT(*) FROM events WHERE cancelled AND invoice_paid_on IS NOT NULL",
             "a cancelled event is never invoiced"),
            ("concerts", "SELECT COUNT(*) FROM ticket_sales t JOIN gigs g ON g.gig_id = t.gig_id "
             "WHERE g.cancelled AND t.refunded_at IS NULL", "every sale for a cancelled gig is refunded")]:
        assert EVAL68.run(eval68_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("campsite", "SELECT MIN(YEAR(arrival_date)), MAX(YEAR(arrival_date)) FROM bookings", (2023, 2024)),
            ("escaperooms", "SELECT MIN(YEAR(startedAt)), MAX(YEAR(startedAt)) FROM games", (2023, 2025)),
            ("catering", "SELECT MIN(YEAR(event_date)), MAX(YEAR(event_date)) FROM events", (2023, 2024)),
            ("bnb", "SELECT MIN(YEAR(check_in)), MAX(YEAR(check_in)) FROM stays", (2023, 2025)),
            ("concerts", "SELECT MIN(YEAR(gig_date)), MAX(YEAR(gig_date)) FROM gigs", (2023, 2024))]:
        assert tuple(EVAL68.run(eval68_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["escaperooms", "concerts"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL68, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL68, tmp_path, "bnb")), problems
