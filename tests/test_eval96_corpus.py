"""The ninety-sixth development corpus (eval96/questions.jsonl over eval96/datasets.py), to improve general mechanisms.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file;
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL96 = corpus.Corpus("eval96", "questions.jsonl", "datasets.py")

eval96_dbs = EVAL96.dbs_fixture("eval96_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL96.cases) >= 92 and len(EVAL96.turns) >= 185 and EVAL96.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL96)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL96.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL96.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL96.cases} == set(EVAL96.datasets.BUILDERS)
    for name in EVAL96.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL96.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval96_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL96, eval96_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval96_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL96, eval96_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval96_dbs):
    assert not (problems := corpus.having_problems(EVAL96, eval96_dbs)), problems


def test_feedmill_batch_ingredient_foreign_key_is_only_implied(eval96_dbs):
    """batches.main_ingredient_id is NOT declared (only implied by its name); the other links are declared."""
    batches = get_database(EVAL96.url(eval96_dbs, "feedmill")).schema().tables["batches"]
    assert "main_ingredient_id" not in {fk.column for fk in batches.foreign_keys if not fk.inferred}
    for name, table, ref in [("scaffolding", "hires", "sites"), ("choir", "rehearsal_attendance", "singers"),
                             ("feedmill", "deliveries", "farms"), ("karting", "heatresults", "karts"),
                             ("touristoffice", "tour_bookings", "guides")]:
        tables = get_database(EVAL96.url(eval96_dbs, name)).schema().tables
        fks = next(t for key, t in tables.items() if key.lower() == table).foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval96_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("scaffolding", "inspections", "inspected_at", "datetime"), ("scaffolding", "hires", "end_date", "date"),
        ("scaffolding", "hires", "damaged", "bool"), ("choir", "rehearsals", "starts_at", "datetime"),
        ("choir", "singers", "joined_on", "date"), ("choir", "rehearsal_attendance", "present", "bool"),
        ("feedmill", "batches", "produced_at", "datetime"), ("feedmill", "deliveries", "invoice_paid_on", "date"),
        ("feedmill", "batches", "passed_qc", "bool"), ("karting", "drivers", "birthDate", "date"),
        ("karting", "bookings", "bookedAt", "datetime"), ("karting", "karts", "inService", "bool"),
        ("touristoffice", "enquiries", "enquired_at", "datetime"), ("touristoffice", "guides", "birth_date", "date"),
        ("touristoffice", "visitors", "newsletter_opt_in", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL96.url(eval96_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval96_dbs):
    for name, sql in [("scaffolding", "SELECT COUNT(*) - COUNT(end_date) FROM hires"),
                      ("choir", "SELECT COUNT(*) - COUNT(left_on) FROM singers"),
                      ("feedmill", "SELECT COUNT(*) - COUNT(invoice_paid_on) FROM deliveries"),
                      ("touristoffice", "SELECT COUNT(*) - COUNT(left_on) FROM guides"),
                      ("touristoffice", "SELECT COUNT(*) - COUNT(cancelled_on) FROM tour_bookings")]:
        assert EVAL96.run(eval96_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    cancelled = EVAL96.run(eval96_dbs, "touristoffice", "SELECT COUNT(*) FROM tour_bookings WHERE cancelled_on IS NOT "
                           "NULL AND paid")
    assert cancelled.iloc[0, 0] == 0, "a cancelled tour is never paid"
    for name, sql, span in [("scaffolding", "SELECT MIN(YEAR(start_date)), MAX(YEAR(start_date)) FROM hires",
                             (2023, 2025)),
                            ("choir", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM rehearsals",
                             (2023, 2024)),
                            ("feedmill", "SELECT MIN(YEAR(produced_at)), MAX(YEAR(produced_at)) FROM batches",
                             (2023, 2025)),
                            ("karting", "SELECT MIN(YEAR(sessionDate)), MAX(YEAR(sessionDate)) FROM bookings",
                             (2023, 2024)),
                            ("touristoffice", "SELECT MIN(YEAR(enquired_at)), MAX(YEAR(enquired_at)) FROM enquiries",
                             (2023, 2025))]:
        assert tuple(EVAL96.run(eval96_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["choir", "karting"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL96, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL96, tmp_path, "touristoffice")), problems


def test_engine_accuracy_floor(eval96_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (148/195 turns,
    72/100 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL96, eval96_dbs, 0.72, 0.69)), short
