"""db.executor.run_query on real DuckDB, SQLite and PostgreSQL databases (fixtures in conftest.py).

Prints how far past the time limit a runaway query ran (`pytest -s tests/test_executor.py -k runaway`).
"""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from db.engines import get_database
from db.errors import ConnectionFailed, InputError, QueryError, QueryTimeout, UnsafeSQLError, user_message
from db.executor import QueryResult, run_query

ENGINES = ["duckdb", "sqlite", "postgresql"]
# ~10^12 row combinations: no engine finishes this in a test's lifetime, none can optimise it away.
RUNAWAY = ("SELECT count(*) AS n FROM superstore a, superstore b, superstore c "
           "WHERE a.sales * b.quantity > c.sales * c.quantity + a.discount")
REGION_SALES = ("SELECT region, round(sum(sales)) AS sales, count(*) AS n FROM superstore "
                "GROUP BY region ORDER BY region")


@pytest.fixture(params=ENGINES)
def engine_url(request) -> str:
    """The demo data on each engine; PostgreSQL through a read-only role."""
    if request.param == "duckdb":
        return request.getfixturevalue("demo_url")
    if request.param == "sqlite":
        return f"sqlite:///{request.getfixturevalue('sqlite_demo')}"
    return request.getfixturevalue("pg_demo_url")


def test_correct_results_on_every_engine(engine_url, demo_url):
    db = get_database(engine_url)
    result = run_query(db, REGION_SALES)
    assert isinstance(result, QueryResult)
    assert list(result.data.columns) == ["region", "sales", "n"]
    assert result.row_count == len(result.data) == 4 and not result.truncated
    assert result.data["n"].sum() == 10_000
    assert "LIMIT" in result.sql.upper() and result.elapsed_ms > 0
    reference = run_query(get_database(demo_url), REGION_SALES).data
    assert list(result.data["region"]) == list(reference["region"])
    assert result.data["sales"].astype(float).tolist() == pytest.approx(reference["sales"].astype(float).tolist(),
                                                                        abs=1.0)


def test_truncated_flag_at_max_rows(engine_url):
    db = get_database(engine_url)
    capped = run_query(db, "SELECT row_id FROM superstore ORDER BY row_id", max_rows=5)
    assert capped.truncated and capped.row_count == 5 and list(capped.data["row_id"]) == [1, 2, 3, 4, 5]
    exact = run_query(db, "SELECT row_id FROM superstore ORDER BY row_id LIMIT 5", max_rows=5)
    assert not exact.truncated and exact.row_count == 5
    everything = run_query(db, "SELECT row_id FROM superstore", max_rows=10_000)
    assert not everything.truncated and everything.row_count == 10_000


def test_guard_refuses_before_the_database(engine_url):
    with pytest.raises(UnsafeSQLError) as info:
        run_query(get_database(engine_url), "DELETE FROM superstore")
    assert info.value.layer != "database"
    assert run_query(get_database(engine_url), "SELECT count(*) AS n FROM superstore").data["n"][0] == 10_000


def test_database_errors_are_short_query_errors(engine_url):
    with pytest.raises(QueryError) as info:
        run_query(get_database(engine_url), "SELECT no_such_column FROM superstore")
    message = user_message(info.value)
    assert "no_such_column" in message and "Traceback" not in message and len(message) < 400


def _raw_write_attempts(kind: str, tmp_path) -> list[str]:
    target = tmp_path / f"out_{kind}.csv"
    common = ["INSERT INTO superstore (row_id) VALUES (-1)", "CREATE TABLE stolen (x INT)",
              "UPDATE superstore SET sales = 0", "DROP TABLE superstore"]
    per_engine = {
        "duckdb": [f"COPY superstore TO '{target}'", f"COPY (SELECT 1) TO '{target}'", "CREATE TEMP TABLE t (x INT)",
                   f"ATTACH '{tmp_path / 'x.duckdb'}' AS x", "SET threads = 1", "INSTALL httpfs",
                   f"SELECT * FROM read_csv('{tmp_path}/*.csv')"],
        "sqlite": [f"ATTACH DATABASE '{tmp_path / 'x.db'}' AS x", "PRAGMA journal_mode = WAL",
                   "CREATE TEMP TABLE t (x INT)", "SELECT * FROM sqlite_master", "SELECT load_extension('x')"],
        "postgresql": [f"COPY superstore TO '{target}'", f"COPY (SELECT 1) TO PROGRAM 'touch {target}'",
                       "CREATE TEMP TABLE t (x INT)", "SELECT pg_read_file('/etc/hostname')",
                       "SELECT 1; COMMIT; CREATE TABLE stolen (x INT)"],
    }
    return common + per_engine[kind]


def test_writes_impossible_on_the_raw_connection(engine_url, tmp_path):
    """Even with the guard bypassed, the engine's connection refuses writes, files and settings."""
    db = get_database(engine_url)
    for sql in _raw_write_attempts(db.kind, tmp_path):
        with db.raw_connection() as con, pytest.raises(Exception):  # noqa: B017 - any driver error is a refusal
            cur = con.cursor()
            cur.execute(sql)
            cur.fetchall()
    assert list(tmp_path.iterdir()) == []
    assert db.allowed_tables(refresh=True) == {"superstore"}
    assert run_query(db, "SELECT count(*) AS n FROM superstore").data["n"][0] == 10_000


def test_duckdb_file_itself_is_read_only_below_the_statement_check(demo_url, tmp_path):
    db = get_database(demo_url)
    cur = db._duckdb_cursor()  # the underlying DuckDB connection, without the SELECT-only wrapper
    try:
        for sql in ["INSERT INTO superstore (row_id) VALUES (-1)", "CREATE TABLE stolen (x INT)",
                    f"COPY superstore TO '{tmp_path / 'x.csv'}'", "SET enable_external_access = true"]:
            with pytest.raises(Exception):  # noqa: B017
                cur.execute(sql)
    finally:
        cur.close()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("timeout_s", [1.0])
def test_runaway_query_is_stopped_and_next_query_works(engine_url, timeout_s):
    db = get_database(engine_url)
    start = time.monotonic()
    with pytest.raises(QueryTimeout) as info:
        run_query(db, RUNAWAY, timeout_s=timeout_s)
    elapsed = time.monotonic() - start
    print(f"\n[runaway] engine={db.kind} limit={timeout_s:.1f}s stopped_after={elapsed:.3f}s "
          f"over_limit={elapsed - timeout_s:+.3f}s")
    assert elapsed < timeout_s + 2
    assert "too long" in user_message(info.value)
    assert run_query(db, "SELECT count(*) AS n FROM superstore", timeout_s=timeout_s).data["n"][0] == 10_000


def test_runaway_does_not_disturb_concurrent_queries(engine_url):
    """The interrupt reaches only its own query: other threads keep getting answers meanwhile."""
    db = get_database(engine_url)
    outcome: dict[str, object] = {}

    def runaway() -> None:
        try:
            run_query(db, RUNAWAY, timeout_s=1.0)
        except QueryTimeout as exc:
            outcome["runaway"] = exc

    thread = threading.Thread(target=runaway)
    thread.start()
    answers = []
    while thread.is_alive() and len(answers) < 20:
        answers.append(run_query(db, "SELECT count(*) AS n FROM superstore", timeout_s=5).data["n"][0])
        time.sleep(0.05)
    thread.join(timeout=5)
    assert isinstance(outcome.get("runaway"), QueryTimeout)
    assert answers and set(answers) == {10_000}


def test_thread_safe_under_concurrency(engine_url):
    db = get_database(engine_url)

    def ask(i: int) -> tuple[int, int]:
        region = ["Central", "East", "South", "West"][i % 4]
        r = run_query(db, f"SELECT count(*) AS n FROM superstore WHERE region = '{region}'")
        return i % 4, int(r.data["n"][0])

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(ask, range(40)))
    by_region: dict[int, set[int]] = {}
    for key, n in results:
        by_region.setdefault(key, set()).add(n)
    assert all(len(counts) == 1 for counts in by_region.values())
    assert sum(next(iter(c)) for c in by_region.values()) == 10_000


def test_allowed_tables_restrict_what_runs(demo_url):
    db = get_database(demo_url, allowed_tables={"orders_only"})
    assert db.allowed_tables() == set()
    with pytest.raises(UnsafeSQLError):
        run_query(db, "SELECT count(*) FROM superstore")


def test_decimal_and_duplicate_columns_are_tidied(engine_url):
    r = run_query(get_database(engine_url), "SELECT avg(quantity) AS q, 1 AS x, 2 AS x FROM superstore")
    assert list(r.data.columns) == ["q", "x", "x_2"]
    assert r.data["q"].dtype.kind == "f"


def test_bad_inputs_give_clear_errors(tmp_path, demo_url):
    with pytest.raises(InputError):
        get_database("not a url at all")
    with pytest.raises(ConnectionFailed):
        run_query(get_database(f"duckdb:///{tmp_path / 'missing.duckdb'}"), "SELECT 1")
    with pytest.raises(ConnectionFailed):
        run_query(get_database(f"sqlite:///{tmp_path / 'missing.sqlite'}"), "SELECT 1")
    with pytest.raises(UnsafeSQLError):
        run_query(get_database(demo_url), "")
    with pytest.raises(InputError):
        run_query(get_database(demo_url), "SELECT 1", max_rows=-1)


def test_sqlite_allows_ordinary_analytics_functions(sqlite_demo):
    db = get_database(f"sqlite:///{sqlite_demo}")
    r = run_query(db, "SELECT strftime('%Y', order_date) AS year, round(avg(discount), 3) AS d, "
                      "count(DISTINCT customer_id) AS c FROM superstore WHERE lower(region) LIKE 'w%' "
                      "GROUP BY 1 ORDER BY 1")
    assert r.row_count >= 1 and r.data["year"].str.len().eq(4).all()


def test_postgres_table_locked_by_another_session_times_out(pg_demo_url, pg_admin_demo_url):
    import psycopg2
    from sqlalchemy.engine import make_url

    u = make_url(pg_admin_demo_url)
    locker = psycopg2.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database)
    try:
        locker.cursor().execute("LOCK TABLE superstore IN ACCESS EXCLUSIVE MODE")  # held until rollback
        start = time.monotonic()
        with pytest.raises(QueryTimeout):
            run_query(get_database(pg_demo_url), "SELECT count(*) FROM superstore", timeout_s=1.0)
        assert time.monotonic() - start < 3
    finally:
        locker.rollback()
        locker.close()
    assert run_query(get_database(pg_demo_url), "SELECT count(*) AS n FROM superstore").data["n"][0] == 10_000
