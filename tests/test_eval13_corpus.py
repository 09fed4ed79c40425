"""The thirteenth evaluation corpus (eval13/questions.jsonl over eval13/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (abbreviated hardware names without declared FKs, camelCase trains with
  declared FKs, one wide water table, TIMESTAMPs, booleans, NULLs with a meaning, dates / years of birth);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor for the engine (test_engine_accuracy_floor, a few points under the figure the engine reached
when its authors read this corpus's failures); the figure itself comes from the commands in eval13/README.md.
"""
from __future__ import annotations

import json

import pytest

from db.engines import get_database
from tests import corpus

EVAL13 = corpus.Corpus("eval13", "questions.jsonl", "datasets.py")
eval13_dbs = EVAL13.dbs_fixture("eval13_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL13.cases) >= 70 and len(EVAL13.turns) >= 130 and EVAL13.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL13)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL13.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year', date_of_birth",
                    "date_sub('year', birthDate", "- birth_year", "NOT is", " <> ", "paid_on > due_date",
                    "amount_paid < amount_due", "actualDeparture > scheduledDeparture", " NOT IN ("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL13.turns) >= 5, "too few rate questions"


def test_no_question_copies_the_dev_set():
    """The shared dev set (../shared/eval/dev.jsonl, when present) is style guidance, not a source of phrasings."""
    dev = corpus.ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not dev.exists():
        pytest.skip("no shared dev set next to the checkout")
    seen = {corpus.plain(t["q"]) for line in dev.read_text().splitlines() if line.strip()
            for t in json.loads(line)["turns"]}
    copies = [t["q"] for _, i, t in EVAL13.turns if i == 0 and corpus.plain(t["q"]) in seen]
    assert not copies, copies


def test_every_gold_query_runs_and_returns_rows(eval13_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL13, eval13_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval13_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL13, eval13_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval13_dbs):
    assert not (problems := corpus.having_problems(EVAL13, eval13_dbs)), problems


def _columns(dbs, name: str, table: str) -> set[str]:
    return {c.name for c in get_database(EVAL13.url(dbs, name)).schema().tables[table].columns}


def test_schemas_have_the_promised_traits(eval13_dbs):
    """Abbreviated hardware names with implied FKs only, camelCase trains with declared FKs, meaningful NULLs."""
    txns = get_database(EVAL13.url(eval13_dbs, "hardware")).schema().tables["sales_txns"]
    assert {"txn_id", "txn_ts", "store_id", "prod_id", "cust_id", "qty", "unit_prc", "disc_amt", "amt",
            "pay_mthd"} <= {c.name for c in txns.columns}
    assert not [fk for fk in txns.foreign_keys if not fk.inferred], "hardware links must stay undeclared"
    assert txns.column("txn_ts").kind == "datetime" and txns.column("is_online").kind == "bool"
    trips = get_database(EVAL13.url(eval13_dbs, "trains")).schema().tables["trips"]
    assert {"tripId", "routeId", "driverId", "scheduledDeparture", "actualDeparture", "isCancelled"} <= {
        c.name for c in trips.columns}
    assert {fk.ref_table.lower() for fk in trips.foreign_keys if not fk.inferred} == {"routes", "drivers"}
    assert {"birthDate", "firstName", "lastName"} <= _columns(eval13_dbs, "trains", "drivers")
    assert len(_columns(eval13_dbs, "water", "water_bills")) >= 15
    assert {"date_of_birth", "leave_date"} <= _columns(eval13_dbs, "callcentre", "agents")
    assert "birth_year" in _columns(eval13_dbs, "hospital", "patients")
    for name, sql in [("hardware", "SELECT COUNT(*) - COUNT(cust_id) FROM sales_txns"),
                      ("trains", "SELECT COUNT(*) - COUNT(actualDeparture) FROM trips"),
                      ("water", "SELECT COUNT(*) - COUNT(amount_paid) FROM water_bills"),
                      ("callcentre", "SELECT COUNT(*) - COUNT(csat_score) FROM calls"),
                      ("callcentre", "SELECT COUNT(*) - COUNT(leave_date) FROM agents"),
                      ("hospital", "SELECT COUNT(*) - COUNT(discharged_at) FROM admissions")]:
        assert EVAL13.run(eval13_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, span in [("hardware", "SELECT MIN(YEAR(txn_ts)), MAX(YEAR(txn_ts)) FROM sales_txns", (2022, 2024)),
                            ("trains", "SELECT MIN(YEAR(serviceDate)), MAX(YEAR(serviceDate)) FROM trips",
                             (2023, 2025)),
                            ("hospital", "SELECT MIN(YEAR(admitted_at)), MAX(YEAR(admitted_at)) FROM admissions",
                             (2022, 2024))]:
        assert tuple(EVAL13.run(eval13_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["water", "hospital"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL13, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL13, tmp_path, "water")), problems


def test_engine_accuracy_floor(eval13_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL13, eval13_dbs, 0.8, 0.76)), short
