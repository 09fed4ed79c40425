"""The sixty-first corpus (eval61/questions.jsonl over eval61/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 90 conversations, >= 180 turns, >= 85 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor (test_engine_accuracy_floor) sits about three points under the engine's score when it was set.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL61 = corpus.Corpus("eval61", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval61_dbs(tmp_path_factory):
    """Every eval61 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL61.datasets.build_all(tmp_path_factory.mktemp("eval61-dbs"))
    yield out
    for name in EVAL61.datasets.BUILDERS:
        close_database(EVAL61.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL61.cases) >= 90 and len(EVAL61.turns) >= 180 and EVAL61.followups >= 85
    assert not (problems := corpus.shape_problems(EVAL61)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL61.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "YEAR(current_date) - ", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL61.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval61_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL61, eval61_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval61_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL61, eval61_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval61_dbs):
    assert not (problems := corpus.having_problems(EVAL61, eval61_dbs)), problems


def test_museum_loans_borrower_foreign_key_is_only_implied(eval61_dbs):
    """loans.borrower_id is NOT declared (only implied by its name); the other schemas declare theirs."""
    loans = get_database(EVAL61.url(eval61_dbs, "museumloans")).schema().tables["loans"]
    assert "borrower_id" not in {fk.column for fk in loans.foreign_keys if not fk.inferred}
    assert [fk for fk in loans.foreign_keys if not fk.inferred and fk.ref_table.lower() == "objects"]
    for name, table, ref in [("podcast", "episodes", "shows"), ("theatre", "ticket_sales", "performances"),
                             ("bookshop", "sales", "books"), ("photoagency", "licences", "images")]:
        fks = get_database(EVAL61.url(eval61_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval61_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("podcast", "episodes", "published_at", "datetime"), ("podcast", "downloads", "download_date", "date"),
        ("podcast", "ad_spots", "paid", "bool"), ("museumloans", "loans", "end_date", "date"),
        ("museumloans", "objects", "fragile", "bool"), ("theatre", "ticket_sales", "sold_at", "datetime"),
        ("theatre", "productions", "director_birth_date", "date"), ("bookshop", "staff", "birth_date", "date"),
        ("bookshop", "books", "signed_copy", "bool"), ("photoagency", "licences", "soldAt", "datetime"),
        ("photoagency", "images", "isColour", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL61.url(eval61_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval61_dbs):
    for name, sql in [("podcast", "SELECT COUNT(*) - COUNT(guest_name) FROM episodes"),
                      ("museumloans", "SELECT COUNT(*) - COUNT(end_date) FROM loans"),
                      ("theatre", "SELECT COUNT(*) - COUNT(closing_date) FROM productions"),
                      ("bookshop", "SELECT COUNT(*) - COUNT(arrived_on) FROM special_orders"),
                      ("photoagency", "SELECT COUNT(*) - COUNT(expiresOn) FROM licences")]:
        assert EVAL61.run(eval61_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    still_out = EVAL61.run(eval61_dbs, "museumloans", "SELECT COUNT(*) FROM loans WHERE (end_date IS NULL) "
                           "<> (condition_on_return IS NULL)")
    assert still_out.iloc[0, 0] == 0, "condition_on_return is NULL exactly while an object is still out"
    for name, sql, span in [("podcast", "SELECT MIN(YEAR(published_at)), MAX(YEAR(published_at)) FROM episodes",
                             (2023, 2024)),
                            ("bookshop", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM sales", (2023, 2025)),
                            ("museumloans", "SELECT MIN(YEAR(start_date)), MAX(YEAR(start_date)) FROM loans",
                             (2022, 2024)),
                            ("photoagency", "SELECT MIN(YEAR(shotOn)), MAX(YEAR(shotOn)) FROM images", (2022, 2024))]:
        assert tuple(EVAL61.run(eval61_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["museumloans", "photoagency"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL61, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL61, tmp_path, "bookshop")), problems


def test_engine_accuracy_floor(eval61_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (134/203 turns,
    63/106 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL61, eval61_dbs, 0.63, 0.56)), short
