"""Checks and conversions of the arguments of a call, done before anything is sent."""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from .types import Unset

__all__ = ["check_range", "conditionally_idempotent", "enum_value", "read_file", "resolve_body"]

ModelT = TypeVar("ModelT")


def enum_value(name: str, enum: type[Enum], value: object) -> Any:
    """The wire value of an enum argument given as the enum or its value; ``ValueError`` naming it otherwise."""
    try:
        return enum(value).value
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum)
        raise ValueError(f"`{name}` must be one of {allowed}, got {value!r}") from None


def check_range(name: str, value: object, *, minimum: float | None = None, maximum: float | None = None) -> None:
    """``ValueError`` naming the argument when a number is outside what the spec allows."""
    if isinstance(value, Unset) or value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return
    if minimum is not None and value < minimum:
        bound = f"from {minimum} to {maximum}" if maximum is not None else f"{minimum} or more"
        raise ValueError(f"`{name}` must be {bound}, got {value!r}")
    if maximum is not None and value > maximum:
        bound = f"from {minimum} to {maximum}" if minimum is not None else f"{maximum} or less"
        raise ValueError(f"`{name}` must be {bound}, got {value!r}")


def resolve_body(
    model: type[ModelT], body: ModelT | None, fields: Mapping[str, Any], required: tuple[str, ...]
) -> ModelT:
    """The request body: ``body`` as given, or a ``model`` built from the method's keyword ``fields``."""
    given = {name: value for name, value in fields.items() if not isinstance(value, Unset)}
    if body is not None:
        if given:
            raise ValueError(
                f"pass the body either as `body=` or as keyword arguments, not both (got body= and {', '.join(given)})"
            )
        return body
    missing = [name for name in required if name not in given]
    if missing:
        raise ValueError(f"`{missing[0]}` is required (or pass `body=`)")
    return model(**given)


def read_file(file: str | os.PathLike[str] | bytes | BinaryIO) -> bytes:
    """The bytes of a document given as a path, bytes or a binary file object (read once, so a retry resends them)."""
    if isinstance(file, bytes):
        return file
    if isinstance(file, str | os.PathLike):
        return Path(file).read_bytes()
    if isinstance(file, io.TextIOBase):
        raise ValueError("`file` is open in text mode: open it with 'rb', or pass its path or bytes")
    content = file.read()
    if not isinstance(content, bytes):
        raise ValueError(f"`file`: reading it gave {type(content).__name__}, not bytes: open it in binary mode")
    return content


def conditionally_idempotent(body: object, *, needs_any: tuple[str, ...], unless: Mapping[str, object]) -> bool:
    """Whether a request may be resent: its body gives one of ``needs_any`` and none of ``unless``'s values.

    An upsert matches an existing record only on some fields (an e-mail or a phone); without them, or
    when the body asks for a new record on a duplicate, every call creates one.
    """
    given = any(
        getattr(body, name, None) not in (None, "") and not isinstance(getattr(body, name), Unset) for name in needs_any
    )
    return given and not any(getattr(body, name, None) == value for name, value in unless.items())
