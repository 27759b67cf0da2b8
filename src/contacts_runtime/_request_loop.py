"""What one call does next, decided without doing any I/O: the request loop's rules, written once.

The sync and the async client's ``send`` are thin loops around a ``CallPlan`` (the sans-I/O style of
h11 and httpcore): they sleep, fetch the token, send and read, and tell the plan what happened; the
plan answers with a decision value. This module imports neither httpx, asyncio nor threading, so one
scripted sequence of answers gives the same decisions through either loop.

Per attempt the shell asks ``pace()`` until it says ``SEND`` (each ``Wait`` it gets, it sleeps), sends,
then reports ``answered(status, headers)`` or ``failed(kind)``; the plan says:

- ``RETURN``: give the answer to the caller (``RETURN_WAIT_REFUSED`` when a retry was due but the
  service asked to wait longer than ``max_wait``);
- ``RENEW``: a 401 to a token the auth can renew: invalidate it and send again at once (once a call);
- ``Retry(wait, attempt)``: sleep ``wait`` seconds, then send again;
- ``RAISE``: the transport failure surfaces as the call's connection error.

The rules themselves are the ``_base_client`` module docstring's; randomness (the jitter) and the wall
clock (for an HTTP-date ``Retry-After``) come from ``RetryRules``, so tests can fix them.
"""

from __future__ import annotations

import email.utils
import enum
import math
import random
import time
from collections.abc import Callable, Mapping
from typing import Final, Protocol

import attrs

__all__ = [
    "DEFAULT_MAX_WAIT",
    "RAISE",
    "RENEW",
    "RETURN",
    "RETURN_WAIT_REFUSED",
    "SEND",
    "CallPlan",
    "Decision",
    "Failure",
    "Pacing",
    "Raise",
    "Renew",
    "Retry",
    "RetryRules",
    "Return",
    "Send",
    "Wait",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
DEFAULT_MAX_WAIT = 60.0


class Failure(enum.Enum):
    """What a call that got no answer may have done, as the shell reads its transport's exception."""

    NOT_SENT = "not sent"
    """The connection failed before the request went out: the service cannot have acted on it."""
    TIMED_OUT = "timed out"
    """Sent, then no answer in time: the service may have acted on it."""
    MAY_HAVE_BEEN_SENT = "may have been sent"
    """The connection broke (a reset, a protocol error) once the request may have gone out."""
    PERMANENT = "permanent"
    """A failure that sending again cannot mend (a redirect loop, an undecodable answer)."""


@attrs.frozen
class Send:
    """Send the request now: the pacer has counted it."""


@attrs.frozen
class Wait:
    """Sleep this long, then ask the plan again before sending (the pacer's wait)."""

    seconds: float


@attrs.frozen
class Renew:
    """The token sent was refused: invalidate it, get another and send again at once."""


@attrs.frozen
class Retry:
    """Sleep ``wait`` seconds, then send again; this is retry number ``attempt``."""

    wait: float
    attempt: int


@attrs.frozen
class Return:
    """Give this answer to the caller; ``wait_refused`` when a retry was due but asked too long a wait."""

    wait_refused: bool = False


@attrs.frozen
class Raise:
    """Surface the transport failure as the call's connection error."""


Decision = Send | Wait | Renew | Retry | Return | Raise

# The decisions that carry nothing are single values: the common path allocates none.
SEND: Final = Send()
RENEW: Final = Renew()
RETURN: Final = Return()
RETURN_WAIT_REFUSED: Final = Return(wait_refused=True)
RAISE: Final = Raise()


class Pacing(Protocol):
    """The rate-limit pacer a client shares between its calls (``_base_client.Pacer``)."""

    def reserve(self, *, force: bool = False) -> tuple[float, int]: ...

    def observe(self, headers: Mapping[str, str], window: int, succeeded: bool = True) -> None: ...

    def abandon(self) -> None: ...


@attrs.frozen
class RetryRules:
    """A client's retry settings, and the randomness and clock its waits depend on."""

    max_retries: int
    max_wait: float = DEFAULT_MAX_WAIT
    random: Callable[[], float] = random.random
    clock: Callable[[], float] = time.time

    def delay(self, attempt: int, headers: Mapping[str, str] | None) -> float | None:
        """Seconds to wait before retry number ``attempt + 1``: what the service asks for, else backoff.

        ``None`` when the service asks for more than ``max_wait``: retrying sooner would be refused again.
        ``headers`` are looked up by lower-case name (``httpx.Headers`` ignores case).
        """
        if headers is not None:
            asked = self.asked_wait(headers)
            if asked is not None and math.isfinite(asked) and asked >= 0:
                return asked if asked <= self.max_wait else None
        backoff = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return min(backoff * (1 - 0.25 * self.random()), self.max_wait)

    def asked_wait(self, headers: Mapping[str, str]) -> float | None:
        """The seconds ``retry-after-ms`` or ``retry-after`` (seconds or an HTTP date) ask for, if readable."""
        milliseconds = headers.get("retry-after-ms")
        if milliseconds is not None:
            try:
                return float(milliseconds) / 1000
            except ValueError:
                pass
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return float(value)
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(value)
            return when.timestamp() - self.clock()
        except (TypeError, ValueError, OverflowError):
            return None


def status_is_retryable(status_code: int, idempotent: bool) -> bool:
    """A 429 is refused before acting, so it is resent whatever the request; the rest only if idempotent."""
    if status_code == 429:
        return True
    return idempotent and (status_code in (408, 409) or status_code >= 500)


def failure_is_retryable(failure: Failure, idempotent: bool) -> bool:
    """A request that cannot have been sent is resent whatever it is; one that may have been, only if idempotent."""
    if failure is Failure.NOT_SENT:
        return True
    return idempotent and failure is not Failure.PERMANENT


class CallPlan:
    """The decisions of one call, from its first attempt to its answer or error.

    ``renewable``: a token is sent and the auth can renew it (a 401 is then renewed once). ``pacer``
    is the client's, shared with its other calls, or ``None`` when the service announces no limit.
    """

    __slots__ = ("_attempt", "_idempotent", "_pacer", "_renewable", "_rules", "_waited", "_window")

    def __init__(self, rules: RetryRules, idempotent: bool, renewable: bool, pacer: Pacing | None) -> None:
        self._rules = rules
        self._idempotent = idempotent
        self._renewable = renewable
        self._pacer = pacer
        self._attempt = 0
        self._waited = 0.0
        self._window = 0

    @property
    def attempt(self) -> int:
        """How many retries have been decided so far (a renewal is not one)."""
        return self._attempt

    def pace(self) -> Send | Wait:
        """``SEND`` once the pacer lets this attempt go, else how long to wait before asking again.

        The pacer's waits of one attempt add up to ``max_wait`` at most: after that the call goes
        anyway (``DailyLimitError``, from the pacer, when the day's calls are spent).
        """
        pacer = self._pacer
        if pacer is None:
            return SEND
        max_wait = self._rules.max_wait
        pause, window = pacer.reserve(force=self._waited >= max_wait)
        if pause > 0:
            wait = min(pause, max_wait - self._waited)
            self._waited += wait
            return Wait(wait)
        self._window, self._waited = window, 0.0
        return SEND

    def answered(self, status_code: int, headers: Mapping[str, str]) -> Renew | Retry | Return:
        """What to do with an answer of ``status_code``."""
        if self._pacer is not None:
            self._pacer.observe(headers, self._window, 200 <= status_code < 300)
        if status_code == 401 and self._renewable:
            self._renewable = False
            return RENEW
        rules = self._rules
        if self._attempt >= rules.max_retries or not status_is_retryable(status_code, self._idempotent):
            return RETURN
        wait = rules.delay(self._attempt, headers)
        if wait is None:
            return RETURN_WAIT_REFUSED
        self._attempt += 1
        return Retry(wait, self._attempt)

    def failed(self, failure: Failure | None) -> Retry | Raise:
        """What to do when sending raised: ``failure`` as the shell classified it, ``None`` for an
        interruption (a cancellation, an exception of the caller's own), which always surfaces."""
        if self._pacer is not None:
            self._pacer.abandon()  # a cancelled or interrupted call must not hold its slot for ever
        if failure is None or self._attempt >= self._rules.max_retries:
            return RAISE
        if not failure_is_retryable(failure, self._idempotent):
            return RAISE
        wait = self._rules.delay(self._attempt, None)
        self._attempt += 1
        return Retry(wait or 0.0, self._attempt)
