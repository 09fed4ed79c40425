"""The sixty-fourth held-out corpus (eval64/questions.jsonl over eval64/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 90 conversations, >= 180 turns, >= 85 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval64/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL64 = corpus.Corpus("eval64", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session")
def eval64_dbs(tmp_path_factory):
    """Every eval64 DuckDB file, built once per test session in a temporary folder (closed afterwards)."""
    out = EVAL64.datasets.build_all(tmp_path_factory.mktemp("eval64-dbs"))
    yield out
    for name in EVAL64.datasets.BUILDERS:
        close_database(EVAL64.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL64.cases) >= 90 and len(EVAL64.turns) >= 180 and EVAL64.followups >= 85
    assert not (problems := corpus.shape_problems(EVAL64)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL64.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'", "- birth_year",
                    " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", " > "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL64.turns) >= 5, "too few rate questions"
    per_schema = {name: sum(case["db"] == name for case in EVAL64.cases) for name in EVAL64.datasets.BUILDERS}
    assert min(per_schema.values()) >= 15, per_schema


def test_every_gold_query_runs_and_returns_rows(eval64_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL64, eval64_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval64_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL64, eval64_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval64_dbs):
    assert not (problems := corpus.having_problems(EVAL64, eval64_dbs)), problems


def test_crash_reports_foreign_key_is_only_implied(eval64_dbs):
    """crashReports.releaseId is NOT declared (only implied by its name); the other schemas declare theirs."""
    crashes = get_database(EVAL64.url(eval64_dbs, "appreleases")).schema().tables["crashReports"]
    assert "releaseid" not in {fk.column.lower() for fk in crashes.foreign_keys if not fk.inferred}
    for name, table, ref in [("labsamples", "assays", "samples"), ("datacentre", "incidents", "servers"),
                             ("appreleases", "releases", "apps"), ("genomics", "runs", "instruments"),
                             ("groundstation", "downlinks", "passes")]:
        fks = get_database(EVAL64.url(eval64_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval64_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("labsamples", "samples", "received_at", "datetime"), ("labsamples", "projects", "end_date", "date"),
        ("labsamples", "assays", "passed_qc", "bool"), ("datacentre", "engineers", "birth_date", "date"),
        ("datacentre", "incidents", "resolved_at", "datetime"), ("datacentre", "racks", "liquid_cooled", "bool"),
        ("appreleases", "releases", "isHotfix", "bool"), ("appreleases", "apps", "launchDate", "date"),
        ("genomics", "runs", "started_at", "datetime"), ("genomics", "sequenced_samples", "is_tumour", "bool"),
        ("groundstation", "passes", "aos_time", "datetime"), ("groundstation", "satellites", "launch_date", "date")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL64.url(eval64_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval64_dbs):
    for name, sql in [("labsamples", "SELECT COUNT(*) - COUNT(end_date) FROM projects"),
                      ("datacentre", "SELECT COUNT(*) - COUNT(resolved_at) FROM incidents"),
                      ("genomics", "SELECT COUNT(*) - COUNT(completed_at) FROM runs"),
                      ("groundstation", "SELECT COUNT(*) - COUNT(data_mb) FROM downlinks")]:
        assert EVAL64.run(eval64_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    unfinished = EVAL64.run(eval64_dbs, "genomics", "SELECT COUNT(*) FROM runs WHERE (completed_at IS NULL) "
                            "<> (run_status <> 'completed')")
    assert unfinished.iloc[0, 0] == 0, "completed_at is NULL exactly for failed and aborted runs"
    for name, sql, span in [("labsamples", "SELECT MIN(YEAR(received_at)), MAX(YEAR(received_at)) FROM samples",
                             (2022, 2024)),
                            ("datacentre", "SELECT MIN(YEAR(opened_at)), MAX(YEAR(opened_at)) FROM incidents",
                             (2023, 2025)),
                            ("appreleases", "SELECT MIN(YEAR(releasedAt)), MAX(YEAR(releasedAt)) FROM releases",
                             (2023, 2024)),
                            ("genomics", "SELECT MIN(YEAR(started_at)), MAX(YEAR(started_at)) FROM runs", (2022, 2024)),
                            ("groundstation", "SELECT MIN(YEAR(aos_time)), MAX(YEAR(aos_time)) FROM passes",
                             (2023, 2024))]:
        assert tuple(EVAL64.run(eval64_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["appreleases", "groundstation"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL64, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL64, tmp_path, "genomics")), problems
