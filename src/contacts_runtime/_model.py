"""The base of every generated model: ``from_dict`` and ``to_dict`` compiled from the model's one field table.

A generated model declares its fields (attrs) and describes them once, in ``__tolerant__``: each
field's wire name, Python name, whether the spec requires it and its ``Kind``. The tolerant decoder
reads that table as it is. The strict decoder (``from_dict``, the hot path of parsing a page) and the
writer (``to_dict``) are compiled from it, the first time a model is used, into straight-line Python
functions, one test per field, as attrs compiles ``__init__``: as fast as hand-unrolled code, with one
description per model instead of three.

What each compiled ``from_dict`` does:

- a field whose JSON value is used as it is (a string, a number, a boolean, a union of those and
  null) is tested inline (the exact class first: an attribute read is quicker than ``isinstance``);
- a nested object, or an array of them, is decoded by its model's compiled ``from_dict``, and a
  date-time by ``fromisoformat`` with RFC 3339's checks, inline too;
- anything else (enums, arrays of scalars, unions, nullable objects) by a ``contacts_runtime._decode``
  decoder built with the function;
- a missing required field, a value of the wrong type, or a key the spec does not allow raises
  ``DecodeError`` naming the JSON path (``$.data[0].mobile.valid``); a key a closed object does not
  name is kept in ``additional_properties`` and noted for the drift report.

``to_dict`` writes the fields the model holds (UNSET ones left out) in the spec's order, each as its
kind writes it, and a value a tolerant parse kept as it came as it is held.
"""

from __future__ import annotations

import datetime
import linecache
import threading
import types
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar, Generic, Self, TypeVar

import attrs

from . import _decode
from ._drift import Field, Kind, TolerantModel, note_undocumented
from .errors import MALFORMED, MISSING, DecodeError
from .types import UNSET, datetime_fromisoformat, format_datetime

__all__ = ["AdditionalProperties", "Model"]

V = TypeVar("V")

# The inline test of a JSON scalar named ``{v}``, and the runtime's test of one.
_SCALAR_TESTS = {
    "string": ("({v}.__class__ is str or isinstance({v}, str))", _decode.is_string),
    "integer": ("({v}.__class__ is int or (isinstance({v}, int) and not isinstance({v}, bool)))", _decode.is_integer),
    "number": ("(isinstance({v}, (int, float)) and not isinstance({v}, bool))", _decode.is_number),
    "boolean": ("({v} is True or {v} is False)", _decode.is_boolean),
}
_PARSED = {"date": _decode.date, "uuid": _decode.uuid_string, "date_time": _decode.date_time}
_lock = threading.RLock()


class Model:
    """Base of the generated models. ``from_dict`` and ``to_dict`` are compiled for each model on first use."""

    __slots__ = ()
    # The model's fields as the decoders read them (set by the generated module, after the class).
    __tolerant__: ClassVar[TolerantModel]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Each class starts with its own first-use methods: a model deriving from another is compiled from
        # its own table, not served by its base's compiled methods.
        super().__init_subclass__(**kwargs)
        cls.from_dict = classmethod(_first_from_dict)  # type: ignore[assignment]
        cls.to_dict = _first_to_dict  # type: ignore[method-assign]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from its JSON form, checking every field against the spec.

        Raises:
            DecodeError: a field is missing or has the wrong type; the error names its JSON path.
        """
        built: Self = _first_from_dict(cls, src_dict)
        return built

    def to_dict(self) -> dict[str, Any]:
        """The model's JSON form: the fields it holds, in the spec's order, as the spec writes them."""
        return _first_to_dict(self)


# The compiled functions, by the class they serve (a user's subclass of a model is served by the model's). The
# first-use methods go through these, so a method bound before its model was compiled stays quick after.
_from_dicts: dict[type, Callable[[type, Mapping[str, Any]], Any]] = {}
_to_dicts: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _first_from_dict(cls: type, src_dict: Mapping[str, Any]) -> Any:
    compiled = _from_dicts.get(cls)
    if compiled is None:
        compiled = _from_dicts[cls] = _compile_from_dict(_owner(cls))
    return compiled(cls, src_dict)


def _first_to_dict(self: Any) -> dict[str, Any]:
    cls = self.__class__
    compiled = _to_dicts.get(cls)
    if compiled is None:
        compiled = _to_dicts[cls] = _compile_to_dict(_owner(cls))
    return compiled(self)


class AdditionalProperties(Generic[V]):
    """The keys of an object that its model does not name, read like a dict's."""

    __slots__ = ()
    additional_properties: dict[str, V]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _owner(cls: type) -> type:
    """The generated model ``cls`` is or derives from: the class whose own table it is."""
    for klass in cls.__mro__:
        if "__tolerant__" in vars(klass):
            return klass
    raise TypeError(f"{cls.__name__} has no field table (__tolerant__)")


def _needs(cls: type, name: str) -> bool:
    """Whether ``cls``'s own ``name`` is still its first-use method (a test may have patched it: left alone)."""
    method = vars(cls)[name]
    return getattr(method, "__func__", method) in (_first_from_dict, _first_to_dict)


_compiling: set[type] = set()


def _compile_from_dict(cls: type) -> Callable[[type, Mapping[str, Any]], Any]:
    """``cls``'s compiled ``from_dict``, installed on it; compiled after those of the models it holds, so that it
    binds theirs (a model that holds itself, or one being compiled, is bound to a late lookup)."""
    with _lock:
        compiled = _from_dicts.get(cls)
        if compiled is not None:
            return compiled
        _compiling.add(cls)
        try:
            table: TolerantModel = cls.__tolerant__  # type: ignore[attr-defined]
            for nested in _models_held(table):
                if nested not in _compiling:
                    _compile_from_dict(nested)
            writer = _Writer(cls, table)
            compiled = writer.function("from_dict", writer.from_dict_source())
            compiled.__doc__ = Model.from_dict.__doc__
            _from_dicts[cls] = compiled
            if _needs(cls, "from_dict"):
                cls.from_dict = classmethod(compiled)  # type: ignore[attr-defined]
            return compiled
        finally:
            _compiling.discard(cls)


def _compile_to_dict(cls: type) -> Callable[[Any], dict[str, Any]]:
    """``cls``'s compiled ``to_dict``, installed on it."""
    with _lock:
        compiled = _to_dicts.get(cls)
        if compiled is not None:
            return compiled
        writer = _Writer(cls, cls.__tolerant__)  # type: ignore[attr-defined]
        compiled = writer.function("to_dict", writer.to_dict_source())
        compiled.__doc__ = Model.to_dict.__doc__
        _to_dicts[cls] = compiled
        if _needs(cls, "to_dict"):
            cls.to_dict = compiled  # type: ignore[attr-defined]
        return compiled


def _models_held(table: TolerantModel) -> Iterator[type]:
    def walk(kind: Kind | None) -> Iterator[type]:
        if kind is None:
            return
        if kind.name == "model" and kind.cls is not None:
            yield kind.cls
        yield from walk(kind.inner)
        for alternative in kind.alternatives:
            yield from walk(alternative)

    for field in table.fields:
        yield from walk(field.kind)
    yield from walk(table.additional)


class _Writer:
    """The source of one model's ``from_dict`` and ``to_dict``, and the names it refers to."""

    def __init__(self, cls: type, table: TolerantModel) -> None:
        self.cls = cls
        self.table = table
        self.namespace: dict[str, Any] = {
            "Mapping": Mapping,
            "UNSET": UNSET,
            "MISSING": MISSING,
            "MALFORMED": MALFORMED,
            "DecodeError": DecodeError,
            "_new": object.__new__,
            "_datetime": datetime.datetime,
            "_fromisoformat": datetime_fromisoformat,
            "_date_time": _decode.date_time,
            "_format_datetime": format_datetime,
            "_first_failure": _decode.first_failure,
            "_to_json": _decode.to_json,
            "_note_undocumented": note_undocumented,
            "_FIELD_NAMES": table.names,
        }
        self._names: dict[int, str] = {}

    def name(self, value: Any, prefix: str) -> str:
        """A name in the compiled functions' namespace bound to ``value``."""
        key = id(value)
        if key not in self._names:
            self._names[key] = f"{prefix}{len(self._names)}"
            self.namespace[self._names[key]] = value
        return self._names[key]

    def from_dict_of(self, model: type) -> str:
        """The name bound to ``model``'s compiled ``from_dict``, or to a late lookup while it is being compiled."""
        if model not in _from_dicts:  # being compiled: it holds this model, or itself
            return self.name(_late_from_dict(model), "_from_dict_")
        return self.name(types.MethodType(_from_dicts[model], model), "_from_dict_")

    # ------------------------------------------------------------------------------------------ from_dict

    def decode_lines(self, field: Field, variable: str) -> list[str]:
        """Statements (after the ``if`` that reads the field) that check or decode ``variable``."""
        kind, key = field.kind, repr(field.wire)
        check = _inline_check(kind, variable)
        if check is not None:
            return [f"elif not {check}:", f"    raise DecodeError({_label(kind)!r}, {variable}, {key})"]
        if kind.name == "any":
            return []
        if not kind.nullable and kind.name == "model":
            from_dict = self.from_dict_of(_class(kind))
            return [
                "else:",
                "    try:",
                f"        {variable} = {from_dict}({variable})",
                "    except DecodeError as _error:",
                f"        raise _error.within({key}) from None",
            ]
        if not kind.nullable and kind.name == "array" and kind.inner is not None and _is_model(kind.inner):
            from_dict = self.from_dict_of(_class(kind.inner))
            return [
                f"elif {variable}.__class__ is not list and not isinstance({variable}, list):",
                f"    raise DecodeError('array', {variable}, {key})",
                "else:",
                "    try:",
                f"        {variable} = [{from_dict}(item) for item in {variable}]",
                "    except DecodeError as _error:",  # the failing item is the first that does not decode
                f"        raise _error.within({key}, _first_failure({from_dict}, {variable})) from None",
            ]
        if not kind.nullable and kind.name == "date_time":
            return [
                "else:",
                "    try:",
                f"        _parsed = _fromisoformat({variable})",
                "    except (TypeError, ValueError):",
                f"        _parsed = _date_time({variable}, {key})",  # RFC 3339's lowercase forms, or the error
                f"    if len({variable}) < 19 or {variable}[10] not in 'Tt ' or _parsed.tzinfo is None:",
                f"        raise DecodeError('RFC 3339 date-time string', MALFORMED, {key})",
                f"    {variable} = _parsed",
            ]
        decoder = self.name(self.decoder(kind), "_decoder_")
        return ["else:", f"    {variable} = {decoder}({variable}, {key})"]

    def decoder(self, kind: Kind) -> _decode.Decoder:
        """The runtime decoder of a value of ``kind`` (for what is not decoded inline)."""
        if kind.nullable and kind.name != "any":
            return _decode.nullable(self.decoder(_not_null(kind)))
        if kind.name in _SCALAR_TESTS:
            return _decode.scalar(_SCALAR_TESTS[kind.name][1], kind.name)
        if kind.name in _PARSED:
            return _PARSED[kind.name]
        if kind.name == "enum":
            return _decode.enum(_class(kind))
        if kind.name == "model":
            return _decode.model(_late_from_dict(_class(kind)))
        if kind.name == "array" and kind.inner is not None:
            inner = kind.inner
            if inner.name == "any":
                return _decode.array(None)
            if _is_model(inner):
                return _decode.models(_late_from_dict(_class(inner)))
            tests = _scalar_tests(inner)
            if tests is not None:
                return _decode.scalars(tests, _label(inner))
            return _decode.array(self.decoder(inner))
        if kind.name == "union":
            alternatives = [
                (_json_test(alternative), None if _scalar_tests(alternative) is not None else self.decoder(alternative))
                for alternative in kind.alternatives
                if alternative.name != "model"
            ]
            objects = [
                _late_from_dict(_class(alternative)) for alternative in kind.alternatives if _is_model(alternative)
            ]
            return _decode.one_of(_label(kind), alternatives, objects)
        return lambda value, key: value

    def from_dict_source(self) -> str:
        table = self.table
        fields = table.fields
        lines = [
            "def from_dict(cls, src_dict):",
            "    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):",
            "        raise DecodeError('object', src_dict)",
            "    _absent = 0",
        ]
        for number, field in enumerate(fields):
            variable, key = f"v{number}", repr(field.wire)
            lines.append(f"    if ({variable} := src_dict.get({key}, UNSET)) is UNSET:")
            if field.required:
                lines.append(f"        raise DecodeError('a value (required)', MISSING, {key})")
            else:
                lines.append("        _absent += 1")
            lines += [f"    {line}" for line in self.decode_lines(field, variable)]
        lines.append("    _instance = _new(cls)")
        lines += [f"    _instance.{field.name} = v{number}" for number, field in enumerate(fields)]
        count = len(fields)
        if _has_additional(self.cls):
            lines += [
                f"    if len(src_dict) + _absent <= {count}:",  # every key is a field
                "        _instance.additional_properties = {}",
                "        return _instance",
            ]
            if table.additional is None:
                lines.append("    _note_undocumented()")  # a closed object: the key is news to the spec
            lines.append("    extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}")
            if table.additional is not None and table.additional.name != "any":
                check = _inline_check(table.additional, "value")
                lines.append("    for key, value in extra.items():")
                if check is not None:
                    label = _label(table.additional)
                    lines += [f"        if not {check}:", f"            raise DecodeError({label!r}, value, key)"]
                else:
                    decoder = self.name(self.decoder(table.additional), "_decoder_")
                    lines.append(f"        extra[key] = {decoder}(value, key)")
            lines += ["    _instance.additional_properties = extra", "    return _instance"]
        else:
            lines += [
                f"    if len(src_dict) + _absent > {count}:",
                "        for key in src_dict.keys() - _FIELD_NAMES:",
                "            raise DecodeError(",
                "                'no field of this name (the spec allows no others)', src_dict[key], key",
                "            )",
                "    return _instance",
            ]
        return "\n".join(lines) + "\n"

    # -------------------------------------------------------------------------------------------- to_dict

    def encode(self, kind: Kind, value: str) -> str:
        """The expression of the wire form of ``value``; a value that is not of its kind as it is held."""
        if kind.name == "model":
            return f"{value}.to_dict() if isinstance({value}, {self.name(kind.cls, '_class_')}) else {value}"
        if kind.name == "enum":
            return f"{value}.value if isinstance({value}, {self.name(kind.cls, '_class_')}) else {value}"
        if kind.name == "date_time":
            return f"_format_datetime({value}) if isinstance({value}, _datetime) else {value}"
        if kind.name == "array" and kind.inner is not None and _is_model(kind.inner):
            model = self.name(kind.inner.cls, "_class_")
            each = f"[item.to_dict() if isinstance(item, {model}) else item for item in {value}]"
            return f"{each} if isinstance({value}, list) else {value}"
        if _plain(kind) or (kind.name == "array" and kind.inner is not None and _plain(kind.inner)):
            return value
        return f"_to_json({value})"

    def to_dict_source(self) -> str:
        lines = ["def to_dict(self):", "    field_dict = {}"]
        for field in self.table.fields:
            value = f"self.{field.name}"
            lines += [
                f"    if {value} is not UNSET:",
                f"        field_dict[{field.wire!r}] = {self.encode(field.kind, value)}",
            ]
        if _has_additional(self.cls):
            additional = self.table.additional
            # Keys the spec does not type (any value, or a closed object's, kept as they came) are written as held.
            typed = additional is not None and additional.name != "any"
            lines += [
                "    for key, value in self.additional_properties.items():",
                "        if key not in field_dict:",  # known fields win over an additional property of the same name
                f"            field_dict[key] = {self.encode(additional, 'value') if typed else 'value'}",  # type: ignore[arg-type]
            ]
        lines.append("    return field_dict")
        return "\n".join(lines) + "\n"

    def function(self, name: str, source: str) -> Callable[..., Any]:
        # A file name of its own, with the source in linecache: a traceback through it shows the line.
        filename = f"<{self.cls.__module__}.{self.cls.__qualname__}.{name}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile(source, filename, "exec"), self.namespace)
        function: Callable[..., Any] = self.namespace.pop(name)
        function.__qualname__ = f"{self.cls.__qualname__}.{name}"
        function.__module__ = self.cls.__module__
        return function


def _late_from_dict(model: type) -> Callable[[Any], Any]:
    """``model.from_dict`` looked up when called (a model that holds itself; the rarer decoders)."""

    def from_dict(value: Any) -> Any:
        return model.from_dict(value)  # type: ignore[attr-defined]

    return from_dict


def _class(kind: Kind) -> type:
    """The class of an enum's or a model's kind."""
    if kind.cls is None:
        raise TypeError(f"a {kind.name} kind without its class")
    return kind.cls


def _has_additional(cls: type) -> bool:
    return attrs.has(cls) and "additional_properties" in attrs.fields_dict(cls)


def _is_model(kind: Kind) -> bool:
    return kind.name == "model" and not kind.nullable


def _not_null(kind: Kind) -> Kind:
    """``kind`` without ``null``: the same decoding once a nullable value is known not to be null."""
    copy = object.__new__(type(kind))
    copy.__dict__.update(vars(kind))
    copy.nullable = False
    return copy


def _plain(kind: Kind) -> bool:
    """Whether a value of ``kind`` is used as it is once its JSON type is checked."""
    return kind.name == "any" or _scalar_tests(kind) is not None


def _scalar_tests(kind: Kind) -> tuple[Callable[[Any], bool], ...] | None:
    """The runtime's tests of the JSON types a value used as it is may take; None when it is decoded."""
    if kind.name in _SCALAR_TESTS:
        tests: tuple[Callable[[Any], bool], ...] = (_SCALAR_TESTS[kind.name][1],)
    elif kind.name == "union":
        inner = [_scalar_tests(alternative) for alternative in kind.alternatives]
        if any(tests is None for tests in inner):
            return None
        tests = tuple(test for alternative in inner if alternative for test in alternative)
    else:
        return None
    return (*tests, _decode.is_null) if kind.nullable else tests


def _inline_check(kind: Kind, variable: str) -> str | None:
    """The inline test that ``variable`` is a value of ``kind`` used as it is; None when it is decoded."""
    if kind.name in _SCALAR_TESTS:
        tests = [_SCALAR_TESTS[kind.name][0].format(v=variable)]
    elif kind.name == "union" and _scalar_tests(kind) is not None:
        tests = [_SCALAR_TESTS[alternative.name][0].format(v=variable) for alternative in kind.alternatives]
    else:
        return None
    if kind.nullable:
        tests.append(f"{variable} is None")
    return tests[0] if len(tests) == 1 else "(" + " or ".join(tests) + ")"


def _label(kind: Kind) -> str:
    """What the spec expects of a value of ``kind``, in words (error messages)."""
    if kind.name == "union":
        words = [_label(alternative) for alternative in kind.alternatives]
    elif kind.name in ("model", "array"):
        words = [kind.expected]
    elif kind.name == "enum":
        words = ["integer" if _json_test(kind) is _decode.is_integer else "string"]
    else:
        words = [kind.expected]
    if kind.nullable:
        words.append("null")
    return " or ".join(dict.fromkeys(words))


def _json_test(kind: Kind) -> Callable[[Any], bool]:
    """The test of the JSON type a union's alternative takes."""
    if kind.name in _SCALAR_TESTS:
        return _SCALAR_TESTS[kind.name][1]
    if kind.name == "array":
        return _decode.is_list
    if kind.name == "enum" and isinstance(next(iter(_class(kind))).value, int):  # type: ignore[call-overload]
        return _decode.is_integer
    return _decode.is_string
