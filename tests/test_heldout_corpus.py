"""The held-out evaluation corpus (eval/heldout.jsonl over eval/heldout_datasets.py) and the engine's floor on it.

- every gold query runs through the project's execute path (guard + executor) and returns rows;
- the corpus has the promised size and mix, top-N golds have no tie at the cut, HAVING golds keep a strict subset;
- the datasets are deterministic;
- the project's evaluator scores the pipeline on the corpus: turn accuracy >= 0.80, follow-ups >= 0.75 (a
  regression floor, not a target: the corpus is never tuned toward the engine).
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
CORPUS = ROOT / "eval" / "heldout.jsonl"
TURN_FLOOR = 0.80
FOLLOWUP_FLOOR = 0.75


def _load_datasets_module():
    """eval/ is a plain folder (not a package): load heldout_datasets.py by path."""
    spec = importlib.util.spec_from_file_location("heldout_datasets", ROOT / "eval" / "heldout_datasets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DATASETS = _load_datasets_module()
CASES = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
TURNS = [(case, i, turn) for case in CASES for i, turn in enumerate(case["turns"])]


@pytest.fixture(scope="module")
def heldout_dbs(tmp_path_factory) -> Path:
    """A folder with the five held-out DuckDB files, built once for this module."""
    out = DATASETS.build_all(tmp_path_factory.mktemp("heldout-dbs"))
    yield out
    for name in DATASETS.BUILDERS:
        close_database(f"duckdb:///{out / f'{name}.duckdb'}")


def _url(dbs: Path, name: str) -> str:
    return f"duckdb:///{dbs / f'{name}.duckdb'}"


def _run(dbs: Path, name: str, sql: str):
    return run_query(get_database(_url(dbs, name)), sql, max_rows=100_000).data


def test_corpus_size_and_mix():
    followups = len(TURNS) - len(CASES)
    assert len(CASES) >= 80 and len(TURNS) >= 130 and followups >= 45
    assert len({c["id"] for c in CASES}) == len(CASES), "conversation ids must be unique"
    assert {c["db"] for c in CASES} == set(DATASETS.BUILDERS)
    for case, i, turn in TURNS:
        assert turn["q"].strip() and turn["sql"].strip(), f"{case['id']}#{i} is empty"
        assert set(turn) <= {"q", "sql", "accept_scaled"}, f"{case['id']}#{i} has unknown keys"


def test_every_gold_query_runs_and_returns_rows(heldout_dbs):
    bad = []
    for case, i, turn in TURNS:
        data = _run(heldout_dbs, case["db"], turn["sql"])
        if data.empty or data.isna().all().all():
            bad.append(f"{case['id']}#{i}")
    assert not bad, f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(heldout_dbs):
    """`ORDER BY 2 DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    ties = []
    for case, i, turn in TURNS:
        m = re.search(r"ORDER BY 2 (DESC|ASC) LIMIT (\d+)$", turn["sql"])
        if not m:
            continue
        n = int(m.group(2))
        values = _run(heldout_dbs, case["db"], turn["sql"][: m.start()] + f"ORDER BY 2 {m.group(1)}").iloc[:, 1]
        if len(values) > n and values.iloc[n - 1] == values.iloc[n]:
            ties.append(f"{case['id']}#{i}")
    assert not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(heldout_dbs):
    for case, i, turn in TURNS:
        if " HAVING " not in turn["sql"]:
            continue
        kept = len(_run(heldout_dbs, case["db"], turn["sql"]))
        every = len(_run(heldout_dbs, case["db"], re.sub(r" HAVING .*$", "", turn["sql"])))
        assert 0 < kept < every, f"{case['id']}#{i}: HAVING keeps {kept} of {every} groups"


def _fingerprint(path: Path) -> str:
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("SELECT * FROM shipments ORDER BY shipment_id").fetchall()
    finally:
        con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_datasets_are_deterministic_and_built_once(tmp_path):
    first, second = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    DATASETS.build_logistics(first)
    DATASETS.build_logistics(second)
    assert _fingerprint(first) == _fingerprint(second)
    out = tmp_path / "dbs"
    out.mkdir()
    (out / "logistics.duckdb").write_bytes(first.read_bytes())
    stamp = (out / "logistics.duckdb").stat().st_mtime_ns
    DATASETS.build_all(out)
    assert (out / "logistics.duckdb").stat().st_mtime_ns == stamp, "an existing file must not be rebuilt"
    assert sorted(p.name for p in out.glob("*.duckdb")) == sorted(f"{n}.duckdb" for n in DATASETS.BUILDERS)
    assert not list(out.glob(".*tmp*")), "no temporary files left behind"


@pytest.mark.slow
def test_engine_accuracy_floor_on_heldout_corpus(heldout_dbs):
    from agents.evaluate import evaluate_file

    report = evaluate_file(str(CORPUS), dbs_dir=str(heldout_dbs))
    print(report.summary())
    failures = "\n".join(report.failures)
    assert report.total == len(TURNS)
    assert report.turn_accuracy >= TURN_FLOOR, f"{report.summary()}\n{failures}"
    assert report.followup_accuracy >= FOLLOWUP_FLOOR, f"{report.summary()}\n{failures}"
