"""The sixty-third held-out corpus (eval63/questions.jsonl over eval63/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 90 conversations, >= 180 turns, >= 85 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval63/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL63 = corpus.Corpus("eval63", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval63_dbs(tmp_path_factory):
    """Every eval63 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL63.datasets.build_all(tmp_path_factory.mktemp("eval63-dbs"))
    yield out
    for name in EVAL63.datasets.BUILDERS:
        close_database(EVAL63.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL63.cases) >= 90 and len(EVAL63.turns) >= 180 and EVAL63.followups >= 85
    assert not (problems := corpus.shape_problems(EVAL63)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL63.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birthYear",
                    "- birth_year", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL63.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL63.cases} == set(EVAL63.datasets.BUILDERS)
    for name in EVAL63.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL63.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval63_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL63, eval63_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval63_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL63, eval63_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval63_dbs):
    assert not (problems := corpus.having_problems(EVAL63, eval63_dbs)), problems


def test_carwash_washes_site_foreign_key_is_only_implied(eval63_dbs):
    """washes.site_id is NOT declared (only implied by its name); the other links are declared."""
    washes = get_database(EVAL63.url(eval63_dbs, "carwash")).schema().tables["washes"]
    declared = {fk.column for fk in washes.foreign_keys if not fk.inferred}
    assert "site_id" not in declared and "member_id" in declared
    for name, table, ref in [("bakery", "bakes", "shops"), ("taproom", "brews", "beers"),
                             ("florist", "deliveries", "orders"), ("cinema", "tickets", "screenings"),
                             ("carwash", "memberships", "sites")]:
        fks = get_database(EVAL63.url(eval63_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval63_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("bakery", "bakes", "baked_at", "datetime"), ("bakery", "bakers", "birth_date", "date"),
        ("bakery", "waste", "donated", "bool"), ("taproom", "tapSales", "soldAt", "datetime"),
        ("taproom", "brews", "packagedDate", "date"), ("taproom", "beers", "isSeasonal", "bool"),
        ("carwash", "memberships", "cancelled_on", "date"), ("carwash", "sites", "touchless", "bool"),
        ("florist", "deliveries", "delivered_at", "datetime"), ("florist", "staff", "birth_date", "date"),
        ("cinema", "screenings", "starts_at", "datetime"), ("cinema", "tickets", "bought_online", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL63.url(eval63_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval63_dbs):
    for name, sql in [("taproom", "SELECT COUNT(*) - COUNT(packagedDate) FROM brews"),
                      ("carwash", "SELECT COUNT(*) - COUNT(cancelled_on) FROM memberships"),
                      ("carwash", "SELECT COUNT(*) - COUNT(member_id) FROM washes"),
                      ("florist", "SELECT COUNT(*) - COUNT(delivered_at) FROM deliveries")]:
        assert EVAL63.run(eval63_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    paid = EVAL63.run(eval63_dbs, "carwash", "SELECT COUNT(*) FROM washes WHERE (member_id IS NULL) "
                      "<> (payment_method <> 'membership')")
    assert paid.iloc[0, 0] == 0, "member_id is NULL exactly when a wash was not paid by membership"
    for name, sql, span in [("bakery", "SELECT MIN(YEAR(baked_at)), MAX(YEAR(baked_at)) FROM bakes", (2023, 2024)),
                            ("taproom", "SELECT MIN(YEAR(soldAt)), MAX(YEAR(soldAt)) FROM tapSales", (2023, 2025)),
                            ("carwash", "SELECT MIN(YEAR(washed_at)), MAX(YEAR(washed_at)) FROM washes",
                             (2023, 2024)),
                            ("florist", "SELECT MIN(YEAR(ordered_at)), MAX(YEAR(ordered_at)) FROM orders",
                             (2023, 2025)),
                            ("cinema", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM screenings",
                             (2023, 2024))]:
        assert tuple(EVAL63.run(eval63_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["taproom", "carwash"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL63, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL63, tmp_path, "florist")), problems
