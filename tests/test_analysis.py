"""Offline analysis agent: column roles, facts, grounded insights (pure pandas, no database needed)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agents.analysis import (
    Fact,
    Insight,
    analyze,
    column_roles,
    compute_facts,
    fmt_number,
    grounded,
    humanize,
    known_numbers,
    numbers_in,
    plural,
)

REGIONS = pd.DataFrame({"region": ["West", "East", "Central", "South"],
                        "total_sales": [725457.82, 678781.24, 501239.89, 391721.91]})
SUB_CATEGORIES = ["Phones", "Chairs", "Storage", "Tables", "Binders", "Machines", "Accessories", "Copiers",
                  "Bookcases", "Appliances", "Furnishings", "Paper", "Supplies", "Art", "Envelopes", "Labels",
                  "Fasteners"]
SUB_PROFIT = [44515.73, 26590.17, 21278.83, -17725.48, 30221.76, 3384.76, 41936.64, 55617.82, -3472.56, 18138.01,
              13059.14, 34053.57, -1189.10, 6527.79, 6964.18, 5546.25, 949.52]
YEARS = pd.DataFrame({"order_year": [2014, 2015, 2016, 2017],
                      "sales": [484247.50, 470532.51, 609205.60, 733215.26]})


def keys(facts: list[Fact]) -> list[str]:
    return [f.key for f in facts]


def assert_grounded(insight: Insight) -> None:
    """Every number of the text is among the facts, and `grounded` keeps the whole text."""
    assert grounded(insight.text, insight.facts) == insight.text
    allowed = known_numbers(insight.facts)
    for number in numbers_in(insight.text):
        assert any(abs(abs(number) - abs(a)) < 1e-6 for a in allowed), number


# ---- roles --------------------------------------------------------------------------------------------------------

def test_roles_of_a_typical_result():
    df = pd.DataFrame({"order_id": ["CA-1", "CA-2"], "customer_id": [10, 11], "order_year": [2016, 2017],
                       "month": [1, 2], "region": ["West", "East"], "sales": [1.5, 2.5], "quantity": [3, 4],
                       "days_to_ship": [2, 5], "postal_code": [10001, 94105]})
    roles = column_roles(df)
    assert roles.measures == ["sales", "quantity", "days_to_ship"]
    assert roles.time == ["order_year", "month"]
    assert roles.categories == ["order_id", "region"]
    assert roles.ids == ["customer_id", "postal_code"]
    assert roles.kinds == {"sales": "money", "quantity": "int", "days_to_ship": "int"}


def test_roles_normalize_decimal_timestamp_date_and_iso_text():
    df = pd.DataFrame({"total_profit": [Decimal("1.50"), None, Decimal("-3")],
                       "ship_date": [dt.date(2016, 1, 1), dt.date(2016, 1, 2), None],
                       "created": [pd.Timestamp("2016-01-01 10:00"), pd.Timestamp("2016-01-02"), pd.NaT],
                       "order_date": ["2016-01-01", "2016-01-02", "2016-01-03"]})
    roles = column_roles(df)
    assert roles.measures == ["total_profit"]
    assert roles.frame["total_profit"].dtype == "float64"
    assert roles.time == ["ship_date", "created", "order_date"]
    assert all(pd.api.types.is_datetime64_any_dtype(roles.frame[c]) for c in roles.time)


def test_year_detected_by_name_and_range_only():
    assert column_roles(pd.DataFrame({"fiscal_yr": [2015, 2016], "x": [1.0, 2.0]})).time == ["fiscal_yr"]
    assert column_roles(pd.DataFrame({"yearly_sales": [1500.0, 99.5]})).measures == ["yearly_sales"]


def test_all_null_column_is_ignored():
    roles = column_roles(pd.DataFrame({"region": ["West"], "sales": [1.5], "profit": [None]}))
    assert roles.empty == ["profit"] and roles.categories == ["region"]


# ---- formatting ---------------------------------------------------------------------------------------------------

def test_formatting_helpers():
    assert fmt_number(725457.8213, "money") == "725,457.82"
    assert fmt_number(1234, "int") == "1,234"
    assert fmt_number(0.1562) == "0.156"
    assert fmt_number(3, "money") == "3.00"
    assert humanize("sum(sales)") == "Total sales"
    assert humanize("avg_discount") == "Average discount"
    assert humanize("count_star()") == "Number of rows"
    assert plural("sub category") == "sub categories"
    assert plural("city") == "cities" and plural("day") == "days"


# ---- numbers and grounding ----------------------------------------------------------------------------------------

def test_numbers_in_reads_separators_percent_scales_and_skips_dates():
    text = "West: 725,457.82 (31.6%), 2.3M, 1.2 billion and -17,725.48 on 2017-03-01 at 10:30 in Q1 2017; r = 0.48."
    assert numbers_in(text) == [725457.82, 31.6, 2_300_000.0, 1_200_000_000.0, -17725.48, 2017.0, 0.48]


def test_task_example_fact():
    fact = Fact(key="top", text="West has the highest total_sales: 725,457.82 (31.6% of 2,297,200.86)",
                numbers=[725457.82, 31.6, 2297200.86])
    assert numbers_in(fact.text) == fact.numbers
    assert str(fact) == fact.text


@pytest.mark.parametrize("sentence", [
    "West sold 725,457.82.", "West sold 725457.820.", "West sold about 725,458.", "West sold 725.5K.",
    "West sold 0.73 million.", "That is 31.6% of the total.", "That is roughly 32% of the total.",
    "Sales reached 2,297,200.86 overall.", "Sales reached $2.3M overall.", "The share is 0.316.",
])
def test_grounded_keeps_rounded_and_reformatted_numbers(sentence):
    facts = [Fact(key="top", text="West has the highest sales: 725,457.82 (31.6% of 2,297,200.86).",
                  numbers=[725457.82, 31.6, 2297200.86, 0.316])]
    assert grounded(sentence, facts) == sentence


def test_grounded_tolerates_1234_5_formats():
    facts = [Fact(key="x", text="Total is 1,234.5.", numbers=[1234.5])]
    assert grounded("It is 1234.50. Or 1,234.5 really.", facts) == "It is 1234.50. Or 1,234.5 really."


def test_grounded_drops_sentences_with_invented_numbers():
    facts = [Fact(key="top", text="West has the highest sales: 725,457.82 (31.6% of 2,297,200.86).")]
    text = "West leads with 725,458. It grew 80% in 2018. Sales total 2.3 million. East has 500,000.00."
    assert grounded(text, facts) == "West leads with 725,458. Sales total 2.3 million."


def test_grounded_keeps_sentences_without_numbers_and_handles_empty_text():
    assert grounded("", []) == ""
    assert grounded("Sales grew steadily. Profit fell 5%.", []) == "Sales grew steadily."


# ---- insights -----------------------------------------------------------------------------------------------------

def test_empty_result():
    for df in (pd.DataFrame({"sales": []}), pd.DataFrame(), None):
        insight = analyze(df, "sales in 1999")
        assert insight.text.startswith("No rows matched")
        assert keys(insight.facts) == ["empty"]


def test_single_value():
    insight = analyze(pd.DataFrame({"total_profit": [286397.02]}), "What is the total profit?")
    assert insight.text == "Total profit is 286,397.02."
    assert insight.facts[0].numbers == [286397.02]


def test_single_value_decimal_and_count():
    assert analyze(pd.DataFrame({"total_profit": [Decimal("286397.0200")]}), "").text == "Total profit is 286,397.02."
    assert analyze(pd.DataFrame({"count_star()": [9994]}), "").text == "Number of rows is 9,994."


def test_single_row_with_label_and_missing_value():
    text = analyze(pd.DataFrame({"region": ["West"], "sales": [725457.82], "profit": [np.nan]}), "").text
    assert text == "For West, sales is 725,457.82 and profit is not available."


def test_category_top_bottom_share_and_total():
    insight = analyze(REGIONS, "sales by region")
    assert insight.text.startswith("West has the highest sales: 725,457.82 (31.6% of 2,297,200.86).")
    assert "South has the lowest sales: 391,721.91 (17.1%)." in insight.text
    assert "Total sales across the 4 regions is 2,297,200.86." in insight.text
    assert_grounded(insight)


def test_question_about_the_lowest_leads_with_the_bottom():
    assert analyze(REGIONS, "Which region has the lowest sales?").text.startswith("South has the lowest")


def test_negative_contributors():
    df = pd.DataFrame({"sub_category": SUB_CATEGORIES, "total_profit": [Decimal(str(p)) for p in SUB_PROFIT]})
    insight = analyze(df, "profit by sub-category")
    assert ("3 of 17 sub categories lost money: Tables (-17,725.48), Bookcases (-3,472.56), Supplies (-1,189.10)."
            in insight.text)
    assert "Copiers has the highest profit: 55,617.82." in insight.text
    assert "%" not in insight.text  # no shares of a total that mixes gains and losses
    assert_grounded(insight)


def test_concentration_of_the_top_three():
    df = pd.DataFrame({"segment": list("ABCDEF"), "sales": [50.0, 20.0, 10.0, 10.0, 5.0, 5.0]})
    facts = compute_facts(df)
    assert "The top 3 segments account for 80.0% of total sales." in [f.text for f in facts]


def test_outliers_in_categories():
    df = pd.DataFrame({"city": [f"City {i}" for i in range(20)], "sales": [100.0 + i for i in range(19)] + [5000.0]})
    outliers = [f for f in compute_facts(df) if f.key == "outliers"]
    assert outliers and outliers[0].text.startswith("City 19 (5,000.00) is an outlier in sales")


def test_time_series_change_best_worst_latest_trend():
    insight = analyze(YEARS, "sales by year")
    assert insight.text.split(". ")[0] == (
        "Sales went from 484,247.50 in 2014 to 733,215.26 in 2017 (+51.4%, +248,967.76)")
    assert "The best year was 2017 (733,215.26) and the worst was 2015 (470,532.51)." in insight.text
    assert "The latest year, 2017, changed by +20.4% (+124,009.66) versus 2016." in insight.text
    assert "Overall the trend is upward." in insight.text
    assert_grounded(insight)


def test_time_series_is_sorted_before_comparing():
    shuffled = YEARS.iloc[[2, 0, 3, 1]].reset_index(drop=True)
    assert analyze(shuffled, "").text == analyze(YEARS, "").text


def test_time_series_downward_and_monthly_timestamps():
    df = pd.DataFrame({"order_month": pd.date_range("2016-01-01", periods=12, freq="MS"),
                       "profit": np.linspace(1200.0, 100.0, 12)})
    insight = analyze(df, "")
    assert insight.text.startswith("Profit went from 1,200.00 in 2016-01 to 100.00 in 2016-12 (-91.7%, -1,100.00).")
    assert "The best month was 2016-01" in insight.text
    assert "Overall the trend is downward." in insight.text


def test_month_names_and_quarter_labels_are_ordered():
    months = pd.DataFrame({"month": ["Mar", "Jan", "Feb"], "sales": [3.0, 1.0, 2.0]})
    assert analyze(months, "").text.startswith("Sales went from 1.00 in Jan to 3.00 in Mar")
    quarters = pd.DataFrame({"quarter": ["2016-Q2", "2016-Q1", "2017-Q1"], "sales": [2.0, 1.0, 4.0]})
    assert analyze(quarters, "").text.startswith("Sales went from 1.00 in 2016-Q1 to 4.00 in 2017-Q1")


def test_time_series_with_category_sums_per_period_and_names_the_leader():
    df = pd.DataFrame({"year": [2016, 2016, 2017, 2017], "segment": ["Consumer", "Corporate"] * 2,
                       "sales": [10.0, 5.0, 30.0, 12.0]})
    facts = compute_facts(df)
    assert facts[0].text == "Total sales went from 15.00 in 2016 to 42.00 in 2017 (+180.0%, +27.00)."
    assert "In 2017, Consumer led with 30.00 sales." in [f.text for f in facts]


def test_time_series_starting_at_zero_has_no_percentage():
    df = pd.DataFrame({"year": [2016, 2017], "orders": [0, 5]})
    assert analyze(df, "").text == "Orders went from 0 in 2016 to 5 in 2017 (+5)."


def test_two_measures_correlation():
    x = np.arange(50.0)
    insight = analyze(pd.DataFrame({"sales": x, "profit": 2 * x + 1}), "")
    assert insight.text.startswith("Sales and profit are strongly positively correlated (r = 1.00).")
    assert_grounded(insight)


def test_category_with_two_measures_mentions_correlation():
    df = pd.DataFrame({"state": [f"S{i}" for i in range(10)], "sales": np.arange(10.0) * 100,
                       "profit": -np.arange(10.0) * 10})
    assert "correlation" in keys(compute_facts(df))


def test_single_measure_distribution_and_outliers():
    values = [10.0] * 30 + [11.0] * 30 + [1000.0]
    insight = analyze(pd.DataFrame({"sales": values}), "")
    assert insight.text.startswith("Across 61 rows, sales averages 26.72 (median 11.00) and ranges from 10.00 to "
                                   "1,000.00.")
    assert "1 of 61 sales value is an outlier" in insight.text


def test_truncated_result_gets_a_caveat():
    insight = analyze(REGIONS, "", truncated=True)
    assert insight.text.endswith("Only the first 4 rows were returned, so totals and rankings cover a partial result.")
    assert len(insight.text.split(". ")) <= 4
    assert_grounded(insight)


def test_nan_and_none_values_are_skipped():
    df = pd.DataFrame({"region": ["West", None, "East", "South"], "sales": [10.0, 5.0, None, np.nan]})
    insight = analyze(df, "")
    assert insight.text.startswith("West has the highest sales: 10.00 (66.7% of 15.00).")
    assert "(missing) has the lowest sales: 5.00 (33.3%)." in insight.text
    assert_grounded(insight)


def test_all_missing_measure():
    df = pd.DataFrame({"region": ["West", "East"], "sales": [np.nan, np.nan]})
    assert analyze(df, "").text == "Every sales value is missing."


def test_all_text_result():
    df = pd.DataFrame({"customer_name": ["Ann", "Bob", "Ann"], "city": ["Paris", "Rome", "Oslo"]})
    assert analyze(df, "").text == ("The result has 3 rows and 2 columns with 2 distinct customer name values; "
                                    "there is no numeric column to summarise.")


def test_large_frame_gives_a_short_grounded_insight():
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"customer": [f"Customer {i}" for i in range(10_000)], "sales": rng.lognormal(4, 1, 10_000)})
    insight = analyze(df, "sales by customer", truncated=True)
    assert 1 <= len([f for f in insight.text.split(". ") if f]) <= 4
    assert_grounded(insight)


def test_question_selects_the_measure():
    df = pd.DataFrame({"region": ["West", "East"], "sales": [1.0, 2.0], "profit": [5.0, 3.0]})
    assert analyze(df, "Which region makes the most profit?").text.startswith("West has the highest profit")


def test_insight_is_json_able():
    data = analyze(REGIONS, "").model_dump()
    assert data["facts"][0]["key"] == "top" and isinstance(data["text"], str)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.text("abcXYZ 19.,-%", min_size=1, max_size=8),
                          st.one_of(st.floats(-1e7, 1e7, allow_nan=False), st.none())), min_size=1, max_size=30),
       st.booleans())
def test_every_insight_is_grounded(rows, truncated):
    df = pd.DataFrame(rows, columns=["label", "total_profit"])
    insight = analyze(df, "profit by label", truncated=truncated)
    assert insight.text
    assert_grounded(insight)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=2, max_size=24))
def test_every_time_series_insight_is_grounded(values):
    df = pd.DataFrame({"month": pd.date_range("2015-01-01", periods=len(values), freq="MS"), "revenue": values})
    assert_grounded(analyze(df, "revenue per month"))


def test_infinities_are_ignored():
    df = pd.DataFrame({"region": ["a", "b", "c"], "ratio": [1.0, np.inf, -np.inf]})
    assert analyze(df, "").text == "a has the highest ratio: 1.00."


def test_duplicate_column_names_and_timezones():
    assert column_roles(pd.DataFrame([["x", 2]], columns=["a", "a"])).frame.columns.tolist() == ["a", "a_2"]
    df = pd.DataFrame({"ts": pd.date_range("2020-01-01", periods=3, freq="D", tz="UTC"), "sales": [1.0, 2.0, 4.0]})
    assert analyze(df, "").text.startswith("Sales went from 1.00 in 2020-01-01 to 4.00 in 2020-01-03 (+300.0%, +3.00).")


def test_detail_rows_are_summarised_not_trended():
    df = pd.DataFrame({"order_id": ["CA-1", "CA-2", "CA-3", "CA-4"],
                       "order_date": pd.to_datetime(["2016-01-01", "2016-01-02", "2016-01-03", "2016-01-04"]),
                       "customer_name": ["Ann", "Bob", "Cy", "Di"], "sales": [10.0, 40.0, 20.0, 30.0]})
    insight = analyze(df, "")
    assert insight.text == ("Across 4 rows, sales averages 25.00 (median 25.00) and ranges from 10.00 to 40.00. "
                            "The largest sales is 40.00 (CA-2).")
    wide = df.assign(a=1, b=2, c=3)
    assert keys(compute_facts(wide)) == ["distribution", "largest"]


def test_two_categories_are_ranked_as_groups():
    df = pd.DataFrame({"region": ["West", "West", "East", "East", "South"],
                       "category": ["Tech", "Furniture", "Tech", "Furniture", "Tech"],
                       "sales": [50.0, 20.0, 15.0, 10.0, 5.0]})
    text = analyze(df, "").text
    assert text.startswith("West / Tech has the highest sales: 50.00 (50.0% of 100.00).")
    assert "Total sales across the 5 groups is 100.00." in text


def test_single_row_of_text_and_single_period():
    assert analyze(pd.DataFrame({"region": ["West"], "segment": ["Consumer"]}), "").text == (
        "The result is West / Consumer.")
    df = pd.DataFrame({"year": [2017, 2017], "region": ["West", "East"], "sales": [2.0, 1.0]})
    assert analyze(df, "").text.startswith("West has the highest sales: 2.00")


def test_periods_from_postgres_decimals_and_year_start_timestamps():
    decimals = pd.DataFrame({"order_year": [Decimal("2016"), Decimal("2017")], "sales": [Decimal("1.5"), Decimal("3")]})
    assert analyze(decimals, "").text == "Sales went from 1.50 in 2016 to 3.00 in 2017 (+100.0%, +1.50)."
    years = pd.DataFrame({"period_start": pd.to_datetime(["2016-01-01", "2017-01-01", "2018-01-01"]),
                          "sales": [1.0, 2.0, 4.0]})
    assert analyze(years, "").text.startswith("Sales went from 1.00 in 2016 to 4.00 in 2018")
    hours = pd.DataFrame({"ts": pd.to_datetime(["2016-01-01 10:00", "2016-01-01 11:30"]), "n": [1, 2]})
    assert "in 2016-01-01 10:00 to 2 in 2016-01-01 11:30" in analyze(hours, "").text


def test_free_text_month_labels_are_parsed_for_order():
    df = pd.DataFrame({"month": ["Mar 2016", "Jan 2016", "Feb 2016"], "sales": [3.0, 1.0, 2.0]})
    assert analyze(df, "").text.startswith("Sales went from 1.00 in Jan 2016 to 3.00 in Mar 2016")


def test_unrelated_measures():
    df = pd.DataFrame({"sales": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "profit": [1.0, -1.0, -1.0, 1.0, 1.0, -1.0]})
    assert "barely related" in analyze(df, "").text
