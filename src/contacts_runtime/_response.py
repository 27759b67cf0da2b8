"""Raw answers, and the wrappers that turn a facade method into its ``with_raw_response`` twin.

A twin is the same method run with a context flag set; the client, seeing the flag, hands back the
HTTP answer wrapped in ``RawResponse`` instead of parsing it. So each operation is written once.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

__all__ = ["RawResponse", "async_to_raw_response_wrapper", "raw_response_requested", "to_raw_response_wrapper"]

T = TypeVar("T")
P = ParamSpec("P")

_RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("contacts_runtime_raw_response", default=False)


def raw_response_requested() -> bool:
    """True inside a call made through a ``with_raw_response`` twin."""
    return _RAW_RESPONSE.get()


class RawResponse(Generic[T]):
    """An HTTP answer as it came, with ``parse()`` giving the typed result the plain method returns."""

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
        """The typed result, as the plain method returns it."""
        return self._parse(self.http_response)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.url}>"


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """``method``, answering with the ``RawResponse`` of its (first) HTTP call."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _RAW_RESPONSE.set(True)
        try:
            return cast(RawResponse[T], method(*args, **kwargs))
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """``to_raw_response_wrapper`` for a coroutine method (or one returning an awaitable paginator)."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _RAW_RESPONSE.set(True)
        try:
            return cast(RawResponse[T], await method(*args, **kwargs))
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped
