"""Request objects as ``TypedDict``s (``<Model>Param``): what a facade method takes as a dict for a request model,
checked against the spec like the model (``params.py`` of each package)."""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sdk.errors import SpecError
from sdk.names import kind, wire


def _properties(model: Any) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


@dataclass(frozen=True)
class ParamField:
    """One key of a request object's ``TypedDict``: its wire name and the type of its JSON value."""

    wire_name: str
    annotation: str
    required: bool


@dataclass(frozen=True)
class ParamDict:
    """A request model in its JSON form, as a ``TypedDict`` (``<Model>Param``): what a method takes as a dict."""

    name: str
    model: str
    fields: tuple[ParamField, ...]


PARAM_NAME = re.compile(r"\b([A-Z][A-Za-z0-9]*Param)\b")
_JSON_SCALARS = {
    "StringProperty": "str",
    "DateTimeProperty": "str",
    "DateProperty": "str",
    "UuidProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "AnyProperty": "Any",
    "NoneProperty": "None",
}


Models = Mapping[str, Any]
"""Every model of a spec by class name: a schema's reference to itself (a search filter's ``filters``)
is parsed before its properties are, so those are read from the model as registered."""


def param_type(model: Any, models: Models) -> str:
    """What a method takes for ``model`` as a dict: its ``TypedDict``, or any mapping for an object the
    spec leaves open without naming a field (custom attributes)."""
    return f"{model.class_info.name}Param" if _properties(_resolved(model, models)) else "Mapping[str, Any]"


def _resolved(model: Any, models: Models) -> Any:
    return model if _properties(model) else models.get(str(model.class_info.name), model)


def _json_annotation(prop: Any, models: Models) -> str:
    """The type of a property's JSON value, for a ``TypedDict`` key."""
    name = kind(prop)
    if name == "ModelProperty":
        annotation = param_type(prop, models)
    elif name == "ListProperty":
        annotation = f"list[{_json_annotation(prop.inner_property, models)}]"
    elif name == "UnionProperty":
        annotation = " | ".join(dict.fromkeys(_json_annotation(inner, models) for inner in prop.inner_properties))
    elif name == "EnumProperty":
        annotation = "Literal[" + ", ".join(json.dumps(value) for value in prop.values.values()) + "]"
    elif name in _JSON_SCALARS:
        annotation = _JSON_SCALARS[name]
    else:
        raise SpecError(f"{wire(prop.name)}: no JSON type for a {name}")
    if getattr(prop, "nullable", False) and "None" not in annotation.split(" | "):
        annotation += " | None"
    return annotation


def models_within(prop: Any) -> Iterator[Any]:
    """The models a property holds, directly or in lists and unions."""
    name = kind(prop)
    if name == "ModelProperty":
        yield prop
    elif name == "ListProperty":
        yield from models_within(prop.inner_property)
    elif name == "UnionProperty":
        for inner in prop.inner_properties:
            yield from models_within(inner)


def request_params(bodies: Iterable[Any], models: Models) -> list[ParamDict]:
    """The ``TypedDict`` of every model a JSON request body holds (the bodies' own included), by name."""
    found: dict[str, Any] = {}
    pending = list(bodies)
    while pending:
        model = _resolved(pending.pop(), models)
        name = str(model.class_info.name)
        if name in found or not _properties(model):
            continue
        found[name] = model
        for prop in _properties(model):
            key = wire(prop.name)
            if not key.isidentifier() or keyword.iskeyword(key):
                raise SpecError(f"{name}: the field {key!r} cannot be a key of its TypedDict (class syntax)")
            pending.extend(models_within(prop))
    return [
        ParamDict(
            param_type(model, models),
            name,
            tuple(
                ParamField(wire(prop.name), _json_annotation(prop, models), bool(prop.required))
                for prop in _properties(model)
            ),
        )
        for name, model in sorted(found.items())
    ]
