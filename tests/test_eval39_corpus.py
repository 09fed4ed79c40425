"""The eval39 development corpus (eval39/questions.jsonl over eval39/datasets.py): five manufacturing schemas.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, DATEs, booleans, NULLs with a meaning, undeclared foreign keys
  next to declared ones, a birth date and a birth year, data ending in 2024);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the engine is scored with the commands in eval39/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL39 = corpus.Corpus("eval39", "questions.jsonl", "datasets.py")
eval39_dbs = EVAL39.dbs_fixture("eval39_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL39.cases) >= 70 and len(EVAL39.turns) >= 130 and EVAL39.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL39)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL39.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "MIN(", "MAX(", "IS NULL", "IS NOT NULL",
                    "NOT IN (", " LIMIT ", "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', birth_date",
                    "- year_of_birth", "QUARTER(", "MONTH(", "NOT ", " <> ", "invoice_total > quoted_price",
                    "peak_temp_c > target_temp_c"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL39.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL39.cases} == set(EVAL39.datasets.BUILDERS)


def test_every_gold_query_runs_and_returns_rows(eval39_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL39, eval39_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval39_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL39, eval39_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval39_dbs):
    assert not (problems := corpus.having_problems(EVAL39, eval39_dbs)), problems


def _declared_fks(dbs, name: str, table: str) -> set[str]:
    """Columns of `table` in database `name` that carry a declared (not inferred) foreign key."""
    found = get_database(EVAL39.url(dbs, name)).schema().tables[table]
    return {fk.column for fk in found.foreign_keys if not fk.inferred}


def test_foreign_keys_declared_and_undeclared(eval39_dbs):
    """Declared FKs on the build, job and batch tables; deliveries and firings only imply theirs by name."""
    assert {"model_id", "worker_id"} <= _declared_fks(eval39_dbs, "bikefactory", "frame_builds")
    assert {"vessel_id"} <= _declared_fks(eval39_dbs, "boatyard", "repair_jobs")
    assert {"client_id", "operator_id"} <= _declared_fks(eval39_dbs, "printbureau", "print_jobs")
    assert {"product_id"} <= _declared_fks(eval39_dbs, "bakeryplant", "oven_batches")
    assert not _declared_fks(eval39_dbs, "bakeryplant", "deliveries") & {"account_id", "product_id"}
    assert "kiln_id" not in _declared_fks(eval39_dbs, "kilnworks", "firings")


def test_schemas_have_the_promised_traits(eval39_dbs):
    """Kinds of columns, NULLs with a meaning and the span of the data."""
    builds = get_database(EVAL39.url(eval39_dbs, "bikefactory")).schema().tables["frame_builds"]
    assert builds.column("started_at").kind == "datetime" and builds.column("passed_qc").kind == "bool"
    owners = get_database(EVAL39.url(eval39_dbs, "boatyard")).schema().tables["owners"]
    assert owners.column("year_of_birth").kind == "number" and owners.column("is_member").kind == "bool"
    operators = get_database(EVAL39.url(eval39_dbs, "printbureau")).schema().tables["operators"]
    assert operators.column("birth_date").kind == "date"
    for name, sql in [("bikefactory", "SELECT COUNT(*) - COUNT(left_on) FROM workers"),
                      ("bikefactory", "SELECT COUNT(*) - COUNT(finished_at) FROM frame_builds"),
                      ("bakeryplant", "SELECT COUNT(*) - COUNT(closed_on) FROM accounts"),
                      ("boatyard", "SELECT COUNT(*) - COUNT(closed_on) FROM repair_jobs"),
                      ("boatyard", "SELECT COUNT(*) - COUNT(customer_rating) FROM repair_jobs"),
                      ("kilnworks", "SELECT COUNT(*) - COUNT(glaze) FROM firings"),
                      ("printbureau", "SELECT COUNT(*) - COUNT(client_rating) FROM print_jobs")]:
        assert EVAL39.run(eval39_dbs, name, sql).iloc[0, 0] > 0, f"{name}: {sql} finds no NULL"
    for name, sql in [("bikefactory", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM frame_builds"),
                      ("bakeryplant", "SELECT MIN(YEAR(delivery_date)), MAX(YEAR(delivery_date)) FROM deliveries"),
                      ("boatyard", "SELECT MIN(YEAR(opened_on)), MAX(YEAR(opened_on)) FROM repair_jobs"),
                      ("kilnworks", "SELECT MIN(YEAR(start_time)), MAX(YEAR(start_time)) FROM firings"),
                      ("printbureau", "SELECT MIN(YEAR(submitted_at)), MAX(YEAR(submitted_at)) FROM print_jobs")]:
        first, last = EVAL39.run(eval39_dbs, name, sql).iloc[0]
        assert last == 2024 and first <= 2023, f"{name}: data spans {first}-{last}"


@pytest.mark.parametrize("name", ["bikefactory", "kilnworks"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL39, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL39, tmp_path, "boatyard")), problems


def test_engine_accuracy_floor(eval39_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL39, eval39_dbs, 0.81, 0.79)), short
