"""The eleventh held-out evaluation corpus (eval11/questions.jsonl over eval11/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (a camelCase schema, an abbreviated one with an undeclared foreign key,
  declared foreign keys elsewhere, one wide table, TIMESTAMPs, booleans, NULLs with a meaning, 2-3 years of data);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval11/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL11 = corpus.Corpus("eval11", "questions.jsonl", "datasets.py")
eval11_dbs = EVAL11.dbs_fixture("eval11_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL11.cases) >= 70 and len(EVAL11.turns) >= 130 and EVAL11.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL11)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL11.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "QUARTER(", "MONTH(", "strftime(", "date_diff(", "date_sub('year'", "- birth_year",
                    "MIN(", "MAX(", "<> ", "WHERE NOT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL11.turns) >= 8, "too few rate questions"
    per_schema = {name: sum(case["db"] == name for case in EVAL11.cases) for name in EVAL11.datasets.BUILDERS}
    assert min(per_schema.values()) >= 12, per_schema


def test_every_gold_query_runs_and_returns_rows(eval11_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL11, eval11_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval11_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL11, eval11_dbs)
    assert seen >= 12 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval11_dbs):
    assert not (problems := corpus.having_problems(EVAL11, eval11_dbs)), problems


def _schema(dbs, name):
    return get_database(EVAL11.url(dbs, name)).schema()


def test_schemas_have_the_promised_traits(eval11_dbs):
    """camelCase bookings, abbreviated tickets without a declared FK, declared FKs elsewhere, one wide table."""
    bookings = _schema(eval11_dbs, "escape").tables["bookings"]
    assert {"bookingId", "roomId", "gameMasterId", "startTime", "groupSize", "totalPrice", "finishMinutes"} <= {
        c.name for c in bookings.columns}
    assert bookings.column("startTime").kind == "datetime" and bookings.column("escaped").kind == "bool"
    assert {fk.ref_table.lower() for fk in bookings.foreign_keys if not fk.inferred} == {"rooms", "gamemasters"}
    tickets = _schema(eval11_dbs, "parking").tables["tickets"]
    assert {"tkt_id", "grg_id", "entry_ts", "exit_ts", "veh_typ", "pmt_mthd", "amt_pd", "vldtd"} <= {
        c.name for c in tickets.columns}
    assert "grg_id" not in {fk.column for fk in tickets.foreign_keys if not fk.inferred}, "grg_id must stay undeclared"
    for name, table, refs in [("dental", "appointments", {"patients", "dentists"}),
                              ("loyalty", "flight_activity", {"members"}), ("loyalty", "redemptions", {"members"})]:
        declared = {fk.ref_table.lower() for fk in _schema(eval11_dbs, name).tables[table].foreign_keys
                    if not fk.inferred}
        assert declared == refs, (name, table, declared)
    solar = _schema(eval11_dbs, "solar")
    assert list(solar.tables) == ["installations"] and len(solar.tables["installations"].columns) >= 20
    assert _schema(eval11_dbs, "dental").tables["patients"].column("date_of_birth").kind == "date"


@pytest.mark.parametrize("name, sql", [
    ("dental", "SELECT COUNT(*) - COUNT(satisfaction_score) FROM appointments"),
    ("dental", "SELECT COUNT(*) - COUNT(insurance_plan) FROM patients"),
    ("parking", "SELECT COUNT(*) - COUNT(exit_ts) FROM tickets"),
    ("escape", 'SELECT COUNT(*) - COUNT("retiredOn") FROM rooms'),
    ("solar", "SELECT COUNT(*) - COUNT(install_date) FROM installations"),
    ("loyalty", "SELECT COUNT(*) - COUNT(partner_name) FROM redemptions"),
])
def test_nullable_columns_have_nulls(eval11_dbs, name, sql):
    assert EVAL11.run(eval11_dbs, name, sql).iloc[0, 0] > 0


@pytest.mark.parametrize("name, sql, years", [
    ("dental", "SELECT MIN(YEAR(appointment_ts)), MAX(YEAR(appointment_ts)) FROM appointments", (2022, 2024)),
    ("parking", "SELECT MIN(YEAR(entry_ts)), MAX(YEAR(entry_ts)) FROM tickets", (2023, 2024)),
    ("escape", 'SELECT MIN(YEAR("startTime")), MAX(YEAR("startTime")) FROM bookings', (2022, 2024)),
    ("solar", "SELECT MIN(YEAR(contract_date)), MAX(YEAR(contract_date)) FROM installations", (2022, 2024)),
    ("loyalty", "SELECT MIN(YEAR(flight_date)), MAX(YEAR(flight_date)) FROM flight_activity", (2023, 2025)),
])
def test_data_spans_the_documented_years(eval11_dbs, name, sql, years):
    assert tuple(EVAL11.run(eval11_dbs, name, sql).iloc[0]) == years


@pytest.mark.parametrize("name", ["escape", "solar"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL11, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL11, tmp_path, "solar")), problems
