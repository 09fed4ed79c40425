"""Deterministic offline NL->SQL on any schema: link words to the schema, build a spec, render SQL.

No network, no model. The indexes are built once in the constructor; `generate` takes a few milliseconds.
`stats_provider(table, column) -> {"max": ..., "min": ...}` (optional) anchors relative periods such as
"last year" at the latest date in the data; results are cached per column.

Example:
    >>> eng = OfflineEngine(schema, "duckdb")                       # doctest: +SKIP
    >>> a = eng.generate("total sales by region", [])               # doctest: +SKIP
    >>> a.sql                                                       # doctest: +SKIP
    'SELECT region, SUM(sales) AS total_sales FROM superstore GROUP BY region ORDER BY total_sales DESC NULLS LAST'
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from agents import lexicon as lx
from agents.linking import SchemaIndex
from agents.nl_spec import _fk_graph, describe
from agents.nl_sql import render_sql
from agents.rewriter import rewrite_with_index

log = logging.getLogger(__name__)


@dataclass
class TurnContext:
    question: str
    standalone: str
    spec: dict | None
    sql: str | None


@dataclass
class OfflineAnswer:
    sql: str | None
    spec: dict | None
    standalone: str
    is_followup: bool
    coverage: float
    understood: str
    error: str | None = None
    suggestions: list[str] = field(default_factory=list)


class OfflineEngine:
    """NL -> SQL without a language model, for the given schema and SQL dialect."""

    def __init__(self, schema, dialect: str, stats_provider: Callable | None = None):
        self.schema = schema
        self.dialect = {"postgresql": "postgres"}.get((dialect or "duckdb").lower(), (dialect or "duckdb").lower())
        self.index = SchemaIndex(schema)
        self.graph = _fk_graph(self.index)
        self.kinds = {(c.table, c.name): "number" if c.int_flag else c.kind for c in self.index.columns}
        self.pks = {t.name: t.pk[0] for t in self.index.tables.values() if len(t.pk) == 1}
        self._stats_provider = stats_provider
        self._stats_cache: dict[tuple[str, str], object] = {}

    def _stats(self, table: str, column: str):
        key = (table, column)
        if key not in self._stats_cache:
            value = None
            if self._stats_provider is not None:
                try:
                    value = self._stats_provider(table, column)
                except Exception:  # noqa: BLE001 - relative dates degrade, the answer does not fail
                    log.warning("stats provider failed for %s.%s", table, column, exc_info=True)
            self._stats_cache[key] = value
        return self._stats_cache[key]

    def generate(self, question: str, history: list[TurnContext]) -> OfflineAnswer:
        """Answer one question (with the conversation so far) as SQL, or explain what was not understood.

        >>> OfflineEngine(schema, "duckdb").generate("sales per year", []).sql   # doctest: +SKIP
        'SELECT YEAR(order_date) AS year, SUM(sales) AS total_sales FROM superstore GROUP BY ... ORDER BY year'
        """
        q = (question or "").strip()
        if not q:
            return self._fail(q, "Please type a question about the data", 0.0, "nothing")
        try:
            standalone, spec, followup, parse = rewrite_with_index(self.index, q, history or [], self._stats)
        except Exception:  # noqa: BLE001 - an engine bug must become a clear message, never a traceback
            log.exception("offline engine failed on %r", q)
            return self._fail(q, "I could not understand this question", 0.0, "nothing")
        understood = describe(spec) if spec else ""
        if not spec or not (spec.get("measures") or spec.get("dimensions")) or not spec.get("fact"):
            return self._fail(q, "I could not match this question to the data", parse.coverage,
                              understood or "nothing I could match to a table or column")
        proper = [w for w in parse.suspicious if w in parse.stray_numbers or w[:1].isdigit() or
                  any(t.strip("?!.,;:'\"") == w[:1].upper() + w[1:] for t in q.split()[1:])]
        if proper or not followup and parse.suspicious and parse.coverage < 0.6:
            words = ", ".join(f'"{w}"' for w in (proper or parse.suspicious)[:3])
            return self._fail(q, f"I could not find {words} in the data", parse.coverage, understood)
        if not followup and (parse.coverage < 0.34 and len(parse.unlinked) >= 3 or
                             parse.coverage < 0.6 and len(parse.unlinked) >= 2):
            words = ", ".join(f'"{w}"' for w in parse.unlinked[:3])
            return self._fail(q, f"I could not match {words} to the data", parse.coverage, understood)
        previous = next((t.spec for t in reversed(history or []) if getattr(t, "spec", None)), None)
        if followup and parse.unlinked and spec == previous:
            words = ", ".join(f'"{w}"' for w in parse.unlinked[:3])
            return self._fail(q, f"I could not find {words} in the data", parse.coverage, understood)
        try:
            sql = render_sql(spec, self.graph, self.dialect, self.kinds, self.pks)
        except Exception:  # noqa: BLE001
            log.exception("offline SQL rendering failed for %r", spec)
            return self._fail(q, "I could not turn this question into SQL", parse.coverage, understood)
        return OfflineAnswer(sql=sql, spec=spec, standalone=standalone, is_followup=followup,
                             coverage=parse.coverage if not followup else max(parse.coverage, 0.5),
                             understood=understood, error=None, suggestions=[])

    def _fail(self, question: str, error: str, coverage: float, understood: str) -> OfflineAnswer:
        return OfflineAnswer(sql=None, spec=None, standalone=question, is_followup=False, coverage=coverage,
                             understood=understood, error=error, suggestions=self.suggested_questions(2))

    # ------------------------------------------------------------------ suggestions
    def suggested_questions(self, n: int = 4) -> list[str]:
        """Questions this engine can answer on this schema (for empty chats and after an error).

        >>> OfflineEngine(schema, "duckdb").suggested_questions(2)   # doctest: +SKIP
        ['Total sales by region', 'Total sales per month']
        """
        idx = self.index
        if not idx.tables:
            return []
        measures = [c for c in idx.columns if c.is_money and c.additive] or [
            c for c in idx.columns if c.is_money] or [c for c in idx.columns if c.is_measure]
        measures.sort(key=lambda c: -idx.tables[c.table].row_count)  # the fact table is the largest
        fact = idx.tables[measures[0].table] if measures else max(idx.tables.values(), key=lambda t: t.row_count)
        reach = [fact.name] + [e[2] for e in self.graph.get(fact.name, []) if e[4] == "up"]
        dims = [c for t in reach for c in idx.tables[t].columns.values()
                if c.is_text and not c.is_id and c.n_distinct and 1 < c.n_distinct <= 50]
        out = []
        m = " ".join(lx.split_name(measures[0].name)) if measures else None
        agg_word = "Total" if measures and measures[0].additive else "Average"
        if m and m.split()[0] == agg_word.lower():  # total_price: "Total price by ...", not "Total total price"
            agg_word, m = m.split()[0].capitalize(), " ".join(m.split()[1:])
        ent = " ".join(lx.split_name(fact.name))
        if m and dims:
            out.append(f"{agg_word} {m} by {' '.join(lx.split_name(dims[0].name))}")
        if m and fact.date_columns():
            out.append(f"{agg_word} {m} per month")
        if len(dims) > 1:
            out.append(f"How many {ent} per {' '.join(lx.split_name(dims[1].name))}")
        elif dims:
            out.append(f"How many {ent} per {' '.join(lx.split_name(dims[0].name))}")
        label = fact.label_column()
        if m and label is not None and label.is_text and not label.is_id:
            out.append(f"Top 5 {' '.join(lx.split_name(label.name))} by {m}")
        if not out:
            out.append(f"How many {ent} are there")
        return out[:n]
