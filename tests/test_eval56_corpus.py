"""The fifty-sixth held-out corpus (eval56/questions.jsonl over eval56/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval56/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL56 = corpus.Corpus("eval56", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval56_dbs(tmp_path_factory):
    """Every eval56 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL56.datasets.build_all(tmp_path_factory.mktemp("eval56-dbs"))
    yield out
    for name in EVAL56.datasets.BUILDERS:
        close_database(EVAL56.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL56.cases) >= 70 and len(EVAL56.turns) >= 130 and EVAL56.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL56)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL56.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- year_of_birth",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL56.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval56_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL56, eval56_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval56_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL56, eval56_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval56_dbs):
    assert not (problems := corpus.having_problems(EVAL56, eval56_dbs)), problems


def test_quarry_tickets_foreign_key_is_only_implied(eval56_dbs):
    """tickets.customer_id is NOT declared (only implied by its name); the other schemas declare theirs."""
    tickets = get_database(EVAL56.url(eval56_dbs, "quarry")).schema().tables["tickets"]
    assert "customer_id" not in {fk.column for fk in tickets.foreign_keys if not fk.inferred}
    for name, table, ref in [("windfarm", "work_orders", "turbines"), ("supplyvessels", "charters", "vessels"),
                             ("batterysites", "dispatches", "sites"), ("cementworks", "lab_tests", "kilns")]:
        fks = get_database(EVAL56.url(eval56_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval56_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("windfarm", "work_orders", "opened_at", "datetime"), ("windfarm", "technicians", "birth_date", "date"),
        ("windfarm", "turbines", "offshore", "bool"), ("quarry", "tickets", "invoice_paid", "bool"),
        ("quarry", "blasts", "blast_date", "date"), ("supplyvessels", "charters", "end_date", "date"),
        ("batterysites", "outages", "ended_at", "datetime"), ("cementworks", "lab_tests", "within_spec", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL56.url(eval56_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval56_dbs):
    for name, sql in [("windfarm", "SELECT COUNT(*) - COUNT(closed_at) FROM work_orders"),
                      ("quarry", "SELECT COUNT(*) - COUNT(peak_vibration_mm_s) FROM blasts"),
                      ("supplyvessels", "SELECT COUNT(*) - COUNT(end_date) FROM charters"),
                      ("batterysites", "SELECT COUNT(*) - COUNT(ended_at) FROM outages"),
                      ("cementworks", "SELECT COUNT(*) - COUNT(strength_28d_mpa) FROM lab_tests")]:
        assert EVAL56.run(eval56_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    open_orders = EVAL56.run(eval56_dbs, "windfarm", "SELECT COUNT(*) FROM work_orders WHERE (closed_at IS NULL) "
                             "<> (status = 'open')")
    assert open_orders.iloc[0, 0] == 0, "closed_at is NULL exactly while a work order is open"
    for name, sql, span in [("windfarm", "SELECT MIN(YEAR(opened_at)), MAX(YEAR(opened_at)) FROM work_orders",
                             (2022, 2024)),
                            ("quarry", "SELECT MIN(YEAR(weighed_at)), MAX(YEAR(weighed_at)) FROM tickets",
                             (2023, 2025)),
                            ("cementworks", "SELECT MIN(YEAR(prod_date)), MAX(YEAR(prod_date)) FROM kiln_days",
                             (2023, 2024))]:
        assert tuple(EVAL56.run(eval56_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["quarry"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL56, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL56, tmp_path, "cementworks")), problems
