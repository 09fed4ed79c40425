"""The eval55 held-out corpus (eval55/questions.jsonl over eval55/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, camelCase names,
  TIMESTAMPs, booleans, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval55/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL55 = corpus.Corpus("eval55", "questions.jsonl", "datasets.py")
eval55_dbs = EVAL55.dbs_fixture("eval55_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL55.cases) >= 70 and len(EVAL55.turns) >= 130 and EVAL55.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL55)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL55.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "DATE_TRUNC(", "date_diff(", "date_sub('year'",
                    "YEAR(current_date) - birth_yr",
                    "btl_sold > grp_sz", "tip > 0.15 * price", "NOT cxl", " ASC LIMIT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL55.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval55_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL55, eval55_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval55_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL55, eval55_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval55_dbs):
    assert not (problems := corpus.having_problems(EVAL55, eval55_dbs)), problems


def test_schemas_have_the_promised_traits(eval55_dbs):
    """Undeclared FKs in winetours, declared ones elsewhere, camelCase garden, TIMESTAMPs, booleans, NULLs."""
    tours = get_database(EVAL55.url(eval55_dbs, "winetours")).schema().tables["tours"]
    assert {"wnry_id", "guide_id", "tour_dt", "grp_sz", "tkt_prc", "btl_sold", "cxl"} <= {c.name for c in tours.columns}
    declared = {fk.column for fk in tours.foreign_keys if not fk.inferred}
    assert not declared & {"wnry_id", "guide_id"}, "the tour table's foreign keys must stay undeclared"
    bookings = get_database(EVAL55.url(eval55_dbs, "confcentre")).schema().tables["bookings"]
    assert {fk.ref_table.lower() for fk in bookings.foreign_keys if not fk.inferred} == {"clients", "rooms"}
    shifts = get_database(EVAL55.url(eval55_dbs, "garden")).schema().table("volunteerShifts")
    assert shifts.column("shiftStart").kind == "datetime" and shifts.column("hoursWorked").kind == "number"
    appointments = get_database(EVAL55.url(eval55_dbs, "spa")).schema().tables["appointments"]
    assert appointments.column("starts_at").kind == "datetime"
    assert appointments.column("booked_online").kind == "bool"
    for name, sql in [("confcentre", "SELECT COUNT(*) - COUNT(feedback_score) FROM bookings"),
                      ("aquarium", "SELECT COUNT(*) - COUNT(departed_on) FROM animals"),
                      ("winetours", "SELECT COUNT(*) - COUNT(rating) FROM tours"),
                      ("spa", "SELECT COUNT(*) - COUNT(tip) FROM appointments"),
                      ("garden", "SELECT COUNT(*) - COUNT(removedOn) FROM plantings")]:
        assert EVAL55.run(eval55_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, last in [("confcentre", "SELECT MIN(YEAR(event_date)), MAX(YEAR(event_date)) FROM bookings", 2024),
                            ("aquarium", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM ticket_sales", 2024),
                            ("spa", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM appointments", 2025)]:
        first, final = EVAL55.run(eval55_dbs, name, sql).iloc[0]
        assert final == last and 2 <= final - first + 1 <= 3, (name, first, final)


@pytest.mark.parametrize("name", ["confcentre", "garden"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL55, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL55, tmp_path, "garden")), problems
