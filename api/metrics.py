"""Prometheus metrics of the REST API, in the plain text exposition format (no client library needed).

Cumulative, thread-safe counters and histograms owned by the API (requests by route/status, request latency,
per-stage latency of the answers it served, answers by engine/outcome), plus the process-wide counters of
`agents.observability` (LLM fallbacks, guard rejections by layer) and of the result cache (hits, misses).

Example:
    >>> m = ApiMetrics()
    >>> m.observe_request("/query", "POST", 200, 0.012)
    >>> 'analyst_http_requests_total{method="POST",route="/query",status="200"} 1' in m.render()
    True
"""
from __future__ import annotations

import bisect
import logging
import threading
from collections import defaultdict

log = logging.getLogger(__name__)

LATENCY_BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def _escape(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(pairs: dict) -> str:
    if not pairs:
        return ""
    return "{" + ",".join(f'{k}="{_escape(v)}"' for k, v in sorted(pairs.items())) + "}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class Histogram:
    """Cumulative histogram with fixed buckets (seconds)."""

    def __init__(self, buckets: tuple[float, ...] = LATENCY_BUCKETS_S):
        self.buckets = buckets
        self.counts = [0] * (len(buckets) + 1)  # last slot: +Inf
        self.sum = 0.0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(self.buckets, value)] += 1
        self.sum += value

    def lines(self, name: str, labels: dict) -> list[str]:
        out, running = [], 0
        for bound, count in zip([*self.buckets, float("inf")], self.counts):
            running += count
            le = "+Inf" if bound == float("inf") else _number(bound)
            out.append(f"{name}_bucket{_labels({**labels, 'le': le})} {running}")
        out.append(f"{name}_sum{_labels(labels)} {_number(round(self.sum, 6))}")
        out.append(f"{name}_count{_labels(labels)} {running}")
        return out


class ApiMetrics:
    """Every metric the API owns; `render()` adds the shared counters of observability and the cache."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple, int] = defaultdict(int)
        self.request_latency: dict[str, Histogram] = defaultdict(Histogram)
        self.stage_latency: dict[str, Histogram] = defaultdict(Histogram)
        self.answers: dict[tuple, int] = defaultdict(int)
        self.rate_limited: dict[str, int] = defaultdict(int)

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        """Count one HTTP request and its latency."""
        with self._lock:
            self.requests[(route, method, str(status))] += 1
            self.request_latency[route].observe(seconds)

    def observe_answer(self, endpoint: str, result: dict) -> None:
        """Count one answer (`AskResult.to_dict()`) and its stage timings (milliseconds)."""
        outcome = "ok" if result.get("error") is None else "error"
        with self._lock:
            self.answers[(endpoint, str(result.get("engine") or "none"), outcome,
                          str(bool(result.get("cached"))).lower())] += 1
            for stage, ms in (result.get("timings") or {}).items():
                if isinstance(ms, (int, float)):
                    self.stage_latency[str(stage)].observe(float(ms) / 1000.0)

    def observe_rate_limited(self, route: str) -> None:
        with self._lock:
            self.rate_limited[route] += 1

    def render(self, cache=None) -> str:
        """The whole exposition text; `cache` is the pipeline's ResultCache (default: the shared one)."""
        lines: list[str] = []
        with self._lock:
            lines += _counter("analyst_http_requests_total", "HTTP requests by route, method and status.",
                              {_kv(route=r, method=m, status=s): n for (r, m, s), n in self.requests.items()})
            lines += _histograms("analyst_http_request_duration_seconds", "HTTP request latency by route.",
                                 {_kv(route=r): h for r, h in self.request_latency.items()})
            lines += _histograms("analyst_stage_duration_seconds",
                                 "Latency of each pipeline stage of the answers served by the API.",
                                 {_kv(stage=s): h for s, h in self.stage_latency.items()})
            lines += _counter("analyst_answers_total", "Answers by endpoint, engine, outcome and cache hit.",
                              {_kv(endpoint=e, engine=g, outcome=o, cached=c): n
                               for (e, g, o, c), n in self.answers.items()})
            lines += _counter("analyst_rate_limited_total", "Requests refused by the per-client rate limit.",
                              {_kv(route=r): n for r, n in self.rate_limited.items()})
        lines += _shared_lines(cache)
        return "\n".join(lines) + "\n"


def _kv(**labels: str) -> tuple:
    return tuple(sorted(labels.items()))


def _counter(name: str, help_text: str, values: dict[tuple, float], kind: str = "counter") -> list[str]:
    out = [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
    out += [f"{name}{_labels(dict(labels))} {_number(v)}" for labels, v in sorted(values.items())]
    return out


def _histograms(name: str, help_text: str, values: dict[tuple, Histogram]) -> list[str]:
    out = [f"# HELP {name} {help_text}", f"# TYPE {name} histogram"]
    for labels, hist in sorted(values.items()):
        out += hist.lines(name, dict(labels))
    return out


def _shared_lines(cache=None) -> list[str]:
    """Counters kept by agents.observability and agents.cache (process-wide)."""
    lines: list[str] = []
    try:
        from agents import observability

        snap = observability.snapshot()
        lines += _counter("analyst_agent_outcomes_total",
                          "Agent results: success (LLM used), fallback (offline used), rejection (LLM output refused).",
                          {_kv(agent=a, outcome=o): n for a, c in snap.get("agents", {}).items() for o, n in c.items()})
        lines += _counter("analyst_guard_rejections_total", "Statements refused by the SQL guard, by layer.",
                          {_kv(layer=layer): n for layer, n in snap.get("guard_rejections", {}).items()})
        lines += _counter("analyst_llm_calls_total", "LLM calls by provider and outcome.",
                          {_kv(provider=p, outcome=o): n for p, s in snap.get("providers", {}).items()
                           for o, n in s.get("outcomes", {}).items()})
    except Exception:  # noqa: BLE001 - metrics never break the endpoint
        log.debug("observability snapshot failed", exc_info=True)
    try:
        from agents.cache import get_result_cache

        stats = (cache or get_result_cache()).stats()
        lines += _counter("analyst_cache_hits_total", "Result cache hits.", {(): stats["hits"]})
        lines += _counter("analyst_cache_misses_total", "Result cache misses.", {(): stats["misses"]})
        lines += _counter("analyst_cache_entries", "Entries in the in-process result cache.",
                          {_kv(backend=stats["backend"]): stats["entries"]}, kind="gauge")
    except Exception:  # noqa: BLE001
        log.debug("cache stats failed", exc_info=True)
    return lines
