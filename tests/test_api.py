"""REST API against the real demo DuckDB and a temporary SQLite session store (no mocks)."""
from __future__ import annotations

import re
import socket
import threading

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from settings import get_settings


def _client(demo_url: str, store_path, store_url: str | None = None, **overrides) -> TestClient:
    settings = get_settings().replace(**{"llm_order": "offline", "api_rate_limit_per_min": 100_000, **overrides})
    return TestClient(create_app(settings, db_url=demo_url, store_url=store_url or f"sqlite:///{store_path}"))


@pytest.fixture()
def client(demo_url, tmp_path) -> TestClient:
    return _client(demo_url, tmp_path / "app.db")


def test_query_answers_and_starts_a_session(client):
    r = client.post("/query", json={"question": "Total sales by region"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["error"] is None
    assert body["session_id"] and body["turn"] == 0
    assert "region" in [c.lower() for c in body["columns"]]
    assert len(body["rows"]) == body["row_count"] >= 4
    assert set(body["rows"][0]) == set(body["columns"])
    assert body["sql"].lstrip().upper().startswith(("SELECT", "WITH"))
    assert body["chart"] is None or "kind" in body["chart"]
    assert body["confidence"] in {"high", "medium", "low"}
    assert body["timings"]["total"] > 0


def test_follow_up_in_the_same_session_is_saved(client):
    first = client.post("/query", json={"question": "Total sales by region"}).json()
    sid = first["session_id"]
    second = client.post("/query", json={"question": "what about profit?", "session_id": sid})
    assert second.status_code == 200, second.text
    assert second.json()["session_id"] == sid and second.json()["turn"] == 1
    saved = client.get(f"/sessions/{sid}")
    assert saved.status_code == 200
    turns = saved.json()["turns"]
    assert [t["question"] for t in turns] == ["Total sales by region", "what about profit?"]
    assert turns[0]["sql"] == first["sql"]
    assert turns[0]["result"]["rows"] == first["rows"]


def test_session_state_survives_a_restart(demo_url, tmp_path):
    """A second app on the same store (another process, a restart) continues the conversation."""
    store = tmp_path / "app.db"
    sid = _client(demo_url, store).post("/query", json={"question": "Total sales by region"}).json()["session_id"]
    r = _client(demo_url, store).post("/query", json={"question": "what about profit?", "session_id": sid})
    assert r.status_code == 200 and r.json()["turn"] == 1


def test_unknown_session_is_404(client):
    for sid in ("doesnotexist-doesnotexist", "x", "../../etc/passwd"):
        r = client.post("/query", json={"question": "Total sales by region", "session_id": sid})
        assert r.status_code == 404, (sid, r.text)
        assert "does not exist" in r.json()["error"]
    assert client.get("/sessions/doesnotexist-doesnotexist").status_code == 404


@pytest.mark.parametrize("payload, words", [
    ({"question": ""}, "question is required"),
    ({"question": "   \n "}, "question: The question is empty"),
    ({"question": "x" * (get_settings().max_question_chars + 1)}, "question is too long"),
    ({}, "question is required"),
    ({"question": 42}, "question"),
    ({"question": "sales", "extra": 1}, "extra"),
])
def test_bad_questions_are_422_with_a_message(client, payload, words):
    r = client.post("/query", json=payload)
    assert r.status_code == 422
    assert words in r.json()["error"]


def test_malformed_json_is_422(client):
    r = client.post("/query", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert "JSON" in r.json()["error"]


def test_sql_endpoint_runs_select(client):
    r = client.post("/sql", json={"sql": "SELECT region, SUM(sales) AS sales FROM superstore GROUP BY region"})
    assert r.status_code == 200, r.text
    assert r.json()["row_count"] >= 4 and r.json()["error"] is None


@pytest.mark.parametrize("sql", ["DROP TABLE superstore", "DELETE FROM superstore",
                                 "SELECT * FROM superstore; DROP TABLE superstore",
                                 "SELECT * FROM read_csv('/etc/passwd')"])
def test_sql_endpoint_refusal_is_400_with_reason(client, sql):
    r = client.post("/sql", json={"sql": sql})
    assert r.status_code == 400, r.text
    assert r.json()["error"].startswith("This query was refused")
    assert client.post("/sql", json={"sql": "SELECT COUNT(*) AS n FROM superstore"}).json()["rows"] == [{"n": 10_000}]


def test_sql_endpoint_bad_column_is_400(client):
    r = client.post("/sql", json={"sql": "SELECT no_such_column FROM superstore"})
    assert r.status_code == 400
    assert r.json()["error"]


def test_rate_limit_is_429_with_retry_after(demo_url, tmp_path):
    client = _client(demo_url, tmp_path / "app.db", api_rate_limit_per_min=3)
    codes = [client.post("/sql", json={"sql": "SELECT 1 AS x"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = client.post("/sql", json={"sql": "SELECT 1 AS x"})
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    assert "Too many requests" in r.json()["error"]
    assert client.get("/health").status_code == 200  # monitoring is not limited
    assert 'analyst_rate_limited_total{route="/sql"} 2' in client.get("/metrics").text


def test_health_ok(client):
    r = client.get("/health")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "ok" and body["database"]["ok"] and body["store"]["ok"]
    assert body["database"]["kind"] == "duckdb"
    assert body["providers"][-1] == "offline"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_store_unreachable_is_503_not_500(demo_url, tmp_path):
    client = _client(demo_url, None, store_url=f"postgresql+psycopg2://nobody@127.0.0.1:{_closed_port()}/store")
    r = client.get("/health")
    assert r.status_code == 503
    assert r.json()["status"] == "unavailable" and not r.json()["store"]["ok"] and r.json()["database"]["ok"]
    r = client.post("/query", json={"question": "Total sales by region"})
    assert r.status_code == 503 and "session store" in r.json()["error"]
    assert client.post("/sql", json={"sql": "SELECT 1 AS x"}).status_code == 200  # needs no store


_SAMPLE = re.compile(r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? -?[0-9.e+]+$|'
                     r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? \+?Inf$')


def test_metrics_prometheus_format(client):
    client.post("/query", json={"question": "Total sales by region"})
    client.post("/query", json={"question": "Total sales by region"})
    client.post("/sql", json={"sql": "DROP TABLE superstore"})
    r = client.get("/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain; version=0.0.4")
    text = r.text
    for line in text.splitlines():
        assert line.startswith("# HELP ") or line.startswith("# TYPE ") or _SAMPLE.match(line), line
    assert 'analyst_http_requests_total{method="POST",route="/query",status="200"} 2' in text
    assert 'analyst_http_requests_total{method="POST",route="/sql",status="400"} 1' in text
    assert re.search(r'analyst_stage_duration_seconds_bucket\{le="\+Inf",stage="total"\} [1-9]', text)
    assert 'analyst_http_request_duration_seconds_count{route="/query"} 2' in text
    assert "# TYPE analyst_guard_rejections_total counter" in text
    assert "# TYPE analyst_cache_hits_total counter" in text
    assert "analyst_agent_outcomes_total" in text


def test_repeated_question_is_cached(client):
    first = client.post("/query", json={"question": "Average discount by segment"}).json()
    again = client.post("/query", json={"question": "Average discount by segment"}).json()
    assert first["error"] is None and again["rows"] == first["rows"]
    assert again["cached"] is True


def test_concurrent_requests_on_one_session_are_serialised(client):
    sid = client.post("/query", json={"question": "Total sales by region"}).json()["session_id"]
    codes: list[int] = []

    def ask(q: str) -> None:
        codes.append(client.post("/query", json={"question": q, "session_id": sid}).status_code)

    threads = [threading.Thread(target=ask, args=(q,)) for q in ["sales by category", "profit by segment"] * 3]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [200] * 6
    turns = client.get(f"/sessions/{sid}").json()["turns"]
    assert [t["idx"] for t in turns] == list(range(7))


def test_startup_opens_database_and_store(demo_url, tmp_path):
    settings = get_settings().replace(llm_order="offline")
    app = create_app(settings, db_url=demo_url, store_url=f"sqlite:///{tmp_path / 'app.db'}")
    with TestClient(app) as client:  # runs the lifespan (uvicorn's startup)
        assert app.state.api._pipeline is not None and app.state.api._registry is not None
        assert client.get("/health").json()["status"] == "ok"


def test_health_lists_unconfigured_providers(demo_url, tmp_path):
    settings = get_settings().replace(llm_order="groq,offline", groq_api_key="", api_rate_limit_per_min=0)
    client = TestClient(create_app(settings, db_url=demo_url, store_url=f"sqlite:///{tmp_path / 'app.db'}"))
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["providers"] == ["offline"] and body["providers_unconfigured"] == ["groq"]


def test_sql_timeout_is_408(sqlite_demo, tmp_path):
    from agents.pipeline import Pipeline
    from db.engines import Database

    settings = get_settings().replace(llm_order="offline", query_timeout_s=0.3, api_rate_limit_per_min=0)
    pipeline = Pipeline(Database(f"sqlite:///{sqlite_demo}", settings=settings), settings)
    client = TestClient(create_app(settings, store_url=f"sqlite:///{tmp_path / 'app.db'}", pipeline=pipeline))
    r = client.post("/sql", json={"sql": "SELECT COUNT(*) AS n FROM superstore a, superstore b, superstore c"})
    assert r.status_code == 408, r.text
    assert "took too long" in r.json()["error"]


def test_two_processes_share_a_conversation_through_the_store(tmp_path, demo_url):
    """Two API workers (two apps on one store): a follow-up answered by the other one still merges."""
    from fastapi.testclient import TestClient

    from api.main import create_app
    from settings import load_settings

    store_url = f"sqlite:///{tmp_path}/shared.db"
    settings = load_settings({"LLM_ORDER": "offline", "API_RATE_LIMIT_PER_MIN": "0", "CACHE_TTL_S": "0"})
    one = TestClient(create_app(settings, db_url=demo_url, store_url=store_url))
    two = TestClient(create_app(settings, db_url=demo_url, store_url=store_url))
    sid = one.post("/query", json={"question": "profit by category"}).json()["session_id"]
    assert two.post("/query", json={"question": "only in the West", "session_id": sid}).json()["error"] is None
    third = one.post("/query", json={"question": "and sales instead", "session_id": sid}).json()
    assert third["error"] is None
    assert "'West'" in third["sql"] and "sales" in third["sql"].lower() and "category" in third["sql"].lower()
