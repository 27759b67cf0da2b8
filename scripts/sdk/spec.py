"""Lookups in one parsed spec: its operations, their extensions and parameters, schema properties, client options.

openapi-python-client's ``GeneratorData`` gives the endpoints and models as Python sees them; its ``OpenAPI``
document keeps what that parse leaves out (the ``x-sdk-*`` extensions, parameter schemas, ``allOf`` parts).
Every other module of the generator asks its questions of the spec through an ``SpecIndex``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.schema import OpenAPI, Operation, Parameter, Reference

from sdk.names import identifier, wire
from sdk.params import Models

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# openapi-python-client's endpoints and properties are unions of many classes whose attributes differ;
# the generator reads them as the templates do, so they are typed loosely.
Endpoint = Any


@dataclass(frozen=True)
class ClientOption:
    """A value the client fills when a call does not give it (``x-sdk-client-option``)."""

    name: str
    default: str | None


class SpecIndex:
    """One spec's operations by endpoint name, and the questions asked of them."""

    def __init__(self, document: OpenAPI, openapi: GeneratorData) -> None:
        self.document = document
        self.openapi = openapi
        self.models: Models = {str(model.class_info.name): model for model in openapi.models}
        self._operations: dict[str, tuple[str, str, Operation]] = {}
        for path, item in (document.paths or {}).items():
            for method in HTTP_METHODS:
                operation = getattr(item, method)
                if operation is not None:
                    self._operations[identifier(wire(operation.operationId))] = (wire(path), method, operation)

    def endpoints(self) -> list[tuple[str, Endpoint]]:
        """Every endpoint with its tag, by tag."""
        return [
            (str(tag), endpoint)
            for tag, collection in sorted(self.openapi.endpoint_collections_by_tag.items())
            for endpoint in collection.endpoints
        ]

    def tag_of(self, endpoint: Endpoint) -> str:
        return next(tag for tag, other in self.endpoints() if other is endpoint)

    def operation(self, endpoint: Endpoint) -> Operation:
        return self._operations[str(endpoint.name)][2]

    def path(self, endpoint: Endpoint) -> str:
        """The operation's path as the spec writes it (its parameters in braces)."""
        return self._operations[str(endpoint.name)][0]

    def http_method(self, endpoint: Endpoint) -> str:
        """The operation's HTTP method, lower case."""
        return self._operations[str(endpoint.name)][1]

    def extensions(self, endpoint: Endpoint) -> dict[str, Any]:
        return dict(self.operation(endpoint).model_extra or {})

    def parameters(self, endpoint: Endpoint) -> list[Parameter]:
        """The operation's parameters as the spec declares them (its path's too), references resolved."""
        path = self.path(endpoint)
        item = next(value for key, value in (self.document.paths or {}).items() if wire(key) == path)
        found = []
        for parameter in list(item.parameters or []) + list(self.operation(endpoint).parameters or []):
            if isinstance(parameter, Reference):
                name = wire(parameter.ref).rsplit("/", 1)[-1]
                components = self.document.components.parameters if self.document.components else None
                resolved = next(value for key, value in (components or {}).items() if wire(key) == name)
                assert isinstance(resolved, Parameter)
                parameter = resolved
            found.append(parameter)
        return found

    def parameter_schemas(self, endpoint: Endpoint) -> list[tuple[str, Any]]:
        """The Python name and in-place schema of each parameter (a ``$ref`` schema has no range of its own)."""
        return [
            (identifier(wire(parameter.name)), parameter.param_schema)
            for parameter in self.parameters(endpoint)
            if parameter.param_schema is not None and not isinstance(parameter.param_schema, Reference)
        ]

    def parameter_options(self, endpoint: Endpoint) -> dict[str, ClientOption]:
        """Wire names of the parameters the client fills, with their option."""
        found = {}
        for parameter in self.parameters(endpoint):
            option = (parameter.model_extra or {}).get("x-sdk-client-option")
            if option is not None:
                found[wire(parameter.name)] = ClientOption(option["name"], option.get("default"))
        return found

    def field_options(self, model: Any) -> dict[str, ClientOption]:
        """Wire names of a body model's properties the client fills, with their option."""
        found = {}
        for name, schema in self.schema_properties(model.data).items():
            option = (getattr(schema, "model_extra", None) or {}).get("x-sdk-client-option")
            if option is not None:
                found[wire(name)] = ClientOption(option["name"], option.get("default"))
        return found

    def schema_properties(self, schema: Any) -> dict[str, Any]:
        """The property schemas of an object schema by wire name, those of its ``allOf`` parts included."""
        if isinstance(schema, Reference):
            name = wire(schema.ref).rsplit("/", 1)[-1]
            components = (self.document.components.schemas if self.document.components else None) or {}
            schema = next(value for key, value in components.items() if wire(key) == name)
        found = {}
        for part in schema.allOf or []:
            found.update(self.schema_properties(part))
        found.update({wire(key): value for key, value in (schema.properties or {}).items()})
        return found


def properties(model: Any) -> list[Any]:
    """A model property's fields, required ones first."""
    return list(model.required_properties or []) + list(model.optional_properties or [])
