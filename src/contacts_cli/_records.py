"""Contacts as file rows: CSV columns from the spec's schemas (nested fields joined with dots), JSONL as sent.

The columns of an export and the fields an import may send both come from the OpenAPI document the
client package ships, so a field the spec adds shows up here without code changes. Import keeps only
the fields of the request body's schema, minus the ones the service sets itself (ids, dates, what it
learns about a number), so a file written by export can be read back as it is.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

Kind = Literal["string", "integer", "number", "boolean", "json"]
EXTRA_COLUMN = "_extra"
"""Top-level fields the spec does not describe, kept as one JSON object so that CSV loses nothing."""


class RowError(ValueError):
    """A row of the input that cannot become a request body; the message names the column."""


@cache
def _document(package: str) -> dict[str, Any]:
    text = (resources.files(package) / "openapi.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser, ten times faster, when built
    document: dict[str, Any] = yaml.load(text, Loader=loader)
    return document


def rate_limit_header_names(package: str) -> Mapping[str, str] | None:
    """The headers in which the service announces its rate limit, as its spec's ``x-sdk`` names them."""
    names: Mapping[str, str] | None = _document(package).get("info", {}).get("x-sdk", {}).get("rate-limit-headers")
    return names


def _resolve(package: str, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        schema = _document(package)["components"]["schemas"][name]
    return schema


def _properties(package: str, schema: Mapping[str, Any]) -> dict[str, Any]:
    """A schema's properties, with those of each part of an ``allOf`` (a contact extending another)."""
    found: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        found.update(_properties(package, _resolve(package, part)))
    found.update(schema.get("properties", {}))
    return found


@cache
def leaf_columns(package: str, schema_name: str) -> dict[str, Kind]:
    """Dotted column name -> kind, for every leaf of the schema; objects without fixed fields are JSON cells."""
    columns: dict[str, Kind] = {}

    def walk(schema: Mapping[str, Any], prefix: str) -> None:
        for name, property_schema in _properties(package, schema).items():
            resolved = _resolve(package, property_schema)
            path = f"{prefix}{name}"
            kind = resolved.get("type")
            if kind == "object" and resolved.get("properties") and not resolved.get("additionalProperties"):
                walk(resolved, path + ".")
            elif kind in ("string", "integer", "number", "boolean"):
                columns[path] = kind
            else:
                columns[path] = "json"

    walk(_resolve(package, {"$ref": schema_name}), "")
    return columns


def date_time_columns(package: str, schema_name: str) -> set[str]:
    """The dotted paths of date-time fields: set by the service, never sent back on import."""
    found: set[str] = set()

    def walk(schema: Mapping[str, Any], prefix: str) -> None:
        for name, property_schema in _properties(package, schema).items():
            resolved = _resolve(package, property_schema)
            if resolved.get("format") == "date-time":
                found.add(prefix + name)
            elif resolved.get("type") == "object" and resolved.get("properties"):
                walk(resolved, f"{prefix}{name}.")

    walk(_resolve(package, {"$ref": schema_name}), "")
    return found


_compact_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class CsvFlattener:
    """Turns contacts (their JSON form) into CSV rows with the schema's dotted columns, plus ``_extra``:
    what has no column (a field the spec does not name, or a value not of the shape it says), as JSON
    keyed by its dotted path, so that nothing a service sent is lost."""

    def __init__(self, columns: dict[str, Kind]) -> None:
        self.columns = columns
        self.header = [*columns, EXTRA_COLUMN]
        self._json_columns = {name for name, kind in columns.items() if kind == "json"}
        self._nested = {name.rsplit(".", 1)[0] for name in columns if "." in name}
        self._position = {name: at for at, name in enumerate(columns)}

    def _flatten(self, value: Mapping[str, Any], prefix: str, into: dict[str, Any]) -> dict[str, Any]:
        for key, item in value.items():
            path = prefix + key
            if path in self._nested and isinstance(item, Mapping):
                self._flatten(item, path + ".", into)
            else:
                into[path] = item
        return into

    def row(self, contact: Mapping[str, Any]) -> list[str]:
        # Only the fields a contact has are visited (a contact fills few of the many columns).
        cells = [""] * (len(self._position) + 1)
        position, json_columns = self._position, self._json_columns
        extra: dict[str, Any] = {}
        for name, value in self._flatten(contact, "", {}).items():
            at = position.get(name)
            if at is None:
                extra[name] = value  # a field the spec does not name, or not of the shape it says: kept
                continue
            if value is None:
                continue
            if name in json_columns or isinstance(value, dict | list):
                cells[at] = _compact_json(value)
            elif value is True or value is False:
                cells[at] = "true" if value else "false"
            else:
                cells[at] = str(value)
        cells[-1] = _compact_json(extra) if extra else ""
        return cells

    def lines(self, contacts: list[dict[str, Any]]) -> str:
        """The CSV lines of many contacts, through one writer."""
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(self.row(contact) for contact in contacts)
        return buffer.getvalue()


def _jsonl_encoder() -> Callable[[list[dict[str, Any]]], bytes]:
    """Contacts as JSON lines: msgspec's encoder when installed (the ``fast`` extra), else the standard library's."""
    try:
        import msgspec
    except ImportError:
        return lambda contacts: "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in contacts).encode()
    encode = msgspec.json.Encoder().encode
    return lambda contacts: b"".join(encode(contact) + b"\n" for contact in contacts)


jsonl_lines = _jsonl_encoder()


def csv_line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


@dataclass(frozen=True)
class RequestShape:
    """What an import may send for one service: the request body's leaf columns, minus the service-set ones."""

    columns: dict[str, Kind]
    ignored: frozenset[str]

    def body_from_csv(self, row: Mapping[str, str]) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for column, text in row.items():
            if text in (None, "") or column not in self.columns or column in self.ignored:
                continue
            _put(body, column.split("."), _convert(column, text, self.columns[column]))
        return body

    def body_from_json(self, contact: Mapping[str, Any]) -> dict[str, Any]:
        body: dict[str, Any] = {}
        # Every object a column sits in, at any depth (`dndSettings` and `dndSettings.SMS` of `dndSettings.SMS.status`).
        prefixes = {
            ".".join(parts[:depth])
            for parts in (column.split(".") for column in self.columns)
            for depth in range(1, len(parts))
        }

        def walk(value: Mapping[str, Any], prefix: str, into: dict[str, Any]) -> None:
            for key, item in value.items():
                path = prefix + key
                if path in self.ignored or item is None:
                    continue
                if path in prefixes and isinstance(item, Mapping):
                    nested: dict[str, Any] = {}
                    walk(item, path + ".", nested)
                    if nested:
                        into[key] = nested
                elif path in self.columns:
                    into[key] = item

        walk(contact, "", body)
        return body

    def ignored_columns(self, header: list[str]) -> list[str]:
        return [column for column in header if column not in self.columns or column in self.ignored]


@cache
def request_shape(package: str, schema_name: str, service_set: frozenset[str]) -> RequestShape:
    columns = leaf_columns(package, schema_name)
    ignored = frozenset(service_set | date_time_columns(package, schema_name))
    return RequestShape(columns=columns, ignored=ignored)


def _put(body: dict[str, Any], path: list[str], value: Any) -> None:
    for part in path[:-1]:
        body = body.setdefault(part, {})
    body[path[-1]] = value


def _convert(column: str, text: str, kind: Kind) -> Any:
    try:
        if kind == "string":
            return text
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
        if kind == "boolean":
            lowered = text.strip().lower()
            if lowered not in ("true", "false"):
                raise ValueError(f"expected true or false, got {text!r}")
            return lowered == "true"
        return json.loads(text)
    except ValueError as error:
        raise RowError(f"column {column!r}: {error}") from None


Format = Literal["csv", "jsonl"]


def detect_format(path: Path) -> Format:
    return "jsonl" if path.suffix.lower() in (".jsonl", ".ndjson", ".json") else "csv"


@dataclass(frozen=True)
class InputRow:
    """One row of an import file: its number (from 1), the raw row and the fields as read."""

    number: int
    fields: Mapping[str, Any]
    is_json: bool


def read_rows(path: Path, file_format: Format) -> Iterator[InputRow]:
    """Every row of the file in order; a JSONL line that is not a JSON object is a row with an error."""
    with path.open(newline="", encoding="utf-8") as handle:
        if file_format == "csv":
            for number, row in enumerate(csv.DictReader(handle), start=1):
                yield InputRow(number, row, is_json=False)
            return
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as error:
                value = {"_invalid": f"line {number} is not JSON: {error}"}
            if not isinstance(value, dict):
                value = {"_invalid": f"line {number} is not a JSON object"}
            yield InputRow(number, value, is_json=True)


def csv_header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle), [])


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_NOT_DIGITS = re.compile(r"\D")


def digits(number: object) -> str:
    return _NOT_DIGITS.sub("", number) if isinstance(number, str) else ""


def content_hash(body: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()[:32]
