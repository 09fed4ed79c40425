"""LLM path benchmark: pipeline overhead around the model calls, behaviour under provider faults, calls per turn.

Everything runs against the stand-in server of tests/fake_llm_server.py (no real provider is called), with the
real clients (ChatGroq first, then ChatOpenAI as backup), the real Pipeline, guard, executor and demo DuckDB.

1. Fixed model latency (default 300 ms per call): wall time of `Pipeline.ask` vs the LLM latency on the critical
   path (first question: SQL, then analysis || visualization = 2 calls deep; follow-up: + the rewriter = 3 deep).
2. Per fault kind of the first provider (refused, hang, 500, 429, garbage, closed connection): answer yes/no,
   engine and time to answer, with a healthy backup provider and with no backup (offline engine only).
3. LLM calls per first question and per follow-up.

Run: `.venv/bin/python -m bench.llm_bench [--latency-ms 300] [--timeout 2] [--repeat 3]`; prints a table and
writes bench/results/llm.json.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import time

from agents import observability
from agents.offline_engine import OfflineEngine
from agents.pipeline import Pipeline
from agents.providers import reset_health, warm_up
from bench.common import summary, table, write_results
from db.demo import ensure_demo_db
from settings import load_settings
from tests.fake_llm_server import Action, FakeLLMServer, Request, agent_of, unused_port, wait_for_abandoned_calls

# (first question, follow-up, standalone form of the follow-up the fake rewriter returns)
CONVERSATIONS = [
    ("total sales by region", "only in the West", "total sales in the West by region"),
    ("monthly profit in 2017", "for Technology", "monthly profit in 2017 for Technology"),
    ("top 5 customers by sales", "in Texas", "top 5 customers by sales in Texas"),
    ("average discount by segment", "for Furniture", "average discount by segment for Furniture"),
]
FAULTS = {
    "refused": None,
    "hang": Action.hang(),
    "http_500": Action.status(500),
    "http_429": Action.status(429),
    "garbage": Action.garbage(),
    "closed": Action.close(),
}


class FakeModel:
    """Answers each agent plausibly: the SQL the offline engine writes for the prompt's question, JSON otherwise."""

    def __init__(self, engine: OfflineEngine, latency_s: float):
        self.engine, self.latency_s = engine, latency_s
        self.standalone = {follow: standalone for _, follow, standalone in CONVERSATIONS}

    def __call__(self, request: Request) -> Action:
        agent, prompt, delay = agent_of(request), request.prompt, self.latency_s
        if agent == "sql":
            question = re.findall(r"Question: (.*)\nSQL:", prompt)[-1]
            return Action.text(self.engine.generate(question, []).sql or "SELECT 1", delay=delay)
        if agent == "rewriter":
            follow = re.findall(r"Follow-up: (.*)\nJSON:", prompt)[-1]
            return Action.json({"standalone_question": self.standalone.get(follow, follow)}, delay=delay)
        if agent == "analysis":
            return Action.json({"insight": "The leading group is shown first."}, delay=delay)
        return Action.json({"kind": "table", "title": "Result"}, delay=delay)


def bench_settings(first_url: str, backup_url: str | None, timeout_s: float):
    env = {"LLM_TIMEOUT_S": str(timeout_s), "LLM_MAX_RETRIES": "1", "CACHE_TTL_S": "0", "SECRETS_FILE": "/nonexistent",
           "GROQ_API_KEY": "bench-key", "GROQ_API_BASE": first_url, "HF_ENDPOINT_URL": "", "HF_TOKEN": "",
           "OPENAI_BASE_URL": (backup_url + "/v1") if backup_url else "", "OPENAI_MODEL": "fake-backup",
           "LLM_ORDER": "groq,openai,offline" if backup_url else "groq,offline"}
    return load_settings(env)


def _timed_ask(pipeline: Pipeline, question: str, session, servers: list[FakeLLMServer]):
    before = sum(len(s.requests) for s in servers)
    started = time.perf_counter()
    result = pipeline.ask(question, session)
    wall_ms = (time.perf_counter() - started) * 1000
    return result, wall_ms, sum(len(s.requests) for s in servers) - before


def latency_section(db_path, primary: FakeLLMServer, latency_s: float, timeout_s: float, repeat: int) -> dict:
    """Pipeline wall time vs LLM latency on the critical path, first questions and follow-ups."""
    reset_health()
    settings = bench_settings(primary.url, None, timeout_s)
    pipeline = Pipeline.from_url(f"duckdb:///{db_path}", settings=settings)
    primary.responder = FakeModel(pipeline.offline, latency_s)
    warm_up(settings)
    pipeline.ask(CONVERSATIONS[0][0], pipeline.new_session())  # warm: schema, indexes, imports
    rows = {"first": [], "follow-up": []}
    for _ in range(repeat):
        for first, follow, _standalone in CONVERSATIONS:
            session = pipeline.new_session()
            for kind, question, depth in (("first", first, 2), ("follow-up", follow, 3)):
                result, wall_ms, calls = _timed_ask(pipeline, question, session, [primary])
                rows[kind].append({"question": question, "ok": result.error is None, "engine": result.engine,
                                   "wall_ms": wall_ms, "critical_llm_ms": depth * latency_s * 1000,
                                   "sum_llm_ms": calls * latency_s * 1000, "calls": calls})
    out = {}
    for kind, items in rows.items():
        out[kind] = {
            "asks": len(items), "answered": sum(r["ok"] for r in items),
            "engines": sorted({r["engine"] for r in items}),
            "llm_calls_per_question": statistics.fmean(r["calls"] for r in items),
            "critical_path_llm_ms": items[0]["critical_llm_ms"],
            "sum_of_llm_latencies_ms": statistics.fmean(r["sum_llm_ms"] for r in items),
            "wall": summary([r["wall_ms"] for r in items]),
            "overhead_beyond_critical_path": summary([r["wall_ms"] - r["critical_llm_ms"] for r in items]),
        }
    return out


def fault_section(db_path, primary: FakeLLMServer, backup: FakeLLMServer, latency_s: float, timeout_s: float) -> list:
    """Per fault of the first provider: answered?, by which engine, in how long (with / without a backup)."""
    results = []
    for fault, action in FAULTS.items():
        for with_backup in (True, False):
            primary.release()
            backup.release()
            wait_for_abandoned_calls(8.0)
            primary.reset()
            backup.reset()
            reset_health()  # each scenario starts with every provider healthy
            first_url = primary.url if action else f"http://127.0.0.1:{unused_port()}"
            settings = bench_settings(first_url, backup.url if with_backup else None, timeout_s)
            pipeline = Pipeline.from_url(f"duckdb:///{db_path}", settings=settings)
            primary.default = action or Action.text("SELECT 1")
            backup.responder = FakeModel(pipeline.offline, latency_s)
            warm_up(settings)
            result, wall_ms, calls = _timed_ask(pipeline, "total sales by region", pipeline.new_session(),
                                                [primary, backup])
            results.append({"fault": fault, "backup": with_backup, "answered": result.error is None,
                            "engine": result.engine, "rows": 0 if result.data is None else len(result.data),
                            "time_ms": wall_ms, "llm_requests": calls,
                            "within_budget": wall_ms <= (2 * timeout_s + 1) * 1000})
    return results


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--latency-ms", type=float, default=300.0, help="fake model latency per call")
    parser.add_argument("--timeout", type=float, default=2.0, help="LLM_TIMEOUT_S")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the conversations")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # the per-call log lines are for production, not this table
    latency_s = args.latency_ms / 1000
    db_path = ensure_demo_db()
    observability.reset()
    with FakeLLMServer() as primary, FakeLLMServer() as backup:
        latency = latency_section(db_path, primary, latency_s, args.timeout, args.repeat)
        faults = fault_section(db_path, primary, backup, latency_s, args.timeout)
    payload = {"config": {"latency_ms": args.latency_ms, "llm_timeout_s": args.timeout, "repeat": args.repeat,
                          "providers": "groq (fake) -> openai-compatible (fake) -> offline"},
               "latency": latency, "faults": faults, "observability": observability.snapshot()["agents"]}
    path = write_results("llm", payload)
    print(f"Fixed model latency {args.latency_ms:.0f} ms per call, LLM_TIMEOUT_S={args.timeout}")
    print(table(["turn", "asks", "answered", "LLM calls", "critical LLM ms", "sum LLM ms", "wall p50", "wall p95",
                 "overhead p50", "overhead p95"],
                [[k, v["asks"], v["answered"], v["llm_calls_per_question"], v["critical_path_llm_ms"],
                  v["sum_of_llm_latencies_ms"], v["wall"]["p50_ms"], v["wall"]["p95_ms"],
                  v["overhead_beyond_critical_path"]["p50_ms"], v["overhead_beyond_critical_path"]["p95_ms"]]
                 for k, v in latency.items()]))
    print()
    print(f"Faults of the first provider (budget per LLM stage {args.timeout} s)")
    print(table(["fault", "backup", "answered", "engine", "rows", "time ms", "LLM requests"],
                [[f["fault"], "yes" if f["backup"] else "no", "yes" if f["answered"] else "NO", f["engine"],
                  f["rows"], f["time_ms"], f["llm_requests"]] for f in faults]))
    print(f"\nwrote {path}")
    return json.loads(path.read_text())


if __name__ == "__main__":
    main()
