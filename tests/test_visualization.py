"""Offline visualization agent: chart choice, spec validation, figures (pure pandas, no database needed)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from agents.analysis import analyze, grounded
from agents.visualization import (
    MAX_BARS,
    ChartSpec,
    alternatives,
    build_figure,
    choose_chart,
    spec_for_kind,
)

REGIONS = pd.DataFrame({"region": ["East", "West", "South", "Central"],
                        "sales": [678781.24, 725457.82, 391721.91, 501239.89]})
SUB_CATEGORIES = pd.DataFrame({"sub_category": [f"Sub category {i}" for i in range(17)],
                               "total_profit": [Decimal(str(1000 * i - 3000)) for i in range(17)]})
YEARS = pd.DataFrame({"order_year": [2016, 2014, 2017, 2015], "sales": [609205.6, 484247.5, 733215.26, 470532.51],
                      "profit": [81795.17, 49543.97, 93439.27, 61618.6]})
MONTH_SEGMENTS = pd.DataFrame({"month": pd.date_range("2016-01-01", periods=6, freq="MS").repeat(3),
                               "segment": ["Consumer", "Corporate", "Home Office"] * 6,
                               "sales": np.arange(18.0) + 1})
REGION_SEGMENTS = pd.DataFrame({"region": ["West", "West", "East", "East", "South", "South"],
                                "segment": ["Consumer", "Corporate"] * 3, "sales": [5.0, 4.0, 3.0, 2.0, 1.0, 0.5]})
MEASURES = pd.DataFrame({"sales": np.arange(40.0), "profit": np.arange(40.0) ** 1.5})
ONE_MEASURE = pd.DataFrame({"sales": np.random.default_rng(0).lognormal(4, 1, 500)})
WIDE = pd.DataFrame({c: [1.0, 2.0, 3.0] for c in "abcdefgh"})
TEXT = pd.DataFrame({"customer_name": ["Ann", "Bob"], "city": ["Paris", "Rome"]})
SHARE = "What share of sales does each region have?"


def trace_types(fig: go.Figure) -> set[str]:
    return {t.type for t in fig.data}


# ---- choose_chart ----------------------------------------------------------------------------------------------

def test_single_value_is_a_metric():
    spec = choose_chart(pd.DataFrame({"total_profit": [286397.02]}), "total profit")
    assert (spec.kind, spec.y, spec.title) == ("metric", ["total_profit"], "Total profit")


def test_single_row_of_measures_is_a_metric():
    spec = choose_chart(pd.DataFrame({"region": ["West"], "sales": [1.0], "profit": [2.0]}), "")
    assert spec.kind == "metric" and spec.y == ["sales", "profit"]


def test_one_category_and_a_measure_is_a_vertical_bar():
    spec = choose_chart(REGIONS, "sales by region")
    assert (spec.kind, spec.x, spec.y, spec.orientation, spec.title) == ("bar", "region", ["sales"], "v",
                                                                         "Sales by region")


def test_many_categories_give_horizontal_bars():
    spec = choose_chart(SUB_CATEGORIES, "profit by sub-category")
    assert (spec.kind, spec.orientation) == ("bar", "h")


def test_long_labels_give_horizontal_bars():
    df = pd.DataFrame({"product_name": ["A very long product name indeed", "Short"], "sales": [1.0, 2.0]})
    assert choose_chart(df, "").orientation == "h"


def test_several_measures_per_category_are_grouped_bars():
    df = pd.DataFrame({"region": ["West", "East"], "sales": [3.0, 2.0], "profit": [1.0, 0.5]})
    spec = choose_chart(df, "")
    assert (spec.kind, spec.y, spec.title) == ("bar", ["sales", "profit"], "Sales and profit by region")


def test_pie_only_for_share_questions():
    assert choose_chart(REGIONS, SHARE).kind == "pie"
    assert choose_chart(REGIONS, "What percentage of sales comes from each region?").kind == "pie"
    assert choose_chart(REGIONS, "breakdown of sales by region").kind == "pie"
    assert choose_chart(REGIONS, "sales by region").kind == "bar"


def test_no_pie_with_more_than_six_slices():
    df = pd.DataFrame({"region": list("ABCDEFG"), "sales": [7.0, 6, 5, 4, 3, 2, 1]})
    assert choose_chart(df, SHARE).kind == "bar"


def test_no_pie_with_negative_zero_or_missing_values():
    for values in ([3.0, -1.0, 2.0], [3.0, 0.0, 2.0], [3.0, None, 2.0]):
        df = pd.DataFrame({"region": ["A", "B", "C"], "sales": values})
        assert choose_chart(df, SHARE).kind == "bar"


@pytest.mark.parametrize("df", [
    pd.DataFrame({"year": [2015, 2016, 2017], "sales": [1.0, 2.0, 3.0]}),
    pd.DataFrame({"month": [1, 2, 3], "sales": [1.0, 2.0, 3.0]}),
    pd.DataFrame({"order_date": pd.to_datetime(["2016-01-01", "2016-01-02", "2016-01-03"]), "sales": [1.0, 2, 3]}),
    pd.DataFrame({"order_date": [dt.date(2016, 1, 1), dt.date(2016, 1, 2)], "sales": [1.0, 2.0]}),
    pd.DataFrame({"order_date": ["2016-01-01", "2016-02-01"], "sales": [1.0, 2.0]}),
    pd.DataFrame({"quarter": ["2016-Q1", "2016-Q2"], "sales": [1.0, 2.0]}),
    pd.DataFrame({"ts": [pd.Timestamp("2016-01-01 10:00"), pd.Timestamp("2016-01-01 11:00")], "n": [1, 2]}),
])
def test_time_columns_give_a_line(df):
    spec = choose_chart(df, "")
    assert spec.kind == "line" and spec.x == df.columns[0]


def test_line_with_several_measures():
    spec = choose_chart(YEARS, "sales and profit per year")
    assert (spec.kind, spec.x, spec.y, spec.color) == ("line", "order_year", ["sales", "profit"], None)


def test_time_and_category_give_a_colored_line():
    spec = choose_chart(MONTH_SEGMENTS, "monthly sales by segment")
    assert (spec.kind, spec.x, spec.y, spec.color) == ("line", "month", ["sales"], "segment")
    assert spec.title == "Sales by month and segment"


def test_two_categories_give_a_colored_bar():
    spec = choose_chart(REGION_SEGMENTS, "sales by region and segment")
    assert (spec.kind, spec.x, spec.color) == ("bar", "region", "segment")


def test_two_measures_give_a_scatter():
    spec = choose_chart(MEASURES, "sales vs profit")
    assert (spec.kind, spec.x, spec.y, spec.title) == ("scatter", "sales", ["profit"], "Profit vs sales")


def test_one_measure_with_many_rows_is_a_histogram_few_rows_a_table():
    assert choose_chart(ONE_MEASURE, "").kind == "histogram"
    assert choose_chart(ONE_MEASURE.head(5), "").kind == "table"


@pytest.mark.parametrize("df", [WIDE, TEXT, pd.DataFrame(), pd.DataFrame({"sales": []}),
                                pd.DataFrame({"a": ["x"], "b": ["y"], "c": ["z"], "sales": [1.0]}).iloc[[0, 0]]])
def test_wide_text_or_empty_results_are_tables(df):
    assert choose_chart(df, "").kind == "table"
    assert build_figure(df, choose_chart(df, "")) is None


def test_choose_chart_handles_none():
    assert choose_chart(None, "").kind == "table"


def test_ids_serve_as_labels():
    df = pd.DataFrame({"order_id": ["CA-1", "CA-2", "CA-3"], "sales": [5.0, 4.0, 3.0]})
    assert choose_chart(df, "top orders").x == "order_id"


# ---- ChartSpec validation --------------------------------------------------------------------------------------

def test_unknown_column_is_named():
    with pytest.raises(ValueError, match="unknown column 'city'"):
        ChartSpec(kind="bar", x="city", y=["sales"]).validate_against(["region", "sales"])
    with pytest.raises(ValueError, match="unknown column 'margin'"):
        ChartSpec(kind="line", x="region", y=["sales", "margin"]).validate_against(["region", "sales"])
    with pytest.raises(ValueError, match="unknown column 'segment'"):
        ChartSpec(kind="bar", x="region", y=["sales"], color="segment").validate_against(["region", "sales"])


def test_names_differing_in_case_or_spacing_are_corrected():
    spec = ChartSpec(kind="bar", x="Region", y=["Total Sales", "total_sales"]).validate_against(
        ["region", "total_sales"])
    assert (spec.x, spec.y) == ("region", ["total_sales"])


def test_shape_requirements():
    with pytest.raises(ValueError, match="needs an x column"):
        ChartSpec(kind="bar", y=["sales"]).validate_against(["sales"])
    with pytest.raises(ValueError, match="metric needs"):
        ChartSpec(kind="metric").validate_against(["sales"])
    with pytest.raises(ValueError, match="histogram needs"):
        ChartSpec(kind="histogram").validate_against(["sales"])
    assert ChartSpec(kind="pie", x="r", y=["a", "b"]).validate_against(["r", "a", "b"]).y == ["a"]
    assert ChartSpec(kind="table").validate_against([]).kind == "table"


def test_spec_accepts_a_single_y_and_rejects_unknown_kinds():
    assert ChartSpec(kind="bar", x="region", y="sales").y == ["sales"]
    with pytest.raises(ValidationError):
        ChartSpec(kind="radar", x="region", y=["sales"])


@pytest.mark.parametrize(("written", "kind"), [("Bar chart", "bar"), ("donut", "pie"), ("KPI", "metric"),
                                               ("line_chart", "line"), ("scatter plot", "scatter"), ("Table", "table")])
def test_spec_accepts_kind_synonyms_written_by_models(written, kind):
    assert ChartSpec(kind=written, x="a", y="b").kind == kind
    assert ChartSpec(kind="bar", orientation="horizontal").orientation == "h"


def test_build_figure_rejects_a_spec_with_unknown_columns():
    with pytest.raises(ValueError, match="unknown column 'city'"):
        build_figure(REGIONS, ChartSpec(kind="bar", x="city", y=["sales"]))


def test_build_figure_rejects_a_text_value_column():
    with pytest.raises(ValueError, match="cannot plot column 'region'"):
        build_figure(REGIONS, ChartSpec(kind="bar", x="sales", y=["region"]))


# ---- build_figure ----------------------------------------------------------------------------------------------

def test_bar_figure_is_sorted_styled_and_titled():
    fig = build_figure(REGIONS, choose_chart(REGIONS, "sales by region"))
    assert isinstance(fig, go.Figure) and trace_types(fig) == {"bar"}
    assert list(fig.layout.xaxis.categoryarray) == ["West", "East", "Central", "South"]
    assert fig.layout.title.text == "Sales by region"
    assert fig.layout.xaxis.title.text == "Region" and fig.layout.yaxis.title.text == "Sales"
    assert fig.layout.yaxis.tickformat
    assert fig.layout.template.layout.plot_bgcolor == "white"  # plotly_white


def test_horizontal_bar_figure_puts_the_largest_on_top():
    fig = build_figure(SUB_CATEGORIES, choose_chart(SUB_CATEGORIES, ""))
    assert fig.data[0].orientation == "h"
    assert list(fig.layout.yaxis.categoryarray)[-1] == "Sub category 16"
    assert fig.layout.yaxis.title.text == "Sub category" and fig.layout.xaxis.title.text == "Total profit"


def test_no_more_than_fifty_bars_with_a_note():
    df = pd.DataFrame({"customer": [f"C{i}" for i in range(120)], "sales": np.arange(120.0)})
    fig = build_figure(df, choose_chart(df, ""))
    assert len(fig.data[0].y) == MAX_BARS
    assert "C119" in list(fig.data[0].y) and "C0" not in list(fig.data[0].y)
    assert "Top 50 of 120" in fig.layout.title.text


def test_grouped_and_colored_bars():
    fig = build_figure(REGION_SEGMENTS, choose_chart(REGION_SEGMENTS, ""))
    assert trace_types(fig) == {"bar"} and len(fig.data) == 2
    assert fig.layout.barmode == "group" and fig.layout.legend.title.text == "Segment"


def test_pie_figure():
    fig = build_figure(REGIONS, choose_chart(REGIONS, SHARE))
    assert trace_types(fig) == {"pie"} and fig.layout.title.text == "Share of sales by region"


def test_line_figure_is_chronological_with_named_series():
    fig = build_figure(YEARS, choose_chart(YEARS, ""))
    assert trace_types(fig) == {"scatter"} and [t.name for t in fig.data] == ["Sales", "Profit"]
    assert list(fig.data[0].x) == [2014, 2015, 2016, 2017]
    assert fig.layout.xaxis.tickformat == "d"


def test_month_names_are_plotted_in_calendar_order():
    df = pd.DataFrame({"month": ["Mar", "Jan", "Feb"], "sales": [3.0, 1.0, 2.0]})
    fig = build_figure(df, choose_chart(df, ""))
    assert list(fig.data[0].x) == ["Jan", "Feb", "Mar"]


def test_colored_line_figure():
    fig = build_figure(MONTH_SEGMENTS, choose_chart(MONTH_SEGMENTS, ""))
    assert trace_types(fig) == {"scatter"} and len(fig.data) == 3


def test_scatter_and_histogram_figures():
    assert trace_types(build_figure(MEASURES, choose_chart(MEASURES, ""))) == {"scatter"}
    assert trace_types(build_figure(ONE_MEASURE, choose_chart(ONE_MEASURE, ""))) == {"histogram"}


def test_area_figure():
    fig = build_figure(YEARS, spec_for_kind(YEARS, "area"))
    assert trace_types(fig) == {"scatter"} and fig.data[0].stackgroup


def test_metric_and_table_have_no_figure():
    assert build_figure(REGIONS, ChartSpec(kind="table")) is None
    assert build_figure(REGIONS, ChartSpec(kind="metric", y=["sales"])) is None
    assert build_figure(pd.DataFrame({"sales": []}), ChartSpec(kind="bar", x="sales", y=["sales"])) is None


def test_decimal_nan_and_none_values():
    df = pd.DataFrame({"region": ["West", "East", None, "South"],
                       "sales": [Decimal("10.50"), None, Decimal("3"), Decimal("NaN")]})
    spec = choose_chart(df, "")
    fig = build_figure(df, spec)
    assert spec.kind == "bar" and list(fig.layout.xaxis.categoryarray) == ["West", "(missing)"]


def test_pandas_timestamps_and_decimals_in_a_line():
    df = pd.DataFrame({"order_date": [pd.Timestamp("2016-02-01"), pd.Timestamp("2016-01-01")],
                       "sales": [Decimal("2.5"), Decimal("1.25")]})
    fig = build_figure(df, choose_chart(df, ""))
    assert list(fig.data[0].y) == [1.25, 2.5]


def test_duplicate_labels_are_aggregated():
    df = pd.DataFrame({"region": ["West", "East", "West"], "sales": [1.0, 5.0, 2.0]})
    fig = build_figure(df, spec_for_kind(df, "bar"))
    assert dict(zip(fig.data[0].x, fig.data[0].y, strict=True)) == {"East": 5.0, "West": 3.0}


def test_non_string_column_names():
    df = pd.DataFrame({0: ["a", "b"], 1: [1.0, 2.0]})
    spec = choose_chart(df, "")
    assert (spec.kind, spec.x, spec.y) == ("bar", "0", ["1"])
    assert trace_types(build_figure(df, spec)) == {"bar"}


def test_large_frame():
    rng = np.random.default_rng(1)
    df = pd.DataFrame({"customer": [f"Customer {i}" for i in range(10_000)], "sales": rng.lognormal(4, 1, 10_000)})
    fig = build_figure(df, choose_chart(df, ""))
    assert len(fig.data[0].y) == MAX_BARS


# ---- alternatives and spec_for_kind ----------------------------------------------------------------------------

@pytest.mark.parametrize(("df", "expected"), [
    (REGIONS, ["bar", "pie", "table"]),
    (SUB_CATEGORIES, ["bar", "table"]),
    (YEARS, ["line", "area", "bar", "scatter", "table"]),
    (MEASURES, ["scatter", "histogram", "table"]),
    (ONE_MEASURE, ["histogram", "table"]),
    (pd.DataFrame({"n": [1]}), ["metric", "table"]),
    (TEXT, ["table"]),
    (pd.DataFrame(), ["table"]),
])
def test_alternatives(df, expected):
    assert alternatives(df) == expected


@pytest.mark.parametrize("df", [REGIONS, SUB_CATEGORIES, YEARS, MONTH_SEGMENTS, REGION_SEGMENTS, MEASURES,
                                ONE_MEASURE, WIDE])
def test_every_alternative_builds(df):
    for kind in alternatives(df):
        spec = spec_for_kind(df, kind)
        assert spec.kind == kind
        fig = build_figure(df, spec)
        assert (fig is None) == (kind in ("metric", "table"))


def test_spec_for_kind_errors_are_readable():
    with pytest.raises(ValueError, match="Unknown chart type 'radar'"):
        spec_for_kind(REGIONS, "radar")
    with pytest.raises(ValueError, match="does not fit this result; try: bar, pie, table"):
        spec_for_kind(REGIONS, "scatter")
    with pytest.raises(ValueError, match="result is empty"):
        spec_for_kind(pd.DataFrame({"sales": []}), "bar")


def test_spec_for_kind_bar_over_time_with_color():
    spec = spec_for_kind(MONTH_SEGMENTS, "bar")
    assert (spec.x, spec.color) == ("month", "segment")
    fig = build_figure(MONTH_SEGMENTS, spec)
    assert list(fig.layout.xaxis.categoryarray) == ["2016-01", "2016-02", "2016-03", "2016-04", "2016-05", "2016-06"]
    assert len(fig.data) == 3


def test_all_missing_measure_is_a_table_and_infinities_are_dropped():
    assert choose_chart(pd.DataFrame({"region": ["a", "b"], "sales": [np.nan, np.nan]}), "").kind == "table"
    df = pd.DataFrame({"region": ["a", "b", "c"], "ratio": [1.0, np.inf, 2.0]})
    fig = build_figure(df, choose_chart(df, ""))
    assert list(fig.layout.xaxis.categoryarray) == ["c", "a"]


def test_duplicate_column_names_and_booleans():
    df = pd.DataFrame([["x", 2], ["y", 4]], columns=["a", "a"])
    spec = choose_chart(df, "")
    assert (spec.kind, spec.x, spec.y) == ("bar", "a", ["a_2"])
    assert trace_types(build_figure(df, spec)) == {"bar"}
    flags = pd.DataFrame({"returned": [True, False], "orders": [10, 20]})
    assert choose_chart(flags, "").x == "returned"
    assert list(build_figure(flags, choose_chart(flags, "")).layout.xaxis.categoryarray) == ["False", "True"]


def test_spec_round_trips_through_a_dict():
    spec = choose_chart(REGION_SEGMENTS, "")
    assert ChartSpec(**spec.model_dump()) == spec
    assert ChartSpec.model_validate_json(spec.model_dump_json()) == spec


def test_losses_get_their_own_colour_and_value_format_follows_plotted_totals():
    fig = build_figure(SUB_CATEGORIES, choose_chart(SUB_CATEGORIES, ""))
    colours = dict(zip(fig.data[0].y, fig.data[0].marker.color, strict=True))
    assert colours["Sub category 0"] != colours["Sub category 16"]
    rows = pd.DataFrame({"category": ["A", "B"] * 500, "sales": [30.0] * 1000})
    assert build_figure(rows, choose_chart(rows, "")).layout.yaxis.tickformat == ",.3~s"  # totals of 15,000


def test_numeric_ids_are_labels_and_columns_listed():
    df = pd.DataFrame({"customer_id": [101, 102, 103], "sales": [3.0, 1.0, 2.0]})
    spec = choose_chart(df, "")
    assert (spec.kind, spec.x) == ("bar", "customer_id")
    assert list(build_figure(df, spec).layout.xaxis.categoryarray) == ["101", "103", "102"]
    assert spec.columns() == ["customer_id", "sales"]


def test_x_is_the_category_with_more_values():
    df = pd.DataFrame({"segment": ["A", "A", "A", "B", "B", "B"], "region": ["W", "E", "S"] * 2,
                       "sales": [1.0, 2, 3, 4, 5, 6]})
    assert (choose_chart(df, "").x, choose_chart(df, "").color) == ("region", "segment")


def test_pie_of_many_slices_groups_the_rest_as_other():
    df = pd.DataFrame({"state": [f"S{i:02d}" for i in range(20)], "sales": np.arange(20.0) + 1})
    fig = build_figure(df, ChartSpec(kind="pie", x="state", y=["sales"], title="Share"))
    assert len(fig.data[0].labels) == 12 and "Other" in list(fig.data[0].labels)
    assert "9 smallest grouped as Other" in fig.layout.title.text


def test_scatter_colored_by_category_and_rates_as_percentages():
    df = pd.DataFrame({"category": ["A", "B"] * 10, "sales": np.arange(20.0), "discount_rate": np.linspace(0, 0.8, 20)})
    spec = spec_for_kind(df, "scatter")
    assert (spec.x, spec.y, spec.color) == ("sales", ["discount_rate"], "category")
    fig = build_figure(df, spec)
    assert len(fig.data) == 2 and fig.layout.yaxis.tickformat == ".0%"


def test_share_columns_leave_the_chart_to_the_base_measure():
    df = pd.DataFrame({"segment": ["Consumer", "Corporate", "Home Office"], "total_sales": [50.0, 30.0, 20.0],
                       "share_of_total_sales": [0.5, 0.3, 0.2]})
    spec = choose_chart(df, "what share of sales does each segment have")
    assert (spec.kind, spec.y) == ("pie", ["total_sales"])
    assert choose_chart(df, "sales by segment").y == ["total_sales"]
    ranked = pd.DataFrame({"rank": [1, 2], "customer": ["Ann", "Bob"], "sales": [9.0, 7.0]})
    assert choose_chart(ranked, "").y == ["sales"]


COLUMN_KINDS = {
    "region": st.sampled_from(["West", "East", None, ""]),
    "order_year": st.sampled_from([2014, 2015, 2016]),
    "order_date": st.sampled_from([pd.Timestamp("2016-01-01"), pd.Timestamp("2016-02-01"), None]),
    "sales": st.one_of(st.floats(-1e6, 1e6), st.just(float("nan")), st.none()),
    "profit": st.one_of(st.decimals(-1000, 1000, places=2, allow_nan=False), st.none()),
    "quantity": st.integers(0, 50),
    "customer_id": st.integers(1, 9),
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_result_gets_a_chart_that_builds(data):
    columns = data.draw(st.lists(st.sampled_from(sorted(COLUMN_KINDS)), min_size=1, max_size=4, unique=True))
    rows = data.draw(st.integers(0, 12))
    df = pd.DataFrame({c: [data.draw(COLUMN_KINDS[c]) for _ in range(rows)] for c in columns})
    question = data.draw(st.sampled_from(["", "share of sales by region", "sales per year"]))
    spec = choose_chart(df, question)
    assert spec.kind in alternatives(df)
    for kind in alternatives(df):
        fig = build_figure(df, spec_for_kind(df, kind, question))
        assert fig is None or isinstance(fig, go.Figure)
    insight = analyze(df, question, truncated=rows > 10)
    assert insight.text and grounded(insight.text, insight.facts) == insight.text
