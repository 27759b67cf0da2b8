"""The request value: what a generated endpoint module builds and the runtime sends.

An endpoint's ``build_request(...)`` turns typed arguments into a ``Request``; the client adds what
belongs to the client (base URL, credentials, default headers, per-call options) and sends it. Facts
about the operation that the runtime acts on travel with it: whether it may be resent, its id.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

import attrs
import httpx

from .errors import ArgumentError

__all__ = ["NO_BODY", "Request", "RequestOptions", "path_segment"]


class _NoBody:
    def __repr__(self) -> str:
        return "NO_BODY"

    def __reduce__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()
"""The ``json`` of a request that sends no JSON body (``None`` would be a JSON ``null``)."""

_DOT_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(name: str, value: object) -> str:
    """``value`` escaped as one URL path segment; ``ArgumentError`` naming ``name`` if it cannot stay one.

    Every character but the unreserved ones is percent-encoded (``/`` included). The empty string,
    ``.`` and ``..`` are refused: a client or proxy would resolve them and reach another endpoint.
    """
    text = value.value if isinstance(value, Enum) else value
    if not isinstance(text, str):
        raise ArgumentError(f"`{name}`: expected a string, got {type(value).__name__}")
    if text in _DOT_SEGMENTS:
        shown = "empty" if not text else f"{text!r}"
        raise ArgumentError(f"`{name}` is {shown}: a path parameter must name one resource")
    return quote(text, safe="")


@attrs.frozen
class RequestOptions:
    """Per-call options every facade method accepts (the names and meaning of the OpenAI SDK's).

    ``extra_headers``, ``extra_query`` and ``extra_body`` are merged over what the call builds (a
    value of ``None`` removes a key); ``timeout`` replaces the client's for this call.
    """

    extra_headers: Mapping[str, str | None] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: float | httpx.Timeout | None = None


def _merged(base: Mapping[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    merged = dict(base)
    for key, value in (extra or {}).items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


@attrs.frozen
class Request:
    """One HTTP call of an operation, before the client's settings are added.

    ``path`` is relative to the client's base URL (an absolute URL is sent as it is), its parameters
    already escaped by ``path_segment``. ``idempotent`` is false for an operation that may create or
    send something: such a request is never resent once it may have reached the service.
    """

    method: str
    path: str
    operation_id: str
    idempotent: bool
    params: Mapping[str, Any] = attrs.field(factory=dict)
    headers: Mapping[str, str] = attrs.field(factory=dict)
    json: Any = NO_BODY
    form: Mapping[str, Any] | None = None
    content: bytes | None = None
    timeout: float | httpx.Timeout | None = None

    def with_params(self, **changes: Any) -> Request:
        """The same request with some query parameters changed (``None`` removes one)."""
        return attrs.evolve(self, params=_merged(self.params, changes))

    def with_json_fields(self, **changes: Any) -> Request:
        """The same request with some top-level fields of its JSON body changed (``None`` removes one)."""
        if not isinstance(self.json, Mapping):
            raise TypeError(f"{self.operation_id} has no JSON object body to change")
        return attrs.evolve(self, json=_merged(self.json, changes))

    def with_options(self, options: RequestOptions | None) -> Request:
        """The request with a call's extra headers, query parameters, body fields and timeout."""
        if options is None:
            return self
        changes: dict[str, Any] = {}
        if options.extra_headers:
            changes["headers"] = _merged(self.headers, options.extra_headers)
        if options.extra_query:
            changes["params"] = _merged(self.params, options.extra_query)
        if options.extra_body:
            if self.json is NO_BODY:
                raise ArgumentError(f"`extra_body`: {self.operation_id} sends no JSON body")
            if not isinstance(self.json, Mapping):
                raise ArgumentError(f"`extra_body`: the JSON body of {self.operation_id} is not an object")
            changes["json"] = _merged(self.json, options.extra_body)
        if options.timeout is not None:
            changes["timeout"] = options.timeout
        return attrs.evolve(self, **changes) if changes else self
