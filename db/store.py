"""The session store: saved, shareable conversations (every turn with its result rows, chart and insight).

A SQLite file (`data/app.db`) by default, or any SQLAlchemy URL (PostgreSQL for several replicas) through
`APP_STORE_URL`. Every write runs in one transaction -- SQLite in WAL mode with `BEGIN IMMEDIATE`, PostgreSQL
with a row lock on the session -- so a crash or a kill in the middle of a save never corrupts or loses the
sessions saved before. Session ids are unguessable (`secrets.token_urlsafe(16)`): knowing the id is what
lets someone open a shared conversation.

Example:
    >>> store = SessionStore("sqlite://")            # in-memory, for the example
    >>> sid = store.create_session("Sales by region")
    >>> store.append_turn(sid, {"question": "sales by region", "sql": "SELECT 1", "insight": "West leads."})
    0
    >>> [t["question"] for t in store.get_session(sid)["turns"]]
    ['sales by region']
"""
from __future__ import annotations

import json
import math
import re
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool

from db.errors import InputError
from settings import ROOT, get_settings

DEFAULT_STORE_PATH = ROOT / "data" / "app.db"
MAX_STORED_ROWS = 1000
MAX_RESULT_JSON_CHARS = 2_000_000
MAX_TITLE_CHARS = 120
MAX_TEXT_CHARS = 20_000
DEFAULT_TITLE = "New chat"
SESSION_ID_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_TRUNCATED_SUFFIX = "…"

metadata = sa.MetaData()

sessions_table = sa.Table(
    "sessions",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False, index=True),
    sa.Column("db_url_display", sa.Text, nullable=True),
    sa.Column("n_turns", sa.Integer, nullable=False, default=0),
)

turns_table = sa.Table(
    "turns",
    metadata,
    sa.Column("session_id", sa.String(64), sa.ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("rewritten", sa.Text),
    sa.Column("sql", sa.Text),
    sa.Column("result_json", sa.Text),
    sa.Column("chart_json", sa.Text),
    sa.Column("insight", sa.Text),
    sa.Column("confidence", sa.String(16)),
    sa.Column("engine", sa.String(200)),
    sa.Column("error", sa.Text),
    sa.Column("timings_json", sa.Text),
    sa.Column("feedback", sa.Integer),
    sa.Column("created_at", sa.String(32), nullable=False),
)


def new_session_id() -> str:
    """A fresh unguessable session id (22 URL-safe characters).

    >>> len(new_session_id())
    22
    """
    return secrets.token_urlsafe(16)


def is_valid_session_id(value: object) -> bool:
    """True when `value` looks like a session id (not whether it exists).

    >>> is_valid_session_id("abc"), is_valid_session_id(new_session_id())
    (False, True)
    """
    return isinstance(value, str) and bool(SESSION_ID_RE.match(value))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _clip(text: object, limit: int = MAX_TEXT_CHARS) -> str | None:
    if text is None:
        return None
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + _TRUNCATED_SUFFIX


def _json_value(value: object) -> object:
    """One cell as a JSON-able value (dates as ISO text, NaN as null, numpy scalars as Python numbers)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if hasattr(value, "isoformat"):  # pandas Timestamp
        try:
            return value.isoformat()
        except ValueError:  # NaT
            return None
    if hasattr(value, "item"):  # numpy scalar
        try:
            return _json_value(value.item())
        except (TypeError, ValueError):
            pass
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _dumps(value: object) -> str:
    return json.dumps(value, default=_json_value, ensure_ascii=False, allow_nan=False)


def _dtype_name(series) -> str:
    """The column's dtype; "date" for object columns holding dates (DuckDB/PostgreSQL DATE), so they come back
    as dates rather than text."""
    name = str(series.dtype)
    if name == "object":
        sample = series.dropna().head(20).tolist()
        if sample and all(isinstance(v, (date, datetime)) for v in sample):
            return "date"
    return name


def _frame_payload(frame) -> dict:
    """Rows (capped), columns and dtypes of a DataFrame."""
    columns = [str(c) for c in frame.columns]
    head = frame.head(MAX_STORED_ROWS)
    rows = [dict(zip(columns, (_json_value(v) for v in rec), strict=False)) for rec in head.itertuples(index=False)]
    dtypes = {str(c): _dtype_name(head[c]) for c in frame.columns}
    return {"columns": columns, "rows": rows, "dtypes": dtypes, "row_count": len(frame),
            "stored_rows": len(rows)}


def _records_payload(records: list, columns: list | None, dtypes: dict | None) -> dict:
    records = [r for r in records if isinstance(r, dict)]
    if columns is None:
        columns = list(records[0].keys()) if records else []
    columns = [str(c) for c in columns]
    rows = [{c: _json_value(r.get(c)) for c in columns} for r in records[:MAX_STORED_ROWS]]
    return {"columns": columns, "rows": rows, "dtypes": dict(dtypes or {}), "row_count": len(records),
            "stored_rows": len(rows)}


def result_payload(result: dict) -> dict | None:
    """The stored form of a result's table: {columns, rows (records, capped), dtypes, row_count, truncated}.

    Accepts `data` as a DataFrame, a list of records, or a dict with `columns`/`rows` (AskResult.to_dict()).

    >>> result_payload({"data": [{"region": "West", "sales": 10.0}]})["rows"]
    [{'region': 'West', 'sales': 10.0}]
    """
    data = result.get("data", result.get("rows"))
    columns = result.get("columns")
    dtypes = result.get("dtypes")
    if data is None:
        return None
    if hasattr(data, "itertuples") and hasattr(data, "columns"):
        payload = _frame_payload(data)
    elif isinstance(data, dict):
        inner = data.get("rows", data.get("data", data.get("records", [])))
        payload = _records_payload(list(inner or []), data.get("columns") or columns, data.get("dtypes") or dtypes)
    elif isinstance(data, list):
        payload = _records_payload(data, columns, dtypes)
    else:
        return None
    payload["truncated"] = bool(result.get("truncated")) or payload["row_count"] > payload["stored_rows"]
    text = _dumps(payload)
    while len(text) > MAX_RESULT_JSON_CHARS and payload["rows"]:
        payload["rows"] = payload["rows"][: len(payload["rows"]) // 2]
        payload["stored_rows"] = len(payload["rows"])
        payload["truncated"] = True
        text = _dumps(payload)
    return payload


def _chart_payload(chart: object) -> dict | None:
    if chart is None:
        return None
    if hasattr(chart, "model_dump"):
        return chart.model_dump(mode="json")
    if isinstance(chart, dict):
        return chart
    return None


def _loads(text: str | None) -> object:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _feedback_value(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in (1, -1):
        raise InputError("Feedback must be +1 (helpful), -1 (not helpful) or empty")
    return value


def _turn_row(session_id: str, idx: int, result: dict) -> dict:
    question = str(result.get("question") or "").strip()
    if not question:
        raise InputError("A saved turn needs its question")
    return {
        "session_id": session_id,
        "idx": idx,
        "question": _clip(question),
        "rewritten": _clip(result.get("rewritten_question") or result.get("rewritten")),
        "sql": _clip(result.get("sql")),
        "result_json": _dumps(payload) if (payload := _with_spec(result_payload(result), result)) is not None else None,
        "chart_json": _dumps(chart) if (chart := _chart_payload(result.get("chart"))) is not None else None,
        "insight": _clip(result.get("insight")),
        "confidence": _clip(result.get("confidence"), 16),
        "engine": _clip(result.get("engine"), 200),
        "error": _clip(result.get("error")),
        "timings_json": _dumps(result.get("timings") or {}),
        "feedback": _feedback_value(result.get("feedback")),
        "created_at": _now(),
    }


def _with_spec(payload: dict | None, result: dict) -> dict | None:
    """The structured query of the turn rides along with its table, so a conversation reopened in another
    process (a restart, another replica) still merges follow-ups."""
    if payload is not None and result.get("spec") is not None:
        payload["spec"] = result["spec"]
    return payload


def _turn_dict(row) -> dict:
    m = row._mapping
    result = _loads(m["result_json"])
    return {
        "idx": m["idx"],
        "question": m["question"],
        "rewritten_question": m["rewritten"],
        "sql": m["sql"],
        "result": result,
        "spec": result.get("spec") if isinstance(result, dict) else None,
        "chart": _loads(m["chart_json"]),
        "insight": m["insight"],
        "confidence": m["confidence"],
        "engine": m["engine"],
        "error": m["error"],
        "timings": _loads(m["timings_json"]) or {},
        "feedback": m["feedback"],
        "created_at": m["created_at"],
    }


def _session_dict(row) -> dict:
    m = row._mapping
    return {
        "id": m["id"],
        "title": m["title"],
        "created_at": m["created_at"],
        "updated_at": m["updated_at"],
        "db_url_display": m["db_url_display"],
        "n_turns": m["n_turns"],
    }


def _clean_title(title: object) -> str:
    text = " ".join(str(title or "").split())
    return _clip(text, MAX_TITLE_CHARS) or DEFAULT_TITLE


def _sqlite_engine(url: sa.URL) -> Engine:
    database = url.database or ""
    in_memory = database in ("", ":memory:")
    if not in_memory:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict = {"connect_args": {"check_same_thread": False, "timeout": 30}}
    if in_memory:
        kwargs["poolclass"] = StaticPool
    engine = sa.create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        if not in_memory:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):
        mode = conn.get_execution_options().get("store_write") and "BEGIN IMMEDIATE" or "BEGIN"
        conn.exec_driver_sql(mode)

    return engine


def _default_url() -> str:
    return get_settings().app_store_url or f"sqlite:///{DEFAULT_STORE_PATH}"


class SessionStore:
    """Saved conversations in SQLite (default `data/app.db`) or any SQLAlchemy database.

    Safe to share between threads; several processes or replicas may open the same store.

    >>> store = SessionStore("sqlite://")
    >>> store.get_session("not-a-valid-id") is None
    True
    """

    _init_lock = threading.Lock()

    def __init__(self, url: str | None = None):
        raw = url or _default_url()
        try:
            self.url = sa.make_url(raw)
        except sa.exc.ArgumentError as exc:
            raise InputError(f"The session store URL is not a valid SQLAlchemy URL: {exc}") from None
        if self.url.drivername in ("postgresql", "postgres"):  # SQLAlchemy 2.1 defaults to psycopg 3; we ship psycopg2
            self.url = self.url.set(drivername="postgresql+psycopg2")
        self.kind = self.url.get_backend_name()
        if self.kind == "sqlite":
            self.engine = _sqlite_engine(self.url)
        else:
            self.engine = sa.create_engine(self.url, pool_pre_ping=True, pool_size=2, max_overflow=3)
        self._create_tables()

    def __repr__(self) -> str:
        return f"SessionStore({self.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        """Release the connections (the data stays)."""
        self.engine.dispose()

    # -- transactions -------------------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: `BEGIN IMMEDIATE` on SQLite, a normal transaction elsewhere."""
        with self.engine.connect().execution_options(store_write=True) as conn, conn.begin():
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def _create_tables(self) -> None:
        with self._init_lock, self._write() as conn:
            if self.kind == "postgresql":  # replicas starting together: one creates, the others wait
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(724311)"))
            metadata.create_all(conn, checkfirst=True)

    # -- sessions -----------------------------------------------------------------------------------------------

    def create_session(self, title: str | None = None, db_url_display: str | None = None) -> str:
        """Create an empty conversation; returns its unguessable id.

        >>> store = SessionStore("sqlite://")
        >>> len(store.create_session())
        22
        """
        sid = new_session_id()
        now = _now()
        with self._write() as conn:
            conn.execute(sessions_table.insert().values(
                id=sid, title=_clean_title(title), created_at=now, updated_at=now,
                db_url_display=_clip(db_url_display, 500), n_turns=0,
            ))
        return sid

    def _locked_session(self, conn: Connection, session_id: str):
        if not is_valid_session_id(session_id):
            raise InputError("This session link is not valid")
        query = sa.select(sessions_table).where(sessions_table.c.id == session_id).with_for_update()
        row = conn.execute(query).first()
        if row is None:
            raise InputError("This conversation does not exist (it may have been deleted)")
        return row

    def append_turn(self, session_id: str, result: dict) -> int:
        """Save one answered (or failed) question; returns the turn's index (0, 1, ...).

        `result` is `AskResult.to_dict()` (or an AskResult); `feedback` may be preset. The session's title
        becomes the first question when it still has the default title.

        >>> store = SessionStore("sqlite://")
        >>> sid = store.create_session()
        >>> store.append_turn(sid, {"question": "total sales"}), store.get_session(sid)["title"]
        (0, 'total sales')
        """
        if hasattr(result, "to_dict"):  # an AskResult: keep its DataFrame so column types are stored too
            frame = getattr(result, "data", None)
            result = dict(result.to_dict())
            if frame is not None:
                result["data"] = frame
        if not isinstance(result, dict):
            raise InputError("A saved turn must be a result dictionary")
        with self._write() as conn:
            session = self._locked_session(conn, session_id)
            idx = conn.execute(
                sa.select(sa.func.coalesce(sa.func.max(turns_table.c.idx) + 1, 0))
                .where(turns_table.c.session_id == session_id)
            ).scalar_one()
            row = _turn_row(session_id, idx, result)
            conn.execute(turns_table.insert().values(**row))
            changes = {"updated_at": row["created_at"], "n_turns": idx + 1}
            if session._mapping["title"] == DEFAULT_TITLE:
                changes["title"] = _clean_title(row["question"])
            if result.get("db_url_display") and not session._mapping["db_url_display"]:
                changes["db_url_display"] = _clip(result["db_url_display"], 500)
            conn.execute(sessions_table.update().where(sessions_table.c.id == session_id).values(**changes))
        return idx

    def get_session(self, session_id: str) -> dict | None:
        """The conversation with its turns (oldest first), or None for an unknown or malformed id.

        >>> SessionStore("sqlite://").get_session("x" * 22) is None
        True
        """
        if not is_valid_session_id(session_id):
            return None
        with self._read() as conn:
            row = conn.execute(sa.select(sessions_table).where(sessions_table.c.id == session_id)).first()
            if row is None:
                return None
            turns = conn.execute(
                sa.select(turns_table).where(turns_table.c.session_id == session_id).order_by(turns_table.c.idx)
            ).all()
        session = _session_dict(row)
        session["turns"] = [_turn_dict(t) for t in turns]
        return session

    def turn_count(self, session_id: str) -> int | None:
        """How many turns the conversation has saved (None for an unknown id); one indexed read.

        >>> store = SessionStore("sqlite://"); sid = store.create_session()
        >>> store.turn_count(sid), store.turn_count("x" * 22)
        (0, None)
        """
        if not is_valid_session_id(session_id):
            return None
        with self._read() as conn:
            n = conn.execute(sa.select(sessions_table.c.n_turns).where(sessions_table.c.id == session_id)).scalar()
        return None if n is None else int(n)

    def list_sessions(self, limit: int = 200) -> list[dict]:
        """Conversations, most recently updated first (without their turns).

        >>> store = SessionStore("sqlite://"); _ = store.create_session("a")
        >>> [s["title"] for s in store.list_sessions()]
        ['a']
        """
        limit = max(1, min(int(limit), 10_000))
        query = sa.select(sessions_table).order_by(sessions_table.c.updated_at.desc()).limit(limit)
        with self._read() as conn:
            return [_session_dict(r) for r in conn.execute(query).all()]

    def rename_session(self, session_id: str, title: str) -> None:
        """Give a conversation a new title (blank -> "New chat"); InputError for an unknown id.

        >>> store = SessionStore("sqlite://"); sid = store.create_session()
        >>> store.rename_session(sid, "  Q3 review "); store.get_session(sid)["title"]
        'Q3 review'
        """
        with self._write() as conn:
            self._locked_session(conn, session_id)
            conn.execute(sessions_table.update().where(sessions_table.c.id == session_id)
                         .values(title=_clean_title(title), updated_at=_now()))

    def delete_session(self, session_id: str) -> bool:
        """Delete a conversation and its turns; False when it did not exist.

        >>> store = SessionStore("sqlite://"); sid = store.create_session()
        >>> store.delete_session(sid), store.delete_session(sid)
        (True, False)
        """
        if not is_valid_session_id(session_id):
            raise InputError("This session link is not valid")
        with self._write() as conn:
            conn.execute(turns_table.delete().where(turns_table.c.session_id == session_id))
            gone = conn.execute(sessions_table.delete().where(sessions_table.c.id == session_id)).rowcount
        return bool(gone)

    def set_feedback(self, session_id: str, idx: int, value: int | None) -> None:
        """Store thumbs up (+1) / down (-1) / cleared (None) on one turn.

        >>> store = SessionStore("sqlite://"); sid = store.create_session()
        >>> store.set_feedback(sid, store.append_turn(sid, {"question": "q"}), 1)
        >>> store.get_session(sid)["turns"][0]["feedback"]
        1
        """
        value = _feedback_value(value)
        if isinstance(idx, bool) or not isinstance(idx, int):
            raise InputError("Unknown turn")
        with self._write() as conn:
            self._locked_session(conn, session_id)
            done = conn.execute(
                turns_table.update()
                .where(turns_table.c.session_id == session_id, turns_table.c.idx == idx)
                .values(feedback=value)
            ).rowcount
            if not done:
                raise InputError("This answer no longer exists in the conversation")

    def stats(self) -> dict:
        """Counts over every saved turn, for the monitoring page.

        >>> SessionStore("sqlite://").stats()["turns"]
        0
        """
        t = turns_table.c
        query = sa.select(
            sa.func.count(),
            sa.func.sum(sa.case((t.error.is_(None), 1), else_=0)),
            sa.func.sum(sa.case((t.feedback == 1, 1), else_=0)),
            sa.func.sum(sa.case((t.feedback == -1, 1), else_=0)),
        )
        with self._read() as conn:
            total, ok, up, down = conn.execute(query).one()
            n_sessions = conn.execute(sa.select(sa.func.count()).select_from(sessions_table)).scalar_one()
            engines = conn.execute(sa.select(t.engine, sa.func.count()).group_by(t.engine)).all()
        return {
            "sessions": n_sessions, "turns": total or 0, "answered": ok or 0,
            "thumbs_up": up or 0, "thumbs_down": down or 0,
            "engines": {str(e or "unknown"): n for e, n in engines},
        }

    def recent_timings(self, limit: int = 500) -> list[dict]:
        """Stage timings (ms) of the latest turns, newest first, for latency percentiles.

        >>> SessionStore("sqlite://").recent_timings()
        []
        """
        query = sa.select(turns_table.c.timings_json).order_by(turns_table.c.created_at.desc()).limit(int(limit))
        with self._read() as conn:
            return [t for (raw,) in conn.execute(query).all() if isinstance(t := _loads(raw), dict)]
