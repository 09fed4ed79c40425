"""The ninety-eighth held-out corpus (eval98/questions.jsonl over eval98/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval98/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL98 = corpus.Corpus("eval98", "questions.jsonl", "datasets.py")

eval98_dbs = EVAL98.dbs_fixture("eval98_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL98.cases) >= 92 and len(EVAL98.turns) >= 185 and EVAL98.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL98)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL98.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL98.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL98.cases} == set(EVAL98.datasets.BUILDERS)
    for name in EVAL98.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL98.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval98_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL98, eval98_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval98_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL98, eval98_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval98_dbs):
    assert not (problems := corpus.having_problems(EVAL98, eval98_dbs)), problems


def test_lost_items_bag_foreign_key_is_only_implied(eval98_dbs):
    """lost_items.bag_id is NOT declared (only implied by its name); the other links are declared."""
    lost = get_database(EVAL98.url(eval98_dbs, "luggagestorage")).schema().tables["lost_items"]
    assert "bag_id" not in {fk.column.lower() for fk in lost.foreign_keys if not fk.inferred}
    for name, table, ref in [("circusschool", "attendance", "students"), ("circusschool", "attendance", "classes"),
                             ("luggagestorage", "bags", "kiosks"), ("beekeeping", "hives", "members"),
                             ("beekeeping", "harvests", "hives"), ("beekeeping", "swarm_callouts", "members"),
                             ("motorbiketraining", "courses", "riders"),
                             ("motorbiketraining", "courses", "instructors"),
                             ("motorbiketraining", "test_results", "courses"), ("balloonrides", "flights", "balloons"),
                             ("balloonrides", "flights", "pilots")]:
        fks = get_database(EVAL98.url(eval98_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval98_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("circusschool", "students", "birth_date", "date"), ("circusschool", "shows", "show_at", "datetime"),
        ("circusschool", "attendance", "present", "bool"), ("circusschool", "students", "left_on", "date"),
        ("luggagestorage", "bags", "dropped_at", "datetime"), ("luggagestorage", "bags", "picked_up_at", "datetime"),
        ("luggagestorage", "kiosks", "staffed", "bool"), ("luggagestorage", "lost_items", "found_on", "date"),
        ("beekeeping", "harvests", "harvested_on", "date"), ("beekeeping", "swarm_callouts", "called_at", "datetime"),
        ("beekeeping", "members", "is_mentor", "bool"), ("beekeeping", "hives", "removed_on", "date"),
        ("motorbiketraining", "courses", "end_date", "date"), ("motorbiketraining", "test_results", "taken_at",
                                                               "datetime"),
        ("motorbiketraining", "test_results", "passed", "bool"),
        ("motorbiketraining", "instructors", "birth_date", "date"),
        ("balloonrides", "flights", "scheduledAt", "datetime"), ("balloonrides", "pilots", "birthDate", "date"),
        ("balloonrides", "flights", "isCancelled", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL98.url(eval98_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval98_dbs):
    for name, sql in [("circusschool", "SELECT COUNT(*) - COUNT(left_on) FROM students"),
                      ("luggagestorage", "SELECT COUNT(*) - COUNT(picked_up_at) FROM bags"),
                      ("luggagestorage", "SELECT COUNT(*) - COUNT(found_on) FROM lost_items"),
                      ("beekeeping", "SELECT COUNT(*) - COUNT(removed_on) FROM hives"),
                      ("beekeeping", "SELECT COUNT(*) - COUNT(resolved_at) FROM swarm_callouts"),
                      ("motorbiketraining", "SELECT COUNT(*) - COUNT(end_date) FROM courses"),
                      ("balloonrides", "SELECT COUNT(*) - COUNT(landedAt) FROM flights"),
                      ("balloonrides", "SELECT COUNT(*) - COUNT(cancelReason) FROM flights")]:
        assert EVAL98.run(eval98_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("balloonrides", "SELECT COUNT(*) FROM flights WHERE (landedAt IS NULL) <> isCancelled",
             "landedAt is NULL exactly for cancelled flights"),
            ("balloonrides", "SELECT COUNT(*) FROM flights WHERE (cancelReason IS NULL) = isCancelled",
             "a cancelled flight has a reason, a flown one none"),
            ("beekeeping", "SELECT COUNT(*) FROM swarm_callouts WHERE (resolved_at IS NULL) = swarm_caught",
             "a caught swarm has a resolution time"),
            ("luggagestorage", "SELECT COUNT(*) FROM lost_items WHERE (compensation_gbp IS NULL) <> "
             "(found_on IS NOT NULL)", "compensation is paid exactly for items never found"),
            ("luggagestorage", "SELECT COUNT(*) FROM lost_items l LEFT JOIN bags b ON b.bag_id = l.bag_id "
             "WHERE b.bag_id IS NULL", "every lost item points at a stored bag")]:
        assert EVAL98.run(eval98_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("circusschool", "SELECT MIN(YEAR(session_date)), MAX(YEAR(session_date)) FROM attendance", (2023, 2024)),
            ("luggagestorage", "SELECT MIN(YEAR(dropped_at)), MAX(YEAR(dropped_at)) FROM bags", (2023, 2025)),
            ("beekeeping", "SELECT MIN(YEAR(harvested_on)), MAX(YEAR(harvested_on)) FROM harvests", (2023, 2024)),
            ("motorbiketraining", "SELECT MIN(YEAR(start_date)), MAX(YEAR(start_date)) FROM courses", (2023, 2025)),
            ("balloonrides", "SELECT MIN(YEAR(scheduledAt)), MAX(YEAR(scheduledAt)) FROM flights", (2023, 2024))]:
        assert tuple(EVAL98.run(eval98_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["luggagestorage", "motorbiketraining"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL98, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL98, tmp_path, "balloonrides")), problems
