"""The facade: a resource class per tag, and on it a method per operation (one per non-JSON body too).

Each method's arguments (path parameters, a file, client options, the rest, then the JSON body whole and
field by field), what it passes on to the endpoint's ``build_request``, what it returns and imports. Read from
``x-sdk-method``, ``x-sdk-returns``, ``x-sdk-content-methods``, ``x-sdk-pagination``, ``x-sdk-bulk`` and
``x-sdk-internal``, on the request plans (``sdk.requests``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from openapi_python_client.strings import pascal_case, snake_case

from sdk.answers import parser_for, success_type
from sdk.errors import SpecError
from sdk.names import code, wire
from sdk.paging import Paging
from sdk.paging import paging as sdk_paging
from sdk.params import PARAM_NAME, param_type
from sdk.requests import Argument, Body, RequestPlan, request_plan
from sdk.service import custom_field_keys, keyed_input_model
from sdk.spec import Endpoint, SpecIndex, properties

OPTIONS_ARGUMENTS = ("extra_headers", "extra_query", "extra_body", "timeout")


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
    def body_option_wire_fields(self) -> dict[str, str]:
        """The body's client-filled fields by wire name, with their option: a body given as a dict gets them too."""
        return {
            field.wire_name: self.body_option_fields[field.name]
            for field in self.body_fields
            if field.name in self.body_option_fields
        }

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


def resources(spec: SpecIndex) -> list[Resource]:
    by_tag: dict[str, list[Method]] = {}
    for tag, endpoint in spec.endpoints():
        if spec.extensions(endpoint).get("x-sdk-internal"):
            continue
        by_tag.setdefault(tag, []).extend(methods(spec, endpoint))
    tags = {wire(tag.name): wire(tag.description) or "" for tag in spec.document.tags or []}
    return [
        Resource(tag, pascal_case(tag) + "Resource", " ".join(tags.get(tag, "").split()), tuple(methods))
        for tag, methods in sorted(by_tag.items())
    ]


def methods(spec: SpecIndex, endpoint: Endpoint) -> list[Method]:
    """The facade methods of an operation: one for its JSON body (or none), one per other content type."""
    extensions = spec.extensions(endpoint)
    plan = request_plan(spec, endpoint)
    json_bodies = [body for body in plan.bodies if body.content_type == "application/json"]
    found = []
    if json_bodies or not plan.bodies:
        name = extensions.get("x-sdk-method")
        if not name:
            raise SpecError(f"{plan.operation_id} has no x-sdk-method")
        found.append(
            _method(
                spec, endpoint, plan, name, extensions.get("x-sdk-returns"), json_bodies[0] if json_bodies else None
            )
        )
    for body in plan.bodies:
        if body.content_type == "application/json":
            continue
        extra = extensions.get("x-sdk-content-methods", {}).get(body.content_type)
        if extra is None:
            raise SpecError(f"{plan.operation_id}: no x-sdk-content-methods entry for {body.content_type}")
        found.append(_method(spec, endpoint, plan, extra["method"], extra.get("returns"), body))
    return found


def _method(
    spec: SpecIndex, endpoint: Endpoint, plan: RequestPlan, name: str, returns: str | None, body: Body | None
) -> Method:
    extensions = spec.extensions(endpoint)
    imports: set[str] = {f"from ..api.{spec.tag_of(endpoint)} import {endpoint.name}"}
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
    option_names = _option_names(spec, endpoint)
    arguments = _leading_arguments(endpoint, plan, option_names, file_body, imports)
    keyed = _keyed_fields(spec, body)
    body_fields, body_empty = _body_arguments(spec, endpoint, body, arguments, imports, keyed)
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
        deprecated=bool(spec.operation(endpoint).deprecated),
        idempotent=plan.idempotent,
        bulk_name=extensions.get("x-sdk-bulk") if body is not None and body.model is not None else None,
        imports=frozenset(imports),
        body_keyed=keyed,
        body_keyed_location=_keyed_location(spec, body) if keyed else "",
    )


def _keyed_fields(spec: SpecIndex, body: Body | None) -> tuple[str, ...]:
    """The body fields holding lists of the model that custom field keys fill."""
    input_model = keyed_input_model(spec)
    if body is None or body.model is None or input_model is None:
        return ()
    return tuple(name for name, holds in body.nested.items() if holds == f"[{input_model}]")


def _keyed_location(spec: SpecIndex, body: Body | None) -> str:
    """The body field the client fills with the location option the definitions lookup takes, or ``""``."""
    settings = (spec.document.info.model_extra or {}).get("x-sdk") or {}
    plan = custom_field_keys(spec, settings.get("custom-field-keys"))
    assert body is not None and plan is not None
    return next((name for name, option in body.option_fields.items() if option == plan.location_option), "")


def _option_names(spec: SpecIndex, endpoint: Endpoint) -> dict[str, str]:
    """The arguments the client fills (``x-sdk-client-option``): argument name -> client option name."""
    by_wire = {wire(parameter.name): parameter for parameter in endpoint.list_all_parameters()}
    return {
        str(by_wire[wire_name].python_name): option.name
        for wire_name, option in spec.parameter_options(endpoint).items()
        if wire_name in by_wire
    }


def _leading_arguments(
    endpoint: Endpoint, plan: RequestPlan, option_names: Mapping[str, str], file_body: bool, imports: set[str]
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
                doc=(
                    "the document to send: a path (of a regular file: no device, FIFO or /proc entry), bytes, "
                    "or a binary file object, of 100 MiB at most (``MAX_FILE_BYTES``; read whole: a retry resends it)"
                ),
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
    spec: SpecIndex,
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
            f"{body.model} | {param_type(json_body.prop, spec.models)} | None",
            "None",
            doc=f"the whole body: a `{body.model}` or its JSON form (a dict); or give its fields as keywords",
        )
    )
    for prop in properties(json_body.prop):
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
    return snake_case(class_name)
