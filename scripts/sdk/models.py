"""How a generated model reads and writes its fields: the strict decoding of ``from_dict``, the writing of
``to_dict``, and the ``__tolerant__`` description, decided per property here; ``model.py.jinja`` prints them.

Each field has a ``shape``, the way ``from_dict`` decodes it:

- ``plain``: the JSON value is used as it is once its type is known (a string, a number, a boolean, a
  union of those and null); ``check`` is its inline test, the hot path of parsing a page.
- ``model``, ``models``: a nested object, or an array of them, decoded inline by the model's ``from_dict``
  (a page's items and their nested objects: a call less each than a decoder).
- ``date_time``: parsed inline, the common case of a page too.
- ``decoder``: everything else (enums, arrays of scalars, unions, nullable objects) is decoded by a
  *decoder* that ``contacts_runtime._decode`` builds once, at import, from ``ModelCode.decoders``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sdk.errors import SpecError
from sdk.names import kind, wire

# A JSON scalar used as it is: the inline test of a value named ``{v}``, the runtime's test of one, and the
# words for error messages.
_SCALARS: dict[str, tuple[str, str, str]] = {
    "StringProperty": ("({v}.__class__ is str or isinstance({v}, str))", "_decode.is_string", "string"),
    "IntProperty": (
        "({v}.__class__ is int or (isinstance({v}, int) and not isinstance({v}, bool)))",
        "_decode.is_integer",
        "integer",
    ),
    "FloatProperty": (
        "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
        "_decode.is_number",
        "number",
    ),
    "BooleanProperty": ("({v} is True or {v} is False)", "_decode.is_boolean", "boolean"),
    "NoneProperty": ("{v} is None", "_decode.is_null", "null"),
}

# Values parsed from a string: the runtime's decoder, and the words for error messages.
_PARSED: dict[str, tuple[str, str]] = {
    "DateTimeProperty": ("_decode.date_time", "RFC 3339 date-time string"),
    "DateProperty": ("_decode.date", "ISO 8601 date string"),
    "UuidProperty": ("_decode.uuid_string", "UUID string"),
}


@dataclass(frozen=True)
class FieldCode:
    """One field of a generated model, as ``from_dict`` and ``to_dict`` handle it."""

    python_name: str
    wire_literal: str  # the wire name as a Python string literal
    required: bool
    expected: str  # what the spec expects, in words
    shape: str  # plain, model, models, date_time or decoder (see the module's docstring)
    check: str | None  # plain: the inline test of the value, or None when any value is valid
    model: str | None  # model, models: the alias of the model's from_dict
    decoder: str | None  # decoder: the module-level decoder's name
    encode: str  # to_dict's expression of the field's wire form


@dataclass(frozen=True)
class ModelCode:
    fields: tuple[FieldCode, ...]  # as the class declares them
    wire_order: tuple[FieldCode, ...]  # as the spec lists them: to_dict writes keys in this order
    decoders: tuple[tuple[str, str], ...]  # (name, expression) built at import
    from_dict_aliases: tuple[tuple[str, str], ...]  # (alias, model): the from_dicts called inline
    additional_check: str | None  # the inline test of an additional property, or None
    additional_decoder: str | None  # the decoder of an additional property, or None
    additional_expected: str


def _inner(prop: Any) -> list[Any]:
    return list(prop.inner_properties)


def is_plain(prop: Any) -> bool:
    """Whether the JSON value is used as it is once its type is checked."""
    name = kind(prop)
    if name == "UnionProperty":
        return all(is_plain(inner) for inner in _inner(prop))
    return name in _SCALARS or name == "AnyProperty"


def expected(prop: Any) -> str:
    """What the spec expects of a value, in words (error messages)."""
    name = kind(prop)
    if name in _SCALARS:
        return _SCALARS[name][2]
    if name in _PARSED:
        return _PARSED[name][1]
    if name == "EnumProperty":
        return "integer" if prop.value_type is int else "string"
    if name == "ListProperty":
        return "array"
    if name == "ModelProperty":
        return "object"
    if name == "UnionProperty":
        return " or ".join(dict.fromkeys(expected(inner) for inner in _inner(prop)))
    return "any value"


def inline_check(prop: Any, value: str) -> str | None:
    """The inline test that ``value`` (a variable) has a plain property's JSON type; None for any value."""
    name = kind(prop)
    if name == "AnyProperty":
        return None
    if name == "UnionProperty":
        tests = [inline_check(inner, value) for inner in _inner(prop)]
        if None in tests:
            return None
        return "(" + " or ".join(test for test in tests if test) + ")"
    return _SCALARS[name][0].format(v=value)


def _json_test(prop: Any) -> str:
    """The runtime's test of the JSON type a union alternative takes."""
    name = kind(prop)
    if name in _SCALARS:
        return _SCALARS[name][1]
    if name in _PARSED:
        return "_decode.is_string"
    if name == "EnumProperty":
        return "_decode.is_integer" if prop.value_type is int else "_decode.is_string"
    if name == "ListProperty":
        return "_decode.is_list"
    raise SpecError(f"no union alternative of kind {name} ({wire(prop.name)})")


def decoder(prop: Any) -> str:
    """The expression building the runtime decoder of a property that is not plain."""
    name = kind(prop)
    if name in _PARSED:
        return _PARSED[name][0]
    if name == "ModelProperty":
        return f"_decode.model({prop.class_info.name}.from_dict)"
    if name == "EnumProperty":
        return f"_decode.enum({prop.class_info.name})"
    if name == "ListProperty":
        return _list_decoder(prop.inner_property)
    if name == "UnionProperty":
        return _union_decoder(prop)
    raise SpecError(f"decoding does not support {name} ({wire(prop.name)})")


def _list_decoder(inner: Any) -> str:
    if kind(inner) == "AnyProperty":
        return "_decode.array(None)"
    if kind(inner) == "ModelProperty":
        return f"_decode.models({inner.class_info.name}.from_dict)"
    if is_plain(inner):
        alternatives = _inner(inner) if kind(inner) == "UnionProperty" else [inner]
        tests = ", ".join(_SCALARS[kind(alternative)][1] for alternative in alternatives)
        return f"_decode.scalars(({tests},), {json.dumps(expected(inner))})"
    return f"_decode.array({decoder(inner)})"


def _union_decoder(prop: Any) -> str:
    alternatives = _inner(prop)
    models = [inner for inner in alternatives if kind(inner) == "ModelProperty"]
    others = [inner for inner in alternatives if kind(inner) != "ModelProperty"]
    if len(alternatives) == 2 and [kind(inner) for inner in others].count("NoneProperty") == 1:
        (other,) = [inner for inner in alternatives if kind(inner) != "NoneProperty"]
        return f"_decode.nullable({decoder(other)})"
    branches = "".join(f"({_json_test(inner)}, {'None' if is_plain(inner) else decoder(inner)}), " for inner in others)
    objects = "".join(f"{model.class_info.name}.from_dict, " for model in models)
    return f"_decode.one_of({json.dumps(expected(prop))}, ({branches}), ({objects}))"


def encode(prop: Any, value: str) -> str:
    """to_dict's expression of the wire form of ``value`` (a field of ``prop``'s type). A value a tolerant parse
    kept as it came (it is not of the type) is written as it is held, so to_dict gives back what came."""
    name = kind(prop)
    if name == "ModelProperty":
        return f"{value}.to_dict() if isinstance({value}, {prop.class_info.name}) else {value}"
    if name == "EnumProperty":
        return f"{value}.value if isinstance({value}, {prop.class_info.name}) else {value}"
    if name == "DateTimeProperty":
        return f"format_datetime({value}) if isinstance({value}, datetime.datetime) else {value}"
    if name == "ListProperty" and kind(prop.inner_property) == "ModelProperty":
        item = prop.inner_property.class_info.name
        each = f"[item.to_dict() if isinstance(item, {item}) else item for item in {value}]"
        return f"{each} if isinstance({value}, list) else {value}"
    if is_plain(prop) or (name == "ListProperty" and is_plain(prop.inner_property)):
        return value
    return f"to_json({value})"


def _shape(prop: Any) -> str:
    if is_plain(prop):
        return "plain"
    name = kind(prop)
    if name == "ModelProperty":
        return "model"
    if name == "ListProperty" and kind(prop.inner_property) == "ModelProperty":
        return "models"
    if name == "DateTimeProperty":
        return "date_time"
    return "decoder"


def _from_dict_alias(class_name: str) -> str:
    return f"_{class_name}_from_dict"


def _properties(model: Any) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


def field_code(prop: Any) -> FieldCode:
    shape = _shape(prop)
    nested = prop if shape == "model" else prop.inner_property if shape == "models" else None
    return FieldCode(
        python_name=str(prop.python_name),
        wire_literal=json.dumps(wire(prop.name)),
        required=bool(prop.required),
        expected=expected(prop),
        shape=shape,
        check=inline_check(prop, str(prop.python_name)) if shape == "plain" else None,
        model=_from_dict_alias(nested.class_info.name) if nested is not None else None,
        decoder=f"_decode_{prop.python_name}" if shape == "decoder" else None,
        encode=encode(prop, f"self.{prop.python_name}"),
    )


def model_code(model: Any) -> ModelCode:
    properties = _properties(model)
    fields = tuple(field_code(prop) for prop in properties)
    by_wire = {wire(prop.name): code for prop, code in zip(properties, fields, strict=True)}
    spec_order = [wire(name) for name in (model.data.properties or {})]
    wire_order = [by_wire[name] for name in spec_order if name in by_wire]
    wire_order += [code for code in fields if code not in wire_order]
    decoders = [(code.decoder, decoder(prop)) for prop, code in zip(properties, fields, strict=True) if code.decoder]
    extra = model.additional_properties
    additional_check = additional_decoder = None
    additional_expected = "any value"
    if extra and extra is not True and kind(extra) != "AnyProperty":
        additional_expected = expected(extra)
        if is_plain(extra):
            additional_check = inline_check(extra, "prop_value")
        else:
            additional_decoder = "_decode_additional_property"
            decoders.append((additional_decoder, decoder(extra)))
    aliases = sorted({(code.model, code.model[1 : -len("_from_dict")]) for code in fields if code.model})
    return ModelCode(
        fields=fields,
        from_dict_aliases=tuple(aliases),
        wire_order=tuple(wire_order),
        decoders=tuple(decoders),
        additional_check=additional_check,
        additional_decoder=additional_decoder,
        additional_expected=additional_expected,
    )
