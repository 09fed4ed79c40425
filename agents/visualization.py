"""Offline visualization agent: pick a chart for a result and build it with plotly express.

Charts are built from data by `build_figure` - the one function that turns a `ChartSpec` into a figure - never
from code written by a language model. `choose_chart` picks the spec, `alternatives` lists the other kinds that
make sense (the chart-type switcher of the UI) and `spec_for_kind` builds the spec of one of them.

Example:
    >>> import pandas as pd
    >>> df = pd.DataFrame({"region": ["West", "East"], "sales": [725457.82, 678781.24]})
    >>> spec = choose_chart(df, "sales by region")
    >>> spec.kind, spec.x, spec.y, spec.title
    ('bar', 'region', ['sales'], 'Sales by region')
    >>> build_figure(df, spec).data[0].type
    'bar'
"""
from __future__ import annotations

import re
from typing import Literal

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
from pydantic import BaseModel, Field, field_validator

from agents.analysis import (
    DERIVED_WORDS,
    Roles,
    column_roles,
    humanize,
    is_additive,
    name_tokens,
    normalize_frame,
    period_label,
    period_word,
    pick_measure,
    time_sort_key,
)

ChartKind = Literal["metric", "bar", "line", "pie", "scatter", "table", "area", "histogram"]
CHART_KINDS: tuple[str, ...] = ("metric", "bar", "line", "pie", "scatter", "table", "area", "histogram")
MAX_BARS = 50
MAX_PIE_SLICES = 6  # chosen automatically only up to this many slices
MAX_PIE_SLICES_ON_REQUEST = 12  # offered in the switcher up to this many
MAX_CHART_COLUMNS = 6
MIN_HISTOGRAM_ROWS = 20
MAX_LINE_MEASURES = 4
MAX_BAR_MEASURES = 3
MAX_COLORS = 20
HORIZONTAL_BARS_FROM = 11
LONG_LABEL = 15
TEMPLATE = "plotly_white"
POSITIVE_COLOR, NEGATIVE_COLOR = "#636EFA", "#EF553B"  # plotly_white's first two colours
BAR_PIXELS = 22  # height of one horizontal bar, so 50 bars stay readable
SHARE_QUESTION = re.compile(
    r"\b(share|shares|proportion|proportions|percentage|percentages|percent|breakdown|composition|split|portion|"
    r"fraction|contribution|contributions|of (?:the )?total)\b|%", re.I)
PERCENT_WORDS = {"pct", "percent", "percentage", "rate", "ratio", "share", "discount", "margin"}
KIND_SYNONYMS = {"column": "bar", "barh": "bar", "horizontal bar": "bar", "grouped bar": "bar", "stacked bar": "bar",
                 "donut": "pie", "doughnut": "pie", "kpi": "metric", "number": "metric", "indicator": "metric",
                 "big number": "metric", "hist": "histogram", "distribution": "histogram", "lines": "line",
                 "time series": "line", "points": "scatter", "grid": "table", "dataframe": "table"}
NEEDS_X_AND_Y = {"bar", "line", "area", "scatter", "pie"}


class ChartSpec(BaseModel):
    """What to draw: the chart kind and which result columns go where.

    >>> ChartSpec(kind="bar", x="region", y="sales").y
    ['sales']
    """

    kind: ChartKind = "table"
    x: str | None = None
    y: list[str] = Field(default_factory=list)
    color: str | None = None
    title: str = ""
    orientation: Literal["v", "h"] = "v"
    note: str | None = None

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_synonyms(cls, value: object) -> object:
        """Accept "Bar chart", "donut", "kpi"... as written by language models."""
        if not isinstance(value, str):
            return value
        text = re.sub(r"[\s_-]*(chart|plot|graph)$", "", value.strip().lower())
        return KIND_SYNONYMS.get(text, text)

    @field_validator("orientation", mode="before")
    @classmethod
    def _orientation_words(cls, value: object) -> object:
        """Accept "horizontal"/"vertical" and None."""
        if value is None:
            return "v"
        return {"horizontal": "h", "vertical": "v"}.get(str(value).strip().lower(), value)

    @field_validator("y", mode="before")
    @classmethod
    def _y_as_list(cls, value: object) -> object:
        """Accept a single column name (LLMs often write `"y": "sales"`)."""
        if value is None:
            return []
        return [value] if isinstance(value, str) else value

    def columns(self) -> list[str]:
        """Every column the spec refers to."""
        return [c for c in [self.x, *self.y, self.color] if c]

    def validate_against(self, columns: list | pd.Index) -> ChartSpec:
        """This spec checked against the result's columns; names differing only in case/spacing are corrected.

        Raises ValueError naming an unknown column, or saying what a kind of chart needs.

        >>> ChartSpec(kind="bar", x="Region", y=["Total Sales"]).validate_against(["region", "total_sales"]).x
        'region'
        >>> ChartSpec(kind="bar", x="city", y=["sales"]).validate_against(["region", "sales"])
        Traceback (most recent call last):
        ...
        ValueError: The chart refers to an unknown column 'city'; the result has: region, sales.
        """
        names = [str(c) for c in columns]
        fix = {_norm(c): c for c in names}

        def resolve(ref: str | None) -> str | None:
            if ref is None or ref in names:
                return ref
            if _norm(ref) in fix:
                return fix[_norm(ref)]
            raise ValueError(f"The chart refers to an unknown column '{ref}'; the result has: {', '.join(names)}.")

        y = list(dict.fromkeys(resolve(c) for c in self.y))
        spec = self.model_copy(update={"x": resolve(self.x), "y": y, "color": resolve(self.color)})
        return spec._checked_shape()

    def _checked_shape(self) -> ChartSpec:
        if self.kind in NEEDS_X_AND_Y and not (self.x and self.y):
            raise ValueError(f"A {self.kind} chart needs an x column and at least one y column.")
        if self.kind == "histogram" and not (self.x or self.y):
            raise ValueError("A histogram needs a numeric column (x).")
        if self.kind == "metric" and not self.y:
            raise ValueError("A metric needs the column of the value to show (y).")
        if self.kind == "pie" and len(self.y) > 1:
            return self.model_copy(update={"y": self.y[:1]})
        return self


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


# ----------------------------------------------------------------------------------------------------------------
# Choosing a chart
# ----------------------------------------------------------------------------------------------------------------

def _roles(df: pd.DataFrame) -> Roles:
    """Column roles for charting: derived share/percentage columns are left to the table when a base measure exists
    (a pie or bar of `total_sales` says what `share_of_total_sales` says, on a readable scale)."""
    frame = df.rename(columns=str) if any(not isinstance(c, str) for c in df.columns) else df
    roles = column_roles(frame)
    derived = [m for m in roles.measures if set(name_tokens(m)) & DERIVED_WORDS]
    if derived and len(derived) < len(roles.measures):
        roles.measures = [m for m in roles.measures if m not in derived]
    return roles


def _time_axis(roles: Roles) -> str | None:
    """The time column to plot along, when it has at least two distinct periods."""
    for col in roles.time:
        if roles.frame[col].nunique(dropna=True) >= 2:
            return col
    return None


def _labels(roles: Roles) -> list[str]:
    """Columns usable as bar/pie labels: categories, else ids, else a time column with a single period."""
    if roles.categories:
        return roles.categories
    if roles.ids:
        return roles.ids
    return [c for c in roles.time if c != _time_axis(roles)]


def _all_positive(frame: pd.DataFrame, col: str) -> bool:
    values = pd.to_numeric(frame[col], errors="coerce")
    return bool(values.notna().all() and (values > 0).all())


def _pie_fits(roles: Roles, measure: str, max_slices: int) -> bool:
    labels = _labels(roles)
    return (len(labels) == 1 and not _time_axis(roles) and 2 <= len(roles.frame) <= max_slices
            and roles.frame[labels[0]].is_unique and _all_positive(roles.frame, measure))


def _is_wide(roles: Roles) -> bool:
    return len(roles.frame.columns) > MAX_CHART_COLUMNS or len(roles.categories) > 2 or (
        _time_axis(roles) is not None and len(roles.categories) > 1)


def _default_kind(roles: Roles, question: str) -> str:
    frame, measures = roles.frame, roles.measures
    if frame.empty or not len(frame.columns):
        return "table"
    if len(frame) == 1:
        return "metric" if measures else "table"
    if not measures or _is_wide(roles):
        return "table"
    if _time_axis(roles):
        return "line"
    if _labels(roles):
        measure = pick_measure(measures, question)
        share = bool(SHARE_QUESTION.search(question or ""))
        return "pie" if share and len(measures) == 1 and _pie_fits(roles, measure, MAX_PIE_SLICES) else "bar"
    if len(measures) >= 2:
        return "scatter"
    return "histogram" if len(frame) >= MIN_HISTOGRAM_ROWS else "table"


def choose_chart(df: pd.DataFrame | None, question: str = "") -> ChartSpec:
    """The chart that fits a result best (metric, bar, line, pie, scatter, histogram or table).

    >>> choose_chart(pd.DataFrame({"total_profit": [286397.02]}), "total profit").kind
    'metric'
    >>> choose_chart(pd.DataFrame({"year": [2016, 2017], "sales": [1.0, 2.0]}), "sales per year").kind
    'line'
    """
    if df is None or df.empty or not len(df.columns):
        return ChartSpec(kind="table", title="No rows")
    roles = _roles(df)
    return _spec(roles, _default_kind(roles, question), question)


def alternatives(df: pd.DataFrame | None) -> list[str]:
    """Chart kinds that make sense for this result, the default first; "table" is always offered.

    >>> alternatives(pd.DataFrame({"region": ["West", "East"], "sales": [3.0, 2.0]}))
    ['bar', 'pie', 'table']
    """
    if df is None or df.empty or not len(df.columns):
        return ["table"]
    roles = _roles(df)
    return _alternatives(roles)


def _alternatives(roles: Roles) -> list[str]:
    frame, measures = roles.frame, roles.measures
    kinds = [_default_kind(roles, "")]
    if len(frame) == 1 or not measures:
        return list(dict.fromkeys([*kinds, "table"]))
    if _time_axis(roles):
        kinds += ["line", "area", "bar"]
    if _labels(roles):
        kinds.append("bar")
        if len(measures) == 1 and _pie_fits(roles, measures[0], MAX_PIE_SLICES_ON_REQUEST):
            kinds.append("pie")
    if len(measures) >= 2:
        kinds.append("scatter")
    if len(frame) >= MIN_HISTOGRAM_ROWS:
        kinds.append("histogram")
    return list(dict.fromkeys([*kinds, "table"]))


def spec_for_kind(df: pd.DataFrame, kind: str, question: str = "") -> ChartSpec:
    """The spec of one chart kind for this result (the UI's chart-type switcher).

    Raises ValueError with a readable message when the kind is unknown or does not fit the data.

    >>> spec_for_kind(pd.DataFrame({"region": ["West", "East"], "sales": [3.0, 2.0]}), "pie").title
    'Share of sales by region'
    """
    if kind not in CHART_KINDS:
        raise ValueError(f"Unknown chart type '{kind}'; choose one of: {', '.join(CHART_KINDS)}.")
    if df is None or df.empty:
        if kind == "table":
            return ChartSpec(kind="table", title="No rows")
        raise ValueError(f"A {kind} chart needs rows; this result is empty.")
    roles = _roles(df)
    fitting = _alternatives(roles)
    if kind not in fitting:
        raise ValueError(f"A {kind} chart does not fit this result; try: {', '.join(fitting)}.")
    return _spec(roles, kind, question)


# Specs ---------------------------------------------------------------------------------------------------------

def _human_list(cols: list[str]) -> str:
    words = [humanize(c).lower() for c in cols]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _long_labels(frame: pd.DataFrame, col: str) -> bool:
    labels = frame[col].dropna().astype(str)
    return frame[col].nunique() >= HORIZONTAL_BARS_FROM or bool(len(labels) and labels.str.len().max() > LONG_LABEL)


def _bar_axes(roles: Roles, measure: str) -> tuple[str, str | None]:
    """x and color of a bar chart: time first, else the category with more distinct values on x."""
    time = _time_axis(roles)
    labels = [c for c in _labels(roles) if c != time]
    if time:
        return time, (labels[0] if labels else None)
    if len(labels) >= 2:
        a, b = labels[0], labels[1]
        if roles.frame[b].nunique() > roles.frame[a].nunique():
            a, b = b, a
        return a, b
    return labels[0], None


def _spec(roles: Roles, kind: str, question: str) -> ChartSpec:
    builders = {"metric": _metric_spec, "table": _table_spec, "bar": _bar_spec, "line": _line_spec,
                "area": _line_spec, "pie": _pie_spec, "scatter": _scatter_spec, "histogram": _histogram_spec}
    return builders[kind](roles, question, kind)


def _metric_spec(roles: Roles, question: str, kind: str) -> ChartSpec:
    measures = roles.measures[:4]
    return ChartSpec(kind="metric", y=measures, title=_capital(_human_list(measures)))


def _table_spec(roles: Roles, question: str, kind: str) -> ChartSpec:
    return ChartSpec(kind="table", title="Result")


def _bar_spec(roles: Roles, question: str, kind: str) -> ChartSpec:
    measure = pick_measure(roles.measures, question)
    x, color = _bar_axes(roles, measure)
    if color and roles.frame[color].nunique() > MAX_COLORS:
        color = None
    y = [measure] if color else [measure] + [m for m in roles.measures if m != measure][: MAX_BAR_MEASURES - 1]
    horizontal = x != _time_axis(roles) and _long_labels(roles.frame, x)
    title = f"{_capital(_human_list(y))} by {humanize(x).lower()}" + (f" and {humanize(color).lower()}" if color
                                                                      else "")
    return ChartSpec(kind="bar", x=x, y=y, color=color, title=title, orientation="h" if horizontal else "v")


def _line_spec(roles: Roles, question: str, kind: str) -> ChartSpec:
    measure = pick_measure(roles.measures, question)
    x = _time_axis(roles) or _labels(roles)[0]
    others = [c for c in roles.categories if c != x]
    color = others[0] if others and roles.frame[others[0]].nunique() <= MAX_COLORS else None
    y = [measure] if color else [measure] + [m for m in roles.measures if m != measure][: MAX_LINE_MEASURES - 1]
    title = f"{_capital(_human_list(y))} by {humanize(x).lower()}" + (f" and {humanize(color).lower()}" if color
                                                                      else "")
    return ChartSpec(kind=kind, x=x, y=y, color=color, title=title)


def _pie_spec(roles: Roles, question: str, kind: str) -> ChartSpec:
    measure = pick_measure(roles.measures, question)
    x = _labels(roles)[0]
    return ChartSpec(kind="pie", x=x, y=[measure], title=f"Share of {humanize(measure).lower()} by "
                                                         f"{humanize(x).lower()}")


def _scatter_spec(roles: Roles, question: str, kind: str) -> ChartSpec:
    x, y = roles.measures[0], roles.measures[1]
    labels = [c for c in roles.categories if roles.frame[c].nunique() <= MAX_COLORS]
    return ChartSpec(kind="scatter", x=x, y=[y], color=labels[0] if labels else None,
                     title=f"{humanize(y)} vs {humanize(x).lower()}")


def _histogram_spec(roles: Roles, question: str, kind: str) -> ChartSpec:
    measure = pick_measure(roles.measures, question)
    return ChartSpec(kind="histogram", x=measure, title=f"Distribution of {humanize(measure).lower()}")


# ----------------------------------------------------------------------------------------------------------------
# Building the figure
# ----------------------------------------------------------------------------------------------------------------

def build_figure(df: pd.DataFrame | None, spec: ChartSpec) -> go.Figure | None:
    """THE function that turns a spec into a plotly figure; None for metric and table (the UI shows those).

    Raises ValueError when the spec names a column the result does not have.

    >>> df = pd.DataFrame({"year": [2016, 2017], "sales": [1.0, 2.0]})
    >>> build_figure(df, choose_chart(df)).data[0].type
    'scatter'
    """
    if spec.kind in ("metric", "table") or df is None or df.empty:
        return None
    frame = normalize_frame(df.rename(columns=str))
    spec = spec.validate_against(list(frame.columns))
    _check_numbers(frame, spec)
    builders = {"bar": _bar_figure, "line": _line_figure, "area": _line_figure, "pie": _pie_figure,
                "scatter": _scatter_figure, "histogram": _histogram_figure}
    fig, note, plotted = builders[spec.kind](frame, spec)
    _style(fig, plotted, spec.model_copy(update={"note": note or spec.note}))
    return fig


def _check_numbers(frame: pd.DataFrame, spec: ChartSpec) -> None:
    """A value column without a single number cannot be drawn (e.g. an LLM spec with a text column as y)."""
    values = spec.y if spec.kind != "scatter" else [spec.x, *spec.y]
    if spec.kind == "histogram":
        values = [spec.x or spec.y[0]]
    for col in values:
        if pd.to_numeric(frame[col], errors="coerce").notna().sum() == 0:
            raise ValueError(f"The chart cannot plot column '{col}': it holds no numbers.")


def _numeric(frame: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    out = frame.copy()
    for col in cols:
        values = pd.to_numeric(out[col], errors="coerce")
        out[col] = values.where(np.isfinite(values.astype("float64")))
    return out


def _as_category(series: pd.Series, name: str = "") -> pd.Series:
    """Labels as text so plotly draws a category axis (ids and years would become a number line)."""
    if pd.api.types.is_datetime64_any_dtype(series):
        word = period_word(name, series)
        return series.map(lambda v: "(missing)" if pd.isna(v) else period_label(v, word))
    return series.map(lambda v: "(missing)" if pd.isna(v) else str(int(v)) if isinstance(v, float) and
                      v.is_integer() else str(v))


def _aggregate(frame: pd.DataFrame, keys: list[str], ys: list[str]) -> pd.DataFrame:
    """One row per key combination: additive measures summed, others averaged."""
    if not frame.duplicated(subset=keys).any():
        return frame
    how = {y: "sum" if is_additive(y) else "mean" for y in ys}
    return frame.groupby(keys, sort=False, dropna=False)[ys].agg(how).reset_index()


def _bar_figure(frame: pd.DataFrame, spec: ChartSpec) -> tuple[go.Figure, str | None, pd.DataFrame]:
    keys = [spec.x] + ([spec.color] if spec.color else [])
    data = _aggregate(_numeric(frame, spec.y).dropna(subset=spec.y, how="all"), keys, spec.y)
    time_key = time_sort_key(data[spec.x]) if spec.x in _time_columns(frame) else None
    data = data.assign(**{spec.x: _as_category(data[spec.x], spec.x)})
    totals = data.groupby(spec.x, sort=False)[spec.y[0]].sum()
    note = None
    if time_key is not None:
        order = list(data.assign(_k=time_key.to_numpy()).sort_values("_k", kind="stable")[spec.x].drop_duplicates())
    else:
        order = list(totals.sort_values(ascending=False, kind="stable").index)
    if len(order) > MAX_BARS:
        note = f"Top {MAX_BARS} of {len(order):,} {humanize(spec.x).lower()} values shown"
        order = order[:MAX_BARS]
        data = data[data[spec.x].isin(order)]
    horizontal = spec.orientation == "h"
    value_axis = spec.y if len(spec.y) > 1 else spec.y[0]
    fig = px.bar(data, x=value_axis if horizontal else spec.x, y=spec.x if horizontal else value_axis,
                 color=spec.color, barmode="group", orientation=spec.orientation, template=TEMPLATE)
    axis = fig.update_yaxes if horizontal else fig.update_xaxes
    axis(categoryorder="array", categoryarray=order[::-1] if horizontal else order, type="category")
    if not spec.color and len(spec.y) == 1:
        _color_negatives(fig, horizontal)
    if horizontal:
        fig.update_layout(height=max(400, 120 + BAR_PIXELS * len(order) * max(1, len(spec.y))))
    return fig, note, data


def _color_negatives(fig: go.Figure, horizontal: bool) -> None:
    """Bars below zero (losses) in a second colour."""
    trace = fig.data[0]
    values = pd.to_numeric(pd.Series(trace.x if horizontal else trace.y), errors="coerce")
    if (values < 0).any():
        trace.marker.color = [NEGATIVE_COLOR if v < 0 else POSITIVE_COLOR for v in values]


def _time_columns(frame: pd.DataFrame) -> list[str]:
    return column_roles(frame).time


def _line_figure(frame: pd.DataFrame, spec: ChartSpec) -> tuple[go.Figure, str | None, pd.DataFrame]:
    keys = [spec.x] + ([spec.color] if spec.color else [])
    data = _aggregate(_numeric(frame, spec.y).dropna(subset=[spec.x]), keys, spec.y)
    key = time_sort_key(data[spec.x])
    if key is not None:
        data = data.assign(_k=key.to_numpy()).sort_values("_k", kind="stable").drop(columns="_k")
    draw = px.area if spec.kind == "area" else px.line
    fig = draw(data, x=spec.x, y=spec.y if len(spec.y) > 1 else spec.y[0], color=spec.color, template=TEMPLATE,
               markers=len(data) <= 40 if spec.kind == "line" else None)
    if _year_like(data[spec.x]):
        fig.update_xaxes(tickformat="d", dtick=1 if data[spec.x].nunique() <= 20 else None)
    elif not pd.api.types.is_numeric_dtype(data[spec.x]) and not pd.api.types.is_datetime64_any_dtype(data[spec.x]):
        fig.update_xaxes(type="category")
    return fig, None, data


def _year_like(series: pd.Series) -> bool:
    if not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        return False
    values = series.dropna()
    return bool(len(values)) and bool(((values % 1 == 0) & (values >= 1900) & (values <= 2100)).all())


def _pie_figure(frame: pd.DataFrame, spec: ChartSpec) -> tuple[go.Figure, str | None, pd.DataFrame]:
    data = _aggregate(_numeric(frame, spec.y).dropna(subset=spec.y), [spec.x], spec.y)
    data = data.assign(**{spec.x: _as_category(data[spec.x])}).sort_values(spec.y[0], ascending=False)
    note = None
    if len(data) > MAX_PIE_SLICES_ON_REQUEST:
        rest = data.iloc[MAX_PIE_SLICES_ON_REQUEST - 1:]
        other = pd.DataFrame({spec.x: ["Other"], spec.y[0]: [rest[spec.y[0]].sum()]})
        data = pd.concat([data.iloc[: MAX_PIE_SLICES_ON_REQUEST - 1][[spec.x, spec.y[0]]], other])
        note = f"{len(rest):,} smallest grouped as Other"
    fig = px.pie(data, names=spec.x, values=spec.y[0], template=TEMPLATE, hole=0.35)
    fig.update_traces(textinfo="percent+label", sort=False)
    return fig, note, data


def _scatter_figure(frame: pd.DataFrame, spec: ChartSpec) -> tuple[go.Figure, str | None, pd.DataFrame]:
    data = _numeric(frame, [spec.x, *spec.y]).dropna(subset=[spec.x, spec.y[0]])
    if spec.color:
        data = data.assign(**{spec.color: _as_category(data[spec.color])})
    hover = [c for c in data.columns if c not in {spec.x, spec.y[0], spec.color}][:3] or None
    fig = px.scatter(data, x=spec.x, y=spec.y[0], color=spec.color, hover_data=hover, template=TEMPLATE)
    return fig, None, data


def _histogram_figure(frame: pd.DataFrame, spec: ChartSpec) -> tuple[go.Figure, str | None, pd.DataFrame]:
    col = spec.x or spec.y[0]
    data = _numeric(frame, [col]).dropna(subset=[col])
    fig = px.histogram(data, x=col, color=spec.color, nbins=min(50, max(10, len(data) // 20)), template=TEMPLATE)
    fig.update_yaxes(title_text="Rows")
    return fig, None, data


# Styling -------------------------------------------------------------------------------------------------------

def _value_format(frame: pd.DataFrame, cols: list[str]) -> str | None:
    """Tick format for value axes: percentages for 0..1 rate columns, thousands separators for big numbers."""
    values = pd.concat([pd.to_numeric(frame[c], errors="coerce") for c in cols]).dropna()
    if values.empty:
        return None
    words = set().union(*(name_tokens(c) for c in cols))
    if words & PERCENT_WORDS and values.between(-1, 1).all():
        return ".0%"
    return ",.3~s" if values.abs().max() >= 10_000 else ","


def _style(fig: go.Figure, frame: pd.DataFrame, spec: ChartSpec) -> None:
    title = spec.title or spec.kind.capitalize()
    if spec.note:
        title += f"<br><sup>{spec.note}</sup>"
    fig.update_layout(title={"text": title, "x": 0.01}, margin={"l": 10, "r": 10, "t": 70, "b": 10},
                      legend_title_text=humanize(spec.color) if spec.color else "", separators=".,")
    if spec.kind == "pie":
        return
    value_title = humanize(spec.y[0]) if len(spec.y) == 1 else "Value"
    x_title = humanize(spec.x) if spec.x else value_title
    if spec.kind == "histogram":
        value_title, fmt_cols = "Rows", [spec.x or spec.y[0]]
    else:
        fmt_cols = spec.y
    horizontal = spec.kind == "bar" and spec.orientation == "h"
    value_axis, label_axis = (fig.update_xaxes, fig.update_yaxes) if horizontal else (fig.update_yaxes,
                                                                                       fig.update_xaxes)
    label_axis(title_text=x_title)
    value_axis(title_text=value_title)
    fmt = _value_format(frame, fmt_cols)
    if fmt and spec.kind != "histogram":
        value_axis(tickformat=fmt)
    if len(spec.y) > 1 and not spec.color:
        for trace in fig.data:
            trace.name = humanize(trace.name)
        fig.update_layout(legend_title_text="")
