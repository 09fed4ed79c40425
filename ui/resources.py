"""Cached resources shared by every page and session: the session store and one pipeline per data source.

Example:
    >>> store_url()          # doctest: +SKIP
    'sqlite:////app/data/app.db'
"""
from __future__ import annotations

import os

import streamlit as st

from db.store import DEFAULT_STORE_PATH, SessionStore
from settings import get_settings


def store_url() -> str:
    """APP_STORE_URL (read now, so tests can point a page at a temporary store), else data/app.db."""
    return os.environ.get("APP_STORE_URL") or get_settings().app_store_url or f"sqlite:///{DEFAULT_STORE_PATH}"


@st.cache_resource(show_spinner=False)
def _store(url: str) -> SessionStore:
    return SessionStore(url)


def get_store() -> SessionStore:
    """The session store of this process (one per store URL)."""
    return _store(store_url())


def configured_database_url() -> str:
    """DATABASE_URL from the environment or `.streamlit/secrets.toml` ('' = the demo database)."""
    return os.environ.get("DATABASE_URL") or get_settings().database_url or ""


@st.cache_resource(show_spinner=False, max_entries=16)
def _pipeline(url: str, allowed: tuple[str, ...] | None):
    from agents.pipeline import Pipeline  # lazy: the sessions and monitoring pages need no pipeline

    return Pipeline.from_url(url or None, allowed_tables=list(allowed) if allowed else None)


def get_pipeline(url: str | None, allowed_tables: list[str] | None = None):
    """The cached pipeline of a data source (raises AppError when it cannot be opened)."""
    allowed = tuple(sorted(allowed_tables)) if allowed_tables else None
    return _pipeline(url or configured_database_url(), allowed)


@st.cache_data(ttl=600, max_entries=32, show_spinner=False)
def schema_dict(url: str | None, allowed: tuple[str, ...] | None) -> dict:
    """`Schema.to_dict()` of a source, cached for ten minutes."""
    return get_pipeline(url, list(allowed) if allowed else None).schema.to_dict()


@st.cache_data(ttl=600, max_entries=32, show_spinner=False)
def suggestions(url: str | None, allowed: tuple[str, ...] | None, n: int = 4) -> list[str]:
    """Questions built from the connected schema, for an empty chat."""
    return get_pipeline(url, list(allowed) if allowed else None).suggested_questions(n)
