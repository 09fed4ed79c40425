"""Result cache: keys, TTL, bounds, thread safety, serialisation, and Redis against a real redis-server."""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import socket
import subprocess
import threading
import time

import pandas as pd
import pytest

from agents.cache import ResultCache, cache_key, decode_value, encode_value, get_result_cache
from settings import load_settings


class FakeClock:
    """A controllable monotonic clock (time, not a database, is what we fake)."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_key_changes_with_db_url_tables_and_question():
    base = cache_key("duckdb:///a.duckdb", "total sales by region", {"superstore"})
    assert base == cache_key("duckdb:///a.duckdb", "  total sales  by region ", ["SUPERSTORE"])
    assert base != cache_key("duckdb:///b.duckdb", "total sales by region", {"superstore"})
    assert base != cache_key("duckdb:///a.duckdb", "total sales by region", {"superstore", "returns"})
    assert base != cache_key("duckdb:///a.duckdb", "total sales by region", None)
    assert base != cache_key("duckdb:///a.duckdb", "total profit by region", {"superstore"})
    assert base != cache_key("duckdb:///a.duckdb", "total sales by region", {"superstore"}, max_rows=10)


def test_ttl_expiry():
    clock = FakeClock()
    cache = ResultCache(ttl_s=10, clock=clock)
    cache.set("k", {"v": 1})
    clock.now += 9.9
    assert cache.get("k") == {"v": 1}
    clock.now += 0.2
    assert cache.get("k") is None
    assert cache.stats()["entries"] == 0


def test_bounded_entries_lru():
    cache = ResultCache(ttl_s=60, max_entries=3)
    for i in range(3):
        cache.set(f"k{i}", {"i": i})
    assert cache.get("k0") == {"i": 0}  # k0 is now the most recently used
    cache.set("k3", {"i": 3})
    assert cache.get("k1") is None
    assert [cache.get(k) for k in ("k0", "k2", "k3")] == [{"i": 0}, {"i": 2}, {"i": 3}]
    assert cache.stats()["entries"] == 3
    assert cache.stats()["evictions"] == 1


def test_bounded_bytes():
    cache = ResultCache(ttl_s=60, max_bytes=2000)
    for i in range(10):
        cache.set(f"k{i}", {"blob": "x" * 500})
    assert cache.stats()["entries"] <= 3
    assert cache.set("huge", {"blob": "x" * 5000}) is True
    assert cache.get("huge") is None  # bigger than the whole cache: not kept


def test_zero_ttl_disables():
    cache = ResultCache(ttl_s=0)
    assert cache.set("k", {"v": 1}) is False
    assert cache.get("k") is None


def test_round_trip_keeps_frames_and_types():
    df = pd.DataFrame({"region": ["East", "West"], "sales": [1.5, 2.25], "n": [3, 4],
                       "day": pd.to_datetime(["2024-01-01", "2024-02-01"])})
    value = {"sql": "SELECT 1", "data": df, "timings": {"sql_ms": 1.0}, "when": dt.date(2024, 1, 1),
             "nested": [{"frame": df.head(1)}]}
    back = decode_value(encode_value(value))
    pd.testing.assert_frame_equal(back["data"], df)
    pd.testing.assert_frame_equal(back["nested"][0]["frame"], df.head(1))
    assert back["when"] == "2024-01-01"
    assert back["timings"] == {"sql_ms": 1.0}


def test_cached_value_is_a_copy():
    cache = ResultCache(ttl_s=60)
    cache.set("k", {"data": pd.DataFrame({"a": [1]})})
    frame = cache.get("k")["data"]
    frame.loc[0, "a"] = 99
    assert cache.get("k")["data"]["a"].tolist() == [1]


def test_uncacheable_value_is_refused_not_raised():
    cache = ResultCache(ttl_s=60)
    assert cache.set("k", {"obj": object()}) is False
    assert cache.get("k") is None


def test_invalidate_db_drops_only_that_database():
    cache = ResultCache(ttl_s=60)
    ka, kb = cache_key("duckdb:///a", "q", None), cache_key("duckdb:///b", "q", None)
    cache.set(ka, {"v": "a"})
    cache.set(kb, {"v": "b"})
    assert cache.invalidate_db("duckdb:///a") == 1
    assert cache.get(ka) is None and cache.get(kb) == {"v": "b"}


def test_thread_safety_under_contention():
    cache = ResultCache(ttl_s=60, max_entries=50)
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(300):
                key = f"k{(n * 7 + i) % 80}"
                cache.set(key, {"i": i, "data": pd.DataFrame({"x": [i]})})
                got = cache.get(key)
                assert got is None or set(got) == {"i", "data"}
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    stats = cache.stats()
    assert stats["entries"] <= 50
    assert stats["sets"] == 8 * 300
    assert stats["hits"] + stats["misses"] == 8 * 300


def test_shared_cache_per_settings():
    s = load_settings({"CACHE_TTL_S": "123"})
    assert get_result_cache(s) is get_result_cache(s)
    assert get_result_cache(s).ttl_s == 123
    assert get_result_cache(s) is not get_result_cache(s.replace(cache_ttl_s=124))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_redis_degrades_with_one_warning(caplog):
    port = _free_port()  # nothing listens there
    with caplog.at_level(logging.WARNING, logger="agents.cache"):
        cache = ResultCache(ttl_s=60, url=f"redis://127.0.0.1:{port}/0")
        assert cache.backend == "memory"
        assert cache.set("k", {"v": 1}) and cache.get("k") == {"v": 1}
    assert len([r for r in caplog.records if "Redis unavailable" in r.message]) == 1


@contextlib.contextmanager
def _redis_server(workdir):
    """A throwaway real redis-server on a free local port (skipped when the binary is absent)."""
    binary = shutil.which("redis-server")
    if not binary:
        pytest.skip("redis-server not installed (apt-get install -y redis-server)")
    port = _free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_redis_backend_round_trip_ttl_and_invalidate(tmp_path):
    with _redis_server(tmp_path) as url:
        cache = ResultCache(ttl_s=0.5, url=url)
        assert cache.backend == "redis"
        key = cache_key("duckdb:///a", "total sales", {"superstore"})
        df = pd.DataFrame({"region": ["East"], "sales": [1.5]})
        assert cache.set(key, {"data": df, "sql": "SELECT 1"})
        other = ResultCache(ttl_s=0.5, url=url)  # a second worker sees the same entry
        pd.testing.assert_frame_equal(other.get(key)["data"], df)
        assert cache.invalidate_db("duckdb:///a") == 1
        assert cache.get(key) is None
        cache.set(key, {"v": 1})
        time.sleep(0.7)
        assert cache.get(key) is None


def test_redis_going_away_degrades_to_memory(tmp_path, caplog):
    with _redis_server(tmp_path) as url:
        cache = ResultCache(ttl_s=60, url=url)
        assert cache.backend == "redis"
    with caplog.at_level(logging.WARNING, logger="agents.cache"):  # the server is gone now
        assert cache.get("k") is None
        assert cache.set("k", {"v": 1}) and cache.get("k") == {"v": 1}
    assert cache.backend == "memory"
    assert len([r for r in caplog.records if "Redis unavailable" in r.message]) == 1


def test_refresh_schema_rereads_and_drops_that_database(demo_url):
    from agents.cache import refresh_schema
    from db.engines import get_database

    db = get_database(demo_url)
    cache = ResultCache(ttl_s=60)
    mine, other = cache_key(db.url, "q", None), cache_key("duckdb:///elsewhere.duckdb", "q", None)
    cache.set(mine, {"v": 1})
    cache.set(other, {"v": 2})
    schema = refresh_schema(db, cache)
    assert "superstore" in schema.tables
    assert cache.get(mine) is None and cache.get(other) == {"v": 2}
