"""The strict decoders a compiled ``from_dict`` (``contacts_runtime._model``) calls for the fields it does not
decode inline, and ``to_json``, the writer of a field's wire form for what ``to_dict`` does not write inline.

The hot path (JSON scalars, nested objects and arrays of them, date-times) is inline in ``from_dict``.
Everything else (enums, arrays of scalars, unions, nullable objects, dates, UUIDs) is decoded here by a
*decoder*: a function of the JSON value and its key (its step in the JSON path) that returns the typed
value or raises ``DecodeError`` with the step prepended, so the error names the whole path
(``$.data[0].mobile.valid``). A model's decoders are built once, when its ``from_dict`` is compiled.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

from ._drift import decode_first_match, rfc3339_fallback
from .errors import MALFORMED, DecodeError
from .types import UNSET, datetime_fromisoformat, format_datetime

__all__ = [
    "Decoder",
    "array",
    "date",
    "date_time",
    "enum",
    "first_failure",
    "is_boolean",
    "is_integer",
    "is_list",
    "is_null",
    "is_number",
    "is_string",
    "model",
    "models",
    "nullable",
    "one_of",
    "scalar",
    "scalars",
    "to_json",
    "uuid_string",
]

Key = str | int | None
Decoder = Callable[[Any, Key], Any]


def _prepend(error: DecodeError, key: Key) -> DecodeError:
    if key is not None:
        error.path.insert(0, key)
    return error


def is_string(value: Any) -> bool:
    return value.__class__ is str or isinstance(value, str)


def is_integer(value: Any) -> bool:
    return value.__class__ is int or (isinstance(value, int) and not isinstance(value, bool))


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_boolean(value: Any) -> bool:
    return value is True or value is False


def is_null(value: Any) -> bool:
    return value is None


def is_list(value: Any) -> bool:
    return isinstance(value, list)


def model(from_dict: Callable[[Any], Any]) -> Decoder:
    """A nested object decoded by its model's ``from_dict``."""

    def decode(value: Any, key: Key) -> Any:
        try:
            return from_dict(value)
        except DecodeError as error:
            raise _prepend(error, key) from None

    return decode


def models(from_dict: Callable[[Any], Any]) -> Decoder:
    """An array of objects of one model: the hot path of a page, so the failing index is the count decoded."""

    def decode(value: Any, key: Key) -> Any:
        if value.__class__ is not list and not isinstance(value, list):
            raise DecodeError("array", value, key)
        decoded: list[Any] = []
        append = decoded.append
        try:
            for item in value:
                append(from_dict(item))
        except DecodeError as error:
            error.path[0:0] = (len(decoded),) if key is None else (key, len(decoded))
            raise
        return decoded

    return decode


def first_failure(from_dict: Callable[[Any], Any], items: Sequence[Any]) -> int:
    """The index of the first item ``from_dict`` refuses: where a failed array of objects went wrong."""
    for index, item in enumerate(items):
        try:
            from_dict(item)
        except DecodeError:
            return index
    return len(items)


def scalar(accepts: Callable[[Any], bool], expected: str) -> Decoder:
    """A JSON scalar used as it is, of the type ``accepts`` takes."""

    def decode(value: Any, key: Key) -> Any:
        if not accepts(value):
            raise DecodeError(expected, value, key)
        return value

    return decode


def scalars(tests: Sequence[Callable[[Any], bool]], expected: str) -> Decoder:
    """An array of JSON scalars used as they are, each of a type one of ``tests`` accepts."""
    accepts = tests[0] if len(tests) == 1 else lambda item: any(test(item) for test in tests)

    def decode(value: Any, key: Key) -> Any:
        if value.__class__ is not list and not isinstance(value, list):
            raise DecodeError("array", value, key)
        for index, item in enumerate(value):
            if not accepts(item):
                raise _prepend(DecodeError(expected, item, index), key)
        return value

    return decode


def array(inner: Decoder | None) -> Decoder:
    """An array whose items ``inner`` decodes (``None``: items of any JSON type, used as they are)."""

    def decode(value: Any, key: Key) -> Any:
        if value.__class__ is not list and not isinstance(value, list):
            raise DecodeError("array", value, key)
        if inner is None:
            return value
        try:
            return [inner(item, index) for index, item in enumerate(value)]
        except DecodeError as error:
            raise _prepend(error, key) from None

    return decode


def enum(cls: type[Enum]) -> Decoder:
    """One of an enum's values; the error lists them all."""
    value_type = type(next(iter(cls)).value)
    accepts = is_integer if value_type is int else is_string
    expected = "one of " + ", ".join(f"{member.value!r}" for member in cls)

    def decode(value: Any, key: Key) -> Any:
        try:
            return cls(value)
        except ValueError:
            raise DecodeError(expected, MALFORMED if accepts(value) else value, key) from None

    return decode


def date_time(value: Any, key: Key) -> datetime.datetime:
    """An RFC 3339 date-time: fromisoformat alone would take a bare date or a local time, so the seconds and
    an offset are checked too. It is parsed first (a TypeError on a non-string) to spare the hot path an
    isinstance; RFC 3339's lowercase forms (``t``, ``z``) take the slower ``rfc3339_fallback``."""
    try:
        parsed = datetime_fromisoformat(value)
    except (TypeError, ValueError):
        try:
            parsed = rfc3339_fallback(value)
        except (TypeError, ValueError):
            raise DecodeError(
                "RFC 3339 date-time string", MALFORMED if isinstance(value, str) else value, key
            ) from None
    if len(value) < 19 or value[10] not in "Tt " or parsed.tzinfo is None:
        raise DecodeError("RFC 3339 date-time string", MALFORMED, key)
    return parsed


def _parsed(expected: str, parse: Callable[[str], Any]) -> Decoder:
    def decode(value: Any, key: Key) -> Any:
        if not is_string(value):
            raise DecodeError(expected, value, key)
        try:
            return parse(value)
        except ValueError:
            raise DecodeError(expected, MALFORMED, key) from None

    return decode


date = _parsed("ISO 8601 date string", datetime.date.fromisoformat)
uuid_string = _parsed("UUID string", uuid.UUID)


def nullable(inner: Decoder) -> Decoder:
    """``null``, or what ``inner`` decodes."""

    def decode(value: Any, key: Key) -> Any:
        return None if value is None else inner(value, key)

    return decode


def one_of(
    expected: str,
    alternatives: Sequence[tuple[Callable[[Any], bool], Decoder | None]],
    objects: Sequence[Callable[[Any], Any]] = (),
) -> Decoder:
    """A union: the first alternative whose JSON type ``accepts`` the value decodes it (``None``: used as it
    is); an object is tried against the ``objects`` models (``from_dict``s) in the spec's order."""

    def decode(value: Any, key: Key) -> Any:
        for accepts, decode_alternative in alternatives:
            if accepts(value):
                return value if decode_alternative is None else decode_alternative(value, key)
        if objects and isinstance(value, dict):
            try:
                return objects[0](value) if len(objects) == 1 else decode_first_match(objects, value)
            except DecodeError as error:
                raise _prepend(error, key) from None
        raise DecodeError(expected, value, key)

    return decode


_AS_HELD = frozenset({str, int, float, bool, type(None), dict})


def to_json(value: Any) -> Any:
    """A field's wire form: models, enums, date-times, dates and UUIDs as the spec writes them, item by item in
    arrays; anything else (UNSET, or a value a tolerant parse kept as it came) as it is held."""
    if value.__class__ in _AS_HELD:
        return value
    if value.__class__ is list:
        return [to_json(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if value is UNSET or isinstance(value, str | int | float | bool | Mapping) or value is None:
        return value
    to_dict = getattr(value, "to_dict", None)
    return value if to_dict is None else to_dict()
