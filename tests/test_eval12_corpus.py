"""The twelfth evaluation corpus (eval12/questions.jsonl over eval12/datasets.py), a development corpus.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase tutoring, abbreviated car wash names with undeclared foreign keys,
  declared foreign keys elsewhere, TIMESTAMPs, booleans, NULLs with a meaning, data ending in 2024 / mid-2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor for the engine (test_engine_accuracy_floor, a few points under the figure the engine reached
when its authors read this corpus's failures); the figure itself comes from the commands in eval12/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL12 = corpus.Corpus("eval12", "questions.jsonl", "datasets.py")
eval12_dbs = EVAL12.dbs_fixture("eval12_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL12.cases) >= 70 and len(EVAL12.turns) >= 130 and EVAL12.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL12)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL12.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', m.date_of_birth", "- birthYear", "- birth_yr",
                    "QUARTER(", "MONTH(", "NOT st.hasScholarship", "t.gross_score < c.par", "<> 'cancelled'"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL12.turns) >= 5, "too few rate questions"


def test_questions_are_not_copied_from_the_dev_set():
    dev = corpus.ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not dev.exists():
        pytest.skip("no shared dev set next to the checkout")
    import json

    dev_questions = {corpus.plain(t["q"]) for line in dev.read_text().splitlines() if line.strip()
                     for t in json.loads(line)["turns"]}
    first_turns = [case["turns"][0]["q"] for case in EVAL12.cases]
    assert not [q for q in first_turns if corpus.plain(q) in dev_questions]


def test_every_gold_query_runs_and_returns_rows(eval12_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL12, eval12_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval12_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL12, eval12_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval12_dbs):
    assert not (problems := corpus.having_problems(EVAL12, eval12_dbs)), problems


def test_schemas_have_the_promised_traits(eval12_dbs):
    """camelCase sessions, abbreviated wash_txns without declared FKs, declared FKs elsewhere, meaningful NULLs."""
    sessions = get_database(EVAL12.url(eval12_dbs, "tutoring")).schema().tables["sessions"]
    assert {"sessionId", "tutorId", "studentId", "startTime", "durationMinutes", "amountCharged"} <= {
        c.name for c in sessions.columns}
    assert sessions.column("startTime").kind == "datetime"
    assert {fk.ref_table.lower() for fk in sessions.foreign_keys if not fk.inferred} == {"tutors", "students"}
    txns = get_database(EVAL12.url(eval12_dbs, "carwash")).schema().tables["wash_txns"]
    assert {"txn_id", "site_id", "cust_id", "txn_ts", "pkg_nm", "veh_typ", "qty", "amt", "tip_amt", "pay_mthd",
            "wax_addon"} <= {c.name for c in txns.columns}
    assert txns.column("wax_addon").kind == "bool" and txns.column("txn_ts").kind == "datetime"
    assert not {fk.column for fk in txns.foreign_keys if not fk.inferred}, "wash_txns FKs must stay undeclared"
    tees = get_database(EVAL12.url(eval12_dbs, "golfclub")).schema().tables["tee_times"]
    assert {fk.ref_table.lower() for fk in tees.foreign_keys if not fk.inferred} == {"members", "courses"}
    visits = get_database(EVAL12.url(eval12_dbs, "themepark")).schema().tables
    assert list(visits) == ["park_visits"] and len(visits["park_visits"].columns) >= 15
    for name, sql in [("golfclub", "SELECT COUNT(*) - COUNT(resigned_on) FROM members"),
                      ("golfclub", "SELECT COUNT(*) - COUNT(gross_score) FROM tee_times"),
                      ("themepark", "SELECT COUNT(*) - COUNT(satisfaction_score) FROM park_visits"),
                      ("carwash", "SELECT COUNT(*) - COUNT(plan_typ) FROM custs"),
                      ("tutoring", "SELECT COUNT(*) - COUNT(leftDate) FROM tutors"),
                      ("zoo", "SELECT COUNT(*) - COUNT(departure_date) FROM animals")]:
        assert EVAL12.run(eval12_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    last = EVAL12.run(eval12_dbs, "carwash", "SELECT MIN(txn_ts), MAX(txn_ts) FROM wash_txns").iloc[0]
    assert (last.iloc[0].year, last.iloc[1].year, last.iloc[1].month) == (2023, 2025, 6)


@pytest.mark.parametrize("name", ["golfclub", "zoo"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL12, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path, eval12_dbs):
    """A folder already holding carwash.duckdb (a copy of the fixture's) gets only the four missing files."""
    source = eval12_dbs / "carwash.duckdb"
    assert not (problems := corpus.build_all_problems(EVAL12, tmp_path, "carwash", source)), problems


def test_engine_accuracy_floor(eval12_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL12, eval12_dbs, 0.81, 0.77)), short
