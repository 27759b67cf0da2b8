"""Checks and conversions of the arguments of a call, done before anything is sent."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO, TypeVar, cast

import attrs

from .errors import ArgumentError, DecodeError
from .types import Unset

__all__ = [
    "ArgumentError",
    "check_range",
    "conditionally_idempotent",
    "enum_value",
    "non_empty_text",
    "read_file",
    "resolve_body",
]

ModelT = TypeVar("ModelT")


def enum_value(name: str, enum: type[Enum], value: object) -> Any:
    """The wire value of an enum argument given as the enum or its value; ``ArgumentError`` naming it otherwise."""
    try:
        return enum(value).value
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum)
        raise ArgumentError(f"`{name}` must be one of {allowed}, got {value!r}") from None


def non_empty_text(name: str, value: object) -> str:
    """``value`` if it is a string with more than white space; ``ArgumentError`` naming ``name`` otherwise."""
    if not isinstance(value, str) or not value.strip():
        shown = "an empty string" if isinstance(value, str) else type(value).__name__
        raise ArgumentError(f"`{name}` must be a non-empty string, got {shown}")
    return value


def check_range(name: str, value: object, *, minimum: float | None = None, maximum: float | None = None) -> None:
    """``ArgumentError`` naming the argument when a number is outside what the spec allows."""
    if isinstance(value, Unset) or value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return
    if minimum is not None and value < minimum:
        bound = f"from {minimum} to {maximum}" if maximum is not None else f"{minimum} or more"
        raise ArgumentError(f"`{name}` must be {bound}, got {value!r}")
    if maximum is not None and value > maximum:
        bound = f"from {minimum} to {maximum}" if minimum is not None else f"{maximum} or less"
        raise ArgumentError(f"`{name}` must be {bound}, got {value!r}")


Nested = type | list[type]
"""How a field holds models: a model class, or ``[ModelClass]`` for a list of them."""


def resolve_body(
    model: type[ModelT],
    body: ModelT | Mapping[str, Any] | None,
    fields: Mapping[str, Any],
    required: tuple[str, ...],
    nested: Mapping[str, Nested] | None = None,
) -> ModelT:
    """The request body: ``body`` as given (a model, or its JSON form as a dict), or a ``model`` built
    from the method's keyword ``fields`` (a model-typed field may be a dict too).

    A dict is checked as the spec describes its model, before anything is sent: a wrong type, a
    missing required key, a value outside an enum or a key the spec does not name raises
    ``ArgumentError`` naming its path. Extra wire fields the spec does not know go in ``extra_body``.
    """
    given = {name: value for name, value in fields.items() if not isinstance(value, Unset)}
    if body is not None:
        if given:
            raise ArgumentError(
                f"pass the body either as `body=` or as keyword arguments, not both (got body= and {', '.join(given)})"
            )
        if isinstance(body, Mapping):
            return _from_json(model, body, "body")
        return body
    missing = [name for name in required if name not in given]
    if missing:
        raise ArgumentError(f"`{missing[0]}` is required (or pass `body=`)")
    for name, holds in (nested or {}).items():
        value = given.get(name)
        if isinstance(holds, list) and isinstance(value, list):
            given[name] = [
                _from_json(holds[0], item, f"{name}[{index}]") if isinstance(item, Mapping) else item
                for index, item in enumerate(value)
            ]
        elif isinstance(holds, type) and isinstance(value, Mapping):
            given[name] = _from_json(holds, value, name)
    return model(**given)


def _from_json(model: type[ModelT], value: Mapping[str, Any], argument: str) -> ModelT:
    """``model`` from a dict in its JSON form, checked strictly; the error names ``argument``'s path."""
    try:
        built: ModelT = model.from_dict(value)  # type: ignore[attr-defined]
    except DecodeError as error:
        where = argument + error.json_path[1:]
        raise ArgumentError(f"{where}: expected {error.expected}, got {error.actual_type}") from None
    _refuse_unknown_keys(built, argument)
    return built


def _refuse_unknown_keys(value: object, where: str) -> None:
    if isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_unknown_keys(item, f"{where}[{index}]")
        return
    if not attrs.has(type(value)):
        return
    extra = getattr(value, "additional_properties", None)
    tolerant = getattr(type(value), "__tolerant__", None)
    if extra and not (tolerant is not None and tolerant.open):  # an open object (custom attributes) takes any key
        raise ArgumentError(
            f"{where}: no field named {', '.join(map(repr, extra))} in the spec (send it with `extra_body=` on purpose)"
        )
    for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
        if field.name != "additional_properties":
            _refuse_unknown_keys(getattr(value, field.name), f"{where}.{field.name}")


MAX_FILE_BYTES = 100 * 1024 * 1024
"""The largest document ``read_file`` reads (it is held in memory and sent in one request)."""


def read_file(file: str | os.PathLike[str] | bytes | BinaryIO) -> bytes:
    """The bytes of a document given as a path, bytes or a binary file object (read once, so a retry resends them).

    A path must name a regular file (a device, a FIFO or a ``/proc`` entry could block or never end), and
    a document may hold ``MAX_FILE_BYTES`` at most; ``ArgumentError`` otherwise, before anything is sent.
    """
    if isinstance(file, bytes):
        content = file
    elif isinstance(file, str | os.PathLike):
        content = _read_regular_file(Path(file))
    elif isinstance(file, io.TextIOBase):
        raise ArgumentError("`file` is open in text mode: open it with 'rb', or pass its path or bytes")
    else:
        content = file.read(MAX_FILE_BYTES + 1)
        if not isinstance(content, bytes):
            raise ArgumentError(f"`file`: reading it gave {type(content).__name__}, not bytes: open it in binary mode")
    if len(content) > MAX_FILE_BYTES:
        raise ArgumentError(f"`file` holds more than {MAX_FILE_BYTES} bytes, the most a document may have")
    return content


def _read_regular_file(path: Path) -> bytes:
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever.
        with open(path, "rb", opener=lambda name, flags: os.open(name, flags | os.O_NONBLOCK)) as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise ArgumentError(f"`file` {str(path)!r} is not a regular file (a device, a FIFO, a directory)")
            # /proc entries claim a size of 0 yet never end: only what the size promises is read.
            if status.st_size == 0 and str(path.resolve()).startswith(("/proc/", "/sys/")):
                raise ArgumentError(f"`file` {str(path)!r} is not a regular file (a /proc or /sys entry)")
            return handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise ArgumentError(f"`file` {str(path)!r} is not a regular file (a device, a FIFO, a directory)") from None


def conditionally_idempotent(body: object, *, needs_any: tuple[str, ...], unless: Mapping[str, object]) -> bool:
    """Whether a request may be resent: its body gives one of ``needs_any`` and none of ``unless``'s values.

    An upsert matches an existing record only on some fields (an e-mail or a phone); without them, or
    when the body asks for a new record on a duplicate, every call creates one.
    """
    given = any(
        getattr(body, name, None) not in (None, "") and not isinstance(getattr(body, name), Unset) for name in needs_any
    )
    return given and not any(getattr(body, name, None) == value for name, value in unless.items())
