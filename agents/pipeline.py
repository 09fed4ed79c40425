"""The public API of the analyst: question in, SQL + table + chart + insight + confidence out.

Used by the Streamlit pages, the CLI, the REST API and the evaluation scorer; keep it stable.

Example:
    >>> from agents.pipeline import Pipeline
    >>> p = Pipeline.from_url(None)                   # the demo DuckDB, built if missing
    >>> s = p.new_session()
    >>> r = p.ask("Total sales by region", s)
    >>> r.error is None and list(r.data.columns)[:1]
    ['region']
    >>> p.ask("what about the West?", s).rewritten_question  # doctest: +SKIP
    'Total sales in the West'

Four agents, each a LangChain runnable (`Pipeline.agents`): the context rewriter, the SQL generator (LLM
providers in LLM_ORDER, always ending in the deterministic offline engine), the analysis agent and the
visualization agent. Every SQL statement, from any of them or from a person, runs through
`db.executor.run_query`, which validates it with the guard first.
"""
from __future__ import annotations

import datetime as dt
import decimal
import json
import logging
import math
import time
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from langchain_core.runnables import RunnableLambda

from agents import observability
from agents.analysis import Insight, analyze
from agents.cache import cache_key, make_cache
from agents.offline_engine import OfflineAnswer, OfflineEngine, TurnContext
from agents.rewriter import classify_request, with_top_row
from agents.visualization import ChartSpec, build_figure, choose_chart
from db.engines import Database, get_database
from db.errors import AppError, InputError, NotUnderstood, UnsafeSQLError, user_message
from db.executor import QueryResult, run_query
from settings import Settings, get_settings

log = logging.getLogger("pipeline")

HISTORY_TURNS = 5


@dataclass
class Session:
    """Conversation state: the last five turns (question, standalone question, structured query, SQL)."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    turns: deque = field(default_factory=lambda: deque(maxlen=HISTORY_TURNS))

    def remember(self, turn: TurnContext) -> None:
        self.turns.append(turn)

    @property
    def history(self) -> list[TurnContext]:
        return list(self.turns)

    def to_dict(self) -> dict:
        return {"id": self.id, "turns": [vars(t) for t in self.turns]}

    @classmethod
    def from_dict(cls, data: dict) -> Session:
        """Rebuild a session from `to_dict()` output or from stored turns (the store's rows).

        >>> Session.from_dict({"id": "abc", "turns": [{"question": "q", "standalone": "q"}]}).history[0].question
        'q'
        """
        s = cls(id=str(data.get("id") or uuid.uuid4().hex))
        for t in data.get("turns") or []:
            s.remember(TurnContext(
                question=t.get("question") or "",
                standalone=t.get("standalone") or t.get("rewritten") or t.get("rewritten_question")
                or t.get("question") or "",
                spec=t.get("spec"),
                sql=t.get("sql"),
            ))
        return s


@dataclass
class AskResult:
    """What one question (or one SQL statement) produced. `error` is None on success."""

    question: str
    rewritten_question: str | None = None
    sql: str | None = None
    data: pd.DataFrame | None = None
    truncated: bool = False
    chart: ChartSpec | None = None
    insight: str = ""
    confidence: str = "low"
    engine: str = ""
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)
    cached: bool = False
    understood: str = ""
    spec: dict | None = None
    _figure: Any = field(default=None, repr=False)

    @property
    def figure(self):
        """The Plotly figure of `chart`, built on first use (the CLI, API and evaluation never pay for it)."""
        if self._figure is None and self.chart is not None and self.data is not None:
            self._figure = _safe_figure(self.data, self.chart)
        return self._figure

    @figure.setter
    def figure(self, value) -> None:
        self._figure = value

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self, max_rows: int | None = None) -> dict:
        """JSON-able form (rows as records). Used by the REST API and the session store."""
        frame = self.data if self.data is not None else None
        if frame is not None and max_rows is not None:
            frame = frame.head(max_rows)
        return {
            "question": self.question,
            "rewritten_question": self.rewritten_question,
            "sql": self.sql,
            "columns": [str(c) for c in frame.columns] if frame is not None else [],
            "rows": frame_records(frame) if frame is not None else [],
            "row_count": int(len(self.data)) if self.data is not None else 0,
            "truncated": self.truncated,
            "chart": self.chart.model_dump() if self.chart is not None else None,
            "insight": self.insight,
            "confidence": self.confidence,
            "engine": self.engine,
            "error": self.error,
            "timings": {k: round(v, 2) for k, v in self.timings.items()},
            "suggestions": list(self.suggestions),
            "cached": self.cached,
            "understood": self.understood,
            "spec": self.spec,
        }


def json_value(v: Any) -> Any:
    """One cell as a JSON-able value.

    >>> json_value(decimal.Decimal("1.50")), json_value(float("nan")), json_value(dt.date(2017, 1, 2))
    (1.5, None, '2017-01-02')
    """
    if v is None:
        return None
    if isinstance(v, bool):
        return v
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        try:
            v = v.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(v, decimal.Decimal):
        v = float(v)
    if isinstance(v, float):
        return None if math.isnan(v) or math.isinf(v) else v
    if isinstance(v, pd.Timestamp):
        return None if pd.isna(v) else v.isoformat()
    if isinstance(v, (dt.datetime, dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, dt.timedelta):
        return v.total_seconds()
    if isinstance(v, (int, str)):
        return v
    if v is pd.NaT or (not isinstance(v, (list, dict, tuple)) and pd.isna(v)):
        return None
    return str(v)


def frame_records(frame: pd.DataFrame) -> list[dict]:
    """A DataFrame as JSON-able records."""
    cols = [str(c) for c in frame.columns]
    return [{c: json_value(v) for c, v in zip(cols, row)} for row in frame.itertuples(index=False, name=None)]


class _Clock:
    """Collects per-stage timings in milliseconds."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._start = time.perf_counter()

    def stage(self, name: str, fn: Callable[[], Any]) -> Any:
        t0 = time.perf_counter()
        try:
            return fn()
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + (time.perf_counter() - t0) * 1000

    def total(self) -> dict[str, float]:
        self.timings["total"] = (time.perf_counter() - self._start) * 1000
        return self.timings


def _record(stage_timings: dict[str, float], outcome: dict) -> None:
    """Feed the monitoring counters; monitoring must never break an answer."""
    try:
        for stage, ms in stage_timings.items():
            observability.record_stage(stage, ms)
        observability.record_question(**outcome)
    except Exception:  # noqa: BLE001 - counters are best effort
        log.debug("observability update failed", exc_info=True)


def _record_guard(exc: UnsafeSQLError) -> None:
    try:
        observability.record_guard_rejection(exc.layer)
    except Exception:  # noqa: BLE001 - counters are best effort
        log.debug("observability update failed", exc_info=True)


def confidence_for(coverage: float, rows: int, *, engine: str, repaired: bool = False) -> str:
    """The confidence badge: how completely the question was linked and whether rows came back.

    >>> confidence_for(1.0, 4, engine="offline"), confidence_for(0.5, 4, engine="offline")
    ('high', 'low')
    >>> confidence_for(1.0, 0, engine="offline")
    'medium'
    """
    if engine != "offline":
        level = "medium" if repaired else "high"
    elif coverage >= 0.85:
        level = "high"
    elif coverage >= 0.6:
        level = "medium"
    else:
        level = "low"
    if rows == 0 and level == "high":
        level = "medium"
    return level


class Pipeline:
    """The analyst over one database. Thread-safe: sessions carry the conversation state."""

    def __init__(self, db: Database, settings: Settings | None = None):
        self.db = db
        self.settings = settings or get_settings()
        self._offline: OfflineEngine | None = None
        self._cache = _make_cache(self.settings)
        self._words: frozenset | None = None
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="present")
        self._llm = self._llm_configured()  # the settings are fixed for the pipeline's life
        self.agents = {
            "rewriter": RunnableLambda(self._rewrite_step, name="context_rewriter"),
            "sql_generator": RunnableLambda(self._generate_step, name="sql_generator"),
            "analysis": RunnableLambda(lambda x: self._analyze(x["data"], x["question"], x.get("truncated", False)),
                                       name="analysis_agent"),
            "visualization": RunnableLambda(lambda x: self._visualize(x["data"], x["question"]),
                                            name="visualization_agent"),
        }
        if self._llm:  # build the provider clients off the first question's time budget
            self._pool.submit(_warm_up_providers, self.settings)

    # ----------------------------------------------------------------------------------------- construction
    @classmethod
    def from_url(cls, url: str | None = None, settings: Settings | None = None,
                 allowed_tables: list[str] | None = None) -> Pipeline:
        """A pipeline on any SQLAlchemy URL; None (or empty) = DATABASE_URL, else the demo DuckDB file."""
        settings = settings or get_settings()
        url = url or settings.database_url or None
        db = get_database(url, allowed_tables=allowed_tables)
        return cls(db, settings)

    def new_session(self) -> Session:
        return Session()

    @property
    def schema(self):
        return self.db.schema()

    @property
    def offline(self) -> OfflineEngine:
        if self._offline is None:
            self._offline = OfflineEngine(self.db.schema(), self.db.sqlglot_dialect, stats_provider=self._date_stats)
        return self._offline

    def _date_stats(self, table: str, column: str):
        """Latest / earliest value and missing-value count of a column (anchors 'last year', reads 'no tip' as
        missing when values are missing); read through the guarded executor."""
        from sqlglot import exp

        if column.startswith("@bounds("):
            return self._bounding_columns(table, column)
        if column.startswith("@before("):
            return self._latest_before_year(table, column)
        col = exp.column(column, quoted=True)
        sql = exp.select(exp.Max(this=col).as_("max_value"), exp.Min(this=col).as_("min_value"),
                         exp.Count(this=exp.Star()).as_("n_rows"), exp.Count(this=col).as_("n_values")).from_(
            exp.table_(table, quoted=True)).sql(dialect=self.db.sqlglot_dialect)
        res = run_query(self.db, sql, max_rows=1)
        if res.data is None or res.data.empty:
            return None
        row = res.data.iloc[0]
        return {"max": row["max_value"], "min": row["min_value"], "nulls": int(row["n_rows"] - row["n_values"])}

    def _latest_before_year(self, table: str, request: str):
        """ "@before(harvested_on;2024)": the latest value before 1 January 2024 (where the year before ended: a
        season that ends in October); read through the guarded executor."""
        from sqlglot import exp

        column, _, year = request[len("@before("):-1].partition(";")
        if not column or not year.isdigit():
            return None
        col = exp.column(column, quoted=True)
        start = exp.cast(exp.Literal.string(f"{int(year):04d}-01-01"), "DATE")
        sql = exp.select(exp.Max(this=col.copy()).as_("max_value")).from_(exp.table_(table, quoted=True)).where(
            exp.LT(this=col, expression=start)).sql(dialect=self.db.sqlglot_dialect)
        res = run_query(self.db, sql, max_rows=1)
        return None if res.data is None or res.data.empty else res.data.iloc[0]["max_value"]

    def _bounding_columns(self, table: str, request: str) -> dict | None:
        """ "@bounds(opens;delivered,sent,clicks)": the candidate columns never below `opens` on any row, with their
        totals (the base an "open rate" divides by); read through the guarded executor."""
        from sqlglot import exp

        inner = request[len("@bounds("):-1]
        x, _, rest = inner.partition(";")
        cands = [c for c in rest.split(",") if c]
        if not x or not cands:
            return None
        xc = exp.column(x, quoted=True)
        parts = []
        for k, c in enumerate(cands):
            cc = exp.column(c, quoted=True)
            parts.append(exp.Max(this=exp.Sub(this=xc.copy(), expression=cc.copy())).as_(f"over_{k}"))
            parts.append(exp.Sum(this=cc).as_(f"total_{k}"))
        sql = exp.select(*parts).from_(exp.table_(table, quoted=True)).sql(dialect=self.db.sqlglot_dialect)
        res = run_query(self.db, sql, max_rows=1)
        if res.data is None or res.data.empty:
            return None
        row = res.data.iloc[0]
        out = [(c, float(row[f"total_{k}"])) for k, c in enumerate(cands)
               if not pd.isna(row[f"over_{k}"]) and float(row[f"over_{k}"]) <= 0
               and not pd.isna(row[f"total_{k}"]) and float(row[f"total_{k}"]) > 0]
        return {"bounds": [c for c, _ in sorted(out, key=lambda ct: ct[1])]}

    def refresh_schema(self) -> None:
        """Re-read the schema (new tables, new values) and rebuild the offline engine's indexes."""
        self.db.schema(refresh=True)
        self._offline = None
        invalidate = getattr(self._cache, "invalidate_db", None)
        if invalidate is not None:  # cached answers may be stale against the new schema or data
            invalidate(self.db.url)

    # ------------------------------------------------------------------------------------------------ agents
    def _llm_configured(self) -> bool:
        """Whether any LLM provider of LLM_ORDER has its credentials / URL (else the agents run offline)."""
        from agents.providers import configured_providers

        try:
            return bool(configured_providers(self.settings))
        except Exception:  # noqa: BLE001 - a broken provider config must not break offline answers
            log.warning("provider configuration failed; offline only", exc_info=True)
            return False

    def _rewrite_step(self, x: dict) -> dict:
        """Context rewriter: a standalone question from a follow-up (offline merge; LLM when configured)."""
        question, history = x["question"], x["history"]
        offline = self.offline.generate(question, history)
        standalone = offline.standalone or question
        if history and self._llm:
            from agents.llm_agents import rewrite_question_llm  # lazy: offline-only runs never load the clients

            standalone = rewrite_question_llm(question, history, self.settings, fallback=standalone) or standalone
        return {**x, "offline": offline, "standalone": standalone}

    def _generate_step(self, x: dict) -> dict:
        """SQL generator: LLM providers in order, then the offline engine; runs the SQL (guarded)."""
        offline: OfflineAnswer = x["offline"]
        if self._llm:
            from agents.sql_generator import generate_sql

            gen = generate_sql(x["standalone"], self.db.schema(), self.db, x["history"], self.settings,
                               self.offline, offline_answer=offline, question=x["question"])
            if gen is not None and gen.engine != "offline" and gen.sql:
                return {**x, "sql": gen.sql, "engine": gen.engine, "result": gen.data, "repaired": gen.repaired,
                        "coverage": 1.0}
        if offline.error or not offline.sql:
            raise NotUnderstood(offline.error or "I could not match this question to the data",
                                suggestions=offline.suggestions, understood=offline.understood)
        return {**x, "sql": offline.sql, "engine": "offline", "result": None, "repaired": False,
                "coverage": offline.coverage}

    def _analyze(self, data: pd.DataFrame, question: str, truncated: bool = False) -> Insight:
        if self._llm:
            from agents.llm_agents import analyze_llm

            return analyze_llm(data, question, self.settings, truncated=truncated)
        return analyze(data, question, truncated=truncated)

    def _visualize(self, data: pd.DataFrame, question: str) -> ChartSpec:
        if self._llm:
            from agents.llm_agents import visualize_llm

            return visualize_llm(data, question, self.settings)
        return choose_chart(data, question)

    def _present(self, data: pd.DataFrame, question: str, truncated: bool, clock: _Clock):
        """Analysis and visualization, concurrently when they wait on a model. The figure is built lazily."""
        t0 = time.perf_counter()
        if self._llm:
            f_insight = self._pool.submit(self._analyze, data, question, truncated)
            f_chart = self._pool.submit(self._visualize, data, question)
            insight, chart = f_insight.result(), f_chart.result()
        else:
            insight, chart = self._analyze(data, question, truncated), self._visualize(data, question)
        clock.timings["present"] = (time.perf_counter() - t0) * 1000
        return insight, chart

    # -------------------------------------------------------------------------------------------- public API
    def ask(self, question: Any, session: Session | None = None) -> AskResult:
        """Answer one question in a conversation. Never raises for bad input: see `error`.

        >>> r = Pipeline.from_url(None).ask("")
        >>> r.error
        'Please type a question about the data.'
        """
        session = session if session is not None else self.new_session()
        clock = _Clock()
        text = question if isinstance(question, str) else ""
        result = AskResult(question=text.strip())
        try:
            self._check_input(question)
            x = clock.stage("rewrite", lambda: self.agents["rewriter"].invoke(
                {"question": text.strip(), "history": session.history}))
            offline: OfflineAnswer = x["offline"]
            result.rewritten_question = x["standalone"]
            result.understood = offline.understood
            result.spec = offline.spec
            key = self._cache_key(x["standalone"], offline.spec)
            hit = self._cache_get(key)
            if hit is not None:
                result = self._from_cache(hit, result)
            else:
                gen = clock.stage("generate", lambda: self.agents["sql_generator"].invoke(x))
                qr: QueryResult = gen["result"] or clock.stage("execute", lambda: run_query(self.db, gen["sql"]))
                result.sql, result.engine = gen["sql"], gen["engine"]
                result.data, result.truncated = qr.data, qr.truncated
                clock.timings["db"] = qr.elapsed_ms
                insight, chart = self._present(qr.data, x["standalone"], qr.truncated, clock)
                result.insight, result.chart = insight.text, chart
                result.confidence = confidence_for(gen["coverage"], len(qr.data), engine=gen["engine"],
                                                   repaired=gen["repaired"])
                self._cache_set(key, result)
            # The offline spec is kept even when a model wrote the SQL: it lets a later follow-up be merged
            # offline when the providers fail.
            result.spec = with_top_row(offline.spec, result.data)  # a follow-up may point at the one-row answer
            session.remember(TurnContext(question=result.question, standalone=result.rewritten_question or text,
                                         spec=result.spec, sql=result.sql))
        except NotUnderstood as exc:
            result.error = user_message(exc)
            result.suggestions = exc.suggestions
            result.understood = exc.details.get("understood", "") or result.understood
        except UnsafeSQLError as exc:
            _record_guard(exc)
            result.error = user_message(exc)
        except AppError as exc:
            result.error = user_message(exc)
        except Exception as exc:  # noqa: BLE001 - the promise: never a traceback for the user
            log.exception("ask failed")
            result.error = user_message(exc)
        result.timings = clock.total()
        if result.error and not result.suggestions:
            result.suggestions = self.suggested_questions(2)
        _record(result.timings, {"ok": result.error is None, "engine": result.engine, "cached": result.cached})
        return result

    def run_sql(self, sql: Any) -> AskResult:
        """Run a person's SQL through the same guard and executor, with no generation.

        >>> Pipeline.from_url(None).run_sql("DROP TABLE superstore").error.startswith("This query was refused")
        True
        """
        clock = _Clock()
        text = sql if isinstance(sql, str) else ""
        result = AskResult(question=text, sql=text, engine="user")
        try:
            if not text.strip():
                raise InputError("Please type a SQL query")
            qr = clock.stage("execute", lambda: run_query(self.db, text))
            result.sql, result.data, result.truncated = qr.sql, qr.data, qr.truncated
            clock.timings["db"] = qr.elapsed_ms
            insight, chart = self._present(qr.data, "", qr.truncated, clock)
            result.insight, result.chart = insight.text, chart
            result.confidence = "high"
        except UnsafeSQLError as exc:
            _record_guard(exc)
            result.error = user_message(exc)
        except AppError as exc:
            result.error = user_message(exc)
        except Exception as exc:  # noqa: BLE001
            log.exception("run_sql failed")
            result.error = user_message(exc)
        result.timings = clock.total()
        _record(result.timings, {"ok": result.error is None, "engine": "user", "cached": False})
        return result

    def suggested_questions(self, n: int = 4) -> list[str]:
        """Questions built from the connected schema, for an empty chat or after an error."""
        try:
            fn = getattr(self.offline, "suggested_questions", None)
            if fn:
                return list(fn(n))[:n]
        except Exception:  # noqa: BLE001
            log.debug("suggestions failed", exc_info=True)
        return []

    # --------------------------------------------------------------------------------------------- helpers
    def _check_input(self, question: Any) -> None:
        if not isinstance(question, str) or not question.strip():
            raise InputError("Please type a question about the data")
        if len(question) > self.settings.max_question_chars:
            raise InputError(f"The question is too long ({len(question)} characters; at most "
                             f"{self.settings.max_question_chars})")
        refusal = classify_request(question, schema_words=self._schema_words())
        if refusal:
            raise InputError(refusal)

    def _schema_words(self) -> frozenset:
        """The words of the connected schema's table and column names (computed once)."""
        if self._words is None:
            index = getattr(self.offline, "index", None)
            words = set()
            for col in getattr(index, "columns", []):
                words.update(col.words)
            for table in getattr(index, "tables", {}).values():
                words.update(table.words)
            for key in getattr(index, "values", {}):  # "because of the weather": a cancellation reason
                if len(key) <= 3:  # ('weather', 'cancelled') too
                    words.update(key)
            self._words = frozenset(words)
        return self._words

    def _cache_key(self, standalone: str, spec: dict | None = None) -> str | None:
        """The standalone question and the structured query it was read as: two follow-ups restated the same way
        after different conversations (or a restatement that leaves a detail out) never share an answer."""
        if self._cache is None:
            return None
        meaning = json.dumps(spec, sort_keys=True, default=str) if spec else ""
        return cache_key(self.db.url, f"{standalone.strip().lower()}\n{meaning}", sorted(self.db.allowed_tables()))

    def _cache_get(self, key: str | None) -> dict | None:
        if key is None:
            return None
        try:
            return self._cache.get(key)
        except Exception:  # noqa: BLE001 - a cache failure is a miss
            return None

    def _cache_set(self, key: str | None, result: AskResult) -> None:
        if key is None or result.data is None:
            return
        try:
            self._cache.set(key, {"sql": result.sql, "engine": result.engine, "truncated": result.truncated,
                                  "data": result.data, "chart": result.chart.model_dump() if result.chart else None,
                                  "insight": result.insight, "confidence": result.confidence})
        except Exception:  # noqa: BLE001
            log.debug("cache set failed", exc_info=True)

    def _from_cache(self, hit: dict, result: AskResult) -> AskResult:
        result.sql, result.engine, result.truncated = hit["sql"], hit["engine"], hit["truncated"]
        result.data = hit["data"]
        result.chart = ChartSpec(**hit["chart"]) if hit.get("chart") else None
        result.insight, result.confidence, result.cached = hit["insight"], hit["confidence"], True
        return result


def _warm_up_providers(settings: Settings) -> None:
    try:
        from agents.providers import warm_up

        warm_up(settings)
    except Exception:  # noqa: BLE001 - warming up is an optimisation only
        log.debug("provider warm-up failed", exc_info=True)


def _safe_figure(data: pd.DataFrame, chart: ChartSpec | None):
    if chart is None or data is None:
        return None
    try:
        return build_figure(data, chart)
    except Exception:  # noqa: BLE001 - a chart failure leaves the table and the insight
        log.warning("figure failed", exc_info=True)
        return None


def _make_cache(settings: Settings):
    try:
        return make_cache(settings)
    except Exception:  # noqa: BLE001
        log.warning("cache unavailable", exc_info=True)
        return None
