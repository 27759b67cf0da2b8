"""The sandbox server: both services on one ASGI app, with latency, rate limits and faults to order.

Sakari is served under ``/v1`` (and its token at ``/oauth2/token``), HighLevel at ``/contacts``, as on
the real hosts, so a client needs only its base URL changed. Per-request knobs are headers:

- ``X-Sandbox-Latency-Ms: 50``: wait before answering.
- ``X-Sandbox-Rate-Limit: 5/1`` (or ``none``): the rate limit for this request's caller, instead of the server's.
- ``X-Sandbox-Fault: 503`` (any status from 500 to 599): answer that error, doing nothing.
- ``X-Sandbox-Fault: drop``: do the work, then cut the connection mid-answer.
- ``X-Sandbox-Fault: slow-body``: do the work, then send the answer a few bytes at a time.
- ``X-Sandbox-Fault: malformed-json``: do the work, then answer 200 with broken JSON.

Server-wide settings (``SandboxSettings``) set the same for every request, and the rate limits.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from ._highlevel import HighLevelService
from ._highlevel_oauth import AUTHORIZE_PATH
from ._sakari import SakariService
from ._service import Answer, Call, RateLimit, RateLimiter, Service, ServiceError, retry_after_seconds
from ._spec import coerce

log = logging.getLogger("contacts_sandbox")

SAKARI_CLIENT_ID = "sandbox-client"
SAKARI_CLIENT_SECRET = "sandbox-secret"
HIGHLEVEL_TOKEN = "sandbox-token"
FAULTS = ("drop", "slow-body", "malformed-json")


class DroppedConnection(ConnectionAbortedError):
    """Raised to make uvicorn cut a connection mid-answer, as ``X-Sandbox-Fault: drop`` asks."""


class _HideDroppedConnections(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_HideDroppedConnections())


@dataclass(frozen=True)
class SandboxSettings:
    """How the sandbox behaves for every request (headers can add latency and faults per request)."""

    latency_ms: float = 0
    fault: str | None = None
    sakari_rate_limit: RateLimit | None = None
    highlevel_rate_limit: RateLimit | None = HighLevelService.default_rate_limit
    sakari_credentials: dict[str, str] = field(default_factory=lambda: {SAKARI_CLIENT_ID: SAKARI_CLIENT_SECRET})
    highlevel_tokens: frozenset[str] = frozenset({HIGHLEVEL_TOKEN})
    token_ttl: int = 3600
    allow_duplicates: bool = False
    check_answers: bool = True
    """Check every answer against the spec and turn a mismatch into a 500 (a sandbox bug, never silent)."""


class Sandbox:
    """The ASGI app. ``sandbox.sakari`` and ``sandbox.highlevel`` hold the in-memory data."""

    def __init__(self, settings: SandboxSettings | None = None) -> None:
        self.settings = settings or SandboxSettings()
        self.sakari = SakariService(self.settings.sakari_credentials, self.settings.token_ttl)
        self.highlevel = HighLevelService(set(self.settings.highlevel_tokens), self.settings.allow_duplicates)
        self.limiter = RateLimiter()

    def configure(self, **changes: Any) -> None:
        """Change settings while serving (latency, faults, rate limits)."""
        self.settings = replace(self.settings, **changes)
        self.highlevel.allow_duplicates = self.settings.allow_duplicates
        self.limiter.reset()

    def reset(self) -> None:
        """Forget every contact and attribute, and every rate-limit window."""
        self.sakari.reset()
        self.highlevel.reset()
        self.limiter.reset()

    def _service(self, path: str) -> Service | None:
        for service in (self.sakari, self.highlevel):
            if service.spec.path_exists(path):
                return service
        return None

    def _rate_limit(self, service: Service) -> RateLimit | None:
        return self.settings.sakari_rate_limit if service is self.sakari else self.settings.highlevel_rate_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        headers = {key.lower(): value for key, value in request.headers.items()}
        latency = float(headers.get("x-sandbox-latency-ms", self.settings.latency_ms))
        fault = headers.get("x-sandbox-fault", self.settings.fault)
        if latency > 0:
            await asyncio.sleep(latency / 1000)
        path = scope["path"]  # decoded as sent: URL parsing would drop characters such as \r
        if path == AUTHORIZE_PATH and request.method == "GET":  # HighLevel's authorization page, simulated
            with self.highlevel.lock:
                redirect = self.highlevel.oauth.authorize(request.query_params)
            await self._send(send, redirect, None)
            return
        service = self._service(path)
        if service is None and scope.get("raw_path"):
            # A path parameter holding an encoded "/" (a webhook's URL) matches only before decoding.
            path = scope["raw_path"].decode("latin-1")
            service = self._service(path)
        if service is None:
            await _send_json(send, 404, {"statusCode": 404, "message": f"No route for {path}"}, {})
            return
        body = await request.body()
        answer = self._answer(service, request, path, headers, body, fault)
        await self._send(send, answer, fault)

    def _answer(
        self, service: Service, request: Request, path: str, headers: dict[str, str], body: bytes, fault: str | None
    ) -> Answer:
        extra: dict[str, str] = {}
        try:
            asked = headers.get("x-sandbox-rate-limit")
            limit = self._rate_limit(service) if asked is None else None if asked == "none" else RateLimit.parse(asked)
            if limit is not None:
                key = f"{service.name}:{headers.get('authorization', '')}"
                allowed, remaining, reset_in = self.limiter.take(key, limit)
                extra = service.rate_limit_headers(limit, remaining, key)
                if not allowed:
                    extra["Retry-After"] = retry_after_seconds(reset_in)
                    extra["retry-after-ms"] = str(max(1, round(reset_in * 1000)))
                    raise ServiceError(429, "Too many requests")
            if fault is not None and fault not in FAULTS:
                status = int(fault) if fault.isdigit() and 500 <= int(fault) <= 599 else 500
                raise ServiceError(status, f"Injected fault {fault}")
            call = self._call(service, request, path, headers, body)
            with service.lock:
                answer = service.handlers[call.operation.operation_id](call)
            if self.settings.check_answers:
                self._check_answer(service, call, answer)
        except ServiceError as error:
            answer = Answer(error.status, service.error_body(error.status, error.message, error.code, error.extra))
        answer.headers.update(extra)
        return answer

    def _call(self, service: Service, request: Request, path: str, headers: dict[str, str], body: bytes) -> Call:
        matched = service.spec.match(request.method, path)
        if matched is None:
            raise ServiceError(405, f"{request.method} is not allowed on {path}")
        operation, path_values = matched
        principal = service.authenticate(operation, headers) if operation.secured else ""
        problems: list[str] = []
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
        sources = {"path": path_values, "query": request.query_params, "header": headers}
        for parameter in operation.parameters:
            source = sources[parameter.location]
            name = parameter.name.lower() if parameter.location == "header" else parameter.name
            if name not in source:
                if parameter.required and parameter.location != "header":
                    problems.append(f"{parameter.location} parameter {parameter.name} is required")
                continue
            value = coerce(source[name], parameter.schema)
            problems += service.spec.errors(parameter.schema, value, f"{parameter.location} parameter {parameter.name}")
            if parameter.location in values:
                values[parameter.location][parameter.name] = value
        if any(parameter.location == "header" for parameter in operation.parameters):
            service.check_headers(operation, headers)
        content_type = headers.get("content-type", "").split(";")[0].strip() or None
        parsed: Any = None
        if operation.body_schemas:
            if not body:
                if operation.body_required:
                    problems.append("a request body is required")
            elif content_type not in operation.body_schemas:
                problems.append(f"the body must be one of {sorted(operation.body_schemas)}, not {content_type}")
            elif content_type == "application/json":
                try:
                    parsed = json.loads(body, parse_constant=_reject_constant)
                except ValueError:
                    problems.append("the body is not valid JSON")
                else:
                    problems += service.spec.errors(operation.body_schemas[content_type], parsed, "body")
            else:
                parsed = body
        if problems:
            raise service.invalid(problems, operation)
        return Call(operation, values["path"], values["query"], headers, parsed, content_type, principal)

    def _check_answer(self, service: Service, call: Call, answer: Answer) -> None:
        schema = service.spec.response_schema(call.operation, answer.status)
        if schema is None and answer.body is None and str(answer.status) in call.operation.responses:
            return  # a documented answer without a body, such as a 204
        if schema is None:
            raise ServiceError(
                500, f"sandbox bug: {call.operation.operation_id} answered {answer.status}, undocumented"
            )
        problems = service.spec.errors(schema, answer.body, "answer")
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
