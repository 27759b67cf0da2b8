"""Tolerant parsing of answers that leave the spec, and the record of where they left it (the drift report).

A conforming answer is decoded by the generated ``from_dict`` (the fast path, which checks every
field). When that raises ``DecodeError`` and the client is not strict, the answer is decoded again
here, field by field, from each model's ``__tolerant__`` description: what matches is decoded as
usual, what does not is kept exactly as received (an unknown enum value stays a string, ``null``
stays ``None``), and each mismatch is recorded as a ``Drift``. Undocumented fields land in
``additional_properties`` on both paths and are recorded too. Records hold JSON type names only,
never values: answers are personal data.
"""

from __future__ import annotations

import contextvars
import datetime
import json
import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import Any, TypeVar

import attrs
import httpx

from .errors import MISSING, NOT_JSON, APIResponseValidationError, DecodeError, json_type_name
from .types import UNSET, datetime_fromisoformat

__all__ = [
    "Drift",
    "DriftLog",
    "Field",
    "TolerantModel",
    "decode_answer",
    "decode_first_match",
    "lenient",
    "note_undocumented",
    "parse_rfc3339",
    "parsing",
    "rfc3339_fallback",
]

T = TypeVar("T")
Path = list[str | int]
DEFAULT_MAX_RECORDS = 500


# ------------------------------------------------------------------------------------------ the record


@attrs.define
class Drift:
    """One place where answers left the spec: ``path`` folds list indices (``[*]``), ``example`` keeps one."""

    operation_id: str
    path: str
    example: str
    expected: str
    received: str
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


_KEPT_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,40}")
MASKED_KEY = "<key>"


def shown_key(key: str) -> str:
    """A key as the drift report may show it: a key of an undocumented object can be a received value
    (an e-mail, a phone number, an id used as a key), so only a name-like key with fewer than 3 digits
    is kept; any other is ``<key>``."""
    if _KEPT_KEY.fullmatch(key) and sum(character.isdigit() for character in key) < 3:
        return key
    return MASKED_KEY


def _json_path(steps: Sequence[str | int], *, fold: bool) -> str:
    text = "$"
    for step in steps:
        if isinstance(step, int):
            text += "[*]" if fold else f"[{step}]"
        elif (shown := shown_key(step)) is MASKED_KEY:
            text += f"[{shown}]"
        else:
            text += f".{shown}"
    return text


class DriftLog:
    """The drift a client has seen: one record per (operation, folded path, expected, received), counted.

    The number of distinct records is capped (``max_records``); past it, new places are counted in
    ``dropped`` only. The first time a place is seen, one WARNING goes to the package's logger.
    """

    def __init__(self, logger: str, *, max_records: int = DEFAULT_MAX_RECORDS) -> None:
        self._log = logging.getLogger(logger)
        self._max = max_records
        self._lock = threading.Lock()
        self._records: dict[tuple[str, str, str, str], Drift] = {}
        self.dropped = 0

    @property
    def records(self) -> list[Drift]:
        with self._lock:
            return [attrs.evolve(record) for record in self._records.values()]

    def record(self, operation_id: str, steps: Sequence[str | int], expected: str, received: str) -> None:
        path = _json_path(steps, fold=True)
        key = (operation_id, path, expected, received)
        with self._lock:
            found = self._records.get(key)
            if found is not None:
                found.count += 1
                return
            if len(self._records) >= self._max:
                self.dropped += 1
                return
            self._records[key] = Drift(operation_id, path, _json_path(steps, fold=False), expected, received)
        self._log.warning("%s answered off the spec at %s: expected %s, got %s", operation_id, path, expected, received)

    def to_json(self) -> str:
        """The records as JSON (what ``make drift-report`` reads)."""
        return json.dumps({"records": [record.to_dict() for record in self.records], "dropped": self.dropped}, indent=2)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
            self.dropped = 0

    def __repr__(self) -> str:
        return f"<DriftLog records={len(self._records)}>"


# ------------------------------------------------------------------------------------- parse context


@attrs.define
class _Context:
    strict: bool
    log: DriftLog | None
    operation_id: str
    undocumented: bool = False


_CONTEXT: contextvars.ContextVar[_Context | None] = contextvars.ContextVar("contacts_runtime_parse", default=None)


@contextmanager
def parsing(*, strict: bool, log: DriftLog | None, operation_id: str) -> Iterator[None]:
    """Parse answers in this block as a client with these settings does (outside one: strict, unrecorded)."""
    token = _CONTEXT.set(_Context(strict, log, operation_id))
    try:
        yield
    finally:
        _CONTEXT.reset(token)


def note_undocumented() -> None:
    """Called by a generated ``from_dict`` that met keys the spec does not name (the rare path)."""
    context = _CONTEXT.get()
    if context is not None:
        context.undocumented = True


class _Sink:
    def __init__(self, context: _Context | None) -> None:
        self._context = context

    def record(self, steps: Sequence[str | int], expected: str, received: object) -> None:
        context = self._context
        if context is not None and context.log is not None:
            context.log.record(context.operation_id, steps, expected, json_type_name(received))


def record_drift(steps: Sequence[str | int], expected: str, received: object) -> None:
    """Record one place an answer left the spec, in the client's drift log (types only, never values)."""
    _Sink(_CONTEXT.get()).record(steps, expected, received)


def decode_answer(
    response: httpx.Response,
    data: Any,
    decode: Callable[[Any], T],
    tolerant: TolerantModel | None,
    error_class: type[APIResponseValidationError] = APIResponseValidationError,
) -> T:
    """A success answer's model: strictly decoded, or tolerantly when the client allows it (else ``error_class``)."""
    context = _CONTEXT.get()
    try:
        result = decode(data)
    except DecodeError as error:
        if context is None or context.strict or tolerant is None:
            raise error_class(response, error) from None
        decoded: T = tolerant.decode(data, _Sink(context), [])
        return decoded
    if context is not None and context.undocumented and tolerant is not None and context.log is not None:
        context.undocumented = False
        tolerant.decode(data, _Sink(context), [])  # only to record where the undocumented fields are
    return result


def decode_first_match(decoders: Sequence[Callable[[Any], Any]], value: Any) -> Any:
    """The first of a oneOf/anyOf's models that decodes ``value``; else the error of the one that got furthest.

    "Furthest" is the longest JSON path reached before failing: the alternative the value most
    resembles, whose error says most about what is wrong.
    """
    failures: list[DecodeError] = []
    for decode in decoders:
        try:
            return decode(value)
        except DecodeError as error:
            failures.append(error)
    raise max(failures, key=lambda error: len(error.path))


def lenient(model: type[T]) -> Callable[[Mapping[str, Any]], T]:
    """``model`` built from a JSON object as a tolerant client builds answers: strictly when it conforms,
    else keeping what does not (for payloads that reach us other than as answers, such as webhooks)."""

    schema: TolerantModel = model.__tolerant__  # type: ignore[attr-defined]

    def build(data: Mapping[str, Any]) -> T:
        context = _CONTEXT.get()
        try:
            built: T = model.from_dict(data)  # type: ignore[attr-defined]
        except DecodeError:
            decoded: T = schema.decode(data, _Sink(context), [])
            return decoded
        if context is not None and context.undocumented and context.log is not None:
            context.undocumented = False
            schema.decode(data, _Sink(context), [])  # only to record where the undocumented fields are
        return built

    return build


def not_json(response: httpx.Response) -> APIResponseValidationError:
    return APIResponseValidationError(response, DecodeError("a JSON body", NOT_JSON))


# ---------------------------------------------------------------------------------- tolerant decoding


def rfc3339_fallback(value: object) -> datetime.datetime:
    """The slow path of the generated date-time check: RFC 3339's lowercase forms; ValueError otherwise."""
    if not isinstance(value, str):
        raise TypeError(type(value).__name__)
    return datetime_fromisoformat(value.upper())


def parse_rfc3339(value: object) -> datetime.datetime | None:
    """An RFC 3339 date-time (any case of ``T`` and ``Z``, an offset required), or ``None``."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime_fromisoformat(value)
    except ValueError:
        try:
            parsed = datetime_fromisoformat(value.upper())
        except ValueError:
            return None
    if len(value) < 19 or value[10] not in "Tt " or parsed.tzinfo is None:
        return None
    return parsed


class Kind:
    """How one JSON value is decoded; ``decode`` keeps what does not match, and records it."""

    expected = "any value"
    nullable = False
    # What the value is (``string``, ``integer``, ``number``, ``boolean``, ``any``, ``date_time``, ``date``,
    # ``uuid``, ``enum``, ``model``, ``array``, ``union``): the strict decoder is compiled from it (``_model``).
    name = "any"
    cls: type | None = None  # an enum's or a model's class
    inner: Kind | None = None  # an array's items
    alternatives: tuple[Kind, ...] = ()  # a union's

    def matches(self, value: Any) -> tuple[bool, Any]:
        return True, value

    def decode(self, value: Any, sink: _Sink, path: Path) -> Any:
        if value is None and not self.nullable:
            sink.record(path, self.expected, value)
            return value
        ok, decoded = self.matches(value)
        if not ok:
            sink.record(path, self.expected, value)
            return value
        return decoded


class _Scalar(Kind):
    def __init__(self, expected: str, test: Callable[[Any], bool], nullable: bool = False) -> None:
        self.expected = expected
        self.name = expected
        self._test = test
        self.nullable = nullable

    def matches(self, value: Any) -> tuple[bool, Any]:
        if value is None and self.nullable:
            return True, None
        return self._test(value), value


class _Parsed(Kind):
    def __init__(self, name: str, expected: str, parse: Callable[[Any], Any], nullable: bool = False) -> None:
        self.name = name
        self.expected = expected
        self._parse = parse
        self.nullable = nullable

    def matches(self, value: Any) -> tuple[bool, Any]:
        if value is None and self.nullable:
            return True, None
        try:
            parsed = self._parse(value)
        except (TypeError, ValueError):
            return False, value
        return parsed is not None, parsed


def _date(value: Any) -> datetime.date:
    if not isinstance(value, str):
        raise TypeError
    return datetime.date.fromisoformat(value)


def _uuid(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise TypeError
    return uuid.UUID(value)


def string(nullable: bool = False) -> Kind:
    return _Scalar("string", lambda value: isinstance(value, str), nullable)


def integer(nullable: bool = False) -> Kind:
    return _Scalar("integer", lambda value: isinstance(value, int) and not isinstance(value, bool), nullable)


def number(nullable: bool = False) -> Kind:
    return _Scalar("number", lambda value: isinstance(value, int | float) and not isinstance(value, bool), nullable)


def boolean(nullable: bool = False) -> Kind:
    return _Scalar("boolean", lambda value: isinstance(value, bool), nullable)


def any_value() -> Kind:
    kind = Kind()
    kind.nullable = True
    return kind


def date_time(nullable: bool = False) -> Kind:
    return _Parsed("date_time", "RFC 3339 date-time string", parse_rfc3339, nullable)


def date(nullable: bool = False) -> Kind:
    return _Parsed("date", "ISO 8601 date string", _date, nullable)


def uuid_string(nullable: bool = False) -> Kind:
    return _Parsed("uuid", "UUID string", _uuid, nullable)


def enum(cls: type[Enum], nullable: bool = False) -> Kind:
    kind = _Parsed("enum", "one of " + ", ".join(repr(member.value) for member in cls), cls, nullable)
    kind.cls = cls
    return kind


class _Model(Kind):
    expected = "object"
    name = "model"
    cls: Any  # a generated model class (its ``__tolerant__`` and ``from_dict`` are not in ``type``)

    def __init__(self, cls: type, nullable: bool) -> None:
        self.cls = cls
        self.nullable = nullable

    def decode(self, value: Any, sink: _Sink, path: Path) -> Any:
        if value is None and self.nullable:
            return None
        schema: TolerantModel = self.cls.__tolerant__
        return schema.decode(value, sink, path)

    def matches(self, value: Any) -> tuple[bool, Any]:
        if value is None and self.nullable:
            return True, None
        try:
            return True, self.cls.from_dict(value)
        except DecodeError:
            return False, value


def model(cls: type, nullable: bool = False) -> Kind:
    return _Model(cls, nullable)


class _List(Kind):
    expected = "array"
    name = "array"
    inner: Kind

    def __init__(self, inner: Kind, nullable: bool) -> None:
        self.inner = inner
        self.nullable = nullable

    def decode(self, value: Any, sink: _Sink, path: Path) -> Any:
        if value is None and self.nullable:
            return None
        if not isinstance(value, list):
            sink.record(path, self.expected, value)
            return value
        return [self.inner.decode(item, sink, [*path, index]) for index, item in enumerate(value)]

    def matches(self, value: Any) -> tuple[bool, Any]:
        if value is None and self.nullable:
            return True, None
        if not isinstance(value, list):
            return False, value
        decoded = []
        for item in value:
            ok, item_value = self.inner.matches(item)
            if not ok:
                return False, value
            decoded.append(item_value)
        return True, decoded


def array(inner: Kind, nullable: bool = False) -> Kind:
    return _List(inner, nullable)


class _Union(Kind):
    name = "union"

    def __init__(self, alternatives: Sequence[Kind], nullable: bool) -> None:
        self.alternatives = tuple(alternatives)
        self.nullable = nullable or any(alternative.nullable for alternative in alternatives)
        self.expected = " or ".join(dict.fromkeys(alternative.expected for alternative in alternatives))

    def matches(self, value: Any) -> tuple[bool, Any]:
        if value is None and self.nullable:
            return True, None
        for alternative in self.alternatives:
            ok, decoded = alternative.matches(value)
            if ok:
                return True, decoded
        return False, value

    def decode(self, value: Any, sink: _Sink, path: Path) -> Any:
        if value is None and self.nullable:
            return None
        for alternative in self.alternatives:
            ok, decoded = alternative.matches(value)
            if ok:
                # An object is decoded again with the sink: keys its model does not name are drift to record.
                return alternative.decode(value, sink, path) if isinstance(alternative, _Model) else decoded
        models = [alternative for alternative in self.alternatives if isinstance(alternative, _Model)]
        if isinstance(value, dict) and len(models) == 1:
            return models[0].decode(value, sink, path)
        sink.record(path, self.expected, value)
        return value


def union(*alternatives: Kind, nullable: bool = False) -> Kind:
    return _Union(alternatives, nullable)


@attrs.frozen
class Field:
    wire: str
    name: str
    kind: Kind
    required: bool = False


class TolerantModel:
    """A model's fields as the tolerant decoder needs them (generated as ``Model.__tolerant__``).

    ``additional`` is the kind of the keys the spec does not name, when its schema allows them
    (``additionalProperties``); ``None`` for a closed object, whose every unnamed key is drift.
    """

    def __init__(self, cls: type, fields: Sequence[Field], additional: Kind | None = None) -> None:
        self.cls = cls
        self.fields = tuple(fields)
        # The wire names of the fields: any other key of an object is an additional property.
        self.names = frozenset(field.wire for field in fields)
        self.additional = additional

    @property
    def open(self) -> bool:
        """Whether the spec lets the object carry keys it does not name (``additionalProperties``)."""
        return self.additional is not None

    def decode(self, value: Any, sink: _Sink, path: Path) -> Any:
        if not isinstance(value, Mapping):
            sink.record(path, "object", value)
            return value
        instance: Any = object.__new__(self.cls)
        for field in self.fields:
            if field.wire in value:
                setattr(instance, field.name, field.kind.decode(value[field.wire], sink, [*path, field.wire]))
            else:
                setattr(instance, field.name, UNSET)
                if field.required:
                    sink.record([*path, field.wire], "a value (required)", MISSING)
        extra = {}
        for key, item in value.items():
            if key in self.names:
                continue
            if self.additional is None:  # a closed object: the key is news to the spec
                sink.record([*path, key], "no field of this name in the spec", item)
                extra[key] = item
            else:
                extra[key] = self.additional.decode(item, sink, [*path, key])
        instance.additional_properties = extra
        return instance
