"""The operations of a spec, as the sandbox serves them: routes, parameter and body checks, answer schemas.

Everything here is read from the OpenAPI document that ships with each client package, so the
sandbox and the clients cannot describe two different APIs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import unquote, urlsplit

import jsonschema
import yaml
from referencing import Registry
from referencing.jsonschema import DRAFT4

_METHODS = ("get", "put", "post", "delete", "patch")
MAX_DEPTH = 64
"""Deepest nesting of a request body (contacts nest a few levels; deeper is an attack or a bug)."""


def depth_of(value: Any) -> int:
    """How deeply a parsed JSON value nests, counted without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is not None:
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in children)
    return deepest


def load_spec(package: str) -> dict[str, Any]:
    """The OpenAPI document bundled with a generated client package."""
    text = resources.files(package).joinpath("openapi.yaml").read_text(encoding="utf-8")
    document: dict[str, Any] = yaml.safe_load(text)
    return document


def as_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema objects as JSON Schema: ``nullable`` adds ``null``; extensions and examples go."""
    if isinstance(node, list):
        return [as_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {
        key: as_json_schema(value) for key, value in node.items() if not key.startswith("x-") and key != "example"
    }
    if converted.pop("nullable", False):
        if "type" in converted:
            converted["type"] = [converted["type"], "null"]
            if "enum" in converted and None not in converted["enum"]:
                converted["enum"] = [*converted["enum"], None]
        else:
            converted = {"anyOf": [converted, {"type": "null"}]}
    if converted.get("format") == "binary":
        converted.pop("format")
    return converted


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    parameters: list[Parameter]
    body_schemas: dict[str, dict[str, Any]]
    body_required: bool
    responses: dict[str, dict[str, Any]]
    secured: bool
    raw: dict[str, Any] = field(repr=False)


class Spec:
    """One API's operations, matched by method and path, with validators built from its schemas."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._json = as_json_schema(document)
        self._registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT4.create_resource(self._json))
        self._validators: dict[str, jsonschema.Draft4Validator] = {}
        self.operations: list[Operation] = []
        base = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
        global_security = bool(document.get("security"))
        for path, item in document["paths"].items():
            prefix = base
            if "servers" in item:
                prefix = urlsplit(item["servers"][0]["url"]).path.rstrip("/")
            for method in _METHODS:
                if method not in item:
                    continue
                operation = item[method]
                self.operations.append(
                    Operation(
                        operation_id=operation["operationId"],
                        method=method.upper(),
                        path=prefix + path,
                        pattern=_path_pattern(prefix + path),
                        parameters=[
                            self._parameter(raw) for raw in item.get("parameters", []) + operation.get("parameters", [])
                        ],
                        body_schemas={
                            content_type: media.get("schema", {})
                            for content_type, media in operation.get("requestBody", {}).get("content", {}).items()
                        },
                        body_required=operation.get("requestBody", {}).get("required", False),
                        responses=operation.get("responses", {}),
                        secured=bool(operation.get("security", [{}] if global_security else [])),
                        raw=operation,
                    )
                )

    def _parameter(self, raw: dict[str, Any]) -> Parameter:
        if "$ref" in raw:
            raw = self.document["components"]["parameters"][raw["$ref"].rsplit("/", 1)[-1]]
        return Parameter(raw["name"], raw["in"], raw.get("required", False), self.resolve(raw.get("schema", {})))

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A schema with its top-level ``$ref`` followed."""
        while "$ref" in schema:
            schema = self.document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def match(self, method: str, raw_path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation for a request line, and its path parameters; ``None`` when no path matches.

        Matched on the path as sent (still percent-encoded), so that an encoded ``/`` stays inside
        its segment and ``.``/``..`` are plain values; each parameter is decoded afterwards.
        """
        for operation in self.operations:
            found = operation.pattern.fullmatch(raw_path)
            if found and operation.method == method:
                return operation, {name: unquote(value) for name, value in found.groupdict().items()}
        return None

    def path_exists(self, raw_path: str) -> bool:
        return any(operation.pattern.fullmatch(raw_path) for operation in self.operations)

    def operation(self, operation_id: str) -> Operation:
        for operation in self.operations:
            if operation.operation_id == operation_id:
                return operation
        raise KeyError(operation_id)

    def pagination(self, operation_id: str) -> dict[str, Any]:
        """The operation's ``x-sdk-pagination``: the wire names (and the search window) of its pages."""
        paging: dict[str, Any] = self.operation(operation_id).raw["x-sdk-pagination"]
        return paging

    def parameter(self, operation_id: str, name: str) -> Parameter:
        for parameter in self.operation(operation_id).parameters:
            if parameter.name == name:
                return parameter
        raise KeyError(f"{operation_id} has no parameter {name}")

    def rate_limit_headers(self) -> dict[str, str]:
        """``info.x-sdk.rate-limit-headers``: which answer header carries which rate-limit figure."""
        names: dict[str, str] = self.document["info"].get("x-sdk", {}).get("rate-limit-headers", {})
        return names

    def unknown_keys(self, schema: dict[str, Any], value: Any, where: str) -> list[str]:
        """Keys of ``value`` that ``schema`` does not describe, as messages naming each (``where`` and its path).

        An object schema that lists ``properties`` and says nothing of ``additionalProperties`` is
        closed: a key outside them would be dropped by the service. ``additionalProperties`` opens it.
        """
        return self._unknown(schema, value, where, 0)

    def _unknown(self, schema: dict[str, Any], value: Any, where: str, depth: int) -> list[str]:
        if depth > MAX_DEPTH:
            return []
        schema = self.resolve(schema)
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                fitting = [
                    alternative for alternative in schema[combinator] if not self.errors(alternative, value, where)
                ]
                found: list[str] = []
                for alternative in fitting or schema[combinator]:
                    found = self._unknown(alternative, value, where, depth + 1)
                    if not found:
                        return []
                return found
        if isinstance(value, list) and "items" in schema:
            return [
                message
                for index, item in enumerate(value)
                for message in self._unknown(schema["items"], item, f"{where}[{index}]", depth + 1)
            ]
        if not isinstance(value, dict):
            return []
        properties, is_open = self.object_properties(schema)
        messages = (
            []
            if is_open or not properties
            else [f"{where}: property {key} should not exist" for key in value if key not in properties]
        )
        for key, item in value.items():
            if key in properties:
                messages += self._unknown(properties[key], item, f"{where}.{key}", depth + 1)
        return messages

    def object_properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """The properties an object schema knows (``allOf`` parts merged) and whether it takes others."""
        schema = self.resolve(schema)
        properties: dict[str, Any] = dict(schema.get("properties", {}))
        is_open = schema.get("additionalProperties", False) is not False
        for part in schema.get("allOf", []):
            more, part_open = self.object_properties(part)
            properties.update(more)
            is_open = is_open or part_open
        return properties, is_open

    def errors(self, schema: dict[str, Any], value: Any, where: str) -> list[str]:
        """What is wrong with ``value`` against ``schema`` (a spec schema, ``$ref`` allowed), as messages."""
        key = repr(schema)
        validator = self._validators.get(key)
        if validator is None:
            validator = jsonschema.Draft4Validator(_refs_to_urn(as_json_schema(schema)), registry=self._registry)
            self._validators[key] = validator
        messages = []
        for error in sorted(validator.iter_errors(value), key=lambda error: list(error.absolute_path)):
            path = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in error.absolute_path)
            messages.append(f"{where}{path}: {error.message}")
        return messages

    def response_schema(self, operation: Operation, status: int) -> dict[str, Any] | None:
        """The JSON schema the spec documents for an answer status (an exact code, then ``4XX``-style ranges)."""
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            response = operation.responses.get(key)
            if response is None:
                continue
            if "$ref" in response:
                response = self.document["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
            schema: dict[str, Any] | None = response.get("content", {}).get("application/json", {}).get("schema")
            return schema
        return None


def _path_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join(f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(regex)


def _refs_to_urn(node: Any) -> Any:
    if isinstance(node, list):
        return [_refs_to_urn(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: (f"urn:spec{value}" if key == "$ref" and value.startswith("#") else _refs_to_urn(value))
        for key, value in node.items()
    }


def coerce(value: str, schema: dict[str, Any]) -> Any:
    """A query, path or header string as the JSON type its schema names (left as it is when it does not parse)."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            number = float(value)
            return int(number) if number.is_integer() and "." not in value else number
        if kind == "boolean" and value in ("true", "false"):
            return value == "true"
    except ValueError:
        return value
    return value
