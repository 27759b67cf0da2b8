"""What every simulated service has: its spec, its error shape, its handlers, its rate limit."""

from __future__ import annotations

import datetime
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._spec import Operation, Spec


@dataclass
class Call:
    """One request, checked against the spec: what a handler gets."""

    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    content_type: str | None
    principal: str
    scope: str | None = None
    """The account (Sakari) or location (HighLevel) the caller's token is limited to; ``None``: any."""


@dataclass(frozen=True)
class Identity:
    """Who is calling: ``name`` for stamps, ``scope`` the account or location the token belongs to."""

    name: str
    scope: str | None = None


@dataclass
class Answer:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class ServiceError(Exception):
    """Raised by a handler to answer with the service's error body."""

    def __init__(self, status: int, message: str | list[str], code: str | None = None, **extra: Any) -> None:
        super().__init__(str(message))
        self.status = status
        self.message = message
        self.code = code
        self.extra = extra


Handler = Callable[[Call], Answer]
MAX_RATE_LIMIT_INTERVAL = 86_400.0
"""A day: the longest rate-limit window either service has."""


@dataclass(frozen=True)
class RateLimit:
    """``limit`` requests per ``interval`` seconds for each caller (a fixed window)."""

    limit: int
    interval: float

    def __post_init__(self) -> None:
        if isinstance(self.limit, bool) or not isinstance(self.limit, int) or self.limit < 1:
            raise ValueError(f"a rate limit needs a whole count of 1 or more, not {self.limit!r}")
        if not isinstance(self.interval, int | float) or not 0 < self.interval <= MAX_RATE_LIMIT_INTERVAL:
            raise ValueError(
                f"a rate limit needs an interval above 0 and at most {MAX_RATE_LIMIT_INTERVAL:g} seconds, "
                f"not {self.interval!r}"
            )

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """``"100/10"``: 100 requests per 10 seconds."""
        count, _, seconds = text.partition("/")
        try:
            return cls(int(count), float(seconds))
        except ValueError as error:
            raise ValueError(f"a rate limit is written COUNT/SECONDS, such as 100/10, not {text!r}: {error}") from None


class DailyLimitSpent(Exception):
    """The caller's calls for the day are spent: the answer is a 429 with these headers."""

    def __init__(self, headers: dict[str, str], reset_in: float) -> None:
        super().__init__("daily limit spent")
        self.headers = headers
        self.reset_in = reset_in


class RateLimiter:
    """Fixed windows per caller; tells how many calls are left and when the window ends."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, limit: RateLimit) -> tuple[bool, int, float]:
        """Count a call: (allowed, calls left in the window, seconds until it ends)."""
        now = self._clock()
        with self._lock:
            started, used = self._windows.get(key, (now, 0))
            if now - started >= limit.interval:
                started, used = now, 0
            allowed = used < limit.limit
            if allowed:
                used += 1
            self._windows[key] = (started, used)
        return allowed, max(limit.limit - used, 0), started + limit.interval - now

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()


def retry_after_seconds(remaining: float) -> str:
    return str(max(1, math.ceil(remaining)))


def digits(number: object) -> str:
    """The digits of a phone number as written, which is how both services match numbers."""
    return "".join(character for character in str(number or "") if character.isdigit())


def utc_now() -> str:
    """Now, as both services write it: RFC 3339 with milliseconds and ``Z``."""
    now = datetime.datetime.now(datetime.UTC)
    return now.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Service:
    """Base of a simulated service; subclasses fill in the handlers and the service's conventions."""

    name: str
    spec: Spec
    default_rate_limit: RateLimit | None = None

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.handlers: dict[str, Handler] = {}

    def check_handlers(self) -> None:
        missing = {operation.operation_id for operation in self.spec.operations} - set(self.handlers)
        if missing:
            raise RuntimeError(f"{self.name}: no sandbox handler for {sorted(missing)}")

    def authenticate(self, operation: Operation, headers: dict[str, str]) -> Identity:
        """The caller's identity; raise ServiceError(401) when the credentials are not valid."""
        raise NotImplementedError

    def authorize(self, call: Call) -> None:
        """Raise ServiceError(403) when the caller's token does not reach what the call names."""

    def spec_for(self, headers: dict[str, str]) -> Spec:
        """The description a request is served by (a service with API versions picks the one it asks for)."""
        return self.spec

    def check_headers(self, operation: Operation, headers: dict[str, str]) -> None:
        """Header checks beyond the schema (HighLevel's Version)."""

    def error_body(self, status: int, message: str | list[str], code: str | None, extra: dict[str, Any]) -> Any:
        raise NotImplementedError

    def invalid(self, messages: list[str], operation: Operation) -> ServiceError:
        """The error for a request that breaks the spec: 422, or 400 where the operation documents no 422."""
        status = 422 if "422" in operation.responses or "4XX" in operation.responses else 400
        return ServiceError(status, messages if len(messages) > 1 else messages[0], "VALIDATION")

    def rate_limit_headers(self, limit: RateLimit, remaining: int, caller: str = "") -> dict[str, str]:
        """Headers announcing the caller's limits (``caller`` keys per-caller counts such as a daily one)."""
        return {}

    def reset(self) -> None:
        raise NotImplementedError
