"""Shared types for properties, and the wire format of dates."""

import datetime
import json
from collections.abc import Callable
from typing import Any, BinaryIO, Literal

from attrs import define


class Unset:
    """The type of ``UNSET``: a field that was not given, as opposed to one given as ``None``."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Unpickled as the module's one instance, so `value is UNSET` still holds.
        return "UNSET"


UNSET: Unset = Unset()
"""The one ``Unset`` value: the default of every optional argument and model field that was not given."""


@define
class File:
    """A document to upload: its bytes, and optionally its name and media type."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None


def _fastest_json_loads() -> Callable[[bytes], Any]:
    try:
        import msgspec
    except ImportError:
        return json.loads

    decode = msgspec.json.Decoder().decode

    def loads(content: bytes) -> Any:
        try:
            return decode(content)
        except msgspec.DecodeError:
            # What msgspec refuses but the standard library reads (a byte-order mark, NaN, a lone
            # surrogate, UTF-16) or explains better: one way to read a body, whichever is installed.
            return json.loads(content)

    return loads


json_loads = _fastest_json_loads()
"""Decodes answer bodies: msgspec's when it is installed (the quicker), else the standard library's."""


datetime_fromisoformat = datetime.datetime.fromisoformat
"""Reads the date-times the services write (RFC 3339, a ``Z`` suffix included) into ``datetime`` values."""


def format_datetime(value: datetime.datetime) -> str:
    """Format a date-time as RFC 3339, the way the services write them.

    UTC is written ``Z``; a fraction of a second is written in milliseconds when that is exact,
    and left out when it is zero.
    """
    timespec = "seconds" if not value.microsecond else "milliseconds" if not value.microsecond % 1000 else "auto"
    text = value.isoformat(timespec=timespec)
    return text[:-6] + "Z" if text.endswith("+00:00") else text


__all__ = ["UNSET", "File", "Unset", "datetime_fromisoformat", "format_datetime", "json_loads"]
