"""Transport of the Sakari client: timeouts, retries, authentication, errors and logging.

Retries: connection errors, timeouts, 408, 409, 429 and 5xx answers are retried up to ``max_retries``
times with exponential backoff and jitter, honouring ``Retry-After``/``retry-after-ms`` up to 60 s.
A request that is not idempotent (a POST that creates) is retried only when the service cannot have
acted on it: the connection failed before the request was sent, or the service answered 429. A
timeout or a reset after sending, or a 5xx, surfaces instead, so a create is never duplicated.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import random
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, Protocol, TypeVar

import httpx

from . import errors

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "RawResponse",
    "SyncAPIClient",
]

log = logging.getLogger("sakari_client")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
_LOG_ENV = "SAKARI_LOG"
# Without TCP_NODELAY a request body written after its headers waits for the peer's delayed ACK (~40 ms).
NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
# Failures after which the service cannot have seen the request.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

T = TypeVar("T")


def setup_logging() -> None:
    """Log to stderr when ``SAKARI_LOG`` is ``debug`` or ``info``; header values are never logged."""
    level = os.environ.get(_LOG_ENV, "").lower()
    if level not in ("debug", "info") or log.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


class Auth(Protocol):
    """Supplies the bearer token of each request."""

    refreshable: bool

    def sync_token(self, fetch: Callable[[dict[str, Any]], httpx.Response]) -> str: ...

    async def async_token(self, fetch: Callable[[dict[str, Any]], Awaitable[httpx.Response]]) -> str: ...

    def invalidate(self, token: str) -> None: ...


class RawResponse(Generic[T]):
    """An HTTP answer as it came, with ``parse()`` giving the typed result."""

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The typed result, as the non-raw method returns it."""
        return self._parse(self.http_response)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.url}>"


def retry_delay(attempt: int, headers: httpx.Headers | None) -> float:
    """Seconds to wait before retry number ``attempt + 1``: what the service asks for, else backoff."""
    if headers is not None:
        asked = _retry_after(headers)
        if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
            return asked
    backoff = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return backoff * (1 - 0.25 * random.random())


def _retry_after(headers: httpx.Headers) -> float | None:
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
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()


def exception_is_retryable(exc: httpx.TransportError, idempotent: bool) -> bool:
    if isinstance(exc, _NOT_SENT):
        return True
    return idempotent and isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError)


def status_is_retryable(status_code: int, idempotent: bool) -> bool:
    if status_code == 429:
        return True
    return idempotent and (status_code in (408, 409) or status_code >= 500)


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "; ".join(value)
    return None


def status_error(response: httpx.Response, body: object) -> errors.APIStatusError:
    """The typed error for an answer that is not a success.

    ``body`` is the error body parsed with the documented model, or ``None`` when it does not match
    one; the JSON is read for the message and code either way, whichever of the services' error
    shapes it has (``{"error": {"code", "message"}}`` or ``{"message", "error"}``).
    """
    try:
        data = response.json()
    except ValueError:
        data = None
    message: str | None = None
    code: str | None = None
    if isinstance(data, dict):
        detail = data.get("error")
        if isinstance(detail, dict):
            message, code = _text(detail.get("message")), _text(detail.get("code"))
        else:
            message = _text(data.get("message"))
    text = f"Error code: {response.status_code}"
    if message:
        text += f" - {message}"
    elif response.reason_phrase:
        text += f" - {response.reason_phrase}"
    error_class = errors.status_error_class(response.status_code)
    return error_class(text, response=response, body=body if body is not None else data, code=code)


class Pacer:
    """Keeps calls within the rate limit the service announces in its answer headers.

    It learns the limit and its window from the answers and counts the calls it lets through; once a
    window's calls are spent, the next wait until that window has surely ended (it began before its
    first answer arrived, so it ends at the latest one interval after that). A call may land in the
    service's next window instead (it was still in flight when the window turned, or was sent in the
    window's last tenth): the next window starts with those counted.
    """

    def __init__(
        self, limit: str, remaining: str, interval_ms: str, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._headers = (limit, remaining, interval_ms)
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

    def reserve(self) -> tuple[float, int]:
        """(0, window) to send now, counted in that window; else (seconds to wait before asking again, window)."""
        with self._lock:
            now = self._clock()
            if self._window_end is not None and now >= self._window_end:
                self._window, self._window_started, self._window_end = self._window + 1, None, None
                self._used, self._late = self._in_flight + self._late, 0
            if self.limit is not None and self._used >= self.limit:
                return (self._window_end - now if self._window_end is not None else 0.005), self._window
            if self._window_started is None:
                self._window_started = now
            elif self.interval is not None and now >= self._window_started + 0.9 * self.interval:
                self._late += 1
            self._used += 1
            self._in_flight += 1
            return 0.0, self._window

    def abandon(self) -> None:
        """A call let through got no answer."""
        with self._lock:
            self._in_flight -= 1

    def observe(self, headers: httpx.Headers, window: int) -> None:
        """An answer to a call let through in ``window``."""
        with self._lock:
            self._in_flight -= 1
            try:
                limit, remaining, interval_ms = (int(headers[name]) for name in self._headers)
            except (KeyError, ValueError):
                return
            self.limit, self.interval = limit, interval_ms / 1000
            if window != self._window:
                return
            if self._window_end is None:
                self._window_end = self._clock() + self.interval
            # The service may count calls this client did not make: trust it when it says fewer are left.
            self._used = max(self._used, limit - remaining)


class BaseClient:
    """What the sync and async clients share: configuration and request building."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth,
        options: Mapping[str, str | None],
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._configure(timeout, max_retries)
        self._auth = auth
        self._pacer = None
        self._options = dict(options)
        self._default_headers = dict(default_headers or {})
        setup_logging()

    def _option(self, name: str, value: str | None) -> str:
        """A client-level value (such as the account id): the call's own, else the client's."""
        if value is not None:
            return value
        configured = self._options.get(name)
        if configured is None:
            raise ValueError(
                f"`{name}` is not set: pass {name}= to the client or the call, or set SAKARI_{name.upper()}"
            )
        return configured

    def _build_request(
        self, http_client: httpx.Client | httpx.AsyncClient, spec: dict[str, Any], token: str | None
    ) -> httpx.Request:
        headers = {"User-Agent": "sakari_client", **self._default_headers, **spec.get("headers", {})}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        url = spec["url"] if "://" in spec["url"] else self.base_url + spec["url"]
        return http_client.build_request(
            spec["method"],
            url,
            params=spec.get("params"),
            json=spec.get("json"),
            content=spec.get("content"),
            headers=headers,
            timeout=self.timeout,
        )

    def _configure(self, timeout: float | httpx.Timeout, max_retries: int) -> None:
        if max_retries < 0:
            raise ValueError(f"`max_retries` must be 0 or more, got {max_retries}")
        self.timeout = (
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout, connect=min(timeout, 5.0))
        )
        self.max_retries = max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class SyncAPIClient(BaseClient):
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

    def _send(self, spec: dict[str, Any], *, idempotent: bool, authenticated: bool = True) -> httpx.Response:
        """Send one call, retrying as the module docstring says; return the final answer, whatever its status."""
        attempt = 0
        refreshed = False
        while True:
            token = self._auth.sync_token(self._fetch_unauthenticated) if authenticated else None
            request = self._build_request(self._http_client, spec, token)
            window = 0
            if self._pacer is not None:
                while (pause := self._pacer.reserve())[0] > 0:
                    self._sleep(pause[0])
                window = pause[1]
            log.debug("Request %s %s", request.method, request.url)
            try:
                response = self._http_client.send(request)
            except httpx.TransportError as exc:
                if self._pacer is not None:
                    self._pacer.abandon()
                if attempt < self.max_retries and exception_is_retryable(exc, idempotent):
                    delay = retry_delay(attempt, None)
                    log.info(
                        "Retrying %s %s in %.2f s after %s", request.method, request.url, delay, type(exc).__name__
                    )
                    attempt += 1
                    self._sleep(delay)
                    continue
                raise _connection_error(exc, request) from exc
            log.debug("Answer %s %s: %s", request.method, request.url, response.status_code)
            if self._pacer is not None:
                self._pacer.observe(response.headers, window)
            if response.status_code == 401 and token is not None and self._auth.refreshable and not refreshed:
                log.info("Answer 401: fetching a new token and trying once more")
                self._auth.invalidate(token)
                refreshed = True
                continue
            if attempt < self.max_retries and status_is_retryable(response.status_code, idempotent):
                delay = retry_delay(attempt, response.headers)
                log.info("Retrying %s %s in %.2f s after %s", request.method, request.url, delay, response.status_code)
                attempt += 1
                self._sleep(delay)
                continue
            return response

    def _fetch_unauthenticated(self, spec: dict[str, Any]) -> httpx.Response:
        return self.request(spec, lambda _: None, idempotent=True, authenticated=False)

    def request(
        self,
        spec: dict[str, Any],
        parse_error: Callable[[httpx.Response], object],
        *,
        idempotent: bool,
        authenticated: bool = True,
    ) -> httpx.Response:
        """Send a call; raise the typed error for an answer that is not a success, else return it."""
        response = self._send(spec, idempotent=idempotent, authenticated=authenticated)
        if not response.is_success:
            raise status_error(response, parse_error(response))
        return response

    def close(self) -> None:
        """Close the HTTP client if this client opened it."""
        if self._owns_http_client:
            self._http_client.close()


class AsyncAPIClient(BaseClient):
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

    async def _send(self, spec: dict[str, Any], *, idempotent: bool, authenticated: bool = True) -> httpx.Response:
        """Send one call, retrying as the module docstring says; return the final answer, whatever its status."""
        attempt = 0
        refreshed = False
        while True:
            token = await self._auth.async_token(self._fetch_unauthenticated) if authenticated else None
            request = self._build_request(self._http_client, spec, token)
            window = 0
            if self._pacer is not None:
                while (pause := self._pacer.reserve())[0] > 0:
                    await self._sleep(pause[0])
                window = pause[1]
            log.debug("Request %s %s", request.method, request.url)
            try:
                response = await self._http_client.send(request)
            except httpx.TransportError as exc:
                if self._pacer is not None:
                    self._pacer.abandon()
                if attempt < self.max_retries and exception_is_retryable(exc, idempotent):
                    delay = retry_delay(attempt, None)
                    log.info(
                        "Retrying %s %s in %.2f s after %s", request.method, request.url, delay, type(exc).__name__
                    )
                    attempt += 1
                    await self._sleep(delay)
                    continue
                raise _connection_error(exc, request) from exc
            log.debug("Answer %s %s: %s", request.method, request.url, response.status_code)
            if self._pacer is not None:
                self._pacer.observe(response.headers, window)
            if response.status_code == 401 and token is not None and self._auth.refreshable and not refreshed:
                log.info("Answer 401: fetching a new token and trying once more")
                self._auth.invalidate(token)
                refreshed = True
                continue
            if attempt < self.max_retries and status_is_retryable(response.status_code, idempotent):
                delay = retry_delay(attempt, response.headers)
                log.info("Retrying %s %s in %.2f s after %s", request.method, request.url, delay, response.status_code)
                attempt += 1
                await self._sleep(delay)
                continue
            return response

    async def _fetch_unauthenticated(self, spec: dict[str, Any]) -> httpx.Response:
        return await self.request(spec, lambda _: None, idempotent=True, authenticated=False)

    async def request(
        self,
        spec: dict[str, Any],
        parse_error: Callable[[httpx.Response], object],
        *,
        idempotent: bool,
        authenticated: bool = True,
    ) -> httpx.Response:
        """Send a call; raise the typed error for an answer that is not a success, else return it."""
        response = await self._send(spec, idempotent=idempotent, authenticated=authenticated)
        if not response.is_success:
            raise status_error(response, parse_error(response))
        return response

    async def close(self) -> None:
        """Close the HTTP client if this client opened it."""
        if self._owns_http_client:
            await self._http_client.aclose()


def _connection_error(exc: httpx.TransportError, request: httpx.Request) -> errors.APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"Request timed out: {request.method} {request.url}", request=request)
    return errors.APIConnectionError(
        f"Connection error ({type(exc).__name__}): {request.method} {request.url}", request=request
    )
