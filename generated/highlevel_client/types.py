"""Shared types for properties, and the wire format of dates."""

import datetime
import json
from collections.abc import Callable, Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``: a field that was not given, as opposed to one given as ``None``."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


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


def format_datetime(value: datetime.datetime) -> str:
    """Format a date-time as RFC 3339, the way the services write them.

    UTC is written ``Z``; a fraction of a second is written in milliseconds when that is exact,
    and left out when it is zero.
    """
    timespec = "seconds" if not value.microsecond else "milliseconds" if not value.microsecond % 1000 else "auto"
    text = value.isoformat(timespec=timespec)
    return text[:-6] + "Z" if text.endswith("+00:00") else text


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``status_code`` is a plain ``int``, so that statuses outside ``http.HTTPStatus`` (such as 520)
    are kept as they are.
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
