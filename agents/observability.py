"""Process-wide counters and one structured log line per LLM call.

The pipeline, the LLM agents, the monitoring page and the `/metrics` endpoint all share this module:

- `LLMCallLogger`: a LangChain callback handler that logs every chat-model call (agent, provider, model,
  latency, tokens in/out when the provider reports them, outcome `ok`/`timeout`/`http_error`/`bad_output`)
  as one JSON log line and feeds the per-provider counters.
- `record_agent(agent, outcome)`: per agent (rewriter, sql, analysis, visualization) success / fallback /
  rejection counts.
- `record_guard_rejection(layer)`, `record_stage(stage, ms)`: guard refusals by layer, per-stage latencies.
- `record_question(ok=, engine=, cached=)`: answered questions by engine.
- `snapshot()` -> a JSON-able dict; `reset()` for tests.

Example:
    >>> reset(); record_agent("sql", "success"); snapshot()["agents"]["sql"]["success"]
    1
"""
from __future__ import annotations

import json
import logging
import threading
import time
from collections import defaultdict, deque
from typing import Any
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler

log = logging.getLogger("agents.llm")

AGENTS = ("rewriter", "sql", "analysis", "visualization")
AGENT_OUTCOMES = ("success", "fallback", "rejection")
CALL_OUTCOMES = ("ok", "timeout", "http_error", "bad_output")
_KEEP = 1000  # latencies kept per provider / stage (a sliding window, so memory stays bounded)

_lock = threading.Lock()


def _new_state() -> dict:
    return {
        "agents": {a: dict.fromkeys(AGENT_OUTCOMES, 0) for a in AGENTS},
        "providers": {},
        "guard_rejections": defaultdict(int),
        "stages": defaultdict(lambda: deque(maxlen=_KEEP)),
        "questions": {"total": 0, "ok": 0, "error": 0, "cached": 0, "by_engine": defaultdict(int)},
        "started_at": time.time(),
    }


_state = _new_state()


def reset() -> None:
    """Forget every counter (tests, or the monitoring page's reset button).

    >>> reset(); snapshot()["providers"]
    {}
    """
    global _state
    with _lock:
        _state = _new_state()


def _provider_slot(provider: str) -> dict:
    slots = _state["providers"]
    if provider not in slots:
        slots[provider] = {
            "calls": 0,
            "failures": 0,
            "outcomes": dict.fromkeys(CALL_OUTCOMES, 0),
            "tokens_in": 0,
            "tokens_out": 0,
            "latency_ms": deque(maxlen=_KEEP),
            "models": set(),
            "skipped": 0,
        }
    return slots[provider]


def record_llm_call(
    *,
    agent: str,
    provider: str,
    model: str,
    latency_ms: float,
    outcome: str,
    tokens_in: int | None = None,
    tokens_out: int | None = None,
    error: str | None = None,
) -> None:
    """Count one LLM call and log it as one structured line.

    >>> reset(); record_llm_call(agent="sql", provider="groq", model="m", latency_ms=12.5, outcome="ok")
    >>> snapshot()["providers"]["groq"]["calls"]
    1
    """
    with _lock:
        slot = _provider_slot(provider)
        slot["calls"] += 1
        slot["outcomes"][outcome] = slot["outcomes"].get(outcome, 0) + 1
        if outcome != "ok":
            slot["failures"] += 1
        slot["tokens_in"] += tokens_in or 0
        slot["tokens_out"] += tokens_out or 0
        slot["latency_ms"].append(round(latency_ms, 1))
        slot["models"].add(model)
    line = {
        "event": "llm_call", "agent": agent, "provider": provider, "model": model,
        "latency_ms": round(latency_ms, 1), "tokens_in": tokens_in, "tokens_out": tokens_out, "outcome": outcome,
    }
    if error:
        line["error"] = error[:300]
    log.log(logging.INFO if outcome == "ok" else logging.WARNING, json.dumps(line))


def record_skip(provider: str) -> None:
    """Count one call not made because the provider is in its cool-down after a failure.

    >>> reset(); record_skip("groq"); snapshot()["providers"]["groq"]["skipped"]
    1
    """
    with _lock:
        _provider_slot(provider)["skipped"] += 1


def record_agent(agent: str, outcome: str) -> None:
    """Count one agent result: `success` (LLM answer used), `fallback` (offline used), `rejection` (LLM output refused).

    >>> reset(); record_agent("analysis", "fallback"); snapshot()["agents"]["analysis"]["fallback"]
    1
    """
    with _lock:
        counts = _state["agents"].setdefault(agent, dict.fromkeys(AGENT_OUTCOMES, 0))
        counts[outcome] = counts.get(outcome, 0) + 1


def record_guard_rejection(layer: str) -> None:
    """Count one statement refused by the SQL guard, by layer (input, parse, ast, tables, functions, database).

    >>> reset(); record_guard_rejection("ast"); snapshot()["guard_rejections"]
    {'ast': 1}
    """
    with _lock:
        _state["guard_rejections"][layer or "unknown"] += 1


def record_stage(stage: str, ms: float) -> None:
    """Record how long one pipeline stage took (rewrite, sql, execute, analysis, chart, total...).

    >>> reset(); record_stage("sql", 40.0); snapshot()["stages"]["sql"]["count"]
    1
    """
    with _lock:
        _state["stages"][stage].append(round(float(ms), 1))


def record_question(*, ok: bool, engine: str = "", cached: bool = False, **_: object) -> None:
    """Count one answered question (the pipeline calls this once per `ask`/`run_sql`).

    >>> reset(); record_question(ok=True, engine="offline"); snapshot()["questions"]["by_engine"]
    {'offline': 1}
    """
    with _lock:
        q = _state["questions"]
        q["total"] += 1
        q["ok" if ok else "error"] += 1
        q["cached"] += 1 if cached else 0
        if engine:
            q["by_engine"][engine] += 1


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _summary(values: list[float]) -> dict:
    return {
        "count": len(values),
        "p50_ms": _percentile(values, 0.5),
        "p95_ms": _percentile(values, 0.95),
        "max_ms": max(values) if values else None,
    }


def snapshot() -> dict:
    """A JSON-able copy of every counter, for the monitoring page and `/metrics`.

    >>> reset(); sorted(snapshot())
    ['agents', 'guard_rejections', 'providers', 'providers_down', 'questions', 'stages', 'uptime_s']
    """
    with _lock:
        providers = {}
        for name, slot in _state["providers"].items():
            latencies = list(slot["latency_ms"])
            providers[name] = {
                "calls": slot["calls"], "failures": slot["failures"], "outcomes": dict(slot["outcomes"]),
                "tokens_in": slot["tokens_in"], "tokens_out": slot["tokens_out"],
                "latency_ms": latencies, **{k: v for k, v in _summary(latencies).items() if k != "count"},
                "models": sorted(slot["models"]), "skipped": slot["skipped"],
            }
        stages = {}
        for name, values in _state["stages"].items():
            stages[name] = {**_summary(list(values)), "latency_ms": list(values)}
        return {
            "agents": {a: dict(c) for a, c in _state["agents"].items()},
            "providers": providers,
            "guard_rejections": dict(_state["guard_rejections"]),
            "stages": stages,
            "questions": {**{k: v for k, v in _state["questions"].items() if k != "by_engine"},
                          "by_engine": dict(_state["questions"]["by_engine"])},
            "uptime_s": round(time.time() - _state["started_at"], 1),
            "providers_down": _providers_down(),
        }


def _providers_down() -> dict[str, float]:
    """Seconds of cool-down left per provider skipped after a failure (see agents.providers)."""
    try:
        from agents.providers import provider_health
    except ImportError:
        return {}
    return provider_health()


def classify_error(exc: BaseException) -> str:
    """Outcome of a failed call: `timeout`, `bad_output` (unreadable response body) or `http_error` (the rest).

    >>> classify_error(TimeoutError("slow"))
    'timeout'
    """
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & {"JSONDecodeError", "ValidationError", "OutputParserException"}:
        return "bad_output"
    if names & {"TimeoutError", "APITimeoutError", "TimeoutException", "ReadTimeout", "ConnectTimeout"}:
        return "timeout"
    if "timed out" in str(exc).lower():
        return "timeout"
    return "http_error"


def _usage(response: Any) -> tuple[int | None, int | None]:
    """Tokens in/out from an LLMResult, when the provider reported them."""
    try:
        message = response.generations[0][0].message
        usage = getattr(message, "usage_metadata", None) or {}
        if usage:
            return usage.get("input_tokens"), usage.get("output_tokens")
    except (AttributeError, IndexError, TypeError):
        pass
    token_usage = (getattr(response, "llm_output", None) or {}).get("token_usage") or {}
    return token_usage.get("prompt_tokens"), token_usage.get("completion_tokens")


def _text(response: Any) -> str:
    try:
        return response.generations[0][0].text or ""
    except (AttributeError, IndexError, TypeError):
        return ""


class LLMCallLogger(BaseCallbackHandler):
    """Logs every chat-model call made under it as one structured line and counts it.

    `check(text) -> bool` decides whether a completed answer is usable (else outcome `bad_output`).
    `cancel()` is called by the wall-clock guard when it gives up on a call: the guard records the timeout
    itself, and late events of that call are then ignored (no double count).

    Example:
        >>> handler = LLMCallLogger(agent="sql", provider="groq", model="openai/gpt-oss-120b")
        >>> handler.cancelled
        False
    """

    raise_error = False

    def __init__(self, *, agent: str, provider: str, model: str, check=None):
        self.agent, self.provider, self.model, self.check = agent, provider, model, check
        self.cancelled = False
        self.last_outcome: str | None = None
        self._starts: dict[UUID, float] = {}
        self._lock = threading.Lock()

    def cancel(self) -> None:
        """Ignore whatever this call reports from now on."""
        self.cancelled = True

    def on_chat_model_start(self, serialized, messages, *, run_id: UUID, **kwargs: Any) -> None:
        with self._lock:
            self._starts[run_id] = time.perf_counter()

    def on_llm_start(self, serialized, prompts, *, run_id: UUID, **kwargs: Any) -> None:
        with self._lock:
            self._starts.setdefault(run_id, time.perf_counter())

    def _elapsed_ms(self, run_id: UUID) -> float:
        with self._lock:
            started = self._starts.pop(run_id, None)
        return (time.perf_counter() - started) * 1000 if started else 0.0

    def on_llm_end(self, response, *, run_id: UUID, **kwargs: Any) -> None:
        elapsed = self._elapsed_ms(run_id)
        if self.cancelled:
            return
        tokens_in, tokens_out = _usage(response)
        usable = self.check is None or self.check(_text(response))
        self.last_outcome = "ok" if usable else "bad_output"
        record_llm_call(agent=self.agent, provider=self.provider, model=self.model, latency_ms=elapsed,
                        outcome=self.last_outcome, tokens_in=tokens_in, tokens_out=tokens_out,
                        error=None if usable else "unusable answer: " + _text(response)[:120])

    def on_llm_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        elapsed = self._elapsed_ms(run_id)
        if self.cancelled:
            return
        self.last_outcome = classify_error(error)
        record_llm_call(agent=self.agent, provider=self.provider, model=self.model, latency_ms=elapsed,
                        outcome=self.last_outcome, error=f"{type(error).__name__}: {error}")
