"""Load test of the REST API: N concurrent clients (1, 4, 16, 64) asking the development questions.

    .venv/bin/python -m bench.load_bench [--clients 1,4,16,64] [--requests 400] [--cache on,off]

The API runs in a subprocess (uvicorn, one process, 127.0.0.1 only, LLM_ORDER=offline, the demo DuckDB, a
throwaway SQLite session store, the rate limit off). Each client plays the Superstore conversations of
../shared/eval/dev.jsonl in turn, with `session_id` for the follow-ups, until the fixed number of requests of
the level has been made. Reported per level: throughput (requests/s), p50/p95 latency, errors (transport
failures or any non-200), the server's CPU time per request (load-independent: 1000 / it bounds the requests per
second one core can serve) and the server's peak RSS (VmHWM). `--cache off` sets CACHE_TTL_S=0 so that every
question runs the whole pipeline; `on` is the default configuration (repeated questions served from the
cache). The clients share the machine's cores with the server. Goal: >= 50 questions/s with no errors at 64
clients. Writes bench/results/load_bench.json.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.common import cpu_seconds, dev_conversations, peak_rss_mb, summary, table, write_results
from settings import ROOT

GOAL_QPS = 50.0
GOAL_CLIENTS = 64


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ApiServer:
    """uvicorn serving api.main:app in a subprocess on 127.0.0.1."""

    def __init__(self, cache: bool, workdir: Path, workers: int = 1):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "LLM_ORDER": "offline", "API_RATE_LIMIT_PER_MIN": "0", "CACHE_URL": "",
               "CACHE_TTL_S": "300" if cache else "0", "APP_STORE_URL": f"sqlite:///{workdir}/app.db",
               "LOG_LEVEL": "WARNING"}
        env.pop("DATABASE_URL", None)
        self.log = open(workdir / "server.log", "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "warning", "--no-access-log", "--timeout-keep-alive", "75", "--workers", str(workers)],
            cwd=ROOT, env=env, stdout=self.log, stderr=self.log)

    def wait_ready(self, timeout_s: float = 120.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the API exited with code {self.proc.returncode}; see {self.log.name}")
            try:
                if httpx.get(f"{self.url}/health", timeout=30).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"the API did not become healthy in {timeout_s:.0f} s; see {self.log.name}")

    def _pids(self) -> list[int]:
        """The server process and its worker processes (uvicorn --workers)."""
        pids = [self.proc.pid]
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == self.proc.pid:
                    pids.append(int(stat.parent.name))
            except (OSError, ValueError, IndexError):
                continue
        return pids

    def peak_rss_mb(self) -> float | None:
        values = [v for v in (peak_rss_mb(p) for p in self._pids()) if v is not None]
        return round(sum(values), 1) if values else None

    def cpu_seconds(self) -> float | None:
        values = [v for v in (cpu_seconds(p) for p in self._pids()) if v is not None]
        return sum(values) if values else None

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()

    def log_tail(self, lines: int = 20) -> str:
        """The end of the server's output (read after `stop`, when a level had errors)."""
        with open(self.log.name, encoding="utf-8", errors="replace") as fh:
            return "".join(fh.readlines()[-lines:])


async def _client(http: httpx.AsyncClient, conversations: list[list[str]], offset: int, budget: list[int],
                  latencies: list[float], errors: list[str]) -> None:
    """Play conversations (starting at `offset`) until the shared request budget is spent."""
    index = offset
    while True:
        turns = conversations[index % len(conversations)]
        index += 1
        session_id = None
        for question in turns:
            if budget[0] <= 0:
                return
            budget[0] -= 1
            payload = {"question": question, **({"session_id": session_id} if session_id else {})}
            t0 = time.perf_counter()
            try:
                response = await http.post("/query", json=payload)
                latencies.append((time.perf_counter() - t0) * 1000)
                if response.status_code != 200:
                    errors.append(f"HTTP {response.status_code}: {response.text[:200]}")
                    break
                session_id = response.json()["session_id"]
            except httpx.HTTPError as exc:
                latencies.append((time.perf_counter() - t0) * 1000)
                errors.append(f"{type(exc).__name__}: {exc}")
                break


async def run_level(base_url: str, clients: int, requests: int, conversations: list[list[str]]) -> dict:
    """`requests` requests by `clients` concurrent clients; throughput, latency summary, errors."""
    latencies: list[float] = []
    errors: list[str] = []
    budget = [requests]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as http:
        t0 = time.perf_counter()
        await asyncio.gather(*(_client(http, conversations, i, budget, latencies, errors) for i in range(clients)))
        wall = time.perf_counter() - t0
    return {"clients": clients, "requests": len(latencies), "wall_s": round(wall, 2),
            "throughput_rps": round(len(latencies) / wall, 1), **summary(latencies),
            "errors": len(errors), "error_samples": sorted(set(errors))[:5]}


def run(levels: list[int], requests: int, cache_modes: list[str], workers: int = 1) -> dict:
    conversations = [[t["q"] for t in c["turns"]] for c in dev_conversations() if c["db"] == "superstore"]
    out: dict = {}
    for mode in cache_modes:
        with tempfile.TemporaryDirectory(prefix="load-bench-") as tmp:
            server = ApiServer(cache=mode == "on", workdir=Path(tmp), workers=workers)
            try:
                server.wait_ready()
                rss_idle = server.peak_rss_mb()
                asyncio.run(run_level(server.url, 4, 40, conversations))  # warm-up, not counted
                rows = []
                for clients in levels:
                    print(f"[cache {mode}] {clients} clients x {requests} requests", file=sys.stderr, flush=True)
                    cpu_before = server.cpu_seconds()
                    level = asyncio.run(run_level(server.url, clients, requests, conversations))
                    level["server_peak_rss_mb"] = server.peak_rss_mb()
                    if cpu_before is not None and level["requests"]:
                        used = server.cpu_seconds() - cpu_before
                        level["server_cpu_ms_per_request"] = round(used * 1000 / level["requests"], 1)
                    rows.append(level)
                out[f"cache_{mode}"] = {"server_rss_after_start_mb": rss_idle, "levels": rows}
            finally:
                server.stop()
            if any(level["errors"] for level in out.get(f"cache_{mode}", {}).get("levels", [])):
                print(f"[cache {mode}] server log tail:\n{server.log_tail()}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--clients", default="1,4,16,64", help="concurrency levels (default 1,4,16,64)")
    parser.add_argument("--requests", type=int, default=400, help="requests per level (default 400)")
    parser.add_argument("--cache", default="on,off", help="result cache modes to run: on,off (default both)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1, as make api)")
    args = parser.parse_args(argv)
    levels = [int(x) for x in args.clients.split(",") if x.strip()]
    modes = [m.strip() for m in args.cache.split(",") if m.strip() in ("on", "off")]
    out = run(levels, max(1, args.requests), modes or ["on"], workers=max(1, args.workers))
    rows = [[mode.removeprefix("cache_"), lv["clients"], lv["requests"], lv["throughput_rps"], lv["p50_ms"],
             lv["p95_ms"], lv["errors"], lv.get("server_cpu_ms_per_request"), lv["server_peak_rss_mb"]]
            for mode, res in out.items() for lv in res["levels"]]
    print(table(["cache", "clients", "requests", "req/s", "p50 ms", "p95 ms", "errors", "server CPU ms/req",
                 "server peak RSS MB"], rows))
    for mode, res in out.items():
        top = next((lv for lv in res["levels"] if lv["clients"] == GOAL_CLIENTS), None)
        if top:
            met = top["throughput_rps"] >= GOAL_QPS and top["errors"] == 0
            print(f"goal ({mode}): >= {GOAL_QPS:.0f} req/s with no errors at {GOAL_CLIENTS} clients: "
                  f"{'met' if met else 'NOT met'}")
        for lv in res["levels"]:
            for sample in lv["error_samples"]:
                print(f"  {mode} {lv['clients']} clients: {sample}")
    payload = {"command": "python -m bench.load_bench " + " ".join(argv or sys.argv[1:]),
               "requests_per_level": args.requests,
               "workers": args.workers, "goal": {"rps": GOAL_QPS, "clients": GOAL_CLIENTS}, **out}
    print(f"written: {write_results('load_bench', payload)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
