"""The ninety-seventh development corpus (eval97/questions.jsonl over eval97/datasets.py), for general mechanisms.

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

EVAL97 = corpus.Corpus("eval97", "questions.jsonl", "datasets.py")

eval97_dbs = EVAL97.dbs_fixture("eval97_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL97.cases) >= 92 and len(EVAL97.turns) >= 185 and EVAL97.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL97)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL97.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    "- year_built", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(", " <> ", "NOT ", " IN (", " OVER ()"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL97.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL97.cases} == set(EVAL97.datasets.BUILDERS)
    for name in EVAL97.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL97.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval97_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL97, eval97_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval97_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL97, eval97_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval97_dbs):
    assert not (problems := corpus.having_problems(EVAL97, eval97_dbs)), problems


def test_certificate_sweep_foreign_key_is_only_implied(eval97_dbs):
    """certificates.sweep_id is NOT declared (only implied by its name); the other links are declared."""
    certificates = get_database(EVAL97.url(eval97_dbs, "chimneysweep")).schema().tables["certificates"]
    assert "sweep_id" not in {fk.column for fk in certificates.foreign_keys if not fk.inferred}
    for name, table, ref in [("pharmacy", "dispensings", "wards"), ("pharmacy", "dispensings", "drugs"),
                             ("chimneysweep", "sweeps", "houses"), ("chimneysweep", "houses", "customers"),
                             ("orienteering", "results", "members"), ("orienteering", "volunteers", "events"),
                             ("refillshop", "refill_sales", "products"), ("refillshop", "products", "suppliers"),
                             ("harbour", "movements", "vessels"), ("harbour", "harbour_dues", "movements")]:
        fks = get_database(EVAL97.url(eval97_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"


def test_schemas_have_the_promised_column_kinds(eval97_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("pharmacy", "dispensings", "dispensed_at", "datetime"), ("pharmacy", "pharmacists", "birth_date", "date"),
        ("pharmacy", "dispensings", "urgent", "bool"), ("pharmacy", "drugs", "controlled_drug", "bool"),
        ("chimneysweep", "sweeps", "started_at", "datetime"), ("chimneysweep", "certificates", "issued_on", "date"),
        ("chimneysweep", "houses", "thatched", "bool"), ("orienteering", "results", "startTime", "datetime"),
        ("orienteering", "members", "birthDate", "date"), ("orienteering", "events", "isNightEvent", "bool"),
        ("refillshop", "refill_sales", "sold_at", "datetime"), ("refillshop", "customers", "joined_on", "date"),
        ("refillshop", "refill_sales", "own_container", "bool"), ("harbour", "movements", "arrived_at", "datetime"),
        ("harbour", "harbour_dues", "paid_on", "date"), ("harbour", "berths", "shore_power", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL97.url(eval97_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval97_dbs):
    for name, sql in [("pharmacy", "SELECT COUNT(*) - COUNT(left_on) FROM pharmacists"),
                      ("pharmacy", "SELECT COUNT(*) - COUNT(returned_qty) FROM dispensings"),
                      ("chimneysweep", "SELECT COUNT(*) - COUNT(emailed_on) FROM certificates"),
                      ("orienteering", "SELECT COUNT(*) - COUNT(leftDate) FROM members"),
                      ("orienteering", "SELECT COUNT(*) - COUNT(timeSeconds) FROM results"),
                      ("refillshop", "SELECT COUNT(*) - COUNT(customer_id) FROM refill_sales"),
                      ("harbour", "SELECT COUNT(*) - COUNT(departed_at) FROM movements"),
                      ("harbour", "SELECT COUNT(*) - COUNT(paid_on) FROM harbour_dues")]:
        assert EVAL97.run(eval97_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    finished = EVAL97.run(eval97_dbs, "orienteering", "SELECT COUNT(*) FROM results WHERE (timeSeconds IS NULL) "
                          "<> (status <> 'ok')")
    assert finished.iloc[0, 0] == 0, "timeSeconds is NULL exactly when the runner did not finish"
    orphans = EVAL97.run(eval97_dbs, "chimneysweep", "SELECT COUNT(*) FROM certificates WHERE sweep_id NOT IN "
                         "(SELECT sweep_id FROM sweeps)")
    assert orphans.iloc[0, 0] == 0, "every certificate points at a sweep"
    for name, sql, span in [("pharmacy", "SELECT MIN(YEAR(dispensed_at)), MAX(YEAR(dispensed_at)) FROM dispensings",
                             (2023, 2024)),
                            ("chimneysweep", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM sweeps",
                             (2023, 2025)),
                            ("orienteering", "SELECT MIN(YEAR(eventDate)), MAX(YEAR(eventDate)) FROM events",
                             (2023, 2025)),
                            ("refillshop", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM refill_sales",
                             (2023, 2024)),
                            ("harbour", "SELECT MIN(YEAR(arrived_at)), MAX(YEAR(arrived_at)) FROM movements",
                             (2023, 2025))]:
        assert tuple(EVAL97.run(eval97_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["orienteering", "harbour"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL97, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL97, tmp_path, "refillshop")), problems


def test_engine_accuracy_floor(eval97_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (169/212 turns,
    87/112 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL97, eval97_dbs, 0.76, 0.74)), short
