"""Answers: a success parsed with its documented model, an error answer's body read through the service's
table of error bodies, and the raw answers of the ``with_raw_response`` twins.

A twin is the same method run with a context flag set; the client, seeing the flag, hands back the
HTTP answer wrapped in ``RawResponse`` instead of parsing it. So each operation is written once.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Generic, ParamSpec, TypeVar, cast, overload

import httpx

from ._drift import decode_answer, decode_first_match, not_json, record_drift
from .errors import MISSING, NOT_JSON, APIResponseValidationError, DecodeError, SucceededUnreadableError
from .types import json_loads

__all__ = [
    "ErrorBodies",
    "RawResponse",
    "async_to_raw_response_wrapper",
    "parse_answer",
    "parse_json",
    "parse_one_of",
    "raw_response_requested",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")

_RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("contacts_runtime_raw_response", default=False)


def parse_json(response: httpx.Response) -> Any:
    """A success answer's JSON; ``APIResponseValidationError`` when it is not JSON."""
    try:
        return json_loads(response.content)
    except (ValueError, RecursionError):
        raise not_json(response) from None


def parse_answer(response: httpx.Response, model: type[T], *, acts: bool = False) -> T:
    """A success answer as its documented model: strictly, or tolerantly when the client allows it.

    ``acts``: the operation changes state, and a success status says the service acted, so the answer is
    never reported as a failure of the action: an empty body, or one that is not a JSON object, gives the
    model decoded from ``{}`` (drift ``$: expected a JSON body`` recorded); ``SucceededUnreadableError``
    (``acted`` true) when the model has fields it cannot do without, or the body does not decode.
    """
    if not acts:
        answer: T = decode_answer(response, parse_json(response), model.from_dict, model.__tolerant__)  # type: ignore[attr-defined]
        return answer
    data = _acted_body(response)
    try:
        if data is None:
            empty: T = model.from_dict({})  # type: ignore[attr-defined]
            return empty
        decoded: T = decode_answer(
            response,
            data,
            model.from_dict,  # type: ignore[attr-defined]
            model.__tolerant__,  # type: ignore[attr-defined]
            SucceededUnreadableError,
        )
        return decoded
    except DecodeError as error:
        raise SucceededUnreadableError(response, error) from None


def _acted_body(response: httpx.Response) -> dict[str, Any] | None:
    """The JSON object of the answer to a call that acted; ``None`` (drift recorded) when it holds none."""
    try:
        data = json_loads(response.content) if response.content.strip() else MISSING
    except (ValueError, RecursionError):
        data = NOT_JSON
    if isinstance(data, dict):
        return data
    record_drift([], "a JSON body", data)
    return None


A = TypeVar("A")
B = TypeVar("B")
C = TypeVar("C")


@overload
def parse_one_of(response: httpx.Response, models: tuple[type[A], type[B]], *, acts: bool = False) -> A | B: ...
@overload
def parse_one_of(
    response: httpx.Response, models: tuple[type[A], type[B], type[C]], *, acts: bool = False
) -> A | B | C: ...
def parse_one_of(response: httpx.Response, models: Sequence[type], *, acts: bool = False) -> Any:
    """A success answer documented as one of several models: the first that decodes it (``acts``: as
    ``parse_answer``'s)."""
    if acts:
        acted = _acted_body(response)
        try:
            return decode_first_match([model.from_dict for model in models], {} if acted is None else acted)  # type: ignore[attr-defined]
        except DecodeError as error:
            raise SucceededUnreadableError(response, error) from None
    data = parse_json(response)
    try:
        if not isinstance(data, dict):
            raise DecodeError("object", data)
        return decode_first_match([model.from_dict for model in models], data)  # type: ignore[attr-defined]
    except DecodeError as error:
        raise APIResponseValidationError(response, error) from None


class ErrorBodies:
    """A service's error answers as data: the model of the body of each error status the spec documents.

    Keys are statuses (``404``) or ranges (``"4XX"``); a status is looked up before its range. The body
    of an answer is the model built from its JSON, or ``None`` when it is not JSON or does not match
    (the error keeps its status whatever its body).
    """

    def __init__(self, models: Mapping[int | str, type]) -> None:
        self._models = dict(models)

    def model(self, status_code: int) -> type | None:
        return self._models.get(status_code) or self._models.get(f"{status_code // 100}XX")

    def parse(self, response: httpx.Response) -> object | None:
        model = self.model(response.status_code)
        if model is None:
            return None
        try:
            parsed: object = model.from_dict(json_loads(response.content))  # type: ignore[attr-defined]
        except (ValueError, RecursionError):  # DecodeError is a ValueError
            return None
        return parsed

    def __repr__(self) -> str:
        shown = ", ".join(f"{status}: {model.__name__}" for status, model in self._models.items())
        return f"ErrorBodies({{{shown}}})"


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
