"""The 29th evaluation corpus (eval29/questions.jsonl over eval29/datasets.py): public-service schemas.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, an undeclared foreign key
  next to declared ones, a date of birth and a birth year, 2022-2024 data);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured with the commands in eval29/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL29 = corpus.Corpus("eval29", "questions.jsonl", "datasets.py")
eval29_dbs = EVAL29.dbs_fixture("eval29_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL29.cases) >= 70 and len(EVAL29.turns) >= 130 and EVAL29.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL29)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL29.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "- birth_year", "QUARTER(",
                    "MONTH(", "NOT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL29.turns) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval29_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL29, eval29_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval29_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL29, eval29_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval29_dbs):
    assert not (problems := corpus.having_problems(EVAL29, eval29_dbs)), problems


def test_schemas_have_the_promised_traits(eval29_dbs):
    """Undeclared parcels.household_id, declared FKs elsewhere, TIMESTAMP / bool kinds, meaningful NULLs, years."""
    parcels = get_database(EVAL29.url(eval29_dbs, "foodbank")).schema().tables["parcels"]
    assert "household_id" not in {fk.column for fk in parcels.foreign_keys if not fk.inferred}, "must stay undeclared"
    for name, table, ref in [("waste", "collections", "crews"), ("passport", "applications", "applicants"),
                             ("baths", "swims", "pools"), ("parking", "tickets", "officers")]:
        fks = get_database(EVAL29.url(eval29_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{table} -> {ref} undeclared"
    tickets = get_database(EVAL29.url(eval29_dbs, "parking")).schema().tables["tickets"]
    assert tickets.column("issued_at").kind == "datetime" and tickets.column("appealed").kind == "bool"
    for name, sql in [("waste", "SELECT COUNT(*) - COUNT(completed_at) FROM collections"),
                      ("passport", "SELECT COUNT(*) - COUNT(issued_on) FROM applications"),
                      ("baths", "SELECT COUNT(*) - COUNT(left_on) FROM members"),
                      ("baths", "SELECT COUNT(*) - COUNT(rating) FROM swims"),
                      ("parking", "SELECT COUNT(*) - COUNT(appeal_upheld) FROM tickets")]:
        assert EVAL29.run(eval29_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql in [("waste", "SELECT MIN(YEAR(collection_date)), MAX(YEAR(collection_date)) FROM collections"),
                      ("foodbank", "SELECT MIN(YEAR(given_on)), MAX(YEAR(given_on)) FROM parcels"),
                      ("parking", "SELECT MIN(YEAR(issued_at)), MAX(YEAR(issued_at)) FROM tickets")]:
        assert tuple(EVAL29.run(eval29_dbs, name, sql).iloc[0]) == (2022, 2024), name


@pytest.mark.parametrize("name", ["waste", "foodbank"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL29, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL29, tmp_path, "parking")), problems


def test_engine_accuracy_floor(eval29_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL29, eval29_dbs, 0.82, 0.83)), short
