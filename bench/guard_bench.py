"""How long the SQL guard takes: median microseconds per query over the legit and unsafe corpora, per dialect.

Run from the repository root:

    .venv/bin/python -m bench.guard_bench            # 20 timed runs of every case, wall clock
    .venv/bin/python -m bench.guard_bench --repeat 5 --clock cpu   # CPU time: steadier on a busy machine

Each case is checked `repeat` times after one warm-up; its time is the median of those runs. The table gives,
per corpus and dialect, the median / p95 / max of the per-case times and how many cases were accepted.
"""
from __future__ import annotations

import argparse
import statistics
import time

from db.errors import UnsafeSQLError
from db.guard import check_sql
from tests.sql_cases import DIALECTS, cases_for

ALLOWED = {"superstore"}


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def time_case(sql: str, dialect: str, repeat: int, clock=time.perf_counter) -> tuple[float, bool]:
    """(median µs of `repeat` guard runs, accepted?) for one statement."""
    accepted = _run(sql, dialect)
    runs = []
    for _ in range(repeat):
        start = clock()
        _run(sql, dialect)
        runs.append((clock() - start) * 1e6)
    return statistics.median(runs), accepted


def _run(sql: str, dialect: str) -> bool:
    try:
        check_sql(sql, dialect=dialect, allowed_tables=ALLOWED, max_rows=1000)
        return True
    except UnsafeSQLError:
        return False


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench(repeat: int = 20, clock: str = "wall") -> list[dict]:
    """One row per (corpus, dialect): cases, accepted, median/p95/max µs.

    >>> rows = bench(repeat=1)            # doctest: +SKIP
    >>> rows[0]["corpus"], rows[0]["dialect"]
    ('legit', 'duckdb')
    """
    rows = []
    for corpus in ("legit", "unsafe"):
        for dialect in DIALECTS:
            timed = [time_case(c.sql, dialect, repeat, CLOCKS[clock]) for c in cases_for(corpus, dialect)]
            times = [t for t, _ in timed]
            rows.append({"corpus": corpus, "dialect": dialect, "cases": len(timed),
                         "accepted": sum(ok for _, ok in timed), "median_us": statistics.median(times),
                         "p95_us": _percentile(times, 0.95), "max_us": max(times)})
    return rows


def render(rows: list[dict]) -> str:
    """The rows as a fixed-width text table."""
    head = f"{'corpus':<8} {'dialect':<9} {'cases':>5} {'accepted':>8} {'median µs':>10} {'p95 µs':>9} {'max µs':>9}"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{r['corpus']:<8} {r['dialect']:<9} {r['cases']:>5} {r['accepted']:>8} "
                     f"{r['median_us']:>10.0f} {r['p95_us']:>9.0f} {r['max_us']:>9.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per case (default 20)")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall", help="wall (default) or cpu time")
    args = parser.parse_args(argv)
    print(f"guard time per query ({args.clock} clock, median of {max(1, args.repeat)} runs per case)")
    print(render(bench(max(1, args.repeat), args.clock)))


if __name__ == "__main__":
    main()
