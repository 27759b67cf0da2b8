"""Marketplace OAuth (authorization-code flow): the facts of ``info.x-sdk.oauth`` and the operations it names,
for the generated ``oauth`` module and the clients' ``from_oauth``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sdk.errors import SpecError
from sdk.names import code, kind, wire
from sdk.spec import Endpoint, SpecIndex, properties


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
    installed_locations: InstalledLocations | None = None


@dataclass(frozen=True)
class InstalledLocations:
    """``info.x-sdk.oauth.installed-locations``: the agency's listing, as the generated glue and facade call it.

    The walk fills the company, app, installed, skip and limit parameters (``skip``/``limit`` as the
    operation types them); the operation's other optional query parameters, but the excluded ones and
    those the client fills, are the caller's filters (Python name and the Python types each takes).
    """

    module: str
    tag: str
    response_model: str
    item_model: str
    company: str
    app: str
    installed: str
    skip: str
    limit: str
    numbers_as_text: bool
    client_options: tuple[tuple[str, str], ...]
    filters: tuple[tuple[str, tuple[str, ...]], ...]
    items: str
    count: str
    item_id: str
    page_size: int
    company_id_field: str
    location_option: str

    @property
    def filter_names(self) -> str:
        """The filters, as a docstring names them."""
        return ", ".join(f"``{name}``" for name, _kinds in self.filters) or "none"

    @property
    def filter_annotation(self) -> str:
        """The type of the facade's ``**filters``: every type a filter takes."""
        kinds = sorted({kind for _name, kinds in self.filters for kind in kinds})
        return " | ".join(kinds) or "object"


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
        installed_locations=_installed_locations(sdk, settings["installed-locations"])
        if settings.get("installed-locations")
        else None,
    )


_FILTER_TYPES = {"str": ("str",), "bool": ("bool",), "int": ("int",), "float": ("int", "float")}


def _installed_locations(sdk: SpecIndex, settings: dict[str, Any]) -> InstalledLocations:
    """The listing ``settings`` describe, checked against its operation: ``SpecError`` naming what does not fit."""
    operation_id = str(settings.get("operation"))
    endpoint = _endpoint(sdk, operation_id)
    where = f"info.x-sdk.oauth.installed-locations ({operation_id})"
    names, numbers_as_text = _walked_parameters(endpoint, settings, where)
    answer, items, count, item_id = _answer_fields(endpoint, settings, where)
    page_size = settings.get("page-size")
    if not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1:
        raise SpecError(f"{where}: `page-size` must be a whole number of 1 or more")
    for key in ("company-id-field", "location-option"):
        if not isinstance(settings.get(key), str):
            raise SpecError(f"{where}: `{key}` must be a name")
    options = sdk.parameter_options(endpoint)
    return InstalledLocations(
        module=str(endpoint.name),
        tag=sdk.tag_of(endpoint),
        response_model=str(answer.class_info.name),
        item_model=str(items.inner_property.class_info.name),
        company=names["company"],
        app=names["app"],
        installed=names["installed"],
        skip=names["skip"],
        limit=names["limit"],
        numbers_as_text=numbers_as_text,
        client_options=tuple(
            (str(parameter.python_name), options[wire(parameter.name)].name)
            for parameter in (*endpoint.query_parameters, *endpoint.header_parameters)
            if wire(parameter.name) in options
        ),
        filters=_filters(endpoint, settings, set(options), where),
        items=str(items.python_name),
        count=str(count.python_name),
        item_id=item_id,
        page_size=page_size,
        company_id_field=str(settings["company-id-field"]),
        location_option=str(settings["location-option"]),
    )


_WALKED = ("company", "app", "installed", "skip", "limit")


def _walked_parameters(endpoint: Endpoint, settings: dict[str, Any], where: str) -> tuple[dict[str, str], bool]:
    """The Python names of the parameters the walk fills, and whether skip and limit are sent as text."""
    query = {wire(parameter.name): parameter for parameter in endpoint.query_parameters}
    names = {}
    for key in _WALKED:
        wire_name = settings.get(f"{key}-parameter")
        if wire_name not in query:
            raise SpecError(f"{where}: `{key}-parameter` {wire_name!r} is not a query parameter of the operation")
        names[key] = str(query[wire_name].python_name)
    if len(set(names.values())) != len(names):
        raise SpecError(f"{where}: the walk fills each of {list(_WALKED)} with a parameter of its own")
    paged_types = {code_type(query[settings[f"{key}-parameter"]]) for key in ("skip", "limit")}
    if len(paged_types) != 1 or not paged_types <= {"str", "int"}:
        raise SpecError(f"{where}: skip and limit must both be integers or both strings")
    return names, paged_types == {"str"}


def _filters(
    endpoint: Endpoint, settings: dict[str, Any], options: set[str], where: str
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The caller's filters: the optional query parameters neither walked, excluded nor client options."""
    skipped = {settings[f"{key}-parameter"] for key in _WALKED} | set(settings.get("excluded-parameters", [])) | options
    filters = []
    for parameter in sorted(endpoint.query_parameters, key=lambda parameter: wire(parameter.name)):
        wire_name = wire(parameter.name)
        if wire_name in skipped:
            continue
        if parameter.required:
            raise SpecError(f"{where}: the required parameter {wire_name!r} is neither walked nor a client option")
        kind_name = code_type(parameter)
        if kind_name not in _FILTER_TYPES:
            raise SpecError(f"{where}: the filter {wire_name!r} has a type a filter cannot take ({kind_name})")
        filters.append((str(parameter.python_name), _FILTER_TYPES[kind_name]))
    return tuple(filters)


def _answer_fields(endpoint: Endpoint, settings: dict[str, Any], where: str) -> tuple[Any, Any, Any, str]:
    """The answer model, its list of locations and count fields, and the Python name of a location's id."""
    successes = [
        response.prop
        for response in endpoint.responses.patterns
        if response.status_code.range[0] < 300 and kind(response.prop) == "ModelProperty"
    ]
    if not successes:
        raise SpecError(f"{where}: the operation needs a model answer")
    fields = {wire(prop.name): prop for prop in properties(successes[0])}
    items = fields.get(str(settings.get("items")))
    count = fields.get(str(settings.get("count")))
    if items is None or kind(items) != "ListProperty" or kind(items.inner_property) != "ModelProperty":
        raise SpecError(f"{where}: `items` must name a list of models in the answer")
    if count is None:
        raise SpecError(f"{where}: `count` must name a field of the answer")
    item_id = {wire(prop.name): prop for prop in properties(items.inner_property)}.get(str(settings.get("item-id")))
    if item_id is None:
        raise SpecError(f"{where}: `item-id` must name a field of the listed model")
    # The model's field is named by the schema's x-python-name, when it has one (generate.apply_python_names).
    schemas = {wire(name): schema for name, schema in (items.inner_property.data.properties or {}).items()}
    extra = getattr(schemas.get(str(settings.get("item-id"))), "model_extra", None) or {}
    return successes[0], items, count, str(extra.get("x-python-name", item_id.python_name))


def code_type(parameter: object) -> str:
    """The Python type of a scalar parameter (``str``, ``bool``, ``int``, ``float``)."""
    return code(parameter.get_type_string(no_optional=True))  # type: ignore[attr-defined]


def _endpoint(sdk: SpecIndex, operation_id: str) -> Endpoint:
    for _tag, endpoint in sdk.endpoints():
        if wire(sdk.operation(endpoint).operationId) == operation_id:
            return endpoint
    raise SpecError(f"info.x-sdk.oauth names {operation_id!r}, which no operation is")


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
