"""THE one execute path: guard -> read-only connection -> time limit -> at most max_rows rows.

Example:
    >>> from db.engines import get_database
    >>> r = run_query(get_database(None), "SELECT region, SUM(sales) AS sales FROM superstore GROUP BY 1",
    ...               max_rows=2)                                     # doctest: +SKIP
    >>> r.row_count, r.truncated
    (2, True)
"""
from __future__ import annotations

import decimal
import logging
import sqlite3
import time
from dataclasses import dataclass

import pandas as pd

from db.engines import Database
from db.errors import AppError, ConnectionFailed, InputError, QueryError, QueryTimeout, UnsafeSQLError
from db.guard import check_sql

log = logging.getLogger("db.executor")

_MESSAGE_MAX = 300
# Phrases of driver errors that mean "the connection's read-only limits refused this".
_REFUSED_PHRASES = ("not authorized", "attempt to write a readonly database", "read-only mode", "read-only transaction",
                    "permission denied", "file system operations are disabled", "disabled through configuration",
                    "disabled by configuration", "configuration has been locked")
# Phrases of driver errors that mean "the query was stopped".
_STOPPED_PHRASES = ("interrupt error", "canceling statement due to statement timeout",
                    "canceling statement due to user request", "canceling statement due to lock timeout")


@dataclass
class QueryResult:
    """The rows of one executed query (at most max_rows) and how it went."""

    data: pd.DataFrame
    sql: str  # what ran: the guarded, row-capped SQL
    truncated: bool  # more than max_rows rows existed
    elapsed_ms: float
    row_count: int
    sql_hash: str = ""


def run_query(db: Database, sql: str, *, max_rows: int | None = None, timeout_s: float | None = None) -> QueryResult:
    """Check `sql` with the guard and run it read-only within `timeout_s`, returning at most `max_rows` rows.

    Raises `UnsafeSQLError` (guard or database refused it), `QueryTimeout`, `QueryError`, `ConnectionFailed`;
    never a driver exception. Thread-safe.

    >>> run_query(get_database(None), "SELECT count(*) AS n FROM superstore").data.n[0]   # doctest: +SKIP
    10000
    """
    max_rows = db.settings.max_rows if max_rows is None else int(max_rows)
    timeout_s = db.settings.query_timeout_s if timeout_s is None else float(timeout_s)
    if max_rows < 0:
        raise InputError("max_rows must be 0 or more")
    guarded = check_sql(sql, dialect=db.sqlglot_dialect, allowed_tables=db.allowed_tables(), max_rows=max_rows)
    start = time.perf_counter()
    status, rows = "error", 0
    try:
        columns, records = _execute(db, guarded.sql, max_rows + 1, timeout_s)
        truncated = len(records) > max_rows
        records = records[:max_rows]
        status, rows = "ok", len(records)
    except AppError as exc:
        status = type(exc).__name__
        raise
    finally:
        elapsed_ms = (time.perf_counter() - start) * 1000
        log.info("query engine=%s sql_hash=%s status=%s ms=%.1f rows=%d", db.kind, guarded.sql_hash[:12],
                 status, elapsed_ms, rows)
    return QueryResult(data=_frame(columns, records), sql=guarded.sql, truncated=truncated,
                       elapsed_ms=round(elapsed_ms, 3), row_count=len(records), sql_hash=guarded.sql_hash)


def _execute(db: Database, sql: str, fetch: int, timeout_s: float) -> tuple[list[str], list[tuple]]:
    """Run `sql` on a read-only connection of `db`; driver errors become app errors."""
    deadline = None
    try:
        with db.raw_connection() as con, db.interrupt_after(con, timeout_s) as deadline:
            cur = con.cursor()
            cur.execute(sql)
            columns = [d[0] for d in cur.description or []]
            return columns, [tuple(r) for r in cur.fetchmany(fetch)]
    except AppError:
        raise
    except Exception as exc:
        raise _translate(exc, timed_out=bool(deadline and deadline.fired), timeout_s=timeout_s) from None


def _translate(exc: Exception, *, timed_out: bool, timeout_s: float) -> AppError:
    """The app error for a driver exception (DuckDB, sqlite3, psycopg2, any DB-API driver)."""
    text = _short(exc)
    low = text.lower()
    code = getattr(exc, "pgcode", None) or ""
    if code == "55P03" or "canceling statement due to lock timeout" in low:
        return QueryTimeout("waited too long for a table locked by another session")
    if timed_out or code == "57014" or type(exc).__name__ == "InterruptException" \
            or low == "interrupted" or any(p in low for p in _STOPPED_PHRASES):
        return QueryTimeout(f"time limit {timeout_s:g} s")
    if code in {"25006", "42501"} or type(exc).__name__ == "PermissionException" \
            or any(p in low for p in _REFUSED_PHRASES):
        return UnsafeSQLError(f"the database refused it ({text})", layer="database")
    if code.startswith("08") or _is_connection_error(exc):
        return ConnectionFailed(text)
    return QueryError(text)


def _is_connection_error(exc: Exception) -> bool:
    """psycopg2 and friends raise OperationalError without a SQLSTATE when the connection is lost."""
    if isinstance(exc, sqlite3.Error):
        return False
    return type(exc).__name__ == "OperationalError" and not getattr(exc, "pgcode", None)


def _short(exc: Exception) -> str:
    """The first paragraph of a driver message, on one line, at most _MESSAGE_MAX characters."""
    text = str(exc).strip() or type(exc).__name__
    paragraph = text.split("\n\n")[0]
    lines = [ln.strip() for ln in paragraph.splitlines() if ln.strip() and not ln.strip().startswith(("LINE ", "^"))]
    one = " ".join(lines) or type(exc).__name__
    return one if len(one) <= _MESSAGE_MAX else one[: _MESSAGE_MAX - 3] + "..."


def _frame(columns: list[str], records: list[tuple]) -> pd.DataFrame:
    """A DataFrame with unique column names; all-Decimal columns become floats."""
    df = pd.DataFrame.from_records(records, columns=_unique(columns)) if columns else pd.DataFrame()
    for name in df.columns:
        if df[name].dtype == object:
            values = df[name].dropna()
            if len(values) and all(isinstance(v, decimal.Decimal) for v in values):
                df[name] = df[name].astype(float)
    return df


def _unique(columns: list[str]) -> list[str]:
    """Column names made unique: `x, x` -> `x, x_2`."""
    seen: dict[str, int] = {}
    out = []
    for name in columns:
        name = str(name)
        if name in seen:
            seen[name] += 1
            candidate = f"{name}_{seen[name]}"
            while candidate in seen:
                seen[name] += 1
                candidate = f"{name}_{seen[name]}"
            name = candidate
        seen.setdefault(name, 1)
        out.append(name)
    return out
