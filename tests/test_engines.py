"""db.engines: URLs, caching, allowed tables, the read-only limits of each engine, internal metadata reads."""
from __future__ import annotations

import sqlite3

import duckdb
import pytest

from db.engines import Database, close_database, get_database
from db.errors import ConnectionFailed, InputError


def _raw(db: Database, sql: str) -> list[tuple]:
    with db.raw_connection() as con:
        cur = con.cursor()
        cur.execute(sql)
        return [tuple(r) for r in cur.fetchall()]


def test_urls_kinds_and_dialects(tmp_path):
    pg = Database("postgresql://analyst:s3cret@db.example.com:5432/shop")
    assert (pg.kind, pg.sqlglot_dialect) == ("postgresql", "postgres")
    assert "s3cret" not in pg.display_url and "***" in pg.display_url
    lite = Database(f"sqlite:///{tmp_path / 'a.sqlite'}")
    assert (lite.kind, lite.sqlglot_dialect) == ("sqlite", "sqlite")
    bare = Database(str(tmp_path / "b.duckdb"))
    assert (bare.kind, bare.sqlglot_dialect) == ("duckdb", "duckdb")
    with pytest.raises(InputError):
        Database("duckdb:///:memory:")
    with pytest.raises(InputError):
        Database("definitely not a url")


def test_get_database_is_cached_per_url_and_tables(demo_url):
    assert get_database(demo_url) is get_database(demo_url)
    restricted = get_database(demo_url, allowed_tables=["SuperStore"])
    assert restricted is get_database(demo_url, allowed_tables={"superstore"})
    assert restricted is not get_database(demo_url)
    assert restricted.allowed_tables() == {"superstore"}


def test_default_url_is_the_demo_db():
    db = get_database(None)
    assert db.kind == "duckdb" and db.path.name == "superstore.duckdb"
    assert get_database("") is db


def test_duckdb_limits_are_locked(demo_url):
    db = get_database(demo_url)
    settings = dict(_raw(db, "SELECT name, value FROM duckdb_settings() WHERE name IN "
                             "('enable_external_access', 'lock_configuration', 'threads', 'access_mode')"))
    assert settings["enable_external_access"] == "false" and settings["lock_configuration"] == "true"
    assert settings["access_mode"].lower() == "read_only"
    assert int(settings["threads"]) == db.settings.duckdb_threads
    cur = db._duckdb_cursor()
    try:
        with pytest.raises(duckdb.Error):
            cur.execute("SET memory_limit = '100GB'")
        with pytest.raises(duckdb.Error):
            cur.execute("SELECT * FROM read_csv('/etc/passwd')")
    finally:
        cur.close()


def test_two_databases_share_one_duckdb_connection(demo_url):
    a, b = get_database(demo_url), get_database(demo_url, allowed_tables={"superstore"})
    assert _raw(a, "SELECT count(*) FROM superstore") == _raw(b, "SELECT count(*) FROM superstore") == [(10_000,)]


def test_duckdb_file_can_be_released_and_rewritten(tmp_path):
    path = tmp_path / "t.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    con.close()
    url = f"duckdb:///{path}"
    assert get_database(url).allowed_tables() == {"t"}
    close_database(url)
    con = duckdb.connect(str(path))  # a read-write connection is possible again
    con.execute("CREATE TABLE u AS SELECT 2 AS y")
    con.close()
    assert get_database(url).allowed_tables() == {"t", "u"}
    close_database(url)


def test_system_catalogs_are_never_allowed(demo_url, sqlite_demo):
    assert get_database(demo_url).allowed_tables() == {"superstore"}
    assert get_database(f"sqlite:///{sqlite_demo}").allowed_tables() == {"superstore"}


def test_sqlite_authorizer_and_internal_metadata(sqlite_demo):
    db = get_database(f"sqlite:///{sqlite_demo}")
    assert _raw(db, "SELECT count(*) FROM superstore") == [(10_000,)]
    for sql in ["SELECT name FROM sqlite_master", "SELECT sqlite_version()", "PRAGMA table_info(superstore)",
                "SELECT * FROM pragma_table_info('superstore')"]:
        with pytest.raises(sqlite3.DatabaseError):
            _raw(db, sql)
    names = [r[1] for r in db.fetch_internal("SELECT * FROM pragma_table_info(?)", ("superstore",))]
    assert "order_date" in names and "sales" in names
    columns, rows = db.fetch_internal_with_columns("SELECT name FROM sqlite_master WHERE type = 'table'")
    assert columns == ["name"] and rows == [("superstore",)]
    with pytest.raises(sqlite3.DatabaseError):
        db.fetch_internal("PRAGMA writable_schema = 1")


def test_missing_files_fail_clearly(tmp_path):
    with pytest.raises(ConnectionFailed, match="not found"):
        get_database(f"duckdb:///{tmp_path / 'nope.duckdb'}").allowed_tables()
    with pytest.raises(ConnectionFailed, match="not found"):
        get_database(f"sqlite:///{tmp_path / 'nope.sqlite'}").allowed_tables()
    assert not (tmp_path / "nope.sqlite").exists()


def test_files_that_are_not_databases_fail_clearly(tmp_path):
    from db.executor import run_query

    for name in ("junk.duckdb", "junk.sqlite"):
        (tmp_path / name).write_text("this is not a database file\n" * 100)
        with pytest.raises(ConnectionFailed):
            run_query(get_database(str(tmp_path / name)), "SELECT 1")


def test_unreachable_postgres_is_connection_failed():
    db = Database("postgresql://nobody:pw@127.0.0.1:1/none")
    with pytest.raises(ConnectionFailed) as info:
        db.allowed_tables()
    assert "pw@" not in str(info.value)


def test_postgres_transaction_is_read_only_with_timeouts(pg_demo_url):
    db = get_database(pg_demo_url)
    assert db.allowed_tables() == {"superstore"}
    assert _raw(db, "SHOW transaction_read_only") == [("on",)]
    with db.raw_connection() as con, db.interrupt_after(con, 2.5):
        cur = con.cursor()
        cur.execute("SHOW statement_timeout")
        assert cur.fetchone()[0] == "2500ms"
        cur.execute("SHOW lock_timeout")
        assert cur.fetchone()[0] != "0"


def test_postgres_superuser_connection_is_still_read_only(pg_admin_demo_url):
    """A superuser URL still gets read-only transactions, even after a smuggled COMMIT."""
    db = get_database(pg_admin_demo_url)
    with db.raw_connection() as con, pytest.raises(Exception):  # noqa: B017
        con.cursor().execute("SELECT 1; COMMIT; CREATE TABLE smuggled (x int)")
    assert db.allowed_tables(refresh=True) == {"superstore"}
    assert db.fetch_internal("SELECT count(*) FROM superstore") == [(10_000,)]


def test_schema_is_introspected_once_and_refreshable(demo_url):
    pytest.importorskip("db.schema")
    db = get_database(demo_url)
    first = db.schema()
    assert db.schema() is first
    assert "superstore" in first.tables
    assert db.schema(refresh=True) is not first
