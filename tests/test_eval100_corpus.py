"""The hundredth development corpus (eval100/questions.jsonl over eval100/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

The corpus was written without running the engine on it; the accuracy floor was set afterwards (stop 23).
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL100 = corpus.Corpus("eval100", "questions.jsonl", "datasets.py")

eval100_dbs = EVAL100.dbs_fixture("eval100_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL100.cases) >= 92 and len(EVAL100.turns) >= 185 and EVAL100.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL100)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL100.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "ISODOW(", "date_diff('day'", "date_diff('minute'",
                    "date_sub('year'", "YEAR(current_date) - birth_year", "YEAR(current_date) - o.birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", "DISTINCT ", " IN (6, 7, 8)"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL100.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL100.cases} == set(EVAL100.datasets.BUILDERS)
    for name in EVAL100.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL100.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval100_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL100, eval100_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval100_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL100, eval100_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval100_dbs):
    assert not (problems := corpus.having_problems(EVAL100, eval100_dbs)), problems


def test_allotment_show_entry_holder_foreign_key_is_only_implied(eval100_dbs):
    """show_entries.holder_id is NOT declared (only implied by its name); the other links are declared."""
    entries = get_database(EVAL100.url(eval100_dbs, "allotment")).schema().tables["show_entries"]
    assert "holder_id" not in {fk.column for fk in entries.foreign_keys if not fk.inferred}
    for name, table, ref in [("courier", "jobs", "couriers"), ("courier", "claims", "jobs"),
                             ("allotment", "plot_holders", "plots"), ("escaperoom", "bookings", "rooms"),
                             ("escaperoom", "reviews", "bookings"), ("ferry", "tickets", "sailings"),
                             ("ferry", "sailings", "vessels"), ("blooddonation", "donations", "donors"),
                             ("blooddonation", "deferrals", "sessions")]:
        fks = get_database(EVAL100.url(eval100_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval100_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("courier", "jobs", "pickup_at", "datetime"), ("courier", "couriers", "birth_date", "date"),
        ("courier", "couriers", "left_date", "date"), ("courier", "claims", "approved", "bool"),
        ("allotment", "plot_holders", "left_on", "date"), ("allotment", "show_entries", "show_date", "date"),
        ("allotment", "plots", "has_water_trough", "bool"), ("escaperoom", "bookings", "startsAt", "datetime"),
        ("escaperoom", "staff", "birthDate", "date"), ("escaperoom", "bookings", "isCorporate", "bool"),
        ("ferry", "sailings", "scheduled_departure", "datetime"), ("ferry", "tickets", "with_vehicle", "bool"),
        ("blooddonation", "donations", "donated_at", "datetime"), ("blooddonation", "deferrals", "deferred_until",
                                                                    "date"),
        ("blooddonation", "donations", "adverse_reaction", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL100.url(eval100_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval100_dbs):
    for name, sql in [("courier", "SELECT COUNT(*) - COUNT(left_date) FROM couriers"),
                      ("courier", "SELECT COUNT(*) - COUNT(settled_on) FROM claims"),
                      ("allotment", "SELECT COUNT(*) - COUNT(left_on) FROM plot_holders"),
                      ("allotment", "SELECT COUNT(*) - COUNT(offered_on) FROM waiting_list"),
                      ("escaperoom", "SELECT COUNT(*) - COUNT(escapeMinutes) FROM bookings"),
                      ("escaperoom", "SELECT COUNT(*) - COUNT(leftOn) FROM staff"),
                      ("ferry", "SELECT COUNT(*) - COUNT(actual_departure) FROM sailings"),
                      ("blooddonation", "SELECT COUNT(*) - COUNT(deferred_until) FROM deferrals")]:
        assert EVAL100.run(eval100_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("courier", "SELECT COUNT(*) FROM jobs WHERE (dropped_at IS NULL) <> (status <> 'delivered')"),
                      ("escaperoom", "SELECT COUNT(*) FROM bookings WHERE (escapeMinutes IS NULL) = escaped"),
                      ("ferry", "SELECT COUNT(*) FROM sailings WHERE (actual_departure IS NULL) <> cancelled"),
                      ("allotment", "SELECT COUNT(*) FROM waiting_list WHERE (offered_on IS NULL) "
                                    "<> (status IN ('waiting', 'withdrawn'))")]:
        assert EVAL100.run(eval100_dbs, name, sql).iloc[0, 0] == 0, f"{name}: a NULL without its meaning"
    for name, sql, span in [("courier", "SELECT MIN(YEAR(pickup_at)), MAX(YEAR(pickup_at)) FROM jobs", (2023, 2024)),
                            ("allotment", "SELECT MIN(YEAR(show_date)), MAX(YEAR(show_date)) FROM show_entries",
                             (2022, 2024)),
                            ("escaperoom", "SELECT MIN(YEAR(startsAt)), MAX(YEAR(startsAt)) FROM bookings",
                             (2023, 2025)),
                            ("ferry", "SELECT MIN(YEAR(scheduled_departure)), MAX(YEAR(scheduled_departure)) "
                                      "FROM sailings", (2023, 2024)),
                            ("blooddonation", "SELECT MIN(YEAR(donated_at)), MAX(YEAR(donated_at)) FROM donations",
                             (2023, 2025))]:
        assert tuple(EVAL100.run(eval100_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["courier", "blooddonation"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL100, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL100, tmp_path, "ferry")), problems


def test_engine_accuracy_floor(eval100_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (180/224 turns,
    94/123 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL100, eval100_dbs, 0.77, 0.73)), short
