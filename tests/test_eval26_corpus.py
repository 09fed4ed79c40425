"""The twenty-sixth held-out corpus (eval26/questions.jsonl over eval26/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, data ending in 2024);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval26/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL26 = corpus.Corpus("eval26", "questions.jsonl", "datasets.py")
eval26_dbs = EVAL26.dbs_fixture("eval26_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL26.cases) >= 70 and len(EVAL26.turns) >= 130 and EVAL26.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL26)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL26.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year'", "- birth_year", "QUARTER(", "MONTH(",
                    "WHERE NOT ", " <> ", "MAX(", " ASC LIMIT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL26.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval26_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL26, eval26_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval26_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL26, eval26_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval26_dbs):
    assert not (problems := corpus.having_problems(EVAL26, eval26_dbs)), problems


def test_schemas_have_the_promised_traits(eval26_dbs):
    """An undeclared member FK on apiary deliveries, declared FKs elsewhere, TIMESTAMPs, booleans, meaningful NULLs."""
    deliveries = get_database(EVAL26.url(eval26_dbs, "apiary")).schema().tables["deliveries"]
    assert "member_id" not in {fk.column for fk in deliveries.foreign_keys if not fk.inferred}
    assert deliveries.column("delivered_at").kind == "datetime" and deliveries.column("paid").kind == "bool"
    for name, table, ref in [("dairy", "treatments", "vets"), ("apiary", "hives", "members"),
                             ("fishfarm", "harvests", "pens"), ("livestock_mart", "lots", "buyers"),
                             ("mushrooms", "batches", "grow_rooms")]:
        fks = get_database(EVAL26.url(eval26_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table} -> {ref}"
    for name, sql in [("dairy", "SELECT COUNT(*) - COUNT(culled_date) FROM cows"),
                      ("dairy", "SELECT COUNT(*) - COUNT(recovered_on) FROM treatments"),
                      ("apiary", "SELECT COUNT(*) - COUNT(temper_score) FROM inspections"),
                      ("fishfarm", "SELECT COUNT(*) - COUNT(lice_per_fish) FROM water_checks"),
                      ("livestock_mart", "SELECT COUNT(*) - COUNT(hammer_price) FROM lots"),
                      ("mushrooms", "SELECT COUNT(*) - COUNT(yield_kg) FROM batches")]:
        assert EVAL26.run(eval26_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    years = EVAL26.run(eval26_dbs, "livestock_mart", "SELECT MIN(YEAR(sale_date)), MAX(YEAR(sale_date)) FROM lots")
    assert tuple(years.iloc[0]) == (2022, 2024)


@pytest.mark.parametrize("name", ["apiary", "mushrooms"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL26, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL26, tmp_path, "fishfarm")), problems
