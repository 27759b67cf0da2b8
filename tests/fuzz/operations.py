"""Every operation of both packages, as data the fuzz tests iterate, and answers drawn from the spec.

Operations are found by walking the generated ``api`` packages (so an operation added to a spec is
fuzzed without touching these tests); their paths, bodies and answer schemas are read from the
``openapi.yaml`` each package bundles.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml
from contacts_runtime import Request
from contacts_runtime.types import Unset
from highlevel_client import AsyncHighLevel, HighLevel
from hypothesis import strategies as st
from sakari_client import AsyncSakari, Sakari

PACKAGES = ("sakari_client", "highlevel_client")
SECRET = "fuzz-client-secret-0f1e2d"
TOKEN = "fuzz-access-token-9a8b7c"
HIGHLEVEL_TOKEN = "fuzz-highlevel-token-5d4c3b"
SECRETS = (SECRET, TOKEN, HIGHLEVEL_TOKEN)
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    """One endpoint module and what its spec says about it."""

    package: str
    module: types.ModuleType
    operation_id: str
    method: str
    path: str
    spec: Mapping[str, Any]

    @property
    def name(self) -> str:
        return f"{self.package}.{self.module.__name__.rsplit('.', 2)[-2]}.{self.module.__name__.rsplit('.', 1)[-1]}"

    @property
    def build_request(self) -> Callable[..., Request]:
        return self.module.build_request  # type: ignore[no-any-return]

    @property
    def parse_response(self) -> Callable[[httpx.Response], object]:
        return self.module.parse_response  # type: ignore[no-any-return]

    @property
    def authenticated(self) -> bool:
        """Whether the call carries the client's credentials (not the token calls themselves)."""
        return self.spec.get("security") != []

    def signature(self) -> inspect.Signature:
        return inspect.signature(self.build_request, eval_str=True)

    def path_parameters(self) -> list[str]:
        """The Python names of the path parameters (``build_request``'s positional parameters)."""
        return [
            name
            for name, parameter in self.signature().parameters.items()
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]

    def success_schema(self) -> tuple[int, Mapping[str, Any] | None]:
        """The first documented success status and its JSON schema (``None`` when it has no JSON body)."""
        for status, answer in sorted(self.spec.get("responses", {}).items(), key=lambda item: str(item[0])):
            if str(status).startswith("2"):
                if "$ref" in (answer or {}):
                    answer = openapi(self.package)["components"]["responses"][answer["$ref"].rsplit("/", 1)[-1]]
                content = (answer or {}).get("content") or {}
                media = content.get("application/json")
                return int(status), (media or {}).get("schema")
        return 200, None


@cache
def openapi(package: str) -> Mapping[str, Any]:
    module = importlib.import_module(package)
    assert module.__file__ is not None
    path = Path(module.__file__).parent / "openapi.yaml"
    document: Mapping[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


@cache
def operations() -> tuple[Operation, ...]:
    found: list[Operation] = []
    for package in PACKAGES:
        by_id: dict[str, tuple[str, str, Mapping[str, Any]]] = {}
        for path, item in openapi(package)["paths"].items():
            for method in _HTTP_METHODS:
                if method in item:
                    by_id[item[method]["operationId"]] = (method.upper(), path, item[method])
        api = importlib.import_module(f"{package}.api")
        for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
            module = importlib.import_module(info.name)
            if not hasattr(module, "build_request"):
                continue
            operation_id = _operation_id(module)
            method, path, spec = by_id[operation_id]
            found.append(Operation(package, module, operation_id, method, path, spec))
    return tuple(found)


def _operation_id(module: types.ModuleType) -> str:
    # The module docstring starts with ``opId``: the generator's own record of which operation it is.
    doc = module.__doc__ or ""
    return doc.split("``")[1]


def operation_ids(selected: list[Operation]) -> list[str]:
    return [operation.name for operation in selected]


# --- arguments ---------------------------------------------------------------------------------


def _members(annotation: object) -> tuple[object, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def simple_value(annotation: object) -> object:
    """A plain valid value for a parameter's annotation (path and query parameters, enums)."""
    members = [member for member in _members(annotation) if member not in (Unset, type(None))]
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return next(iter(member))
    if str in members:
        return "id-1"
    if bool in members:
        return True
    if int in members:
        return 1
    if float in members:
        return 1.0
    if bytes in members:
        return b"data"
    raise AssertionError(f"no simple value for {annotation!r}")


def minimal_arguments(operation: Operation) -> dict[str, Any]:
    """The required arguments of ``build_request``, filled with simple valid values."""
    arguments: dict[str, Any] = {}
    for name, parameter in operation.signature().parameters.items():
        if parameter.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            arguments[name] = minimal_body(operation, parameter.annotation)
        else:
            arguments[name] = simple_value(parameter.annotation)
    return arguments


def minimal_body(operation: Operation, annotation: object) -> object:
    models = [member for member in _members(annotation) if hasattr(member, "from_dict")]
    if not models:
        return b"data"
    content = operation.spec.get("requestBody", {}).get("content", {})
    # Form-encoded bodies (the OAuth token calls) have the same schema under another media type.
    media: Mapping[str, Any] = content.get("application/json") or next(iter(content.values()), {})
    schema = (media or {}).get("schema", {})
    return models[0].from_dict(minimal_value(operation.package, schema))


def resolve(package: str, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = openapi(package)["components"]["schemas"][name]
    return schema


def minimal_value(package: str, schema: Mapping[str, Any]) -> Any:
    """The smallest valid JSON value of a schema: required properties only, first enum value."""
    schema = resolve(package, schema)
    if "enum" in schema:
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = minimal_value(package, part)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return minimal_value(package, schema[combinator][0])
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: minimal_value(package, properties.get(name, {})) for name in schema.get("required", [])}
    if kind == "array":
        return [minimal_value(package, schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    return minimal_scalar(kind, schema)


_FORMAT_SAMPLES = {"date-time": "2026-01-02T03:04:05Z", "uri": "https://example.com/hook"}


def minimal_scalar(kind: str, schema: Mapping[str, Any]) -> Any:
    """The smallest valid value of a schema of a scalar ``kind`` (integer, number, boolean, string)."""
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1) if "maximum" not in schema else int(schema["maximum"])
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return True
    if schema.get("format") in _FORMAT_SAMPLES:
        return _FORMAT_SAMPLES[schema["format"]]
    return "x" * max(int(schema.get("minLength", 1)), 1)


# --- answers -----------------------------------------------------------------------------------

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
JSON_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)


def answers(package: str, schema: Mapping[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Valid JSON values of a schema of the bundled spec (optional properties sometimes left out)."""
    schema = resolve(package, schema) if depth < 8 else {"type": "object"}
    strategy = _answers(package, schema, depth)
    if schema.get("nullable"):
        return st.none() | strategy
    return strategy


def _answers(package: str, schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if "enum" in schema:
        values = [value for value in schema["enum"] if value is not None]
        return st.sampled_from(values) if values else st.none()
    if "allOf" in schema:
        parts = [answers(package, part, depth + 1) for part in schema["allOf"]]
        return st.tuples(*parts).map(_merge)
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return st.one_of([answers(package, part, depth + 1) for part in schema[combinator]])
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        return _objects(package, schema, depth)
    if kind == "array":
        return st.lists(
            answers(package, schema.get("items", {}), depth + 1),
            min_size=schema.get("minItems", 0),
            max_size=schema.get("maxItems", 3) if depth < 3 else schema.get("minItems", 0),
        )
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**40)), schema.get("maximum", 2**40))
    if kind == "number":
        return st.integers(-1000, 1000) | st.floats(
            schema.get("minimum", -1e9), schema.get("maximum", 1e9), allow_nan=False, allow_infinity=False
        )
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        return _strings(schema)
    return JSON_VALUES


def _merge(parts: tuple[Any, ...]) -> Any:
    merged: dict[str, Any] = {}
    for part in parts:
        if isinstance(part, dict):
            merged.update(part)
    return merged


def _objects(package: str, schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[Any]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    deep = depth >= 4
    fixed = {name: answers(package, properties.get(name, {}), depth + 1) for name in required}
    optional = (
        {}
        if deep
        else {
            name: answers(package, sub, depth + 1)
            for name, sub in properties.items()
            if name not in required and not sub.get("writeOnly")
        }
    )
    strategy = st.fixed_dictionaries(fixed, optional=optional)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and not properties and not deep:
        values = answers(package, extra, depth + 1)
        return st.dictionaries(st.text(min_size=1, max_size=6), values, max_size=2)
    return strategy


def _strings(schema: Mapping[str, Any]) -> st.SearchStrategy[str]:
    if schema.get("format") == "date-time":
        return st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)).map(
            lambda moment: moment.isoformat().replace("+00:00", "Z")
        )
    if schema.get("format") == "uri":
        return st.sampled_from(["https://example.com/a", "https://example.com/b?c=1"])
    if "pattern" in schema:
        return st.from_regex(schema["pattern"], fullmatch=True)
    return st.text(min_size=schema.get("minLength", 0), max_size=min(schema.get("maxLength", 12), 12))


# --- clients -----------------------------------------------------------------------------------

Handler = Callable[[httpx.Request], httpx.Response]


class Hang(Exception):
    """The client asked to wait longer than any wait it should ever do, or waited without end."""


class Recorder:
    """A mock transport: every request counted and answered by ``handler``, the client's token fetches aside."""

    def __init__(self, handler: Handler, *, answer_tokens: bool = True) -> None:
        self.handler = handler
        self.answer_tokens = answer_tokens
        self.api_requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.answer_tokens and request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json={"access_token": TOKEN, "token_type": "bearer", "expires_in": 3600})
        self.api_requests.append(request)
        return self.handler(request)


MAX_SLEEPS = 20
LONGEST_WAIT = 60.0


def bounded_sleep(sleeps: list[float]) -> Callable[[float], None]:
    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if seconds > LONGEST_WAIT or len(sleeps) > MAX_SLEEPS:
            raise Hang(f"waits asked for: {sleeps[:5]}... ({len(sleeps)} in all)")

    return sleep


def client_for(
    package: str,
    recorder: Recorder,
    *,
    strict: bool = True,
    max_retries: int = 0,
    sleeps: list[float] | None = None,
    account_id: str = "acc-1",
    location_id: str = "loc-1",
) -> Sakari | HighLevel:
    transport = httpx.MockTransport(recorder)
    client: Sakari | HighLevel
    if package == "sakari_client":
        client = Sakari(
            client_id="client-1",
            client_secret=SECRET,
            account_id=account_id,
            http_client=httpx.Client(transport=transport),
            strict_response_validation=strict,
            max_retries=max_retries,
        )
    else:
        client = HighLevel(
            token=HIGHLEVEL_TOKEN,
            location_id=location_id,
            http_client=httpx.Client(transport=transport),
            strict_response_validation=strict,
            max_retries=max_retries,
        )
    client._sleep = bounded_sleep([] if sleeps is None else sleeps)  # type: ignore[method-assign,assignment]
    return client


def async_client_for(package: str, recorder: Recorder, *, max_retries: int = 0) -> AsyncSakari | AsyncHighLevel:
    """The async twin of ``client_for`` (tolerant), its waits recorded and bounded the same way."""
    transport = httpx.MockTransport(recorder)
    client: AsyncSakari | AsyncHighLevel
    if package == "sakari_client":
        client = AsyncSakari(
            client_id="client-1",
            client_secret=SECRET,
            account_id="acc-1",
            http_client=httpx.AsyncClient(transport=transport),
            max_retries=max_retries,
        )
    else:
        client = AsyncHighLevel(
            token=HIGHLEVEL_TOKEN,
            location_id="loc-1",
            http_client=httpx.AsyncClient(transport=transport),
            max_retries=max_retries,
        )
    sleep = bounded_sleep([])

    async def recorded(seconds: float) -> None:
        sleep(seconds)

    client._sleep = recorded  # type: ignore[method-assign]
    return client


def send(client: Sakari | HighLevel, operation: Operation, arguments: Mapping[str, Any]) -> object:
    """The call as a facade method makes it: build the request, send it through the client, parse."""
    request = operation.build_request(**arguments)
    return client.request(request, operation.parse_response, object, authenticated=operation.authenticated)


def every_operation() -> Iterator[Operation]:
    yield from operations()
