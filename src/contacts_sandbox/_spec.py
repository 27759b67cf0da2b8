"""The operations of a spec, as the sandbox serves them: routes, parameter and body checks, answer schemas.

Everything here is read from the OpenAPI document that ships with each client package, so the
sandbox and the clients cannot describe two different APIs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import yaml
from referencing import Registry
from referencing.jsonschema import DRAFT4

_METHODS = ("get", "put", "post", "delete", "patch")


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

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation for a request line, and its path parameters; ``None`` when no path matches."""
        for operation in self.operations:
            found = operation.pattern.fullmatch(path)
            if found and operation.method == method:
                return operation, found.groupdict()
        return None

    def path_exists(self, path: str) -> bool:
        return any(operation.pattern.fullmatch(path) for operation in self.operations)

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
