"""Per-client rate limit: one token bucket per client IP (capacity = the per-minute rate, refilled continuously).

Example:
    >>> clock = iter([0.0, 0.0, 0.0]).__next__
    >>> limiter = TokenBucketLimiter(per_minute=2, clock=clock)
    >>> limiter.acquire("10.0.0.1"), limiter.acquire("10.0.0.1"), limiter.acquire("10.0.0.1") > 0
    (0.0, 0.0, True)
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict

MAX_CLIENTS = 100_000  # buckets kept at most (least recently seen forgotten first)


class TokenBucketLimiter:
    """Thread-safe token buckets keyed by client. `per_minute <= 0` switches the limit off."""

    def __init__(self, per_minute: int, *, clock=time.monotonic, max_clients: int = MAX_CLIENTS):
        self.capacity = float(per_minute)
        self.rate = float(per_minute) / 60.0  # tokens per second
        self._clock = clock
        self._max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client -> (tokens, last time)
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.capacity > 0

    def acquire(self, client: str) -> float:
        """Take one token for `client`: 0.0 when allowed, else the seconds to wait before retrying."""
        if not self.enabled:
            return 0.0
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.pop(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.rate
            self._buckets[client] = (tokens, now)
            if len(self._buckets) > self._max_clients:
                self._buckets.popitem(last=False)
            return wait
