"""The exceptions the clients raise (one definition, re-exported by each generated package).

``APIError`` is the root of everything the clients raise: for a call, before one is sent (a bad
argument, missing credentials) and for a webhook delivery. Those raised before anything is sent, and
the webhook errors, are ``ValueError`` too, so ``except ValueError`` keeps catching them.
``DecodeError`` is raised when a JSON value does not match the schema of the model it is decoded into.

Every exception here pickles (for multiprocessing, Celery, pytest-xdist) keeping its status code,
message, code, request id and body; the HTTP request and answer are rebuilt from their method, URL
(without user info) and status only, so no header (a token) travels. Messages built from service
text are cut to ``MAX_MESSAGE_LENGTH`` characters.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "BulkCallInterruptedError",
    "ClientClosedError",
    "ConflictError",
    "DailyLimitError",
    "DecodeError",
    "InternalServerError",
    "InvalidGrantError",
    "LocationUninstalledError",
    "MissingCredentialsError",
    "NoNextPageError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "SucceededUnreadableError",
    "TokenStoreError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookVerificationError",
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


MAX_MESSAGE_LENGTH = 500


def bounded(text: str, limit: int = MAX_MESSAGE_LENGTH) -> str:
    """``text`` cut to ``limit`` characters, saying so."""
    return text if len(text) <= limit else text[: limit - 15] + "... (truncated)"


def redact_url(url: str | httpx.URL) -> str:
    """``url`` without a user name or password (``https://user:secret@host`` -> ``https://***@host``)."""
    text = str(url)
    try:
        parts = urlsplit(text)
    except ValueError:
        return "<unparsable URL>"
    if "@" not in parts.netloc:
        return text
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


def _request_summary(request: httpx.Request | None) -> tuple[str, str] | None:
    return None if request is None else (request.method, redact_url(request.url))


def _rebuild_request(summary: tuple[str, str] | None) -> httpx.Request | None:
    return None if summary is None else httpx.Request(summary[0], summary[1])


def _rebuild_response(status_code: int, summary: tuple[str, str] | None) -> httpx.Response:
    request = _rebuild_request(summary)
    return httpx.Response(status_code, request=request) if request is not None else httpx.Response(status_code)


def _response_request(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    error = cls.__new__(cls)
    BaseException.__init__(error, *args)
    request = state.pop("_request_summary", None)
    status_code = state.pop("_response_status", None)
    if status_code is not None:
        state["response"] = _rebuild_response(status_code, request)
    elif "_has_request" in state:
        state.pop("_has_request")
        state["request"] = _rebuild_request(request)
    error.__dict__.update(state)
    return error


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

    def within(self, *steps: str | int) -> DecodeError:
        """This error with ``steps`` (the keys and indexes that lead to where it was found) put before its path."""
        self.path[0:0] = steps
        return self

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

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), (), dict(self.__dict__)))


class APIError(Exception):
    """Base of every error raised for a call to the API."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # The request and answer are not pickled: their headers carry the token. What identifies them is.
        state = dict(self.__dict__)
        state.pop("__traceback__", None)
        response = state.pop("response", None)
        if isinstance(response, httpx.Response):
            state["_response_status"] = response.status_code
            state["_request_summary"] = _request_summary(_response_request(response))
        elif "request" in state:
            state["_has_request"] = True
            state["_request_summary"] = _request_summary(state.pop("request"))
        return (_restore, (type(self), self.args, state))


class BulkCallInterruptedError(APIError):
    """The item's call was cut short because the bulk run was cancelled (asyncio cancellation, Ctrl-C).

    ``may_have_reached_server`` is true when the call had started: whether it took effect is unknown.
    """

    def __init__(self, message: str, *, may_have_reached_server: bool) -> None:
        super().__init__(message)
        self.may_have_reached_server = may_have_reached_server


class DailyLimitError(APIError):
    """The service's daily call limit is spent, as its rate-limit headers said: the call was not sent.

    Nothing reached the service (``may_have_reached_server`` is false), so the call is safe to send
    again once the service's day has turned. ``limit`` is the daily limit the service announced.
    """

    may_have_reached_server = False

    def __init__(self, message: str, *, limit: int | None = None) -> None:
        super().__init__(message)
        self.limit = limit


class APIConnectionError(APIError):
    """The request did not get an answer: the connection failed or broke."""

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        request: httpx.Request | None = None,
        may_have_reached_server: bool = True,
    ) -> None:
        super().__init__(message)
        self.request = request
        self.may_have_reached_server = may_have_reached_server


class ClientClosedError(APIConnectionError):
    """The client was used after ``close()`` (or after its ``with`` block, or its HTTP client was closed).

    Nothing was sent. A subclass of ``APIConnectionError``: code that handles "no answer" handles it.
    """

    def __init__(
        self,
        message: str = "The client is closed.",
        *,
        request: httpx.Request | None = None,
        may_have_reached_server: bool = False,
    ) -> None:
        super().__init__(message, request=request, may_have_reached_server=may_have_reached_server)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(
        self,
        message: str = "Request timed out.",
        *,
        request: httpx.Request | None = None,
        may_have_reached_server: bool = True,
    ) -> None:
        super().__init__(message, request=request, may_have_reached_server=may_have_reached_server)


class APIResponseValidationError(APIError):
    """A successful answer whose body does not match the spec."""

    may_have_reached_server = True

    def __init__(self, response: httpx.Response, cause: DecodeError) -> None:
        super().__init__(
            bounded(
                f"{response.request.method} {response.request.url.path} answered {response.status_code} "
                f"with a body that does not match the spec: {cause}"
            )
        )
        self.response = response
        self.status_code = response.status_code
        self.path = cause.path
        self.json_path = cause.json_path


class SucceededUnreadableError(APIResponseValidationError):
    """A success status (the service acted) whose body cannot give the documented model's fields.

    Raised in both modes, only for an operation that changes something: the action happened (``acted``
    is true), so do not repeat it; ``response`` holds what came.
    """

    acted = True


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
        super().__init__(bounded(message))
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.code = None if code is None else bounded(code, 200)
        self.request_id = _request_id(response.headers)

    @property
    def may_have_reached_server(self) -> bool:
        """True when the service may have acted on the request despite the error (a 5xx, 408, 504)."""
        return self.status_code >= 500 or self.status_code == 408


def _request_id(headers: httpx.Headers) -> str | None:
    for name in ("x-request-id", "request-id", "x-trace-id", "traceid", "x-amzn-requestid"):
        if name in headers:
            return bounded(headers[name], 200)
    return None


class BadRequestError(APIStatusError):
    """400: the request is malformed."""


class InvalidGrantError(BadRequestError):
    """400 ``invalid_grant`` from a token endpoint: the refresh token (or code) is spent, revoked or expired.

    ``code`` is ``"invalid_grant"`` and the message carries the service's description. A client whose
    refresh failed so sends nothing more and raises this again on every call until it is given a new
    pair (``oauth_tokens.set_tokens(...)``).
    """


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, invalid or expired."""


class LocationUninstalledError(APIStatusError):
    """An agency client's location refused a freshly fetched location token, or refused to give one: the
    app is no longer installed there (or the location is gone). The service answers a token without the
    call's scope with the same 401, so a location whose installation lacks a scope is reported here too;
    the message carries the service's own words, which tell the two apart.

    Raised after at most two token fetches for the call, never retried further: skip the location.
    ``location_id`` names it; ``status_code``, ``body`` and ``response`` are the refusal's (a 401 of the
    call, or the token endpoint's 400). The error of the token endpoint, if it was that, is the ``__cause__``.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None = None,
        location_id: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, code=code)
        # Optional only so that every status error is made the same way; the client always names it.
        self.location_id = location_id

    @classmethod
    def from_refusal(cls, refusal: APIStatusError, location_id: str) -> LocationUninstalledError:
        """The error for ``refusal`` (an error answer about ``location_id``'s token), keeping its answer."""
        return cls(
            f"location {location_id!r} refused a fresh location token: the app is no longer installed there, "
            f"or its installation lacks this call's scope ({refusal.message})",
            response=refusal.response,
            body=refusal.body,
            code=refusal.code,
            location_id=location_id,
        )


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


class NoNextPageError(APIError, LookupError):
    """``get_next_page()`` was called on the last page (a ``LookupError`` too, as it always was)."""


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


def status_error_class(status_code: int, code: str | None = None) -> type[APIStatusError]:
    """The ``APIStatusError`` subclass for an error status code (and the service's error ``code``)."""
    if status_code == 400 and code == "invalid_grant":
        return InvalidGrantError
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

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message,))


class ArgumentError(APIError, ValueError):
    """An argument the spec does not allow; the message names it by its path (``mobile.number``). Nothing was sent."""


class MissingCredentialsError(APIError, ValueError):
    """A client was built without a credential it cannot work without, given neither as an argument nor
    in its environment variable. ``argument`` names the argument, ``env_var`` the variable."""

    def __init__(self, message: str, *, argument: str | None = None, env_var: str | None = None) -> None:
        super().__init__(message)
        self.argument = argument
        self.env_var = env_var


class WebhookPayloadError(APIError, ValueError):
    """The delivery is not a JSON object, or its payload does not fit the event class of its type."""

    def __init__(self, message: str, *, event_type: str | None = None) -> None:
        super().__init__(message)
        self.event_type = event_type


class WebhookVerificationError(APIError, ValueError):
    """The delivery cannot be trusted: no or a wrong signature, a stale timestamp, a replayed id, a bad body."""
