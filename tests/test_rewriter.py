"""The offline context rewriter (follow-up detection and merge) and the request classifier, on real schemas."""
from __future__ import annotations

import pytest

from agents.offline_engine import OfflineEngine, TurnContext
from agents.rewriter import classify_request, rewrite_question
from db.engines import get_database


@pytest.fixture(scope="module")
def demo(demo_url):
    db = get_database(demo_url)
    return db.schema(), OfflineEngine(db.schema(), db.sqlglot_dialect)


@pytest.fixture(scope="module")
def flights(tmp_path_factory):
    from tests.nl_schemas import build_all

    out = build_all(tmp_path_factory.mktemp("rw_dbs"))
    db = get_database(f"duckdb:///{out / 'flights.duckdb'}")
    return OfflineEngine(db.schema(), db.sqlglot_dialect)


def converse(engine, *questions):
    """Ask questions in one conversation; return the answers."""
    history, answers = [], []
    for q in questions:
        a = engine.generate(q, history)
        answers.append(a)
        history.append(TurnContext(q, a.standalone, a.spec, a.sql))
    return answers


def filters(spec):
    return {(f["column"], f["op"], str(f.get("value"))) for f in spec["filters"]}


# ------------------------------------------------------------------------------------------------ classifier
@pytest.mark.parametrize("text", ["hi", "Hello!", "thanks", "thank you so much", "who are you?",
                                  "What is the capital of France?", "tell me a joke", "what's the weather today",
                                  "delete all orders", "DROP TABLE superstore", "update superstore set sales = 0",
                                  "insert into superstore values (1)", "truncate table invoices", "", "   "])
def test_non_analytics_requests_are_refused_with_a_reason(text):
    msg = classify_request(text)
    assert msg and isinstance(msg, str) and len(msg) > 10


@pytest.mark.parametrize("text", ["total sales by region", "Who are the top 5 customers by sales?",
                                  "which region had the most profit?", "How many orders were shipped late?",
                                  "add profit", "remove the filter", "change it to monthly", "show deleted accounts",
                                  "number of updates per month", "hi-fi sales by region", "what about the West?",
                                  "sales in Texas", "Where do we sell the most?", "top 3 only",
                                  "average delay by airline", "thanks to discounts, how much did sales grow?"])
def test_analytics_questions_are_never_refused(text):
    assert classify_request(text) is None


def test_over_long_input_is_refused():
    assert "too long" in classify_request("sales " * 400, max_chars=1000)


# ------------------------------------------------------------------------------------------------ merges
def test_filter_is_added_then_replaced_on_the_same_column(demo):
    _, eng = demo
    a1, a2, a3 = converse(eng, "Total sales by category", "what about in the East?", "and the West?")
    assert not a1.is_followup and a2.is_followup and a3.is_followup
    assert ("region", "=", "East") in filters(a2.spec)
    assert filters(a3.spec) == {("region", "=", "West")}
    assert a3.spec["dimensions"] == a1.spec["dimensions"]
    assert "West" in a3.standalone and a3.standalone != "and the West?"


def test_measure_switch_keeps_filters_and_dimensions(demo):
    _, eng = demo
    _, a2, a3 = converse(eng, "sales by category", "only Furniture", "and profit instead of sales")
    assert [m["column"] for m in a3.spec["measures"]] == ["profit"]
    assert filters(a3.spec) == filters(a2.spec)
    assert a3.spec["dimensions"][0]["column"] == "category"


def test_aggregate_change(demo):
    _, eng = demo
    _, a2, a3 = converse(eng, "average discount by region", "what about the maximum?", "and the minimum?")
    assert a2.spec["measures"][0]["agg"] == "max"
    assert a3.spec["measures"][0]["agg"] == "min"
    assert a3.spec["measures"][0]["column"] == "discount"


def test_break_down_adds_a_dimension_and_by_instead_replaces_the_grain(demo):
    _, eng = demo
    _, a2, a3 = converse(eng, "sales per year", "break that down by segment", "by month instead")
    assert [d.get("grain") or d["column"] for d in a2.spec["dimensions"]] == ["year", "segment"]
    assert [d.get("grain") or d["column"] for d in a3.spec["dimensions"]] == ["segment", "month"]


def test_top_n_follow_up_orders_by_the_measure(demo):
    _, eng = demo
    _, a2 = converse(eng, "profit by state", "top 3 only")
    assert a2.spec["limit"] == 3 and a2.spec["order"]["dir"] == "desc"
    assert a2.sql.rstrip().endswith("LIMIT 3")
    _, b2 = converse(eng, "profit by state", "bottom 2")
    assert b2.spec["limit"] == 2 and b2.spec["order"]["dir"] == "asc"


def test_period_shift_and_replacement(demo):
    _, eng = demo
    a1, a2, a3 = converse(eng, "How much profit did we make in 2016?", "and the year before?", "what about 2017?")
    years = [next(f["value"] for f in a.spec["filters"] if f["op"] == "years") for a in (a1, a2, a3)]
    assert years == [[2016], [2015], [2017]]


def test_negation_follow_up(demo):
    _, eng = demo
    _, a2 = converse(eng, "sales by region", "excluding Technology")
    assert ("category", "<>", "Technology") in filters(a2.spec)


def test_same_value_on_another_column_moves_the_filter(flights):
    _, a2 = converse(flights, "flights from JFK per month", "and to JFK?")
    assert filters(a2.spec) == {("destination", "=", "JFK")}


def test_new_topic_starts_fresh(demo):
    _, eng = demo
    _, _, a3 = converse(eng, "sales by region", "only Furniture", "How many orders were placed per ship mode?")
    assert not a3.is_followup
    assert a3.spec["filters"] == []
    assert a3.standalone == "How many orders were placed per ship mode?"


def test_rewrite_question_contract(demo):
    schema, eng = demo
    first = eng.generate("total sales by category", [])
    history = [TurnContext("total sales by category", first.standalone, first.spec, first.sql)]
    standalone, spec = rewrite_question("what about in the South?", history, schema)
    assert "South" in standalone and spec["filters"][0]["value"] == "South"
    standalone, spec = rewrite_question("total sales by category", [], schema)
    assert standalone == "total sales by category" and spec["measures"]


def test_standalone_question_answers_the_same_as_the_follow_up(demo):
    """The rewritten question is also the cache key: asked fresh, it must give the same SQL."""
    _, eng = demo
    for convo in (("sales by category", "what about in the East?"), ("profit per year", "for Furniture only"),
                  ("average discount by region", "top 2 only"), ("sales by segment", "and profit instead")):
        _, a2 = converse(eng, *convo)
        fresh = eng.generate(a2.standalone, [])
        assert fresh.sql == a2.sql, (convo, a2.standalone, fresh.sql, a2.sql)
