"""The ninety-second development corpus (eval92/questions.jsonl over eval92/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor yet: it is set by the engine's authors once they have scored the corpus.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL92 = corpus.Corpus("eval92", "questions.jsonl", "datasets.py")

eval92_dbs = EVAL92.dbs_fixture("eval92_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL92.cases) >= 92 and len(EVAL92.turns) >= 185 and EVAL92.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL92)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL92.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birthYear",
                    "- birth_year", "- holder_birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ",
                    "DISTINCT ", " IN ('", "SUM("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL92.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL92.cases} == set(EVAL92.datasets.BUILDERS)
    for name in EVAL92.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL92.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval92_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL92, eval92_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval92_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL92, eval92_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval92_dbs):
    assert not (problems := corpus.having_problems(EVAL92, eval92_dbs)), problems


def test_parcel_locker_foreign_key_is_only_implied(eval92_dbs):
    """parcels.locker_id is NOT declared (only implied by its name); the other links are declared."""
    parcels = get_database(EVAL92.url(eval92_dbs, "parcellockers")).schema().tables["parcels"]
    declared = {fk.column for fk in parcels.foreign_keys if not fk.inferred}
    assert "locker_id" not in declared and "courier_id" in declared
    for name, table, ref in [("yogastudio", "attendance", "classes"), ("yogastudio", "classes", "instructors"),
                             ("recordingstudio", "tracks", "sessions"), ("recordingstudio", "sessions", "bands"),
                             ("parcellockers", "lockers", "locker_sites"), ("pharmacy", "refills", "prescriptions"),
                             ("pharmacy", "prescriptions", "drugs"), ("rallyclub", "stagetimes", "rallies"),
                             ("rallyclub", "cars", "drivers")]:
        tables = {t.lower(): v for t, v in get_database(EVAL92.url(eval92_dbs, name)).schema().tables.items()}
        fks = tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval92_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("yogastudio", "classes", "starts_at", "datetime"), ("yogastudio", "instructors", "birth_date", "date"),
        ("yogastudio", "class_passes", "expires_on", "date"), ("yogastudio", "attendance", "checked_in", "bool"),
        ("recordingstudio", "sessions", "started_at", "datetime"), ("recordingstudio", "tracks", "mixed_on", "date"),
        ("recordingstudio", "bands", "label_signed", "bool"), ("parcellockers", "parcels", "picked_up_at", "datetime"),
        ("parcellockers", "couriers", "birth_date", "date"), ("parcellockers", "lockers", "out_of_service", "bool"),
        ("pharmacy", "prescriptions", "collected_at", "datetime"), ("pharmacy", "patients", "birth_date", "date"),
        ("pharmacy", "drugs", "controlled", "bool"), ("rallyclub", "stageTimes", "recordedAt", "datetime"),
        ("rallyclub", "rallies", "startDate", "date"), ("rallyclub", "stageTimes", "retired", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL92.url(eval92_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval92_dbs):
    for name, sql in [("yogastudio", "SELECT COUNT(*) - COUNT(expires_on) FROM class_passes"),
                      ("recordingstudio", "SELECT COUNT(*) - COUNT(mixed_on) FROM tracks"),
                      ("parcellockers", "SELECT COUNT(*) - COUNT(picked_up_at) FROM parcels"),
                      ("pharmacy", "SELECT COUNT(*) - COUNT(collected_at) FROM prescriptions"),
                      ("rallyclub", "SELECT COUNT(*) - COUNT(leftClubDate) FROM drivers"),
                      ("rallyclub", "SELECT COUNT(*) - COUNT(stageSeconds) FROM stageTimes")]:
        assert EVAL92.run(eval92_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    unlimited = EVAL92.run(eval92_dbs, "yogastudio", "SELECT COUNT(*) FROM class_passes WHERE (expires_on IS NULL) "
                           "<> (pass_type = 'annual unlimited')")
    assert unlimited.iloc[0, 0] == 0, "expires_on is NULL exactly for the annual unlimited pass"
    retired = EVAL92.run(eval92_dbs, "rallyclub", "SELECT COUNT(*) FROM stageTimes WHERE (stageSeconds IS NULL) "
                         "<> retired")
    assert retired.iloc[0, 0] == 0, "stageSeconds is NULL exactly once the driver retired"
    for name, sql, span in [("yogastudio", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM classes",
                             (2023, 2024)),
                            ("recordingstudio", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM sessions",
                             (2023, 2024)),
                            ("parcellockers", "SELECT MIN(YEAR(dropped_off_at)), MAX(YEAR(dropped_off_at)) "
                             "FROM parcels", (2023, 2024)),
                            ("pharmacy", "SELECT MIN(YEAR(issued_on)), MAX(YEAR(issued_on)) FROM prescriptions",
                             (2023, 2025)),
                            ("rallyclub", "SELECT MIN(YEAR(startDate)), MAX(YEAR(startDate)) FROM rallies",
                             (2023, 2024))]:
        assert tuple(EVAL92.run(eval92_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["yogastudio", "rallyclub"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL92, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL92, tmp_path, "pharmacy")), problems


def test_engine_accuracy_floor(eval92_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (165/224 turns,
    93/129 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL92, eval92_dbs, 0.7, 0.69)), short
