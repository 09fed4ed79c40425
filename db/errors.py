"""The small exception tree of the app, and the one place that turns an error into words for a person.

Example:
    >>> user_message(UnsafeSQLError("only SELECT queries are allowed", layer="ast"))
    'This query was refused: only SELECT queries are allowed.'
"""
from __future__ import annotations


class AppError(Exception):
    """Base of every error the app expects; `str(e)` is safe to show."""

    def __init__(self, message: str = "", **details):
        super().__init__(message)
        self.message = message
        self.details = details


class InputError(AppError):
    """Bad user input: empty, too long, not a question about the data, an unknown session..."""


class UnsafeSQLError(AppError):
    """The guard refused a statement. `layer` is where: input, parse, ast, tables, functions, output, database."""

    def __init__(self, message: str, layer: str = "ast", **details):
        super().__init__(message, layer=layer, **details)
        self.layer = layer


class QueryTimeout(AppError):
    """The query ran past the time limit and was stopped."""


class QueryError(AppError):
    """The database rejected or failed the (safe) query: unknown column, type error, ..."""


class ConnectionFailed(AppError):
    """The database cannot be reached or opened."""


class LLMError(AppError):
    """A language model failed: timeout, HTTP error, unusable output."""


class NotUnderstood(AppError):
    """The question could not be linked to the schema; `suggestions` holds rephrasings."""

    def __init__(self, message: str, suggestions: list[str] | None = None, **details):
        super().__init__(message, suggestions=suggestions or [], **details)
        self.suggestions = suggestions or []


def user_message(exc: BaseException) -> str:
    """Words a person can act on, for any exception. Never a traceback."""
    text = str(getattr(exc, "message", "") or exc).strip().rstrip(".")
    if isinstance(exc, UnsafeSQLError):
        return f"This query was refused: {text}."
    if isinstance(exc, QueryTimeout):
        return f"The query took too long and was stopped ({text}). Try a narrower question or add filters."
    if isinstance(exc, QueryError):
        return f"The database could not run this query: {text}."
    if isinstance(exc, ConnectionFailed):
        return f"The database cannot be reached: {text}."
    if isinstance(exc, LLMError):
        return f"The language model failed: {text}."
    if isinstance(exc, NotUnderstood):
        tips = "; ".join(f'"{s}"' for s in exc.suggestions[:2])
        return f"{text}." + (f" Try: {tips}." if tips else "")
    if isinstance(exc, AppError):
        return f"{text}."
    return "Something went wrong while answering. The error was logged; please try again or rephrase."
