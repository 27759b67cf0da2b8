"""The transport every client shares: settings, retries, authentication, rate-limit pacing, errors, logs.

Retries: connection errors, timeouts, 408, 409, 429 and 5xx answers are retried up to ``max_retries``
times with exponential backoff and jitter, honouring ``Retry-After``/``retry-after-ms`` up to 60 s.
A request that is not idempotent (a POST that creates or sends) is retried only when the service
cannot have acted on it: the connection failed before the request was sent, or the service answered
429. A timeout or a reset after sending, or a 5xx, surfaces instead, so a create is never duplicated.
"""

from __future__ import annotations

import asyncio
import copy
import email.utils
import logging
import os
import random
import socket
import threading
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

import httpx

from . import errors
from ._config import ServiceConfig
from ._drift import DriftLog, parsing
from ._request import NO_BODY, Request, RequestOptions
from ._response import RawResponse, raw_response_requested
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._pagination import AsyncPage, AsyncPaginator, Paging, SyncPage

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Auth",
    "Pacer",
    "SyncAPIClient",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
# Without TCP_NODELAY a request body written after its headers waits for the peer's delayed ACK (~40 ms).
NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
# Failures after which the service cannot have seen the request.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

T = TypeVar("T")
ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)

Parser = Callable[[httpx.Response], object]


def setup_logging(config: ServiceConfig) -> None:
    """Log to stderr when ``<PREFIX>_LOG`` is ``debug`` or ``info``; header values are never logged."""
    log = logging.getLogger(config.package)
    level = os.environ.get(config.env("log"), "").lower()
    if level not in ("debug", "info") or log.handlers:
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

    def invalidate(self, token: str) -> None: ...


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


def expect(result: object, expected: type[T], response: httpx.Response) -> T:
    """The parsed answer, checked to be the model the facade method promises."""
    if not isinstance(result, expected):
        raise errors.APIResponseValidationError(response, errors.DecodeError(f"a {expected.__name__} object", result))
    return result


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
    ) -> None:
        self._config = config
        self.strict_response_validation = strict_response_validation
        self.drift = DriftLog(config.package)
        self.base_url = config.base_url(base_url)
        self._configure(timeout, max_retries)
        self._auth = auth
        headers = config.rate_limit_headers
        self._pacer = None if headers is None else Pacer(headers.limit, headers.remaining, headers.interval_ms)
        defaults = dict(config.options)
        self._options: dict[str, str | None] = {
            name: value if value is not None else os.environ.get(config.env(name)) or defaults[name]
            for name, value in options.items()
        }
        self._default_headers = dict(default_headers or {})
        self._log = logging.getLogger(config.package)
        setup_logging(config)

    def field_option(self, name: str, value: Any, body: object) -> Any:
        """A body field the client can fill (such as the location id): the call's own, else the client's.

        Left as it is when the call gives the whole body, or when the client has no such setting.
        """
        if body is not None or not isinstance(value, Unset):
            return value
        configured = self._options.get(name)
        return UNSET if configured is None else configured

    def option(self, name: str, value: str | None) -> str:
        """A client-level value (such as the account id): the call's own, else the client's."""
        if value is not None:
            return value
        configured = self._options.get(name)
        if configured is None:
            raise ValueError(
                f"`{name}` is not set: pass {name}= to the client or the call, or set {self._config.env(name)}"
            )
        return configured

    def _build_request(self, request: Request, token: str | None) -> httpx.Request:
        headers = {"User-Agent": self._config.package, **self._default_headers, **request.headers}
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

    def _configure(self, timeout: float | httpx.Timeout, max_retries: int) -> None:
        if max_retries < 0:
            raise ValueError(f"`max_retries` must be 0 or more, got {max_retries}")
        self.timeout = _as_timeout(timeout)
        self.max_retries = max_retries

    def _parse(self, request: Request, parse: Parser, response: httpx.Response) -> object:
        """``parse(response)`` as this client parses: strictly or tolerantly, recording drift."""
        with parsing(strict=self.strict_response_validation, log=self.drift, operation_id=request.operation_id):
            return parse(response)

    def _copy(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        strict_response_validation: bool | None = None,
    ) -> Self:
        """A copy with other settings that shares the connections, token and drift log (see ``with_options``)."""
        clone = copy.copy(self)
        if strict_response_validation is not None:
            clone.strict_response_validation = strict_response_validation
        clone._configure(
            self.timeout if timeout is None else timeout, self.max_retries if max_retries is None else max_retries
        )
        clone._default_headers = {**self._default_headers, **(default_headers or {})}
        clone._owns_http_client = False
        clone._attach_resources()
        return clone

    def _attach_resources(self) -> None:
        """Bind the resources (``contacts``, ...) to this client; the generated client does it."""

    _owns_http_client: bool

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


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

    def send(self, request: Request, *, authenticated: bool = True) -> httpx.Response:
        """Send one call, retrying as the module docstring says; the final answer, whatever its status."""
        attempt = 0
        refreshed = False
        log = self._log
        while True:
            token = self._auth.sync_token(self) if authenticated else None
            http_request = self._build_request(request, token)
            window = 0
            if self._pacer is not None:
                while (pause := self._pacer.reserve())[0] > 0:
                    self._sleep(pause[0])
                window = pause[1]
            log.debug("Request %s %s", http_request.method, http_request.url)
            try:
                response = self._http_client.send(http_request)
            except httpx.TransportError as exc:
                if self._pacer is not None:
                    self._pacer.abandon()
                if attempt < self.max_retries and exception_is_retryable(exc, request.idempotent):
                    delay = retry_delay(attempt, None)
                    log.info(
                        "Retrying %s %s in %.2f s after %s", request.method, request.path, delay, type(exc).__name__
                    )
                    attempt += 1
                    self._sleep(delay)
                    continue
                raise _connection_error(exc, http_request) from exc
            log.debug("Answer %s %s: %s", http_request.method, http_request.url, response.status_code)
            if self._pacer is not None:
                self._pacer.observe(response.headers, window)
            if response.status_code == 401 and token is not None and self._auth.refreshable and not refreshed:
                log.info("Answer 401: fetching a new token and trying once more")
                self._auth.invalidate(token)
                refreshed = True
                continue
            if attempt < self.max_retries and status_is_retryable(response.status_code, request.idempotent):
                delay = retry_delay(attempt, response.headers)
                log.info("Retrying %s %s in %.2f s after %s", request.method, request.path, delay, response.status_code)
                attempt += 1
                self._sleep(delay)
                continue
            return response

    def send_checked(self, request: Request, parse: Parser, *, authenticated: bool = True) -> httpx.Response:
        """Send a call; raise the typed error for an answer that is not a success, else return it."""
        response = self.send(request, authenticated=authenticated)
        if not response.is_success:
            raise status_error(response, self._parse(request, parse, response))
        return response

    def request(
        self,
        request: Request,
        parse: Parser,
        cast_to: type[T],
        options: RequestOptions | None = None,
        *,
        authenticated: bool = True,
    ) -> T:
        """Send a call and return its parsed answer (a ``RawResponse`` inside a raw twin)."""
        request = request.with_options(options)
        response = self.send_checked(request, parse, authenticated=authenticated)
        if raw_response_requested():
            return RawResponse(response, lambda answer: expect(self._parse(request, parse, answer), cast_to, answer))  # type: ignore[return-value]
        return expect(self._parse(request, parse, response), cast_to, response)

    def get_page(
        self,
        paging: Paging,
        request: Request,
        parse: Parser,
        cast_to: type[ResponseT],
        options: RequestOptions | None = None,
    ) -> SyncPage[ResponseT, Any]:
        """The first page of a list (a ``RawResponse`` of it inside a raw twin); iterate it for every item."""
        from ._pagination import SyncPage

        request = request.with_options(options)
        response = self.send_checked(request, parse)

        def page(answer: httpx.Response) -> SyncPage[ResponseT, Any]:
            return SyncPage(
                self, paging, request, parse, cast_to, expect(self._parse(request, parse, answer), cast_to, answer)
            )

        if raw_response_requested():
            return RawResponse(response, page)  # type: ignore[return-value]
        return page(response)

    def fetch_page(self, paging: Paging, request: Request, parse: Parser, cast_to: type[ResponseT]) -> Any:
        """One page of a list walk (no raw twin here: a walk always parses)."""
        from ._pagination import SyncPage

        response = self.send_checked(request, parse)
        return SyncPage(
            self, paging, request, parse, cast_to, expect(self._parse(request, parse, response), cast_to, response)
        )

    def close(self) -> None:
        """Close the HTTP client if this client opened it."""
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

    async def send(self, request: Request, *, authenticated: bool = True) -> httpx.Response:
        """Send one call, retrying as the module docstring says; the final answer, whatever its status."""
        attempt = 0
        refreshed = False
        log = self._log
        while True:
            token = await self._auth.async_token(self) if authenticated else None
            http_request = self._build_request(request, token)
            window = 0
            if self._pacer is not None:
                while (pause := self._pacer.reserve())[0] > 0:
                    await self._sleep(pause[0])
                window = pause[1]
            log.debug("Request %s %s", http_request.method, http_request.url)
            try:
                response = await self._http_client.send(http_request)
            except httpx.TransportError as exc:
                if self._pacer is not None:
                    self._pacer.abandon()
                if attempt < self.max_retries and exception_is_retryable(exc, request.idempotent):
                    delay = retry_delay(attempt, None)
                    log.info(
                        "Retrying %s %s in %.2f s after %s", request.method, request.path, delay, type(exc).__name__
                    )
                    attempt += 1
                    await self._sleep(delay)
                    continue
                raise _connection_error(exc, http_request) from exc
            log.debug("Answer %s %s: %s", http_request.method, http_request.url, response.status_code)
            if self._pacer is not None:
                self._pacer.observe(response.headers, window)
            if response.status_code == 401 and token is not None and self._auth.refreshable and not refreshed:
                log.info("Answer 401: fetching a new token and trying once more")
                self._auth.invalidate(token)
                refreshed = True
                continue
            if attempt < self.max_retries and status_is_retryable(response.status_code, request.idempotent):
                delay = retry_delay(attempt, response.headers)
                log.info("Retrying %s %s in %.2f s after %s", request.method, request.path, delay, response.status_code)
                attempt += 1
                await self._sleep(delay)
                continue
            return response

    async def send_checked(self, request: Request, parse: Parser, *, authenticated: bool = True) -> httpx.Response:
        response = await self.send(request, authenticated=authenticated)
        if not response.is_success:
            raise status_error(response, self._parse(request, parse, response))
        return response

    async def request(
        self,
        request: Request,
        parse: Parser,
        cast_to: type[T],
        options: RequestOptions | None = None,
        *,
        authenticated: bool = True,
    ) -> T:
        """Send a call and return its parsed answer (a ``RawResponse`` inside a raw twin)."""
        request = request.with_options(options)
        response = await self.send_checked(request, parse, authenticated=authenticated)
        if raw_response_requested():
            return RawResponse(response, lambda answer: expect(self._parse(request, parse, answer), cast_to, answer))  # type: ignore[return-value]
        return expect(self._parse(request, parse, response), cast_to, response)

    def get_page(
        self,
        paging: Paging,
        request: Request,
        parse: Parser,
        cast_to: type[ResponseT],
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[ResponseT, Any]:
        """What an async list call returns: ``await`` it for the first page, ``async for`` over every item."""
        from ._pagination import AsyncPage, AsyncPaginator

        request = request.with_options(options)

        async def first() -> AsyncPage[ResponseT, Any]:
            response = await self.send_checked(request, parse)

            def page(answer: httpx.Response) -> AsyncPage[ResponseT, Any]:
                return AsyncPage(
                    self, paging, request, parse, cast_to, expect(self._parse(request, parse, answer), cast_to, answer)
                )

            if raw_response_requested():
                return RawResponse(response, page)  # type: ignore[return-value]
            return page(response)

        return AsyncPaginator(first)

    async def fetch_page(self, paging: Paging, request: Request, parse: Parser, cast_to: type[ResponseT]) -> Any:
        """One page of a list walk."""
        from ._pagination import AsyncPage

        response = await self.send_checked(request, parse)
        return AsyncPage(
            self, paging, request, parse, cast_to, expect(self._parse(request, parse, response), cast_to, response)
        )

    async def close(self) -> None:
        """Close the HTTP client if this client opened it."""
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()


def _connection_error(exc: httpx.TransportError, request: httpx.Request) -> errors.APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"Request timed out: {request.method} {request.url}", request=request)
    return errors.APIConnectionError(
        f"Connection error ({type(exc).__name__}): {request.method} {request.url}", request=request
    )
