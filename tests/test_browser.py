"""End to end in a real browser: `streamlit run` + Debian's chromium driven by Playwright's Python API.

Asks a question and a follow-up, checks the table, chart and insight render, opens the share link in a fresh
browser context, saves screenshots to tests/artifacts/ and PRINTS (does not assert) page-load and
submit-to-answer times. Run: `.venv/bin/python -m pytest -m browser tests/test_browser.py -s`.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from settings import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "tests" / "artifacts"
ANSWER_TIMEOUT_MS = 60_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, timeout_s: float = 90) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit did not become healthy")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, demo_url):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make test installs it: apt-get install -y chromium)")
    tmp = tmp_path_factory.mktemp("browser")
    port = _free_port()
    env = {**os.environ, "APP_STORE_URL": f"sqlite:///{tmp / 'app.db'}", "DATABASE_URL": demo_url,
           "LLM_ORDER": "offline", "GROQ_API_KEY": "", "HF_TOKEN": "", "HF_ENDPOINT_URL": "", "OPENAI_BASE_URL": ""}
    log = open(tmp / "streamlit.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _ask(page, question: str, answers_before: int, visual: str = "stPlotlyChart") -> float:
    """Type a question, press Enter; seconds until the new answer's table, chart (or big number) and insight
    are on screen."""
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(question)
    started = time.perf_counter()
    box.press("Enter")
    answer = page.get_by_test_id("stChatMessage").nth(2 * answers_before + 1)
    answer.get_by_test_id("stDataFrame").wait_for(timeout=ANSWER_TIMEOUT_MS)
    visual_el = answer.get_by_test_id(visual).first
    (visual_el.locator(".main-svg").first if visual == "stPlotlyChart" else visual_el).wait_for(
        timeout=ANSWER_TIMEOUT_MS)
    answer.get_by_text("Confidence:").wait_for(timeout=ANSWER_TIMEOUT_MS)
    return time.perf_counter() - started


def test_ask_follow_up_and_share(app_url, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    started = time.perf_counter()
    page.goto(app_url, wait_until="domcontentloaded")
    page.get_by_test_id("stChatInputTextArea").wait_for(timeout=60_000)
    page.get_by_text("Try one of these").wait_for(timeout=60_000)
    load_s = time.perf_counter() - started
    page.screenshot(path=str(ARTIFACTS / "chat_empty.png"), full_page=True)

    first_s = _ask(page, "Total sales by region", 0)
    answer = page.get_by_test_id("stChatMessage").nth(1)
    assert "West" in answer.inner_text() and "highest" in answer.inner_text()
    follow_s = _ask(page, "only the West", 1, visual="stMetric")
    follow = page.get_by_test_id("stChatMessage").nth(3)
    assert "Understood as" in follow.inner_text()
    assert page.get_by_test_id("stChatMessage").count() == 4
    page.screenshot(path=str(ARTIFACTS / "chat_follow_up.png"), full_page=True)
    page.get_by_test_id("stChatMessage").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "chat_answer.png"), full_page=True)

    link = page.get_by_test_id("stSidebar").locator("code").filter(has_text="?session=").inner_text().strip()
    assert "?session=" in link

    shared = browser.new_context(viewport={"width": 1400, "height": 1000})
    other = shared.new_page()
    started = time.perf_counter()
    other.goto(link, wait_until="domcontentloaded")
    other.get_by_test_id("stChatMessage").nth(3).get_by_test_id("stDataFrame").wait_for(timeout=60_000)
    share_s = time.perf_counter() - started
    assert other.get_by_test_id("stChatMessage").count() == 4
    assert other.get_by_test_id("stChatInputTextArea").count() == 0  # read-only
    assert "Total sales by region" in other.inner_text("body") and "only the West" in other.inner_text("body")
    other.get_by_test_id("stPlotlyChart").first.locator(".main-svg").first.wait_for(timeout=60_000)
    other.screenshot(path=str(ARTIFACTS / "shared_session.png"), full_page=True)
    shared.close()

    warm = browser.new_context(viewport={"width": 1400, "height": 1000})
    again = warm.new_page()
    started = time.perf_counter()
    again.goto(app_url, wait_until="domcontentloaded")
    again.get_by_text("Try one of these").wait_for(timeout=60_000)
    warm_load_s = time.perf_counter() - started
    warm.close()
    context.close()

    print(f"\n[browser] page load, first visit after server start (goto -> chat input + suggestions): {load_s:.2f} s")
    print(f"[browser] page load, warm server, new browser context: {warm_load_s:.2f} s")
    print(f"[browser] submit -> answer on screen (table+chart+insight), first question: {first_s:.2f} s")
    print(f"[browser] submit -> answer on screen, follow-up: {follow_s:.2f} s")
    print(f"[browser] shared link load (goto -> stored turns rendered): {share_s:.2f} s")
