"""The public API (`agents.pipeline.Pipeline`) end to end on real databases, offline, and the CLI.

Golden conversations run on the demo DuckDB file, on a second multi-table DuckDB schema built here, and on
the same demo data in a real PostgreSQL server (read-only role).
"""
import json
import math
import subprocess
import sys

import duckdb
import pandas as pd
import pytest

from agents.evaluate import results_match
from agents.pipeline import AskResult, Pipeline, Session, json_value
from db.engines import get_database
from db.executor import run_query
from settings import ROOT

# (question, gold SQL) turns of one conversation each; gold SQL in portable SQL (DuckDB and PostgreSQL).
DEMO_CONVERSATIONS = [
    [("Total sales by region", "SELECT region, SUM(sales) FROM superstore GROUP BY region"),
     ("what about the West?", "SELECT SUM(sales) FROM superstore WHERE region = 'West'")],
    [("profit by category", "SELECT category, SUM(profit) FROM superstore GROUP BY category"),
     ("only in the East", "SELECT category, SUM(profit) FROM superstore WHERE region = 'East' GROUP BY category"),
     ("and sales instead", "SELECT category, SUM(sales) FROM superstore WHERE region = 'East' GROUP BY category")],
    [("how many orders were shipped by Same Day?",
      "SELECT COUNT(DISTINCT order_id) FROM superstore WHERE ship_mode = 'Same Day'")],
    [("number of customers per segment", "SELECT segment, COUNT(DISTINCT customer_id) FROM superstore GROUP BY 1")],
    [("top 3 sub-categories by profit",
      "SELECT sub_category, SUM(profit) FROM superstore GROUP BY 1 ORDER BY 2 DESC LIMIT 3")],
    [("sales per year", "SELECT EXTRACT(YEAR FROM order_date), SUM(sales) FROM superstore GROUP BY 1 ORDER BY 1"),
     ("for Technology only", "SELECT EXTRACT(YEAR FROM order_date), SUM(sales) FROM superstore "
                             "WHERE category = 'Technology' GROUP BY 1 ORDER BY 1")],
]

SHOP_CONVERSATIONS = [
    [("revenue by customer country",
      "SELECT c.country, SUM(o.amount) FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY 1"),
     ("only Germany and France",
      "SELECT c.country, SUM(o.amount) FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
      "WHERE c.country IN ('Germany', 'France') GROUP BY 1")],
    [("how many customers are there?", "SELECT COUNT(*) FROM customers")],
    [("average order amount by status", "SELECT status, AVG(amount) FROM orders GROUP BY status")],
]


def _columns(frame):
    from agents.evaluate import _columns as cols

    return cols(frame)


def _play(pipe: Pipeline, db, conversation):
    session = pipe.new_session()
    for question, gold_sql in conversation:
        r = pipe.ask(question, session)
        assert r.error is None, (question, r.error)
        gold = _columns(run_query(db, gold_sql, max_rows=10_000).data)
        top_n = "LIMIT" in gold_sql.upper()
        assert results_match(gold, _columns(r.data), top_n), (question, r.sql, r.data.head())


@pytest.fixture(scope="module")
def demo_pipe(demo_url):
    return Pipeline.from_url(demo_url)


@pytest.fixture(scope="module")
def shop_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("shop") / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, name VARCHAR, country VARCHAR)")
    con.execute("CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers,"
                " order_date DATE, status VARCHAR, amount DOUBLE)")
    countries = ["Germany", "France", "Spain", "Italy"]
    con.executemany("INSERT INTO customers VALUES (?, ?, ?)",
                    [(i, f"Customer {i}", countries[i % 4]) for i in range(1, 41)])
    statuses = ["shipped", "returned", "pending"]
    con.executemany("INSERT INTO orders VALUES (?, ?, DATE '2023-01-01' + ?, ?, ?)",
                    [(i, 1 + i % 40, i % 365, statuses[i % 3], round(10 + (i * 37) % 500 + 0.25, 2))
                     for i in range(1, 601)])
    con.close()
    return f"duckdb:///{path}"


@pytest.mark.parametrize("conversation", DEMO_CONVERSATIONS, ids=lambda c: c[0][0])
def test_golden_conversations_on_demo_duckdb(demo_pipe, demo_url, conversation):
    _play(demo_pipe, get_database(demo_url), conversation)


@pytest.mark.parametrize("conversation", SHOP_CONVERSATIONS, ids=lambda c: c[0][0])
def test_golden_conversations_on_a_second_schema(shop_url, conversation):
    _play(Pipeline.from_url(shop_url), get_database(shop_url), conversation)


@pytest.mark.parametrize("conversation", DEMO_CONVERSATIONS[:4], ids=lambda c: c[0][0])
def test_golden_conversations_on_postgresql(pg_demo_url, conversation):
    pipe = Pipeline.from_url(pg_demo_url)
    assert pipe.db.sqlglot_dialect == "postgres"
    _play(pipe, get_database(pg_demo_url), conversation)


def test_a_result_carries_everything(demo_pipe):
    r = demo_pipe.ask("Total sales by region")
    assert isinstance(r, AskResult) and r.ok
    assert list(r.data.columns)[0] == "region" and len(r.data) == 4
    assert r.sql.upper().startswith("SELECT") and r.engine == "offline"
    assert r.chart is not None and r.chart.kind in {"bar", "pie"}
    assert r.figure is not None and r.figure.data
    assert r.insight and r.confidence == "high"
    assert {"rewrite", "total"} <= set(r.timings)
    json.dumps(r.to_dict())  # JSON-able, rows as records


def test_follow_up_is_rewritten_into_a_standalone_question(demo_pipe):
    s = demo_pipe.new_session()
    demo_pipe.ask("Total sales by category", s)
    r = demo_pipe.ask("what about in the East?", s)
    assert r.ok and "east" in r.rewritten_question.lower() and "sales" in r.rewritten_question.lower()
    assert "'East'" in r.sql


def test_follow_up_can_point_at_a_one_row_answer(demo_pipe):
    """ "which region has the highest sales" then "top 2 states there": the answer's region becomes a filter, also
    after the session went through JSON (a restart, another worker)."""
    s = demo_pipe.new_session()
    first = demo_pipe.ask("which region has the highest sales", s)
    top = first.data.iloc[0]["region"]
    restored = Session.from_dict(json.loads(json.dumps(s.to_dict())))
    r = demo_pipe.ask("top 2 states there by sales", restored)
    assert r.ok and f"region = '{top}'" in r.sql and len(r.data) == 2
    other = demo_pipe.ask("break it down by segment", demo_pipe.new_session())
    assert other.error or "region =" not in (other.sql or "")


def test_sessions_keep_the_last_five_turns_and_round_trip(demo_pipe):
    s = demo_pipe.new_session()
    for q in ["sales by region", "profit by region", "sales by segment", "profit by segment", "sales by category",
              "profit by category"]:
        demo_pipe.ask(q, s)
    assert len(s.history) == 5 and s.history[-1].question == "profit by category"
    restored = Session.from_dict(json.loads(json.dumps(s.to_dict())))
    r = demo_pipe.ask("only in the West", restored)
    assert r.ok and "'West'" in r.sql and "profit" in r.sql.lower()


@pytest.mark.parametrize("bad", [None, "", "   ", 42, "x" * 5000, "hi", "thanks!",
                                 "What is the capital of France?", "delete all orders from 2015",
                                 "DROP TABLE superstore", "asdkjh qwpoeiru zmxncb"])
def test_bad_input_gets_a_message_never_an_exception(demo_pipe, bad):
    r = demo_pipe.ask(bad)
    assert r.error and isinstance(r.error, str) and "Traceback" not in r.error
    assert r.data is None
    json.dumps(r.to_dict())


@pytest.mark.parametrize("q", ["sales in 2016-13", "orders on 2016-02-30", "sales in the 2016-99 season"])
def test_impossible_dates_are_not_sent_to_the_database(demo_pipe, q):
    """A YYYY-MM(-DD) token that names no real day is not understood; it never reaches the database as a date."""
    r = demo_pipe.ask(q)
    assert r.error and "could not find" in r.error and r.sql in (None, "")


def test_unlinked_question_says_what_it_understood_and_suggests(demo_pipe):
    r = demo_pipe.ask("asdkjh qwpoeiru zmxncb")
    assert r.error and len(r.suggestions) >= 1


@pytest.mark.parametrize("sql", ["DROP TABLE superstore", "SELECT * FROM read_csv('/etc/passwd')",
                                 "SELECT 1; DELETE FROM superstore", "COPY superstore TO '/tmp/x.csv'"])
def test_run_sql_refuses_unsafe_sql(demo_pipe, sql):
    r = demo_pipe.run_sql(sql)
    assert r.error.startswith("This query was refused") and r.data is None


def test_run_sql_runs_a_select_with_row_cap(demo_pipe):
    r = demo_pipe.run_sql("SELECT row_id, sales FROM superstore ORDER BY row_id")
    assert r.ok and len(r.data) == demo_pipe.settings.max_rows and r.truncated
    assert r.engine == "user"


def test_repeated_question_is_served_from_the_cache(demo_pipe):
    first = demo_pipe.ask("average discount by ship mode")
    second = demo_pipe.ask("average discount by ship mode")
    assert not first.cached and second.cached
    pd.testing.assert_frame_equal(first.data, second.data)


@pytest.mark.parametrize("value,expected", [(float("nan"), None), (pd.Timestamp("2017-01-02"), "2017-01-02T00:00:00"),
                                            (True, True), (3, 3)])
def test_json_value(value, expected):
    assert json_value(value) == expected


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "agents", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_cli_ask_json(demo_url):
    out = _cli("ask", "total profit by segment", "--db", demo_url, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["columns"][0] == "segment" and len(data["rows"]) == 3


def test_cli_sql_refusal_exits_1_with_a_message(demo_url):
    out = _cli("sql", "DELETE FROM superstore", "--db", demo_url)
    assert out.returncode == 1 and "refused" in out.stderr and "Traceback" not in out.stderr


def test_cli_bad_url_is_a_message(tmp_path):
    out = _cli("ask", "sales", "--db", f"duckdb:///{tmp_path}/missing/nothing.duckdb")
    assert out.returncode == 1 and "Traceback" not in out.stderr


def test_cli_eval(demo_url, tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": "t1", "db": "superstore", "turns": [
        {"q": "Total sales by category", "sql": "SELECT category, SUM(sales) FROM superstore GROUP BY 1"},
        {"q": "what about in the East?",
         "sql": "SELECT category, SUM(sales) FROM superstore WHERE region = 'East' GROUP BY 1"}]}) + "\n")
    out = _cli("eval", str(cases), "--db", demo_url)
    assert out.returncode == 0, out.stderr
    assert "turns 2/2 = 100.0%" in out.stdout and "follow-ups 1/1" in out.stdout
    assert not math.isnan(float(out.stdout.split("p95 ")[1].split()[0]))


def test_a_conversation_reopened_from_the_store_still_merges_follow_ups(demo_pipe, tmp_path):
    from db.store import SessionStore

    store = SessionStore(f"sqlite:///{tmp_path}/app.db")
    sid = store.create_session()
    store.append_turn(sid, demo_pipe.ask("profit by category", demo_pipe.new_session()).to_dict())
    restored = Session.from_dict({"id": sid, "turns": store.get_session(sid)["turns"]})
    r = demo_pipe.ask("only in the West", restored)
    assert r.ok and "'West'" in r.sql and "profit" in r.sql.lower() and "category" in r.sql.lower()


def test_store_accepts_a_plain_postgresql_url(pg_url):
    from db.store import SessionStore

    plain = pg_url.replace("postgresql+psycopg2://", "postgresql://")
    store = SessionStore(plain)
    sid = store.create_session("plain url")
    assert store.get_session(sid)["title"] == "plain url"
    store.delete_session(sid)


def test_cached_answers_are_keyed_by_what_the_question_means(demo_pipe):
    """Two turns restated with the same words but read as different queries never share a cached answer."""
    spec_a = {"fact": "superstore", "measures": [{"kind": "agg", "agg": "max", "table": "superstore",
                                                  "column": "sales"}], "dimensions": []}
    spec_b = dict(spec_a, dimensions=[{"table": "superstore", "column": "customer_name", "grain": None}], limit=1)
    same_words = "Maximum sales"
    assert demo_pipe._cache_key(same_words, spec_a) != demo_pipe._cache_key(same_words, spec_b)
    assert demo_pipe._cache_key(same_words, spec_a) == demo_pipe._cache_key("maximum sales ", dict(spec_a))


def test_who_was_it_names_the_row_behind_a_maximum(demo_pipe):
    s = demo_pipe.new_session()
    first = demo_pipe.ask("biggest single sale", s)
    second = demo_pipe.ask("who was it for?", s)
    assert first.error is None and second.error is None
    assert len(second.data) == 1 and "customer_name" in second.data.columns
    assert math.isclose(float(second.data.iloc[0, -1]), float(first.data.iloc[0, 0]))
