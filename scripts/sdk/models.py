"""How a generated model describes its fields: the one table (``Model.__tolerant__``) from which the runtime
reads answers tolerantly and compiles the strict ``from_dict`` and ``to_dict`` (``contacts_runtime._model``).
Decided here per property; ``model.py.jinja`` prints it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sdk.errors import SpecError
from sdk.names import kind, wire

_SCALAR_KINDS = {
    "StringProperty": "string",
    "IntProperty": "integer",
    "FloatProperty": "number",
    "BooleanProperty": "boolean",
    "DateTimeProperty": "date_time",
    "DateProperty": "date",
    "UuidProperty": "uuid_string",
}


def tolerant_kind(prop: Any, nullable: bool = False) -> str:
    """The expression of a property's ``contacts_runtime._drift`` kind (how the tolerant decoder reads it)."""
    flag = "nullable=True" if nullable else ""
    name = kind(prop)
    if name in _SCALAR_KINDS:
        return f"_tolerant.{_SCALAR_KINDS[name]}({flag})"
    if name == "AnyProperty":
        return "_tolerant.any_value()"
    if name == "EnumProperty":
        return f"_tolerant.enum({prop.class_info.name}{', ' + flag if flag else ''})"
    if name == "ModelProperty":
        return f"_tolerant.model({prop.class_info.name}{', ' + flag if flag else ''})"
    if name == "ListProperty":
        return f"_tolerant.array({tolerant_kind(prop.inner_property)}{', ' + flag if flag else ''})"
    if name == "UnionProperty":
        inner = [alternative for alternative in prop.inner_properties if kind(alternative) != "NoneProperty"]
        nullable = nullable or len(inner) < len(prop.inner_properties)
        if len(inner) == 1:
            return tolerant_kind(inner[0], nullable)
        alternatives = ", ".join(tolerant_kind(alternative) for alternative in inner)
        return f"_tolerant.union({alternatives}{', nullable=True' if nullable else ''})"
    if name == "NoneProperty":
        return "_tolerant.any_value()"
    raise SpecError(f"no tolerant decoding for {name} ({wire(prop.name)})")


def spec_order(model: Any) -> list[Any]:
    """A model's properties in the order its schema lists them (to_dict writes keys in that order)."""
    properties = list(model.required_properties or []) + list(model.optional_properties or [])
    listed = [wire(name) for name in (model.data.properties or {})]
    return sorted(
        properties, key=lambda prop: listed.index(wire(prop.name)) if wire(prop.name) in listed else len(listed)
    )


def tolerant_fields(model: Any, properties: Sequence[Any] | None = None) -> list[str]:
    """``Field(...)`` expressions of a model's properties (or of ``properties``, its own when it derives from a
    base), in the spec's order, for its ``__tolerant__`` table."""
    names = None if properties is None else {id(prop) for prop in properties}
    return [
        f"_tolerant.Field({json.dumps(wire(prop.name))}, {json.dumps(str(prop.python_name))}, "
        f"{tolerant_kind(prop)}, required={bool(prop.required)})"
        for prop in spec_order(model)
        if names is None or id(prop) in names
    ]


@dataclass(frozen=True)
class ModelShape:
    """What a generated model class is made of: the class it derives from and the fields it declares itself."""

    base: str | None  # a webhook event's shared base: the schema its allOf starts with
    base_module: str | None
    properties: tuple[Any, ...]  # the fields it declares (without its base's)
    lazy_imports: tuple[str, ...] | None = (
        None  # a derived model's own (None: the model's, as openapi-python-client has them)
    )


def model_shape(model: Any, models: Mapping[str, Any]) -> ModelShape:
    """A webhook event (``x-sdk-webhook-event``) whose schema is ``allOf`` a schema and its own fields derives
    from that schema's class and declares only its own fields; every other model declares all of its."""
    properties = tuple(list(model.required_properties or []) + list(model.optional_properties or []))
    all_of = getattr(model.data, "allOf", None) or []
    extra = model.data.model_extra or {}
    if "x-sdk-webhook-event" not in extra or not all_of or not hasattr(all_of[0], "ref"):
        return ModelShape(None, None, properties)
    schema_name = str(wire(all_of[0].ref)).rsplit("/", 1)[-1]
    base = next((other for other in models.values() if str(wire(other.name)).rsplit("/", 1)[-1] == schema_name), None)
    if base is None:
        raise SpecError(f"{model.class_info.name}: allOf names {schema_name}, which is not a schema of the spec")
    inherited = {
        wire(prop.name) for prop in list(base.required_properties or []) + list(base.optional_properties or [])
    }
    own = tuple(prop for prop in properties if wire(prop.name) not in inherited)
    if any(prop.required and prop.default is None for prop in own):
        raise SpecError(f"{model.class_info.name}: an event's own required fields cannot follow its base's")
    lazy = sorted({line for prop in own for line in (prop.get_lazy_imports(prefix="..") or [])})
    return ModelShape(str(base.class_info.name), str(base.class_info.module_name), own, tuple(lazy))


def closed_object(model: Any) -> bool:
    """Whether a key the model's schema does not name is news to the spec (drift): true unless the
    schema says ``additionalProperties`` (a schema that lists properties and says nothing more is
    closed, as the services' objects are)."""
    declared = getattr(model.data, "additionalProperties", None)
    return declared is None or declared is False


def tolerant_additional(model: Any) -> str:
    """The kind of the keys a model's schema does not name: ``None`` unless ``additionalProperties``
    allows them (a schema that lists properties and says nothing more is closed, as the services'
    objects are), ``any_value()`` when it allows any value."""
    if closed_object(model):
        return "None"
    declared = getattr(model.data, "additionalProperties", None)
    extra = model.additional_properties
    if declared is True or extra is None or extra is True or kind(extra) == "AnyProperty":
        return "_tolerant.any_value()"
    return tolerant_kind(extra)
