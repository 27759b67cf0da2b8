"""The exceptions the clients raise (one definition, re-exported by each generated package).

``APIError`` is the root of everything raised for a call; ``DecodeError`` is raised when a JSON
value does not match the schema of the model it is decoded into.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DecodeError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "TokenStoreError",
    "UnprocessableEntityError",
]

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_JSON_TYPE_NAMES = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    list: "array",
    dict: "object",
    type(None): "null",
}
MISSING: Any = object()
"""Stands for an absent value in a ``DecodeError`` about a required field."""
MALFORMED: Any = object()
"""Stands for a string that does not parse as its format says (a date-time, say)."""
NOT_JSON: Any = object()
"""Stands for an HTTP body that is not a JSON document."""
_SENTINEL_NAMES = {id(MISSING): "nothing", id(MALFORMED): "a malformed string", id(NOT_JSON): "a body that is not JSON"}


def json_type_name(value: object) -> str:
    sentinel = _SENTINEL_NAMES.get(id(value))
    if sentinel is not None:
        return sentinel
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


class DecodeError(ValueError):
    """A JSON value does not match the schema it is decoded with.

    ``path`` holds the keys and list indexes from the document root to the bad value; the
    message names it as a JSON path (``$.data[0].mobile.valid``). Only the JSON type of the
    bad value is reported, never the value itself, so no personal data or secret leaks.
    """

    def __init__(self, expected: str, actual: object, key: str | int | None = None) -> None:
        super().__init__()
        self.expected = expected
        self.actual_type = json_type_name(actual)
        self.path: list[str | int] = [] if key is None else [key]

    @property
    def json_path(self) -> str:
        steps = ["$"]
        for step in self.path:
            if isinstance(step, int):
                steps.append(f"[{step}]")
            elif _IDENTIFIER.match(step):
                steps.append(f".{step}")
            else:
                steps.append(f"[{step!r}]")
        return "".join(steps)

    def __str__(self) -> str:
        return f"{self.json_path}: expected {self.expected}, got {self.actual_type}"


class APIError(Exception):
    """Base of every error raised for a call to the API."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(APIError):
    """The request did not get an answer: the connection failed or broke."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A successful answer whose body does not match the spec."""

    def __init__(self, response: httpx.Response, cause: DecodeError) -> None:
        super().__init__(
            f"{response.request.method} {response.request.url.path} answered {response.status_code} "
            f"with a body that does not match the spec: {cause}"
        )
        self.response = response
        self.status_code = response.status_code
        self.path = cause.path
        self.json_path = cause.json_path


class APIStatusError(APIError):
    """The API answered with an error status (4xx or 5xx).

    ``body`` is the error body parsed with the documented error model of the operation, or the
    decoded JSON (or ``None``) when the body does not match it; ``code`` is the service's own
    error code when the body carries one; ``request_id`` comes from a request-id header.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.code = code
        self.request_id = _request_id(response.headers)


def _request_id(headers: httpx.Headers) -> str | None:
    for name in ("x-request-id", "request-id", "x-trace-id", "traceid", "x-amzn-requestid"):
        if name in headers:
            return headers[name]
    return None


class BadRequestError(APIStatusError):
    """400: the request is malformed."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not allow this call."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well formed but its content is invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class PaginationError(APIError):
    """A list's next page would not make progress (the same items again, or a cursor that does not move).

    Raised after the page that showed it was yielded, instead of walking the same pages for ever.
    """


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The ``APIStatusError`` subclass for an error status code."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


class TokenStoreError(APIError):
    """The ``on_tokens`` callback failed to store a new OAuth token pair, so the pair was not used.

    The service has already retired the refresh token that was sent: the pair is kept by the client
    (``oauth_tokens.unsaved``) and offered to ``on_tokens`` again on the next call. The callback's own
    exception is the ``__cause__``. ``unsaved`` is that pair (never pickled, never shown).
    """

    def __init__(self, message: str, *, unsaved: object = None) -> None:
        super().__init__(message)
        self.unsaved = unsaved

    def __reduce__(self) -> str | tuple[object, ...]:
        return (type(self), (self.message,))
