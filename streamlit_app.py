"""Chat page: ask questions about the data; every answer is saved and shareable with `?session=<id>`.

Run with `make run` (or `streamlit run streamlit_app.py`). Widgets only: the work is in `agents/`, `db/`, `ui/`.
"""
from __future__ import annotations

import logging

import streamlit as st

from db.errors import AppError, user_message
from db.store import is_valid_session_id
from ui import keys
from ui.model import EDITED_SQL_QUESTION, share_link, view_turn_from_result, view_turn_from_stored
from ui.render import page_setup, render_answer, render_question, render_suggestions, render_turn
from ui.resources import get_pipeline, get_store, suggestions
from ui.sidebar import render_source_sidebar

log = logging.getLogger("app")

page_setup("Ask your data", ":material/query_stats:")


def reset_chat() -> None:
    """Start an empty conversation (the saved ones stay in the store)."""
    for key in (keys.CHAT_TURNS, keys.CHAT_SESSION, keys.STORE_SESSION_ID):
        st.session_state.pop(key, None)


def save_feedback(turn: dict, widget_key: str) -> None:
    """st.feedback callback: store thumbs up/down with the turn."""
    value = {1: 1, 0: -1}.get(st.session_state.get(widget_key))
    turn["feedback"] = value
    sid = st.session_state.get(keys.STORE_SESSION_ID)
    if not sid:
        return
    try:
        get_store().set_feedback(sid, turn["idx"], value)
    except AppError as exc:
        st.toast(user_message(exc))
    except Exception:  # noqa: BLE001 - feedback is best effort, never a traceback
        log.exception("feedback not saved")
        st.toast("Your feedback could not be saved.")


def show_shared(session_id: str) -> None:
    """A saved conversation, read-only, rebuilt from the stored rows and chart specs."""
    try:
        saved = get_store().get_session(session_id) if is_valid_session_id(session_id) else None
    except Exception:  # noqa: BLE001 - a store outage gets a message, not a traceback
        log.exception("store read failed")
        saved = None
        st.error("The saved conversations cannot be read right now. Please try again in a moment.")
    if saved is None:
        st.title("Conversation not found")
        st.error("This link does not open a saved conversation: it may be mistyped or the conversation was deleted.")
    else:
        st.title(saved["title"])
        source = f" · asked on **{saved['db_url_display']}**" if saved.get("db_url_display") else ""
        st.caption(f"Shared conversation · read-only · {saved['n_turns']} question(s){source} · "
                   f"last updated {saved['updated_at'][:16].replace('T', ' ')} UTC")
        for turn in saved["turns"]:
            render_turn(view_turn_from_stored(turn), key=f"shared-{turn['idx']}", readonly=True)
    if st.button("Start your own chat", icon=":material/add_comment:", type="primary"):
        st.query_params.clear()
        reset_chat()
        st.rerun()


def persist(result, label: str) -> None:
    """Save one answer in the store (creating the conversation on its first question)."""
    sid = st.session_state.get(keys.STORE_SESSION_ID)
    try:
        store = get_store()
        if not sid:
            sid = store.create_session(db_url_display=label)
            st.session_state[keys.STORE_SESSION_ID] = sid
        store.append_turn(sid, result)
    except Exception:  # noqa: BLE001 - the answer is still shown; saving failed
        log.exception("turn not saved")
        st.warning("This answer could not be saved, so it will not appear in the share link.")


def answer(pipeline, question: str | None, sql: str | None, source_label: str) -> None:
    """Ask (or run edited SQL), show progress, then the answer; the turn is saved and kept for the next runs."""
    turns = st.session_state.setdefault(keys.CHAT_TURNS, [])
    session = st.session_state.get(keys.CHAT_SESSION)
    if session is None:
        session = st.session_state[keys.CHAT_SESSION] = pipeline.new_session()
    pending = {"question": EDITED_SQL_QUESTION if sql is not None else question}
    render_question(pending)
    with st.status("Working on it…", expanded=False) as status:
        if sql is not None:
            status.write("Checking the SQL with the read-only guard, then running it…")
            result = pipeline.run_sql(sql)
            result.question = EDITED_SQL_QUESTION
        else:
            status.write("Understanding the question in context, writing SQL, running it, analysing the rows…")
            result = pipeline.ask(question, session)
        total = (result.timings or {}).get("total", 0.0)
        if result.error:
            status.update(label="Could not answer", state="error")
        else:
            cached = " (cached answer)" if result.cached else ""
            status.update(label=f"Answered in {total / 1000:.2f} s{cached}", state="complete")
    turn = view_turn_from_result(result, len(turns))
    turns.append(turn)
    persist(result, source_label)
    chat = st.session_state.get(keys.STORE_SESSION_ID) or "chat"
    render_answer(turn, key=f"{chat}-{turn['idx']}", dialect=pipeline.db.sqlglot_dialect, on_feedback=save_feedback)


def main() -> None:
    shared = st.query_params.get("session")
    if shared:
        show_shared(shared)
        return

    with st.sidebar:
        source = render_source_sidebar()
        if st.session_state.get(keys.CHAT_SOURCE) != source.url:
            reset_chat()
            st.session_state[keys.CHAT_SOURCE] = source.url
        st.divider()
        st.button("New chat", on_click=reset_chat, icon=":material/add_comment:", width="stretch")
        share_slot = st.empty()

    st.title("Ask your data")
    try:
        pipeline = get_pipeline(source.url, source.allowed_tables)
    except AppError as exc:
        st.error(user_message(exc), icon=":material/error:")
        return
    except Exception:  # noqa: BLE001 - never a traceback
        log.exception("pipeline failed to open")
        st.error("This data source cannot be opened. Choose another one in the sidebar.")
        return
    st.caption(f"Analysing **{source.label}** · questions in plain English become read-only SQL, a table, "
               "a chart and a short insight.")

    question = st.chat_input("Ask a question about your data…", disabled=not source.ready,
                             max_chars=pipeline.settings.max_question_chars)  # pinned to the bottom
    pending_sql = st.session_state.pop(keys.PENDING_SQL, None)
    pending_question = st.session_state.pop(keys.PENDING_QUESTION, None)
    if question is None:
        question = pending_question

    turns = st.session_state.setdefault(keys.CHAT_TURNS, [])
    chat = st.session_state.get(keys.STORE_SESSION_ID) or "chat"
    dialect = pipeline.db.sqlglot_dialect
    if not turns and question is None and pending_sql is None:
        st.markdown("##### Try one of these")
        allowed = tuple(sorted(source.allowed_tables)) if source.allowed_tables else None
        render_suggestions(suggestions(source.url, allowed), key="empty", disabled=not source.ready)
    for turn in turns:
        render_turn(turn, key=f"{chat}-{turn['idx']}", dialect=dialect, on_feedback=save_feedback)

    if question is not None:
        answer(pipeline, question, None, source.label)
    elif pending_sql is not None:
        answer(pipeline, None, pending_sql, source.label)
    sid = st.session_state.get(keys.STORE_SESSION_ID)
    if sid:
        with share_slot.container():
            st.caption("Share this conversation (read-only):")
            st.code(share_link(st.context.url, sid), language=None, wrap_lines=True)


main()
