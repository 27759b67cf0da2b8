"""How a list operation pages, from its ``x-sdk-pagination``: the runtime's paging class and the values it is built
with, as data (``Paging``); ``facade/resource.py.jinja`` prints the constructor call.

Styles: ``offset`` (an offset parameter, and optionally a ``meta`` object with ``has-next`` and
``total``), ``cursor`` (cursor parameters read from a ``meta`` object), ``search`` (a page number in
the body, then a cursor taken from the last item beyond a window).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sdk.errors import SpecError
from sdk.names import code, identifier, kind, wire

PAGING_STYLES = ("offset", "cursor", "search")


@dataclass(frozen=True)
class Paging:
    style: str
    runtime_class: str  # OffsetPaging, CursorPaging or SearchPaging
    arguments: Mapping[str, Any]  # its constructor's keyword arguments, as Python values
    item_type: str
    item_import: str


def _properties(model: Any) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


def _model_of(prop: Any) -> Any:
    """The model of a property that is a model, or a union of a model and null."""
    if kind(prop) == "ModelProperty":
        return prop
    for inner in getattr(prop, "inner_properties", []):
        if kind(inner) == "ModelProperty":
            return inner
    raise SpecError(f"{wire(prop.name)} is not an object")


def paging(operation_id: str, endpoint: Any, settings: Mapping[str, Any], arguments: Sequence[Any]) -> Paging:
    """The paging of an operation; ``arguments`` are its request plan's (for the limit parameter's default)."""
    style = settings.get("style")
    if style not in PAGING_STYLES:
        raise SpecError(f"{operation_id}: unknown x-sdk-pagination style {style!r}")
    answer = next(response.prop for response in endpoint.responses.patterns if response.status_code.range[0] < 300)
    items = next((prop for prop in _properties(answer) if wire(prop.name) == settings["items"]), None)
    if items is None or kind(items) != "ListProperty":
        raise SpecError(f"{operation_id}: x-sdk-pagination items {settings['items']!r} is not a list of the answer")
    item_type = code(items.inner_property.get_type_string())
    item_import = f"from ..models.{items.inner_property.class_info.module_name} import {item_type}"

    def attribute(model: Any, wire_name: str) -> str:
        prop = next((prop for prop in _properties(model) if wire(prop.name) == wire_name), None)
        if prop is None:
            raise SpecError(
                f"{operation_id}: x-sdk-pagination names {wire_name!r}, which {model.class_info.name} lacks"
            )
        return str(prop.python_name)

    def meta() -> Any:
        return _model_of(next(prop for prop in _properties(answer) if wire(prop.name) == settings["meta"]))

    build: Callable[..., dict[str, Any]] = {"offset": _offset, "cursor": _cursor, "search": _search}[style]
    values = build(operation_id, settings, str(items.python_name), answer, attribute, meta, arguments)
    return Paging(style, f"{style.capitalize()}Paging", values, item_type, item_import)


def _offset(
    operation_id: str,
    settings: Mapping[str, Any],
    items: str,
    answer: Any,
    attribute: Callable[[Any, str], str],
    meta: Callable[[], Any],
    arguments: Sequence[Any],
) -> dict[str, Any]:
    # `meta` (with `has-next` and `total`) is optional: without it a page shorter than the `limit-param` asked for
    # (or its default), or an empty one, is the last.
    values: dict[str, Any] = {
        "items": items,
        "offset_param": settings["offset-param"],
        "offset_argument": identifier(settings["offset-param"]),
    }
    if "meta" in settings:
        values["meta"] = attribute(answer, settings["meta"])
        values |= {
            name.replace("-", "_"): attribute(meta(), settings[name])
            for name in ("has-next", "total")
            if name in settings
        }
    # The answer's fields by their wire names, for reading its JSON as it is (``items_json``, ``iter_json``).
    values["wire"] = {"items": settings["items"]} | {
        name: settings[name] for name in ("meta", "has-next", "total") if name in settings
    }
    if "limit-param" in settings:
        limit = next((argument for argument in arguments if argument.name == identifier(settings["limit-param"])), None)
        if limit is None:
            raise SpecError(f"{operation_id}: x-sdk-pagination limit-param {settings['limit-param']!r} is no parameter")
        values["limit_param"] = settings["limit-param"]
        if limit.default not in (None, "UNSET"):
            values["default_limit"] = int(limit.default)
    return values


def _cursor(
    operation_id: str,
    settings: Mapping[str, Any],
    items: str,
    answer: Any,
    attribute: Callable[[Any, str], str],
    meta: Callable[[], Any],
    arguments: Sequence[Any],
) -> dict[str, Any]:
    params = tuple(settings["cursor-params"])
    return {
        "items": items,
        "meta": attribute(answer, settings["meta"]),
        "cursor_params": params,
        "cursor_arguments": tuple(identifier(param) for param in params),
        "cursor_fields": tuple(attribute(meta(), param) for param in params),
        "wire": {"items": settings["items"]},
    }


def _search(
    operation_id: str,
    settings: Mapping[str, Any],
    items: str,
    answer: Any,
    attribute: Callable[[Any, str], str],
    meta: Callable[[], Any],
    arguments: Sequence[Any],
) -> dict[str, Any]:
    item_model = next(prop for prop in _properties(answer) if wire(prop.name) == settings["items"]).inner_property
    return {
        "items": items,
        "total": attribute(answer, settings["total"]),
        "page_field": settings["page-field"],
        "limit_field": settings["limit-field"],
        "cursor_field": settings["cursor-field"],
        "page_argument": identifier(settings["page-field"]),
        "cursor_argument": identifier(settings["cursor-field"]),
        "item_cursor": attribute(item_model, settings["item-cursor"]),
        "window": int(settings["page-window"]),
        # Wire names too, so that a walk can read each answer's JSON as it is and still go on (``iter_json``).
        "wire": {name: settings[name] for name in ("items", "total", "item-cursor")},
    }
