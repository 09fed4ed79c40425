"""The 101st development corpus (eval101/questions.jsonl over eval101/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL101 = corpus.Corpus("eval101", "questions.jsonl", "datasets.py")

eval101_dbs = EVAL101.dbs_fixture("eval101_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL101.cases) >= 92 and len(EVAL101.turns) >= 185 and EVAL101.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL101)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL101.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", "DISTINCT ", " > ", "current_date"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL101.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL101.cases} == set(EVAL101.datasets.BUILDERS)
    for name in EVAL101.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL101.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval101_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL101, eval101_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval101_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL101, eval101_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval101_dbs):
    assert not (problems := corpus.having_problems(EVAL101, eval101_dbs)), problems


def test_recycling_material_foreign_key_is_only_implied(eval101_dbs):
    """weighings.material_id is NOT declared (only implied by its name); the other links are declared."""
    weighings = get_database(EVAL101.url(eval101_dbs, "recycling")).schema().tables["weighings"]
    declared = {fk.column for fk in weighings.foreign_keys if not fk.inferred}
    assert "material_id" not in declared and "visit_id" in declared
    for name, table, ref in [("pottery", "pieces", "members"), ("pottery", "firings", "kilns"),
                             ("skihire", "rentals", "customers"), ("grooming", "appointments", "dogs"),
                             ("recycling", "fines", "visits"), ("brassband", "engagementPlayers", "players")]:
        fks = get_database(EVAL101.url(eval101_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval101_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("pottery", "firings", "started_at", "datetime"), ("pottery", "members", "birth_date", "date"),
        ("pottery", "pieces", "for_sale", "bool"), ("pottery", "firings", "failed", "bool"),
        ("skihire", "rentals", "out_date", "date"), ("skihire", "rentals", "insurance", "bool"),
        ("grooming", "appointments", "appointment_at", "datetime"), ("grooming", "appointments", "no_show", "bool"),
        ("grooming", "dogs", "birth_date", "date"), ("recycling", "visits", "arrived_at", "datetime"),
        ("recycling", "fines", "paid_on", "date"), ("recycling", "materials", "recyclable", "bool"),
        ("brassband", "players", "birthDate", "date"), ("brassband", "engagements", "startTime", "datetime"),
        ("brassband", "players", "isPrincipal", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL101.url(eval101_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval101_dbs):
    for name, sql in [("pottery", "SELECT COUNT(*) - COUNT(left_on) FROM members"),
                      ("pottery", "SELECT COUNT(*) - COUNT(finished_at) FROM firings"),
                      ("pottery", "SELECT COUNT(*) - COUNT(firing_id) FROM pieces"),
                      ("skihire", "SELECT COUNT(*) - COUNT(returned_on) FROM rentals"),
                      ("skihire", "SELECT COUNT(*) - COUNT(damage_charge_eur) FROM rentals"),
                      ("grooming", "SELECT COUNT(*) - COUNT(paid_at) FROM appointments"),
                      ("recycling", "SELECT COUNT(*) - COUNT(paid_on) FROM fines"),
                      ("brassband", 'SELECT COUNT(*) - COUNT("leftDate") FROM players'),
                      ("brassband", 'SELECT COUNT(*) - COUNT("paidDate") FROM engagements')]:
        assert EVAL101.run(eval101_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("grooming", "SELECT COUNT(*) FROM appointments WHERE no_show AND paid_at IS NOT NULL",
             "a no-show is never paid"),
            ("skihire", "SELECT COUNT(*) FROM rentals WHERE returned_on IS NULL AND damage_charge_eur IS NOT NULL",
             "damage is only charged on skis that came back"),
            ("pottery", "SELECT COUNT(*) FROM pieces WHERE (firing_id IS NULL) <> (status = 'greenware')",
             "only greenware is unfired")]:
        assert EVAL101.run(eval101_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [("pottery", "SELECT MIN(YEAR(made_on)), MAX(YEAR(made_on)) FROM pieces", (2023, 2024)),
                            ("skihire", "SELECT MIN(YEAR(out_date)), MAX(YEAR(out_date)) FROM rentals", (2022, 2025)),
                            ("grooming", "SELECT MIN(YEAR(appointment_at)), MAX(YEAR(appointment_at)) "
                             "FROM appointments",
                             (2023, 2024)),
                            ("recycling", "SELECT MIN(YEAR(arrived_at)), MAX(YEAR(arrived_at)) FROM visits",
                             (2023, 2025)),
                            ("brassband", 'SELECT MIN(YEAR("engagementDate")), MAX(YEAR("engagementDate")) '
                             "FROM engagements", (2023, 2024))]:
        assert tuple(EVAL101.run(eval101_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["pottery", "brassband"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL101, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL101, tmp_path, "grooming")), problems


def test_engine_accuracy_floor(eval101_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (164/223 turns,
    86/126 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL101, eval101_dbs, 0.7, 0.65)), short
