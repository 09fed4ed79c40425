"""LLM versions of the rewriter, analysis and visualization agents, each falling back to the offline version.

Every agent is a runnable: provider links (prompt -> model -> JSON -> pydantic validation) chained with
`.with_fallbacks`, ending in a `RunnableLambda` of the offline function. Malformed JSON, a value that fails
validation, an ungrounded insight, a chart naming unknown columns, a timeout or an HTTP error all land on the
next link; the offline version always answers. Each agent gets at most `LLM_TIMEOUT_S` in all.

- `rewrite_question_llm(question, history, settings, fallback=...) -> str` (skipped on a first turn)
- `analyze_llm(df, question, settings, truncated=False) -> Insight` (grounded in `compute_facts`)
- `visualize_llm(df, question, settings) -> ChartSpec` (checked with `ChartSpec.validate_against`)
- `analyze_and_visualize(df, question, settings) -> (Insight, ChartSpec)`: both at once (RunnableParallel).

Example:
    >>> parse_json_object('Sure! ```json\\n{"insight": "West leads."}\\n```')
    {'insight': 'West leads.'}
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

import pandas as pd
from langchain_core.runnables import Runnable, RunnableLambda, RunnableParallel
from pydantic import BaseModel, Field, ValidationError, field_validator

from agents import observability
from agents.analysis import Insight, analyze, compute_facts, grounded
from agents.prompts import ANALYSIS_PROMPT, CHART_PROMPT, REWRITE_PROMPT, context_text
from agents.providers import ProviderInfo, call_model, configured_providers, warm_up
from agents.visualization import ChartSpec, choose_chart
from db.errors import LLMError
from settings import Settings, get_settings

log = logging.getLogger(__name__)


# ------------------------------------------------------------------------------------------------ JSON output
def parse_json_object(text: str | None) -> dict | None:
    """The first JSON object in a model's answer (fences and surrounding prose ignored), or None.

    >>> parse_json_object('{"a": 1} trailing words'), parse_json_object("no json here")
    ({'a': 1}, None)
    """
    if not text:
        return None
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            obj, _ = decoder.raw_decode(text[start:])
            if isinstance(obj, dict):
                return obj
        except ValueError:
            pass
        start = text.find("{", start + 1)
    return None


def _has_json(text: str) -> bool:
    return parse_json_object(text) is not None


class RewriteOut(BaseModel):
    """The rewriter's answer."""

    standalone_question: str = Field(min_length=3, max_length=1000)

    @field_validator("standalone_question")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("empty question")
        return v.strip()


class InsightOut(BaseModel):
    """The analysis agent's answer."""

    insight: str = Field(min_length=1, max_length=2000)


# ------------------------------------------------------------------------------------------------ the chain
def _link(info: ProviderInfo, agent: str, prompt, parse: Callable[[dict], Any], deadline: float,
          settings: Settings) -> Runnable:
    """One provider: prompt -> model (wall-clock bounded) -> JSON -> `parse` (raises on invalid output)."""

    def run(inputs: dict) -> Any:
        try:
            return ask_and_parse(inputs)
        except LLMError:
            raise
        except Exception:  # a bug or a client surprise: logged, then the next link answers
            log.exception("%s: unexpected failure in the %s link", agent, info.label)
            raise

    def ask_and_parse(inputs: dict) -> Any:
        text = call_model(info, prompt.format_messages(**inputs), agent=agent, deadline=deadline,
                          settings=settings, check=_has_json)
        obj = parse_json_object(text)
        try:
            if obj is None:
                raise ValueError("the answer is not a JSON object")
            value = parse(obj)
        except (ValueError, ValidationError, TypeError) as exc:
            observability.record_agent(agent, "rejection")
            log.info("%s: %s output rejected: %s", agent, info.label, str(exc)[:200])
            raise LLMError(f"{agent}: {info.label} gave unusable output: {str(exc)[:200]}",
                           outcome="bad_output") from exc
        observability.record_agent(agent, "success")
        return value

    return RunnableLambda(run, name=f"{agent}:{info.label}")


def _offline(agent: str, fn: Callable[[dict], Any], llm_tried: bool) -> Runnable:
    def run(inputs: dict) -> Any:
        if llm_tried:
            observability.record_agent(agent, "fallback")
        return fn(inputs)

    return RunnableLambda(run, name=f"{agent}:offline")


def agent_chain(agent: str, prompt, parse: Callable[[dict], Any], offline_fn: Callable[[dict], Any],
                settings: Settings, providers: list[ProviderInfo] | None = None) -> Runnable:
    """Provider links in LLM_ORDER `.with_fallbacks` to the next and finally to the offline function.

    The deadline (now + LLM_TIMEOUT_S) is shared by the links, so the agent answers in about that time at most.
    """
    providers = configured_providers(settings) if providers is None else providers
    warm_up(settings)
    deadline = time.monotonic() + settings.llm_timeout_s
    links = [_link(info, agent, prompt, parse, deadline, settings) for info in providers]
    links.append(_offline(agent, offline_fn, llm_tried=bool(providers)))
    if len(links) == 1:
        return links[0]
    return links[0].with_fallbacks(links[1:], exceptions_to_handle=(Exception,))


# ------------------------------------------------------------------------------------------------ rewriter
def rewrite_question_llm(question: str, history: list, settings: Settings | None = None, *,
                         fallback: str | None = None) -> str:
    """A standalone question for a follow-up, written by the model; `fallback` (the offline rewrite) otherwise.

    A first turn (empty history) is returned unchanged without calling any model.

    >>> rewrite_question_llm("Total sales by region", [], fallback="Total sales by region")
    'Total sales by region'
    """
    fallback = fallback or question
    if not history:
        return fallback
    settings = settings or get_settings()
    chain = agent_chain("rewriter", REWRITE_PROMPT, lambda obj: RewriteOut.model_validate(obj).standalone_question,
                        lambda _: fallback, settings)
    return chain.invoke({"context": context_text(history, max_turns=5), "question": question})


# ------------------------------------------------------------------------------------------------ analysis
def _facts_text(facts: list) -> str:
    return "\n".join(f"- {getattr(f, 'text', f)}" for f in facts) or "- (no facts)"


def _insight_parser(facts: list, truncated: bool):
    caveat = next((f.text for f in facts if getattr(f, "key", "") == "truncated"), None)

    def parse(obj: dict):
        text = grounded(InsightOut.model_validate(obj).insight.strip(), facts)
        if not text:
            raise ValueError("every sentence had a number that is not among the facts")
        if truncated and caveat and caveat not in text:
            text = f"{text} {caveat}"
        return Insight(text=text, facts=facts)

    return parse


def _table_inputs(df: pd.DataFrame, question: str) -> dict:
    columns = ", ".join(f"{c}: {df[c].dtype}" for c in df.columns)
    head = df.head(5).to_json(orient="records", date_format="iso", default_handler=str)[:1500]
    return {"question": question or "(no question: a SQL statement was run)", "columns": columns,
            "rows": len(df), "head": head}


def analysis_chain(df: pd.DataFrame, question: str, settings: Settings, facts: list,
                   truncated: bool = False) -> Runnable:
    """The analysis agent as a runnable (input: the prompt variables); `facts` from `compute_facts(df, ...)`."""
    return agent_chain("analysis", ANALYSIS_PROMPT, _insight_parser(facts, truncated),
                       lambda _: analyze(df, question, truncated=truncated), settings)


def analyze_llm(df: pd.DataFrame, question: str, settings: Settings | None = None, *, truncated: bool = False):
    """An insight written by the model from the computed facts, grounded; the offline `analyze` otherwise.

    An empty result goes straight to the offline agent (nothing for a model to add).
    """
    settings = settings or get_settings()
    if df is None or df.empty:
        return analyze(df, question, truncated=truncated)
    facts = compute_facts(df, question, truncated=truncated)
    inputs = {**_table_inputs(df, question), "facts": _facts_text(facts)}
    return analysis_chain(df, question, settings, facts, truncated).invoke(inputs)


# ------------------------------------------------------------------------------------------------ visualization
def _chart_parser(columns: list[str]):
    def parse(obj: dict):
        spec = ChartSpec.model_validate(obj)
        checked = spec.validate_against(columns)
        if checked is False or (isinstance(checked, (list, tuple)) and checked):
            raise ValueError(f"chart names columns that are not in the result: {checked}")
        return checked if isinstance(checked, ChartSpec) else spec

    return parse


def visualization_chain(df: pd.DataFrame, question: str, settings: Settings) -> Runnable:
    """The visualization agent as a runnable (input: the prompt variables)."""
    return agent_chain("visualization", CHART_PROMPT, _chart_parser([str(c) for c in df.columns]),
                       lambda _: choose_chart(df, question), settings)


def visualize_llm(df: pd.DataFrame, question: str, settings: Settings | None = None):
    """A chart chosen by the model, validated against the result's columns; the offline `choose_chart` otherwise."""
    settings = settings or get_settings()
    if df is None or df.empty:
        return choose_chart(df, question)
    return visualization_chain(df, question, settings).invoke(_table_inputs(df, question))


def analyze_and_visualize(df: pd.DataFrame, question: str, settings: Settings | None = None, *,
                          truncated: bool = False):
    """(Insight, ChartSpec), the two agents running CONCURRENTLY: the time of the slower one, not the sum.

    Example (no provider configured: both offline):
        >>> from settings import load_settings
        >>> df = pd.DataFrame({"region": ["West", "East"], "sales": [2.0, 1.0]})
        >>> insight, chart = analyze_and_visualize(df, "sales by region", load_settings({"LLM_ORDER": "offline"}))
        >>> chart.kind
        'bar'
    """
    settings = settings or get_settings()
    both = RunnableParallel(
        insight=RunnableLambda(lambda _: analyze_llm(df, question, settings, truncated=truncated), name="analysis"),
        chart=RunnableLambda(lambda _: visualize_llm(df, question, settings), name="visualization"),
    )
    out = both.invoke({})
    return out["insight"], out["chart"]
