"""Speed of the offline analysis and visualization agents on 10,000-row results (target: < 50 ms each).

Runs `analyze`, `choose_chart`, `alternatives` and `build_figure` on eight result shapes, prints the median wall
(and CPU) time of several runs in milliseconds and writes `bench/results/insight_chart_bench.json`. Exit status 1
when the slowest median CPU time of `analyze` or `choose_chart` misses the target.

Example:
    .venv/bin/python -m bench.insight_chart_bench --rows 10000 --repeat 7
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from decimal import Decimal

import numpy as np
import pandas as pd

from agents.analysis import analyze
from agents.visualization import alternatives, build_figure, choose_chart
from bench.common import table, write_results

TARGET_MS = 50.0


def frames(rows: int, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Result shapes the agents meet, each `rows` long."""
    rng = np.random.default_rng(seed)
    day = pd.Timestamp("2014-01-01")
    return {
        "category + 2 measures": pd.DataFrame({"customer": [f"Customer {i}" for i in range(rows)],
                                               "sales": rng.lognormal(4, 1, rows),
                                               "profit": rng.normal(10, 40, rows)}),
        "repeated categories": pd.DataFrame({"region": rng.choice(["West", "East", "Central", "South"], rows),
                                             "sales": rng.lognormal(4, 1, rows)}),
        "daily time series": pd.DataFrame({"order_date": day + pd.to_timedelta(rng.integers(0, 1460, rows), "D"),
                                           "sales": rng.lognormal(4, 1, rows)}),
        "time + category": pd.DataFrame({"order_month": day + pd.to_timedelta(rng.integers(0, 48, rows) * 30, "D"),
                                         "segment": rng.choice(["Consumer", "Corporate", "Home Office"], rows),
                                         "sales": rng.lognormal(4, 1, rows)}),
        "Decimal measure": pd.DataFrame({"sub_category": [f"S{i}" for i in range(rows)],
                                         "total_profit": [Decimal(f"{x:.2f}") for x in rng.normal(0, 100, rows)]}),
        "one measure": pd.DataFrame({"sales": rng.lognormal(4, 1, rows)}),
        "two measures": pd.DataFrame({"sales": rng.lognormal(4, 1, rows), "quantity": rng.integers(1, 10, rows)}),
        "all text": pd.DataFrame({"customer_name": [f"Name {i}" for i in range(rows)], "city": ["Paris"] * rows}),
    }


def timed(fn, repeat: int) -> tuple[float, float, float]:
    """(median wall, best wall, median CPU) time of `fn()` in milliseconds; CPU time is less hurt by a busy machine."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), min(wall), statistics.median(cpu)


def measure(rows: int, repeat: int) -> list[dict]:
    """One record per result shape: the chosen chart and the timings of the four calls."""
    records = []
    for name, df in frames(rows).items():
        spec = choose_chart(df, "")
        record = {"shape": name, "rows": len(df), "chart": spec.kind}
        calls = {"analyze": lambda df=df: analyze(df, ""), "choose_chart": lambda df=df: choose_chart(df, ""),
                 "alternatives": lambda df=df: alternatives(df),
                 "build_figure": lambda df=df, spec=spec: build_figure(df, spec)}
        for call, fn in calls.items():
            median, best, cpu = timed(fn, repeat)
            record[f"{call}_p50_ms"], record[f"{call}_best_ms"] = round(median, 2), round(best, 2)
            record[f"{call}_cpu_p50_ms"] = round(cpu, 2)
        records.append(record)
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    records = measure(args.rows, args.repeat)
    headers = ["shape", "chart", "analyze p50 (cpu)", "choose_chart p50 (cpu)", "alternatives p50", "build_figure p50"]
    print(table(headers, [[r["shape"], r["chart"], f"{r['analyze_p50_ms']:.1f} ({r['analyze_cpu_p50_ms']:.1f})",
                           f"{r['choose_chart_p50_ms']:.1f} ({r['choose_chart_cpu_p50_ms']:.1f})",
                           r["alternatives_p50_ms"], r["build_figure_p50_ms"]] for r in records]))
    worst = max(max(r["analyze_p50_ms"], r["choose_chart_p50_ms"]) for r in records)
    worst_cpu = max(max(r["analyze_cpu_p50_ms"], r["choose_chart_cpu_p50_ms"]) for r in records)
    print(f"\nslowest analyze/choose_chart median: {worst:.1f} ms wall, {worst_cpu:.1f} ms CPU "
          f"(target < {TARGET_MS:.0f} ms) for {args.rows:,} rows; load average {os.getloadavg()[0]:.1f}")
    path = write_results("insight_chart_bench", {"rows": args.rows, "repeat": args.repeat, "target_ms": TARGET_MS,
                                                 "results": records})
    print(f"written {path}")
    return 0 if worst_cpu < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
