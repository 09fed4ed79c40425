"""The guard on REAL databases, through the one execute path `db.executor.run_query`.

- every statement of tests/sql_cases/unsafe.sql is refused on DuckDB, SQLite and PostgreSQL (whatever dialect the
  case was written for), the databases are unchanged afterwards (rows, tables, attached databases) and no file
  was written (attacks write into a watched temp dir, relative paths land in the working dir, also watched);
- every query of tests/sql_cases/legit.sql is accepted on the engines it lists and returns the same rows on each
  engine (floats within the case's tolerance).

PostgreSQL runs with `scripts/with_test_pg.sh` (env TEST_PG_URL); without it those cases are skipped.
"""
from __future__ import annotations

import datetime
import decimal
import math
from pathlib import Path

import pytest

from db.engines import get_database
from db.errors import QueryError, UnsafeSQLError
from db.executor import run_query
from tests.sql_cases import DIALECTS, load_cases

UNSAFE = load_cases("unsafe")
LEGIT = load_cases("legit")
ENGINES = ("duckdb", "sqlite", "postgres")
MAX_ROWS = 1000
LAYERS = {"input", "parse", "ast", "tables", "functions", "output", "database"}
_SNAPSHOTS: dict[str, object] = {}


# ---------------------------------------------------------------------------------------------- engines


def _engine(request, kind: str):
    """The Database of one engine, or skip (PostgreSQL only, when TEST_PG_URL is not set)."""
    if kind == "duckdb":
        return get_database(request.getfixturevalue("demo_url"))
    if kind == "sqlite":
        return get_database(f"sqlite:///{request.getfixturevalue('sqlite_demo')}")
    return get_database(request.getfixturevalue("pg_demo_url"))


def _state(request, kind: str, db) -> tuple:
    """What an attack could change: rows of superstore, the tables, attached databases, large objects."""
    data = db.fetch_internal("SELECT COUNT(*), SUM(row_id), SUM(quantity) FROM superstore")
    if kind == "duckdb":
        tables = db.fetch_internal("SELECT database_name, schema_name, table_name FROM duckdb_tables() "
                                   "UNION ALL SELECT database_name, 'db', path FROM duckdb_databases() ORDER BY ALL")
    elif kind == "sqlite":
        tables = db.fetch_internal("SELECT type, name FROM sqlite_master ORDER BY type, name")
    else:
        tables = _pg_admin_state(request.getfixturevalue("pg_admin_demo_url"))
    return tuple(data), tuple(tables)


def _pg_admin_state(admin_url: str) -> list[tuple]:
    import psycopg2
    from sqlalchemy.engine import make_url

    u = make_url(admin_url)
    con = psycopg2.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database)
    try:
        with con.cursor() as cur:
            cur.execute("SELECT n.nspname::text, c.relname::text, c.relkind::text FROM pg_class c JOIN pg_namespace n "
                        "ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', "
                        "'pg_toast') UNION ALL SELECT 'lo', oid::text, '' FROM pg_largeobject_metadata "
                        "UNION ALL SELECT 'ext', extname::text, '' FROM pg_extension ORDER BY 1, 2, 3")
            return cur.fetchall()
    finally:
        con.rollback()
        con.close()


def _listing(*dirs: Path) -> set[str]:
    return {str(p) for d in dirs for p in d.rglob("*")}


@pytest.fixture
def engine(request):
    """(kind, Database, state before this test) for the parametrised engine."""
    kind = request.param
    db = _engine(request, kind)
    if kind not in _SNAPSHOTS:
        _SNAPSHOTS[kind] = _state(request, kind, db)
    return kind, db


# ---------------------------------------------------------------------------------------------- unsafe


@pytest.mark.parametrize("engine", ENGINES, indirect=True)
@pytest.mark.parametrize("case", UNSAFE, ids=[c.id for c in UNSAFE])
def test_unsafe_statement_is_refused_and_nothing_changes(case, engine, tmp_path, monkeypatch, request):
    kind, db = engine
    monkeypatch.chdir(tmp_path)  # relative paths ('pwn.db', 'data.csv') would land here
    db_dirs = [p for p in (getattr(db, "path", None),) if p is not None]
    before = _listing(tmp_path, *(p.parent for p in db_dirs))
    sql = case.sql.replace("/tmp/", f"{tmp_path}/")
    # Written for this engine: the guard must refuse it. Written for another one (`@x` is abs(x) in DuckDB):
    # it may also fail in the database, but it must not run.
    expected = UnsafeSQLError if kind in case.dialects else (UnsafeSQLError, QueryError)
    with pytest.raises(expected) as info:
        run_query(db, sql, max_rows=10, timeout_s=5)
    assert getattr(info.value, "layer", "database") in LAYERS
    assert _listing(tmp_path, *(p.parent for p in db_dirs)) == before, "a file was written"
    assert _state(request, kind, db) == _SNAPSHOTS[kind], "the database changed"


# ---------------------------------------------------------------------------------------------- legit


def _groups() -> dict[str, list]:
    groups: dict[str, list] = {}
    for case in LEGIT:
        groups.setdefault(case.group, []).append(case)
    return groups


GROUPS = _groups()


def _plain(value):
    """A comparable Python value: numbers as float, dates as ISO text (midnight timestamps as dates)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item") and not isinstance(value, str | bytes):  # numpy scalars
        value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | decimal.Decimal):
        return float(value)
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time(0) else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds() / 86400
    return value


def _rows(result) -> list[tuple]:
    return [tuple(_plain(v) for v in row) for row in result.data.itertuples(index=False, name=None)]


def _same(a, b, tol: float) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=tol)
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a) == bool(b)
    return a == b


@pytest.mark.parametrize("group", list(GROUPS), ids=list(GROUPS))
def test_legit_query_runs_and_agrees_across_engines(group, request):
    results = {}
    for case in GROUPS[group]:
        for kind in case.dialects:
            try:
                db = _engine(request, kind)
            except pytest.skip.Exception:
                continue
            result = run_query(db, case.sql, max_rows=MAX_ROWS, timeout_s=30)
            assert result.row_count <= MAX_ROWS
            results[(case.id, kind)] = (_rows(result), case.tol, result.truncated)
    if not results:
        pytest.skip("no engine available for this case")
    (ref_key, (ref_rows, _, ref_trunc)), *others = results.items()
    for key, (rows, tol, truncated) in others:
        assert len(rows) == len(ref_rows) and truncated == ref_trunc, (key, ref_key)
        for i, (row, ref) in enumerate(zip(rows, ref_rows, strict=True)):
            assert len(row) == len(ref) and all(_same(a, b, tol) for a, b in zip(row, ref, strict=True)), \
                f"{key} vs {ref_key}, row {i}: {row} != {ref}"


@pytest.mark.parametrize("kind", ENGINES)
def test_limit_cap_sets_truncated(kind, request):
    db = _engine(request, kind)
    result = run_query(db, "SELECT row_id FROM superstore ORDER BY row_id DESC LIMIT 5000", max_rows=7)
    assert result.truncated and result.row_count == 7
    assert list(result.data.iloc[:, 0]) == [10_000 - i for i in range(7)]  # inner ORDER BY kept


def test_every_dialect_has_legit_and_unsafe_cases():
    for dialect in DIALECTS:
        assert sum(dialect in c.dialects for c in LEGIT) >= 40
        assert sum(dialect in c.dialects for c in UNSAFE) >= 40


@pytest.mark.parametrize("kind", ENGINES)
def test_mutated_queries_never_change_the_database(kind, request, tmp_path, monkeypatch):
    """Legit queries with attack fragments spliced in (seeded): whatever the guard lets through runs read-only."""
    import random

    from db.errors import AppError
    from tests.test_guard import _INSERTS

    db = _engine(request, kind)
    before = _state(request, kind, db)
    monkeypatch.chdir(tmp_path)
    rng = random.Random(20_26)
    legit = [c.sql for c in LEGIT if kind in c.dialects]
    ran = 0
    for _ in range(150):
        sql = rng.choice(legit)
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(0, len(sql))
            sql = sql[:at] + rng.choice(_INSERTS).replace("/tmp/", f"{tmp_path}/") + sql[at:]
        try:
            run_query(db, sql, max_rows=20, timeout_s=5)
            ran += 1
        except AppError:
            pass
    assert ran > 0  # some mutations are harmless and do run
    assert _state(request, kind, db) == before
    assert not list(tmp_path.iterdir())
