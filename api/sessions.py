"""Conversation state of the REST API: pipeline Sessions kept in-process per session id, persisted in the store.

Store writes are not serialised here: an in-process lock around SQLite writes was measured and dropped (64
concurrent API clients: about 60 requests/s with it, 87 without, over five alternating runs each; the lock
holder waits for the GIL behind the other threads). The store's own busy timeout orders the writers.

A session id comes from the store (`SessionStore.create_session`), so a conversation started through the API
can be opened in the Streamlit app and the other way round. The in-process copy (the last turns with their
structured query, which lets follow-ups merge) is rebuilt from the store when a process has not seen the id
(restart, another replica). Each session has a lock: two requests of one conversation run one after the other.
Before a live copy is used, the store's turn count is compared with the turns the copy has seen; when another
process (an API worker, a replica, the Streamlit app) added turns meanwhile, the copy is rebuilt from the store.
So several API workers or replicas can serve one conversation without sticky sessions.

Example:
    >>> from db.store import SessionStore
    >>> reg = SessionRegistry(SessionStore("sqlite://"))
    >>> entry = reg.create()
    >>> reg.get(entry.session.id) is entry, reg.get("unknown-session-id-123") is None
    (True, True)
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from agents.pipeline import Session

MAX_LIVE_SESSIONS = 10_000


@dataclass
class LiveSession:
    """A pipeline Session and the lock that serialises its turns."""

    session: Session
    lock: threading.Lock = field(default_factory=threading.Lock)
    synced: int = 0  # saved turns of the conversation this copy reflects


class SessionRegistry:
    """Thread-safe LRU of live sessions over a `db.store.SessionStore`."""

    def __init__(self, store, max_sessions: int = MAX_LIVE_SESSIONS, db_url_display: str | None = None):
        self.store = store
        self.db_url_display = db_url_display
        self._max = max_sessions
        self._live: OrderedDict[str, LiveSession] = OrderedDict()
        self._lock = threading.Lock()

    def create(self) -> LiveSession:
        """A new conversation, saved in the store."""
        sid = self.store.create_session(db_url_display=self.db_url_display)
        return self._remember(LiveSession(Session(id=sid)))

    def save_turn(self, session_id: str, result: dict) -> int:
        """Append one answered turn (`AskResult.to_dict()`) to the saved conversation; returns its index."""
        idx = self.store.append_turn(session_id, result)
        with self._lock:
            live = self._live.get(session_id)
            if live is not None:
                live.synced = idx + 1
        return idx

    def get(self, session_id: str) -> LiveSession | None:
        """The live session of `session_id` (rebuilt from the store if needed), or None when unknown."""
        with self._lock:
            live = self._live.get(session_id)
            if live is not None:
                self._live.move_to_end(session_id)
        if live is not None:
            saved = self.store.turn_count(session_id)
            if saved == live.synced:
                return live
            with self._lock:  # deleted, or changed by another process: rebuild from the store
                if self._live.get(session_id) is live:
                    del self._live[session_id]
        stored = self.store.get_session(session_id)
        if stored is None:
            return None
        session = Session.from_dict({"id": session_id, "turns": [t for t in stored["turns"] if not t.get("error")]})
        return self._remember(LiveSession(session, synced=len(stored["turns"])))

    def _remember(self, live: LiveSession) -> LiveSession:
        with self._lock:
            existing = self._live.get(live.session.id)  # two threads rebuilding the same id: keep the first
            if existing is not None:
                return existing
            self._live[live.session.id] = live
            while len(self._live) > self._max:
                self._live.popitem(last=False)
            return live
