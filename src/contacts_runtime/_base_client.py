"""The transport every client shares: settings, retries, authentication, rate-limit pacing, errors, logs.

Retries: connection errors, timeouts, 408, 409, 429 and 5xx answers are retried up to ``max_retries``
times with exponential backoff and jitter, honouring ``Retry-After``/``retry-after-ms``. Every wait
(a backoff, a ``Retry-After``, the pacer's) is capped by ``max_wait`` (60 s by default): when the
service asks for a longer wait, its error answer (a ``RateLimitError`` for a 429) is raised at once.
A request that is not idempotent (a POST that creates or sends) is retried only when the service
cannot have acted on it: the connection failed before the request was sent, or the service answered
429. A timeout or a reset after sending, or a 5xx, surfaces instead, so a create is never duplicated.

These rules are decided in one place, ``_request_loop.CallPlan`` (pure, no I/O); the ``send`` of each
client here is a thin loop that sleeps, gets the token, sends and logs as the plan says.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import math
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar, cast
from urllib.parse import urlsplit

import httpx

from . import errors
from ._arguments import ArgumentError
from ._config import ServiceConfig
from ._drift import DriftLog, parsing
from ._pagination import AsyncPage, AsyncPaginator, Paging, SyncPage
from ._request import NO_BODY, Request, RequestOptions, merged_headers
from ._request_loop import (
    DEFAULT_MAX_WAIT,
    RENEW,
    RETURN,
    CallPlan,
    Failure,
    Raise,
    Renew,
    Retry,
    RetryRules,
    Return,
    Wait,
)
from ._response import RawResponse, raw_response_requested
from .types import UNSET, Unset

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_WAIT",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Auth",
    "Pacer",
    "SyncAPIClient",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# Rate-limit headers outside these bounds are not believed (a limit of 0 would stop the client for good).
MAX_PLAUSIBLE_LIMIT = 10_000_000
MAX_PLAUSIBLE_INTERVAL_MS = 24 * 3600 * 1000
# Once the daily limit is spent, one call is let through this often to learn whether the day has turned.
DAILY_PROBE_INTERVAL = 60.0
# Without TCP_NODELAY a request body written after its headers waits for the peer's delayed ACK (~40 ms).
NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
# Characters that would end a header line early (every call checks its headers: one scan in C).
_UNSAFE_HEADER_VALUE = re.compile("[\r\n\x00]")
_OAUTH_ERROR_CODE = re.compile("[a-z_]{1,40}")
# Failures after which the service cannot have seen the request.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)

T = TypeVar("T")
ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
_BodyT = TypeVar("_BodyT")

Parser = Callable[[httpx.Response], object]


def setup_logging(config: ServiceConfig) -> None:
    """Log to stderr when ``<PREFIX>_LOG`` is ``debug`` or ``info``; header values are never logged.

    Otherwise the package's logger keeps only the ``NullHandler`` its ``__init__`` gave it (as the
    logging HOWTO asks of a library): its records reach the handlers a user configures, and without
    any, Python's last-resort handler does not print them.
    """
    log = logging.getLogger(config.package)
    level = os.environ.get(config.env("log"), "").lower()
    configured = any(not isinstance(handler, logging.NullHandler) for handler in log.handlers)
    if level not in ("debug", "info") or configured:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


class Auth(Protocol):
    """Supplies the bearer token of each request."""

    refreshable: bool

    def sync_token(self, client: SyncAPIClient) -> str: ...

    async def async_token(self, client: AsyncAPIClient) -> str: ...

    def invalidate(self, token: str) -> bool:
        """``token`` was refused: renew it before the next call; ``False`` when renewing cannot help
        (the token was itself got because its predecessor was refused, or it cannot be renewed)."""
        ...

    def refused(self, error: errors.APIStatusError) -> errors.APIStatusError:
        """The error a 401 that renewing could not cure surfaces as: ``error`` itself, unless the auth
        knows what the refusal means (a location token refused: the app was uninstalled there)."""
        ...

    def shares_secret_with(self, other: object) -> bool:
        """Whether ``other`` holds one of this auth's secrets (a copy for another host must not)."""
        ...

    def secrets(self) -> tuple[str, ...]:
        """What must never appear in an error's message: the credentials and tokens it holds."""
        ...

    def secret_destinations(self) -> tuple[str, ...]:
        """The URLs, other than the client's base URL, this auth posts its secrets to (a token endpoint)."""
        ...


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "; ".join(value)
    return None


_RENEWED_AND_REFUSED = (
    "a renewed token was refused too: the likely causes are a scope the token lacks, an app not installed "
    "for this location or account, or revoked credentials"
)


def scrubbed(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` (the service's words) without the client's own secrets: a token endpoint that echoes the
    request would otherwise put the client secret in ``str(error)``."""
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, "<redacted>")
    return text


def status_error(
    response: httpx.Response, body: object, hint: str | None = None, secrets: tuple[str, ...] = ()
) -> errors.APIStatusError:
    """The typed error for an answer that is not a success.

    ``body`` is the error body parsed with the model the service's table of error bodies gives its
    status, or ``None`` when it does not match one; the JSON is read for the message and code either
    way, whichever of the services' error shapes it has (``{"error": {"code", "message"}}`` or
    ``{"message", "error"}``).
    """
    try:
        data = response.json()
    except (ValueError, RecursionError):
        data = None
    message: str | None = None
    code: str | None = None
    if isinstance(data, dict):
        detail = data.get("error")
        if isinstance(detail, dict):
            message, code = _text(detail.get("message")), _text(detail.get("code"))
        else:
            message = _text(data.get("message")) or _text(data.get("error_description"))
            if isinstance(detail, str) and _OAUTH_ERROR_CODE.fullmatch(detail):
                code = detail  # RFC 6749's form: {"error": "invalid_grant", "error_description": ...}
    text = f"Error code: {response.status_code}"
    if message:
        text += f" - {message}"
    elif response.reason_phrase:
        text += f" - {response.reason_phrase}"
    if hint:
        text += f" ({hint})"
    error_class = errors.status_error_class(response.status_code, code)
    if secrets:
        text = scrubbed(text, secrets)
        code = None if code is None else scrubbed(code, secrets)
    return error_class(text, response=response, body=body if body is not None else data, code=code)


class Pacer:
    """Keeps calls within the rate limit the service announces in its answer headers.

    It learns the limit and its window from the answers and counts the calls it lets through; once a
    window's calls are spent, the next wait until that window has surely ended (it began before its
    first answer arrived, so it ends at the latest one interval after that). A call may land in the
    service's next window instead (it was still in flight when the window turned, or was sent in the
    window's last tenth): the next window starts with those counted.

    Until the first answer has come, one call at a time goes: a burst of concurrent calls would
    overshoot a limit not yet known. Header values that cannot be right (a limit of 0 or less, more
    remaining than the limit, an interval of 0 or over a day, not numbers) are ignored, and logged once.

    A daily limit (``daily_remaining``, when the service announces one) is counted too: the lowest
    count of calls left today that an answer gave, less the calls still in flight, is what may go.
    When that is spent but some calls in flight may already be in the count (answers overtake each
    other), the next call waits for their answers; when the count itself is spent, a call raises
    ``DailyLimitError`` without being sent, as a call sent then would only be refused. Every
    ``DAILY_PROBE_INTERVAL`` seconds one call goes anyway, to learn whether the service's day has turned;
    a successful answer to it ends the pause, with or without the daily headers.
    """

    def __init__(
        self,
        limit: str,
        remaining: str,
        interval_ms: str,
        clock: Callable[[], float] = time.monotonic,
        *,
        daily_limit: str | None = None,
        daily_remaining: str | None = None,
    ) -> None:
        self._headers = (limit, remaining, interval_ms)
        self._daily_headers = (daily_limit, daily_remaining)
        self.daily_limit: int | None = None
        self._daily_low: int | None = None
        self._daily_probe_at = 0.0
        self._daily_probing = False
        self._clock = clock
        self._lock = threading.Lock()
        self.limit: int | None = None
        self.interval: float | None = None
        self._window = 0
        self._window_started: float | None = None
        self._window_end: float | None = None
        self._used = 0
        self._late = 0
        self._in_flight = 0
        self._answered = False
        self._warned = False

    def reserve(self, *, force: bool = False) -> tuple[float, int]:
        """(0, window) to send now, counted in that window; else (seconds to wait before asking again, window).

        ``force`` lets the call through whatever the count (its caller has waited long enough).
        """
        with self._lock:
            now = self._clock()
            if self._window_end is not None and now >= self._window_end:
                self._window, self._window_started, self._window_end = self._window + 1, None, None
                self._used, self._late = self._in_flight + self._late, 0
            pause = self._daily_pause(now, force)
            if pause is not None:
                return pause, self._window
            if not force:
                if not self._answered and self._in_flight > 0:
                    return 0.005, self._window
                if self.limit is not None and self._used >= self.limit:
                    return (self._window_end - now if self._window_end is not None else 0.005), self._window
            if self._window_started is None:
                self._window_started = now
            elif self.interval is not None and now >= self._window_started + 0.9 * self.interval:
                self._late += 1
            self._used += 1
            self._in_flight += 1
            return 0.0, self._window

    def _daily_figures(self, headers: Mapping[str, str]) -> tuple[int, int | None] | None:
        """(calls left today, the daily limit if sent) from an answer's headers; ``None`` if absent or implausible."""
        limit_name, remaining_name = self._daily_headers
        if remaining_name is None or (text := headers.get(remaining_name)) is None:
            return None
        limit_text = headers.get(limit_name) if limit_name is not None else None
        try:
            remaining = int(text)
            limit = int(limit_text) if limit_text is not None else None
        except ValueError:
            return None
        if not 0 <= remaining <= (limit if limit is not None else MAX_PLAUSIBLE_LIMIT) <= MAX_PLAUSIBLE_LIMIT:
            return None
        return remaining, limit

    def _daily_pause(self, now: float, force: bool) -> float | None:
        """``None`` if the daily limit lets a call go now, else seconds to wait; ``DailyLimitError`` if spent."""
        low = self._daily_low
        if low is None or low - self._in_flight > 0:
            return None
        if low > 0 and self._in_flight > 0 and not force:
            return 0.005  # the answers on their way say whether their calls were already counted
        if self._daily_probing or now < self._daily_probe_at:
            raise self._daily_error()
        self._daily_probe_at = now + DAILY_PROBE_INTERVAL
        self._daily_probing = True
        return None

    def _daily_error(self) -> errors.DailyLimitError:
        limit = "" if self.daily_limit is None else f" of {self.daily_limit} calls"
        return errors.DailyLimitError(
            f"the service's daily limit{limit} is spent ({self._daily_headers[1]} said so): this call was not "
            "sent; send it again once the service's day has turned",
            limit=self.daily_limit,
        )

    def _observe_daily(self, headers: Mapping[str, str], succeeded: bool) -> None:
        figures = self._daily_figures(headers)
        if figures is None:
            if succeeded and self._daily_low is not None and self._daily_low <= 0:
                # The service did what a spent day would have refused (another endpoint, a proxy that
                # drops the headers, a day that turned): the pause ends instead of lasting for ever.
                self._daily_low = None
            self._daily_probing = False  # an answer that says nothing of the day: probe again later
            return
        remaining, limit = figures
        self.daily_limit = limit
        # Each answer counts every call the service took before it, so the lowest count is the truest,
        # except in answer to a probe: the service's day may have turned since.
        if self._daily_low is None or self._daily_probing:
            self._daily_low, self._daily_probing = remaining, False
        else:
            self._daily_low = min(self._daily_low, remaining)
        if self._daily_low <= 0 and self._daily_probe_at <= self._clock():
            self._daily_probe_at = self._clock() + DAILY_PROBE_INTERVAL

    def abandon(self) -> None:
        """A call let through got no answer."""
        with self._lock:
            self._in_flight -= 1
            self._answered = True
            self._daily_probing = False  # a probe without an answer: the next one goes after the interval

    def observe(self, headers: Mapping[str, str], window: int, succeeded: bool = True) -> None:
        """An answer to a call let through in ``window`` (``succeeded``: its status was a 2xx)."""
        with self._lock:
            self._in_flight -= 1
            self._answered = True
            self._observe_daily(headers, succeeded)
            values = [headers.get(name) for name in self._headers]
            if all(value is None for value in values):
                return
            try:
                limit, remaining, interval_ms = (int(value or "") for value in values)
            except (TypeError, ValueError):
                limit = remaining = interval_ms = -1
            if not (
                0 < limit <= MAX_PLAUSIBLE_LIMIT
                and 0 <= remaining <= limit
                and 0 < interval_ms <= MAX_PLAUSIBLE_INTERVAL_MS
            ):
                if not self._warned:
                    self._warned = True
                    logging.getLogger(__name__).warning(
                        "Ignoring implausible rate-limit headers %s: pacing without them", ", ".join(self._headers)
                    )
                return
            self.limit, self.interval = limit, interval_ms / 1000
            if window != self._window:
                return
            if self._window_end is None:
                self._window_end = self._clock() + self.interval
            # The service may count calls this client did not make: trust it when it says fewer are left.
            self._used = max(self._used, limit - remaining)


class BaseClient(Generic[HttpClientT]):
    """What the sync and async clients share: settings, options, and building the HTTP request."""

    _http_client: HttpClientT

    def __init__(
        self,
        *,
        config: ServiceConfig,
        auth: Auth,
        base_url: str | None,
        options: Mapping[str, str | None],
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        strict_response_validation: bool = False,
        max_wait: float = DEFAULT_MAX_WAIT,
    ) -> None:
        self._config = config
        self.strict_response_validation = strict_response_validation
        self.drift = DriftLog(config.package)
        self.base_url = checked_base_url(config.base_url(base_url))
        self._configure(timeout, max_retries, max_wait)
        self._auth = auth
        self._pacer = self._new_pacer()
        defaults = dict(config.options)
        self._options: dict[str, str | None] = {
            name: value if value is not None else os.environ.get(config.env(name)) or defaults[name]
            for name, value in options.items()
        }
        self._default_headers = merged_headers({}, default_headers or {}, "default_headers")
        self._log = logging.getLogger(config.package)
        setup_logging(config)

    def _new_pacer(self) -> Pacer | None:
        headers = self._config.rate_limit_headers
        if headers is None:
            return None
        return Pacer(
            headers.limit,
            headers.remaining,
            headers.interval_ms,
            daily_limit=headers.daily_limit,
            daily_remaining=headers.daily_remaining,
        )

    def field_option(self, name: str, value: Any, body: object) -> Any:
        """A body field the client can fill (such as the location id): the call's own, else the client's.

        Left as it is when the call gives the whole body (``filled_body`` fills a dict body), or when the
        client has no such setting.
        """
        if body is not None or not isinstance(value, Unset):
            return value
        configured = self._options.get(name)
        return UNSET if configured is None else configured

    def filled_body(self, body: _BodyT, fields: Mapping[str, str]) -> _BodyT:
        """A body given as a dict, with the fields the client fills (wire name: option) added where it has none.

        A model is taken as it is: its required fields were given when it was made.
        """
        if not isinstance(body, Mapping):
            return body
        absent = {wire: self._options.get(option) for wire, option in fields.items() if wire not in body}
        filled = {wire: value for wire, value in absent.items() if value is not None}
        return cast(_BodyT, {**body, **filled}) if filled else body

    def option(self, name: str, value: str | None) -> str:
        """A client-level value (such as the account id): the call's own, else the client's."""
        if value is not None:
            return value
        configured = self._options.get(name)
        if configured is None:
            raise errors.ArgumentError(
                f"`{name}` is not set: pass {name}= to the client or the call, or set {self._config.env(name)}"
            )
        return configured

    def _build_request(self, request: Request, token: str | None) -> httpx.Request:
        headers = {"User-Agent": self._config.package, **self._default_headers}
        # Header names ignore case: a default the request sets again is replaced, never sent twice.
        headers = merged_headers(headers, request.headers) if self._default_headers else {**headers, **request.headers}
        for name, value in headers.items():
            if not isinstance(value, str) or _UNSAFE_HEADER_VALUE.search(value):
                raise errors.ArgumentError(f"header `{name}`: a value must be a string without CR, LF or NUL")
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        url = request.path if "://" in request.path else self.base_url + request.path
        return self._http_client.build_request(
            request.method,
            url,
            params=request.params or None,
            json=None if request.json is NO_BODY else request.json,
            data=request.form,
            content=request.content,
            headers=headers,
            timeout=self.timeout if request.timeout is None else _as_timeout(request.timeout),
        )

    def _configure(self, timeout: float | httpx.Timeout, max_retries: int, max_wait: float) -> None:
        if max_retries < 0:
            raise errors.ArgumentError(f"`max_retries` must be 0 or more, got {max_retries}")
        if not (isinstance(max_wait, int | float) and math.isfinite(max_wait) and max_wait >= 0):
            raise errors.ArgumentError(f"`max_wait` must be a finite number of seconds, 0 or more, got {max_wait!r}")
        self.timeout = _as_timeout(timeout)
        self._rules = RetryRules(max_retries, float(max_wait))

    @property
    def max_retries(self) -> int:
        """How many times a call is retried at most (a 401 renewal is not counted)."""
        return self._rules.max_retries

    @property
    def max_wait(self) -> float:
        """The longest single wait (a backoff, a ``Retry-After``, the pacer's), in seconds."""
        return self._rules.max_wait

    def _check_open(self) -> None:
        if self._closed or self._http_client.is_closed:
            raise errors.ClientClosedError(
                f"this {type(self).__name__} is closed (close() was called or its `with` block ended): "
                "make a new client"
            )

    def _plan(self, request: Request, authenticated: bool) -> CallPlan:
        """The decisions of one call (``_request_loop``); ``send`` only does what they say."""
        return self._plan_type(self._rules, request.idempotent, authenticated and self._auth.refreshable, self._pacer)

    _plan_type = CallPlan

    def _after_answer(
        self, plan: CallPlan, request: Request, response: httpx.Response, token: str | None
    ) -> Renew | Retry | Return:
        """What ``plan`` decides for ``response``, logged (and the token sent invalidated for a renewal)."""
        decision = plan.answered(response.status_code, response.headers)
        if decision is RETURN:
            return decision
        if decision is RENEW:
            if token is None or not self._auth.invalidate(token):
                return RETURN
            self._log.info("Answer 401: fetching a new token and trying once more")
        elif isinstance(decision, Retry):
            self._retrying(request, decision, response.status_code)
        else:
            self._log.info(
                "Not retrying %s %s after %s: the service asks to wait longer than max_wait (%.0f s)",
                request.method,
                request.operation_id,
                response.status_code,
                self.max_wait,
            )
        return decision

    def _after_failure(
        self, plan: CallPlan, request: Request, http_request: httpx.Request, exc: BaseException
    ) -> float:
        """Seconds to wait before sending again after sending raised ``exc``; else raises what the caller sees."""
        decision = plan.failed(_failure(exc))
        if not isinstance(exc, httpx.RequestError):
            if isinstance(exc, RuntimeError):
                self._check_open()  # httpx's "client has been closed" while this call was under way
            raise exc
        self._check_open()
        if isinstance(decision, Raise):
            raise _connection_error(exc, http_request) from exc
        self._retrying(request, decision, type(exc).__name__)
        return decision.wait

    def _retrying(self, request: Request, decision: Retry, cause: object) -> None:
        self._log.info("Retrying %s %s in %.2f s after %s", request.method, request.operation_id, decision.wait, cause)

    def _error_answer(self, response: httpx.Response) -> errors.APIStatusError:
        """The typed error of an answer that is not a success, whatever its body (its status survives)."""
        # With a renewable token a 401 surfaces only once a renewed token was refused as well.
        hint = _RENEWED_AND_REFUSED if response.status_code == 401 and self._auth.refreshable else None
        error = status_error(response, self._config.error_bodies.parse(response), hint, self._auth.secrets())
        return self._auth.refused(error) if response.status_code == 401 else error

    def _parse(self, request: Request, parse: Callable[[httpx.Response], T], response: httpx.Response) -> T:
        """``parse(response)`` as this client parses: strictly or tolerantly, recording drift."""
        with parsing(strict=self.strict_response_validation, log=self.drift, operation_id=request.operation_id):
            return parse(response)

    def _copy(
        self,
        *,
        auth: Auth | None = None,
        base_url: str | None = None,
        options: Mapping[str, str | None] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
    ) -> Self:
        """A copy with other settings that shares the connections and drift log (see ``with_options``).

        It shares the token too, unless ``auth`` is given: then it has its own token and pacer.
        """
        clone = copy.copy(self)
        if strict_response_validation is not None:
            clone.strict_response_validation = strict_response_validation
        if base_url is not None:
            clone.base_url = checked_base_url(self._config.base_url(base_url))
            if _origin(clone.base_url) != _origin(self.base_url) and (
                auth is None or auth.shares_secret_with(self._auth)
            ):
                raise ArgumentError(
                    f"`base_url`: a copy aimed at another host ({errors.redact_url(clone.base_url)!r}) needs its "
                    "own credentials: this client's are never sent to another host"
                )
        if auth is not None and auth.shares_secret_with(self._auth):
            _refuse_new_destinations(auth, self._auth)
        if auth is not None:
            clone._auth = auth
            clone._pacer = clone._new_pacer()
        clone._options = {
            **self._options,
            **{name: value for name, value in (options or {}).items() if value is not None},
        }
        clone._configure(
            self.timeout if timeout is None else timeout,
            self.max_retries if max_retries is None else max_retries,
            self.max_wait if max_wait is None else max_wait,
        )
        clone._default_headers = merged_headers(self._default_headers, default_headers or {}, "default_headers")
        clone._owns_http_client = False
        clone._attach_resources()
        return clone

    def _attach_resources(self) -> None:
        """Bind the resources (``contacts``, ...) to this client; the generated client does it."""

    _owns_http_client: bool
    _closed = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={errors.redact_url(self.base_url)!r})"


class _RedactUserInfo(logging.Filter):
    """Takes the password of a URL out of httpx's own log lines (``HTTP Request: GET https://user:pw@...``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                errors.redact_url(arg) if isinstance(arg, httpx.URL) and arg.userinfo else arg for arg in record.args
            )
        return True


_REDACT_USER_INFO = _RedactUserInfo()


def _refuse_new_destinations(auth: Auth, original: Auth) -> None:
    """``ArgumentError`` when ``auth`` would post a secret it shares with ``original`` to a host ``original``
    never posts it to (a copy's ``token_url`` on another host, the base URL unchanged)."""
    known = {_origin(url) for url in original.secret_destinations()}
    for url in auth.secret_destinations():
        if _origin(url) not in known:
            raise ArgumentError(
                f"`token_url`: a copy whose token endpoint is on another host ({errors.redact_url(url)!r}) needs "
                "its own credentials: this client's are never sent to another host"
            )


def _origin(url: str) -> tuple[str, str, int | None]:
    parsed = httpx.URL(url)
    return parsed.scheme, parsed.host, parsed.port


def checked_base_url(url: str) -> str:
    """``url`` if it can be a base URL; else a ``ValueError`` saying what it lacks (without its password)."""
    shown = errors.redact_url(url)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError as exc:
        raise errors.ArgumentError(f"`base_url` {shown!r} is not a URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise errors.ArgumentError(f"`base_url` {shown!r} needs an http:// or https:// scheme")
    if not parts.hostname:
        raise errors.ArgumentError(f"`base_url` {shown!r} has no host")
    if "@" in parts.netloc and _REDACT_USER_INFO not in logging.getLogger("httpx").filters:
        logging.getLogger("httpx").addFilter(_REDACT_USER_INFO)
    return url


def shown_url(url: httpx.URL) -> str:
    """A URL as logs and messages show it: no password, no query (it may hold personal data)."""
    return errors.redact_url(url.copy_with(query=None))


class _LoggedURL:
    """``shown_url`` for a log line, worked out only when the line is written (it costs a URL parse)."""

    __slots__ = ("url",)

    def __init__(self, url: httpx.URL) -> None:
        self.url = url

    def __str__(self) -> str:
        return shown_url(self.url)

    __repr__ = __str__

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))  # a log record pickled before formatting carries the shown form only


def _as_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout, connect=min(timeout, 5.0))


class SyncAPIClient(BaseClient[httpx.Client]):
    def __init__(self, *, http_client: httpx.Client | None, **settings: Any) -> None:
        super().__init__(**settings)
        self._owns_http_client = http_client is None
        self._http_client = (
            http_client
            if http_client is not None
            else httpx.Client(transport=httpx.HTTPTransport(socket_options=NO_DELAY))
        )

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def custom_field_inputs(self, values: Mapping[str, object], location_id: str | Unset | None = None) -> list[Any]:
        """Custom field values given by key, as the list of inputs a body takes (checked before sending).

        A client whose spec names custom fields by key (``info.x-sdk.custom-field-keys``) overrides it.
        """
        raise ArgumentError("`custom_fields`: this service takes a list of custom field inputs, not a mapping")

    def send(self, request: Request, *, authenticated: bool = True) -> httpx.Response:
        """Send one call, retrying as the module docstring says; the final answer, whatever its status."""
        plan = self._plan(request, authenticated)
        while True:
            self._check_open()
            token = self._auth.sync_token(self) if authenticated else None
            http_request = self._build_request(request, token)
            while isinstance(pace := plan.pace(), Wait):
                self._sleep(pace.seconds)
            self._log.debug("Request %s %s", http_request.method, _LoggedURL(http_request.url))
            try:
                response = self._http_client.send(http_request)
            except BaseException as exc:
                self._sleep(self._after_failure(plan, request, http_request, exc))
                continue
            self._log.debug("Answer %s %s: %s", http_request.method, _LoggedURL(http_request.url), response.status_code)
            decision = self._after_answer(plan, request, response, token)
            if isinstance(decision, Return):
                return response
            if isinstance(decision, Retry):
                self._sleep(decision.wait)

    def send_checked(self, request: Request, parse: Parser, *, authenticated: bool = True) -> httpx.Response:
        """Send a call; raise the typed error for an answer that is not a success, else return it."""
        response = self.send(request, authenticated=authenticated)
        if not response.is_success:
            raise self._error_answer(response)
        return response

    def request(
        self,
        request: Request,
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
        *,
        authenticated: bool = True,
    ) -> T:
        """Send a call and return its parsed answer (a ``RawResponse`` inside a raw twin)."""
        request = request.with_options(options)
        response = self.send_checked(request, parse, authenticated=authenticated)
        if raw_response_requested():
            return RawResponse(response, lambda answer: self._parse(request, parse, answer))  # type: ignore[return-value]
        return self._parse(request, parse, response)

    def get_page(
        self,
        paging: Paging,
        request: Request,
        parse: Callable[[httpx.Response], ResponseT],
        options: RequestOptions | None = None,
    ) -> SyncPage[ResponseT, Any]:
        """The first page of a list (a ``RawResponse`` of it inside a raw twin); iterate it for every item."""
        request = request.with_options(options)
        response = self.send_checked(request, parse)

        def page(answer: httpx.Response) -> SyncPage[ResponseT, Any]:
            return self.parse_page(paging, request, parse, answer)

        if raw_response_requested():
            return RawResponse(response, page)  # type: ignore[return-value]
        return page(response)

    def fetch_page(self, paging: Paging, request: Request, parse: Callable[[httpx.Response], ResponseT]) -> Any:
        """One page of a list walk (no raw twin here: a walk always parses)."""
        return self.parse_page(paging, request, parse, self.send_checked(request, parse))

    def parse_page(
        self, paging: Paging, request: Request, parse: Callable[[httpx.Response], ResponseT], response: httpx.Response
    ) -> SyncPage[ResponseT, Any]:
        """The page of a list walk that ``response`` (a success answer to ``request``) holds."""
        return SyncPage(self, paging, request, parse, self._parse(request, parse, response), response.content)

    def close(self) -> None:
        """Close the HTTP client if this client opened it; the client cannot be used after."""
        self._closed = True
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    def __init__(self, *, http_client: httpx.AsyncClient | None, **settings: Any) -> None:
        super().__init__(**settings)
        self._owns_http_client = http_client is None
        self._http_client = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(socket_options=NO_DELAY))
        )

    async def _sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def custom_field_inputs(
        self, values: Mapping[str, object], location_id: str | Unset | None = None
    ) -> list[Any]:
        """Custom field values given by key, as the list of inputs a body takes (see ``SyncAPIClient``'s)."""
        raise ArgumentError("`custom_fields`: this service takes a list of custom field inputs, not a mapping")

    async def send(self, request: Request, *, authenticated: bool = True) -> httpx.Response:
        """Send one call, retrying as the module docstring says; the final answer, whatever its status."""
        plan = self._plan(request, authenticated)
        while True:
            self._check_open()
            token = await self._auth.async_token(self) if authenticated else None
            http_request = self._build_request(request, token)
            while isinstance(pace := plan.pace(), Wait):
                await self._sleep(pace.seconds)
                await asyncio.sleep(0)  # let the calls in flight answer, even under a patched _sleep
            self._log.debug("Request %s %s", http_request.method, _LoggedURL(http_request.url))
            try:
                response = await self._http_client.send(http_request)
            except BaseException as exc:
                await self._sleep(self._after_failure(plan, request, http_request, exc))
                continue
            self._log.debug("Answer %s %s: %s", http_request.method, _LoggedURL(http_request.url), response.status_code)
            decision = self._after_answer(plan, request, response, token)
            if isinstance(decision, Return):
                return response
            if isinstance(decision, Retry):
                await self._sleep(decision.wait)

    async def send_checked(self, request: Request, parse: Parser, *, authenticated: bool = True) -> httpx.Response:
        response = await self.send(request, authenticated=authenticated)
        if not response.is_success:
            raise self._error_answer(response)
        return response

    async def request(
        self,
        request: Request,
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
        *,
        authenticated: bool = True,
    ) -> T:
        """Send a call and return its parsed answer (a ``RawResponse`` inside a raw twin)."""
        request = request.with_options(options)
        response = await self.send_checked(request, parse, authenticated=authenticated)
        if raw_response_requested():
            return RawResponse(response, lambda answer: self._parse(request, parse, answer))  # type: ignore[return-value]
        return self._parse(request, parse, response)

    def get_page(
        self,
        paging: Paging,
        request: Request,
        parse: Callable[[httpx.Response], ResponseT],
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[ResponseT, Any]:
        """What an async list call returns: ``await`` it for the first page, ``async for`` over every item."""
        request = request.with_options(options)

        async def first() -> AsyncPage[ResponseT, Any]:
            response = await self.send_checked(request, parse)

            def page(answer: httpx.Response) -> AsyncPage[ResponseT, Any]:
                return self.parse_page(paging, request, parse, answer)

            if raw_response_requested():
                return RawResponse(response, page)  # type: ignore[return-value]
            return page(response)

        return AsyncPaginator(first)

    async def fetch_page(self, paging: Paging, request: Request, parse: Callable[[httpx.Response], ResponseT]) -> Any:
        """One page of a list walk."""
        return self.parse_page(paging, request, parse, await self.send_checked(request, parse))

    def parse_page(
        self, paging: Paging, request: Request, parse: Callable[[httpx.Response], ResponseT], response: httpx.Response
    ) -> AsyncPage[ResponseT, Any]:
        """The page of a list walk that ``response`` (a success answer to ``request``) holds."""
        return AsyncPage(self, paging, request, parse, self._parse(request, parse, response), response.content)

    async def close(self) -> None:
        """Close the HTTP client if this client opened it; the client cannot be used after."""
        self._closed = True
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()


def _failure(exc: BaseException) -> Failure | None:
    """What a call whose send raised ``exc`` may have done; ``None`` for anything but a transport failure."""
    if not isinstance(exc, httpx.RequestError):
        return None
    if isinstance(exc, _NOT_SENT):
        return Failure.NOT_SENT
    if isinstance(exc, httpx.TimeoutException):
        return Failure.TIMED_OUT
    if isinstance(exc, httpx.NetworkError | httpx.RemoteProtocolError):
        return Failure.MAY_HAVE_BEEN_SENT
    return Failure.PERMANENT


def _connection_error(exc: httpx.RequestError, request: httpx.Request) -> errors.APIConnectionError:
    """The error of a call that got no answer, saying what failed (``Connection refused (127.0.0.1:9)``)."""
    url = request.url
    reason = errors.bounded(str(exc) or type(exc).__name__, 200)
    where = f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"
    sent = not isinstance(exc, _NOT_SENT)
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(
            f"Request timed out ({type(exc).__name__}, {where}): {request.method} {shown_url(url)}",
            request=request,
            may_have_reached_server=sent,
        )
    return errors.APIConnectionError(
        f"Connection error: {reason} ({where}): {request.method} {shown_url(url)}",
        request=request,
        may_have_reached_server=sent,
    )
