"""Chat models of the configured LLM providers (Groq, Hugging Face, any OpenAI-compatible server).

Everything comes from `settings.get_settings()`: `LLM_ORDER` gives the order, a provider without
credentials / URL is skipped, every client gets `LLM_TIMEOUT_S` and `LLM_MAX_RETRIES`. `call_model` adds a
wall-clock guard on top of the client timeout, so a provider that hangs can never hold a question longer
than the time it was given. A provider that timed out or failed over HTTP is skipped for `COOLDOWN_S` (a
small circuit breaker): the other agents of the same question, and the next questions, do not wait on it again.

No network call happens at construction time: ChatHuggingFace with an `endpoint_url` takes the URL as its
model id (no Hub lookup, no tokenizer download).

Example:
    >>> from settings import load_settings
    >>> s = load_settings({"LLM_ORDER": "groq,openai", "GROQ_API_KEY": "k", "OPENAI_BASE_URL": ""})
    >>> [p.label for p in configured_providers(s)]
    ['groq:openai/gpt-oss-120b']
"""
from __future__ import annotations

import contextvars
import logging
import math
import re
import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from urllib.parse import urlsplit

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from agents import observability
from db.errors import LLMError
from settings import Settings, get_settings

log = logging.getLogger(__name__)

KNOWN_PROVIDERS = ("groq", "huggingface", "openai")


@dataclass(frozen=True)
class ProviderInfo:
    """One usable provider: `name` (groq | huggingface | openai), `model`, `base_url` ("" = the provider's own)."""

    name: str
    model: str
    base_url: str = ""

    @property
    def label(self) -> str:
        """`provider:model`, the engine name shown to users and stored with each answer."""
        return f"{self.name}:{self.model}"


def _safe_url(url: str) -> str:
    """The URL without credentials or query string, for labels and logs."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}".rstrip("/")


def provider_info(name: str, settings: Settings) -> ProviderInfo | None:
    """The provider's model and URL, or None when it lacks credentials / a URL.

    >>> from settings import load_settings
    >>> provider_info("huggingface", load_settings({"HF_ENDPOINT_URL": "http://127.0.0.1:9/", "HF_TOKEN": ""}))
    ProviderInfo(name='huggingface', model='http://127.0.0.1:9', base_url='http://127.0.0.1:9/')
    """
    if name == "groq" and settings.groq_api_key:
        return ProviderInfo("groq", settings.groq_model, settings.groq_api_base)
    if name == "huggingface" and settings.hf_endpoint_url:
        return ProviderInfo("huggingface", _safe_url(settings.hf_endpoint_url), settings.hf_endpoint_url)
    if name == "huggingface" and settings.hf_token and settings.hf_model:
        return ProviderInfo("huggingface", settings.hf_model, "")
    if name == "openai" and settings.openai_base_url and settings.openai_model:
        return ProviderInfo("openai", settings.openai_model, settings.openai_base_url)
    return None


def configured_providers(settings: Settings | None = None) -> list[ProviderInfo]:
    """The usable providers in `LLM_ORDER` (without `offline`, which is always the last link anyway).

    >>> from settings import load_settings
    >>> configured_providers(load_settings({"LLM_ORDER": "groq", "GROQ_API_KEY": ""}))
    []
    """
    settings = settings or get_settings()
    found = []
    for name in settings.providers:
        if name == "offline":
            continue
        if name not in KNOWN_PROVIDERS:
            log.warning("unknown LLM provider %r in LLM_ORDER ignored (known: %s)", name, ", ".join(KNOWN_PROVIDERS))
            continue
        info = provider_info(name, settings)
        if info and info not in found:
            found.append(info)
    return found


def _groq(settings: Settings) -> BaseChatModel:
    from langchain_groq import ChatGroq

    # gpt-oss models reason before answering and their reasoning tokens count against max_tokens: low effort keeps
    # them fast and leaves room for the answer. Other models reject the parameter, so it is sent to gpt-oss only.
    reasoning = {"reasoning_effort": "low"} if "gpt-oss" in settings.groq_model else {}
    return ChatGroq(
        model=settings.groq_model,
        api_key=settings.groq_api_key,
        base_url=settings.groq_api_base or None,
        timeout=settings.llm_timeout_s,
        max_retries=0,  # retries are ours (`call_model`): bounded by the deadline, no background retry
        temperature=0,
        max_tokens=2048,
        **reasoning,
    )


def _huggingface(settings: Settings) -> BaseChatModel:
    from langchain_huggingface import ChatHuggingFace, HuggingFaceEndpoint

    common = dict(
        huggingfacehub_api_token=settings.hf_token or None,
        timeout=max(1, math.ceil(settings.llm_timeout_s)),  # an int field in HuggingFaceEndpoint
        task="text-generation",
        max_new_tokens=512,
        temperature=0.01,  # TGI refuses 0
        do_sample=False,
    )
    if settings.hf_endpoint_url:
        # endpoint_url -> ChatHuggingFace uses it as model id: no Hub lookup, requests go to {url}/v1/chat/completions
        llm = HuggingFaceEndpoint(endpoint_url=settings.hf_endpoint_url, **common)
    else:
        llm = HuggingFaceEndpoint(repo_id=settings.hf_model, **common)
    return ChatHuggingFace(llm=llm)


def _openai(settings: Settings) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.openai_model,
        base_url=settings.openai_base_url,
        api_key=settings.openai_api_key or "not-needed",
        timeout=settings.llm_timeout_s,
        max_retries=0,  # retries are ours (`call_model`): bounded by the deadline, no background retry
        temperature=0,
        max_tokens=1024,
    )


_BUILDERS = {"groq": _groq, "huggingface": _huggingface, "openai": _openai}
_cache: dict[tuple[str, tuple], BaseChatModel] = {}
_CLIENT_FIELDS = {
    "groq": ("groq_api_key", "groq_api_base", "groq_model"),
    "huggingface": ("hf_token", "hf_model", "hf_endpoint_url"),
    "openai": ("openai_base_url", "openai_model", "openai_api_key"),
}


def _client_key(name: str, settings: Settings) -> tuple:
    """The settings a provider's client depends on (other settings changing does not rebuild it)."""
    fields = (*_CLIENT_FIELDS.get(name, ()), "llm_timeout_s")
    return tuple(getattr(settings, f) for f in fields)
_cache_lock = threading.Lock()


def make_chat_model(name: str, settings: Settings | None = None) -> BaseChatModel:
    """The LangChain chat model of provider `name`, with the settings' timeout and bounded retries (cached).

    >>> from settings import load_settings
    >>> m = make_chat_model("openai", load_settings({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "LLM_TIMEOUT_S": "2"}))
    >>> (type(m).__name__, m.request_timeout, m.max_retries)
    ('ChatOpenAI', 2.0, 0)
    """
    settings = settings or get_settings()
    if name not in _BUILDERS:
        raise LLMError(f"unknown LLM provider {name!r}; use one of {', '.join(KNOWN_PROVIDERS)}")
    key = (name, _client_key(name, settings))
    with _cache_lock:
        if key not in _cache:
            _cache[key] = _BUILDERS[name](settings)
        return _cache[key]


def warm_up(settings: Settings | None = None) -> list[str]:
    """Build (and cache) the chat model of every configured provider: imports and TLS setup take ~0.5 s each,
    which should not eat into the first question's LLM time budget. Returns the labels built; never raises.

    >>> from settings import load_settings
    >>> warm_up(load_settings({"LLM_ORDER": "offline"}))
    []
    """
    settings = settings or get_settings()
    built = []
    for info in configured_providers(settings):
        try:
            make_chat_model(info.name, settings)
            built.append(info.label)
        except Exception:  # noqa: BLE001 - a provider that cannot be built fails later, at call time, and falls through
            log.warning("could not build the %s chat model", info.name, exc_info=True)
    return built


def _status_of(exc: BaseException) -> int | None:
    """The HTTP status of a client error (OpenAI/Groq `status_code`, Hugging Face `response.status_code`)."""
    for candidate in (exc, getattr(exc, "__cause__", None)):
        status = getattr(candidate, "status_code", None) or getattr(getattr(candidate, "response", None),
                                                                    "status_code", None)
        if isinstance(status, int):
            return status
    return None


def _retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None) or getattr(getattr(exc, "__cause__", None), "response", None)
    try:
        return float(response.headers.get("retry-after"))
    except (AttributeError, TypeError, ValueError):
        return None


def retry_delay(exc: BaseException, attempt: int, remaining: float) -> float | None:
    """Seconds to wait before retrying a failed call, or None when a retry is pointless or does not fit.

    Connection failures, 429 and 5xx are retried (backoff 0.25 s, 0.5 s, ...; a 429's Retry-After when it
    fits in the time left); other 4xx (bad key, unknown model) and timeouts are not.

    >>> retry_delay(ConnectionError("refused"), 0, remaining=5.0)
    0.25
    >>> retry_delay(TimeoutError("slow"), 0, remaining=5.0) is None
    True
    """
    if observability.classify_error(exc) != "http_error":
        return None
    status = _status_of(exc)
    if status is not None and status != 429 and status < 500:
        return None
    delay = 0.25 * (2 ** attempt)
    if status == 429 and _retry_after(exc) is not None:
        delay = max(delay, _retry_after(exc))
    return delay if delay < remaining - 0.1 else None


# ------------------------------------------------------------------------------------------- circuit breaker
COOLDOWN_S = 30.0  # a provider that timed out or failed over HTTP is skipped this long (the next links answer)
_down_until: dict[tuple[str, str], float] = {}
_health_lock = threading.Lock()


def _health_key(info: ProviderInfo) -> tuple[str, str]:
    return (info.label, info.base_url)


def mark_down(info: ProviderInfo, seconds: float = COOLDOWN_S) -> None:
    """Skip this provider for `seconds`: later agents and questions fall through at once instead of waiting."""
    with _health_lock:
        _down_until[_health_key(info)] = time.monotonic() + seconds
    log.warning("LLM provider %s marked down for %.0f s", info.label, seconds)


def is_down(info: ProviderInfo) -> bool:
    """True while the provider is in its cool-down after a timeout / HTTP failure.

    >>> info = ProviderInfo("openai", "m", "http://127.0.0.1:9/v1"); reset_health(); is_down(info)
    False
    """
    with _health_lock:
        until = _down_until.get(_health_key(info))
        if until is not None and until <= time.monotonic():
            del _down_until[_health_key(info)]
            until = None
    return until is not None


def provider_health() -> dict[str, float]:
    """Seconds of cool-down left per provider label (for the monitoring page)."""
    now = time.monotonic()
    with _health_lock:
        return {label: round(until - now, 1) for (label, _), until in _down_until.items() if until > now}


def reset_health() -> None:
    """Forget every cool-down (tests; the monitoring page's retry button)."""
    with _health_lock:
        _down_until.clear()


def _in_daemon_thread(fn, *args, **kwargs) -> Future:
    """Run `fn` in a daemon thread (with the caller's context variables) and return its future.

    A call abandoned by the wall-clock guard keeps its thread until the client's own timeout ends it; a daemon
    thread never holds up the exit of the process (a CLI run, a test session) meanwhile.
    """
    future: Future = Future()
    context = contextvars.copy_context()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(context.run(fn, *args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
            future.set_exception(exc)

    threading.Thread(target=run, name="llm-call", daemon=True).start()
    return future


def _invoke_once(model, messages, handler, timeout_s: float) -> str:
    future = _in_daemon_thread(model.invoke, messages, config={"callbacks": [handler]})
    try:
        answer = future.result(timeout=max(0.01, timeout_s))
    except FutureTimeout:
        handler.cancel()
        future.cancel()
        raise LLMError(f"{handler.provider} did not answer within {timeout_s:.1f} s", outcome="timeout",
                       given_s=timeout_s) from None
    except Exception as exc:  # the client's own error (HTTP status, connection, timeout): already logged
        raise LLMError(f"{handler.provider} failed: {type(exc).__name__}: {str(exc)[:200]}",
                       outcome=observability.classify_error(exc)) from exc
    content = answer.content if hasattr(answer, "content") else answer
    if isinstance(content, list):  # content blocks
        content = "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return strip_reasoning(str(content or ""))


_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S | re.I)


def strip_reasoning(text: str) -> str:
    """The answer without the `<think>...</think>` block some reasoning models put first (or an unfinished one).

    >>> strip_reasoning("<think>maybe SELECT x?</think>SELECT 1")
    'SELECT 1'
    """
    return _THINK.sub("", text).strip()


def call_model(
    info: ProviderInfo,
    messages: list[BaseMessage],
    *,
    agent: str,
    deadline: float,
    settings: Settings,
    check=None,
) -> str:
    """Ask one provider, giving up at `deadline` (a `time.monotonic()` value) whatever the client does.

    Every call is logged by `observability.LLMCallLogger`; a call cut by the wall clock is logged as `timeout`.
    Raises `LLMError` (with `details["outcome"]`) on timeout, HTTP/connection failure or no time left.

    Example:
        >>> from settings import load_settings
        >>> s = load_settings({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})
        >>> call_model(configured_providers(s.replace(llm_order="openai"))[0], [], agent="sql",
        ...            deadline=time.monotonic() - 1, settings=s)
        Traceback (most recent call last):
        db.errors.LLMError: no time left for openai
    """
    if is_down(info):
        observability.record_skip(info.name)
        raise LLMError(f"{info.label} is skipped: it failed less than {COOLDOWN_S:.0f} s ago", outcome="skipped")
    model = make_chat_model(info.name, settings)
    try:
        return _call_with_retries(model, info, messages, agent=agent, deadline=deadline, settings=settings,
                                  check=check)
    except LLMError as exc:
        if _is_provider_fault(exc, settings):
            mark_down(info)
        raise


def _is_provider_fault(exc: LLMError, settings: Settings) -> bool:
    """HTTP/connection failures, and timeouts of calls that had a fair share of the budget (a call cut because
    earlier steps used most of the time says nothing about the provider)."""
    outcome = exc.details.get("outcome")
    if outcome == "http_error":
        return True
    return outcome == "timeout" and exc.details.get("given_s", settings.llm_timeout_s) >= 0.5 * settings.llm_timeout_s


def _call_with_retries(model, info: ProviderInfo, messages, *, agent: str, deadline: float, settings: Settings,
                       check) -> str:
    """Up to 1 + LLM_MAX_RETRIES calls, all inside the deadline (the clients themselves never retry)."""
    last: LLMError | None = None
    attempts = 1 + max(0, settings.llm_max_retries)
    for attempt in range(attempts):
        remaining = deadline - time.monotonic()
        if remaining <= 0.05:
            break
        handler = observability.LLMCallLogger(agent=agent, provider=info.name, model=info.model, check=check)
        started = time.perf_counter()
        try:
            return _invoke_once(model, messages, handler, remaining)
        except LLMError as exc:
            if exc.details.get("outcome") == "timeout" and handler.cancelled:
                observability.record_llm_call(agent=agent, provider=info.name, model=info.model,
                                              latency_ms=(time.perf_counter() - started) * 1000,
                                              outcome="timeout", error=exc.message)
            last = exc
            if attempt == attempts - 1:
                break
            cause = exc.__cause__ or TimeoutError(exc.message)
            delay = retry_delay(cause, attempt, deadline - time.monotonic())
            if delay is None:
                break
            time.sleep(delay)
    raise last or LLMError(f"no time left for {info.name}", outcome="no_time")
