"""The seventy-eighth held-out corpus (eval78/questions.jsonl over eval78/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval78/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL78 = corpus.Corpus("eval78", "questions.jsonl", "datasets.py")

eval78_dbs = EVAL78.dbs_fixture("eval78_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL78.cases) >= 92 and len(EVAL78.turns) >= 185 and EVAL78.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL78)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL78.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", "SUM(", " > ", " < "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL78.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL78.cases} == set(EVAL78.datasets.BUILDERS)
    for name in EVAL78.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL78.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval78_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL78, eval78_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval78_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL78, eval78_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval78_dbs):
    assert not (problems := corpus.having_problems(EVAL78, eval78_dbs)), problems


def test_swims_swimmer_foreign_key_is_only_implied(eval78_dbs):
    """swims.swimmer_id is NOT declared (only implied by its name); the other links are declared."""
    swims = get_database(EVAL78.url(eval78_dbs, "swimmingpool")).schema().tables["swims"]
    assert "swimmer_id" not in {fk.column.lower() for fk in swims.foreign_keys if not fk.inferred}
    for name, table, ref in [("foodbank", "donations", "donors"), ("trampoline", "jump_sessions", "customers"),
                             ("trampoline", "party_bookings", "customers"), ("trampoline", "waivers", "customers"),
                             ("auction", "lots", "consignors"), ("auction", "hammer_sales", "lots"),
                             ("auction", "hammer_sales", "bidders"), ("swimmingpool", "swims", "lanes"),
                             ("swimmingpool", "lessons", "swimmers"), ("scooters", "trips", "scooters"),
                             ("scooters", "trips", "riders"), ("scooters", "batterySwaps", "scooters")]:
        fks = get_database(EVAL78.url(eval78_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval78_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("foodbank", "donations", "received_at", "datetime"), ("foodbank", "donors", "first_gave_on", "date"),
        ("foodbank", "volunteer_shifts", "birth_date", "date"), ("foodbank", "parcels", "home_delivery", "bool"),
        ("trampoline", "jump_sessions", "started_at", "datetime"), ("trampoline", "customers", "birth_date", "date"),
        ("trampoline", "party_bookings", "cancelled_on", "date"), ("trampoline", "customers", "is_member", "bool"),
        ("auction", "hammer_sales", "hammer_at", "datetime"), ("auction", "lots", "sale_date", "date"),
        ("auction", "hammer_sales", "paid_on", "date"), ("auction", "lots", "withdrawn", "bool"),
        ("swimmingpool", "swims", "entered_at", "datetime"), ("swimmingpool", "swimmers", "left_on", "date"),
        ("swimmingpool", "lessons", "attended", "bool"), ("scooters", "trips", "startedAt", "datetime"),
        ("scooters", "riders", "birthDate", "date"), ("scooters", "scooters", "retiredOn", "date"),
        ("scooters", "trips", "parkedInBay", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL78.url(eval78_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval78_dbs):
    for name, sql in [("foodbank", "SELECT COUNT(*) - COUNT(birth_year) FROM donors"),
                      ("foodbank", "SELECT COUNT(*) - COUNT(ended_at) FROM volunteer_shifts"),
                      ("trampoline", "SELECT COUNT(cancelled_on) FROM party_bookings"),
                      ("trampoline", "SELECT COUNT(*) - COUNT(cancelled_on) FROM party_bookings"),
                      ("auction", "SELECT COUNT(*) - COUNT(paid_on) FROM hammer_sales"),
                      ("swimmingpool", "SELECT COUNT(*) - COUNT(left_on) FROM swimmers"),
                      ("swimmingpool", "SELECT COUNT(left_on) FROM swimmers"),
                      ("scooters", "SELECT COUNT(*) - COUNT(retiredOn) FROM scooters")]:
        assert EVAL78.run(eval78_dbs, name, sql).iloc[0, 0] > 0, f"{name}: {sql}"
    for name, sql, why in [
            ("foodbank", "SELECT COUNT(*) FROM donors WHERE (birth_year IS NULL) <> (donor_type <> 'individual')",
             "birth_year is NULL exactly for organisations"),
            ("auction", "SELECT COUNT(*) FROM hammer_sales h JOIN lots l ON l.lot_id = h.lot_id WHERE l.withdrawn",
             "a withdrawn lot is never sold"),
            ("auction", "SELECT COUNT(*) FROM hammer_sales h JOIN lots l ON l.lot_id = h.lot_id "
             "WHERE h.hammer_price_gbp < l.reserve_gbp", "no lot sells below its reserve"),
            ("swimmingpool", "SELECT COUNT(*) FROM swims w JOIN swimmers s ON s.swimmer_id = w.swimmer_id "
             "WHERE s.left_on < CAST(w.entered_at AS DATE)", "nobody swims after leaving"),
            ("scooters", "SELECT COUNT(*) FROM trips t JOIN scooters s ON s.scooterId = t.scooterId "
             "WHERE s.retiredOn <= CAST(t.startedAt AS DATE)", "a retired scooter takes no trip")]:
        assert EVAL78.run(eval78_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("foodbank", "SELECT MIN(YEAR(received_at)), MAX(YEAR(received_at)) FROM donations", (2023, 2025)),
            ("trampoline", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM jump_sessions", (2023, 2025)),
            ("auction", "SELECT MIN(YEAR(hammer_at)), MAX(YEAR(hammer_at)) FROM hammer_sales", (2023, 2024)),
            ("swimmingpool", "SELECT MIN(YEAR(entered_at)), MAX(YEAR(entered_at)) FROM swims", (2023, 2024)),
            ("scooters", "SELECT MIN(YEAR(startedAt)), MAX(YEAR(startedAt)) FROM trips", (2023, 2025))]:
        assert tuple(EVAL78.run(eval78_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["foodbank", "auction", "scooters"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL78, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL78, tmp_path, "trampoline")), problems
