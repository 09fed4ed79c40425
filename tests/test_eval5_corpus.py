"""The fifth held-out evaluation corpus (eval5/questions.jsonl over eval5/datasets.py), kept for the final measurement.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase and abbreviated names, one timestamp, booleans, nulls,
  an undeclared foreign key);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval5/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL5 = corpus.Corpus("eval5", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval5_dbs(tmp_path_factory):
    """A folder with every eval5 DuckDB file, built once per test session and closed afterwards."""
    out = EVAL5.datasets.build_all(tmp_path_factory.mktemp("eval5-dbs"))
    yield out
    for name in EVAL5.datasets.BUILDERS:
        close_database(EVAL5.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL5.cases) >= 70 and len(EVAL5.turns) >= 130 and EVAL5.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL5)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL5.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "NOT IN (", "NOT ", " LIMIT ",
                    "HOUR(", "QUARTER(", "DATE_DIFF(", "DATE_SUB('year'"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL5.turns) >= 8, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval5_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL5, eval5_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval5_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL5, eval5_dbs)
    assert seen >= 15 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval5_dbs):
    assert not (problems := corpus.having_problems(EVAL5, eval5_dbs)), problems


def _table(dbs, db_name: str, table: str):
    return get_database(EVAL5.url(dbs, db_name)).schema().table(table)


def test_schemas_have_the_promised_traits(eval5_dbs):
    """camelCase learners, abbreviated emp, one TIMESTAMP, appointments.pet_id undeclared, pets.owner_id declared."""
    assert {"learnerId", "fullName", "signupDate", "isPremium"} <= {c.name for c in
                                                                   _table(eval5_dbs, "elearning", "learners").columns}
    assert {"emp_nm", "dept_cd", "hrly_rt"} <= {c.name for c in _table(eval5_dbs, "timesheets", "emp").columns}
    assert _table(eval5_dbs, "ticketing", "tickets").column("sold_at").kind == "datetime"
    assert _table(eval5_dbs, "farm", "harvests").column("irrigated").kind == "bool"
    appointments = _table(eval5_dbs, "vet", "appointments")
    assert not [fk for fk in appointments.foreign_keys if not fk.inferred], "appointments.pet_id must not be declared"
    pets = _table(eval5_dbs, "vet", "pets")
    assert [(fk.column, fk.ref_table) for fk in pets.foreign_keys if not fk.inferred] == [("owner_id", "owners")]
    nulls = EVAL5.run(eval5_dbs, "elearning",
                      "SELECT COUNT(*) - COUNT(completed_on), COUNT(*) - COUNT(final_score), "
                      "COUNT(*) - COUNT(coupon_code) FROM enrollments")
    assert (nulls.iloc[0] > 0).all()
    assert EVAL5.run(eval5_dbs, "farm", "SELECT COUNT(*) FROM harvests WHERE rainfall_mm IS NULL").iloc[0, 0] > 0
    assert EVAL5.run(eval5_dbs, "timesheets", "SELECT COUNT(*) FROM projects WHERE end_dt IS NULL").iloc[0, 0] > 0


def test_data_ends_in_2024(eval5_dbs):
    """'last year' in the questions is 2024: every schema's event dates end in 2024."""
    checks = {"vet": "SELECT MAX(appointment_date) FROM appointments", "ticketing": "SELECT MAX(sold_at) FROM tickets",
              "farm": "SELECT MAX(harvest_date) FROM harvests", "elearning": "SELECT MAX(enrolled_on) FROM enrollments",
              "timesheets": "SELECT MAX(entry_dt) FROM time_entries"}
    for name, sql in checks.items():
        assert EVAL5.run(eval5_dbs, name, sql).iloc[0, 0].year == 2024, name


@pytest.mark.parametrize("name", ["vet", "elearning"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL5, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL5, tmp_path, "farm")), problems
