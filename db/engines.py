"""Read-only database engines: one `Database` per URL, with the engine's own limits.

Every connection handed out here is read-only at the database level, whatever SQL is sent through it:

- DuckDB: `read_only=True`, no file system / extension access, memory and thread limits, configuration locked,
  one cached connection per file and a fresh `.cursor()` per query; non-SELECT statements are refused.
- SQLite: `file:...?mode=ro`, an authorizer allowing only reads of allowed tables and allow-listed functions,
  a progress handler enforcing the time limit, a SQL length limit.
- PostgreSQL: SQLAlchemy pool; every query in a `READ ONLY` transaction with `SET LOCAL statement_timeout` and
  `lock_timeout`, always rolled back. Connect with a read-only role for full safety.
- Other SQLAlchemy dialects: best effort, a transaction that is always rolled back.

Example:
    >>> db = get_database("duckdb:///data/superstore.duckdb")    # doctest: +SKIP
    >>> sorted(db.allowed_tables())                               # doctest: +SKIP
    ['superstore']
    >>> db.fetch_internal("SELECT count(*) FROM superstore")       # doctest: +SKIP
    [(10000,)]
"""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.errors import AppError, ConnectionFailed, InputError, UnsafeSQLError
from settings import DEMO_DB_PATH, Settings, get_settings

log = logging.getLogger("db.engines")

SQLGLOT_DIALECTS = {
    "duckdb": "duckdb",
    "sqlite": "sqlite",
    "postgresql": "postgres",
    "mysql": "mysql",
    "mariadb": "mysql",
    "mssql": "tsql",
    "oracle": "oracle",
    "snowflake": "snowflake",
    "bigquery": "bigquery",
    "redshift": "redshift",
    "trino": "trino",
    "clickhouse": "clickhouse",
}

# Used when db/guard.py has no ALLOWED_FUNCTIONS; also always allowed on SQLite (plain, side-effect free).
_SQLITE_BASE_FUNCTIONS = frozenset(
    """abs avg ceil ceiling coalesce count cume_dist date datetime dense_rank exp first_value floor glob
    group_concat hex ifnull iif instr julianday lag last_value lead length like likelihood ln log log10 log2 lower
    ltrim max min mod nth_value ntile nullif percent_rank pi power pow printf format quote rank replace round
    row_number rtrim sign sqrt string_agg strftime substr substring sum time total trim typeof unicode unixepoch
    upper char concat concat_ws timediff median""".split()
)
_SQLITE_DENIED_FUNCTIONS = frozenset(
    {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "zeroblob", "randomblob", "sqlite_offset"}
)
# PRAGMAs schema introspection may read through fetch_internal (SQLite).
_SQLITE_INTERNAL_PRAGMAS = frozenset(
    {"table_info", "table_xinfo", "foreign_key_list", "index_list", "index_info", "index_xinfo", "table_list"}
)
_SQLITE_PROGRESS_STEPS = 20_000  # VM instructions between two deadline checks


@dataclass
class Deadline:
    """The time limit of one query; `fired` is True once it ran out (the query was then interrupted)."""

    seconds: float | None
    fired: bool = False
    _done: threading.Event = field(default_factory=threading.Event, repr=False)

    def expired(self, start: float) -> bool:
        """True (and `fired` set) when `seconds` have passed since `start` (time.monotonic)."""
        if self.seconds is not None and time.monotonic() - start > self.seconds:
            self.fired = True
        return self.fired


def _watchdog(deadline: Deadline, stop_query, repeat_s: float = 0.1) -> threading.Thread | None:
    """Call `stop_query()` once `deadline.seconds` pass, then every `repeat_s` until the query ends."""
    if deadline.seconds is None:
        return None

    def watch() -> None:
        if deadline._done.wait(deadline.seconds):
            return
        deadline.fired = True
        while True:
            try:
                stop_query()
            except Exception:  # the connection may already be gone
                log.debug("interrupt failed", exc_info=True)
            if deadline._done.wait(repeat_s):
                return

    thread = threading.Thread(target=watch, name="query-deadline", daemon=True)
    thread.start()
    return thread


def _load_allowed_functions() -> frozenset[str]:
    """ALLOWED_FUNCTIONS of db/guard.py (lower-case) plus the SQLite basics, minus dangerous ones."""
    try:
        from db.guard import ALLOWED_FUNCTIONS  # lazy: written by another module, may not exist yet
    except Exception:
        ALLOWED_FUNCTIONS = ()
    names = {str(n).lower() for n in ALLOWED_FUNCTIONS} | _SQLITE_BASE_FUNCTIONS
    return frozenset(names - _SQLITE_DENIED_FUNCTIONS)


class _DuckDBConnection:
    """A per-query DuckDB connection (a `.cursor()` of the cached one) that runs only single SELECT statements.

    `.cursor()` returns itself so that `interrupt()` reaches the statement being run.
    """

    def __init__(self, con):
        self._con = con

    def cursor(self) -> _DuckDBConnection:
        return self

    def execute(self, sql: str, params=None) -> _DuckDBConnection:
        import duckdb

        statements = self._con.extract_statements(sql)
        if len(statements) != 1:
            raise UnsafeSQLError("exactly one statement is allowed", layer="database")
        if statements[0].type != duckdb.StatementType.SELECT:
            raise UnsafeSQLError(f"{statements[0].type.name} statements are not allowed", layer="database")
        self._con.execute(sql, params)
        return self

    @property
    def description(self):
        return self._con.description

    def fetchall(self) -> list[tuple]:
        return self._con.fetchall()

    def fetchmany(self, size: int) -> list[tuple]:
        return self._con.fetchmany(size)

    def fetchone(self):
        return self._con.fetchone()

    def interrupt(self) -> None:
        self._con.interrupt()

    def close(self) -> None:
        self._con.close()


# One DuckDB connection per file for the whole process (DuckDB refuses a second configuration of a file).
_DUCKDB_CONNECTIONS: dict[str, Any] = {}
_DUCKDB_LOCK = threading.Lock()


def _duckdb_connection(path: Path, settings: Settings):
    """The cached read-only, locked-down DuckDB connection of `path`."""
    import duckdb

    key = str(path.resolve())
    with _DUCKDB_LOCK:
        con = _DUCKDB_CONNECTIONS.get(key)
        if con is not None:
            return con
        if not path.is_file():
            raise ConnectionFailed(f"database file not found: {path.name}")
        config = {
            "enable_external_access": False,
            "autoload_known_extensions": False,
            "autoinstall_known_extensions": False,
            "allow_community_extensions": False,
            "memory_limit": settings.duckdb_memory_limit,
            "threads": settings.duckdb_threads,
        }
        try:
            con = duckdb.connect(key, read_only=True, config=config)
            con.execute("SET lock_configuration = true")
        except duckdb.Error as exc:
            raise ConnectionFailed(f"cannot open DuckDB file {path.name}: {str(exc).splitlines()[0]}") from exc
        _DUCKDB_CONNECTIONS[key] = con
        return con


def _close_duckdb(path: Path) -> None:
    with _DUCKDB_LOCK:
        con = _DUCKDB_CONNECTIONS.pop(str(path.resolve()), None)
    if con is not None:
        con.close()


def _file_url_kind(url: str) -> str | None:
    """'duckdb' / 'sqlite' for a bare file path given instead of a URL, else None."""
    suffix = Path(url).suffix.lower()
    if suffix in {".duckdb", ".ddb"}:
        return "duckdb"
    if suffix in {".sqlite", ".sqlite3", ".db"}:
        return "sqlite"
    return None


class Database:
    """One analysed database. Use `get_database(url)` (cached) rather than this constructor.

    >>> db = Database("sqlite:///data/example.sqlite")   # doctest: +SKIP
    >>> db.kind, db.sqlglot_dialect
    ('sqlite', 'sqlite')
    """

    def __init__(self, url: str, allowed_tables: set[str] | list[str] | None = None, settings: Settings | None = None):
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        self.settings = settings or get_settings()
        if "://" not in url and _file_url_kind(url):
            url = f"{_file_url_kind(url)}:///{url}"
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise InputError("this is not a database URL (expected e.g. postgresql://user@host/db)") from exc
        self.url = url
        self.kind = parsed.get_backend_name()
        if parsed.drivername == "postgresql":  # SQLAlchemy 2.1 defaults to psycopg 3; psycopg2 is the pinned driver
            parsed = parsed.set(drivername="postgresql+psycopg2")
        self._sa_url = parsed
        self.sqlglot_dialect = SQLGLOT_DIALECTS.get(self.kind, self.kind)
        self.display_url = parsed.render_as_string(hide_password=True)
        self.path: Path | None = Path(parsed.database) if self.kind in {"duckdb", "sqlite"} else None
        if self.kind in {"duckdb", "sqlite"} and (not parsed.database or parsed.database == ":memory:"):
            raise InputError("give the path of a database file (in-memory databases cannot be analysed)")
        self._restrict = {t.strip().lower() for t in allowed_tables if t.strip()} if allowed_tables else None
        if self._restrict is None and self.settings.allowed_tables.strip():
            self._restrict = {t.strip().lower() for t in self.settings.allowed_tables.split(",") if t.strip()}
        self._allowed: frozenset[str] | None = None
        self._schema = None
        self._lock = threading.Lock()
        self._schema_lock = threading.RLock()
        self._sa_engine = None
        self._functions: frozenset[str] | None = None

    def __repr__(self) -> str:
        return f"Database({self.display_url!r})"

    # ---- connections -------------------------------------------------------------------------------------

    @contextmanager
    def raw_connection(self) -> Iterator[Any]:
        """A read-only DB-API connection with the engine's limits; closed / rolled back on exit.

        Use with `interrupt_after(con, seconds)` for the time limit.

        >>> with db.raw_connection() as con:                        # doctest: +SKIP
        ...     cur = con.cursor(); cur.execute("SELECT 1"); cur.fetchall()
        [(1,)]
        """
        opener = {"duckdb": self._duckdb_raw, "sqlite": self._sqlite_raw, "postgresql": self._pg_raw}
        with opener.get(self.kind, self._generic_raw)() as con:
            yield con

    @contextmanager
    def interrupt_after(self, con, seconds: float | None) -> Iterator[Deadline]:
        """Stop the query running on `con` (from `raw_connection`) once `seconds` pass; yields a `Deadline`.

        DuckDB: `interrupt()` from a watchdog thread. SQLite: progress handler + `interrupt()`.
        PostgreSQL: `SET LOCAL statement_timeout` plus a client-side `cancel()` one second later as a backstop.
        Other dialects: best effort (`cancel()` when the driver has it).
        """
        deadline = Deadline(seconds if seconds and seconds > 0 else None)
        start = time.monotonic()
        stop = self._stopper(con, deadline, start)
        watcher = _watchdog(deadline, stop) if stop else None
        try:
            yield deadline
        finally:
            deadline._done.set()
            if self.kind == "sqlite":
                con.set_progress_handler(None, 0)
            if watcher is not None:
                watcher.join(timeout=1)

    def _stopper(self, con, deadline: Deadline, start: float):
        """The function the watchdog calls to stop the query on `con` (None: nothing to call)."""
        if deadline.seconds is None:
            return None
        if self.kind == "duckdb":
            return con.interrupt
        if self.kind == "sqlite":
            con.set_progress_handler(lambda: 1 if deadline.expired(start) else 0, _SQLITE_PROGRESS_STEPS)
            return con.interrupt
        if self.kind == "postgresql":
            ms = max(1, int(deadline.seconds * 1000))
            cur = con.cursor()
            cur.execute(f"SET LOCAL statement_timeout = {ms}")
            cur.close()
            driver = con.driver_connection
            return _delayed(driver.cancel, 1.0)
        driver = getattr(con, "driver_connection", con)
        return getattr(driver, "cancel", None)

    def fetch_internal(self, sql: str, params: Any = None) -> list[tuple]:
        """Run the app's own read-only metadata query (schema introspection); never for user SQL.

        Same read-only connection and time limit as user queries, but not restricted to allowed tables
        (SQLite: may read `sqlite_master` and metadata PRAGMAs such as `pragma_table_info`).

        >>> db.fetch_internal("SELECT count(*) FROM superstore")   # doctest: +SKIP
        [(10000,)]
        """
        return self.fetch_internal_with_columns(sql, params)[1]

    def fetch_internal_with_columns(self, sql: str, params: Any = None) -> tuple[list[str], list[tuple]]:
        """Like `fetch_internal`, also returning the column names."""
        with self._internal_connection() as con, self.interrupt_after(con, self.settings.query_timeout_s):
            cur = con.cursor()
            if params is None:
                cur.execute(sql)
            else:
                cur.execute(sql, params)
            columns = [d[0] for d in cur.description or []]
            return columns, [tuple(r) for r in cur.fetchall()]

    @contextmanager
    def _internal_connection(self) -> Iterator[Any]:
        if self.kind == "duckdb":
            con = self._duckdb_cursor()
            try:
                yield con
            finally:
                con.close()
        elif self.kind == "sqlite":
            with self._sqlite_raw(internal=True) as con:
                yield con
        else:
            with self.raw_connection() as con:
                yield con

    @property
    def sa_engine(self):
        """The SQLAlchemy engine (PostgreSQL and other SQLAlchemy dialects; None for DuckDB/SQLite)."""
        if self.kind in {"duckdb", "sqlite"}:
            return None
        with self._lock:
            if self._sa_engine is None:
                self._sa_engine = self._make_sa_engine()
        return self._sa_engine

    def close(self) -> None:
        """Release this database's connections (DuckDB: the cached per-file connection too)."""
        if self.kind == "duckdb" and self.path is not None:
            _close_duckdb(self.path)
        if self._sa_engine is not None:
            self._sa_engine.dispose()
            self._sa_engine = None

    # ---- tables and schema -------------------------------------------------------------------------------

    def allowed_tables(self, refresh: bool = False) -> set[str]:
        """Lower-case names of the user tables (and views) queries may read; never system catalogs.

        >>> get_database(None).allowed_tables()                     # doctest: +SKIP
        {'superstore'}
        """
        if self._allowed is None or refresh:
            tables = self._user_tables()
            if self._restrict is not None:
                unknown = self._restrict - tables
                if unknown:
                    log.warning("allowed_tables: unknown tables ignored: %s", ",".join(sorted(unknown)))
                tables &= self._restrict
            self._allowed = frozenset(tables)
        return set(self._allowed)

    def schema(self, refresh: bool = False):
        """The introspected `db.schema.Schema` of the allowed tables, cached (refresh=True re-reads it)."""
        with self._schema_lock:
            if self._schema is None or refresh:
                from db.schema import introspect  # lazy: db.schema imports this module

                if refresh:
                    self.allowed_tables(refresh=True)
                self._schema = introspect(self)
            return self._schema

    def _user_tables(self) -> set[str]:
        queries = {
            "duckdb": "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND NOT temporary "
            "AND database_name = current_database() AND schema_name = current_schema() "
            "UNION SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary "
            "AND database_name = current_database() AND schema_name = current_schema()",
            "sqlite": "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\'",
            "postgresql": "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = ANY (current_schemas(false)) "
            "AND table_schema NOT IN ('pg_catalog', 'information_schema')",
        }
        if self.kind in queries:
            try:
                return {str(r[0]).lower() for r in self.fetch_internal(queries[self.kind])}
            except AppError:
                raise
            except Exception as exc:  # e.g. not a database file, no privileges on the catalog
                raise ConnectionFailed(f"cannot list the tables of {self.display_url}: {_first_line(exc)}") from exc
        from sqlalchemy import inspect

        try:
            insp = inspect(self.sa_engine)
            return {n.lower() for n in insp.get_table_names() + insp.get_view_names()}
        except Exception as exc:
            raise ConnectionFailed(f"cannot list tables of {self.display_url}: {_first_line(exc)}") from exc

    # ---- DuckDB ------------------------------------------------------------------------------------------

    def _duckdb_cursor(self):
        if not self.path.exists() and self.path.resolve() == DEMO_DB_PATH.resolve():
            from db.demo import ensure_demo_db  # lazy: written by another module

            ensure_demo_db(self.path)
        base = _duckdb_connection(self.path, self.settings)
        with _DUCKDB_LOCK:
            return base.cursor()

    @contextmanager
    def _duckdb_raw(self) -> Iterator[_DuckDBConnection]:
        con = _DuckDBConnection(self._duckdb_cursor())
        try:
            yield con
        finally:
            con.close()

    # ---- SQLite ------------------------------------------------------------------------------------------

    @contextmanager
    def _sqlite_raw(self, internal: bool = False) -> Iterator[sqlite3.Connection]:
        if not self.path.is_file():
            raise ConnectionFailed(f"database file not found: {self.path.name}")
        try:
            con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ConnectionFailed(f"cannot open SQLite file {self.path.name}: {exc}") from exc
        try:
            if not internal:
                self._limit_sqlite(con)
            con.set_authorizer(self._sqlite_internal_authorizer if internal else self._sqlite_authorizer())
            yield con
        finally:
            con.close()

    def _limit_sqlite(self, con: sqlite3.Connection) -> None:
        setlimit = getattr(con, "setlimit", None)
        if setlimit is None:
            return
        # The guard regenerates (and LIMIT-wraps) the SQL, so leave room above MAX_SQL_CHARS.
        setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, max(1000, self.settings.max_sql_chars * 2 + 200))
        setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)

    def _sqlite_authorizer(self):
        """Allow reads of allowed tables, SELECT, allow-listed functions and recursive CTEs; deny all else."""
        allowed = self.allowed_tables()
        if self._functions is None:
            self._functions = _load_allowed_functions()
        functions = self._functions

        def authorize(action, arg1, arg2, db_name, trigger):
            if action == sqlite3.SQLITE_SELECT or action == sqlite3.SQLITE_RECURSIVE:
                return sqlite3.SQLITE_OK
            if action == sqlite3.SQLITE_READ:
                return sqlite3.SQLITE_OK if (arg1 or "").lower() in allowed else sqlite3.SQLITE_DENY
            if action == sqlite3.SQLITE_FUNCTION:
                return sqlite3.SQLITE_OK if (arg2 or "").lower() in functions else sqlite3.SQLITE_DENY
            return sqlite3.SQLITE_DENY

        return authorize

    @staticmethod
    def _sqlite_internal_authorizer(action, arg1, arg2, db_name, trigger):
        """Metadata reads: any table (sqlite_master too), functions, table-valued metadata PRAGMAs."""
        if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE):
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_FUNCTION:
            return sqlite3.SQLITE_DENY if (arg2 or "").lower() in _SQLITE_DENIED_FUNCTIONS else sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _SQLITE_INTERNAL_PRAGMAS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
            return sqlite3.SQLITE_OK  # SQLite reports this while preparing pragma_*() table-valued functions
        return sqlite3.SQLITE_DENY

    # ---- PostgreSQL and other SQLAlchemy dialects ---------------------------------------------------------

    def _make_sa_engine(self):
        from sqlalchemy import create_engine, event
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        kwargs: dict[str, Any] = {"pool_pre_ping": True}
        if self.kind == "postgresql":
            pool_min = max(1, self.settings.pg_pool_min)
            kwargs.update(
                pool_size=pool_min,
                max_overflow=max(0, self.settings.pg_pool_max - pool_min),
                pool_timeout=max(1.0, self.settings.query_timeout_s),
                connect_args={"connect_timeout": 10, "application_name": "talk-to-data"},
            )
        try:
            engine = create_engine(self._sa_url, **kwargs)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise ConnectionFailed(f"unsupported database URL {self.display_url}: {_first_line(exc)}") from exc
        if self.kind == "postgresql":
            event.listen(engine, "connect", _pg_session_read_only)
        return engine

    def _checkout(self):
        try:
            return self.sa_engine.raw_connection()
        except Exception as exc:
            raise ConnectionFailed(f"cannot connect to {self.display_url}: {_first_line(exc)}") from exc

    @contextmanager
    def _pg_raw(self) -> Iterator[Any]:
        con = self._checkout()
        try:
            timeout_ms = max(1, int(self.settings.query_timeout_s * 1000))
            lock_ms = max(1, int(min(self.settings.query_timeout_s, 5) * 1000))
            cur = con.cursor()
            cur.execute(  # one round trip
                f"SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = {timeout_ms}; "
                f"SET LOCAL lock_timeout = {lock_ms}; SET LOCAL idle_in_transaction_session_timeout = 60000"
            )
            cur.close()
            yield con
        finally:
            _rollback_and_close(con)

    @contextmanager
    def _generic_raw(self) -> Iterator[Any]:
        con = self._checkout()
        try:
            yield con
        finally:
            _rollback_and_close(con)


def _pg_session_read_only(dbapi_connection, connection_record) -> None:
    """New PostgreSQL connections default to read-only transactions (defence in depth)."""
    cur = dbapi_connection.cursor()
    cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    row = cur.fetchone()
    cur.close()
    dbapi_connection.commit()
    if row and row[0]:
        log.warning("connected to PostgreSQL as a superuser; use a read-only role for analysed databases")


def _rollback_and_close(con) -> None:
    try:
        con.rollback()
    except Exception:
        log.debug("rollback failed", exc_info=True)
    try:
        con.close()
    except Exception:
        log.debug("close failed", exc_info=True)


def _delayed(fn, delay_s: float):
    """A stopper that calls `fn` only from the `delay_s`-th second after the deadline on (a backstop)."""
    first: list[float] = []

    def stop() -> None:
        now = time.monotonic()
        if not first:
            first.append(now)
        if now - first[0] >= delay_s:
            fn()

    return stop


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


# ---- the cache ---------------------------------------------------------------------------------------------

_DATABASES: dict[tuple[str, frozenset[str] | None], Database] = {}
_DATABASES_LOCK = threading.Lock()


def get_database(url: str | None, allowed_tables: set[str] | list[str] | None = None) -> Database:
    """The cached `Database` of `url` (None or "" = the demo DuckDB file, built if missing).

    >>> db = get_database(None)                  # doctest: +SKIP
    >>> db.kind, db.sqlglot_dialect, db.display_url
    ('duckdb', 'duckdb', 'duckdb:///.../data/superstore.duckdb')
    """
    if not url:
        from db.demo import ensure_demo_db  # lazy: written by another module

        ensure_demo_db(DEMO_DB_PATH)  # built now, as documented: a scorer may read the file before any query runs
        url = f"duckdb:///{DEMO_DB_PATH}"
    restrict = frozenset(t.strip().lower() for t in allowed_tables if t.strip()) if allowed_tables else None
    key = (url.strip(), restrict)
    with _DATABASES_LOCK:
        db = _DATABASES.get(key)
        if db is None:
            db = Database(url.strip(), allowed_tables=restrict)
            _DATABASES[key] = db
        return db


def close_database(url: str) -> None:
    """Forget every cached `Database` of `url` and close its connections (e.g. before rewriting a DuckDB file)."""
    with _DATABASES_LOCK:
        keys = [k for k in _DATABASES if k[0] == url.strip()]
        dbs = [_DATABASES.pop(k) for k in keys]
    for db in dbs:
        db.close()


def close_all() -> None:
    """Close every cached database and DuckDB connection (tests, shutdown)."""
    with _DATABASES_LOCK:
        dbs = list(_DATABASES.values())
        _DATABASES.clear()
    for db in dbs:
        db.close()
    with _DUCKDB_LOCK:
        cons = list(_DUCKDB_CONNECTIONS.values())
        _DUCKDB_CONNECTIONS.clear()
    for con in cons:
        con.close()
