"""What the pages show, prepared without Streamlit: chat turns (live or saved), badges, captions, monitoring.

A *view turn* is one dict for both a fresh answer and a saved one, so the chat page and a shared link render
through the same code:
`{idx, question, rewritten_question, sql, frame (DataFrame|None), truncated, row_count, chart (dict|None),
insight, confidence, engine, error, timings, suggestions, cached, feedback}`.

Example:
    >>> turn = view_turn_from_stored({"idx": 0, "question": "q", "result": {"columns": ["a"], "rows": [{"a": 1}]}})
    >>> turn["frame"]["a"].tolist(), turn["truncated"]
    ([1], False)
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd

CONFIDENCE_COLORS = {"high": "green", "medium": "orange", "low": "red"}
CHART_LABELS = {"bar": "Bar chart", "line": "Line chart", "area": "Area chart", "pie": "Pie chart",
                "scatter": "Scatter plot", "histogram": "Histogram", "metric": "Big number", "table": "Table only"}
STAGE_ORDER = ("rewrite", "generate", "execute", "db", "present", "figure", "total")
EDITED_SQL_QUESTION = "Edited SQL"


def source_label(url: str) -> str:
    """A short, password-free name for a data source (shown in the sidebar and in shared links).

    >>> source_label("duckdb:////tmp/x/superstore.duckdb"), source_label("postgresql://u:secret@h:5432/shop")
    ('superstore.duckdb (DuckDB)', 'PostgreSQL database shop')
    """
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - only a label
        return "database"
    backend = parsed.get_backend_name()
    names = {"duckdb": "DuckDB", "sqlite": "SQLite", "postgresql": "PostgreSQL", "mysql": "MySQL"}
    kind = names.get(backend, backend)
    if backend in ("duckdb", "sqlite") and parsed.database:
        return f"{Path(parsed.database).name} ({kind})"
    return f"{kind} database {parsed.database}" if parsed.database else f"{kind} database"


def frame_from_payload(payload: dict | None) -> pd.DataFrame | None:
    """The stored result table as a DataFrame, with date/time columns parsed back.

    >>> p = {"columns": ["d", "n"], "rows": [{"d": "2021-01-02", "n": 3}], "dtypes": {"d": "datetime64[ns]"}}
    >>> str(frame_from_payload(p)["d"].dtype).startswith("datetime64")
    True
    """
    if not isinstance(payload, dict) or "columns" not in payload:
        return None
    columns = [str(c) for c in payload.get("columns") or []]
    rows = payload.get("rows") or []
    frame = pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    for col, dtype in (payload.get("dtypes") or {}).items():
        if col in frame.columns and str(dtype).startswith(("datetime", "date")):
            frame[col] = pd.to_datetime(frame[col], errors="coerce")
    return frame


def view_turn_from_result(result: Any, idx: int) -> dict:
    """A view turn from a live `AskResult`.

    >>> from types import SimpleNamespace as NS
    >>> r = NS(question="q", rewritten_question="q", sql=None, data=None, truncated=False, chart=None,
    ...        insight="", confidence="low", engine="offline", error="Please type a question about the data.",
    ...        timings={}, suggestions=[], cached=False)
    >>> view_turn_from_result(r, 0)["error"]
    'Please type a question about the data.'
    """
    chart = getattr(result, "chart", None)
    frame = getattr(result, "data", None)
    return {
        "idx": idx,
        "question": result.question,
        "rewritten_question": result.rewritten_question,
        "sql": result.sql,
        "frame": frame,
        "truncated": bool(result.truncated),
        "row_count": int(len(frame)) if frame is not None else 0,
        "chart": chart.model_dump() if hasattr(chart, "model_dump") else chart,
        "insight": result.insight or "",
        "confidence": result.confidence or "low",
        "engine": result.engine or "",
        "error": result.error,
        "timings": dict(result.timings or {}),
        "suggestions": list(getattr(result, "suggestions", None) or []),
        "cached": bool(getattr(result, "cached", False)),
        "feedback": None,
        "figures": _initial_figures(result, chart),
    }


def _initial_figures(result: Any, chart: Any) -> dict:
    """The figure the pipeline already built, under its chart kind (the chat page reuses it)."""
    figure = getattr(result, "figure", None)
    kind = getattr(chart, "kind", None)
    return {kind: figure} if figure is not None and kind else {}


def view_turn_from_stored(turn: dict) -> dict:
    """A view turn from a turn of `SessionStore.get_session()`."""
    payload = turn.get("result") or None
    frame = frame_from_payload(payload)
    return {
        "idx": turn.get("idx", 0),
        "question": turn.get("question") or "",
        "rewritten_question": turn.get("rewritten_question"),
        "sql": turn.get("sql"),
        "frame": frame,
        "truncated": bool((payload or {}).get("truncated")),
        "row_count": int((payload or {}).get("row_count") or (len(frame) if frame is not None else 0)),
        "chart": turn.get("chart"),
        "insight": turn.get("insight") or "",
        "confidence": turn.get("confidence") or "low",
        "engine": turn.get("engine") or "",
        "error": turn.get("error"),
        "timings": turn.get("timings") or {},
        "suggestions": [],
        "cached": False,
        "feedback": turn.get("feedback"),
    }


def history_from_stored(turns: list[dict]) -> list[dict]:
    """Stored turns as pipeline history items (for `Session.from_dict`); failed turns are left out.

    >>> history_from_stored([{"question": "a", "rewritten_question": "A", "sql": "SELECT 1", "error": None}])
    [{'question': 'a', 'rewritten_question': 'A', 'sql': 'SELECT 1'}]
    """
    return [{"question": t.get("question"), "rewritten_question": t.get("rewritten_question"), "sql": t.get("sql")}
            for t in turns if not t.get("error") and t.get("question") != EDITED_SQL_QUESTION]


def show_rewritten(turn: dict) -> bool:
    """True when the standalone question differs from what was typed (beyond case and spaces).

    >>> show_rewritten({"question": "and West?", "rewritten_question": "Total sales in the West"})
    True
    >>> show_rewritten({"question": "Sales ", "rewritten_question": "sales"})
    False
    """
    a = " ".join(str(turn.get("question") or "").lower().split()).rstrip("?.! ")
    b = " ".join(str(turn.get("rewritten_question") or "").lower().split()).rstrip("?.! ")
    return bool(b) and a != b


def confidence_label(confidence: str) -> tuple[str, str]:
    """(badge text, badge color) for a confidence level.

    >>> confidence_label("high")
    ('Confidence: high', 'green')
    """
    level = confidence if confidence in CONFIDENCE_COLORS else "low"
    return f"Confidence: {level}", CONFIDENCE_COLORS[level]


def _ms(value: object) -> str:
    try:
        ms = float(value)
    except (TypeError, ValueError):
        return "?"
    if math.isnan(ms):
        return "?"
    return f"{ms / 1000:.2f} s" if ms >= 1000 else f"{ms:.0f} ms"


def timings_caption(turn: dict) -> str:
    """The small caption under an answer: engine, then stage timings in pipeline order.

    >>> timings_caption({"engine": "offline", "timings": {"total": 41.7, "rewrite": 3.2}, "cached": True})
    'Engine: offline · cached · rewrite 3 ms · total 42 ms'
    """
    parts = [f"Engine: {turn['engine']}"] if turn.get("engine") else []
    if turn.get("cached"):
        parts.append("cached")
    timings = turn.get("timings") or {}
    ordered = [s for s in STAGE_ORDER if s in timings] + sorted(s for s in timings if s not in STAGE_ORDER)
    parts += [f"{stage} {_ms(timings[stage])}" for stage in ordered]
    return " · ".join(parts)


def chart_kinds(frame: pd.DataFrame | None, current: str | None) -> list[str]:
    """Chart types the user may switch to (the current one first), from `agents.visualization.alternatives`.

    >>> chart_kinds(None, "bar")
    ['bar']
    """
    kinds: list[str] = []
    if frame is not None and not frame.empty:
        try:
            from agents.visualization import alternatives

            for alt in alternatives(frame) or []:
                kind = getattr(alt, "kind", alt)
                if isinstance(kind, str) and kind not in kinds:
                    kinds.append(kind)
        except Exception:  # noqa: BLE001 - no alternatives: keep the chosen chart only
            kinds = []
    if current and current in kinds:
        kinds.remove(current)
    return ([current] if current else []) + kinds


def figure_for(frame: pd.DataFrame | None, chart: dict | None, kind: str | None = None):
    """The Plotly figure for a result (optionally as another chart kind); None when there is nothing to draw."""
    if frame is None or frame.empty or not chart and not kind:
        return None
    try:
        from agents.visualization import ChartSpec, build_figure, spec_for_kind

        if kind and (not chart or kind != chart.get("kind")):
            spec = spec_for_kind(frame, kind)
        else:
            spec = ChartSpec(**chart)
        if spec is None or getattr(spec, "kind", None) == "table":
            return None
        return build_figure(frame, spec)
    except Exception:  # noqa: BLE001 - a chart problem leaves the table and the insight
        return None


def _pretty_number(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)) and not hasattr(value, "__float__"):
        return str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return "—"
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"


def metric_items(frame: pd.DataFrame | None, columns: list[str] | None = None, limit: int = 4) -> list[tuple[str, str]]:
    """(label, formatted value) pairs of a one-row result, for big-number display.

    >>> metric_items(pd.DataFrame({"total_sales": [724279.399], "orders": [12]}))
    [('Total sales', '724,279.40'), ('Orders', '12')]
    """
    if frame is None or frame.empty:
        return []
    row = frame.iloc[0]
    wanted = [c for c in (columns or []) if c in frame.columns] or list(frame.columns)
    return [(str(c).replace("_", " ").capitalize(), _pretty_number(row[c])) for c in wanted[:limit]]


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The result as CSV (UTF-8 with BOM so spreadsheet programs read accents).

    >>> csv_bytes(pd.DataFrame({"a": [1]}))
    b'\\xef\\xbb\\xbfa\\n1\\n'
    """
    return frame.to_csv(index=False).encode("utf-8-sig")


def share_link(base_url: str | None, session_id: str) -> str:
    """The link that reopens a saved conversation read-only.

    >>> share_link("http://localhost:8501/?x=1", "abc")
    'http://localhost:8501/?session=abc'
    >>> share_link(None, "abc")
    '/?session=abc'
    """
    base = (base_url or "").split("?", 1)[0].split("#", 1)[0]
    if base:
        scheme_host = base.split("/", 3)
        base = "/".join(scheme_host[:3]) if len(scheme_host) >= 3 else base
    return f"{base}/?session={session_id}"


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def stage_latencies(timings: list[dict]) -> pd.DataFrame:
    """p50 / p95 per stage from saved turns' timings.

    >>> stage_latencies([{"total": 10}, {"total": 20}, {"total": 30}]).to_dict("records")
    [{'stage': 'total', 'count': 3, 'p50_ms': 20.0, 'p95_ms': 30.0}]
    """
    stages: dict[str, list[float]] = {}
    for t in timings:
        for stage, ms in (t or {}).items():
            if isinstance(ms, (int, float)) and not isinstance(ms, bool):
                stages.setdefault(stage, []).append(float(ms))
    order = [s for s in STAGE_ORDER if s in stages] + sorted(s for s in stages if s not in STAGE_ORDER)
    rows = [{"stage": s, "count": len(stages[s]), "p50_ms": _percentile(stages[s], 0.5),
             "p95_ms": _percentile(stages[s], 0.95)} for s in order]
    return pd.DataFrame(rows, columns=["stage", "count", "p50_ms", "p95_ms"])


def monitoring_summary(snapshot: dict, stats: dict) -> dict:
    """Headline numbers of the monitoring page from the process counters and the store.

    >>> s = monitoring_summary({"agents": {"sql": {"success": 1, "fallback": 3}}}, {"turns": 4, "answered": 3})
    >>> s["questions"], s["success_rate"], s["fallback_rate"]
    (4, 0.75, 0.75)
    """
    turns = int(stats.get("turns") or 0)
    answered = int(stats.get("answered") or 0)
    sql = (snapshot.get("agents") or {}).get("sql") or {}
    llm_used = int(sql.get("success") or 0)
    fell_back = int(sql.get("fallback") or 0)
    generated = llm_used + fell_back
    return {
        "questions": turns,
        "answered": answered,
        "success_rate": answered / turns if turns else None,
        "fallback_rate": fell_back / generated if generated else None,
        "thumbs_up": int(stats.get("thumbs_up") or 0),
        "thumbs_down": int(stats.get("thumbs_down") or 0),
        "sessions": int(stats.get("sessions") or 0),
    }


def percent(value: float | None) -> str:
    """'75%' or '—' when there is no data yet.

    >>> percent(0.754), percent(None)
    ('75%', '—')
    """
    return "—" if value is None else f"{value:.0%}"


def schema_columns_frame(table: dict) -> pd.DataFrame:
    """The columns of one table of `Schema.to_dict()` as a display table.

    >>> schema_columns_frame({"columns": [{"name": "a", "type": "INTEGER", "kind": "number"}]})["column"].tolist()
    ['a']
    """
    rows = []
    for col in table.get("columns") or []:
        values = col.get("values") or []
        shown = ", ".join(str(v) for v in values[:12]) + (" …" if len(values) > 12 else "")
        rows.append({
            "column": col.get("name"),
            "type": col.get("type"),
            "kind": col.get("kind"),
            "nullable": col.get("nullable"),
            "key": "PK" if col.get("primary_key") else "",
            "distinct": col.get("n_distinct"),
            "values / samples": shown or ", ".join(str(v) for v in (col.get("samples") or [])[:5]),
        })
    return pd.DataFrame(rows, columns=["column", "type", "kind", "nullable", "key", "distinct", "values / samples"])
