"""Command line: ask questions, run SQL and evaluate, on the demo database or any SQLAlchemy URL.

    python -m agents ask "total sales by region" [--db URL] [--json]
    python -m agents sql "SELECT region, SUM(sales) FROM superstore GROUP BY 1" [--db URL] [--json]
    python -m agents eval FILE.jsonl [--db URL] [--dbs DIR] [-v]

Exit code 0 on success, 1 when the answer carries an error (the message is printed, never a traceback).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys


def _print_result(r, as_json: bool) -> int:
    if as_json:
        print(json.dumps(r.to_dict(), indent=2, default=str))
        return 0 if r.error is None else 1
    if r.error:
        print(f"error: {r.error}", file=sys.stderr)
        for s in r.suggestions:
            print(f"  try: {s}", file=sys.stderr)
        return 1
    if r.rewritten_question and r.rewritten_question != r.question:
        print(f"question: {r.rewritten_question}")
    print(f"sql: {r.sql}")
    print(r.data.to_string(index=False, max_rows=40))
    if r.truncated:
        print(f"(truncated to {len(r.data)} rows)")
    print(f"\n{r.insight}")
    chart = r.chart.kind if r.chart else "none"
    print(f"\nchart: {chart}  confidence: {r.confidence}  engine: {r.engine}  "
          f"time: {r.timings.get('total', 0):.0f} ms")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m agents", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    ask = sub.add_parser("ask", help="answer a question")
    ask.add_argument("question", nargs="+")
    sql = sub.add_parser("sql", help="run a SELECT through the guard")
    sql.add_argument("sql")
    ev = sub.add_parser("eval", help="execution accuracy on a JSONL question file")
    ev.add_argument("file")
    ev.add_argument("--dbs", default="/tmp/eval-dbs", help="folder of NAME.duckdb for cases whose db is not superstore")
    ev.add_argument("-v", action="store_true", help="list failures")
    for p in (ask, sql, ev):
        p.add_argument("--db", default=None, help="SQLAlchemy URL (default: the demo DuckDB)")
    for p in (ask, sql):
        p.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from agents.pipeline import Pipeline

    if args.cmd == "eval":
        from agents.evaluate import evaluate_file

        report = evaluate_file(args.file, db_url=args.db, dbs_dir=args.dbs)
        if args.v:
            print("\n".join(report.failures))
        print(report.summary())
        return 0
    try:
        pipe = Pipeline.from_url(args.db)
    except Exception as exc:  # noqa: BLE001 - a bad URL gets words, not a traceback
        from db.errors import user_message

        print(f"error: {user_message(exc)}", file=sys.stderr)
        return 1
    if args.cmd == "ask":
        return _print_result(pipe.ask(" ".join(args.question)), args.json)
    return _print_result(pipe.run_sql(args.sql), args.json)


if __name__ == "__main__":
    sys.exit(main())
