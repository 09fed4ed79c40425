"""The held-out evaluation corpus eval43 (eval43/questions.jsonl over eval43/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, camelCase and abbreviated names, 2-3 years of data ending in 2024 or 2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval43/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL43 = corpus.Corpus("eval43", "questions.jsonl", "datasets.py")
eval43_dbs = EVAL43.dbs_fixture("eval43_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL43.cases) >= 70 and len(EVAL43.turns) >= 130 and EVAL43.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL43)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL43.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_yr",
                    "WHERE NOT ", "p.minutes_played > g.play_minutes", "salePrice < listPrice"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL43.turns) >= 5, "too few rate questions"
    questions = [corpus.plain(turn["q"]) for _, _, turn in EVAL43.turns]
    firsts = [corpus.plain(case["turns"][0]["q"]) for case in EVAL43.cases]
    assert len(set(firsts)) == len(firsts), "two conversations open with the same question"
    assert len(set(questions)) >= 0.9 * len(questions), "too many repeated questions"


def test_every_gold_query_runs_and_returns_rows(eval43_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL43, eval43_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval43_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL43, eval43_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval43_dbs):
    assert not (problems := corpus.having_problems(EVAL43, eval43_dbs)), problems


def test_negated_membership_golds_keep_a_strict_subset(eval43_dbs):
    """Listing golds with `NOT IN (SELECT ...)` leave some rows of their table out and keep some."""
    problems = []
    for case, i, turn in EVAL43.turns:
        sql = turn["sql"]
        if " NOT IN (SELECT" not in sql or sql.startswith("SELECT COUNT("):
            continue
        table = sql.split(" FROM ")[1].split()[0]
        kept = len(EVAL43.run(eval43_dbs, case["db"], sql))
        every = EVAL43.run(eval43_dbs, case["db"], f"SELECT COUNT(*) FROM {table}").iloc[0, 0]
        if not 0 < kept < every:
            problems.append(f"{case['id']}#{i}: keeps {kept} of {every}")
    assert not problems, problems


def test_schemas_have_the_promised_traits(eval43_dbs):
    """Undeclared keys in the comics sales, declared ones elsewhere, kinds of columns, NULLs with a meaning."""
    sales = get_database(EVAL43.url(eval43_dbs, "comics")).schema().tables["sales"]
    declared = {fk.column for fk in sales.foreign_keys if not fk.inferred}
    assert not {"cust_id", "title_id"} & declared, "the comics sales keys must stay undeclared"
    assert sales.column("sold_ts").kind == "datetime"
    for name, table, ref in [("studio", "bookings", "artists"), ("meeples", "plays", "games"),
                             ("lensrent", "rentals", "gear"), ("grooves", "records", "suppliers")]:
        fks = get_database(EVAL43.url(eval43_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}: no FK"
    records = get_database(EVAL43.url(eval43_dbs, "grooves")).schema().tables["records"]
    assert records.column("soldAt").kind == "datetime" and records.column("isReissue").kind == "bool"
    for name, sql in [("studio", "SELECT COUNT(*) - COUNT(client_rating) FROM bookings"),
                      ("comics", "SELECT COUNT(*) - COUNT(cust_id) FROM sales"),
                      ("meeples", "SELECT COUNT(*) - COUNT(cancelled_on) FROM members"),
                      ("lensrent", "SELECT COUNT(*) - COUNT(returned_on) FROM rentals"),
                      ("grooves", "SELECT COUNT(*) - COUNT(soldAt) FROM records")]:
        assert EVAL43.run(eval43_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, span in [("studio", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM bookings", (2023, 2025)),
                            ("comics", "SELECT MIN(YEAR(sold_ts)), MAX(YEAR(sold_ts)) FROM sales", (2022, 2024)),
                            ("meeples", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM plays", (2023, 2024)),
                            ("lensrent", "SELECT MIN(YEAR(pickup_date)), MAX(YEAR(pickup_date)) FROM rentals",
                             (2023, 2025)),
                            ("grooves", "SELECT MIN(YEAR(acquiredOn)), MAX(YEAR(soldAt)) FROM records", (2023, 2024))]:
        assert tuple(EVAL43.run(eval43_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["comics", "grooves"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL43, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL43, tmp_path, "grooves")), problems
