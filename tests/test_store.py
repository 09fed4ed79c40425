"""Session store: CRUD, validation, threads, several processes, a writer killed mid-save, PostgreSQL."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from datetime import date

import pandas as pd
import pytest
import sqlalchemy as sa

from db.errors import InputError
from db.store import MAX_STORED_ROWS, SessionStore, is_valid_session_id, result_payload
from settings import ROOT


def _result(question: str, n: int = 3) -> dict:
    return {
        "question": question,
        "rewritten_question": question + " (standalone)",
        "sql": "SELECT region, SUM(sales) AS sales FROM superstore GROUP BY region",
        "data": [{"region": f"R{i}", "sales": float(i)} for i in range(n)],
        "columns": ["region", "sales"],
        "truncated": False,
        "chart": {"kind": "bar", "x": "region", "y": ["sales"], "color": None, "title": "Sales by region"},
        "insight": "R2 leads.",
        "confidence": "high",
        "engine": "offline",
        "error": None,
        "timings": {"generate": 3.2, "execute": 1.1},
    }


@pytest.fixture
def store(tmp_path):
    s = SessionStore(f"sqlite:///{tmp_path / 'app.db'}")
    yield s
    s.close()


def test_round_trip(store):
    sid = store.create_session()
    assert is_valid_session_id(sid)
    assert store.append_turn(sid, _result("sales by region")) == 0
    assert store.append_turn(sid, _result("only 2021")) == 1
    session = store.get_session(sid)
    assert session["title"] == "sales by region"
    assert session["n_turns"] == 2
    first = session["turns"][0]
    assert first["result"]["columns"] == ["region", "sales"]
    assert first["result"]["rows"][2] == {"region": "R2", "sales": 2.0}
    assert first["chart"]["kind"] == "bar"
    assert first["timings"] == {"generate": 3.2, "execute": 1.1}
    assert first["rewritten_question"] == "sales by region (standalone)"
    assert [s["id"] for s in store.list_sessions()] == [sid]


def test_dataframe_results_are_json_safe_and_capped():
    frame = pd.DataFrame({
        "day": pd.to_datetime(["2021-01-01"] * (MAX_STORED_ROWS + 5)),
        "value": [float("nan")] + [1.5] * (MAX_STORED_ROWS + 4),
        "d": [date(2021, 1, 2)] * (MAX_STORED_ROWS + 5),
    })
    payload = result_payload({"data": frame, "truncated": False})
    assert payload["stored_rows"] == MAX_STORED_ROWS and payload["row_count"] == MAX_STORED_ROWS + 5
    assert payload["truncated"] is True
    assert payload["rows"][0] == {"day": "2021-01-01T00:00:00", "value": None, "d": "2021-01-02"}
    assert payload["dtypes"]["day"].startswith("datetime64")


def test_rename_delete_feedback(store):
    sid = store.create_session("first")
    store.append_turn(sid, _result("q"))
    store.rename_session(sid, "  Renamed   title ")
    assert store.get_session(sid)["title"] == "Renamed title"
    store.set_feedback(sid, 0, -1)
    assert store.get_session(sid)["turns"][0]["feedback"] == -1
    store.set_feedback(sid, 0, None)
    assert store.get_session(sid)["turns"][0]["feedback"] is None
    assert store.delete_session(sid) is True
    assert store.get_session(sid) is None
    assert store.delete_session(sid) is False


@pytest.mark.parametrize("bad", ["", "short", "../../etc/passwd", "x" * 200, "a b c d e f g h i j k l m", None, 42])
def test_malformed_ids_give_none_or_input_error(store, bad):
    assert store.get_session(bad) is None
    with pytest.raises(InputError):
        store.append_turn(bad, _result("q"))
    with pytest.raises(InputError):
        store.rename_session(bad, "t")


def test_unknown_session_and_bad_values(store):
    unknown = "A" * 22
    assert store.get_session(unknown) is None
    with pytest.raises(InputError):
        store.append_turn(unknown, _result("q"))
    sid = store.create_session()
    with pytest.raises(InputError):
        store.append_turn(sid, {"question": "   "})
    store.append_turn(sid, _result("q"))
    for bad in (2, "up", True, 0.5):
        with pytest.raises(InputError):
            store.set_feedback(sid, 0, bad)
    with pytest.raises(InputError):
        store.set_feedback(sid, 7, 1)
    assert store.get_session(sid)["n_turns"] == 1


def test_bad_store_url():
    with pytest.raises(InputError):
        SessionStore("not a url ::")


def test_threads_share_one_store(store):
    shared = store.create_session("shared")
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            own = store.create_session(f"thread {n}")
            for i in range(15):
                store.append_turn(shared, _result(f"t{n} q{i}"))
                store.append_turn(own, _result(f"q{i}"))
                store.get_session(own)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    turns = store.get_session(shared)["turns"]
    assert [t["idx"] for t in turns] == list(range(90))
    assert len(store.list_sessions()) == 7


_WRITER = textwrap.dedent("""
    import sys
    from db.store import SessionStore
    store = SessionStore(sys.argv[1])
    shared = sys.argv[2]
    i = 0
    while True:
        sid = store.create_session(f"writer {i}")
        for j in range(3):
            store.append_turn(sid, {"question": f"q{j}", "data": [{"x": k, "y": "v" * 50} for k in range(200)]})
        store.append_turn(shared, {"question": f"shared {i}"})
        print(sid, flush=True)
        i += 1
        if len(sys.argv) > 3 and i >= int(sys.argv[3]):
            break
""")


def _writer(url: str, shared: str, count: int | None = None) -> subprocess.Popen:
    args = [sys.executable, "-c", _WRITER, url, shared] + ([str(count)] if count else [])
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, text=True)


def test_two_processes_write_the_same_store(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    store = SessionStore(url)
    shared = store.create_session("shared")
    procs = [_writer(url, shared, 8) for _ in range(2)]
    outputs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    for sid in outputs[0] + outputs[1]:
        assert store.get_session(sid)["n_turns"] == 3
    assert [t["idx"] for t in store.get_session(shared)["turns"]] == list(range(16))


def test_writer_killed_mid_save_loses_nothing_committed(tmp_path):
    path = tmp_path / "app.db"
    url = f"sqlite:///{path}"
    store = SessionStore(url)
    before = store.create_session("saved before the crash")
    store.append_turn(before, _result("kept"))
    shared = store.create_session("shared")
    proc = _writer(url, shared)
    committed = []
    deadline = time.monotonic() + 60
    while len(committed) < 15 and time.monotonic() < deadline:
        committed.append(proc.stdout.readline().strip())
    time.sleep(0.03)  # let it be in the middle of the next save
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    assert len(committed) == 15

    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened = SessionStore(url)
    assert reopened.get_session(before)["turns"][0]["question"] == "kept"
    for sid in committed:
        session = reopened.get_session(sid)
        assert session is not None and session["n_turns"] == 3 and len(session["turns"]) == 3
    shared_turns = reopened.get_session(shared)["turns"]
    assert [t["idx"] for t in shared_turns] == list(range(len(shared_turns)))
    assert len(shared_turns) >= 15
    for s in reopened.list_sessions():  # every session is consistent: n_turns matches its turns
        assert len(reopened.get_session(s["id"])["turns"]) == s["n_turns"]
    reopened.append_turn(before, _result("still writable"))


@pytest.fixture
def pg_store(pg_url):
    """A store in a fresh PostgreSQL database of the throwaway test server, dropped afterwards."""
    name = f"store_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    store = SessionStore(url)
    yield store
    store.close()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def test_postgresql_store(pg_store):
    sid = pg_store.create_session()
    assert pg_store.append_turn(sid, _result("sales by region")) == 0
    pg_store.set_feedback(sid, 0, 1)
    pg_store.rename_session(sid, "PG chat")
    session = pg_store.get_session(sid)
    assert session["title"] == "PG chat" and session["turns"][0]["feedback"] == 1
    assert session["turns"][0]["result"]["rows"][1] == {"region": "R1", "sales": 1.0}
    assert pg_store.get_session("nope") is None

    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(8):
                pg_store.append_turn(sid, _result(f"t{n} q{i}"))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert [t["idx"] for t in pg_store.get_session(sid)["turns"]] == list(range(33))
    second = SessionStore(pg_store.url.render_as_string(hide_password=False))  # another replica
    assert second.get_session(sid)["n_turns"] == 33
    second.close()
    assert pg_store.delete_session(sid) is True
    assert pg_store.stats()["turns"] == 0
