"""The service as a whole: the client's name and settings, its options, its authentication, its webhooks.

Read from ``info.x-sdk`` (``client``, ``env-prefix``, ``rate-limit-headers``, ``webhooks``,
``custom-field-keys``), the servers,
the one security scheme, and the ``x-sdk-client-option`` of every parameter and body field.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from openapi_python_client.schema import Reference
from openapi_python_client.strings import snake_case

from sdk.errors import SpecError
from sdk.names import kind, wire
from sdk.spec import ClientOption, SpecIndex


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

    @property
    def error(self) -> str:
        """The error the runtime's function raises for a delivery it refuses (in ``contacts_runtime.errors``)."""
        return "WebhookVerificationError" if self.function == "verify" else "WebhookPayloadError"


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


def service(spec: SpecIndex, package: str) -> Service:
    """The service described by ``info.x-sdk``, its server, its security scheme and its client options."""
    document = spec.document
    settings = (document.info.model_extra or {}).get("x-sdk")
    if not settings:
        raise SpecError("info.x-sdk is missing")
    server = wire(document.servers[0].url) if document.servers else ""
    return Service(
        package=package,
        client=settings["client"],
        env_prefix=settings["env-prefix"],
        base_url=server,
        options=client_options(spec),
        rate_limit_headers=settings.get("rate-limit-headers"),
        token=_token(spec, urlsplit(server).path),
        webhooks=webhooks(spec, settings.get("webhooks")),
        custom_field_keys=custom_field_keys(spec, settings.get("custom-field-keys")),
    )


def keyed_input_model(spec: SpecIndex) -> str | None:
    """The model whose lists also take a mapping of custom field key to value (``custom-field-keys``)."""
    settings = (spec.document.info.model_extra or {}).get("x-sdk") or {}
    keys = settings.get("custom-field-keys")
    return str(keys["input-schema"]) if keys else None


def custom_field_keys(spec: SpecIndex, settings: Mapping[str, Any] | None) -> CustomFieldKeysPlan | None:
    """``info.x-sdk.custom-field-keys`` (see ``CustomFieldKeysPlan``), checked against the operations."""
    if settings is None:
        return None
    operation_id = settings["definitions-operation"]
    endpoint = next(
        (item for _, item in spec.endpoints() if wire(spec.operation(item).operationId) == operation_id), None
    )
    if endpoint is None:
        raise SpecError(f"custom-field-keys: no operation {operation_id}")
    path_names = {wire(parameter.name) for parameter in spec.parameters(endpoint) if wire(parameter.param_in) == "path"}
    options = [option.name for name, option in spec.parameter_options(endpoint).items() if name in path_names]
    if len(options) != 1:
        raise SpecError(f"custom-field-keys: {operation_id} needs one path parameter the client fills (the location)")
    if settings["input-schema"] not in spec.models:
        raise SpecError(f"custom-field-keys: no schema {settings['input-schema']}")
    return CustomFieldKeysPlan(
        resource=spec.tag_of(endpoint),
        method=spec.extensions(endpoint)["x-sdk-method"],
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


def client_options(spec: SpecIndex) -> tuple[ClientOption, ...]:
    """Every option the client fills, from parameters and JSON body fields, by name."""
    options: dict[str, ClientOption] = {}
    for _, endpoint in spec.endpoints():
        options.update({option.name: option for option in spec.parameter_options(endpoint).values()})
        for body in endpoint.bodies:
            if kind(body.prop) == "ModelProperty":
                options.update({option.name: option for option in spec.field_options(body.prop).values()})
    return tuple(sorted(options.values(), key=lambda option: option.name))


def _token(spec: SpecIndex, base_path: str) -> TokenOperation | None:
    """The token operation of an OAuth2 client-credentials scheme; ``None`` for a bearer token given as is."""
    components = spec.document.components
    schemes = list(((components and components.securitySchemes) or {}).values())
    if len(schemes) != 1:
        raise SpecError("the client supports exactly one security scheme")
    scheme = schemes[0]
    if isinstance(scheme, Reference):
        raise SpecError("write the security scheme in place, not as a $ref")
    if wire(scheme.type) == "oauth2":
        flow = scheme.flows.clientCredentials if scheme.flows else None
        if flow is None:
            raise SpecError("an oauth2 scheme needs a clientCredentials flow")
        return token_operation(spec, urlsplit(wire(flow.tokenUrl)).path, base_path)
    if not (wire(scheme.type) == "http" and wire(scheme.scheme) == "bearer"):
        raise SpecError(f"unsupported security scheme {wire(scheme.type)}")
    return None


def webhooks(spec: SpecIndex, settings: Mapping[str, Any] | None) -> Webhooks | None:
    """``info.x-sdk.webhooks: {runtime: <contacts_runtime.webhooks module>, function: parse|verify}``,
    with the schemas marked ``x-sdk-webhook-event: <delivery type>`` as the typed events."""
    if not settings:
        return None
    events = []
    for model in spec.openapi.models:
        event_type = (model.data.model_extra or {}).get("x-sdk-webhook-event")
        if event_type is not None:
            events.append(WebhookEvent(str(event_type), str(model.class_info.name), str(model.class_info.module_name)))
    if not events:
        raise SpecError("info.x-sdk.webhooks is set but no schema is marked x-sdk-webhook-event")
    if settings.get("function") not in ("parse", "verify"):
        raise SpecError("info.x-sdk.webhooks.function is parse or verify")
    return Webhooks(str(settings["runtime"]), str(settings["function"]), tuple(sorted(events, key=lambda e: e.type)))


def token_operation(spec: SpecIndex, token_path: str, base_path: str) -> TokenOperation:
    """The operation serving the token URL's path, written in the spec under the server's path or not."""
    for tag, endpoint in spec.endpoints():
        path = spec.path(endpoint)
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
