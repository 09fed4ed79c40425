"""The LLM path end to end: SQL fallback chain, repair round, LLM agents, and `Pipeline` with LLM settings.

Real clients (ChatGroq, ChatHuggingFace, ChatOpenAI) against the stand-in server of tests/fake_llm_server.py,
the real demo DuckDB, the real guard and executor. LLM_TIMEOUT_S is 1 s so that faults stay quick.
"""
from __future__ import annotations

import time

import pandas as pd
import pytest

from agents import observability
from agents.llm_agents import analyze_and_visualize, analyze_llm, rewrite_question_llm, visualize_llm
from agents.providers import reset_health, warm_up
from agents.sql_generator import generate_sql
from db.engines import get_database
from settings import load_settings
from tests.fake_llm_server import Action, FakeLLMServer, agent_of, by_agent, unused_port

TIMEOUT = 1.0
GOOD_SQL = "SELECT region, SUM(sales) AS total_sales FROM superstore GROUP BY region ORDER BY total_sales DESC"
GROQ = "groq:openai/gpt-oss-120b"
OPENAI = "openai:fake-llama"


@pytest.fixture(scope="module")
def primary():
    s = FakeLLMServer().start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def secondary():
    s = FakeLLMServer().start()
    yield s
    s.stop()


@pytest.fixture(autouse=True)
def _clean(primary, secondary):
    primary.release()
    secondary.release()
    for s in (primary, secondary):
        s.reset()
        s.default = Action.text(GOOD_SQL)
    observability.reset()
    reset_health()
    yield


@pytest.fixture(scope="module")
def db(demo_url):
    return get_database(demo_url)


@pytest.fixture(scope="module", autouse=True)
def _warm(db, primary):
    """First-use costs (client construction, the SDKs' lazy response models, the guard's parser) paid once here:
    the timing tests measure steady state, as a server process does after its first question."""
    from langchain_core.messages import HumanMessage

    from agents.providers import call_model, configured_providers
    from db.executor import run_query

    run_query(db, GOOD_SQL)
    settings = llm_settings(primary.url, primary.url)
    for first in ("groq", "huggingface"):
        s = llm_settings(primary.url, primary.url, first=first)
        warm_up(s)
        for info in configured_providers(s):
            call_model(info, [HumanMessage("warm")], agent="sql", deadline=time.monotonic() + 30, settings=s)
    warm_up(settings)
    yield


@pytest.fixture(scope="module")
def offline(db):
    from agents.offline_engine import OfflineEngine

    return OfflineEngine(db.schema(), db.sqlglot_dialect)


def llm_settings(first_url: str, second_url: str | None = None, *, first: str = "groq", timeout: float = TIMEOUT,
                 **extra):
    """`first` provider at `first_url`, then (optionally) the OpenAI-compatible one at `second_url`."""
    env = {"LLM_TIMEOUT_S": str(timeout), "LLM_MAX_RETRIES": "1", "CACHE_TTL_S": "0", "SECRETS_FILE": "/nonexistent",
           "OPENAI_MODEL": "fake-llama", "GROQ_API_KEY": "", "HF_ENDPOINT_URL": "", "HF_TOKEN": "",
           "OPENAI_BASE_URL": ""}
    order = [first]
    if first == "groq":
        env.update(GROQ_API_KEY="test-key", GROQ_API_BASE=first_url)
    elif first == "huggingface":
        env.update(HF_ENDPOINT_URL=first_url)
    else:
        env.update(OPENAI_BASE_URL=first_url + "/v1")
    if second_url:
        assert first != "openai"
        env.update(OPENAI_BASE_URL=second_url + "/v1")
        order.append("openai")
    env["LLM_ORDER"] = ",".join(order + ["offline"])
    env.update(extra)
    return load_settings(env)


def ask_sql(db, offline, settings, question="total sales by region", history=None):
    answer = offline.generate(question, history or [])
    warm_up(settings)  # client construction (imports, TLS setup) happens once per process, before any budget
    started = time.monotonic()
    gen = generate_sql(question, db.schema(), db, history or [], settings, offline, offline_answer=answer,
                       question=question)
    return gen, time.monotonic() - started


# ------------------------------------------------------------------------------------------------ SQL chain
@pytest.mark.parametrize("first,label", [("groq", GROQ), ("huggingface", None), ("openai", "openai:fake-llama")])
def test_model_sql_is_executed_and_engine_names_provider_and_model(db, offline, primary, first, label):
    gen, _ = ask_sql(db, offline, llm_settings(primary.url, first=first))
    assert gen.engine == (label or f"huggingface:{primary.url}")
    assert gen.data is not None and len(gen.data.data) == 4 and not gen.repaired
    assert "SUM(sales)" in gen.sql.upper().replace('"', "") or "sum(sales)" in gen.sql.lower()
    assert len(primary.requests) == 1 and agent_of(primary.requests[0]) == "sql"
    assert observability.snapshot()["agents"]["sql"]["success"] == 1


FAULTS = {
    "refused": None,  # a port with nothing listening
    "hang": Action.hang(),
    "http_500": Action.status(500),
    "http_429": Action.status(429),
    "garbage": Action.garbage(),
    "closed": Action.close(),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_failing_provider_falls_through_within_the_budget(db, offline, primary, secondary, fault):
    first_url = primary.url if FAULTS[fault] else f"http://127.0.0.1:{unused_port()}"
    primary.default = FAULTS[fault] or Action.text(GOOD_SQL)
    gen, elapsed = ask_sql(db, offline, llm_settings(first_url, secondary.url))
    assert elapsed < TIMEOUT + 1.0, f"{fault}: {elapsed:.2f}s"
    assert gen.sql and gen.engine != GROQ
    if fault in ("refused", "garbage", "closed"):  # fails at once: the next provider answers
        assert gen.engine == OPENAI and len(gen.data.data) == 4
    else:  # hang uses the whole budget; 500/429 are retried once by the client first
        assert gen.engine in (OPENAI, "offline")
    assert gen.attempts[0].engine == GROQ and gen.attempts[0].error


def test_every_provider_failing_lands_on_the_offline_engine(db, offline, primary, secondary):
    primary.default = Action.hang()
    secondary.default = Action.hang()
    gen, elapsed = ask_sql(db, offline, llm_settings(primary.url, secondary.url))
    assert gen.engine == "offline" and gen.sql == offline.generate("total sales by region", []).sql
    assert elapsed < TIMEOUT + 1.0
    assert observability.snapshot()["agents"]["sql"]["fallback"] == 1


def test_repair_round_sends_the_database_error_back(db, offline, primary):
    primary.script(Action.text("SELECT regoin, SUM(sales) FROM superstore GROUP BY 1"), Action.text(GOOD_SQL))
    gen, _ = ask_sql(db, offline, llm_settings(primary.url))
    assert gen.engine == GROQ and gen.repaired and len(gen.data.data) == 4
    assert len(primary.requests) == 2
    repair = primary.requests[1].prompt
    assert "regoin" in repair and "could not be used" in repair
    assert [a.outcome for a in gen.attempts] == ["rejected", "repaired"]


def test_guard_rejection_is_repaired_and_counted(db, offline, primary):
    primary.script(Action.text("DELETE FROM superstore"), Action.text(f"```sql\n{GOOD_SQL};\n```"))
    gen, _ = ask_sql(db, offline, llm_settings(primary.url))
    assert gen.engine == GROQ and gen.repaired
    assert "guard refused" in primary.requests[1].prompt
    snap = observability.snapshot()
    assert sum(snap["guard_rejections"].values()) == 1 and snap["agents"]["sql"]["rejection"] == 1


def test_two_unusable_answers_move_on_to_the_next_provider(db, offline, primary, secondary):
    primary.default = Action.text("I am not sure which table you mean.")
    gen, _ = ask_sql(db, offline, llm_settings(primary.url, secondary.url))
    assert gen.engine == OPENAI
    assert len(primary.requests) == 2  # one answer + exactly one repair round
    assert observability.snapshot()["providers"]["groq"]["outcomes"]["bad_output"] == 2
    assert observability.snapshot()["agents"]["sql"] == {"success": 1, "fallback": 0, "rejection": 2}


def test_prompt_carries_history_for_a_follow_up(db, offline, primary):
    from agents.offline_engine import TurnContext

    history = [TurnContext(question="sales by region", standalone="total sales by region", spec=None, sql=GOOD_SQL)]
    ask_sql(db, offline, llm_settings(primary.url), question="total sales by region in the West", history=history)
    prompt = primary.requests[0].prompt
    assert GOOD_SQL in prompt and "'West' is a value of superstore.region" in prompt


# ------------------------------------------------------------------------------------------------ agents
FRAME = pd.DataFrame({"region": ["West", "East", "Central", "South"],
                      "total_sales": [725457.82, 678781.24, 501239.89, 391721.91]})


def test_analysis_and_visualization_run_concurrently(primary):
    primary.responder = by_agent(
        analysis=Action.json({"insight": "West leads with 725,457.82 in sales."}, delay=1.0),
        visualization=Action.json({"kind": "bar", "x": "Region", "y": "total_sales", "title": "Sales"}, delay=1.0),
    )
    settings = llm_settings(primary.url, timeout=3)
    warm_up(settings)  # client construction (imports, TLS context) is not what this test measures
    started, started_wall = time.monotonic(), time.time()
    insight, chart = analyze_and_visualize(FRAME, "sales by region", settings)
    elapsed = time.monotonic() - started
    arrivals = [(agent_of(r), round(r.at - started_wall, 2)) for r in primary.requests]
    assert 0.95 < elapsed < 1.6, f"{elapsed:.2f}s: the two 1 s calls did not overlap (arrivals {arrivals})"
    assert insight.text == "West leads with 725,457.82 in sales."
    assert (chart.kind, chart.x, chart.y) == ("bar", "region", ["total_sales"])
    snap = observability.snapshot()["agents"]
    assert snap["analysis"]["success"] == 1 and snap["visualization"]["success"] == 1


def test_ungrounded_insight_falls_back_to_the_offline_analysis(primary):
    from agents.analysis import analyze

    primary.default = Action.json({"insight": "Sales grew 340% thanks to 12 new stores."})
    insight = analyze_llm(FRAME, "sales by region", llm_settings(primary.url))
    assert insight.text == analyze(FRAME, "sales by region").text
    assert observability.snapshot()["agents"]["analysis"] == {"success": 0, "fallback": 1, "rejection": 1}


def test_grounded_sentences_are_kept_and_invented_ones_dropped(primary):
    primary.default = Action.json({"insight": "West leads with 725,457.82. It grew 80% last year."})
    assert analyze_llm(FRAME, "sales by region", llm_settings(primary.url)).text == "West leads with 725,457.82."


@pytest.mark.parametrize("answer", [
    Action.json({"kind": "bar", "x": "city", "y": ["total_sales"]}),  # unknown column
    Action.json({"kind": "radar", "x": "region", "y": ["total_sales"]}),  # unknown kind
    Action.text("a bar chart would be nice"),  # not JSON
    Action.garbage(),
])
def test_bad_chart_answers_fall_back_to_choose_chart(primary, answer):
    from agents.visualization import choose_chart

    primary.default = answer
    assert visualize_llm(FRAME, "sales by region", llm_settings(primary.url)) == choose_chart(FRAME, "sales by region")
    assert observability.snapshot()["agents"]["visualization"]["fallback"] == 1


def test_rewriter_is_skipped_on_a_first_turn_and_used_on_a_follow_up(primary):
    from agents.offline_engine import TurnContext

    settings = llm_settings(primary.url)
    assert rewrite_question_llm("total sales by region", [], settings, fallback="x") == "x"
    assert primary.requests == []
    primary.default = Action.json({"standalone_question": "total sales in the West by category"})
    history = [TurnContext(question="total sales by category", standalone="total sales by category", spec=None,
                           sql="SELECT 1")]
    out = rewrite_question_llm("only the West", history, settings, fallback="offline guess")
    assert out == "total sales in the West by category" and agent_of(primary.requests[0]) == "rewriter"
    primary.default = Action.json({"standalone": 3})
    assert rewrite_question_llm("only the West", history, settings, fallback="offline guess") == "offline guess"


# ------------------------------------------------------------------------------------------------ Pipeline
def _pipeline(demo_url, settings):
    from agents.pipeline import Pipeline

    return Pipeline.from_url(demo_url, settings=settings)


def _answering(primary, sql=GOOD_SQL, delay=0.0):
    primary.responder = by_agent(
        sql=Action.text(sql, delay=delay),
        rewriter=Action.json({"standalone_question": "total sales by region in the West"}, delay=delay),
        analysis=Action.json({"insight": "West sells the most."}, delay=delay),
        visualization=Action.json({"kind": "bar", "x": "region", "y": ["total_sales"]}, delay=delay),
    )


@pytest.mark.parametrize("provider", ["groq", "huggingface", "openai"])
def test_pipeline_answers_with_the_model_and_counts_calls(demo_url, primary, provider):
    _answering(primary)
    p = _pipeline(demo_url, llm_settings(primary.url, first=provider))
    session = p.new_session()
    first = p.ask("What are the total sales by region?", session)
    assert first.error is None, first.error
    label = {"groq": GROQ, "huggingface": f"huggingface:{primary.url}", "openai": OPENAI}[provider]
    assert first.engine == label and len(first.data) == 4 and first.chart.kind == "bar"
    assert first.insight == "West sells the most." and first.confidence == "high"
    assert sorted(agent_of(r) for r in primary.requests) == ["analysis", "sql", "visualization"]
    primary.requests.clear()
    follow = p.ask("and only the West?", session)
    assert follow.error is None, follow.error
    assert sorted(agent_of(r) for r in primary.requests) == ["analysis", "rewriter", "sql", "visualization"]
    assert follow.rewritten_question == "total sales by region in the West"


def test_pipeline_with_every_provider_down_answers_offline_in_time(demo_url, primary, secondary):
    primary.default = Action.hang()
    secondary.default = Action.status(500)
    p = _pipeline(demo_url, llm_settings(primary.url, secondary.url))
    started = time.monotonic()
    r = p.ask("total sales by region", p.new_session())
    elapsed = time.monotonic() - started
    assert r.error is None and r.engine == "offline" and len(r.data) == 4 and r.insight
    # SQL chain (1 s budget) then analysis and visualization together (1 s budget): never the sum of every call
    assert elapsed < 2 * TIMEOUT + 1.0, f"{elapsed:.2f}s"


def test_a_hung_provider_is_skipped_by_the_next_agents_and_questions(demo_url, primary, secondary):
    primary.default = Action.hang()
    _answering(secondary)
    p = _pipeline(demo_url, llm_settings(primary.url, secondary.url))
    first = p.ask("total sales by region", p.new_session())
    assert first.error is None and first.engine == "offline"  # the hang used the SQL budget
    assert first.insight == "West sells the most."  # the backup wrote the insight
    started = time.monotonic()
    second = p.ask("What are the total sales by region?", p.new_session())
    assert second.engine == OPENAI and time.monotonic() - started < 0.8
    # only the first SQL call went to the hung provider (plus, maybe, its client's own background retry)
    assert {agent_of(r) for r in primary.requests} == {"sql"}
    assert len({r.body["messages"][-1]["content"] for r in primary.requests}) == 1


def test_pipeline_overhead_beyond_llm_calls_is_small(demo_url, primary):
    _answering(primary, delay=0.3)
    p = _pipeline(demo_url, llm_settings(primary.url, timeout=3))
    p.ask("total sales by region", p.new_session())  # warm: schema, offline indexes, clients
    primary.requests.clear()
    started = time.monotonic()
    r = p.ask("What are the total sales by region?", p.new_session())
    elapsed = time.monotonic() - started
    assert r.error is None and r.engine == GROQ
    critical = 0.3 + 0.3  # the SQL call, then analysis and visualization side by side
    assert elapsed < critical + 0.5, f"{elapsed:.2f}s for {critical:.1f}s of model latency on the critical path"
