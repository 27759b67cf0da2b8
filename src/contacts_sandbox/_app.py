"""The sandbox server: both services on one ASGI app, with latency, rate limits, faults and drift to order.

Sakari is served under ``/v1`` (and its token at ``/oauth2/token``), HighLevel at ``/contacts``, as on
the real hosts, so a client needs only its base URL changed. Per-request knobs are headers:

- ``X-Sandbox-Latency-Ms: 50``: wait before answering (0 to 60,000 ms).
- ``X-Sandbox-Rate-Limit: 5/1`` (or ``none``): the rate limit for this request's caller, instead of the server's.
- ``X-Sandbox-Fault: 503`` (any status from 500 to 599): answer that error, doing nothing.
- ``X-Sandbox-Fault: drop``: do the work, then cut the connection mid-answer.
- ``X-Sandbox-Fault: slow-body``: do the work, then send the answer a few bytes at a time.
- ``X-Sandbox-Fault: malformed-json``: do the work, then answer 200 with broken JSON.
- ``X-Sandbox-Drift: 1``: do the work, then make a successful answer drift from the spec the way real
  services do: each object gains an undocumented field, and (where it has such fields) one documented
  value becomes ``null``, one enum value becomes a value the spec does not list, and one string
  becomes a number. The same answer always drifts the same way; ids and paging fields never drift,
  so pagers still work. ``0`` turns it off for one request when ``SandboxSettings.drift`` is on.

A knob value the sandbox cannot read is answered 400 with a message naming the header.
Server-wide settings (``SandboxSettings``) set the same for every request, the rate limits, the
credentials and how long tokens live; ``Sandbox.configure`` changes them while serving.

Every request is routed on its path as sent (an encoded ``/`` stays inside its segment), is
authenticated before its body is read, may carry at most ``max_body_bytes`` (else 413), and a JSON
body nests at most 64 levels. Body keys that the operation's schema does not describe are refused
(422, or 400 where the operation documents no 422) with a message naming each.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any
from urllib.parse import quote

from starlette.datastructures import QueryParams
from starlette.types import Receive, Scope, Send

from ._drift import drift
from ._highlevel import HighLevelService
from ._highlevel_oauth import AUTHORIZE_PATH
from ._sakari import SakariService
from ._service import (
    Answer,
    Call,
    DailyLimitSpent,
    Identity,
    RateLimit,
    RateLimiter,
    Service,
    ServiceError,
    retry_after_seconds,
)
from ._spec import MAX_DEPTH, Operation, Spec, coerce, depth_of

log = logging.getLogger("contacts_sandbox")

SAKARI_CLIENT_ID = "sandbox-client"
SAKARI_CLIENT_SECRET = "sandbox-secret"
HIGHLEVEL_TOKEN = "sandbox-token"
FAULTS = ("drop", "slow-body", "malformed-json")
MAX_LATENCY_MS = 60_000.0
"""The latency knob's ceiling: a minute is past every client's default timeout, and bounds each wait."""
MAX_TOKEN_TTL = 366 * 86_400


class DroppedConnection(ConnectionAbortedError):
    """Raised to make uvicorn cut a connection mid-answer, as ``X-Sandbox-Fault: drop`` asks."""


class _ClientGone(Exception):
    """The client went away before its request was read (it gave up on a slow answer): nothing to answer."""


class _HideDroppedConnections(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_HideDroppedConnections())


def parse_latency(value: object, where: str = "X-Sandbox-Latency-Ms") -> float:
    """Milliseconds from 0 to ``MAX_LATENCY_MS``; anything else is a ``ValueError`` naming ``where``."""
    try:
        milliseconds = float(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else None
    except ValueError:
        milliseconds = None
    if milliseconds is None or not math.isfinite(milliseconds) or not 0 <= milliseconds <= MAX_LATENCY_MS:
        raise ValueError(f"{where} must be a number of milliseconds from 0 to {MAX_LATENCY_MS:g}, not {value!r}")
    return milliseconds


def parse_fault(value: object, where: str = "X-Sandbox-Fault") -> str | None:
    """A status from 500 to 599 or one of ``FAULTS`` (``None``: no fault)."""
    if value is None or value in FAULTS:
        return value
    if isinstance(value, str) and value.isdigit() and 500 <= int(value) <= 599:
        return value
    raise ValueError(f"{where} must be a status from 500 to 599 or one of {', '.join(FAULTS)}, not {value!r}")


def parse_switch(value: str, where: str) -> bool:
    if value.lower() in ("1", "true", "on"):
        return True
    if value.lower() in ("0", "false", "off"):
        return False
    raise ValueError(f"{where} must be 1 or 0, not {value!r}")


def _frozen(mapping: Mapping[str, str], name: str) -> Mapping[str, str]:
    if not isinstance(mapping, Mapping) or not all(
        isinstance(key, str) and key and isinstance(value, str) and value for key, value in mapping.items()
    ):
        raise ValueError(f"{name} must map non-empty strings to non-empty strings")
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class SandboxSettings:
    """How the sandbox behaves for every request (headers can add latency, faults and drift per request).

    Every setting takes effect, also when changed with ``Sandbox.configure``; a value the sandbox
    cannot honour is refused with a ``ValueError`` naming the setting.
    """

    latency_ms: float = 0
    fault: str | None = None
    sakari_rate_limit: RateLimit | None = None
    highlevel_rate_limit: RateLimit | None = HighLevelService.default_rate_limit
    sakari_credentials: Mapping[str, str] = field(default_factory=lambda: {SAKARI_CLIENT_ID: SAKARI_CLIENT_SECRET})
    """Sakari client ids and their secrets; removing one makes its tokens invalid at once."""
    sakari_accounts: Mapping[str, str] = field(default_factory=dict)
    """The account each Sakari client id belongs to: its tokens get 403 on any other (ids not named reach all)."""
    highlevel_tokens: frozenset[str] = frozenset({HIGHLEVEL_TOKEN})
    highlevel_locations: Mapping[str, str] = field(default_factory=dict)
    """The location each HighLevel token belongs to: it gets 403 on any other. Tokens not named reach every location."""
    token_ttl: int = 3600
    """Seconds a Sakari token lives (the ``expires_in`` of the token answer); tokens already issued keep theirs."""
    allow_duplicates: bool = False
    drift: bool = False
    """Make every successful answer drift from the spec, as ``X-Sandbox-Drift: 1`` does for one request."""
    max_body_bytes: int = 10 * 1024 * 1024
    """Largest request body; a larger one is answered 413 without being read."""
    check_answers: bool = True
    """Check every answer against the spec and turn a mismatch into a 500 (a sandbox bug, never silent)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "latency_ms", parse_latency(self.latency_ms, "latency_ms"))
        parse_fault(self.fault, "fault")
        for name in ("sakari_rate_limit", "highlevel_rate_limit"):
            if getattr(self, name) is not None and not isinstance(getattr(self, name), RateLimit):
                raise ValueError(f"{name} must be a RateLimit or None, not {getattr(self, name)!r}")
        object.__setattr__(self, "sakari_credentials", _frozen(self.sakari_credentials, "sakari_credentials"))
        object.__setattr__(self, "sakari_accounts", _frozen(self.sakari_accounts, "sakari_accounts"))
        strangers = set(self.sakari_accounts) - set(self.sakari_credentials)
        if strangers:
            raise ValueError(f"sakari_accounts names client ids with no credentials: {sorted(strangers)}")
        tokens = self.highlevel_tokens
        if isinstance(tokens, str) or not all(isinstance(token, str) and token for token in tokens):
            raise ValueError("highlevel_tokens must be a set of non-empty strings")
        object.__setattr__(self, "highlevel_tokens", frozenset(tokens))
        object.__setattr__(self, "highlevel_locations", _frozen(self.highlevel_locations, "highlevel_locations"))
        strangers = set(self.highlevel_locations) - self.highlevel_tokens
        if strangers:
            raise ValueError(f"highlevel_locations names {len(strangers)} token(s) that highlevel_tokens lacks")
        for name, ceiling in (("token_ttl", MAX_TOKEN_TTL), ("max_body_bytes", 1 << 30)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= ceiling:
                raise ValueError(f"{name} must be a whole number from 1 to {ceiling}, not {value!r}")
        for name in ("allow_duplicates", "drift", "check_answers"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be True or False, not {getattr(self, name)!r}")


_SETTING_NAMES = frozenset(setting.name for setting in fields(SandboxSettings))


@dataclass(frozen=True)
class _Knobs:
    latency_ms: float
    fault: str | None
    rate_limit: RateLimit | None
    rate_limit_asked: bool
    drift: bool


class Sandbox:
    """The ASGI app. ``sandbox.sakari`` and ``sandbox.highlevel`` hold the in-memory data."""

    def __init__(self, settings: SandboxSettings | None = None) -> None:
        self.settings = settings or SandboxSettings()
        self.sakari = SakariService(dict(self.settings.sakari_credentials), self.settings.token_ttl)
        self.highlevel = HighLevelService(set(self.settings.highlevel_tokens), self.settings.allow_duplicates)
        self.limiter = RateLimiter()
        self.in_flight = 0
        """Requests being answered now (the pytest plugin and tests wait for it to drop to 0)."""
        self._apply()

    def configure(self, **changes: Any) -> None:
        """Change settings while serving; every ``SandboxSettings`` field may be changed, and takes effect."""
        unknown = set(changes) - _SETTING_NAMES
        if unknown:
            raise TypeError(f"no such sandbox setting: {sorted(unknown)}; the settings are {sorted(_SETTING_NAMES)}")
        self.settings = replace(self.settings, **changes)
        self._apply()
        self.limiter.reset()

    def _apply(self) -> None:
        settings = self.settings
        with self.sakari.lock:
            self.sakari.credentials = dict(settings.sakari_credentials)
            self.sakari.client_accounts = dict(settings.sakari_accounts)
            self.sakari.token_ttl = settings.token_ttl
        with self.highlevel.lock:
            self.highlevel.tokens = set(settings.highlevel_tokens)
            self.highlevel.token_locations = dict(settings.highlevel_locations)
            self.highlevel.allow_duplicates = settings.allow_duplicates

    def reset(self) -> None:
        """Forget every contact and attribute, and every rate-limit window."""
        self.sakari.reset()
        self.highlevel.reset()
        self.limiter.reset()

    def _service(self, raw_path: str) -> Service | None:
        for service in (self.sakari, self.highlevel):
            if service.spec.path_exists(raw_path):
                return service
        return None

    def _rate_limit(self, service: Service) -> RateLimit | None:
        return self.settings.sakari_rate_limit if service is self.sakari else self.settings.highlevel_rate_limit

    def _knobs(self, headers: dict[str, str]) -> _Knobs:
        settings = self.settings
        asked = headers.get("x-sandbox-rate-limit")
        drift_header = headers.get("x-sandbox-drift")
        return _Knobs(
            latency_ms=parse_latency(headers.get("x-sandbox-latency-ms", settings.latency_ms)),
            fault=parse_fault(headers.get("x-sandbox-fault", settings.fault)),
            rate_limit=None if asked is None or asked == "none" else _parse_rate_limit(asked),
            rate_limit_asked=asked is not None,
            drift=settings.drift if drift_header is None else parse_switch(drift_header, "X-Sandbox-Drift"),
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        self.in_flight += 1
        try:
            await self._serve(scope, receive, send)
        except _ClientGone:
            pass  # the client gave up (a timeout shorter than the latency asked for): not an error of ours
        finally:
            self.in_flight -= 1

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        raw = scope.get("raw_path")
        # The path as sent, still percent-encoded: decoding first would split an id holding %2F.
        raw_path = raw.decode("latin-1") if raw else quote(scope["path"], safe="/")
        if scope["path"] == AUTHORIZE_PATH and scope["method"] == "GET":  # HighLevel's authorization page, simulated
            with self.highlevel.lock:
                redirect = self.highlevel.oauth.authorize(QueryParams(scope.get("query_string", b"")))
            await self._send(send, redirect, None)
            return
        service = self._service(raw_path)
        if service is None:
            await _send_json(send, 404, {"statusCode": 404, "message": f"No route for {raw_path}"}, {})
            return
        try:
            knobs = self._knobs(headers)
        except ValueError as error:
            await self._send(send, Answer(400, service.error_body(400, str(error), "SANDBOX-KNOB", {})), None)
            return
        if knobs.latency_ms > 0:
            await asyncio.sleep(knobs.latency_ms / 1000)
        answer = await self._answer(service, scope, raw_path, headers, receive, knobs)
        await self._send(send, answer, knobs.fault)

    async def _answer(
        self, service: Service, scope: Scope, raw_path: str, headers: dict[str, str], receive: Receive, knobs: _Knobs
    ) -> Answer:
        extra: dict[str, str] = {}
        try:
            limit = knobs.rate_limit if knobs.rate_limit_asked else self._rate_limit(service)
            if limit is not None:
                key = f"{service.name}:{headers.get('authorization', '')}"
                allowed, remaining, reset_in = self.limiter.take(key, limit)
                try:
                    extra = service.rate_limit_headers(limit, remaining, key)
                except DailyLimitSpent as spent:
                    extra = spent.headers
                    extra["Retry-After"] = retry_after_seconds(spent.reset_in)
                    raise ServiceError(429, "Too many requests: the daily limit is spent") from None
                if not allowed:
                    extra["Retry-After"] = retry_after_seconds(reset_in)
                    extra["retry-after-ms"] = str(max(1, round(reset_in * 1000)))
                    raise ServiceError(429, "Too many requests")
            if knobs.fault is not None and knobs.fault not in FAULTS:
                raise ServiceError(int(knobs.fault), f"Injected fault {knobs.fault}")
            method = scope["method"]
            spec = service.spec_for(headers)
            matched = spec.match(method, raw_path)
            if matched is None:
                raise ServiceError(405, f"{method} is not allowed on {raw_path}")
            operation, path_values = matched
            identity = service.authenticate(operation, headers) if operation.secured else Identity("")
            body = await _read_body(receive, headers, self.settings.max_body_bytes)
            call = self._call(service, spec, operation, path_values, scope, headers, body, identity)
            with service.lock:
                service.authorize(call)
                answer = service.handlers[operation.operation_id](call)
            if self.settings.check_answers:
                self._check_answer(spec, call, answer)
            if knobs.drift and 200 <= answer.status < 300 and answer.body is not None:
                answer = Answer(answer.status, drift(spec, operation, answer), answer.headers)
        except ServiceError as error:
            answer = Answer(error.status, service.error_body(error.status, error.message, error.code, error.extra))
        except _ClientGone:
            raise
        except Exception:
            log.exception("sandbox bug while answering %s %s", scope["method"], raw_path)
            answer = Answer(500, service.error_body(500, "sandbox bug: see the sandbox's log", None, {}))
        answer.headers.update(extra)
        return answer

    def _call(
        self,
        service: Service,
        spec: Spec,
        operation: Operation,
        path_values: dict[str, str],
        scope: Scope,
        headers: dict[str, str],
        body: bytes,
        identity: Identity,
    ) -> Call:
        query = QueryParams(scope.get("query_string", b""))
        sources: dict[str, Mapping[str, str]] = {"path": path_values, "query": query, "header": headers}
        values, problems = _read_parameters(spec, operation, sources)
        if any(parameter.location == "header" for parameter in operation.parameters):
            service.check_headers(operation, headers)
        content_type = headers.get("content-type", "").split(";")[0].strip() or None
        parsed, body_problems = _parse_body(spec, operation, content_type, body)
        problems += body_problems
        if problems:
            raise service.invalid(problems, operation)
        return Call(
            operation, values["path"], values["query"], headers, parsed, content_type, identity.name, identity.scope
        )

    def _check_answer(self, spec: Spec, call: Call, answer: Answer) -> None:
        schema = spec.response_schema(call.operation, answer.status)
        if schema is None and answer.body is None and str(answer.status) in call.operation.responses:
            return  # a documented answer without a body, such as a 204
        if schema is None:
            raise ServiceError(
                500, f"sandbox bug: {call.operation.operation_id} answered {answer.status}, undocumented"
            )
        problems = spec.errors(schema, answer.body, "answer")
        if problems:
            log.error("sandbox answer breaks the spec: %s", problems)
            raise ServiceError(500, f"sandbox bug: the answer breaks the spec: {problems[:3]}")

    async def _send(self, send: Send, answer: Answer, fault: str | None) -> None:
        content = b"" if answer.status == 204 else _dumps(answer.body)
        if fault == "malformed-json" and answer.status < 400:
            await _send_raw(send, 200, content[: max(len(content) // 2, 1)] + b"<truncated", answer.headers)
        elif fault == "drop" and answer.status < 400:
            await send(_start(answer.status, len(content), answer.headers))
            await send({"type": "http.response.body", "body": content[: len(content) // 2], "more_body": True})
            raise DroppedConnection("X-Sandbox-Fault: drop")
        elif fault == "slow-body" and answer.status < 400:
            await send(_start(answer.status, len(content), answer.headers))
            step = max(len(content) // 10, 1)
            for start in range(0, len(content), step):
                await asyncio.sleep(0.05)
                more = start + step < len(content)
                await send({"type": "http.response.body", "body": content[start : start + step], "more_body": more})
        else:
            await _send_raw(send, answer.status, content, answer.headers)


def _parse_rate_limit(text: str) -> RateLimit:
    try:
        return RateLimit.parse(text)
    except ValueError as error:
        raise ValueError(f"X-Sandbox-Rate-Limit: {error}") from None


async def _read_body(receive: Receive, headers: dict[str, str], limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (by its Content-Length before reading any)."""
    declared = headers.get("content-length")  # the HTTP parser has refused one that is not a number
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ServiceError(413, f"The request body is larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise ServiceError(413, f"The request body is larger than {limit} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _read_parameters(
    spec: Spec, operation: Operation, sources: Mapping[str, Mapping[str, str]]
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The path and query parameters the call gives, coerced to their schemas, and what is wrong with them."""
    problems: list[str] = []
    values: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
    for parameter in operation.parameters:
        source = sources[parameter.location]
        name = parameter.name.lower() if parameter.location == "header" else parameter.name
        if name not in source:
            if parameter.required and parameter.location != "header":
                problems.append(f"{parameter.location} parameter {parameter.name} is required")
            continue
        value = coerce(source[name], parameter.schema)
        problems += spec.errors(parameter.schema, value, f"{parameter.location} parameter {parameter.name}")
        if parameter.location in values:
            values[parameter.location][parameter.name] = value
    return values, problems


def _parse_body(spec: Spec, operation: Operation, content_type: str | None, body: bytes) -> tuple[Any, list[str]]:
    """The body as the handler reads it (JSON parsed, anything else as bytes), and what is wrong with it."""
    if not operation.body_schemas:
        return None, []
    if not body:
        return None, ["a request body is required"] if operation.body_required else []
    if content_type not in operation.body_schemas:
        return None, [f"the body must be one of {sorted(operation.body_schemas)}, not {content_type}"]
    if content_type != "application/json":
        return body, []
    parsed, problems = _parse_json(body)
    if problems:
        return None, problems
    schema = operation.body_schemas[content_type]
    return parsed, [*spec.errors(schema, parsed, "body"), *spec.unknown_keys(schema, parsed, "body")]


def _parse_json(body: bytes) -> tuple[Any, list[str]]:
    try:
        parsed = json.loads(body, parse_constant=_reject_constant)
    except RecursionError:
        return None, [f"the body nests deeper than {MAX_DEPTH} levels"]
    except ValueError:
        return None, ["the body is not valid JSON"]
    if depth_of(parsed) > MAX_DEPTH:
        return None, [f"the body nests deeper than {MAX_DEPTH} levels"]
    return parsed, []


def _reject_constant(name: str) -> Any:
    """NaN and Infinity: Python's json reads them, JSON and the real services do not."""
    raise ValueError(f"{name} is not JSON")


def _json_dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _fastest_dumps() -> Callable[[Any], bytes]:
    try:
        import msgspec
    except ImportError:
        return _json_dumps

    encode = msgspec.json.Encoder().encode

    def dumps(value: Any) -> bytes:
        try:
            return encode(value)
        except UnicodeEncodeError:  # a lone surrogate, which the standard library escapes
            return _json_dumps(value)

    return dumps


_dumps = _fastest_dumps()


def _start(status: int, length: int, headers: dict[str, str]) -> dict[str, Any]:
    raw = [(b"content-type", b"application/json"), (b"content-length", str(length).encode())]
    raw += [(key.lower().encode(), value.encode()) for key, value in headers.items()]
    return {"type": "http.response.start", "status": status, "headers": raw}


async def _send_raw(send: Send, status: int, content: bytes, headers: dict[str, str]) -> None:
    await send(_start(status, len(content), headers))
    await send({"type": "http.response.body", "body": content})


async def _send_json(send: Send, status: int, body: Any, headers: dict[str, str]) -> None:
    await _send_raw(send, status, json.dumps(body).encode(), headers)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
