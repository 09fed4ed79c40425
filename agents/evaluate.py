"""Execution-accuracy evaluation of the pipeline on multi-turn conversations (JSONL with gold SQL).

Each line: {"id": ..., "db": "superstore" | NAME, "turns": [{"q": question, "sql": gold SQL}, ...]}.
A turn passes when every gold column appears, row-aligned, in the predicted result (extra predicted columns
are fine; a top-N gold may be the head of a longer ordered prediction; dates may come as years/months/'YYYY-MM').

Example:
    >>> report = evaluate_file("tests/data/golden.jsonl")       # doctest: +SKIP
    >>> report.turn_accuracy >= 0.9                              # doctest: +SKIP
    True
"""
from __future__ import annotations

import datetime as dt
import decimal
import itertools
import json
import math
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from agents.pipeline import Pipeline
from db.engines import get_database
from db.executor import run_query


def _norm(v):
    if v is None:
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        try:
            v = v.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "to_pydatetime"):
        v = v.to_pydatetime()
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time(0) else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, (int, float)):
        return float(v)
    return str(v).strip()


def _columns(frame) -> list[list]:
    if frame is None:
        return []
    return [[_norm(v) for v in frame[c].tolist()] for c in frame.columns]


def _readings(col: list, scaled: bool = False) -> list[list]:
    """A predicted column and its alternative readings (year, month, 'YYYY-MM' of dates; numbers of digits;
    a percentage as a fraction when the case accepts scaled ratios)."""
    out = [col]
    strs = [x for x in col if x is not None]
    if strs and all(isinstance(x, str) and len(x) >= 7 and x[4] == "-" for x in strs):
        try:
            out += [[None if x is None else float(x[:4]) for x in col],
                    [None if x is None else float(x[5:7]) for x in col],
                    [None if x is None else x[:7] for x in col]]
        except ValueError:
            pass
    if strs and all(isinstance(x, str) and x.isdigit() for x in strs):
        out.append([None if x is None else float(x) for x in col])
    if scaled and all(isinstance(x, float) or x is None for x in col):
        out.append([None if x is None else x / 100.0 for x in col])
    return out


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-2)
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    return a == b


def _key(v):
    return (v is None, round(v, 2) if isinstance(v, float) else str(v).casefold() if v is not None else "")


def results_match(gold: list[list], pred: list[list], top_n: bool = False, scaled: bool = False) -> bool:
    """Execution match of two results given as lists of columns."""
    if not gold or not gold[0]:
        return not pred or not pred[0]
    if not pred:
        return False
    n = len(gold[0])
    if len(pred[0]) != n:
        if not (top_n and len(pred[0]) > n):
            return False
        pred = [c[:n] for c in pred]
    options = []
    for g in gold:
        cands = [v for p in pred for v in _readings(p, scaled)
                 if all(_same(a, b) for a, b in zip(sorted(g, key=_key), sorted(v, key=_key)))]
        if not cands:
            return False
        options.append(cands)
    gold_rows = sorted(zip(*gold), key=lambda r: [_key(v) for v in r])
    for combo in itertools.islice(itertools.product(*options), 2000):
        pred_rows = sorted(zip(*combo), key=lambda r: [_key(v) for v in r])
        if all(all(_same(a, b) for a, b in zip(g, p)) for g, p in zip(gold_rows, pred_rows)):
            return True
    return False


@dataclass
class EvalReport:
    passed: int = 0
    total: int = 0
    followups_passed: int = 0
    followups: int = 0
    conversations_passed: int = 0
    conversations: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def turn_accuracy(self) -> float:
        return self.passed / max(self.total, 1)

    @property
    def followup_accuracy(self) -> float:
        return self.followups_passed / max(self.followups, 1)

    def percentile(self, q: float) -> float:
        lat = sorted(self.latencies_ms)
        return lat[int(q * (len(lat) - 1))] if lat else 0.0

    def summary(self) -> str:
        p50 = statistics.median(self.latencies_ms) if self.latencies_ms else 0.0
        return (f"turns {self.passed}/{self.total} = {100 * self.turn_accuracy:.1f}%  follow-ups "
                f"{self.followups_passed}/{self.followups} = {100 * self.followup_accuracy:.1f}%  conversations "
                f"{self.conversations_passed}/{self.conversations}  latency p50 {p50:.0f} ms "
                f"p95 {self.percentile(0.95):.0f} ms")


def _db_url(case_db: str, db_url: str | None, dbs_dir: str | None) -> str | None:
    if db_url:
        return db_url
    if case_db == "superstore":
        return None
    return f"duckdb:///{Path(dbs_dir or '.') / f'{case_db}.duckdb'}"


def evaluate_file(path: str, db_url: str | None = None, dbs_dir: str | None = None) -> EvalReport:
    """Run every conversation of a JSONL file through the pipeline and score it by execution."""
    cases = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    report, pipes = EvalReport(), {}
    for case in cases:
        url = _db_url(case.get("db", "superstore"), db_url, dbs_dir)
        pipe = pipes.get(url) or pipes.setdefault(url, Pipeline.from_url(url))
        session, all_ok = pipe.new_session(), True
        for i, turn in enumerate(case["turns"]):
            gold = _columns(run_query(get_database(url), turn["sql"], max_rows=100_000).data)
            t0 = time.perf_counter()
            r = pipe.ask(turn["q"], session)
            report.latencies_ms.append((time.perf_counter() - t0) * 1000)
            gold_sql = turn["sql"].upper()
            top_n = "LIMIT" in gold_sql and "ORDER BY" in gold_sql
            scaled = bool(turn.get("accept_scaled", False))
            ok = r.error is None and results_match(gold, _columns(r.data), top_n, scaled)
            report.total += 1
            report.passed += ok
            if i:
                report.followups += 1
                report.followups_passed += ok
            all_ok &= ok
            if not ok:
                report.failures.append(f"{case['id']}#{i} {turn['q']!r} -> {r.sql!r} error={r.error!r}")
        report.conversations += 1
        report.conversations_passed += all_ok
    return report
