"""Shared helpers of the benchmarks: percentiles, a plain-text table, the results folder, the dev questions.

Example:
    >>> percentile([1, 2, 3, 4, 100], 0.5), percentile([], 0.95)
    (3, None)
    >>> print(table(["name", "ms"], [["a", 1.234]]))
    name  ms
    ----  ----
    a     1.23
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from settings import ROOT

RESULTS_DIR = ROOT / "bench" / "results"
EVAL_DIR = Path(os.environ.get("EVAL_DIR", ROOT.parent / "shared" / "eval"))


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..1) of `values`; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summary(values_ms: list[float]) -> dict:
    """count, p50, p95, mean and max of latencies in milliseconds, rounded."""
    if not values_ms:
        return {"count": 0, "p50_ms": None, "p95_ms": None, "mean_ms": None, "max_ms": None}
    return {"count": len(values_ms), "p50_ms": round(percentile(values_ms, 0.5), 2),
            "p95_ms": round(percentile(values_ms, 0.95), 2), "mean_ms": round(statistics.fmean(values_ms), 2),
            "max_ms": round(max(values_ms), 2)}


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def table(headers: list[str], rows: list[list]) -> str:
    """A left-aligned plain-text table."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def machine() -> dict:
    """Where and when the figures were measured; `load_average` shows whether other work shared the machine."""
    load = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    return {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(),
            "load_average_1_5_15_min": load, "when_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}


def write_results(name: str, payload: dict) -> Path:
    """Write `bench/results/<name>.json` (with the machine description) and return its path."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    path.write_text(json.dumps({"benchmark": name, "machine": machine(), **payload}, indent=2, default=str) + "\n")
    return path


def dev_conversations(path: Path | None = None) -> list[dict]:
    """The development conversations (`id`, `db`, `turns` of `q` + gold `sql`) of ../shared/eval/dev.jsonl."""
    path = path or EVAL_DIR / "dev.jsonl"
    if not path.exists():
        raise SystemExit(f"the development questions are not at {path}: put the evaluation kit in ../shared/eval "
                         "or set EVAL_DIR to its folder")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def peak_rss_mb(pid: int) -> float | None:
    """Peak resident memory (VmHWM) of a Linux process, in MB; None elsewhere."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time a Linux process has used so far, in seconds; None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
