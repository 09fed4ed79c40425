"""The eighty-third held-out corpus (eval83/questions.jsonl over eval83/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval83/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL83 = corpus.Corpus("eval83", "questions.jsonl", "datasets.py")

eval83_dbs = EVAL83.dbs_fixture("eval83_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL83.cases) >= 92 and len(EVAL83.turns) >= 185 and EVAL83.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL83)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL83.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT ", " IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL83.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL83.cases} == set(EVAL83.datasets.BUILDERS)
    for name in EVAL83.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL83.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval83_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL83, eval83_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval83_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL83, eval83_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval83_dbs):
    assert not (problems := corpus.having_problems(EVAL83, eval83_dbs)), problems


def test_lift_pass_pupil_foreign_key_is_only_implied(eval83_dbs):
    """lift_passes.pupil_id is NOT declared (only implied by its name); the other links are declared."""
    passes = get_database(EVAL83.url(eval83_dbs, "skischool")).schema().tables["lift_passes"]
    assert "pupil_id" not in {fk.column.lower() for fk in passes.foreign_keys if not fk.inferred}
    for name, table, ref in [("skischool", "lessons", "instructors"), ("skischool", "lessons", "pupils"),
                             ("phonerepair", "repair_tickets", "devices"), ("phonerepair", "parts_used",
                                                                            "repair_tickets"),
                             ("communityradio", "broadcasts", "shows"), ("communityradio", "musicPlays", "broadcasts"),
                             ("winery", "picks", "blocks"), ("winery", "bottlings", "barrels"),
                             ("kennel", "stays", "dogs"), ("kennel", "walks", "stays")]:
        fks = get_database(EVAL83.url(eval83_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval83_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("skischool", "lessons", "starts_at", "datetime"), ("skischool", "instructors", "birth_date", "date"),
        ("skischool", "lessons", "cancelled", "bool"), ("skischool", "lift_passes", "valid_to", "date"),
        ("phonerepair", "repair_tickets", "received_at", "datetime"),
        ("phonerepair", "repair_tickets", "returned_on", "date"), ("phonerepair", "technicians", "birth_date", "date"),
        ("phonerepair", "repair_tickets", "express_service", "bool"),
        ("communityradio", "broadcasts", "airedAt", "datetime"), ("communityradio", "presenters", "joinedOn", "date"),
        ("communityradio", "presenters", "isVolunteer", "bool"), ("winery", "picks", "picked_at", "datetime"),
        ("winery", "barrels", "emptied_on", "date"), ("winery", "picks", "hand_picked", "bool"),
        ("kennel", "stays", "check_in_at", "datetime"), ("kennel", "stays", "check_out_on", "date"),
        ("kennel", "dogs", "neutered", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL83.url(eval83_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval83_dbs):
    for name, sql in [("phonerepair", "SELECT COUNT(*) - COUNT(returned_on) FROM repair_tickets"),
                      ("communityradio", "SELECT COUNT(*) - COUNT(listenerCount) FROM broadcasts"),
                      ("winery", "SELECT COUNT(*) - COUNT(emptied_on) FROM barrels"),
                      ("kennel", "SELECT COUNT(*) - COUNT(check_out_on) FROM stays"),
                      ("skischool", "SELECT COUNT(*) - COUNT(pupil_rating) FROM lessons")]:
        assert EVAL83.run(eval83_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("phonerepair", "SELECT COUNT(*) FROM repair_tickets WHERE (customer_paid_gbp IS NULL) <> "
             "(returned_on IS NULL)", "a ticket is paid exactly when the device is handed back"),
            ("kennel", "SELECT COUNT(*) FROM stays WHERE (total_charged_gbp IS NULL) <> (check_out_on IS NULL)",
             "a stay is charged exactly when the dog has checked out"),
            ("winery", "SELECT COUNT(*) FROM bottlings t JOIN barrels k ON k.barrel_id = t.barrel_id "
             "WHERE k.emptied_on IS NULL", "only emptied barrels are bottled"),
            ("skischool", "SELECT COUNT(*) FROM lessons WHERE cancelled AND pupil_rating IS NOT NULL",
             "a cancelled lesson has no rating")]:
        assert EVAL83.run(eval83_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("skischool", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM lessons", (2022, 2025)),
            ("phonerepair", "SELECT MIN(YEAR(received_at)), MAX(YEAR(received_at)) FROM repair_tickets", (2023, 2025)),
            ("communityradio", "SELECT MIN(YEAR(airedAt)), MAX(YEAR(airedAt)) FROM broadcasts", (2023, 2024)),
            ("winery", "SELECT MIN(YEAR(picked_at)), MAX(YEAR(picked_at)) FROM picks", (2022, 2024)),
            ("kennel", "SELECT MIN(YEAR(check_in_at)), MAX(YEAR(check_in_at)) FROM stays", (2023, 2025))]:
        assert tuple(EVAL83.run(eval83_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["skischool", "kennel"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL83, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL83, tmp_path, "winery")), problems
