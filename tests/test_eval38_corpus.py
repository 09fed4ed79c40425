"""The thirty-eighth held-out corpus (eval38/questions.jsonl over eval38/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, DATEs, booleans, NULLs with a meaning, an undeclared foreign
  key next to declared ones, data ending in 2024);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval38/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL38 = corpus.Corpus("eval38", "questions.jsonl", "datasets.py")
eval38_dbs = EVAL38.dbs_fixture("eval38_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL38.cases) >= 70 and len(EVAL38.turns) >= 130 and EVAL38.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL38)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL38.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "- birth_year", "QUARTER(",
                    "MONTH(", "NOT ", " <> ", "0.9 * "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL38.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval38_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL38, eval38_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval38_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL38, eval38_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval38_dbs):
    assert not (problems := corpus.having_problems(EVAL38, eval38_dbs)), problems


def test_schemas_have_the_promised_traits(eval38_dbs):
    """Undeclared links in claims and fishing, declared ones elsewhere, typed columns, meaningful NULLs."""
    claims = get_database(EVAL38.url(eval38_dbs, "claims")).schema().tables["claims"]
    assert "adj_id" not in {fk.column for fk in claims.foreign_keys if not fk.inferred}, "adj_id must stay undeclared"
    assert claims.column("reported_ts").kind == "datetime" and claims.column("fraud_flag").kind == "bool"
    landings = get_database(EVAL38.url(eval38_dbs, "fishing")).schema().tables["landings"]
    assert "vessel_id" not in {fk.column for fk in landings.foreign_keys if not fk.inferred}
    for name, table, parent in [("loans", "loans", "borrowers"), ("loans", "repayments", "loans"),
                                ("lottery", "ticket_sales", "games"), ("timber", "orders", "staff"),
                                ("fishing", "vessels", "licence_holders")]:
        info = get_database(EVAL38.url(eval38_dbs, name)).schema().tables[table]
        assert [fk for fk in info.foreign_keys if not fk.inferred and fk.ref_table.lower() == parent], (name, table)
    for name, sql in [("loans", "SELECT COUNT(*) - COUNT(paid_off_date) FROM loans"),
                      ("claims", "SELECT COUNT(*) - COUNT(settled_amt) FROM claims"),
                      ("lottery", "SELECT COUNT(*) - COUNT(paid_on) FROM prize_claims"),
                      ("timber", "SELECT COUNT(*) - COUNT(left_on) FROM staff"),
                      ("fishing", "SELECT COUNT(*) - COUNT(decommissioned_on) FROM vessels")]:
        assert EVAL38.run(eval38_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("loans", "SELECT MAX(YEAR(paid_at)) FROM repayments"),
                      ("claims", "SELECT MAX(YEAR(reported_ts)) FROM claims"),
                      ("lottery", "SELECT MAX(YEAR(sold_at)) FROM ticket_sales"),
                      ("timber", "SELECT MAX(YEAR(order_date)) FROM orders"),
                      ("fishing", "SELECT MAX(YEAR(landed_at)) FROM landings")]:
        assert EVAL38.run(eval38_dbs, name, sql).iloc[0, 0] == 2024, f"{name}: data must end in 2024"


@pytest.mark.parametrize("name", ["claims", "fishing"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL38, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL38, tmp_path, "timber")), problems
