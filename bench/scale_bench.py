"""Five typical analyst queries at 100 k, 1 M and 10 M rows on DuckDB, SQLite and PostgreSQL, as ratios to DuckDB.

    .venv/bin/python -m bench.scale_bench [--sizes 100k,1m,10m] [--engines duckdb,sqlite,postgresql]
                                          [--repeat 3] [--workdir /tmp/bench-scale] [--pg-url URL]

The data is the demo generator's (`python -m db.demo --rows N --out PATH`); SQLite and PostgreSQL get the same
rows (dates as ISO text in SQLite, native DATE in PostgreSQL; no indexes anywhere, as on an analyst's ad-hoc
table). Every query runs through THE execute path, `db.executor.run_query` (guard, read-only connection, time
limit), `--repeat` times; the median is reported. PostgreSQL is the server in `--pg-url` / env TEST_PG_URL,
else a throwaway one started by scripts/with_test_pg.sh for the run. Loaded files are kept in `--workdir` and
reused by later runs. Loading 10 M rows into SQLite and PostgreSQL takes minutes: run the 10 M size for DuckDB
alone with `--sizes 10m --engines duckdb` when time is short. Goal: each 10 M-row query < 1 s on DuckDB.
Writes bench/results/scale_bench.json.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from bench.common import RESULTS_DIR, table, write_results
from settings import ROOT, get_settings

ENGINES = ("duckdb", "sqlite", "postgresql")
GOAL_DUCKDB_10M_MS = 1000.0
LOAD_CHUNK = 100_000
DATE_COLUMNS = ("order_date", "ship_date")

# name -> {dialect: SQL}; "*" is the SQL every engine shares.
QUERIES: dict[str, dict[str, str]] = {
    "group_by": {"*": "SELECT region, SUM(sales) AS sales, SUM(profit) AS profit, COUNT(*) AS lines "
                      "FROM superstore GROUP BY region ORDER BY sales DESC"},
    "top_n": {"*": "SELECT customer_name, SUM(sales) AS sales FROM superstore "
                   "GROUP BY customer_name ORDER BY sales DESC LIMIT 10"},
    "monthly_trend": {
        "duckdb": "SELECT date_trunc('month', order_date) AS month, SUM(sales) AS sales FROM superstore "
                  "GROUP BY 1 ORDER BY 1",
        "postgresql": "SELECT date_trunc('month', order_date) AS month, SUM(sales) AS sales FROM superstore "
                      "GROUP BY 1 ORDER BY 1",
        "sqlite": "SELECT substr(order_date, 1, 7) AS month, SUM(sales) AS sales FROM superstore "
                  "GROUP BY 1 ORDER BY 1",
    },
    "filtered_sum": {
        "duckdb": "SELECT SUM(sales) AS sales FROM superstore WHERE category = 'Technology' "
                  "AND region = 'West' AND order_date >= DATE '2016-01-01'",
        "postgresql": "SELECT SUM(sales) AS sales FROM superstore WHERE category = 'Technology' "
                      "AND region = 'West' AND order_date >= DATE '2016-01-01'",
        "sqlite": "SELECT SUM(sales) AS sales FROM superstore WHERE category = 'Technology' "
                  "AND region = 'West' AND order_date >= '2016-01-01'",
    },
    "count_distinct": {"*": "SELECT COUNT(DISTINCT customer_id) AS customers, COUNT(DISTINCT order_id) AS orders "
                            "FROM superstore"},
}

_PG_TYPES = {"DOUBLE": "DOUBLE PRECISION", "BIGINT": "BIGINT", "INTEGER": "INTEGER", "DATE": "DATE",
             "VARCHAR": "TEXT"}


def parse_size(text: str) -> int:
    """'100k' -> 100000, '1m' -> 1000000, '2500' -> 2500.

    >>> [parse_size(s) for s in ("100k", "1M", "10m", "2500")]
    [100000, 1000000, 10000000, 2500]
    """
    text = text.strip().lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * factor)


def label(rows: int) -> str:
    """100000 -> '100k', 10000000 -> '10M'."""
    return f"{rows // 1_000_000}M" if rows % 1_000_000 == 0 else f"{rows // 1000}k" if rows % 1000 == 0 else str(rows)


def sql_for(query: str, engine: str) -> str:
    variants = QUERIES[query]
    return variants.get(engine, variants.get("*"))


# --------------------------------------------------------------------------------------------- loading


def build_duckdb(rows: int, workdir: Path) -> tuple[Path, float]:
    """The demo DuckDB of `rows` line items (built by the project's generator CLI unless already there)."""
    path = workdir / f"superstore_{rows}.duckdb"
    if path.exists():
        return path, 0.0
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "db.demo", "--rows", str(rows), "--out", str(path)], check=True,
                   cwd=ROOT, stdout=subprocess.DEVNULL)
    return path, time.perf_counter() - t0


def _columns(source: Path) -> list[tuple[str, str]]:
    con = duckdb.connect(str(source), read_only=True)
    try:
        return [(r[0], r[1]) for r in con.execute("DESCRIBE superstore").fetchall()]
    finally:
        con.close()


def load_sqlite(source: Path, rows: int, workdir: Path) -> tuple[Path, float]:
    """A SQLite copy of the DuckDB table (dates as ISO text), made once."""
    path = workdir / f"superstore_{rows}.sqlite"
    if path.exists():
        return path, 0.0
    t0 = time.perf_counter()
    tmp = path.with_suffix(".sqlite.tmp")
    tmp.unlink(missing_ok=True)
    columns = _columns(source)
    select = ", ".join(f"CAST({n} AS VARCHAR)" if n in DATE_COLUMNS else n for n, _ in columns)
    src = duckdb.connect(str(source), read_only=True)
    dst = sqlite3.connect(tmp)
    try:
        dst.execute("PRAGMA journal_mode=OFF")
        dst.execute("PRAGMA synchronous=OFF")
        dst.execute(f"CREATE TABLE superstore ({', '.join(f'{n} {t}' for n, t in columns)})")
        cur = src.execute(f"SELECT {select} FROM superstore")
        marks = ", ".join("?" for _ in columns)
        while batch := cur.fetchmany(LOAD_CHUNK):
            dst.executemany(f"INSERT INTO superstore VALUES ({marks})", batch)
        dst.commit()
    finally:
        src.close()
        dst.close()
    tmp.rename(path)
    return path, time.perf_counter() - t0


def _pg_admin(url: str):
    import psycopg2
    from sqlalchemy.engine import make_url

    u = make_url(url)
    con = psycopg2.connect(host=u.host or "localhost", port=u.port or 5432, user=u.username, password=u.password,
                           dbname=u.database or "postgres", connect_timeout=10)
    con.autocommit = True
    return con


def load_postgres(source: Path, rows: int, pg_url: str) -> tuple[str, float]:
    """A table `superstore` in database `bench_<rows>` of the server (reused when already complete)."""
    from sqlalchemy.engine import make_url

    dbname = f"bench_{rows}"
    url = make_url(pg_url).set(database=dbname).render_as_string(hide_password=False)
    admin = _pg_admin(pg_url)
    try:
        with admin.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,))
            if cur.fetchone():
                if _pg_count(url) == rows:
                    return url, 0.0
                cur.execute(f"DROP DATABASE {dbname} WITH (FORCE)")
            cur.execute(f"CREATE DATABASE {dbname}")
    finally:
        admin.close()
    t0 = time.perf_counter()
    columns = _columns(source)
    csv_path = source.with_suffix(".csv")
    src = duckdb.connect(str(source), read_only=True)
    try:
        src.execute(f"COPY superstore TO '{csv_path}' (FORMAT csv, HEADER false)")
    finally:
        src.close()
    con = _pg_admin(url)
    try:
        with con.cursor() as cur, open(csv_path, encoding="utf-8") as fh:
            cur.execute(f"CREATE TABLE superstore ({', '.join(f'{n} {_PG_TYPES.get(t, t)}' for n, t in columns)})")
            cur.copy_expert("COPY superstore FROM STDIN WITH (FORMAT csv)", fh)
            cur.execute("VACUUM ANALYZE superstore")
    finally:
        con.close()
        csv_path.unlink(missing_ok=True)
    return url, time.perf_counter() - t0


def _pg_count(url: str) -> int | None:
    try:
        con = _pg_admin(url)
    except Exception:  # noqa: BLE001 - a broken database is rebuilt
        return None
    try:
        with con.cursor() as cur:
            cur.execute("SELECT count(*) FROM superstore")
            return cur.fetchone()[0]
    except Exception:  # noqa: BLE001
        return None
    finally:
        con.close()


# ------------------------------------------------------------------------------------------------ timing


def time_queries(url: str, engine: str, repeat: int, timeout_s: float) -> dict:
    """Median/min wall time (ms) of every query through `run_query`, plus its row count."""
    from db.engines import close_database, get_database
    from db.executor import run_query

    db = get_database(url)
    out = {}
    try:
        for name in QUERIES:
            sql = sql_for(name, engine)
            runs = []
            result = None
            for _ in range(repeat):
                t0 = time.perf_counter()
                result = run_query(db, sql, max_rows=1000, timeout_s=timeout_s)
                runs.append((time.perf_counter() - t0) * 1000)
            out[name] = {"median_ms": round(statistics.median(runs), 1), "min_ms": round(min(runs), 1),
                         "rows": result.row_count}
    finally:
        close_database(url)
    return out


# -------------------------------------------------------------------------------------------------- main


def run(sizes: list[int], engines: list[str], repeat: int, workdir: Path, pg_url: str, timeout_s: float) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    results: dict = {}
    for rows in sizes:
        key = label(rows)
        entry: dict = {"rows": rows, "load_s": {}, "queries": {}}
        duck, seconds = build_duckdb(rows, workdir)
        entry["load_s"]["duckdb"] = round(seconds, 1)
        for engine in engines:
            if engine == "duckdb":
                url = f"duckdb:///{duck}"
            elif engine == "sqlite":
                path, seconds = load_sqlite(duck, rows, workdir)
                url, entry["load_s"]["sqlite"] = f"sqlite:///{path}", round(seconds, 1)
            else:
                url, seconds = load_postgres(duck, rows, pg_url)
                entry["load_s"]["postgresql"] = round(seconds, 1)
            print(f"[{key}] {engine}: timing {len(QUERIES)} queries x {repeat}", file=sys.stderr, flush=True)
            entry["queries"][engine] = time_queries(url, engine, repeat, timeout_s)
        results[key] = entry
    return results


def merge_previous(fresh: dict) -> dict:
    """Earlier runs' figures (bench/results/scale_bench.json) updated with this run's, so that partial runs
    (`--sizes 10m --engines duckdb`) add to the table instead of replacing it."""
    try:
        previous = json.loads((RESULTS_DIR / "scale_bench.json").read_text())["results"]
    except (OSError, ValueError, KeyError):
        previous = {}
    for key, entry in fresh.items():
        old = previous.setdefault(key, {"rows": entry["rows"], "load_s": {}, "queries": {}})
        old["load_s"].update(entry["load_s"])
        old["queries"].update(entry["queries"])
    return dict(sorted(previous.items(), key=lambda kv: kv[1]["rows"]))


def ratios(results: dict) -> dict:
    """Median time of each engine / DuckDB's, per size and query."""
    out = {}
    for key, entry in results.items():
        base = entry["queries"].get("duckdb")
        if not base:
            continue
        out[key] = {engine: {q: round(t["median_ms"] / max(base[q]["median_ms"], 0.01), 1) for q, t in times.items()}
                    for engine, times in entry["queries"].items() if engine != "duckdb"}
    return out


def print_report(results: dict, rel: dict) -> None:
    rows = []
    for key, entry in results.items():
        for query in QUERIES:
            row = [key, query]
            for engine in ENGINES:
                t = entry["queries"].get(engine, {}).get(query)
                row.append(t["median_ms"] if t else None)
            row += [rel.get(key, {}).get(e, {}).get(query) for e in ENGINES[1:]]
            rows.append(row)
    print(table(["rows", "query", "duckdb ms", "sqlite ms", "postgres ms", "sqlite/duckdb", "postgres/duckdb"], rows))
    for key, entry in results.items():
        print(f"load {key}: {entry['load_s']} s (0 = reused from an earlier run)")


def _reexec_with_pg(argv: list[str]) -> int:
    """Run this benchmark again inside scripts/with_test_pg.sh (a throwaway PostgreSQL)."""
    script = ROOT / "scripts" / "with_test_pg.sh"
    return subprocess.call([str(script), sys.executable, "-m", "bench.scale_bench", *argv], cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m bench.scale_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100k,1m,10m", help="row counts, comma-separated (default 100k,1m,10m)")
    parser.add_argument("--engines", default=",".join(ENGINES), help="duckdb,sqlite,postgresql (default all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query; the median is reported")
    parser.add_argument("--workdir", default="/tmp/bench-scale", help="where the loaded files are kept")
    parser.add_argument("--pg-url", default=os.environ.get("TEST_PG_URL", ""), help="PostgreSQL superuser URL")
    parser.add_argument("--timeout", type=float, default=300.0, help="time limit of one query, seconds")
    args = parser.parse_args(argv)
    engines = [e.strip().lower() for e in args.engines.split(",") if e.strip()]
    unknown = sorted(set(engines) - set(ENGINES))
    if unknown:
        parser.error(f"unknown engine(s) {unknown}; choose from {', '.join(ENGINES)}")
    if "postgresql" in engines and not args.pg_url:
        return _reexec_with_pg(argv)
    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    settings = get_settings()
    t0 = time.perf_counter()
    fresh = run(sizes, engines, max(1, args.repeat), Path(args.workdir), args.pg_url, args.timeout)
    results = merge_previous(fresh)
    rel = ratios(results)
    print_report(results, rel)
    ten_m = results.get("10M", {}).get("queries", {}).get("duckdb")
    goal = None if not ten_m else all(t["median_ms"] < GOAL_DUCKDB_10M_MS for t in ten_m.values())
    if goal is not None:
        print(f"goal: every 10M-row query < {GOAL_DUCKDB_10M_MS:.0f} ms on DuckDB: {'met' if goal else 'NOT met'}")
    out = {"command": "python -m bench.scale_bench " + " ".join(argv), "repeat": args.repeat,
           "duckdb_threads": settings.duckdb_threads, "duckdb_memory_limit": settings.duckdb_memory_limit,
           "queries": {q: sql_for(q, "duckdb") for q in QUERIES}, "results": results, "ratio_to_duckdb": rel,
           "goal_duckdb_10m_under_1s": goal, "wall_s": round(time.perf_counter() - t0, 1)}
    print(f"written: {write_results('scale_bench', out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
