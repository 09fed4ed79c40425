"""Shared test fixtures: real databases only (DuckDB files, SQLite files, a real PostgreSQL).

- `demo_db`: path of a demo DuckDB file (table `superstore`, 10 000 rows, seed 42) built once per session.
  Open it through `db.engines.get_database(f"duckdb:///{demo_db}")`; DuckDB refuses a second in-process
  connection to the same file with another configuration, so do not `duckdb.connect()` it yourself
  (copy the file with `shutil.copy` first if you need a plain connection).
- `demo_url`: the SQLAlchemy URL of `demo_db`.
- `sqlite_demo`: path of a SQLite file holding the same `superstore` rows (dates as ISO text).
- `pg_url`: superuser URL of the throwaway PostgreSQL started by `make test` (env TEST_PG_URL); the tests
  that use it are skipped when TEST_PG_URL is unset, unless env CI is set (then they fail).
- `pg_demo_url`: URL of a READ-ONLY role on a fresh PostgreSQL database holding the same `superstore` rows.
- `pg_admin_demo_url`: superuser URL of that same database (to check that nothing changed, etc.).
"""
from __future__ import annotations

import csv
import io
import os
import uuid
from pathlib import Path

import pytest

DEMO_ROWS = 10_000
DEMO_SEED = 42

# DuckDB type names that PostgreSQL spells differently.
_PG_TYPES = {"DOUBLE": "DOUBLE PRECISION", "FLOAT": "REAL", "HUGEINT": "NUMERIC(38)", "UBIGINT": "NUMERIC(20)",
             "UINTEGER": "BIGINT", "USMALLINT": "INTEGER", "UTINYINT": "SMALLINT", "TINYINT": "SMALLINT",
             "BLOB": "BYTEA", "TIMESTAMP WITH TIME ZONE": "TIMESTAMPTZ"}


def _demo_table(path: Path) -> tuple[list[tuple[str, str]], list[tuple]]:
    """(columns as (name, DuckDB type), rows) of `superstore`, read with a short-lived plain connection."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        columns = [(r[0], r[1]) for r in con.execute("DESCRIBE superstore").fetchall()]
        rows = con.execute("SELECT * FROM superstore ORDER BY ALL").fetchall()
    finally:
        con.close()
    return columns, rows


@pytest.fixture(scope="session")
def _demo_data(tmp_path_factory) -> tuple[Path, list[tuple[str, str]], list[tuple]]:
    """Build the demo DuckDB once and read its rows before any cached engine connection opens the file."""
    from db.demo import build_demo

    path = Path(build_demo(tmp_path_factory.mktemp("demo") / "superstore.duckdb", rows=DEMO_ROWS, seed=DEMO_SEED))
    columns, rows = _demo_table(path)
    return path, columns, rows


@pytest.fixture(scope="session")
def demo_db(_demo_data) -> Path:
    """Path of the session's demo DuckDB file (superstore, 10 000 rows)."""
    return _demo_data[0]


@pytest.fixture(scope="session")
def demo_url(demo_db) -> str:
    """SQLAlchemy URL of the session's demo DuckDB file."""
    return f"duckdb:///{demo_db}"


def _plain(value):
    """A value SQLite and CSV understand: dates as ISO text, decimals as float."""
    import datetime
    import decimal

    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, datetime.datetime) else value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


@pytest.fixture(scope="session")
def sqlite_demo(_demo_data, tmp_path_factory) -> Path:
    """Path of a SQLite file with the demo `superstore` table (same rows as `demo_db`)."""
    import sqlite3

    _, columns, rows = _demo_data
    path = tmp_path_factory.mktemp("sqlite") / "superstore.sqlite"
    con = sqlite3.connect(path)
    try:
        con.execute(f"CREATE TABLE superstore ({', '.join(f'{n} {t}' for n, t in columns)})")
        marks = ", ".join("?" for _ in columns)
        con.executemany(f"INSERT INTO superstore VALUES ({marks})", ([_plain(v) for v in r] for r in rows))
        con.commit()
    finally:
        con.close()
    return path


@pytest.fixture(scope="session")
def pg_url() -> str:
    """Superuser URL of the test PostgreSQL server (env TEST_PG_URL, set by `make test`)."""
    url = os.environ.get("TEST_PG_URL", "").strip()
    if not url:
        if os.environ.get("CI"):
            pytest.fail("TEST_PG_URL is not set in CI: run the tests with `make test`")
        pytest.skip("TEST_PG_URL is not set (run `make test` to start a throwaway PostgreSQL)")
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.drivername == "postgresql":  # SQLAlchemy 2.1 would pick psycopg 3; psycopg2 is the pinned driver
        url = parsed.set(drivername="postgresql+psycopg2").render_as_string(hide_password=False)
    return url


def _pg_connect(url: str, dbname: str | None = None):
    import psycopg2
    from sqlalchemy.engine import make_url

    u = make_url(url)
    con = psycopg2.connect(host=u.host or "localhost", port=u.port or 5432, user=u.username, password=u.password,
                           dbname=dbname or u.database or "postgres", connect_timeout=10)
    con.autocommit = True
    return con


def _pg_copy_rows(con, columns: list[tuple[str, str]], rows: list[tuple]) -> None:
    cols = ", ".join(f"{n} {_PG_TYPES.get(t.upper(), t)}" for n, t in columns)
    buf = io.StringIO()
    writer = csv.writer(buf)
    for r in rows:
        writer.writerow(["" if v is None else _plain(v) for v in r])
    buf.seek(0)
    with con.cursor() as cur:
        cur.execute(f"CREATE TABLE superstore ({cols})")
        cur.copy_expert("COPY superstore FROM STDIN WITH (FORMAT csv)", buf)
        cur.execute("ANALYZE superstore")


@pytest.fixture(scope="session")
def _pg_demo(pg_url, _demo_data):
    """A fresh PostgreSQL database with `superstore` and a read-only role; (admin URL, read-only URL)."""
    from sqlalchemy.engine import make_url

    _, columns, rows = _demo_data
    suffix = uuid.uuid4().hex[:10]
    dbname, role, password = f"demo_{suffix}", f"ro_{suffix}", f"pw_{suffix}"
    admin = _pg_connect(pg_url)
    with admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE {dbname}")
        cur.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' NOSUPERUSER NOCREATEDB NOCREATEROLE")
    con = _pg_connect(pg_url, dbname)
    try:
        _pg_copy_rows(con, columns, rows)
        with con.cursor() as cur:
            cur.execute(f"REVOKE ALL ON DATABASE {dbname} FROM PUBLIC")
            cur.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
            cur.execute(f"GRANT CONNECT ON DATABASE {dbname} TO {role}")
            cur.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
            cur.execute(f"GRANT SELECT ON superstore TO {role}")
    finally:
        con.close()
    base = make_url(pg_url)
    admin_url = base.set(database=dbname).render_as_string(hide_password=False)
    ro_url = base.set(database=dbname, username=role, password=password).render_as_string(hide_password=False)
    yield admin_url, ro_url
    from db.engines import close_database

    close_database(ro_url)
    close_database(admin_url)
    with admin.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        cur.execute(f"DROP ROLE IF EXISTS {role}")
    admin.close()


@pytest.fixture(scope="session")
def pg_demo_url(_pg_demo) -> str:
    """URL of a READ-ONLY role (CONNECT, USAGE, SELECT only) on a PostgreSQL copy of the demo data."""
    return _pg_demo[1]


@pytest.fixture(scope="session")
def pg_admin_demo_url(_pg_demo) -> str:
    """Superuser URL of the same PostgreSQL demo database as `pg_demo_url`."""
    return _pg_demo[0]
