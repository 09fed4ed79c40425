"""SQL generation: the LLM providers of `LLM_ORDER` in turn, always ending with the offline engine.

Each provider link is a LangChain runnable; the links are chained with `.with_fallbacks`, so an `LLMError` in
one link moves on to the next. A link: prompt -> model -> extract SQL (fences, prose, first statement) ->
`db.executor.run_query` (which guards first) -> on unusable output, guard refusal or database error, ONE repair
round with the error sent back to the same model -> else `LLMError`. The offline engine is the last link.

The whole chain answers within `LLM_TIMEOUT_S` (+ the offline engine's and the database's own time): every model
call gets the time left until one shared deadline, enforced by the client timeout AND a wall-clock guard.

Example:
    >>> extract_sql("Here you go:\\n```sql\\nSELECT region, SUM(sales) FROM superstore GROUP BY 1;\\n```")
    'SELECT region, SUM(sales) FROM superstore GROUP BY 1'
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any

import sqlparse
from langchain_core.runnables import Runnable, RunnableLambda

from agents import observability
from agents.prompts import SQL_PROMPT, repair_messages, sql_inputs
from agents.providers import ProviderInfo, call_model, configured_providers, warm_up
from db.errors import AppError, LLMError, QueryError, QueryTimeout, UnsafeSQLError
from settings import Settings, get_settings

log = logging.getLogger(__name__)

_FENCE = re.compile(r"```[ \t]*(?:sql|postgresql|postgres|duckdb|sqlite)?[ \t]*\n?(.*?)(?:```|$)", re.S | re.I)
_START = re.compile(r"\bSELECT\b|\bWITH\s+(?:RECURSIVE\s+)?[\"`\w]+\s*(?:\([^)]*\)\s*)?AS\s*(?:NOT\s+)?"
                    r"(?:MATERIALIZED\s*)?\(", re.I)


@dataclass
class Attempt:
    """One try of one engine: the SQL it produced (if any), what went wrong (if anything), how long it took."""

    engine: str
    sql: str | None = None
    error: str | None = None
    outcome: str = "ok"  # ok | timeout | http_error | bad_output | rejected | db_error | repaired
    ms: float = 0.0


@dataclass
class Generation:
    """What `generate_sql` produced.

    `sql` is the statement as written (the model's, fences and prose removed; `data.sql` is what ran, with the
    guard's row limit). `engine` is "provider:model" (e.g. "groq:openai/gpt-oss-120b") or "offline"; `data` is
    the executed `QueryResult` for LLM SQL (None for the offline engine's SQL, which the pipeline runs
    itself); `offline` is the offline engine's answer when it was used.
    """

    sql: str | None
    engine: str
    attempts: list[Attempt] = field(default_factory=list)
    data: Any = None
    repaired: bool = False
    offline: Any = None
    error: str | None = None


# Other statements a model might answer with: extracted too, so that the guard refuses them (and says why).
_OTHER_START = re.compile(
    r"^[ \t]*(?:SQL:\s*)?\b(INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|TRUNCATE|MERGE|GRANT|REVOKE|ATTACH|DETACH|COPY|"
    r"PRAGMA|CALL|EXEC|EXECUTE|INSTALL|LOAD|VACUUM|REPLACE|UPSERT|EXPORT|IMPORT|SHOW|DESCRIBE|EXPLAIN)\b\s+\S",
    re.I | re.M)


def _strip_prose(text: str) -> str:
    """From the first statement on (SELECT/WITH anywhere, another SQL verb at a line start), without a label."""
    starts = [m.start(1) if m.re is _OTHER_START else m.start()
              for m in (_START.search(text), _OTHER_START.search(text)) if m]
    return text[min(starts):] if starts else ""


def _first_statement(text: str) -> str:
    statements = [s.strip() for s in sqlparse.split(text) if s.strip()]
    return statements[0].rstrip(";").strip() if statements else ""


def _drop_trailing_prose(sql: str) -> str:
    """Cut paragraphs of prose after the statement ("This query ...") when there was no semicolon."""
    paragraphs = re.split(r"\n\s*\n", sql)
    kept = [paragraphs[0]]
    for para in paragraphs[1:]:
        first = para.strip().split(None, 1)[0].upper() if para.strip() else ""
        if first and first.rstrip(",(") in _SQL_CONTINUATION:
            kept.append(para)
        else:
            break
    return "\n\n".join(kept).strip()


_SQL_CONTINUATION = {
    "SELECT", "FROM", "WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "JOIN", "LEFT", "RIGHT", "INNER", "OUTER", "FULL",
    "CROSS", "ON", "AND", "OR", "UNION", "EXCEPT", "INTERSECT", "WITH", "AS", "CASE", "WHEN", "THEN", "ELSE", "END",
    "OFFSET", "QUALIFY", "WINDOW", ")", "--",
}


def extract_sql(text: str | None) -> str | None:
    """The first SQL statement of a model's answer (fences, leading prose and trailing text removed), or None.

    >>> extract_sql("SQL: select 1; select 2")
    'select 1'
    >>> extract_sql("I cannot answer that.") is None
    True
    """
    if not text or not text.strip():
        return None
    fenced = _FENCE.search(text)
    body = fenced.group(1) if fenced and _START.search(fenced.group(1) or "") else text
    body = _strip_prose(body)
    if not body:
        return None
    statement = _first_statement(body)
    if ";" not in body:
        statement = _drop_trailing_prose(statement)
    return statement or None


def _has_sql(text: str) -> bool:
    return extract_sql(text) is not None


class _Chain:
    """State shared by the links of one `generate_sql` call."""

    def __init__(self, standalone, schema, db, history, settings: Settings, deadline: float):
        self.standalone, self.schema, self.db, self.history = standalone, schema, db, history
        self.settings, self.deadline = settings, deadline
        self.dialect = getattr(db, "sqlglot_dialect", None) or getattr(schema, "dialect", "") or "ansi"
        self.attempts: list[Attempt] = []
        self._messages = None

    def messages(self):
        if self._messages is None:
            inputs = sql_inputs(self.standalone, self.schema, self.dialect, self.history)
            self._messages = SQL_PROMPT.format_messages(**inputs)
        return self._messages

    def execute(self, sql: str):
        """Run LLM SQL through the one execute path; returns (QueryResult, None) or (None, error text)."""
        from db.executor import run_query

        try:
            return run_query(self.db, sql, max_rows=self.settings.max_rows,
                             timeout_s=self.settings.query_timeout_s), None
        except UnsafeSQLError as exc:
            observability.record_guard_rejection(exc.layer)
            return None, f"the SQL guard refused it ({exc.layer}): {exc.message}"
        except QueryError as exc:
            return None, f"the database rejected it: {exc.message}"


def _ask(chain: _Chain, info: ProviderInfo, messages) -> tuple[str, str | None]:
    """One model call -> (answer text, SQL or None). Raises LLMError on timeout / HTTP failure."""
    text = call_model(info, messages, agent="sql", deadline=chain.deadline, settings=chain.settings, check=_has_sql)
    return text, extract_sql(text)


def _try_once(chain: _Chain, info: ProviderInfo, messages, started: float):
    """Ask, extract, execute. Returns (text, sql, result, error)."""
    try:
        text, sql = _ask(chain, info, messages)
    except LLMError as exc:
        chain.attempts.append(Attempt(info.label, error=exc.message, outcome=exc.details.get("outcome", "http_error"),
                                      ms=(time.perf_counter() - started) * 1000))
        raise
    if sql is None:
        return text, None, None, "the answer contained no SQL statement"
    try:
        result, error = chain.execute(sql)
    except QueryTimeout as exc:
        ms = (time.perf_counter() - started) * 1000
        chain.attempts.append(Attempt(info.label, sql, exc.message, "db_timeout", ms))
        raise LLMError(f"{info.label}: the generated query timed out", outcome="db_timeout") from exc
    return text, sql, result, error


def _run_provider(chain: _Chain, info: ProviderInfo) -> Generation:
    """One provider link: generate, execute, one repair round on failure."""
    started = time.perf_counter()
    messages = chain.messages()
    text, sql, result, error = _try_once(chain, info, messages, started)
    repaired = False
    if error is not None:
        observability.record_agent("sql", "rejection")
        chain.attempts.append(Attempt(info.label, sql, error, "rejected", (time.perf_counter() - started) * 1000))
        log.info("sql repair round with %s: %s", info.label, error)
        started = time.perf_counter()
        text, sql, result, error = _try_once(chain, info, repair_messages(messages, text, error, chain.dialect),
                                             started)
        repaired = True
    if error is not None:
        observability.record_agent("sql", "rejection")
        chain.attempts.append(Attempt(info.label, sql, error, "rejected", (time.perf_counter() - started) * 1000))
        raise LLMError(f"{info.label} gave no usable SQL after one repair: {error}", outcome="bad_output")
    chain.attempts.append(Attempt(info.label, sql, None, "repaired" if repaired else "ok",
                                  (time.perf_counter() - started) * 1000))
    observability.record_agent("sql", "success")
    return Generation(sql=sql, engine=info.label, attempts=chain.attempts, data=result, repaired=repaired)


def _guarded_link(chain: _Chain, info: ProviderInfo) -> Generation:
    """`_run_provider`, where an unexpected error (a bug, a client library surprise) also falls through to the next
    link instead of losing the answer; the app's own errors (a broken database connection) still propagate."""
    try:
        return _run_provider(chain, info)
    except (LLMError, AppError):
        raise
    except Exception as exc:  # noqa: BLE001
        log.exception("unexpected failure in the %s link", info.label)
        chain.attempts.append(Attempt(info.label, error=f"{type(exc).__name__}: {exc}", outcome="error"))
        raise LLMError(f"{info.label} failed unexpectedly", outcome="error") from exc


def _offline_link(chain: _Chain, offline_engine, offline_answer, question: str | None, llm_tried: bool) -> Runnable:
    def run(_: Any) -> Generation:
        started = time.perf_counter()
        answer = offline_answer
        if answer is None and offline_engine is not None:
            answer = offline_engine.generate(question or chain.standalone, chain.history)
        if answer is None:
            raise LLMError("no engine could answer")
        chain.attempts.append(Attempt("offline", answer.sql, answer.error, "ok" if answer.sql else "bad_output",
                                      (time.perf_counter() - started) * 1000))
        if llm_tried:
            observability.record_agent("sql", "fallback")
        return Generation(sql=answer.sql, engine="offline", attempts=chain.attempts, offline=answer,
                          error=answer.error)

    return RunnableLambda(run, name="sql:offline")


def build_chain(chain: _Chain, providers: list[ProviderInfo], offline_engine=None, offline_answer=None,
                question: str | None = None) -> Runnable:
    """The runnable: provider links in order `.with_fallbacks` to the next ones and finally the offline link."""
    links: list[Runnable] = [
        RunnableLambda(lambda _, info=info: _guarded_link(chain, info), name=f"sql:{info.label}")
        for info in providers
    ]
    links.append(_offline_link(chain, offline_engine, offline_answer, question, llm_tried=bool(providers)))
    if len(links) == 1:
        return links[0]
    return links[0].with_fallbacks(links[1:], exceptions_to_handle=(LLMError,))


def generate_sql(
    standalone: str,
    schema,
    db,
    history: list | None = None,
    settings: Settings | None = None,
    offline_engine=None,
    *,
    offline_answer=None,
    question: str | None = None,
) -> Generation:
    """SQL for a (standalone) question: each configured provider in turn, then the offline engine.

    `offline_answer` (the offline engine's answer, when the caller already has it) saves a second offline run;
    `question` is the user's original wording, given to the offline engine together with `history`.
    Raises only what the database raises for a broken connection; LLM failures fall through.

    Example (no provider configured -> the offline link only):
        >>> from types import SimpleNamespace as NS
        >>> from settings import load_settings
        >>> answer = NS(sql="SELECT 1", error=None)
        >>> g = generate_sql("one", NS(tables={}), NS(sqlglot_dialect="duckdb"), [],
        ...                  load_settings({"LLM_ORDER": "offline"}), offline_answer=answer)
        >>> g.engine, g.sql
        ('offline', 'SELECT 1')
    """
    settings = settings or get_settings()
    providers = configured_providers(settings)
    if providers:
        warm_up(settings)  # clients are built (once per process) before the LLM time budget starts
    chain = _Chain(standalone, schema, db, list(history or []), settings, deadline=0.0)
    if providers:
        chain.messages()  # the prompt (schema pruning included) is built before the LLM time budget starts too
    started = time.monotonic()
    chain.deadline = started + settings.llm_timeout_s
    runnable = build_chain(chain, providers, offline_engine, offline_answer, question)
    result: Generation = runnable.invoke(standalone)
    log.info("sql generated by %s in %.0f ms after %d attempt(s)", result.engine,
             (time.monotonic() - started) * 1000, len(result.attempts))
    return result
