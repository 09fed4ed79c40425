"""Streamlit rendering of chat turns (live or saved), the same for the chat page and shared links.

Example:
    >>> render_turn(view_turn, key="chat-0", readonly=True)   # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st
from pandas.api.types import is_float_dtype

from db.guard import format_sql
from ui import keys
from ui.model import (
    CHART_LABELS,
    EDITED_SQL_QUESTION,
    chart_kinds,
    confidence_label,
    csv_bytes,
    figure_for,
    metric_items,
    show_rewritten,
    timings_caption,
)

FEEDBACK_TO_VALUE = {1: 1, 0: -1}  # st.feedback("thumbs"): 1 = thumbs up, 0 = thumbs down
VALUE_TO_FEEDBACK = {1: 1, -1: 0}
MAX_TABLE_HEIGHT = 360


def _ask_later(question: str) -> None:
    st.session_state[keys.PENDING_QUESTION] = question


def _run_sql_later(widget_key: str) -> None:
    st.session_state[keys.PENDING_SQL] = st.session_state.get(widget_key, "")


def render_suggestions(suggestions: list[str], key: str, disabled: bool = False) -> None:
    """Clickable suggested questions (asked on the next run)."""
    if not suggestions:
        return
    cols = st.columns(2)
    for i, text in enumerate(suggestions):
        cols[i % 2].button(text, key=f"{key}-sugg-{i}", on_click=_ask_later, args=(text,), disabled=disabled,
                           icon=":material/lightbulb:", width="stretch")


def render_question(turn: dict) -> None:
    """The person's message."""
    with st.chat_message("user"):
        if turn.get("question") == EDITED_SQL_QUESTION:
            st.markdown("*Ran edited SQL*")
        else:
            st.markdown(turn.get("question") or "")


def _chart_kind(turn: dict, key: str) -> str | None:
    """The chart kind to draw: the chosen one, or the person's pick in the switcher (drawn where called)."""
    frame, chart = turn.get("frame"), turn.get("chart")
    current = (chart or {}).get("kind")
    if frame is None or frame.empty or current == "metric":
        return current
    kinds = chart_kinds(frame, current)
    if len(kinds) < 2:
        return current
    return st.selectbox("Chart type", kinds, key=f"{key}-kind", label_visibility="collapsed",
                        format_func=lambda k: CHART_LABELS.get(k, k))  # idempotent labels (AppTest re-formats)


def _render_chart(turn: dict, key: str, kind: str | None) -> None:
    frame, chart = turn.get("frame"), turn.get("chart")
    if frame is None or frame.empty:
        return
    if kind == "metric":
        _render_metrics(frame, chart)
        return
    figures = turn.setdefault("figures", {})  # built once per turn and chart kind, reused on every rerun
    if kind not in figures:
        figures[kind] = figure_for(frame, chart, kind)
    figure = figures[kind]
    if figure is not None:
        st.plotly_chart(figure, key=f"{key}-fig", config={"displaylogo": False})


def _render_metrics(frame, chart: dict | None) -> None:
    """A one-row result as big numbers (the "metric" chart kind)."""
    items = metric_items(frame, (chart or {}).get("y"))
    for col, (label, value) in zip(st.columns(max(1, len(items))), items, strict=False):
        col.metric(label, value)


def _render_table(turn: dict, key: str) -> None:
    frame = turn.get("frame")
    if frame is None:
        return
    if frame.empty:
        st.info("The query ran but returned no rows. Try widening the filters.")
        return
    height = min(MAX_TABLE_HEIGHT, 38 + 35 * len(frame))
    floats = [c for c in frame.columns if is_float_dtype(frame[c])]
    shown = frame.round({c: 2 for c in floats}) if floats else frame  # display only; the CSV keeps every digit
    numbers = {c: st.column_config.NumberColumn(format="localized") for c in floats}
    st.dataframe(shown, hide_index=True, height=height, key=f"{key}-table", column_config=numbers)
    if turn.get("truncated"):
        st.caption(f":orange[Only the first {len(frame):,} rows are shown — the full result has more. "
                   "Add a filter or an aggregation to see everything.]")


def _render_sql(turn: dict, key: str, dialect: str, readonly: bool) -> None:
    sql = turn.get("sql")
    if not sql:
        return
    pretty = format_sql(sql, dialect)
    with st.expander("SQL", icon=":material/code:"):
        st.code(pretty, language="sql")
        if readonly:
            return
        area_key = f"{key}-sql-edit"
        st.text_area("Edit and run", value=pretty, key=area_key, height=140,
                     help="Runs through the same read-only guard as generated SQL.")
        st.button("Run edited SQL", key=f"{key}-sql-run", on_click=_run_sql_later, args=(area_key,),
                  icon=":material/play_arrow:")


def _render_footer(turn: dict, key: str, readonly: bool, on_feedback: Callable | None) -> None:
    frame = turn.get("frame")
    left, right = st.columns([3, 1], vertical_alignment="center")
    with left:
        st.caption(timings_caption(turn))
    with right:
        inner = st.columns(2, vertical_alignment="center")
        if frame is not None and not frame.empty:
            inner[0].download_button("CSV", data=lambda f=frame: csv_bytes(f), file_name="result.csv",
                                     mime="text/csv", key=f"{key}-csv", icon=":material/download:",
                                     on_click="ignore")
        with inner[1]:
            fb_key = f"{key}-fb"
            if fb_key not in st.session_state and turn.get("feedback") in VALUE_TO_FEEDBACK:
                st.session_state[fb_key] = VALUE_TO_FEEDBACK[turn["feedback"]]
            st.feedback("thumbs", key=fb_key, disabled=readonly or on_feedback is None,
                        on_change=on_feedback, args=(turn, fb_key) if on_feedback else None)


def render_answer(turn: dict, *, key: str, dialect: str = "duckdb", readonly: bool = False,
                  on_feedback: Callable | None = None) -> None:
    """The assistant's message: understood-as, error or insight + chart + table + SQL + footer."""
    with st.chat_message("assistant"):
        if show_rewritten(turn):
            st.caption(f"Understood as: *{turn['rewritten_question']}*")
        if turn.get("error"):
            st.error(turn["error"], icon=":material/error:")
            if not readonly:
                render_suggestions(turn.get("suggestions") or [], key)
            st.caption(timings_caption(turn))
            return
        label, color = confidence_label(turn.get("confidence") or "low")
        badge_col, kind_col = st.columns([3, 1], vertical_alignment="center")
        badge_col.badge(label, color=color, icon=":material/verified:" if color == "green" else ":material/info:")
        with kind_col:
            kind = _chart_kind(turn, key)
        if turn.get("insight"):
            st.markdown(turn["insight"])
        _render_chart(turn, key, kind)
        _render_table(turn, key)
        _render_sql(turn, key, dialect, readonly)
        _render_footer(turn, key, readonly, on_feedback)


def render_turn(turn: dict, *, key: str, dialect: str = "duckdb", readonly: bool = False,
                on_feedback: Callable | None = None) -> None:
    """One question and its answer."""
    render_question(turn)
    render_answer(turn, key=key, dialect=dialect, readonly=readonly, on_feedback=on_feedback)


STYLE = """
<style>
.block-container {padding-top: 2.2rem; max-width: 1100px;}
[data-testid="stChatMessage"] {border-radius: 14px; padding: 0.9rem 1rem;}
[data-testid="stSidebar"] [data-testid="stCaptionContainer"] {overflow-wrap: anywhere;}
[data-testid="stExpander"] details {border-radius: 10px;}
[data-testid="stTextArea"] textarea {font-family: "Source Code Pro", ui-monospace, monospace; font-size: 0.85rem;}
</style>
"""


def inject_style() -> None:
    """A few CSS touches: narrower reading width, rounder chat bubbles."""
    st.html(STYLE)


NAV = (
    ("streamlit_app.py", "Chat", ":material/chat:"),
    ("pages/1_Sessions.py", "Saved conversations", ":material/forum:"),
    ("pages/2_Schema.py", "Schema", ":material/table_chart:"),
    ("pages/3_Monitoring.py", "Monitoring", ":material/monitoring:"),
)


def render_nav() -> None:
    """The sidebar's page links (Streamlit's own list is hidden: it would call the chat page "streamlit app")."""
    with st.sidebar:
        st.markdown("### :material/query_stats: Ask your data")
        for page, label, icon in NAV:
            try:
                st.page_link(page, label=label, icon=icon)
            except Exception:  # noqa: BLE001 - a page run on its own (tests) has no page list
                return
        st.divider()


def page_setup(title: str, icon: str) -> None:
    """First call of every page: title, icon, wide layout, style, navigation."""
    st.set_page_config(page_title=title, page_icon=icon, layout="wide")
    inject_style()
    render_nav()
