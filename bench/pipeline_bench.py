"""Latency of `Pipeline.ask()` over the development questions, offline (no LLM), cold and cached.

    .venv/bin/python -m bench.pipeline_bench [--passes 3] [--dbs /tmp/eval-dbs]

Every conversation of ../shared/eval/dev.jsonl is asked turn by turn in one session, on the demo Superstore
DuckDB or on the `saas` DuckDB that ../shared/eval/datasets.py builds. "cold" = the result cache empty (each
pass starts from a cleared cache; schema introspection and the offline engine's indexes are built once, before,
and reported as `startup_ms`); "cached" = the same conversations again, served from the result cache.
Goals: cold p95 <= 150 ms, cached p95 <= 10 ms. Writes bench/results/pipeline_bench.json.
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import time

from agents.cache import get_result_cache
from bench.common import EVAL_DIR, dev_conversations, summary, table, write_results
from settings import get_settings

GOAL_COLD_P95_MS = 150.0
GOAL_CACHED_P95_MS = 10.0


def _build_eval_dbs(outdir: str) -> str:
    """The extra development schemas (saas.duckdb), built by the evaluation kit's own script."""
    spec = importlib.util.spec_from_file_location("eval_datasets", EVAL_DIR / "datasets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.build_all(outdir))


def _pipelines(conversations: list[dict], dbs_dir: str, settings) -> tuple[dict, dict]:
    """One Pipeline per database, warmed up (schema + offline engine); returns (pipelines, startup ms)."""
    from agents.pipeline import Pipeline

    pipes, startup = {}, {}
    for name in sorted({c["db"] for c in conversations}):
        t0 = time.perf_counter()
        url = None if name == "superstore" else f"duckdb:///{dbs_dir}/{name}.duckdb"
        pipe = Pipeline.from_url(url, settings=settings)
        pipe.ask("__warm-up__", pipe.new_session())  # builds the schema and the offline engine, answers nothing
        pipes[name] = pipe
        startup[name] = round((time.perf_counter() - t0) * 1000, 1)
    return pipes, startup


def _run_pass(conversations: list[dict], pipes: dict) -> list[dict]:
    """Ask every conversation once; one record per turn: conversation id, question, ms, error?, cached?."""
    records = []
    for conv in conversations:
        pipe = pipes[conv["db"]]
        session = pipe.new_session()
        for turn in conv["turns"]:
            t0 = time.perf_counter()
            result = pipe.ask(turn["q"], session)
            records.append({"id": conv["id"], "question": turn["q"], "ms": (time.perf_counter() - t0) * 1000,
                            "error": result.error is not None, "cached": bool(result.cached)})
    return records


def _slowest(records: list[dict], n: int = 5) -> list[dict]:
    """The slowest turns (median over passes), to show where the time goes."""
    by_turn: dict[tuple, list[float]] = {}
    for r in records:
        by_turn.setdefault((r["id"], r["question"]), []).append(r["ms"])
    medians = [{"id": k[0], "question": k[1], "median_ms": round(statistics.median(v), 1)} for k, v in by_turn.items()]
    return sorted(medians, key=lambda m: -m["median_ms"])[:n]


def run(passes: int, dbs_dir: str) -> dict:
    """Measure and return the results (also printed and written)."""
    conversations = dev_conversations()
    _build_eval_dbs(dbs_dir)
    settings = get_settings().replace(llm_order="offline", cache_url="", cache_ttl_s=3600)
    pipes, startup = _pipelines(conversations, dbs_dir, settings)
    cold: list[dict] = []
    cached: list[dict] = []
    for _ in range(passes):
        get_result_cache(settings).clear()  # the cache the pipelines share (agents.cache.make_cache)
        cold += _run_pass(conversations, pipes)
        cached += _run_pass(conversations, pipes)
    out = {
        "command": f"python -m bench.pipeline_bench --passes {passes}",
        "questions_per_pass": sum(len(c["turns"]) for c in conversations),
        "passes": passes,
        "startup_ms": startup,
        "cold": summary([r["ms"] for r in cold]),
        "cached": {**summary([r["ms"] for r in cached]),
                   "hit_rate": round(sum(r["cached"] for r in cached) / max(len(cached), 1), 3)},
        "answers_with_error_per_pass": sum(r["error"] for r in cold) / passes,
        "slowest_cold": _slowest(cold),
        "goals": {"cold_p95_ms": GOAL_COLD_P95_MS, "cached_p95_ms": GOAL_CACHED_P95_MS},
    }
    out["goals_met"] = {"cold": (out["cold"]["p95_ms"] or 1e9) <= GOAL_COLD_P95_MS,
                        "cached": (out["cached"]["p95_ms"] or 1e9) <= GOAL_CACHED_P95_MS}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pipeline_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=3, help="cold+cached passes over the questions (default 3)")
    parser.add_argument("--dbs", default="/tmp/eval-dbs", help="folder for saas.duckdb (default /tmp/eval-dbs)")
    args = parser.parse_args(argv)
    out = run(max(1, args.passes), args.dbs)
    rows = [[mode, out[mode]["count"], out[mode]["p50_ms"], out[mode]["p95_ms"], out[mode]["mean_ms"],
             out[mode]["max_ms"], goal, "yes" if out["goals_met"][mode] else "NO"]
            for mode, goal in (("cold", GOAL_COLD_P95_MS), ("cached", GOAL_CACHED_P95_MS))]
    print(table(["ask()", "n", "p50 ms", "p95 ms", "mean ms", "max ms", "goal p95 ms", "met"], rows))
    print(f"startup (schema + offline engine, ms): {out['startup_ms']}; cache hit rate on the cached pass: "
          f"{out['cached']['hit_rate']:.0%}; answers with an error per pass: {out['answers_with_error_per_pass']:.0f}"
          f"/{out['questions_per_pass']}")
    print("slowest cold turns (median ms): " + "; ".join(f"{m['question']!r} {m['median_ms']}"
                                                         for m in out["slowest_cold"]))
    print(f"written: {write_results('pipeline_bench', out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
