"""The chat page's sidebar: data source (demo, configured, URL, upload), allowed tables, new chat, share link.

The *active source* lives in session state (`keys.SOURCE_URL`, `keys.SOURCE_LABEL`); the controls only change
it when a connection or an upload succeeds, so a typo never leaves the page without a working database.

Example:
    >>> source = render_source_sidebar()      # doctest: +SKIP
    >>> source.url, source.allowed_tables
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import streamlit as st

from db.errors import AppError, user_message
from db.uploads import SUPPORTED_EXTENSIONS, load_uploads
from ui import keys
from ui.model import source_label
from ui.resources import configured_database_url, get_pipeline, schema_dict

DEMO_LABEL = "Demo data (Superstore sample)"
KIND_LABELS = {"demo": "Demo data", "configured": "Configured database", "url": "Database URL",
               "upload": "Upload files"}
SOURCE_ERROR = "source_error"


@dataclass
class Source:
    url: str  # "" = DATABASE_URL or the demo
    label: str
    allowed_tables: list[str] | None
    ready: bool  # False when no table is allowed


def _demo_url() -> str:
    if not configured_database_url():
        return ""
    from db.demo import ensure_demo_db

    return f"duckdb:///{ensure_demo_db()}"


def _set_source(url: str, label: str) -> None:
    st.session_state[keys.SOURCE_URL] = url
    st.session_state[keys.SOURCE_LABEL] = label
    st.session_state.pop(SOURCE_ERROR, None)


def init_source() -> None:
    """Default source on the first run: the configured DATABASE_URL (secrets), else the demo database."""
    if keys.SOURCE_URL in st.session_state:
        return
    configured = configured_database_url()
    st.session_state[keys.SOURCE_KIND] = "configured" if configured else "demo"
    _set_source("", source_label(configured) if configured else DEMO_LABEL)


def _on_kind_change() -> None:
    kind = st.session_state[keys.SOURCE_KIND]
    try:
        if kind == "demo":
            _set_source(_demo_url(), DEMO_LABEL)
        elif kind == "configured":
            _set_source("", source_label(configured_database_url()))
    except AppError as exc:
        st.session_state[SOURCE_ERROR] = user_message(exc)


def _connect() -> None:
    url = (st.session_state.get(keys.URL_INPUT) or "").strip()
    st.session_state[keys.URL_INPUT] = ""  # the URL (and its password) is never shown back
    if not url:
        st.session_state[SOURCE_ERROR] = "Paste a SQLAlchemy URL, e.g. postgresql://user:password@host:5432/db"
        return
    try:
        get_pipeline(url).schema  # noqa: B018 - opens the database and reads its tables
    except AppError as exc:
        st.session_state[SOURCE_ERROR] = user_message(exc)
        return
    except Exception:  # noqa: BLE001 - drivers raise anything for a bad URL
        st.session_state[SOURCE_ERROR] = "Could not connect with this URL. Check the driver, host, user and password."
        return
    _set_source(url, source_label(url))


def _uploader() -> None:
    files = st.file_uploader("CSV, Excel or Parquet files", type=[e.lstrip(".") for e in SUPPORTED_EXTENSIONS],
                             accept_multiple_files=True, key="upload_files")
    if not files:
        return
    signature = hashlib.sha256("|".join(f"{f.name}:{f.size}" for f in files).encode()).hexdigest()
    if st.session_state.get(keys.UPLOAD_SIGNATURE) == signature:
        return
    try:
        with st.spinner("Loading files…"):
            upload = load_uploads([(f.name, f.getvalue()) for f in files])
    except AppError as exc:
        st.error(user_message(exc), icon=":material/error:")
        return
    st.session_state[keys.UPLOAD_SIGNATURE] = signature
    st.session_state[keys.UPLOAD_TABLES] = upload.tables
    _set_source(upload.url, "Uploaded: " + ", ".join(f.name for f in files))
    for table in upload.tables:
        if table.truncated:
            st.warning(f"{table.source}: only the first {table.rows:,} rows were loaded.")


def _allowed_tables(url: str) -> tuple[list[str] | None, bool]:
    try:
        tables = sorted(schema_dict(url, None).get("tables", {}))
    except AppError as exc:
        st.error(user_message(exc), icon=":material/error:")
        return None, False
    if len(tables) <= 1:
        return None, bool(tables)
    chosen = st.multiselect("Tables the assistant may read", tables, default=tables,
                            key=f"allowed-{hashlib.sha1(url.encode()).hexdigest()[:12]}")
    if not chosen:
        st.warning("Choose at least one table.")
        return None, False
    return (None if len(chosen) == len(tables) else chosen), True


def render_source_sidebar() -> Source:
    """Draw the data-source controls; returns the active source."""
    init_source()
    st.subheader("Data source")
    kinds = ["configured", "demo", "url", "upload"] if configured_database_url() else ["demo", "url", "upload"]
    st.radio("Data source", kinds, key=keys.SOURCE_KIND, format_func=KIND_LABELS.get, on_change=_on_kind_change,
             label_visibility="collapsed")
    kind = st.session_state[keys.SOURCE_KIND]
    if kind == "url":
        st.text_input("SQLAlchemy URL", key=keys.URL_INPUT, type="password",
                      placeholder="postgresql://readonly:…@host:5432/db",
                      help="Use a read-only role. The URL is kept in this browser session only and never shown.")
        st.button("Connect", on_click=_connect, icon=":material/link:")
    elif kind == "upload":
        _uploader()
    if st.session_state.get(SOURCE_ERROR):
        st.error(st.session_state[SOURCE_ERROR], icon=":material/error:")
    url = st.session_state.get(keys.SOURCE_URL) or ""
    label = st.session_state.get(keys.SOURCE_LABEL) or DEMO_LABEL
    st.caption(f"Analysing: **{label}**")
    allowed, ready = _allowed_tables(url)
    return Source(url=url, label=label, allowed_tables=allowed, ready=ready)
