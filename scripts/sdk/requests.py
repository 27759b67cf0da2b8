"""What an endpoint module's ``build_request`` takes and sends: its arguments, bodies, range checks, idempotency.

Read from the operation's parameters and request bodies, ``minimum``/``maximum`` on their schemas, and
``x-sdk-idempotent`` (``true``, or conditions on the body).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.schema import Reference

from sdk.errors import SpecError
from sdk.names import code, kind, wire
from sdk.params import Models, models_within, param_type
from sdk.spec import Endpoint, SpecIndex, properties

IDEMPOTENT_METHODS = frozenset({"get", "put", "delete", "head", "options"})


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


def request_plan(spec: SpecIndex, endpoint: Endpoint) -> RequestPlan:
    """What ``build_request`` of this endpoint takes and sends."""
    path, method, operation = spec.path(endpoint), spec.http_method(endpoint), spec.operation(endpoint)
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
            doc=parameter_doc(spec, endpoint, wire(parameter.name)),
        )
        path_parameters.append(argument)
        arguments.append(argument)
        if kind(parameter) == "EnumProperty":
            enums[argument.name] = str(parameter.class_info.name)
            literals[argument.name] = _literal(parameter)
    bodies = tuple(request_body(spec, body) for body in endpoint.bodies)
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
            doc = parameter_doc(spec, endpoint, wire(parameter.name))
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
        checks=tuple(checks(spec, endpoint, bodies)),
        idempotent=idempotent(spec, endpoint),
        idempotency=idempotency(spec, endpoint, bodies),
    )


def idempotent(spec: SpecIndex, endpoint: Endpoint) -> bool:
    """May the request be resent after it may have reached the service? Never for one that may create.

    ``x-sdk-idempotent`` is ``true``, or conditions on the body (see ``idempotency``): then the
    request is idempotent only when its body meets them, and this says whether it can be at all.
    """
    return spec.http_method(endpoint) in IDEMPOTENT_METHODS or bool(
        spec.extensions(endpoint).get("x-sdk-idempotent", False)
    )


def idempotency(spec: SpecIndex, endpoint: Endpoint, bodies: Sequence[Body]) -> str:
    """The body test of a conditionally idempotent operation, or ``""``.

    ``x-sdk-idempotent: {when-body-has-any: [wire names], unless-body: {wire name: value}}``: an
    upsert, say, matches an existing record only on some fields, and creates whatever is asked
    otherwise.
    """
    rule = spec.extensions(endpoint).get("x-sdk-idempotent")
    if not isinstance(rule, dict):
        return ""
    model = next((body for body in bodies if body.model), None)
    if model is None:
        raise SpecError(
            f"{wire(spec.operation(endpoint).operationId)}: a conditional x-sdk-idempotent needs a JSON body"
        )
    names = {field.wire_name: field.name for field in model.fields}
    unknown = [name for name in [*rule.get("when-body-has-any", []), *rule.get("unless-body", {})] if name not in names]
    if unknown:
        raise SpecError(f"{wire(spec.operation(endpoint).operationId)}: x-sdk-idempotent names no body field {unknown}")
    needs = tuple(names[name] for name in rule.get("when-body-has-any", []))
    unless = {names[name]: value for name, value in rule.get("unless-body", {}).items()}
    return f"conditionally_idempotent(body, needs_any={needs!r}, unless={unless!r})"


def request_body(spec: SpecIndex, body: Any) -> Body:
    """One request body as ``build_request`` takes it: a JSON or form model with its fields, or bytes."""
    content_type = wire(body.content_type)
    if content_type == "application/json" and kind(body.prop) == "ModelProperty":
        model = str(body.prop.class_info.name)
        fields = tuple(
            Argument(
                str(prop.python_name),
                _field_annotation(prop, spec.models),
                "UNSET",
                wire_name=wire(prop.name),
                doc=_doc(getattr(prop, "description", None)),
            )
            for prop in list(body.prop.required_properties or []) + list(body.prop.optional_properties or [])
        )
        options = {
            str(next(prop.python_name for prop in properties(body.prop) if wire(prop.name) == name)): option.name
            for name, option in spec.field_options(body.prop).items()
        }
        required = tuple(str(prop.python_name) for prop in body.prop.required_properties or [])
        nested = {str(prop.python_name): holds for prop in properties(body.prop) if (holds := _holds_models(prop))}
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
            for prop in properties(body.prop)
        )
        required = tuple(str(prop.python_name) for prop in body.prop.required_properties or [])
        return Body(content_type, model, model, fields, {}, required, form=True)
    if body.body_type == "content":
        return Body(content_type, "bytes", None)
    raise SpecError(f"unsupported body {content_type} ({body.body_type})")


def checks(spec: SpecIndex, endpoint: Endpoint, bodies: Sequence[Body]) -> Iterable[Check]:
    """The range checks of the parameters and of the JSON body fields whose schema has a minimum or maximum."""
    for parameter, schema in spec.parameter_schemas(endpoint):
        if _has_range(schema):
            yield Check(str(parameter), str(parameter), _number(schema.minimum), _number(schema.maximum))
    for body in bodies:
        if body.model is None:
            continue
        json_body = next(item for item in endpoint.bodies if wire(item.content_type) == body.content_type)
        schemas = spec.schema_properties(json_body.prop.data)
        for prop in properties(json_body.prop):
            schema = schemas.get(wire(prop.name))
            if schema is not None and _has_range(schema):
                yield Check(
                    str(prop.python_name),
                    f"body.{prop.python_name}",
                    _number(schema.minimum),
                    _number(schema.maximum),
                    on_body=True,
                )


def parameter_doc(spec: SpecIndex, endpoint: Endpoint, wire_name: str) -> str:
    """A parameter's description in the spec, with its range, in one line."""
    for parameter in spec.parameters(endpoint):
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
