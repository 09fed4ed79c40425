"""AppTest of the chat page: answers, follow-ups, bad input, edited SQL, feedback, uploads, shared links.

The pipeline runs offline (no provider configured) on the session's demo DuckDB; the store is a temp SQLite file.
"""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from db.store import SessionStore
from settings import ROOT
from ui import keys

APP = ROOT / "streamlit_app.py"
TIMEOUT = 60


@pytest.fixture
def app_env(tmp_path, monkeypatch, demo_url):
    """A temp store, the demo database as DATABASE_URL, and no LLM provider (offline engine only)."""
    store_url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("APP_STORE_URL", store_url)
    monkeypatch.setenv("DATABASE_URL", demo_url)
    for name in ("GROQ_API_KEY", "HF_TOKEN", "HF_ENDPOINT_URL", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LLM_ORDER", "offline")
    return store_url


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    return "\n".join(str(p) for p in parts)


def _ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run(timeout=TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_question_then_follow_up_shows_table_chart_insight_and_saves(app_env):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert len(at.chat_input) == 1
    assert any("Try one of these" in m.value for m in at.markdown)
    assert len(at.button) >= 2  # suggested questions from the schema + "New chat"

    _ask(at, "Total sales by region")
    assert not at.error, [e.value for e in at.error]
    assert len(at.dataframe) == 1
    assert len(at.get("plotly_chart")) == 1
    assert len(at.chat_message) == 2
    assert "Confidence: " in _texts(at)
    assert "Engine: offline" in _texts(at)
    assert "West" in at.dataframe[0].value.to_string()

    _ask(at, "only the West")
    assert not at.error, [e.value for e in at.error]
    assert len(at.chat_message) == 4
    assert len(at.dataframe) == 2

    sid = at.session_state[keys.STORE_SESSION_ID]
    saved = SessionStore(app_env).get_session(sid)
    assert [t["question"] for t in saved["turns"]] == ["Total sales by region", "only the West"]
    assert saved["turns"][0]["result"]["rows"] and saved["turns"][0]["chart"]
    assert any(f"?session={sid}" in c.value for c in at.sidebar.code)

    at.feedback[0].set_value(1).run(timeout=TIMEOUT)
    assert SessionStore(app_env).get_session(sid)["turns"][0]["feedback"] == 1


@pytest.mark.parametrize("question", ["   ", "asdkjh qwepoi zzxv", "x" * 5000, "DROP TABLE superstore; --"])
def test_bad_input_gives_a_message_not_a_traceback(app_env, question):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, question)
    assert at.error, "an error message is shown"
    assert not at.exception
    assert len(at.chat_input) == 1  # the page still works


def test_chart_switcher_and_edited_sql(app_env):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, "Total sales by region")
    chooser = at.selectbox[0]
    first = chooser.value
    chooser.select_index(1).run(timeout=TIMEOUT)
    assert not at.exception
    assert at.selectbox[0].value != first

    at.text_area[0].set_value("SELECT region, COUNT(*) AS n FROM superstore GROUP BY region")
    next(b for b in at.button if b.label == "Run edited SQL").click().run(timeout=TIMEOUT)
    assert not at.exception and not at.error
    assert len(at.dataframe) == 2

    at.text_area[1].set_value("DELETE FROM superstore")
    [b for b in at.button if b.label == "Run edited SQL"][1].click().run(timeout=TIMEOUT)
    assert any("refused" in e.value for e in at.error)
    assert not at.exception


def test_suggestion_button_asks_the_question(app_env):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    first = next(b for b in at.button if b.key and b.key.startswith("empty-sugg-"))
    first.click().run(timeout=TIMEOUT)
    assert not at.exception
    assert len(at.chat_message) == 2
    assert first.label in _texts(at)


def test_shared_link_reopens_the_conversation_read_only(app_env):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, "Total sales by region")
    _ask(at, "only the West")
    sid = at.session_state[keys.STORE_SESSION_ID]

    shared = AppTest.from_file(APP, default_timeout=TIMEOUT)
    shared.query_params["session"] = sid
    shared.run()
    assert not shared.exception
    assert len(shared.chat_input) == 0  # read-only
    assert len(shared.chat_message) == 4
    assert "Total sales by region" in _texts(shared) and "only the West" in _texts(shared)
    assert len(shared.dataframe) == 2 and len(shared.get("plotly_chart")) >= 1
    assert not shared.text_area  # no SQL editing
    assert all(f.disabled for f in shared.feedback)


@pytest.mark.parametrize("bad", ["nope", "A" * 22, "../../etc/passwd"])
def test_unknown_share_link_gives_a_message(app_env, bad):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["session"] = bad
    at.run()
    assert not at.exception
    assert at.error and "does not open a saved conversation" in at.error[0].value


def test_upload_a_csv_and_ask_about_it(app_env, tmp_path, monkeypatch):
    from db import uploads

    monkeypatch.setattr(uploads, "UPLOAD_DIR", tmp_path / "uploads")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.sidebar.radio[0].set_value("upload").run(timeout=TIMEOUT)
    csv = b"city,visitors\nParis,120\nLyon,80\nNice,45\n"
    at.file_uploader[0].set_value(("trips.csv", csv, "text/csv")).run(timeout=TIMEOUT)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "trips.csv" in _texts(at)
    _ask(at, "total visitors by city")
    assert not at.error, [e.value for e in at.error]
    assert "Paris" in at.dataframe[0].value.to_string()

    at.file_uploader[0].set_value(("broken.xlsx", b"not a workbook", "application/octet-stream"))
    at.run(timeout=TIMEOUT)
    assert not at.exception
    assert any("broken.xlsx" in e.value for e in at.error)


def test_bad_database_url_is_refused_clearly(app_env):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.sidebar.radio[0].set_value("url").run(timeout=TIMEOUT)
    at.sidebar.text_input[0].set_value("this is not a url")
    next(b for b in at.sidebar.button if b.label == "Connect").click().run(timeout=TIMEOUT)
    assert not at.exception
    assert at.sidebar.error
    assert at.sidebar.text_input[0].value == ""  # never shown back
    assert len(at.chat_input) == 1  # the previous source still works


def test_two_uploaded_tables_and_the_allowed_tables_picker(app_env, tmp_path, monkeypatch):
    from db import uploads

    monkeypatch.setattr(uploads, "UPLOAD_DIR", tmp_path / "uploads")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.sidebar.radio[0].set_value("upload").run(timeout=TIMEOUT)
    at.file_uploader[0].set_value([("trips.csv", b"city,visitors\nParis,120\nLyon,80\n", "text/csv"),
                                   ("staff.csv", b"team,people\nOps,4\nSales,9\n", "text/csv")])
    at.run(timeout=TIMEOUT)
    assert not at.exception and not at.error, [e.value for e in at.error]
    picker = at.sidebar.multiselect[0]
    assert sorted(picker.options) == ["staff", "trips"] and sorted(picker.value) == ["staff", "trips"]
    picker.set_value(["staff"]).run(timeout=TIMEOUT)
    _ask(at, "total people by team")
    assert "Sales" in at.dataframe[-1].value.to_string()
    at.text_area[0].set_value("SELECT * FROM trips")  # a table that is no longer allowed
    next(b for b in at.button if b.label == "Run edited SQL").click().run(timeout=TIMEOUT)
    assert any("refused" in e.value for e in at.error)
    picker = at.sidebar.multiselect[0]
    picker.set_value([]).run(timeout=TIMEOUT)
    assert any("at least one table" in w.value for w in at.sidebar.warning)
    assert at.chat_input[0].proto.disabled


def test_store_outage_still_answers_with_a_warning(app_env, monkeypatch):
    monkeypatch.setenv("APP_STORE_URL", "sqlite:////proc/no-such-dir/app.db")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, "Total sales by region")
    assert len(at.dataframe) == 1
    assert any("could not be saved" in w.value for w in at.warning)
    shared = AppTest.from_file(APP, default_timeout=TIMEOUT)
    shared.query_params["session"] = "B" * 22
    shared.run()
    assert not shared.exception and shared.error


def test_connect_postgresql_url_from_the_sidebar(app_env, pg_demo_url):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.sidebar.radio[0].set_value("url").run(timeout=TIMEOUT)
    at.sidebar.text_input[0].set_value(pg_demo_url)
    next(b for b in at.sidebar.button if b.label == "Connect").click().run(timeout=TIMEOUT)
    assert not at.exception and not at.sidebar.error, [e.value for e in at.sidebar.error]
    assert at.sidebar.text_input[0].value == ""
    password = pg_demo_url.split(":")[2].split("@")[0]
    everything = _texts(at) + "".join(str(c.value) for c in at.sidebar.code)
    assert "PostgreSQL database" in everything and password not in everything
    _ask(at, "Total sales by region")
    assert not at.error, [e.value for e in at.error]
    assert "West" in at.dataframe[0].value.to_string()


def test_truncated_result_says_so_and_offers_csv(app_env):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, "Total sales by region")
    at.text_area[0].set_value("SELECT * FROM superstore")
    next(b for b in at.button if b.label == "Run edited SQL").click().run(timeout=TIMEOUT)
    assert not at.exception and not at.error
    assert any("Only the first" in c.value for c in at.caption)
    assert len(at.download_button) == 2
