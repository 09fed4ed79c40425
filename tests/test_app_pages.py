"""AppTest of the sessions, schema and monitoring pages (one page file at a time, temp store, demo DB)."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from db.store import SessionStore
from settings import ROOT

PAGES = ROOT / "pages"
TIMEOUT = 60


@pytest.fixture
def store(tmp_path, monkeypatch, demo_url):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("APP_STORE_URL", url)
    monkeypatch.setenv("DATABASE_URL", demo_url)
    monkeypatch.setenv("LLM_ORDER", "offline")
    s = SessionStore(url)
    yield s
    s.close()


def _turn(question: str, error: str | None = None) -> dict:
    return {"question": question, "sql": "SELECT 1 AS x", "columns": ["x"], "rows": [{"x": 1}],
            "chart": {"kind": "metric", "x": None, "y": ["x"], "color": None, "title": "x"}, "insight": "One.",
            "confidence": "high", "engine": "offline", "error": error,
            "timings": {"rewrite": 2.0, "generate": 5.0, "total": 12.0}}


def _texts(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in list(at.markdown) + list(at.caption))


def test_sessions_page_lists_renames_and_deletes(store):
    keep = store.create_session("Quarterly review")
    store.append_turn(keep, _turn("sales by quarter"))
    drop = store.create_session("Scratch")
    at = AppTest.from_file(PAGES / "1_Sessions.py", default_timeout=TIMEOUT).run()
    assert not at.exception
    text = _texts(at)
    assert "Quarterly review" in text and "Scratch" in text
    links = [b.proto.url for b in at.get("link_button")]
    assert any(link.endswith(f"?session={keep}") for link in links)

    at.text_input(key=f"title-{keep}").set_value("Q3 review")
    at.button(key=f"rename-{keep}").click().run(timeout=TIMEOUT)
    assert not at.exception
    assert store.get_session(keep)["title"] == "Q3 review"
    assert "Q3 review" in _texts(at)

    at.button(key=f"delete-{drop}").click().run(timeout=TIMEOUT)
    assert not at.exception
    assert store.get_session(drop) is None
    assert store.get_session(keep)["n_turns"] == 1
    assert "Scratch" not in _texts(at)


def test_sessions_page_empty_store(store):
    at = AppTest.from_file(PAGES / "1_Sessions.py", default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.info and "No saved conversations" in at.info[0].value


def test_schema_page_shows_tables_columns_and_samples(store):
    at = AppTest.from_file(PAGES / "2_Schema.py", default_timeout=TIMEOUT).run()
    assert not at.exception
    assert any("superstore" in e.label for e in at.expander)
    frames = [d.value for d in at.dataframe]
    columns = next(f for f in frames if "values / samples" in f.columns)
    assert {"region", "sales", "order_date"} <= set(columns["column"])
    assert "West" in columns.loc[columns["column"] == "region", "values / samples"].iloc[0]
    assert any("region" in f.columns and len(f) > 0 for f in frames)  # sample rows


def test_monitoring_page_shows_counters(store):
    from agents import observability

    sid = store.create_session()
    store.append_turn(sid, _turn("ok"))
    store.append_turn(sid, _turn("bad", error="Please type a question about the data."))
    store.set_feedback(sid, 0, 1)
    observability.record_guard_rejection("ast")
    observability.record_stage("total", 12.0)
    at = AppTest.from_file(PAGES / "3_Monitoring.py", default_timeout=TIMEOUT).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Questions asked"] == "2"
    assert metrics["Success rate"] == "50%"
    assert metrics["Feedback :material/thumb_up: / :material/thumb_down:"] == "1 / 0"
    latency = [d.value for d in at.dataframe if "p95_ms" in d.value.columns]
    assert len(latency) >= 2 and all("total" in set(f["stage"]) for f in latency)
    assert len(at.get("vega_lite_chart")) == 1 or any("refused" in c.value for c in at.caption)
