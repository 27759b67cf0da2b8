"""Marketplace OAuth (authorization-code flow): the facts of ``info.x-sdk.oauth`` and the operations it names,
for the generated ``oauth`` module and the clients' ``from_oauth``."""

from __future__ import annotations

from dataclasses import dataclass

from sdk.errors import SpecError
from sdk.names import kind, wire
from sdk.spec import SpecIndex


@dataclass(frozen=True)
class OAuthOperation:
    """A token operation of the authorization-code flow, as the generated glue calls it."""

    module: str
    tag: str
    request_model: str
    response_model: str
    # Python names of the parameters the client fills, with their option (``version``, say).
    client_options: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class OAuthFlow:
    """``info.x-sdk.oauth``, checked: the authorization pages and parameters, lifetimes, operations."""

    authorize_url: str
    white_label_authorize_url: str | None
    response_type: str
    authorize_parameters: tuple[str, ...]
    scope_separator: str
    login_window_parameter: str | None
    login_window_values: tuple[str, ...]
    access_token_lifetime: float
    refresh_token_rotates: bool
    token: OAuthOperation
    location_token: OAuthOperation | None


_AUTHORIZE_PARAMETERS = frozenset({"response_type", "client_id", "redirect_uri", "scope"})


def oauth_flow(sdk: SpecIndex) -> OAuthFlow | None:
    """The authorization-code flow the spec describes in ``info.x-sdk.oauth``, or ``None`` without one."""
    settings = ((sdk.document.info.model_extra or {}).get("x-sdk") or {}).get("oauth")
    if not settings:
        return None
    for key in ("authorize-url", "response-type", "authorize-parameters", "token-operation"):
        if key not in settings:
            raise SpecError(f"info.x-sdk.oauth needs `{key}`")
    parameters = tuple(settings["authorize-parameters"])
    unknown = set(parameters) - _AUTHORIZE_PARAMETERS
    if unknown:
        raise SpecError(f"info.x-sdk.oauth.authorize-parameters: unknown {sorted(unknown)}")
    window = settings.get("login-window-open-mode") or {}
    location = settings.get("location-token-operation")
    return OAuthFlow(
        authorize_url=settings["authorize-url"],
        white_label_authorize_url=settings.get("white-label-authorize-url"),
        response_type=settings["response-type"],
        authorize_parameters=parameters,
        scope_separator=settings.get("scope-separator", " "),
        login_window_parameter=window.get("parameter"),
        login_window_values=tuple(window.get("values", ())),
        access_token_lifetime=float(settings.get("access-token-lifetime-seconds", 3600)),
        refresh_token_rotates=bool(settings.get("refresh-token-rotates", False)),
        token=_oauth_operation(sdk, settings["token-operation"]),
        location_token=_oauth_operation(sdk, location) if location else None,
    )


def _oauth_operation(sdk: SpecIndex, operation_id: str) -> OAuthOperation:
    for tag, endpoint in sdk.endpoints():
        if wire(sdk.operation(endpoint).operationId) != operation_id:
            continue
        bodies = [body.prop for body in endpoint.bodies if kind(body.prop) == "ModelProperty"]
        successes = [
            response.prop
            for response in endpoint.responses.patterns
            if response.status_code.range[0] < 300 and kind(response.prop) == "ModelProperty"
        ]
        if len(bodies) != 1 or not successes:
            raise SpecError(f"{operation_id}: an OAuth operation needs one model body and a model answer")
        options = sdk.parameter_options(endpoint)
        client_options = tuple(
            (str(parameter.python_name), options[wire(parameter.name)].name)
            for parameter in (*endpoint.query_parameters, *endpoint.header_parameters)
            if wire(parameter.name) in options
        )
        required = [
            parameter
            for parameter in (*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters)
            if parameter.required and wire(parameter.name) not in options
        ]
        if required:
            raise SpecError(f"{operation_id}: an OAuth operation takes no parameter the client cannot fill")
        return OAuthOperation(
            module=str(endpoint.name),
            tag=tag,
            request_model=str(bodies[0].class_info.name),
            response_model=str(successes[0].class_info.name),
            client_options=client_options,
        )
    raise SpecError(f"info.x-sdk.oauth names {operation_id!r}, which no operation is")
