"""Prompt templates of the LLM agents, and the schema pruning that keeps the SQL prompt small.

The SQL prompt carries the dialect, the schema pruned to the tables and columns relevant to the question
(word overlap with the question, value matches from `schema.value_index()`, foreign-key neighbours; the text
is capped at `max_chars` so a schema with hundreds of tables never overflows the context), the matching
values, a few sample rows, the conversation context and the rule: one SELECT only, SQL only.

Example:
    >>> msgs = SQL_PROMPT.format_messages(dialect="duckdb", schema="TABLE t (x INTEGER)", values="(none)",
    ...                                   samples="(none)", context="(first question)", question="count t")
    >>> [m.type for m in msgs]
    ['system', 'human']
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache

from langchain_core.prompts import ChatPromptTemplate

MAX_SCHEMA_CHARS = 6000
MAX_TABLES = 8
MAX_COLUMNS_PER_TABLE = 40
MAX_VALUES_SHOWN = 8

_STOP = {
    "a", "an", "the", "of", "by", "for", "in", "on", "to", "and", "or", "is", "are", "was", "were", "what", "which",
    "who", "how", "many", "much", "show", "me", "give", "list", "get", "find", "per", "each", "with", "from", "all",
    "top", "most", "least", "than", "that", "this", "these", "those", "do", "does", "did", "i", "we", "our", "my",
    "it", "its", "be", "as", "at", "about", "there", "their", "have", "has", "had", "total", "number", "count",
}


def words(text: str) -> list[str]:
    """Lower-case word tokens, identifiers split on `_` and camelCase, crude plural stripping.

    >>> words("Total Sales by sub_category and orderDate")
    ['total', 'sale', 'by', 'sub', 'category', 'and', 'order', 'date']
    """
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", str(text))
    out = []
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


@lru_cache(maxsize=65536)
def name_words(name: str) -> frozenset[str]:
    """`words` of an identifier, cached (schemas with thousands of columns are scored on every question)."""
    return frozenset(words(name))


def content_words(text: str) -> set[str]:
    """`words` without stop words.

    >>> sorted(content_words("What is the total profit per region?"))
    ['profit', 'region']
    """
    return {w for w in words(text) if w not in _STOP}


def value_matches(question: str, schema) -> list[tuple[str, str, str]]:
    """(table, column, exact value) of every indexed value that appears in the question (1- to 4-word phrases).

    Example: "sales in the West" -> [("superstore", "region", "West")] on the demo schema.
    """
    try:
        index = schema.value_index() or {}
    except Exception:  # noqa: BLE001 - a schema without a value index just gets no value hints
        return []
    tokens = re.findall(r"[\w'&.-]+", question.lower())
    found: list[tuple[str, str, str]] = []
    for size in range(4, 0, -1):
        for i in range(len(tokens) - size + 1):
            phrase = " ".join(tokens[i:i + size])
            if size == 1 and phrase in _STOP:
                continue
            for hit in index.get(phrase, []):
                if tuple(hit) not in found:
                    found.append(tuple(hit))
    return found[:20]


def _column_score(column, qwords: set[str], matched: set[tuple[str, str]], table: str) -> float:
    score = 2.0 * len(qwords & name_words(column.name))
    if (table, column.name) in matched:
        score += 3.0
    return score


def score_tables(question: str, schema, matches: list | None = None) -> dict[str, float]:
    """Relevance of every table to the question: name overlap, column-name overlap, value matches.

    >>> from types import SimpleNamespace as NS
    >>> t = NS(name="orders", columns=[NS(name="amount")], foreign_keys=[])
    >>> s = NS(tables={"orders": t}, value_index=dict)
    >>> score_tables("total amount of orders", s)
    {'orders': 5.0}
    """
    qwords = content_words(question)
    matches = value_matches(question, schema) if matches is None else matches
    matched = {(t.lower(), c) for t, c, _ in matches}
    scores = {}
    for name, table in schema.tables.items():
        score = 3.0 * len(qwords & name_words(name))
        score += sum(_column_score(c, qwords, matched, name.lower()) for c in table.columns)
        scores[name] = score
    return scores


def _neighbours(schema, name: str) -> list[str]:
    out = [fk.ref_table for fk in getattr(schema.tables[name], "foreign_keys", []) or []]
    for other, table in schema.tables.items():
        if any(fk.ref_table == name for fk in getattr(table, "foreign_keys", []) or []):
            out.append(other)
    return [n for n in out if n in schema.tables]


def relevant_tables(question: str, schema, max_tables: int = MAX_TABLES, matches: list | None = None) -> list[str]:
    """Tables worth showing the model: the best-scoring ones plus their foreign-key neighbours.

    When nothing scores (a vague question), the tables come in schema order, up to `max_tables`.
    """
    scores = score_tables(question, schema, matches)
    ranked = [n for n, s in sorted(scores.items(), key=lambda kv: -kv[1]) if s > 0]
    if not ranked:
        return list(schema.tables)[:max_tables]
    chosen: list[str] = []
    for name in ranked[:max_tables]:
        if name not in chosen:
            chosen.append(name)
    for name in list(chosen):
        for other in _neighbours(schema, name):
            if other not in chosen and len(chosen) < max_tables + 4:
                chosen.append(other)
    return chosen


def _keep_columns(table, question: str, schema, matches: list | None = None) -> list:
    if len(table.columns) <= MAX_COLUMNS_PER_TABLE:
        return list(table.columns)
    qwords = content_words(question)
    matches = value_matches(question, schema) if matches is None else matches
    matched = {(t.lower(), c) for t, c, _ in matches}
    keys = set(table.primary_key or []) | {fk.column for fk in table.foreign_keys or []}
    ranked = sorted(table.columns,
                    key=lambda c: (c.name not in keys, -_column_score(c, qwords, matched, table.name.lower())))
    keep = {c.name for c in ranked[:MAX_COLUMNS_PER_TABLE]}
    return [c for c in table.columns if c.name in keep]


def _column_line(column, table) -> str:
    parts = [f"  {column.name} {column.type}"]
    if column.name in (table.primary_key or []):
        parts.append("PRIMARY KEY")
    for fk in table.foreign_keys or []:
        if fk.column == column.name:
            parts.append(f"-> {fk.ref_table}.{fk.ref_column}")
    if column.values:
        shown = ", ".join(repr(v) for v in column.values[:MAX_VALUES_SHOWN])
        more = f", ... ({len(column.values)} values)" if len(column.values) > MAX_VALUES_SHOWN else ""
        parts.append(f"values: {shown}{more}")
    return " ".join(parts)


def table_text(table, question: str = "", schema=None, matches: list | None = None) -> str:
    """One table as prompt text: name, row count, columns with type, keys and a few known values."""
    columns = _keep_columns(table, question, schema, matches) if schema is not None else list(table.columns)
    hidden = len(table.columns) - len(columns)
    lines = [f"TABLE {table.name} (rows: {table.row_count})"]
    lines += [_column_line(c, table) for c in columns]
    if hidden:
        lines.append(f"  ... {hidden} more columns not relevant to this question")
    return "\n".join(lines)


def schema_text(question: str, schema, max_chars: int = MAX_SCHEMA_CHARS, chosen: list[str] | None = None,
                matches: list | None = None) -> str:
    """The pruned schema: relevant tables first, cut at `max_chars` (tables that do not fit are named only)."""
    out, size, left_out = [], 0, []
    matches = value_matches(question, schema) if matches is None else matches
    chosen = relevant_tables(question, schema, matches=matches) if chosen is None else chosen
    for name in chosen:
        block = table_text(schema.tables[name], question, schema, matches)
        if size + len(block) > max_chars and out:
            left_out.append(name)
            continue
        out.append(block[:max_chars])
        size += len(block) + 2
    others = [n for n in schema.tables if n not in chosen]
    if left_out or others:
        names = ", ".join((left_out + others)[:40])
        out.append(f"(other tables, not shown: {names}{' ...' if len(left_out) + len(others) > 40 else ''})")
    return "\n\n".join(out)


def values_text(question: str, schema, matches: list | None = None) -> str:
    """Values of the database that the question mentions, with their exact spelling and column."""
    hits = value_matches(question, schema) if matches is None else matches
    if not hits:
        return "(none)"
    return "\n".join(f"- {value!r} is a value of {table}.{column}" for table, column, value in hits)


def _cell(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    text = str(v)
    return text if len(text) <= 40 else text[:37] + "..."


def samples_text(question: str, schema, max_tables: int = 3, rows: int = 3, chosen: list[str] | None = None) -> str:
    """A few sample rows of the most relevant tables."""
    blocks = []
    chosen = relevant_tables(question, schema) if chosen is None else chosen
    for name in chosen[:max_tables]:
        sample = (getattr(schema.tables[name], "sample_rows", None) or [])[:rows]
        if sample:
            lines = [json.dumps({k: _cell(v) for k, v in row.items()}, ensure_ascii=False) for row in sample]
            blocks.append(f"{name}:\n" + "\n".join(lines))
    return "\n".join(blocks)[:2500] or "(none)"


def context_text(history: Iterable, max_turns: int = 3) -> str:
    """Previous standalone questions and their SQL, oldest first.

    >>> from types import SimpleNamespace as NS
    >>> print(context_text([NS(question="q1", standalone="sales by region", sql="SELECT 1")]))
    Q: sales by region
    SQL: SELECT 1
    """
    turns = list(history or [])[-max_turns:]
    if not turns:
        return "(first question)"
    lines = []
    for t in turns:
        lines.append(f"Q: {getattr(t, 'standalone', None) or getattr(t, 'question', '')}")
        if getattr(t, "sql", None):
            lines.append(f"SQL: {t.sql}")
    return "\n".join(lines)


SQL_SYSTEM = (
    "You translate questions about a database into SQL for {dialect}.\n"
    "Rules: write exactly ONE read-only SELECT statement (WITH ... SELECT is fine); never modify data; use only "
    "the tables and columns listed; quote identifiers that need it; use the exact spelling of values given; "
    "give readable column aliases; add ORDER BY for rankings and time series.\n"
    "Answer with the SQL only: no explanation, no markdown."
)
SQL_HUMAN = (
    "Dialect: {dialect}\n\nSchema:\n{schema}\n\nValues mentioned in the question:\n{values}\n\n"
    "Sample rows:\n{samples}\n\nConversation so far:\n{context}\n\nQuestion: {question}\nSQL:"
)
SQL_PROMPT = ChatPromptTemplate.from_messages([("system", SQL_SYSTEM), ("human", SQL_HUMAN)])

REPAIR_HUMAN = (
    "That answer could not be used: {error}\n"
    "Write a corrected single SELECT statement for {dialect}. Answer with the SQL only."
)


def sql_inputs(question: str, schema, dialect: str, history, max_chars: int = MAX_SCHEMA_CHARS) -> dict:
    """The variables of `SQL_PROMPT` for one question."""
    matches = value_matches(question, schema)
    chosen = relevant_tables(question, schema, matches=matches)
    return {
        "dialect": dialect,
        "schema": schema_text(question, schema, max_chars, chosen, matches),
        "values": values_text(question, schema, matches),
        "samples": samples_text(question, schema, chosen=chosen),
        "context": context_text(history),
        "question": question,
    }


def repair_messages(messages: list, answer: str, error: str, dialect: str) -> list:
    """The SQL conversation plus the model's bad answer and the error, asking for a corrected statement.

    >>> [m.type for m in repair_messages([], "SELEC 1", "parse error", "duckdb")]
    ['ai', 'human']
    """
    from langchain_core.messages import AIMessage, HumanMessage

    return [*messages, AIMessage(content=answer or "(empty answer)"),
            HumanMessage(content=REPAIR_HUMAN.format(error=error[:800], dialect=dialect))]


REWRITE_PROMPT = ChatPromptTemplate.from_messages([
    ("system",
     "You rewrite a follow-up question of a conversation about data into one standalone question that needs no "
     "context. Keep every filter, measure and grouping that still applies; change only what the follow-up "
     "changes. Answer with JSON only: {{\"standalone_question\": \"...\"}}"),
    ("human", "Conversation so far:\n{context}\n\nFollow-up: {question}\nJSON:"),
])

ANALYSIS_PROMPT = ChatPromptTemplate.from_messages([
    ("system",
     "You write a short insight (one to three sentences) about a query result for a business user. Use ONLY "
     "numbers that appear in the facts, written exactly as there; never invent numbers. "
     "Answer with JSON only: {{\"insight\": \"...\"}}"),
    ("human", "Question: {question}\nColumns: {columns}\nRows: {rows}\nFacts:\n{facts}\nJSON:"),
])

CHART_PROMPT = ChatPromptTemplate.from_messages([
    ("system",
     "You choose a chart for a query result. kind is one of metric, bar, line, area, pie, scatter, histogram, "
     "table. x is a "
     "column name or null, y a list of numeric column names, color a column name or null; use only the columns "
     "given. Line for time series, bar for categories, pie for shares of a few parts, scatter for two measures, "
     "metric for a single value. Answer with JSON only: "
     "{{\"kind\": \"...\", \"x\": ..., \"y\": [...], \"color\": ..., \"title\": \"...\"}}"),
    ("human", "Question: {question}\nColumns (name: type): {columns}\nRows: {rows}\nFirst rows: {head}\nJSON:"),
])
