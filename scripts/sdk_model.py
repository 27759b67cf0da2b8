"""What the generated client is made of, decided in Python from the spec's ``x-sdk-*`` extensions.

The templates only print: every choice (which operations a resource has, paging style, whether a
request may be resent, constraints, return types, the arguments of each method and what they pass
on) is made here, on openapi-python-client's own parse of the spec (its ``GeneratorData`` endpoints,
models and properties, and its ``OpenAPI`` document for the extensions), and unit-tested.

Extensions read:

- ``info.x-sdk``: ``client`` (class name), ``env-prefix``, ``rate-limit-headers`` (``limit``,
  ``remaining``, ``interval-ms``).
- on an operation: ``x-sdk-method`` (facade method name; the resource is the first tag),
  ``x-sdk-returns`` (the success model it returns), ``x-sdk-pagination``, ``x-sdk-idempotent``,
  ``x-sdk-bulk``, ``x-sdk-internal``, ``x-sdk-content-methods`` (a method per non-JSON body).
- on a parameter or body property: ``x-sdk-client-option`` (``name``, ``default``): filled from the
  client when the call does not give it.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from openapi_python_client.parser import GeneratorData
from openapi_python_client.schema import OpenAPI, Operation, Parameter, Reference
from sdk.answers import ErrorBody, error_bodies, parser_for, success_type
from sdk.errors import SpecError
from sdk.names import code, identifier, kind, wire
from sdk.paging import Paging
from sdk.paging import paging as sdk_paging
from sdk.params import PARAM_NAME, Models, ParamDict, models_within, param_type, request_params

IDEMPOTENT_METHODS = frozenset({"get", "put", "delete", "head", "options"})
OPTIONS_ARGUMENTS = ("extra_headers", "extra_query", "extra_body", "timeout")


# openapi-python-client's endpoints and properties are unions of many classes whose attributes differ;
# this module reads them as the templates do, so they are typed loosely here.
Endpoint = Any


# ------------------------------------------------------------------------------------ the service


@dataclass(frozen=True)
class ClientOption:
    name: str
    default: str | None


@dataclass(frozen=True)
class TokenOperation:
    """The OAuth2 client-credentials token operation the client calls for its bearer token."""

    module: str
    tag: str
    path: str
    request_model: str
    response_model: str


@dataclass(frozen=True)
class WebhookEvent:
    type: str
    model: str
    module: str


@dataclass(frozen=True)
class Webhooks:
    """How the service delivers webhooks: the runtime module that reads them, and the typed events."""

    runtime: str
    function: str
    events: tuple[WebhookEvent, ...]


@dataclass(frozen=True)
class Service:
    package: str
    client: str
    env_prefix: str
    base_url: str
    options: tuple[ClientOption, ...]
    rate_limit_headers: Mapping[str, str] | None
    token: TokenOperation | None
    webhooks: Webhooks | None = None
    custom_field_keys: CustomFieldKeysPlan | None = None

    @property
    def client_credentials(self) -> bool:
        return self.token is not None


@dataclass(frozen=True)
class CustomFieldKeysPlan:
    """``info.x-sdk.custom-field-keys``: custom fields named by key, resolved through one cached lookup.

    The client lists the definitions with ``resource.method(location option, **query)``; a body field
    holding a list of ``input_model`` also takes a mapping of key to value; ``rules`` are the
    ``KeyedDefinitions`` of ``contacts_runtime._custom_field_keys`` (where the answers keep what it needs).
    """

    resource: str
    method: str
    location_option: str
    query: Mapping[str, str]
    input_model: str
    rules: Mapping[str, str]


# ------------------------------------------------------------------------------------ one operation


@dataclass(frozen=True)
class Argument:
    """One argument of a facade method (or of an endpoint's ``build_request``)."""

    name: str
    annotation: str
    default: str | None = None
    keyword_only: bool = True
    wire_name: str = ""
    doc: str = ""
    """What the spec says of it, in one line (for the method's docstring)."""

    @property
    def signature(self) -> str:
        text = f"{self.name}: {self.annotation}"
        return text if self.default is None else f"{text} = {self.default}"


@dataclass(frozen=True)
class Check:
    """A range check of an argument's value, run by ``build_request`` before anything is sent."""

    name: str
    value: str
    minimum: float | None
    maximum: float | None
    on_body: bool = False


@dataclass(frozen=True)
class WireValue:
    """A query parameter or header: its wire name and the expression of its value."""

    wire_name: str
    name: str
    value: str
    required: bool


@dataclass(frozen=True)
class Body:
    content_type: str
    annotation: str
    model: str | None
    fields: tuple[Argument, ...] = ()
    option_fields: Mapping[str, str] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    form: bool = False
    nested: Mapping[str, str] = field(default_factory=dict)
    """Fields holding models, by Python name: ``Model`` or ``[Model]`` (what a dict given for them becomes)."""

    @property
    def nested_expression(self) -> str:
        return "{" + ", ".join(f"{json.dumps(name)}: {holds}" for name, holds in self.nested.items()) + "}"


@dataclass(frozen=True)
class RequestPlan:
    """What an endpoint module's ``build_request`` does."""

    operation_id: str
    method: str
    path: str
    arguments: tuple[Argument, ...]
    path_parameters: tuple[Argument, ...]
    enums: Mapping[str, str]
    literals: Mapping[str, str]
    query: tuple[WireValue, ...]
    headers: tuple[WireValue, ...]
    bodies: tuple[Body, ...]
    checks: tuple[Check, ...]
    idempotent: bool
    idempotency: str = ""

    @property
    def idempotent_expression(self) -> str:
        """What ``build_request`` passes as ``idempotent``: a constant, or a test of the body."""
        return self.idempotency or str(self.idempotent)

    @property
    def parameter_checks(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if not check.on_body)

    @property
    def body_checks(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if check.on_body)

    @property
    def path_expression(self) -> str:
        """The path as an f-string body, each parameter kept inside its own segment."""
        text = self.path
        for parameter in self.path_parameters:
            placeholder = "{" + parameter.wire_name + "}"
            value = parameter.name
            if parameter.name in self.enums:  # a closed enum: one of its values, or refused before sending
                value = f"enum_value({json.dumps(parameter.name)}, {self.enums[parameter.name]}, {parameter.name})"
            text = text.replace(placeholder, "{path_segment(" + json.dumps(parameter.name) + ", " + value + ")}")
        return text


@dataclass(frozen=True)
class Method:
    """One facade method: its signature, what it passes to ``build_request``, and what it returns."""

    name: str
    operation_id: str
    module: str
    http_method: str
    path: str
    summary: str
    description: str
    arguments: tuple[Argument, ...]
    request_arguments: tuple[str, ...]
    body_model: str | None
    body_empty: bool
    body_fields: tuple[Argument, ...]
    body_option_fields: Mapping[str, str]
    body_required: tuple[str, ...]
    body_nested: str
    result_type: str
    parser: str  # the endpoint module's function that parses its success answer
    paging: Paging | None
    file_content_type: str | None
    deprecated: bool
    idempotent: bool
    bulk_name: str | None
    imports: frozenset[str]
    body_keyed: tuple[str, ...] = ()
    """Body fields that also take a mapping of custom field key to value (``custom-field-keys``)."""
    body_keyed_location: str = ""
    """The body field naming the location those keys belong to, if the body has one."""

    @property
    def sync_return(self) -> str:
        if self.paging is None:
            return self.result_type
        return f"SyncPage[{self.result_type}, {self.paging.item_type}]"

    @property
    def async_return(self) -> str:
        if self.paging is None:
            return self.result_type
        return f"AsyncPaginator[{self.result_type}, {self.paging.item_type}]"


@dataclass(frozen=True)
class Resource:
    tag: str
    class_name: str
    description: str
    methods: tuple[Method, ...]

    @property
    def imports(self) -> list[str]:
        found: set[str] = set()
        for method in self.methods:
            found |= method.imports
        return sorted(found)

    @property
    def paged_methods(self) -> tuple[Method, ...]:
        return tuple(method for method in self.methods if method.paging is not None)


# ------------------------------------------------------------------------------------ building it


class SdkModel:
    """The decisions for one spec, from openapi-python-client's parse of it."""

    def __init__(self, package: str, document: OpenAPI, openapi: GeneratorData) -> None:
        self.package = package
        self.document = document
        self.openapi = openapi
        self.models: Models = {str(model.class_info.name): model for model in openapi.models}
        self._operations: dict[str, tuple[str, str, Operation]] = {}
        for path, item in (document.paths or {}).items():
            for method in ("get", "put", "post", "delete", "options", "head", "patch", "trace"):
                operation = getattr(item, method)
                if operation is not None:
                    self._operations[identifier(wire(operation.operationId))] = (wire(path), method, operation)
        self.service = self._service()

    # -- lookups

    def operation(self, endpoint: Endpoint) -> Operation:
        return self._operations[str(endpoint.name)][2]

    def extensions(self, endpoint: Endpoint) -> dict[str, Any]:
        return dict(self.operation(endpoint).model_extra or {})

    def _parameters(self, endpoint: Endpoint) -> list[Parameter]:
        path, _, operation = self._operations[str(endpoint.name)]
        item = next(value for key, value in (self.document.paths or {}).items() if wire(key) == path)
        found = []
        for parameter in list(item.parameters or []) + list(operation.parameters or []):
            if isinstance(parameter, Reference):
                name = wire(parameter.ref).rsplit("/", 1)[-1]
                components = self.document.components.parameters if self.document.components else None
                resolved = next(value for key, value in (components or {}).items() if wire(key) == name)
                assert isinstance(resolved, Parameter)
                parameter = resolved
            found.append(parameter)
        return found

    def parameter_options(self, endpoint: Endpoint) -> dict[str, ClientOption]:
        """Wire names of the parameters the client fills, with their option."""
        found = {}
        for parameter in self._parameters(endpoint):
            option = (parameter.model_extra or {}).get("x-sdk-client-option")
            if option is not None:
                found[wire(parameter.name)] = ClientOption(option["name"], option.get("default"))
        return found

    def field_options(self, model: Any) -> dict[str, ClientOption]:
        """Wire names of a body model's properties the client fills, with their option."""
        found = {}
        for name, schema in self._schema_properties(model.data).items():
            option = (getattr(schema, "model_extra", None) or {}).get("x-sdk-client-option")
            if option is not None:
                found[wire(name)] = ClientOption(option["name"], option.get("default"))
        return found

    def endpoints(self) -> list[tuple[str, Endpoint]]:
        return [
            (str(tag), endpoint)
            for tag, collection in sorted(self.openapi.endpoint_collections_by_tag.items())
            for endpoint in collection.endpoints
        ]

    # -- the service

    def _service(self) -> Service:
        sdk = (self.document.info.model_extra or {}).get("x-sdk")
        if not sdk:
            raise SpecError("info.x-sdk is missing")
        server = wire(self.document.servers[0].url) if self.document.servers else ""
        options: dict[str, ClientOption] = {}
        for _, endpoint in self.endpoints():
            options.update({option.name: option for option in self.parameter_options(endpoint).values()})
            for body in endpoint.bodies:
                if kind(body.prop) == "ModelProperty":
                    options.update({option.name: option for option in self.field_options(body.prop).values()})
        schemes = list(((self.document.components and self.document.components.securitySchemes) or {}).values())
        if len(schemes) != 1:
            raise SpecError("the client supports exactly one security scheme")
        scheme = schemes[0]
        if isinstance(scheme, Reference):
            raise SpecError("write the security scheme in place, not as a $ref")
        token = None
        if wire(scheme.type) == "oauth2":
            flow = scheme.flows.clientCredentials if scheme.flows else None
            if flow is None:
                raise SpecError("an oauth2 scheme needs a clientCredentials flow")
            token_path = urlsplit(wire(flow.tokenUrl)).path
            token = self._token_operation(token_path, urlsplit(server).path)
        elif not (wire(scheme.type) == "http" and wire(scheme.scheme) == "bearer"):
            raise SpecError(f"unsupported security scheme {wire(scheme.type)}")
        headers = sdk.get("rate-limit-headers")
        webhooks = self._webhooks(sdk.get("webhooks"))
        custom_field_keys = self._custom_field_keys(sdk.get("custom-field-keys"))
        return Service(
            package=self.package,
            client=sdk["client"],
            env_prefix=sdk["env-prefix"],
            base_url=server,
            options=tuple(sorted(options.values(), key=lambda option: option.name)),
            rate_limit_headers=headers,
            token=token,
            webhooks=webhooks,
            custom_field_keys=custom_field_keys,
        )

    def _custom_field_keys(self, settings: Mapping[str, Any] | None) -> CustomFieldKeysPlan | None:
        """``info.x-sdk.custom-field-keys`` (see ``CustomFieldKeysPlan``), checked against the operations."""
        if settings is None:
            return None
        from openapi_python_client.strings import snake_case

        operation_id = settings["definitions-operation"]
        endpoint = next((item for _, item in self.endpoints() if str(item.name) == identifier(operation_id)), None)
        if endpoint is None:
            raise SpecError(f"custom-field-keys: no operation {operation_id}")
        path_names = {
            wire(parameter.name) for parameter in self._parameters(endpoint) if wire(parameter.param_in) == "path"
        }
        options = [option.name for name, option in self.parameter_options(endpoint).items() if name in path_names]
        if len(options) != 1:
            raise SpecError(
                f"custom-field-keys: {operation_id} needs one path parameter the client fills (the location)"
            )
        if settings["input-schema"] not in self.models:
            raise SpecError(f"custom-field-keys: no schema {settings['input-schema']}")
        return CustomFieldKeysPlan(
            resource=_tag_of(self, endpoint),
            method=self.extensions(endpoint)["x-sdk-method"],
            location_option=options[0],
            query={snake_case(name): str(value) for name, value in settings.get("definitions-query", {}).items()},
            input_model=settings["input-schema"],
            rules={
                "items": settings["definitions-items"],
                "key_field": settings["key-field"],
                "id_field": settings["id-field"],
                "key_prefix": settings["key-prefix"],
                "input_key": settings["input-key"],
                "input_value": settings["input-value"],
                "answer_field": snake_case(settings["answer-field"]),
                "answer_wire_field": settings["answer-field"],
            },
        )

    def _webhooks(self, settings: Mapping[str, Any] | None) -> Webhooks | None:
        """``info.x-sdk.webhooks: {runtime: <contacts_runtime.webhooks module>, function: parse|verify}``,
        with the schemas marked ``x-sdk-webhook-event: <delivery type>`` as the typed events."""
        if not settings:
            return None
        events = []
        for model in self.openapi.models:
            event_type = (model.data.model_extra or {}).get("x-sdk-webhook-event")
            if event_type is not None:
                events.append(
                    WebhookEvent(str(event_type), str(model.class_info.name), str(model.class_info.module_name))
                )
        if not events:
            raise SpecError("info.x-sdk.webhooks is set but no schema is marked x-sdk-webhook-event")
        if settings.get("function") not in ("parse", "verify"):
            raise SpecError("info.x-sdk.webhooks.function is parse or verify")
        return Webhooks(
            str(settings["runtime"]), str(settings["function"]), tuple(sorted(events, key=lambda e: e.type))
        )

    def _token_operation(self, token_path: str, base_path: str) -> TokenOperation:
        for tag, endpoint in self.endpoints():
            path, _, _ = self._operations[str(endpoint.name)]
            if path == token_path or posixpath.join(base_path, path.lstrip("/")) == token_path:
                success = next(
                    response.prop for response in endpoint.responses.patterns if response.status_code.range[0] < 300
                )
                body = endpoint.bodies[0].prop
                return TokenOperation(
                    module=str(endpoint.name),
                    tag=tag,
                    path=posixpath.relpath(token_path, base_path),
                    request_model=str(body.class_info.name),
                    response_model=str(success.class_info.name),
                )
        raise SpecError(f"no operation serves the token URL path {token_path}")

    def former_names(self) -> dict[str, str]:
        """Old model names kept as deprecated aliases (``x-sdk-former-names`` on a schema), by old name."""
        found = {}
        for model in self.openapi.models:
            for old in (model.data.model_extra or {}).get("x-sdk-former-names", []):
                found[str(old)] = str(model.class_info.name)
        return dict(sorted(found.items()))

    # -- endpoint modules

    def request_plan(self, endpoint: Endpoint) -> RequestPlan:
        """What ``build_request`` of this endpoint takes and sends."""
        path, method, operation = self._operations[str(endpoint.name)]
        arguments: list[Argument] = []
        path_parameters: list[Argument] = []
        enums: dict[str, str] = {}
        literals: dict[str, str] = {}
        for parameter in endpoint.path_parameters:
            argument = Argument(
                str(parameter.python_name),
                _parameter_annotation(parameter),
                keyword_only=False,
                wire_name=wire(parameter.name),
                doc=self._parameter_doc(endpoint, wire(parameter.name)),
            )
            path_parameters.append(argument)
            arguments.append(argument)
            if kind(parameter) == "EnumProperty":
                enums[argument.name] = str(parameter.class_info.name)
                literals[argument.name] = _literal(parameter)
        bodies = tuple(self._body(body) for body in endpoint.bodies)
        if bodies:
            arguments.append(
                Argument("body", " | ".join(dict.fromkeys(body.annotation for body in bodies)), keyword_only=True)
            )
        query: list[WireValue] = []
        headers: list[WireValue] = []
        for group, target in ((endpoint.query_parameters, query), (endpoint.header_parameters, headers)):
            for parameter in group:
                name = str(parameter.python_name)
                annotation = _parameter_annotation(parameter)
                doc = self._parameter_doc(endpoint, wire(parameter.name))
                if parameter.required:
                    arguments.append(Argument(name, annotation, wire_name=wire(parameter.name), doc=doc))
                elif parameter.default is not None:  # the spec's default is sent when the call gives none
                    default = code(parameter.default.python_code)
                    arguments.append(
                        Argument(name, f"{annotation} | Unset", default, wire_name=wire(parameter.name), doc=doc)
                    )
                else:
                    arguments.append(
                        Argument(name, f"{annotation} | Unset", "UNSET", wire_name=wire(parameter.name), doc=doc)
                    )
                if kind(parameter) == "EnumProperty":
                    enums[name] = str(parameter.class_info.name)
                    literals[name] = _literal(parameter)
                value = name
                if kind(parameter) == "EnumProperty":
                    value = f"enum_value({json.dumps(name)}, {parameter.class_info.name}, {name})"
                elif kind(parameter) == "BooleanProperty" and target is headers:
                    value = f'("true" if {name} else "false")'
                target.append(WireValue(wire(parameter.name), name, value, bool(parameter.required)))
        return RequestPlan(
            operation_id=wire(operation.operationId),
            method=method.upper(),
            path=path,
            arguments=tuple(arguments),
            path_parameters=tuple(path_parameters),
            enums=enums,
            literals=literals,
            query=tuple(query),
            headers=tuple(headers),
            bodies=bodies,
            checks=tuple(self._checks(endpoint, bodies)),
            idempotent=self.idempotent(endpoint),
            idempotency=self._idempotency(endpoint, bodies),
        )

    def idempotent(self, endpoint: Endpoint) -> bool:
        """May the request be resent after it may have reached the service? Never for one that may create.

        ``x-sdk-idempotent`` is ``true``, or conditions on the body (see ``_idempotency``): then the
        request is idempotent only when its body meets them, and this says whether it can be at all.
        """
        method = self._operations[str(endpoint.name)][1]
        return method in IDEMPOTENT_METHODS or bool(self.extensions(endpoint).get("x-sdk-idempotent", False))

    def _idempotency(self, endpoint: Endpoint, bodies: Sequence[Body]) -> str:
        """The body test of a conditionally idempotent operation, or ``""``.

        ``x-sdk-idempotent: {when-body-has-any: [wire names], unless-body: {wire name: value}}``: an
        upsert, say, matches an existing record only on some fields, and creates whatever is asked
        otherwise.
        """
        rule = self.extensions(endpoint).get("x-sdk-idempotent")
        if not isinstance(rule, dict):
            return ""
        model = next((body for body in bodies if body.model), None)
        if model is None:
            raise SpecError(
                f"{wire(self.operation(endpoint).operationId)}: a conditional x-sdk-idempotent needs a JSON body"
            )
        names = {field.wire_name: field.name for field in model.fields}
        unknown = [
            name for name in [*rule.get("when-body-has-any", []), *rule.get("unless-body", {})] if name not in names
        ]
        if unknown:
            raise SpecError(
                f"{wire(self.operation(endpoint).operationId)}: x-sdk-idempotent names no body field {unknown}"
            )
        needs = tuple(names[name] for name in rule.get("when-body-has-any", []))
        unless = {names[name]: value for name, value in rule.get("unless-body", {}).items()}
        return f"conditionally_idempotent(body, needs_any={needs!r}, unless={unless!r})"

    def _body(self, body: Any) -> Body:
        content_type = wire(body.content_type)
        if content_type == "application/json" and kind(body.prop) == "ModelProperty":
            model = str(body.prop.class_info.name)
            fields = tuple(
                Argument(
                    str(prop.python_name),
                    _field_annotation(prop, self.models),
                    "UNSET",
                    wire_name=wire(prop.name),
                    doc=_doc(getattr(prop, "description", None)),
                )
                for prop in list(body.prop.required_properties or []) + list(body.prop.optional_properties or [])
            )
            options = {
                str(next(prop.python_name for prop in _properties(body.prop) if wire(prop.name) == name)): option.name
                for name, option in self.field_options(body.prop).items()
            }
            required = tuple(str(prop.python_name) for prop in body.prop.required_properties or [])
            nested = {str(prop.python_name): holds for prop in _properties(body.prop) if (holds := _holds_models(prop))}
            return Body(content_type, model, model, fields, options, required, nested=nested)
        if content_type == "application/x-www-form-urlencoded" and kind(body.prop) == "ModelProperty":
            model = str(body.prop.class_info.name)
            fields = tuple(
                Argument(
                    str(prop.python_name),
                    _field_annotation(prop),
                    "UNSET",
                    wire_name=wire(prop.name),
                    doc=_doc(getattr(prop, "description", None)),
                )
                for prop in _properties(body.prop)
            )
            required = tuple(str(prop.python_name) for prop in body.prop.required_properties or [])
            return Body(content_type, model, model, fields, {}, required, form=True)
        if body.body_type == "content":
            return Body(content_type, "bytes", None)
        raise SpecError(f"unsupported body {content_type} ({body.body_type})")

    def _checks(self, endpoint: Endpoint, bodies: Sequence[Body]) -> Iterable[Check]:
        for parameter, schema in self._parameter_schemas(endpoint):
            if _has_range(schema):
                yield Check(str(parameter), str(parameter), _number(schema.minimum), _number(schema.maximum))
        for body in bodies:
            if body.model is None:
                continue
            json_body = next(item for item in endpoint.bodies if wire(item.content_type) == body.content_type)
            schemas = self._schema_properties(json_body.prop.data)
            for prop in _properties(json_body.prop):
                schema = schemas.get(wire(prop.name))
                if schema is not None and _has_range(schema):
                    yield Check(
                        str(prop.python_name),
                        f"body.{prop.python_name}",
                        _number(schema.minimum),
                        _number(schema.maximum),
                        on_body=True,
                    )

    def _parameter_doc(self, endpoint: Endpoint, wire_name: str) -> str:
        """A parameter's description in the spec, with its range, in one line."""
        for parameter in self._parameters(endpoint):
            if wire(parameter.name) != wire_name:
                continue
            text = _doc(parameter.description)
            schema = parameter.param_schema
            if schema is not None and not isinstance(schema, Reference) and _has_range(schema):
                low, high = _number(schema.minimum), _number(schema.maximum)
                bound = (
                    f"{low} to {high}"
                    if low is not None and high is not None
                    else (f"at least {low}" if low is not None else f"at most {high}")
                )
                text = f"{text} ({bound})" if text else f"({bound})"
            return text
        return ""

    def _schema_properties(self, schema: Any) -> dict[str, Any]:
        """The property schemas of an object schema by wire name, those of its ``allOf`` parts included."""
        if isinstance(schema, Reference):
            name = wire(schema.ref).rsplit("/", 1)[-1]
            components = (self.document.components.schemas if self.document.components else None) or {}
            schema = next(value for key, value in components.items() if wire(key) == name)
        found = {}
        for part in schema.allOf or []:
            found.update(self._schema_properties(part))
        found.update({wire(key): value for key, value in (schema.properties or {}).items()})
        return found

    def _parameter_schemas(self, endpoint: Endpoint) -> Iterable[tuple[str, Any]]:
        for parameter in self._parameters(endpoint):
            if parameter.param_schema is not None and not isinstance(parameter.param_schema, Reference):
                yield identifier(wire(parameter.name)), parameter.param_schema

    # -- the facade

    def params(self) -> list[ParamDict]:
        """The ``TypedDict`` of every model a JSON request body holds, for the generated ``params`` module."""
        return request_params(
            (
                body.prop
                for _, endpoint in self.endpoints()
                for body in endpoint.bodies
                if wire(body.content_type) == "application/json" and kind(body.prop) == "ModelProperty"
            ),
            self.models,
        )

    def error_bodies(self) -> tuple[ErrorBody, ...]:
        """The service's table of error bodies (``ServiceConfig.error_bodies``)."""
        return error_bodies((self.request_plan(endpoint).operation_id, endpoint) for _, endpoint in self.endpoints())

    def resources(self) -> list[Resource]:
        by_tag: dict[str, list[Method]] = {}
        for tag, endpoint in self.endpoints():
            if self.extensions(endpoint).get("x-sdk-internal"):
                continue
            by_tag.setdefault(tag, []).extend(self.methods(endpoint))
        tags = {wire(tag.name): wire(tag.description) or "" for tag in self.document.tags or []}
        return [
            Resource(tag, _pascal(tag) + "Resource", " ".join(tags.get(tag, "").split()), tuple(methods))
            for tag, methods in sorted(by_tag.items())
        ]

    def methods(self, endpoint: Endpoint) -> list[Method]:
        """The facade methods of an operation: one for its JSON body (or none), one per other content type."""
        extensions = self.extensions(endpoint)
        plan = self.request_plan(endpoint)
        json_bodies = [body for body in plan.bodies if body.content_type == "application/json"]
        found = []
        if json_bodies or not plan.bodies:
            name = extensions.get("x-sdk-method")
            if not name:
                raise SpecError(f"{plan.operation_id} has no x-sdk-method")
            found.append(
                self._method(
                    endpoint, plan, name, extensions.get("x-sdk-returns"), json_bodies[0] if json_bodies else None
                )
            )
        for body in plan.bodies:
            if body.content_type == "application/json":
                continue
            extra = extensions.get("x-sdk-content-methods", {}).get(body.content_type)
            if extra is None:
                raise SpecError(f"{plan.operation_id}: no x-sdk-content-methods entry for {body.content_type}")
            found.append(self._method(endpoint, plan, extra["method"], extra.get("returns"), body))
        return found

    def _method(
        self, endpoint: Endpoint, plan: RequestPlan, name: str, returns: str | None, body: Body | None
    ) -> Method:
        extensions = self.extensions(endpoint)
        imports: set[str] = {f"from ..api.{_tag_of(self, endpoint)} import {endpoint.name}"}
        result_type = returns or success_type(endpoint, plan.operation_id)
        if " | " in result_type or not result_type:
            raise SpecError(
                f"{plan.operation_id} answers {result_type or 'nothing'}: "
                "name the model its method returns with x-sdk-returns"
            )
        if result_type != "None":  # an answer without a body (204) returns None
            imports.add(f"from ..models.{_module_of(result_type)} import {result_type}")
        file_body = body is not None and body.model is None
        paging = None
        if not file_body and extensions.get("x-sdk-pagination"):
            paging = sdk_paging(plan.operation_id, endpoint, extensions["x-sdk-pagination"], plan.arguments)
            imports.add(paging.item_import)
        option_names = self._option_names(endpoint)
        arguments = self._leading_arguments(endpoint, plan, option_names, file_body, imports)
        keyed = self._keyed_fields(body)
        body_fields, body_empty = self._body_arguments(endpoint, body, arguments, imports, keyed)
        for argument in arguments:
            imports.update(f"from ..params import {param}" for param in PARAM_NAME.findall(argument.annotation))
        _refuse_clashes(plan.operation_id, arguments)
        return Method(
            name=name,
            operation_id=plan.operation_id,
            module=str(endpoint.name),
            http_method=plan.method,
            path=plan.path,
            summary=" ".join(wire(endpoint.summary).split()) if endpoint.summary else name,
            description=wire(endpoint.description) or "",
            arguments=tuple(arguments),
            request_arguments=_passed_arguments(plan, option_names, file_body),
            body_model=body.model if body is not None else None,
            body_empty=body_empty,
            body_fields=body_fields,
            body_option_fields=body.option_fields if body is not None else {},
            body_required=body.required if body is not None else (),
            body_nested=body.nested_expression if body is not None else "{}",
            result_type=result_type,
            parser=parser_for(endpoint, plan.operation_id, result_type),
            paging=paging,
            file_content_type=body.content_type if file_body and body is not None else None,
            deprecated=bool(self.operation(endpoint).deprecated),
            idempotent=plan.idempotent,
            bulk_name=extensions.get("x-sdk-bulk") if body is not None and body.model is not None else None,
            imports=frozenset(imports),
            body_keyed=keyed,
            body_keyed_location=self._keyed_location(body) if keyed else "",
        )

    def _keyed_fields(self, body: Body | None) -> tuple[str, ...]:
        plan = self.service.custom_field_keys
        if body is None or body.model is None or plan is None:
            return ()
        return tuple(name for name, holds in body.nested.items() if holds == f"[{plan.input_model}]")

    def _keyed_location(self, body: Body | None) -> str:
        plan = self.service.custom_field_keys
        assert body is not None and plan is not None
        return next((name for name, option in body.option_fields.items() if option == plan.location_option), "")

    def _option_names(self, endpoint: Endpoint) -> dict[str, str]:
        """The arguments the client fills (``x-sdk-client-option``): argument name -> client option name."""
        by_wire = {wire(parameter.name): parameter for parameter in endpoint.list_all_parameters()}
        return {
            str(by_wire[wire_name].python_name): option.name
            for wire_name, option in self.parameter_options(endpoint).items()
            if wire_name in by_wire
        }

    def _leading_arguments(
        self, endpoint: Endpoint, plan: RequestPlan, option_names: Mapping[str, str], file_body: bool, imports: set[str]
    ) -> list[Argument]:
        """A facade method's arguments before its body's: path parameters, the file, client options, the rest."""
        parameters = {str(parameter.python_name): parameter for parameter in endpoint.list_all_parameters()}
        arguments = [
            _facade_argument(argument, plan.literals)
            for argument in plan.path_parameters
            if argument.name not in option_names
        ]
        if file_body:
            arguments.append(
                Argument(
                    "file",
                    "str | os.PathLike[str] | bytes | BinaryIO",
                    keyword_only=False,
                    doc="the document to send: a path, bytes, or a binary file object (read whole: a retry resends it)",
                )
            )
        for argument in plan.arguments:
            if argument.name in option_names:
                doc = f"{argument.doc} Defaults to the client's `{option_names[argument.name]}`.".strip()
                arguments.append(Argument(argument.name, "str | None", "None", doc=doc))
        arguments += [
            _facade_argument(argument, plan.literals)
            for argument in plan.arguments
            if argument.name not in option_names and argument.name != "body" and argument not in plan.path_parameters
        ]
        for argument in arguments:
            if argument.name in parameters:
                imports |= _imports_of(parameters[argument.name])
        return arguments

    def _body_arguments(
        self,
        endpoint: Endpoint,
        body: Body | None,
        arguments: list[Argument],
        imports: set[str],
        keyed: tuple[str, ...] = (),
    ) -> tuple[tuple[Argument, ...], bool]:
        """Appends a JSON body's arguments (the whole body, then its fields); its fields, and whether it is empty."""
        if body is None or body.model is None:
            return (), False
        imports.add(f"from ..models.{_module_of(body.model)} import {body.model}")
        if not body.fields:
            # A body the service requires but whose schema has no fields: nothing to ask for, `{}` is sent.
            return (), True
        # The whole body as a model or as its JSON form (a dict): checked against the spec either way.
        json_body = next(item for item in endpoint.bodies if wire(item.content_type) == "application/json")
        arguments.append(
            Argument(
                "body",
                f"{body.model} | {param_type(json_body.prop, self.models)} | None",
                "None",
                doc=f"the whole body: a `{body.model}` or its JSON form (a dict); or give its fields as keywords",
            )
        )
        for prop in _properties(json_body.prop):
            imports |= _imports_of(prop)
        body_fields = tuple(_keyed_argument(_facade_argument(argument), keyed) for argument in body.fields)
        arguments.extend(body_fields)
        return body_fields, False


def _passed_arguments(plan: RequestPlan, option_names: Mapping[str, str], file_body: bool) -> tuple[str, ...]:
    """What a facade method passes to ``build_request``: client options filled from the client, the body or file."""
    passed = []
    for argument in plan.arguments:
        if argument.name in option_names:
            passed.append(f'{argument.name}=self._client.option("{option_names[argument.name]}", {argument.name})')
        elif argument.name == "body":
            passed.append("body=read_file(file)" if file_body else "body=body")
        else:
            passed.append(f"{argument.name}={argument.name}")
    return tuple(passed)


def _refuse_clashes(operation_id: str, arguments: Sequence[Argument]) -> None:
    names = [argument.name for argument in arguments]
    clashes = {name for name in names if names.count(name) > 1} | (set(names) & {"self", *OPTIONS_ARGUMENTS})
    if clashes:
        raise SpecError(f"{operation_id}: two arguments are named {sorted(clashes)}")


def _tag_of(model: SdkModel, endpoint: Endpoint) -> str:
    return next(tag for tag, other in model.endpoints() if other is endpoint)


def _properties(model: Any) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


def _doc(text: Any) -> str:
    """Spec text as one line for a docstring."""
    return " ".join(str(wire(text) or "").split())


def _number(value: float | None) -> float | None:
    """A bound as the spec means it: ``1`` rather than ``1.0`` when it is whole."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _has_range(schema: Any) -> bool:
    return getattr(schema, "minimum", None) is not None or getattr(schema, "maximum", None) is not None


def _parameter_annotation(parameter: Any) -> str:
    """A parameter's type in ``build_request``: an enum takes its members or their values as strings
    (the client's settings are strings); ``enum_value`` refuses any other value."""
    annotation = code(parameter.get_type_string(no_optional=True))
    return f"{annotation} | str" if kind(parameter) == "EnumProperty" else annotation


def _literal(parameter: Any) -> str:
    """A closed enum as the facade declares it: its values as a ``Literal`` (editors complete them), or a member."""
    values = ", ".join(json.dumps(value) for value in parameter.values.values())
    return f"Literal[{values}] | {code(parameter.get_type_string(no_optional=True))}"


def _holds_models(prop: Any) -> str:
    """``Model`` or ``[Model]`` when a field holds a model or a list of them (a nullable one too), else ``""``."""
    if kind(prop) == "UnionProperty":
        inner = [alternative for alternative in prop.inner_properties if kind(alternative) != "NoneProperty"]
        return _holds_models(inner[0]) if len(inner) == 1 else ""
    if kind(prop) == "ModelProperty":
        return str(prop.class_info.name)
    if kind(prop) == "ListProperty" and kind(prop.inner_property) == "ModelProperty":
        return f"[{prop.inner_property.class_info.name}]"
    return ""


def _field_annotation(prop: Any, models: Models | None = None) -> str:
    """A body field's type; given the spec's ``models``, a model may also be given as its JSON form (its
    ``TypedDict``)."""
    holds = _holds_models(prop) if models is not None else ""
    if holds:
        assert models is not None
        model = param_type(next(models_within(prop)), models)
    if holds.startswith("["):
        base = f"list[{holds[1:-1]} | {model}]"
        nullable = kind(prop) == "UnionProperty"
        return f"{base}{' | None' if nullable else ''} | Unset"
    if holds:
        annotation = code(prop.get_type_string(no_optional=True))
        return f"{annotation} | {model} | Unset"
    annotation = code(prop.get_type_string(no_optional=True))
    if getattr(prop, "nullable", False) or (kind(prop) == "UnionProperty" and "None" in annotation.split(" | ")):
        annotation = annotation if "None" in annotation.split(" | ") else f"{annotation} | None"
    return f"{annotation} | Unset"


def _keyed_argument(argument: Argument, keyed: tuple[str, ...]) -> Argument:
    """A list of custom field inputs that may also be given as a mapping of field key to value."""
    if argument.name not in keyed:
        return argument
    annotation = argument.annotation.removesuffix(" | Unset") + " | Mapping[str, object] | Unset"
    doc = (argument.doc + "; " if argument.doc else "") + "or a mapping of field key to value, checked before sending"
    return replace(argument, annotation=annotation, doc=doc)


def _facade_argument(argument: Argument, literals: Mapping[str, str] | None = None) -> Argument:
    """The argument as a facade method declares it: closed enums as ``Literal``s, and ``builtins.list``
    (``list[...]`` would name the resource's ``list`` method)."""
    annotation = argument.annotation
    if literals and argument.name in literals:
        annotation = literals[argument.name] + (" | Unset" if annotation.endswith(" | Unset") else "")
    return replace(argument, annotation=re.sub(r"\blist\[", "builtins.list[", annotation))


def _imports_of(prop: Any) -> set[str]:
    found = set()
    for line in list(prop.get_imports(prefix="..")) + list(prop.get_lazy_imports(prefix="..") or []):
        if line.startswith("from ..types import") or line.startswith("from typing import") or line == "import datetime":
            continue
        found.add(line)
    if "datetime." in code(prop.get_type_string()):
        found.add("import datetime")
    return found


def _module_of(class_name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(class_name)


def _pascal(tag: str) -> str:
    from openapi_python_client.strings import pascal_case

    return pascal_case(tag)
