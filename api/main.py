"""The REST API: the same Pipeline and session store as the Streamlit app, over HTTP (FastAPI).

Endpoints: `POST /query`, `POST /sql`, `GET /sessions/{id}`, `GET /health`, `GET /metrics`; OpenAPI at
`/openapi.json`, interactive docs at `/docs`. Run it with `make api` (uvicorn, port API_PORT, default 8000).
docs/API.md has curl examples.

Bad input gets a 4xx with a JSON `{"error": "...", "detail": ...}` body: 422 for an empty or too long question,
404 for an unknown session, 400 for refused SQL, 408 for a timeout, 429 (with Retry-After) past the per-client
rate limit. A 500 only ever means a bug, and its body is the same clean JSON, never a traceback.

Example:
    >>> from fastapi.testclient import TestClient
    >>> client = TestClient(create_app(store_url="sqlite://"))
    >>> client.post("/query", json={"question": ""}).status_code
    422
"""
from __future__ import annotations

import logging
import math
import threading
import time
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from agents.pipeline import Pipeline
from api.metrics import CONTENT_TYPE, ApiMetrics
from api.models import (
    AnswerResponse,
    ErrorResponse,
    HealthResponse,
    QueryRequest,
    SessionResponse,
    SqlRequest,
)
from api.ratelimit import TokenBucketLimiter
from api.sessions import SessionRegistry
from db.errors import AppError, ConnectionFailed, QueryError, QueryTimeout, UnsafeSQLError, user_message
from settings import Settings, get_settings

log = logging.getLogger("api")

UNLIMITED_PATHS = frozenset({"/health", "/metrics"})  # monitoring is never rate limited
ERROR_RESPONSES = {status: {"model": ErrorResponse} for status in (400, 404, 408, 422, 429, 500, 503)}


# -------------------------------------------------------------------------------------------- state


class ApiState:
    """The process' pipeline, store and live sessions, created on first use (thread-safe)."""

    def __init__(self, settings: Settings, db_url: str | None, store_url: str | None,
                 pipeline: Pipeline | None = None):
        self.settings = settings
        self.db_url = db_url
        self.store_url = store_url
        self._lock = threading.RLock()  # `sessions` reads `pipeline` while holding it
        self._pipeline: Pipeline | None = pipeline
        self._registry: SessionRegistry | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            with self._lock:
                if self._pipeline is None:
                    self._pipeline = Pipeline.from_url(self.db_url, settings=self.settings)
        return self._pipeline

    @property
    def sessions(self) -> SessionRegistry:
        if self._registry is None:
            from db.store import SessionStore

            with self._lock:
                if self._registry is None:
                    store = SessionStore(self.store_url or self.settings.app_store_url or None)
                    self._registry = SessionRegistry(store, db_url_display=self._display_url())
        return self._registry

    def warm_up(self) -> None:
        """Open the database, read its schema and open the store before the first request (uvicorn startup).

        A failure is logged, not raised: the server starts and `/health` says what is wrong.
        """
        try:
            self.pipeline.offline  # noqa: B018 - the property reads the schema and builds the offline engine
            self.sessions.store.list_sessions(limit=1)
        except Exception:  # noqa: BLE001
            log.warning("warm-up failed; /health reports the cause", exc_info=True)

    def _display_url(self) -> str | None:
        try:
            return self.pipeline.db.display_url
        except Exception:  # noqa: BLE001 - only a label
            return None


# ------------------------------------------------------------------------------------------- errors


def _error_kinds() -> list[tuple[str, type, int]]:
    """(message prefix, error class, HTTP status), with the prefixes taken from `user_message` itself."""
    probe = "\x00"
    kinds = [(UnsafeSQLError, 400), (QueryTimeout, 408), (QueryError, 400), (ConnectionFailed, 503)]
    return [(user_message(cls(probe)).split(probe)[0], cls, status) for cls, status in kinds]


_ERROR_KINDS = _error_kinds()


def _status_for_exception(exc: AppError) -> int:
    for _prefix, cls, status in _ERROR_KINDS:
        if isinstance(exc, cls):
            return status
    return 400


def status_for_error(message: str | None) -> int:
    """The HTTP status of a failed SQL run, from the error text the pipeline returned.

    >>> status_for_error(user_message(UnsafeSQLError("only SELECT queries are allowed")))
    400
    >>> status_for_error(user_message(QueryTimeout("30 s")))
    408
    """
    if not message:
        return 200
    for prefix, _cls, status in _ERROR_KINDS:
        if message.startswith(prefix):
            return status
    return 400


def _error(status: int, message: str, detail=None, headers: dict | None = None) -> JSONResponse:
    body = ErrorResponse(error=message, detail=jsonable_encoder(detail)).model_dump()
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(errors: list[dict]) -> str:
    """One sentence from pydantic's errors: the first problem, with the field it concerns."""
    if not errors:
        return "The request is not valid."
    first = errors[0]
    field = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "request"
    msg = str(first.get("msg", "is not valid")).removeprefix("Value error, ")
    kind = first.get("type", "")
    if kind == "string_too_long":
        return f"{field} is too long (at most {first.get('ctx', {}).get('max_length')} characters)."
    if kind in ("string_too_short", "missing"):
        return f"{field} is required and must not be empty."
    if kind == "json_invalid":
        return "The request body is not valid JSON."
    return f"{field}: {msg}."


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = list(exc.errors())
        return _error(422, _validation_message(errors), detail=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "The request failed."
        return _error(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(AppError)
    async def _app_error(request: Request, exc: AppError):
        return _error(_status_for_exception(exc), user_message(exc))

    @app.exception_handler(SQLAlchemyError)
    async def _store_down(request: Request, exc: SQLAlchemyError):
        log.warning("session store failure on %s %s: %s", request.method, request.url.path, exc)
        return _error(503, "The session store cannot be reached; please try again shortly.")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(500, user_message(exc))


# --------------------------------------------------------------------------------------- middleware


class ApiMiddleware:
    """Pure ASGI middleware: per-client rate limit (429 + Retry-After) and request metrics by route template."""

    def __init__(self, app, metrics: ApiMetrics, limiter: TokenBucketLimiter):
        self.app = app
        self.metrics = metrics
        self.limiter = limiter

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        path = scope.get("path", "")
        if path not in UNLIMITED_PATHS:
            client = (scope.get("client") or ("unknown", 0))[0]
            wait = self.limiter.acquire(client)
            if wait > 0:
                retry = max(1, math.ceil(wait))
                self.metrics.observe_rate_limited(path)
                self.metrics.observe_request(path, scope.get("method", ""), 429, time.perf_counter() - start)
                response = _error(429, f"Too many requests: at most {int(self.limiter.capacity)} a minute per "
                                       f"client. Retry in {retry} s.", headers={"Retry-After": str(retry)})
                await response(scope, receive, send)
                return
        status = {"code": 500}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.observe_request(route, scope.get("method", ""), status["code"], time.perf_counter() - start)


# ------------------------------------------------------------------------------------------- routes


def _install_routes(app: FastAPI, state: ApiState, metrics: ApiMetrics) -> None:
    @app.post("/query", response_model=AnswerResponse, responses=ERROR_RESPONSES, tags=["analyst"])
    def query(req: QueryRequest) -> dict:
        """Answer a question. Without `session_id` a new conversation starts; with one, follow-ups use its context.

        An answer the pipeline could not give (not understood, refused, timed out) is a 200 with `error` set and
        `suggestions`; the turn is saved in the conversation either way.
        """
        registry = state.sessions
        live = registry.get(req.session_id) if req.session_id else registry.create()
        if live is None:
            raise HTTPException(404, "This conversation does not exist (unknown session_id).")
        with live.lock:
            result = state.pipeline.ask(req.question, live.session).to_dict()
            turn = _save_turn(registry, live.session.id, result)
        metrics.observe_answer("query", result)
        return {**result, "session_id": live.session.id, "turn": turn}

    @app.post("/sql", response_model=AnswerResponse, responses=ERROR_RESPONSES, tags=["analyst"])
    def sql(req: SqlRequest):
        """Run one read-only SELECT through the guard and the executor (no generation, not saved)."""
        result = state.pipeline.run_sql(req.sql).to_dict()
        metrics.observe_answer("sql", result)
        status = status_for_error(result.get("error"))
        if status != 200:
            return _error(status, result["error"], detail={"sql": req.sql})
        return result

    @app.get("/sessions/{session_id}", response_model=SessionResponse, responses=ERROR_RESPONSES,
             tags=["sessions"])
    def get_session(session_id: str) -> dict:
        """A saved conversation (from the API or the Streamlit app) with every turn's SQL, rows and insight."""
        stored = state.sessions.store.get_session(session_id)
        if stored is None:
            raise HTTPException(404, "This conversation does not exist (unknown session_id).")
        return stored

    @app.get("/health", response_model=HealthResponse, responses={503: {"model": HealthResponse}},
             tags=["operations"])
    def health():
        """Database and session store reachable (200) or not (503); LLM providers (configured, and named in LLM_ORDER
        without credentials: skipped, not fatal, since the offline engine always answers); cache backend."""
        body = {"database": _check_database(state), "store": _check_store(state),
                "providers": _provider_names(state.settings),
                "providers_unconfigured": _unconfigured_providers(state.settings), "cache": _cache_info(state)}
        healthy = body["database"]["ok"] and body["store"]["ok"]
        body["status"] = "ok" if healthy else "unavailable"
        return JSONResponse(body, status_code=200 if healthy else 503)

    @app.get("/metrics", response_class=PlainTextResponse, tags=["operations"])
    def prometheus_metrics() -> PlainTextResponse:
        """Prometheus text format: requests, latencies per route and stage, fallbacks, guard rejections, cache."""
        cache = getattr(state._pipeline, "_cache", None)
        return PlainTextResponse(metrics.render(cache), media_type=CONTENT_TYPE)


def _save_turn(registry: SessionRegistry, session_id: str, result: dict) -> int | None:
    """Persist the turn; a store failure is logged and the answer still returned."""
    try:
        return registry.save_turn(session_id, result)
    except Exception:  # noqa: BLE001 - the answer matters more than its copy in the store
        log.warning("could not save the turn of session %s", session_id, exc_info=True)
        return None


def _check_database(state: ApiState) -> dict:
    try:
        from db.executor import run_query

        db = state.pipeline.db
        run_query(db, "SELECT 1 AS ok", max_rows=1, timeout_s=5)
        return {"ok": True, "kind": db.kind, "url": db.display_url}
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return {"ok": False, "error": _describe(exc)}


def _check_store(state: ApiState) -> dict:
    try:
        store = state.sessions.store
        store.list_sessions(limit=1)
        return {"ok": True, "kind": store.kind}
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": _describe(exc)}


def _describe(exc: BaseException) -> str:
    """For operators: the app's wording of its own errors, else the exception's type and first line."""
    if isinstance(exc, AppError):
        return user_message(exc)
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}"[:300]


def _provider_names(settings: Settings) -> list[str]:
    """The providers that will be tried, in order (`provider:model`), always ending with `offline`."""
    try:
        from agents.providers import configured_providers

        return [p.label for p in configured_providers(settings)] + ["offline"]
    except Exception:  # noqa: BLE001 - the offline engine needs no configuration
        return ["offline"]


def _unconfigured_providers(settings: Settings) -> list[str]:
    """Providers named in LLM_ORDER that lack a key or URL (skipped; answers fall through to the next)."""
    configured = {label.split(":", 1)[0] for label in _provider_names(settings)}
    return [name for name in settings.providers if name not in configured]


def _cache_info(state: ApiState) -> dict:
    cache = getattr(state._pipeline, "_cache", None)
    if cache is None:
        return {"backend": "off"}
    stats = cache.stats()
    return {"backend": stats["backend"], "entries": stats["entries"], "ttl_s": cache.ttl_s}


# ---------------------------------------------------------------------------------------------- app


def create_app(settings: Settings | None = None, *, db_url: str | None = None, store_url: str | None = None,
               pipeline: Pipeline | None = None) -> FastAPI:
    """The FastAPI app over `db_url` (None = DATABASE_URL or the demo DuckDB) and the store at `store_url`.

    `pipeline` serves a ready Pipeline instead (one built on a `Database` with its own settings, for instance).

    Nothing is opened when the app is created; the server's startup (lifespan) opens the database and the store,
    or else the first request does. `app.state.api` holds the pipeline and the sessions.
    """
    settings = settings or get_settings()
    state = ApiState(settings, db_url, store_url, pipeline)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        await run_in_threadpool(state.warm_up)
        yield

    app = FastAPI(title="Conversational analytics API", version="1.0", lifespan=lifespan,
                  description="Questions in plain language -> guarded SQL -> rows, chart spec and insight.")
    metrics = ApiMetrics()
    app.state.api = state
    app.state.metrics = metrics
    _install_error_handlers(app)
    _install_routes(app, state, metrics)
    app.add_middleware(ApiMiddleware, metrics=metrics,
                       limiter=TokenBucketLimiter(settings.api_rate_limit_per_min))
    return app


app = create_app()
