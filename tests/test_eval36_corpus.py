"""The eval36 development corpus (eval36/questions.jsonl over eval36/datasets.py): its shape and its gold queries.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (TIMESTAMPs, booleans, NULLs with a meaning, a date or year of birth,
  undeclared foreign keys in the GP surgery next to declared ones elsewhere, 2-3 years of data);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the corpus is read for its failures, with the commands in eval36/README.md.
"""
from __future__ import annotations

import json

import pytest

from db.engines import get_database
from tests import corpus

EVAL36 = corpus.Corpus("eval36", "questions.jsonl", "datasets.py")
eval36_dbs = EVAL36.dbs_fixture("eval36_dbs")


def test_corpus_size_and_mix():
    assert len(EVAL36.cases) >= 70 and len(EVAL36.turns) >= 130 and EVAL36.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL36)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL36.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "MAX(", "MIN(", "IS NULL", "IS NOT NULL",
                    "NOT IN (", " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff('day'",
                    "date_sub('year', date_of_birth", "- birth_year", "< s.max_award", " <> ", "NOT smoker"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL36.turns) >= 5, "too few rate questions"


def test_questions_are_not_copied_from_the_dev_set():
    dev = corpus.ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not dev.exists():
        pytest.skip("no ../shared/eval/dev.jsonl next to the checkout")
    seen = {corpus.plain(t["q"]) for line in dev.read_text().splitlines() if line.strip()
            for t in json.loads(line)["turns"]}
    copies = [case["id"] for case, i, turn in EVAL36.turns if i == 0 and corpus.plain(turn["q"]) in seen]
    assert not copies, f"first turns copied from the dev set: {copies}"


def test_every_gold_query_runs_and_returns_rows(eval36_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL36, eval36_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval36_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL36, eval36_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval36_dbs):
    assert not (problems := corpus.having_problems(EVAL36, eval36_dbs)), problems


def test_schemas_have_the_promised_traits(eval36_dbs):
    """Undeclared FKs in the GP surgery, declared ones elsewhere, datetime/bool kinds, meaningful NULLs."""
    consultations = get_database(EVAL36.url(eval36_dbs, "gpsurgery")).schema().tables["consultations"]
    declared = {fk.column for fk in consultations.foreign_keys if not fk.inferred}
    assert not declared & {"patient_id", "clinician_id"}, "the GP surgery foreign keys must stay undeclared"
    assert consultations.column("start_ts").kind == "datetime" and consultations.column("referred").kind == "bool"
    for name, table, ref in [("vaxclinic", "vaccinations", "patients"), ("drivetest", "driving_tests", "candidates"),
                             ("courtcases", "court_cases", "courts"), ("scholarfund", "applications", "schemes")]:
        fks = get_database(EVAL36.url(eval36_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}: no declared FK"
    for name, sql in [("vaxclinic", "SELECT COUNT(*) - COUNT(wait_minutes) FROM vaccinations"),
                      ("gpsurgery", "SELECT COUNT(*) - COUNT(left_on) FROM clinicians"),
                      ("gpsurgery", "SELECT COUNT(*) - COUNT(satisfaction) FROM consultations"),
                      ("drivetest", "SELECT COUNT(*) - COUNT(cancelled_by) FROM driving_tests"),
                      ("courtcases", "SELECT COUNT(*) - COUNT(closed_date) FROM court_cases"),
                      ("scholarfund", "SELECT COUNT(*) - COUNT(amount_awarded) FROM applications")]:
        assert EVAL36.run(eval36_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs in {sql}"
    for name, sql, span in [("vaxclinic", "SELECT MIN(YEAR(given_at)), MAX(YEAR(given_at)) FROM vaccinations",
                             (2023, 2024)),
                            ("courtcases", "SELECT MIN(YEAR(filed_date)), MAX(YEAR(filed_date)) FROM court_cases",
                             (2022, 2024)),
                            ("scholarfund", "SELECT MIN(round_year), MAX(round_year) FROM applications", (2023, 2025))]:
        assert tuple(EVAL36.run(eval36_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["vaxclinic", "drivetest"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL36, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL36, tmp_path, "drivetest")), problems


def test_engine_accuracy_floor(eval36_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL36, eval36_dbs, 0.83, 0.84)), short
