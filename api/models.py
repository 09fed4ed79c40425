"""Request and response models of the REST API (they make the OpenAPI document at /openapi.json).

Example:
    >>> QueryRequest(question="  Total sales by region ").question
    'Total sales by region'
    >>> from pydantic import ValidationError
    >>> try:
    ...     QueryRequest(question="   ")
    ... except ValidationError as exc:
    ...     print(exc.errors()[0]["msg"])
    Value error, The question is empty
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from settings import get_settings

MAX_QUESTION_CHARS = get_settings().max_question_chars
MAX_SQL_CHARS = get_settings().max_sql_chars
MAX_SESSION_ID_CHARS = 64


def _not_blank(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError(f"{what} is empty")
    return value


class QueryRequest(BaseModel):
    """A question, optionally in an existing conversation."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"question": "Total sales by region"},
                     {"question": "what about the West?", "session_id": "p0ZoB1FwH3Dp1XGr2qFuGg"}]})

    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS,
                          description="A question about the data, in plain language")
    session_id: str | None = Field(default=None, min_length=1, max_length=MAX_SESSION_ID_CHARS,
                                   description="Continue this conversation (omit to start a new one)")

    @field_validator("question")
    @classmethod
    def _question_not_blank(cls, value: str) -> str:
        return _not_blank(value, "The question")


class SqlRequest(BaseModel):
    """A read-only SQL statement, run through the same guard and executor as generated SQL."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"sql": "SELECT region, SUM(sales) AS sales FROM superstore GROUP BY region"}]})

    sql: str = Field(min_length=1, max_length=MAX_SQL_CHARS, description="One SELECT statement")

    @field_validator("sql")
    @classmethod
    def _sql_not_blank(cls, value: str) -> str:
        return _not_blank(value, "The SQL query")


class AnswerResponse(BaseModel):
    """One answer: the SQL that ran, the rows (JSON records), the chart spec, the insight and diagnostics."""

    question: str
    rewritten_question: str | None = None
    sql: str | None = None
    columns: list[str] = []
    rows: list[dict[str, Any]] = []
    row_count: int = 0
    truncated: bool = False
    chart: dict[str, Any] | None = None
    insight: str = ""
    confidence: str = "low"
    engine: str = ""
    error: str | None = Field(default=None, description="Why there is no answer (None when answered)")
    timings: dict[str, float] = {}
    suggestions: list[str] = []
    cached: bool = False
    understood: str = ""
    session_id: str | None = None
    turn: int | None = Field(default=None, description="Index of this turn in the saved conversation")


class TurnModel(BaseModel):
    """One saved turn of a conversation."""

    idx: int
    question: str
    rewritten_question: str | None = None
    sql: str | None = None
    result: dict[str, Any] | None = None
    chart: dict[str, Any] | None = None
    insight: str | None = None
    confidence: str | None = None
    engine: str | None = None
    error: str | None = None
    timings: dict[str, Any] = {}
    feedback: int | None = None
    created_at: str


class SessionResponse(BaseModel):
    """A saved conversation with its turns, oldest first."""

    id: str
    title: str
    created_at: str
    updated_at: str
    db_url_display: str | None = None
    n_turns: int
    turns: list[TurnModel]


class HealthResponse(BaseModel):
    """Whether the API can answer: database and session store reachable, which providers are configured."""

    status: str = Field(description='"ok" or "unavailable"')
    database: dict[str, Any]
    store: dict[str, Any]
    providers: list[str] = Field(description="Providers tried in order, `provider:model`, ending with `offline`")
    providers_unconfigured: list[str] = Field(default=[], description="In LLM_ORDER but without key/URL: skipped")
    cache: dict[str, Any]


class ErrorResponse(BaseModel):
    """Every 4xx/5xx body: a message a person can act on, plus details for programs."""

    error: str
    detail: Any = None
