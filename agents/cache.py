"""Result cache: identical (database, standalone question, allowed tables) answers served without re-running.

Values are serialised, so the in-process backend and Redis behave the same and a caller can never mutate a
cached answer: a value is a JSON-able dict in which any `pandas.DataFrame` (top level or nested in dicts and
lists) is stored as Arrow IPC bytes (Parquet's in-memory sibling: same types, about 2x faster to round-trip).

Backends:
- in-process (default): a thread-safe LRU with a TTL and a bound on entries and on bytes;
- Redis, when `CACHE_URL=redis://...`: shared by every worker; keys expire through Redis' own TTL. When the URL is
  set but Redis cannot be reached (at start or later), the cache degrades to in-process with one warning.

Schema metadata is cached by the Database itself (`db.schema()`); `refresh_schema(db)` re-reads it and drops the
cached answers of that database.

Example:
    >>> import pandas as pd
    >>> cache = ResultCache(ttl_s=60)
    >>> key = cache_key("duckdb:///demo.duckdb", "Total sales by category", {"superstore"})
    >>> cache.set(key, {"sql": "SELECT 1", "data": pd.DataFrame({"x": [1]})})
    True
    >>> cache.get(key)["data"]["x"].tolist()
    [1]
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa

from settings import Settings, get_settings

log = logging.getLogger(__name__)

_FRAME_TAG = "__arrow_frame__"
_REDIS_PREFIX = "ca:result:"
DEFAULT_MAX_ENTRIES = 512
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


# --------------------------------------------------------------------------------------------- keys


def _digest(text: str, size: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def normalise_question(question: str) -> str:
    """Collapse whitespace so that trivially different spellings share one entry.

    >>> normalise_question("  Total   sales\\nby category ")
    'Total sales by category'
    """
    return " ".join(str(question).split())


def cache_key(db_url: str | None, standalone_question: str, tables: Iterable[str] | None, **extra: object) -> str:
    """The cache key of one answer: `<database digest>:<question+tables digest>`.

    `tables` is the guard's allow-list (order and case do not matter; None = every table). `extra` holds anything
    else that changes the answer (for instance `max_rows=1000`). The database part comes first so that
    `ResultCache.invalidate_db(db_url)` can drop one database's answers.

    >>> cache_key("duckdb:///a.duckdb", "sales by region", ["B", "a"]) == cache_key("duckdb:///a.duckdb",
    ...     "sales  by region", {"a", "b"})
    True
    >>> cache_key("duckdb:///a.duckdb", "q", None) == cache_key("duckdb:///b.duckdb", "q", None)
    False
    """
    table_part = "*" if tables is None else ",".join(sorted({str(t).lower() for t in tables}))
    extra_part = json.dumps(extra, sort_keys=True, default=str)
    body = "\x1f".join([normalise_question(standalone_question), table_part, extra_part])
    return f"{_db_digest(db_url)}:{_digest(body, 32)}"


def _db_digest(db_url: str | None) -> str:
    return _digest(db_url or "")


# --------------------------------------------------------------------------------------- serialising


def frame_to_bytes(df: pd.DataFrame) -> bytes:
    """A DataFrame as Arrow IPC stream bytes (index dropped).

    >>> bytes_to_frame(frame_to_bytes(pd.DataFrame({"a": [1, 2]})))["a"].tolist()
    [1, 2]
    """
    table = pa.Table.from_pandas(df, preserve_index=False, nthreads=1)  # small frames: threads cost more
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def bytes_to_frame(data: bytes) -> pd.DataFrame:
    """The DataFrame written by `frame_to_bytes`."""
    return pa.ipc.open_stream(data).read_all().to_pandas(use_threads=False)


def _encode_part(value: object) -> object:
    if isinstance(value, pd.DataFrame):
        return {_FRAME_TAG: base64.b64encode(frame_to_bytes(value)).decode("ascii")}
    if isinstance(value, dict):
        return {str(k): _encode_part(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_encode_part(v) for v in value]
    return value


def _decode_part(value: object) -> object:
    if isinstance(value, dict):
        if set(value) == {_FRAME_TAG}:
            return bytes_to_frame(base64.b64decode(value[_FRAME_TAG]))
        return {k: _decode_part(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode_part(v) for v in value]
    return value


def encode_value(value: dict) -> bytes:
    """Serialise a cache value (JSON-able dict; DataFrames anywhere inside). Raises TypeError/ValueError if not.

    >>> decode_value(encode_value({"a": 1, "rows": [1, 2]}))
    {'a': 1, 'rows': [1, 2]}
    """
    return json.dumps(_encode_part(value), default=_json_default, separators=(",", ":")).encode("utf-8")


def decode_value(data: bytes) -> dict:
    """The value given to `encode_value`, with its DataFrames rebuilt."""
    return _decode_part(json.loads(data))


def _json_default(obj: object) -> object:
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    if hasattr(obj, "model_dump"):  # pydantic models (ChartSpec) come back as dicts
        return obj.model_dump()
    raise TypeError(f"not cacheable: {type(obj).__name__}")


# ------------------------------------------------------------------------------------------ backends


@dataclass
class _Entry:
    data: bytes
    expires: float


@dataclass
class CacheStats:
    """Counters of one cache (read by the REST API's /metrics)."""

    hits: int = 0
    misses: int = 0
    sets: int = 0
    evictions: int = 0
    errors: int = 0
    backend: str = "memory"
    extra: dict = field(default_factory=dict)


class MemoryBackend:
    """Thread-safe LRU of bytes with a TTL, at most `max_entries` entries and `max_bytes` bytes."""

    name = "memory"

    def __init__(self, max_entries: int = DEFAULT_MAX_ENTRIES, max_bytes: int = DEFAULT_MAX_BYTES,
                 clock=time.monotonic):
        self.max_entries = max(1, int(max_entries))
        self.max_bytes = max(1, int(max_bytes))
        self._clock = clock
        self._items: OrderedDict[str, _Entry] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.evictions = 0

    def get(self, key: str) -> bytes | None:
        with self._lock:
            entry = self._items.get(key)
            if entry is None:
                return None
            if entry.expires <= self._clock():
                self._drop(key)
                return None
            self._items.move_to_end(key)
            return entry.data

    def set(self, key: str, data: bytes, ttl_s: float) -> None:
        if len(data) > self.max_bytes:
            return
        with self._lock:
            if key in self._items:
                self._drop(key)
            self._items[key] = _Entry(data, self._clock() + ttl_s)
            self._bytes += len(data)
            while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                self._drop(next(iter(self._items)))
                self.evictions += 1

    def delete_prefix(self, prefix: str) -> int:
        with self._lock:
            keys = [k for k in self._items if k.startswith(prefix)]
            for k in keys:
                self._drop(k)
            return len(keys)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def _drop(self, key: str) -> None:
        entry = self._items.pop(key)
        self._bytes -= len(entry.data)


class RedisBackend:
    """Redis through redis-py; every key under `ca:result:` with Redis' own expiry."""

    name = "redis"

    def __init__(self, url: str, timeout_s: float = 0.5):
        import redis  # optional at run time; pinned in requirements.txt

        self.client = redis.Redis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)
        self.client.ping()

    def get(self, key: str) -> bytes | None:
        return self.client.get(_REDIS_PREFIX + key)

    def set(self, key: str, data: bytes, ttl_s: float) -> None:
        self.client.set(_REDIS_PREFIX + key, data, px=max(1, int(ttl_s * 1000)))

    def delete_prefix(self, prefix: str) -> int:
        keys = list(self.client.scan_iter(match=_REDIS_PREFIX + prefix + "*", count=500))
        return self.client.delete(*keys) if keys else 0

    def clear(self) -> None:
        self.delete_prefix("")

    def __len__(self) -> int:
        return sum(1 for _ in self.client.scan_iter(match=_REDIS_PREFIX + "*", count=500))


# ---------------------------------------------------------------------------------------------- cache


class ResultCache:
    """Cache of serialised answers with a TTL; Redis when `url` is `redis://...`, else in-process.

    `get` returns None on a miss, an expired entry or any backend failure; `set` returns False when the value
    cannot be serialised (it is then simply not cached). Neither ever raises.

    >>> cache = ResultCache(ttl_s=60, max_entries=2)
    >>> cache.set("k", {"answer": 42}), cache.get("k"), cache.get("other")
    (True, {'answer': 42}, None)
    """

    def __init__(self, ttl_s: float = 300, *, url: str = "", max_entries: int = DEFAULT_MAX_ENTRIES,
                 max_bytes: int = DEFAULT_MAX_BYTES, clock=time.monotonic):
        self.ttl_s = float(ttl_s)
        self._memory = MemoryBackend(max_entries, max_bytes, clock=clock)
        self._backend: MemoryBackend | RedisBackend = self._memory
        self._lock = threading.Lock()
        self._warned = False
        self._stats = CacheStats()
        if url:
            self._connect(url)

    @property
    def backend(self) -> str:
        """"memory" or "redis"."""
        return self._backend.name

    @property
    def enabled(self) -> bool:
        """False when the TTL is 0 or negative (caching switched off)."""
        return self.ttl_s > 0

    def get(self, key: str) -> dict | None:
        """The cached value of `key`, or None."""
        if not self.enabled:
            return None
        data = self._call("get", key)
        value = None
        if data is not None:
            try:
                value = decode_value(data)
            except (ValueError, TypeError, pa.ArrowException):
                log.warning("cache: dropping an unreadable entry")
        with self._lock:
            if value is None:
                self._stats.misses += 1
            else:
                self._stats.hits += 1
        return value

    def set(self, key: str, value: dict) -> bool:
        """Store `value` (JSON-able dict, DataFrames allowed inside) for the TTL. True when stored."""
        if not self.enabled:
            return False
        try:
            data = encode_value(value)
        except (TypeError, ValueError, pa.ArrowException) as exc:
            log.info("cache: value not cacheable (%s)", exc)
            return False
        self._call("set", key, data, self.ttl_s)
        with self._lock:
            self._stats.sets += 1
        return True

    def invalidate_db(self, db_url: str | None) -> int:
        """Drop every cached answer of one database (after a schema refresh or a data load)."""
        return self._call("delete_prefix", _db_digest(db_url) + ":") or 0

    def clear(self) -> None:
        """Drop everything."""
        self._call("clear")

    def stats(self) -> dict:
        """Counters: hits, misses, sets, evictions, errors, entries (in-process only), backend.

        >>> sorted(ResultCache().stats())
        ['backend', 'entries', 'errors', 'evictions', 'hits', 'misses', 'sets']
        """
        with self._lock:
            s = self._stats
            return {"hits": s.hits, "misses": s.misses, "sets": s.sets, "evictions": self._memory.evictions,
                    "errors": s.errors, "entries": len(self._memory), "backend": self.backend}

    def _connect(self, url: str) -> None:
        try:
            self._backend = RedisBackend(url)
        except Exception as exc:  # noqa: BLE001 - any failure of an optional backend means "in-process"
            self._degrade(exc)

    def _call(self, method: str, *args):
        backend = self._backend
        try:
            return getattr(backend, method)(*args)
        except Exception as exc:  # noqa: BLE001 - Redis errors of any kind must not break answering
            if backend is self._memory:
                raise
            self._degrade(exc)
            return getattr(self._memory, method)(*args)

    def _degrade(self, exc: Exception) -> None:
        with self._lock:
            self._stats.errors += 1
            self._backend = self._memory
            if self._warned:
                return
            self._warned = True
        log.warning("cache: Redis unavailable (%s: %s); using the in-process cache instead",
                    type(exc).__name__, exc)


_shared: dict[tuple, ResultCache] = {}
_shared_lock = threading.Lock()


def get_result_cache(settings: Settings | None = None) -> ResultCache:
    """The process-wide cache for these settings (CACHE_URL, CACHE_TTL_S); one instance per pair.

    >>> get_result_cache() is get_result_cache()
    True
    """
    s = settings or get_settings()
    config = (s.cache_url.strip(), float(s.cache_ttl_s))
    with _shared_lock:
        cache = _shared.get(config)
        if cache is None:
            cache = _shared[config] = ResultCache(config[1], url=config[0])
        return cache


def refresh_schema(db, cache: ResultCache | None = None):
    """Re-read the schema of `db` (a `db.engines.Database`) and drop its cached answers. Returns the Schema.

    Example: `refresh_schema(get_database(url))` after the database's tables changed.
    """
    schema = db.schema(refresh=True)
    (cache or get_result_cache()).invalidate_db(db.url)
    return schema


def make_cache(settings: Settings | None = None) -> ResultCache:
    """What the pipeline calls: the shared cache of these settings (same as `get_result_cache`).

    >>> make_cache() is get_result_cache()
    True
    """
    return get_result_cache(settings)
