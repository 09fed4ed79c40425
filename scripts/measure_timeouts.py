"""How far past the time limit a runaway query runs, per engine, through db.executor.run_query.

Builds the demo data (10 000 rows) in a temp dir as DuckDB and SQLite, and in PostgreSQL when TEST_PG_URL is set:

    scripts/with_test_pg.sh .venv/bin/python scripts/measure_timeouts.py
"""
from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.demo import build_demo  # noqa: E402
from db.engines import close_all, get_database  # noqa: E402
from db.errors import QueryTimeout  # noqa: E402
from db.executor import run_query  # noqa: E402
from tests.conftest import _demo_table, _pg_connect, _pg_copy_rows, _plain  # noqa: E402

RUNAWAY = ("SELECT count(*) AS n FROM superstore a, superstore b, superstore c "
           "WHERE a.sales * b.quantity > c.sales * c.quantity + a.discount")
LIMITS = (1.0, 2.0)
REPEATS = 3


def _sqlite_copy(columns, rows, path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(f"CREATE TABLE superstore ({', '.join(f'{n} {t}' for n, t in columns)})")
    con.executemany(f"INSERT INTO superstore VALUES ({', '.join('?' for _ in columns)})",
                    ([_plain(v) for v in r] for r in rows))
    con.commit()
    con.close()


def _pg_copy(columns, rows, admin_url: str) -> tuple[str, str]:
    from sqlalchemy.engine import make_url

    dbname = f"timeouts_{uuid.uuid4().hex[:8]}"
    admin = _pg_connect(admin_url)
    admin.cursor().execute(f"CREATE DATABASE {dbname}")
    admin.close()
    con = _pg_connect(admin_url, dbname)
    _pg_copy_rows(con, columns, rows)
    con.close()
    return dbname, make_url(admin_url).set(database=dbname).render_as_string(hide_password=False)


def measure(url: str) -> list[tuple[float, float]]:
    """(limit, seconds past the limit) for every run."""
    db = get_database(url)
    out = []
    for limit in LIMITS:
        for _ in range(REPEATS):
            start = time.monotonic()
            try:
                run_query(db, RUNAWAY, timeout_s=limit)
                raise SystemExit(f"{db.kind}: the runaway query finished?")
            except QueryTimeout:
                out.append((limit, time.monotonic() - start - limit))
            run_query(db, "SELECT count(*) FROM superstore")  # the next query works
    return out


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        duck = build_demo(Path(tmp) / "superstore.duckdb", rows=10_000, seed=42)
        columns, rows = _demo_table(duck)
        _sqlite_copy(columns, rows, Path(tmp) / "superstore.sqlite")
        urls = {"duckdb": f"duckdb:///{duck}", "sqlite": f"sqlite:///{Path(tmp) / 'superstore.sqlite'}"}
        pg_admin = os.environ.get("TEST_PG_URL")
        if pg_admin:
            dbname, urls["postgresql"] = _pg_copy(columns, rows, pg_admin)
        print(f"{'engine':<11} {'limit s':>7} {'runs':>4} {'over min ms':>11} {'median ms':>9} {'max ms':>7}")
        for kind, url in urls.items():
            results = measure(url)
            for limit in LIMITS:
                over = [o * 1000 for lim, o in results if lim == limit]
                print(f"{kind:<11} {limit:>7.1f} {len(over):>4} {min(over):>11.1f} {statistics.median(over):>9.1f} "
                      f"{max(over):>7.1f}")
        close_all()
        if pg_admin:
            admin = _pg_connect(pg_admin)
            admin.cursor().execute(f"DROP DATABASE {dbname} WITH (FORCE)")
            admin.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
