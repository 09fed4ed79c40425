"""The third held-out evaluation corpus (eval3/questions.jsonl over eval3/datasets.py), kept for the final measurement.

- the corpus has the promised size and mix (>= 60 conversations, >= 100 turns, >= 35 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (camelCase names, one timestamp, booleans, nulls, an undeclared foreign key);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval3/README.md.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import duckdb
import pytest

from db.engines import close_database, get_database
from db.executor import run_query

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "eval3" / "questions.jsonl"


def _load_datasets_module():
    """eval3/ is a plain folder (not a package): load datasets.py by path."""
    spec = importlib.util.spec_from_file_location("eval3_datasets", ROOT / "eval3" / "datasets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DATASETS = _load_datasets_module()
CASES = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
TURNS = [(case, i, turn) for case in CASES for i, turn in enumerate(case["turns"])]
TOP_N = re.compile(r"ORDER BY (\d+) (DESC|ASC) LIMIT (\d+)$")


@pytest.fixture(scope="module")
def eval3_dbs(tmp_path_factory) -> Path:
    """A folder with the five DuckDB files, built once for this module."""
    out = DATASETS.build_all(tmp_path_factory.mktemp("eval3-dbs"))
    yield out
    for name in DATASETS.BUILDERS:
        close_database(_url(out, name))


def _url(dbs: Path, name: str) -> str:
    return f"duckdb:///{dbs / f'{name}.duckdb'}"


def _run(dbs: Path, name: str, sql: str):
    return run_query(get_database(_url(dbs, name)), sql, max_rows=100_000).data


def test_corpus_size_and_mix():
    followups = len(TURNS) - len(CASES)
    assert len(CASES) >= 60 and len(TURNS) >= 100 and followups >= 35
    assert len({c["id"] for c in CASES}) == len(CASES), "conversation ids must be unique"
    assert {c["db"] for c in CASES} == set(DATASETS.BUILDERS)
    for case, i, turn in TURNS:
        assert turn["q"].strip() and turn["sql"].strip(), f"{case['id']}#{i} is empty"
        assert set(turn) <= {"q", "sql", "accept_scaled"}, f"{case['id']}#{i} has unknown keys"
    golds = " ".join(turn["sql"] for _, _, turn in TURNS)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "NOT ", " LIMIT ", "HOUR("):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in TURNS) >= 5, "too few rate questions"


def test_every_gold_query_runs_and_returns_rows(eval3_dbs):
    bad = []
    for case, i, turn in TURNS:
        data = _run(eval3_dbs, case["db"], turn["sql"])
        if data.empty or data.isna().all().all():
            bad.append(f"{case['id']}#{i}")
    assert not bad, f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval3_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    ties, seen = [], 0
    for case, i, turn in TURNS:
        m = TOP_N.search(turn["sql"])
        if not m:
            continue
        seen += 1
        col, n = int(m.group(1)) - 1, int(m.group(3))
        values = _run(eval3_dbs, case["db"], turn["sql"][: m.start()] + f"ORDER BY {col + 1} {m.group(2)}")
        values = values.iloc[:, col]
        if len(values) > n and values.iloc[n - 1] == values.iloc[n]:
            ties.append(f"{case['id']}#{i}")
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval3_dbs):
    for case, i, turn in TURNS:
        if " HAVING " not in turn["sql"]:
            continue
        kept = len(_run(eval3_dbs, case["db"], turn["sql"]))
        every = len(_run(eval3_dbs, case["db"], re.sub(r" HAVING .*$", "", turn["sql"])))
        assert 0 < kept < every, f"{case['id']}#{i}: HAVING keeps {kept} of {every} groups"


def test_schemas_have_the_promised_traits(eval3_dbs):
    """camelCase columns, abbreviations, one timestamp, booleans, NULLs, and claims.policy_id without a declared FK."""
    factory = get_database(_url(eval3_dbs, "factory")).schema()
    assert "productionruns" in {name.lower() for name in factory.tables}
    runs = next(t for name, t in factory.tables.items() if name.lower() == "productionruns")
    assert {"unitsProduced", "passedInspection"} <= {c.name for c in runs.columns}
    orders = get_database(_url(eval3_dbs, "restaurants")).schema().tables["orders"]
    assert orders.column("ordered_at").kind == "datetime" and orders.column("qty") is not None
    claims = get_database(_url(eval3_dbs, "insurance")).schema().tables["claims"]
    assert not [fk for fk in claims.foreign_keys if not fk.inferred], "claims.policy_id must not be declared"
    nulls = _run(eval3_dbs, "bikeshare",
                 "SELECT COUNT(*) - COUNT(rating), COUNT(*) - COUNT(rider_birth_year) FROM trips")
    assert (nulls.iloc[0] > 0).all()


def _fingerprint(path: Path) -> str:
    """Hash of every row of every table (ordered by all columns)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = sorted(t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall())
        rows = [con.execute(f'SELECT * FROM "{t}" ORDER BY ALL').fetchall() for t in tables]
    finally:
        con.close()
    return hashlib.sha256(repr((tables, rows)).encode()).hexdigest()


@pytest.mark.parametrize("name", ["insurance", "marketing"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    DATASETS.BUILDERS[name](first)
    DATASETS.BUILDERS[name](second)
    assert _fingerprint(first) == _fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    out = tmp_path / "dbs"
    out.mkdir()
    DATASETS.build_bikeshare(out / "bikeshare.duckdb")
    stamp = (out / "bikeshare.duckdb").stat().st_mtime_ns
    DATASETS.build_all(out)
    assert (out / "bikeshare.duckdb").stat().st_mtime_ns == stamp, "an existing file must not be rebuilt"
    assert sorted(p.name for p in out.glob("*.duckdb")) == sorted(f"{n}.duckdb" for n in DATASETS.BUILDERS)
    assert not list(out.glob(".*tmp*")), "no temporary files left behind"
