"""Providers, the wall-clock guard, observability, prompts and output parsing.

The real clients (ChatGroq, ChatHuggingFace over HuggingFaceEndpoint, ChatOpenAI) talk to the stand-in server
of tests/fake_llm_server.py on 127.0.0.1; no real provider is ever called.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from types import SimpleNamespace as NS

import pytest
from langchain_core.messages import HumanMessage

from agents import observability, providers
from agents.llm_agents import parse_json_object
from agents.prompts import SQL_PROMPT, context_text, relevant_tables, schema_text, sql_inputs, words
from agents.providers import call_model, configured_providers, make_chat_model, provider_info
from agents.sql_generator import extract_sql
from db.errors import LLMError
from db.schema import Column, ForeignKey, Schema, Table
from settings import load_settings
from tests.fake_llm_server import Action, FakeLLMServer, unused_port

TIMEOUT = 1.0


@pytest.fixture(scope="module")
def server():
    s = FakeLLMServer().start()
    yield s
    s.stop()


@pytest.fixture(autouse=True)
def _clean(server):
    server.reset()
    server.default = Action.text("SELECT 1")
    observability.reset()
    providers.reset_health()
    yield


def settings_for(url: str, order: str = "groq,huggingface,openai", **extra):
    env = {"LLM_ORDER": order, "GROQ_API_KEY": "test-key", "GROQ_API_BASE": url, "HF_ENDPOINT_URL": url,
           "OPENAI_BASE_URL": url + "/v1", "OPENAI_MODEL": "fake-llama", "LLM_TIMEOUT_S": str(TIMEOUT),
           "LLM_MAX_RETRIES": "1", "SECRETS_FILE": "/nonexistent"}
    env.update(extra)
    return load_settings(env)


def only(settings, name):
    return [p for p in configured_providers(settings) if p.name == name][0]


# ------------------------------------------------------------------------------------------------ configuration
def test_providers_follow_llm_order_and_skip_unconfigured():
    s = load_settings({"LLM_ORDER": "openai,groq,huggingface,offline", "GROQ_API_KEY": "k", "HF_TOKEN": "",
                       "HF_ENDPOINT_URL": "", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})
    assert [p.name for p in configured_providers(s)] == ["openai", "groq"]
    assert configured_providers(s.replace(groq_api_key="", openai_base_url="")) == []


def test_unknown_provider_is_ignored_with_a_warning(caplog):
    s = load_settings({"LLM_ORDER": "mystery,groq", "GROQ_API_KEY": "k"})
    with caplog.at_level(logging.WARNING):
        assert [p.name for p in configured_providers(s)] == ["groq"]
    assert "mystery" in caplog.text


def test_groq_default_model_is_current_and_configurable():
    s = load_settings({"GROQ_API_KEY": "k", "LLM_ORDER": "groq"})
    assert provider_info("groq", s).label == "groq:openai/gpt-oss-120b"
    assert provider_info("groq", s.replace(groq_model="llama-3.3-70b-versatile")).model == "llama-3.3-70b-versatile"


def test_huggingface_serverless_needs_a_token_and_endpoint_wins():
    s = load_settings({"HF_TOKEN": "hf_x", "HF_MODEL": "defog/sqlcoder-7b-2", "HF_ENDPOINT_URL": ""})
    assert provider_info("huggingface", s).model == "defog/sqlcoder-7b-2"
    assert provider_info("huggingface", s.replace(hf_token="")) is None
    with_url = s.replace(hf_endpoint_url="https://user:secret@tgi.example.com/")
    assert provider_info("huggingface", with_url).model == "https://tgi.example.com"  # no credentials in labels


def test_clients_get_timeout_and_bounded_retries(server):
    s = settings_for(server.url, LLM_TIMEOUT_S="3", LLM_MAX_RETRIES="2")
    groq = make_chat_model("groq", s)  # the clients never retry by themselves: `call_model` does, within the deadline
    assert (groq.request_timeout, groq.max_retries, groq.groq_api_base) == (3.0, 0, server.url)
    openai = make_chat_model("openai", s)
    assert (openai.request_timeout, openai.max_retries) == (3.0, 0)
    hf = make_chat_model("huggingface", s)
    assert hf.llm.timeout == 3 and hf.model_id == server.url  # endpoint URL as model id: no Hub lookup


@pytest.mark.parametrize("name", ["groq", "huggingface", "openai"])
@pytest.mark.parametrize("first,requests,ok", [
    (Action.status(500), 2, True),  # a server error is retried once (LLM_MAX_RETRIES=1)
    (Action.close(), 2, True),  # so is a dropped connection
    (Action.status(429, retry_after=30), 1, False),  # a Retry-After beyond the deadline: next provider instead
    (Action.status(401), 1, False),  # a bad key will not get better
])
def test_retries_are_bounded_and_only_for_transient_errors(server, name, first, requests, ok):
    s = settings_for(server.url)
    providers.warm_up(s)
    server.script(first)
    server.default = Action.text("SELECT 5")
    started = time.monotonic()
    try:
        result = call_model(only(s, name), [HumanMessage("hi")], agent="sql", deadline=started + TIMEOUT, settings=s)
    except LLMError:
        result = None
    assert (result == "SELECT 5") is ok and len(server.requests) == requests
    assert time.monotonic() - started < 0.75  # one 0.25 s backoff at most, no sleep after the last attempt


def test_unknown_provider_name_is_a_clear_error():
    with pytest.raises(LLMError, match="unknown LLM provider"):
        make_chat_model("skynet", load_settings({}))


# ------------------------------------------------------------------------------------------------ real clients
@pytest.mark.parametrize("name,path", [("groq", "/openai/v1/chat/completions"),
                                       ("huggingface", "/v1/chat/completions"),
                                       ("openai", "/v1/chat/completions")])
def test_each_client_talks_to_the_fake_server(server, name, path):
    s = settings_for(server.url)
    server.default = Action.text("SELECT 42")
    text = call_model(only(s, name), [HumanMessage("hi")], agent="sql", deadline=time.monotonic() + 5, settings=s)
    assert text == "SELECT 42"
    assert [r.path for r in server.requests] == [path]
    stats = observability.snapshot()["providers"][name]
    assert (stats["calls"], stats["failures"], stats["tokens_in"]) == (1, 0, 100)


FAULTS = {
    "hang": Action.hang(),
    "http_500": Action.status(500),
    "http_429": Action.status(429, retry_after=30),
    "garbage": Action.garbage(),
    "closed": Action.close(),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("name", ["groq", "huggingface", "openai"])
def test_faults_raise_llm_error_within_the_deadline(server, name, fault):
    s = settings_for(server.url)
    providers.warm_up(s)
    server.default = FAULTS[fault]
    started = time.monotonic()
    with pytest.raises(LLMError) as info:
        call_model(only(s, name), [HumanMessage("hi")], agent="sql", deadline=started + TIMEOUT, settings=s)
    elapsed = time.monotonic() - started
    assert elapsed < TIMEOUT + 0.5, f"{name}/{fault} took {elapsed:.2f}s"
    expected = {"hang": "timeout", "garbage": "bad_output"}.get(fault, {"timeout", "http_error"})
    assert info.value.details["outcome"] in (expected if isinstance(expected, set) else {expected, "timeout"})
    stats = observability.snapshot()["providers"][name]
    assert stats["failures"] >= 1 and stats["calls"] == stats["failures"]


def test_refused_connection_fails_fast():
    url = f"http://127.0.0.1:{unused_port()}"
    s = settings_for(url, LLM_MAX_RETRIES="0")
    providers.warm_up(s)
    for info in configured_providers(s):
        started = time.monotonic()
        with pytest.raises(LLMError) as exc:
            call_model(info, [HumanMessage("hi")], agent="sql", deadline=started + TIMEOUT, settings=s)
        assert time.monotonic() - started < 0.5
        assert exc.value.details["outcome"] == "http_error"


def test_hang_is_cut_by_the_wall_clock_and_counted_once(server):
    s = settings_for(server.url, LLM_TIMEOUT_S="30")  # the client would wait 30 s: the deadline must win
    providers.warm_up(s)
    server.default = Action.hang()
    started = time.monotonic()
    with pytest.raises(LLMError):
        call_model(only(s, "openai"), [HumanMessage("hi")], agent="sql", deadline=started + 0.5, settings=s)
    assert time.monotonic() - started < 1.0
    assert observability.snapshot()["providers"]["openai"]["outcomes"]["timeout"] == 1


def test_one_structured_log_line_per_call(server, caplog):
    s = settings_for(server.url)
    server.default = Action.text("SELECT 7")
    with caplog.at_level(logging.INFO, logger="agents.llm"):
        call_model(only(s, "groq"), [HumanMessage("hi")], agent="sql", deadline=time.monotonic() + 5, settings=s)
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "agents.llm"]
    assert len(lines) == 1
    line = lines[0]
    assert line["provider"] == "groq" and line["model"] == "openai/gpt-oss-120b" and line["outcome"] == "ok"
    assert line["tokens_in"] == 100 and line["tokens_out"] >= 1 and line["latency_ms"] >= 0


def test_reasoning_effort_is_sent_to_gpt_oss_only(server):
    s = settings_for(server.url)
    call_model(only(s, "groq"), [HumanMessage("hi")], agent="sql", deadline=time.monotonic() + 5, settings=s)
    other = s.replace(groq_model="llama-3.3-70b-versatile")
    providers.warm_up(other)
    call_model(only(other, "groq"), [HumanMessage("hi")], agent="sql", deadline=time.monotonic() + 5, settings=other)
    first, second = (r.body for r in server.requests)
    assert first["model"] == "openai/gpt-oss-120b" and first["reasoning_effort"] == "low"
    assert second["model"] == "llama-3.3-70b-versatile" and second.get("reasoning_effort") is None


def test_think_blocks_are_removed_from_answers(server):
    s = settings_for(server.url)
    server.default = Action.text("<think>They may want SELECT * FROM t.</think>\nSELECT 2")
    text = call_model(only(s, "openai"), [HumanMessage("hi")], agent="sql", deadline=time.monotonic() + 5, settings=s)
    assert extract_sql(text) == "SELECT 2"


def test_unusable_answer_is_logged_as_bad_output(server):
    s = settings_for(server.url)
    server.default = Action.text("Sorry, I cannot help with that.")
    extract = providers.call_model(only(s, "openai"), [HumanMessage("hi")], agent="sql",
                                   deadline=time.monotonic() + 5, settings=s,
                                   check=lambda text: extract_sql(text) is not None)
    assert extract.startswith("Sorry")
    assert observability.snapshot()["providers"]["openai"]["outcomes"]["bad_output"] == 1


def test_a_failed_provider_is_skipped_during_its_cool_down(server):
    s = settings_for(f"http://127.0.0.1:{unused_port()}", LLM_MAX_RETRIES="0")
    info = only(s, "openai")
    with pytest.raises(LLMError):
        call_model(info, [HumanMessage("hi")], agent="sql", deadline=time.monotonic() + TIMEOUT, settings=s)
    assert providers.is_down(info) and info.label in providers.provider_health()
    assert 29 < observability.snapshot()["providers_down"][info.label] <= 30
    started = time.monotonic()
    with pytest.raises(LLMError, match="skipped") as exc:
        call_model(info, [HumanMessage("hi")], agent="analysis", deadline=started + TIMEOUT, settings=s)
    assert exc.value.details["outcome"] == "skipped" and time.monotonic() - started < 0.05
    stats = observability.snapshot()["providers"]["openai"]
    assert (stats["calls"], stats["skipped"]) == (1, 1)
    providers.reset_health()
    assert not providers.is_down(info)


def test_bad_output_does_not_trip_the_breaker(server):
    s = settings_for(server.url)
    server.default = Action.text("no idea")
    call_model(only(s, "groq"), [HumanMessage("hi")], agent="sql", deadline=time.monotonic() + 5, settings=s,
               check=lambda text: extract_sql(text) is not None)
    assert not providers.is_down(only(s, "groq"))


def test_a_call_cut_short_by_an_almost_spent_budget_does_not_mark_the_provider_down(server):
    s = settings_for(server.url)
    server.default = Action.text("SELECT 1", delay=0.5)
    with pytest.raises(LLMError):
        call_model(only(s, "groq"), [HumanMessage("hi")], agent="sql", deadline=time.monotonic() + 0.2, settings=s)
    assert not providers.is_down(only(s, "groq"))


def test_no_time_left_does_not_mark_a_provider_down(server):
    s = settings_for(server.url)
    with pytest.raises(LLMError) as exc:
        call_model(only(s, "groq"), [HumanMessage("hi")], agent="sql", deadline=time.monotonic(), settings=s)
    assert exc.value.details["outcome"] == "no_time" and not providers.is_down(only(s, "groq"))
    assert server.requests == []


# ------------------------------------------------------------------------------------------------ observability
def test_counters_are_thread_safe():
    def work():
        for _ in range(500):
            observability.record_agent("sql", "success")
            observability.record_guard_rejection("ast")
            observability.record_stage("sql", 1.0)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    snap = observability.snapshot()
    assert snap["agents"]["sql"]["success"] == 4000
    assert snap["guard_rejections"] == {"ast": 4000}
    assert snap["stages"]["sql"]["count"] == 1000  # a bounded window
    json.dumps(snap)  # JSON-able for /metrics and the monitoring page


def test_snapshot_has_every_agent_and_reset_clears():
    observability.record_agent("visualization", "rejection")
    observability.record_question(ok=False, engine="offline")
    snap = observability.snapshot()
    assert set(snap["agents"]) >= {"rewriter", "sql", "analysis", "visualization"}
    assert snap["agents"]["visualization"]["rejection"] == 1 and snap["questions"]["error"] == 1
    observability.reset()
    assert observability.snapshot()["agents"]["visualization"]["rejection"] == 0


# ------------------------------------------------------------------------------------------------ parsing
@pytest.mark.parametrize("text,expected", [
    ("SELECT 1", "SELECT 1"),
    ("```sql\nSELECT a FROM t;\n```", "SELECT a FROM t"),
    ("Sure, here is the query:\n\nSELECT a\nFROM t\nWHERE b = 'x;y'", "SELECT a\nFROM t\nWHERE b = 'x;y'"),
    ("SELECT 1; DROP TABLE t;", "SELECT 1"),
    ("DROP TABLE t; SELECT 1", "DROP TABLE t"),  # the first statement, for the guard to refuse
    ("DELETE FROM superstore", "DELETE FROM superstore"),
    ("Sorry, I cannot help with that.", None),
    ("WITH x AS (SELECT 1 AS a) SELECT a FROM x", "WITH x AS (SELECT 1 AS a) SELECT a FROM x"),
    ("SELECT a FROM t\n\nThis query returns a.", "SELECT a FROM t"),
    ("SQL: select 2", "select 2"),
    ("I don't know.", None),
    ("", None),
])
def test_extract_sql(text, expected):
    assert extract_sql(text) == expected


def test_parse_json_object():
    assert parse_json_object('```json\n{"kind": "bar", "y": ["sales"]}\n```') == {"kind": "bar", "y": ["sales"]}
    assert parse_json_object('{broken {"insight": "ok"}') == {"insight": "ok"}
    assert parse_json_object("[1, 2]") is None


# ------------------------------------------------------------------------------------------------ prompts
def _big_schema(n_tables: int = 300) -> Schema:
    """A schema with hundreds of tables (the SQL prompt must stay small)."""
    tables = {}
    for i in range(n_tables):
        cols = [Column(f"id_{i}", "INTEGER", "number"), Column(f"metric_{i}", "DOUBLE", "number")]
        cols += [Column(f"attr_{i}_{j}", "VARCHAR", "text") for j in range(20)]
        tables[f"table_{i}"] = Table(f"table_{i}", cols, primary_key=[f"id_{i}"], row_count=10)
    orders = [Column("order_id", "INTEGER", "number"), Column("customer_id", "INTEGER", "number"),
              Column("amount", "DOUBLE", "number"), Column("status", "VARCHAR", "text", values=["returned", "shipped"])]
    tables["orders"] = Table("orders", orders, primary_key=["order_id"],
                             foreign_keys=[ForeignKey("customer_id", "customers", "customer_id")], row_count=1000,
                             sample_rows=[{"order_id": 1, "customer_id": 2, "amount": 3.5, "status": "shipped"}])
    tables["customers"] = Table("customers", [Column("customer_id", "INTEGER", "number"),
                                              Column("segment", "VARCHAR", "text")],
                                primary_key=["customer_id"], row_count=50)
    return Schema("duckdb", tables)


def test_schema_is_pruned_to_relevant_tables_and_fk_neighbours():
    schema = _big_schema()
    chosen = relevant_tables("total amount of returned orders", schema)
    assert chosen[0] == "orders" and "customers" in chosen
    text = schema_text("total amount of returned orders", schema)
    assert len(text) <= 7000
    assert "TABLE orders" in text and "-> customers.customer_id" in text and "TABLE table_17" not in text


def test_sql_prompt_carries_dialect_values_samples_and_context():
    schema = _big_schema()
    history = [NS(question="orders by status", standalone="orders by status",
                  sql="SELECT status, COUNT(*) FROM orders GROUP BY 1")]
    msgs = SQL_PROMPT.format_messages(**sql_inputs("amount of returned orders", schema, "duckdb", history))
    text = "\n".join(m.content for m in msgs)
    assert "duckdb" in text and "'returned' is a value of orders.status" in text
    assert '"status": "shipped"' in text and "SELECT status, COUNT(*) FROM orders" in text
    assert "ONE read-only SELECT" in msgs[0].content and "SQL only" in msgs[0].content
    assert len(text) < 12000


def test_prompt_helpers():
    assert words("OrderDate sub_categories") == ["order", "date", "sub", "category"]
    assert context_text([]) == "(first question)"
