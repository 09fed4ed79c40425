"""The sixtieth corpus (eval60/questions.jsonl over eval60/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 90 conversations, >= 180 turns, >= 85 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, a camelCase schema,
  booleans, DATE and TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data
  ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor (test_engine_accuracy_floor) sits about three points under the engine's score when it was set.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL60 = corpus.Corpus("eval60", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval60_dbs(tmp_path_factory):
    """Every eval60 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL60.datasets.build_all(tmp_path_factory.mktemp("eval60-dbs"))
    yield out
    for name in EVAL60.datasets.BUILDERS:
        close_database(EVAL60.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL60.cases) >= 90 and len(EVAL60.turns) >= 180 and EVAL60.followups >= 85
    assert not (problems := corpus.shape_problems(EVAL60)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL60.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "SUM(", " > "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL60.turns) >= 5, "too few rate questions"
    per_schema = {name: sum(case["db"] == name for case in EVAL60.cases) for name in EVAL60.datasets.BUILDERS}
    assert min(per_schema.values()) >= 15, per_schema


def test_every_gold_query_runs_and_returns_rows(eval60_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL60, eval60_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval60_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL60, eval60_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval60_dbs):
    assert not (problems := corpus.having_problems(EVAL60, eval60_dbs)), problems


def test_pawnshop_pledges_foreign_key_is_only_implied(eval60_dbs):
    """pledges.customer_id is NOT declared (only implied by its name); the other schemas declare theirs."""
    pledges = get_database(EVAL60.url(eval60_dbs, "pawnshop")).schema().tables["pledges"]
    assert "customer_id" not in {fk.column for fk in pledges.foreign_keys if not fk.inferred}
    for name, table, ref in [("payables", "invoices", "suppliers"), ("expenses", "claims", "employees"),
                             ("lettings", "tenancies", "properties"), ("pawnshop", "redemptions", "pledges"),
                             ("taxoffice", "returns", "preparers")]:
        fks = get_database(EVAL60.url(eval60_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval60_dbs):
    kinds = [("payables", "invoices", "received_at", "datetime"), ("payables", "invoices", "due_date", "date"),
             ("payables", "suppliers", "preferred", "bool"), ("expenses", "claims", "submittedAt", "datetime"),
             ("expenses", "employees", "birthDate", "date"), ("expenses", "claims", "hasReceipt", "bool"),
             ("lettings", "tenancies", "end_date", "date"), ("lettings", "properties", "pets_allowed", "bool"),
             ("pawnshop", "pledges", "pledged_at", "datetime"), ("pawnshop", "customers", "birth_date", "date"),
             ("taxoffice", "returns", "filed_on", "date"), ("taxoffice", "returns", "e_filed", "bool")]
    for name, table, column, kind in kinds:
        col = get_database(EVAL60.url(eval60_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval60_dbs):
    for name, sql in [("expenses", 'SELECT COUNT(*) - COUNT("mileageKm") FROM claims'),
                      ("lettings", "SELECT COUNT(*) - COUNT(end_date) FROM tenancies"),
                      ("lettings", "SELECT COUNT(*) - COUNT(paid_date) FROM rent_payments"),
                      ("pawnshop", "SELECT COUNT(*) - COUNT(gold_weight_g) FROM pledges"),
                      ("taxoffice", "SELECT COUNT(*) - COUNT(filed_on) FROM returns")]:
        assert EVAL60.run(eval60_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("expenses", "SELECT COUNT(*) FROM claims c WHERE (c.status = 'pending') <> NOT EXISTS "
                                   '(SELECT 1 FROM approvals a WHERE a."claimId" = c."claimId")'),
                      ("payables", "SELECT COUNT(*) FROM invoices i WHERE (i.status = 'paid') <> EXISTS "
                                   "(SELECT 1 FROM payments p WHERE p.invoice_id = i.invoice_id)"),
                      ("taxoffice", "SELECT COUNT(*) FROM returns WHERE (refund_amount IS NULL) = "
                                    "(balance_due IS NULL)")]:
        assert EVAL60.run(eval60_dbs, name, sql).iloc[0, 0] == 0, f"{name}: NULL / row absence without its meaning"
    for name, sql, span in [("payables", "SELECT MIN(YEAR(invoice_date)), MAX(YEAR(invoice_date)) FROM invoices",
                             (2022, 2024)),
                            ("expenses", 'SELECT MIN(YEAR("expenseDate")), MAX(YEAR("expenseDate")) FROM claims',
                             (2023, 2024)),
                            ("lettings", "SELECT MIN(YEAR(due_date)), MAX(YEAR(due_date)) FROM rent_payments",
                             (2022, 2024)),
                            ("pawnshop", "SELECT MIN(YEAR(pledged_at)), MAX(YEAR(pledged_at)) FROM pledges",
                             (2023, 2025)),
                            ("taxoffice", "SELECT MIN(YEAR(received_at)), MAX(YEAR(received_at)) FROM returns",
                             (2023, 2025))]:
        assert tuple(EVAL60.run(eval60_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["pawnshop", "lettings"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL60, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL60, tmp_path, "taxoffice")), problems


def test_engine_accuracy_floor(eval60_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (122/209 turns,
    57/104 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL60, eval60_dbs, 0.55, 0.51)), short
