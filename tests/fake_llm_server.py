"""A stand-in OpenAI-compatible chat server for tests and the bench: no real provider is ever called.

It answers `POST .../chat/completions` on any prefix, which covers ChatOpenAI (`{base}/chat/completions`),
ChatGroq with a custom base URL (`/openai/v1/chat/completions`) and ChatHuggingFace over
`HuggingFaceEndpoint(endpoint_url=...)` (`{endpoint_url}/v1/chat/completions`). Behaviour is scripted:

    server = FakeLLMServer().start()
    server.script(Action.text("SELECT 1"), Action.status(500))   # one action per request, in order
    server.default = Action.text("SELECT 2", delay=0.3)            # once the script is used up
    server.responder = lambda request: Action.text(...)             # or decide from the request itself
    ...
    server.requests    # every request received: path, body (JSON), headers, time
    server.stop()

Actions: `text` (an answer, optional delay), `status` (429/500/... with a JSON error body), `garbage`
(a 200 whose body is not JSON), `hang` (never answers until the server stops), `close` (drops the connection
without a response). A refused connection is simply `unused_port()`: nothing listens there.

Example:
    >>> s = FakeLLMServer().start(); s.default = Action.text("hi")
    >>> import httpx; httpx.post(s.url + "/v1/chat/completions", json={"messages": []}).json()["choices"][0]["message"]
    {'role': 'assistant', 'content': 'hi'}
    >>> s.stop()
"""
from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Action:
    """What the server does with one request."""

    kind: str  # text | status | garbage | hang | close
    content: str = ""
    code: int = 200
    delay: float = 0.0
    headers: dict = field(default_factory=dict)

    @classmethod
    def text(cls, content: str, delay: float = 0.0) -> Action:
        return cls("text", content=content, delay=delay)

    @classmethod
    def json(cls, obj, delay: float = 0.0) -> Action:
        return cls("text", content=json.dumps(obj), delay=delay)

    @classmethod
    def status(cls, code: int, delay: float = 0.0, retry_after: float | None = None) -> Action:
        headers = {"retry-after": str(retry_after)} if retry_after is not None else {}
        return cls("status", code=code, delay=delay, headers=headers)

    @classmethod
    def garbage(cls, delay: float = 0.0) -> Action:
        return cls("garbage", delay=delay)

    @classmethod
    def hang(cls) -> Action:
        return cls("hang")

    @classmethod
    def close(cls) -> Action:
        return cls("close")


@dataclass
class Request:
    path: str
    body: dict
    headers: dict
    at: float

    @property
    def prompt(self) -> str:
        """All message contents, joined (to decide an answer from the prompt)."""
        parts = []
        for m in self.body.get("messages", []):
            content = m.get("content")
            parts.append(content if isinstance(content, str) else json.dumps(content))
        return "\n".join(parts)


def unused_port() -> int:
    """A local port with nothing listening (connections to it are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_abandoned_calls(max_s: float = 5.0) -> None:
    """Wait until the LLM calls abandoned by the wall-clock guard (threads named `llm-call`) have ended: their
    clients may still retry, and those late requests must not land in the next test's `requests`."""
    import threading

    end = time.monotonic() + max_s
    while time.monotonic() < end and any(t.name == "llm-call" and t.is_alive() for t in threading.enumerate()):
        time.sleep(0.02)


def completion_body(content: str, model: str = "fake-model") -> dict:
    """An OpenAI chat.completion response carrying `content`, with token usage."""
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop",
                     "logprobs": None}],
        "usage": {"prompt_tokens": 100, "completion_tokens": max(1, len(content) // 4),
                  "total_tokens": 100 + max(1, len(content) // 4)},
        "system_fingerprint": "fake",
    }


# Markers of the system prompts of agents/prompts.py: which agent sent a request.
_AGENT_MARKERS = (
    ("sql", "translate questions about a database"),
    ("rewriter", "rewrite a follow-up question"),
    ("analysis", "short insight"),
    ("visualization", "choose a chart"),
)


def agent_of(request: Request) -> str:
    """Which agent a request comes from (sql, rewriter, analysis, visualization), from its system prompt."""
    prompt = request.prompt
    for agent, marker in _AGENT_MARKERS:
        if marker in prompt:
            return agent
    return "unknown"


def by_agent(**actions: Action | Callable[[Request], Action]) -> Callable[[Request], Action | None]:
    """A responder answering each agent with its own action (or a function of the request).

    >>> responder = by_agent(sql=Action.text("SELECT 1"))
    >>> responder(Request("/v1/chat/completions", {"messages": [{"content": "You translate questions about a "
    ...           "database into SQL"}]}, {}, 0.0)).content
    'SELECT 1'
    """
    def respond(request: Request) -> Action | None:
        action = actions.get(agent_of(request))
        return action(request) if callable(action) else action

    return respond


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # /health, /v1/models: enough for clients that probe
        self._send(200, json.dumps({"object": "list", "data": [{"id": "fake-model", "object": "model"}]}))

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"raw": raw.decode("utf-8", "replace")}
        request = Request(self.path, body, dict(self.headers), time.time())
        owner = self.server.owner
        owner._record(request)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, json.dumps({"error": {"message": f"no route {self.path}"}}))
            return
        action = owner._next_action(request)
        if action.delay and owner._stopped.wait(action.delay):
            return
        self._act(action, body)

    def _act(self, action: Action, body: dict) -> None:
        if action.kind == "hang":
            owner = self.server.owner
            released = owner._released
            deadline = time.monotonic() + 120
            while not released.is_set() and not owner._stopped.is_set() and time.monotonic() < deadline:
                released.wait(0.05)
            return
        if action.kind == "close":
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        if action.kind == "status":
            message = {429: "rate limit reached", 500: "internal error", 503: "overloaded"}.get(action.code, "error")
            payload = {"error": {"message": message, "type": "fake_error", "code": str(action.code)}}
            self._send(action.code, json.dumps(payload), action.headers)
            return
        if action.kind == "garbage":
            self._send(200, "{this is not json")
            return
        self._send(200, json.dumps(completion_body(action.content, body.get("model") or "fake-model")))

    def _send(self, code: int, text: str, headers: dict | None = None) -> None:
        data = text.encode()
        try:
            self.send_response(code)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client gave up (timeout): nothing to do
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: FakeLLMServer


class FakeLLMServer:
    """The scripted server (see the module docstring). `url` is `http://127.0.0.1:<port>`."""

    def __init__(self) -> None:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._lock = threading.Lock()
        self._script: deque[Action] = deque()
        self._stopped = threading.Event()
        self._released = threading.Event()
        self.default: Action = Action.text("SELECT 1")
        self.responder: Callable[[Request], Action | None] | None = None
        self.requests: list[Request] = []
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeLLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def script(self, *actions: Action) -> FakeLLMServer:
        """Answer the next requests with these actions, in order (then `responder`, then `default`)."""
        with self._lock:
            self._script.extend(actions)
        return self

    def release(self) -> None:
        """End every hanging request now (the connection closes without an answer); later hangs hang again."""
        released, self._released = self._released, threading.Event()
        released.set()

    def reset(self) -> None:
        """Forget the script, the responder and the recorded requests; release hanging requests first."""
        self.release()
        self.default = Action.text("SELECT 1")
        wait_for_abandoned_calls()
        with self._lock:
            self._script.clear()
            self.requests.clear()
        self.responder = None

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def _next_action(self, request: Request) -> Action:
        with self._lock:
            if self._script:
                return self._script.popleft()
        if self.responder is not None:
            action = self.responder(request)
            if action is not None:
                return action
        return self.default

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
