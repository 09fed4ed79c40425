"""Saved conversations: open (read-only link), rename, delete."""
from __future__ import annotations

import logging

import streamlit as st

from db.errors import AppError, user_message
from ui.model import share_link
from ui.render import page_setup
from ui.resources import get_store

log = logging.getLogger("app.sessions")
FLASH = "sessions_flash"

page_setup("Saved conversations", ":material/forum:")


def rename(session_id: str, widget_key: str) -> None:
    try:
        get_store().rename_session(session_id, st.session_state.get(widget_key, ""))
        st.session_state[FLASH] = ("success", "Renamed.")
    except AppError as exc:
        st.session_state[FLASH] = ("error", user_message(exc))


def delete(session_id: str) -> None:
    try:
        gone = get_store().delete_session(session_id)
        st.session_state[FLASH] = ("success", "Deleted.") if gone else ("warning", "It was already deleted.")
    except AppError as exc:
        st.session_state[FLASH] = ("error", user_message(exc))


def show_session(s: dict) -> None:
    with st.container(border=True):
        left, right = st.columns([5, 1], vertical_alignment="center")
        left.markdown(f"**{s['title']}**")
        source = f" · {s['db_url_display']}" if s.get("db_url_display") else ""
        left.caption(f"{s['n_turns']} question(s) · updated {s['updated_at'][:16].replace('T', ' ')} UTC{source}")
        right.link_button("Open", share_link(st.context.url, s["id"]), icon=":material/open_in_new:")
        with st.expander("Rename or delete"):
            title_key = f"title-{s['id']}"
            st.text_input("Title", value=s["title"], key=title_key, max_chars=120)
            a, b = st.columns(2)
            a.button("Rename", key=f"rename-{s['id']}", on_click=rename, args=(s["id"], title_key))
            b.button("Delete", key=f"delete-{s['id']}", on_click=delete, args=(s["id"],), type="primary",
                     icon=":material/delete:")


st.title("Saved conversations")
st.caption("Every answer is saved. Anyone with a conversation's link can open it read-only.")
flash = st.session_state.pop(FLASH, None)
if flash:
    getattr(st, flash[0])(flash[1])
try:
    sessions = get_store().list_sessions()
except Exception:  # noqa: BLE001 - a store outage gets a message, not a traceback
    log.exception("listing sessions failed")
    sessions = None
    st.error("The saved conversations cannot be read right now. Please try again in a moment.")
if sessions == []:
    st.info("No saved conversations yet: ask a question on the chat page.")
for session in sessions or []:
    show_session(session)
