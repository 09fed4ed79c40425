"""The eval16 development corpus (eval16/questions.jsonl over eval16/datasets.py).

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase trials, abbreviated scooters names with an undeclared
  `trips.sctr_id`, TIMESTAMPs, booleans, NULLs with a meaning, declared foreign keys elsewhere);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
A regression floor for the engine (test_engine_accuracy_floor, a few points under the figure the engine reached
when its authors read this corpus's failures); the figure itself comes from the commands in eval16/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL16 = corpus.Corpus("eval16", "questions.jsonl", "datasets.py")
eval16_dbs = EVAL16.dbs_fixture("eval16_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL16.cases) >= 70 and len(EVAL16.turns) >= 130 and EVAL16.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL16)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL16.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "date_diff(", "date_sub('year', date_of_birth", "- birthYear", "- birth_yr",
                    "QUARTER(", "MONTH(", "NOT relatedToDrug", "end_zone_cd <> start_zone_cd", "MIN(", "MAX("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL16.turns) >= 5, "too few rate questions"


def test_no_first_question_copies_the_dev_set():
    dev = corpus.ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not dev.exists():
        pytest.skip("shared dev set not present")
    dev_questions = {corpus.plain(t["q"]) for line in dev.read_text().splitlines() if line.strip()
                     for t in __import__("json").loads(line)["turns"]}
    assert not [c["id"] for c in EVAL16.cases if corpus.plain(c["turns"][0]["q"]) in dev_questions]


def test_every_gold_query_runs_and_returns_rows(eval16_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL16, eval16_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval16_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL16, eval16_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval16_dbs):
    assert not (problems := corpus.having_problems(EVAL16, eval16_dbs)), problems


def test_schemas_have_the_promised_traits(eval16_dbs):
    """camelCase trials with declared FKs, abbreviated trips with an undeclared sctr_id, meaningful NULLs."""
    participants = get_database(EVAL16.url(eval16_dbs, "trials")).schema().tables["participants"]
    assert {"participantId", "trialId", "siteId", "birthYear", "enrolledAt", "withdrawnOn", "completedStudy"} <= {
        c.name for c in participants.columns}
    assert participants.column("enrolledAt").kind == "datetime" and participants.column("completedStudy").kind == "bool"
    assert [fk for fk in participants.foreign_keys if not fk.inferred and fk.ref_table.lower() == "trials"]
    trips = get_database(EVAL16.url(eval16_dbs, "scooters")).schema().tables["trips"]
    assert {"trip_id", "rdr_id", "sctr_id", "start_ts", "end_ts", "dist_km", "fare_amt", "promo_cd", "rtg"} <= {
        c.name for c in trips.columns}
    declared = {fk.column for fk in trips.foreign_keys if not fk.inferred}
    assert "sctr_id" not in declared and "rdr_id" in declared, "sctr_id must stay undeclared, rdr_id declared"
    applications = get_database(EVAL16.url(eval16_dbs, "admissions")).schema().tables["applications"]
    assert {fk.ref_table.lower() for fk in applications.foreign_keys if not fk.inferred} == {"applicants", "programs"}
    for name, sql in [("admissions", "SELECT COUNT(*) - COUNT(decision_date) FROM applications"),
                      ("admissions", "SELECT COUNT(*) - COUNT(test_score) FROM applicants"),
                      ("trials", 'SELECT COUNT(*) - COUNT("endDate") FROM trials'),
                      ("fire", "SELECT COUNT(*) - COUNT(first_arrival_time) FROM incidents"),
                      ("scooters", "SELECT COUNT(*) - COUNT(retired_dt) FROM scooters"),
                      ("dining", "SELECT COUNT(*) - COUNT(guest_rating) FROM reservations")]:
        assert EVAL16.run(eval16_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs ({sql})"
    years = EVAL16.run(eval16_dbs, "fire", "SELECT MIN(YEAR(alarm_time)), MAX(YEAR(alarm_time)) FROM incidents")
    assert tuple(years.iloc[0]) == (2022, 2024)


@pytest.mark.parametrize("name", ["admissions", "scooters"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL16, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL16, tmp_path, "fire")), problems


def test_engine_accuracy_floor(eval16_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL16, eval16_dbs, 0.73, 0.7)), short
