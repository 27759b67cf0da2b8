"""Contacts as file rows: CSV columns from the spec's schemas (nested fields joined with dots), JSONL as sent.

The columns of an export and the fields an import may send both come from the OpenAPI document the
client package ships, so a field the spec adds shows up here without code changes. Import keeps only
the fields of the request body's schema, minus the ones the service sets itself (ids, dates, what it
learns about a number), so a file written by export can be read back as it is.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
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
    """``schema`` with its ``$ref`` followed and an ``allOf`` merged into one object of all its parts' fields
    (a search item is a whole contact plus its cursor)."""
    while "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        schema = _document(package)["components"]["schemas"][name]
    if "allOf" not in schema:
        return schema
    properties: dict[str, Any] = {}
    for part in schema["allOf"]:
        properties.update(_resolve(package, part).get("properties", {}))
    properties.update(schema.get("properties", {}))
    return {
        **{key: value for key, value in schema.items() if key != "allOf"},
        "type": "object",
        "properties": properties,
    }


@cache
def leaf_columns(package: str, schema_name: str) -> dict[str, Kind]:
    """Dotted column name -> kind, for every leaf of the schema; objects without fixed fields are JSON cells."""
    columns: dict[str, Kind] = {}

    def walk(schema: Mapping[str, Any], prefix: str) -> None:
        for name, property_schema in schema.get("properties", {}).items():
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
        for name, property_schema in schema.get("properties", {}).items():
            resolved = _resolve(package, property_schema)
            if resolved.get("format") == "date-time":
                found.add(prefix + name)
            elif resolved.get("type") == "object" and resolved.get("properties"):
                walk(resolved, f"{prefix}{name}.")

    walk(_resolve(package, {"$ref": schema_name}), "")
    return found


_compact_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


FORMULA_TRIGGERS = frozenset("=+-@\t\r")
"""First characters a spreadsheet may run as a formula (OWASP's CSV injection list)."""
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_E164 = re.compile(r"\+[1-9]\d{1,14}")


def escape_formula(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it as a formula (first character ``=``,
    ``+``, ``-``, ``@``, tab or CR), unless it is a number or an E.164 phone number; text that already
    starts with ``'`` before such a character (or another ``'``) gets one too, so ``unescape_formula``
    gives every value back as it was."""
    if not text:
        return text
    first = text[0]
    if first in FORMULA_TRIGGERS:
        if _PLAIN_NUMBER.fullmatch(text) or _E164.fullmatch(text):
            return text
        return "'" + text
    if first == "'" and len(text) > 1 and (text[1] in FORMULA_TRIGGERS or text[1] == "'"):
        return "'" + text
    return text


def unescape_formula(text: str) -> str:
    """The value ``escape_formula`` was given: one leading ``'`` dropped when a trigger (or ``'``) follows."""
    if len(text) > 1 and text[0] == "'" and (text[1] in FORMULA_TRIGGERS or text[1] == "'"):
        return text[1:]
    return text


class CsvFlattener:
    """Turns contacts (their JSON form) into CSV rows with the schema's dotted columns, plus ``_extra``:
    what has no column (a field the spec does not name, or a value not of the shape it says), as JSON
    keyed by its dotted path, so that nothing a service sent is lost."""

    def __init__(self, columns: dict[str, Kind], *, escape_formulas: bool = True) -> None:
        self._escape = escape_formula if escape_formulas else str
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
                cells[at] = self._escape(_compact_json(value))
            elif value is True or value is False:
                cells[at] = "true" if value else "false"
            else:
                cells[at] = self._escape(str(value))
        cells[-1] = self._escape(_compact_json(extra)) if extra else ""
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


def _tag_names(value: Any) -> Any:
    """Sakari's tags (``[{"tag": "vip"}]``) as HighLevel's (``["vip"]``); anything else as it is."""
    if isinstance(value, list) and all(
        isinstance(item, Mapping) and isinstance(item.get("tag"), str) for item in value
    ):
        return [item["tag"] for item in value]
    return value


def _tag_objects(value: Any) -> Any:
    """HighLevel's tags (``["vip"]``) as Sakari's (``[{"tag": "vip"}]``); anything else as it is."""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [{"tag": item} for item in value]
    return value


def _same(value: Any) -> Any:
    return value


CUSTOM_FIELD_COLUMN_PREFIX = "customField."
"""HighLevel's export writes a custom field's value in the column ``customField.<key>``."""
ATTRIBUTES = "attributes"
"""Sakari's contact holds its custom attributes, name -> value, in this object (one JSON cell in an export)."""


def attribute_name(custom_field_column: str) -> str:
    """The Sakari attribute a HighLevel custom field column fills: its key's last part.

    ``customField.contact.pincode`` fills ``pincode``.
    """
    return custom_field_column.removeprefix(CUSTOM_FIELD_COLUMN_PREFIX).rsplit(".", 1)[-1]


@dataclass(frozen=True)
class ColumnMapping:
    """A column the other service's export writes, and the field of this service's request it fills."""

    column: str
    target: str
    convert: Callable[[Any], Any] = _same


# Every column one service's export writes that has a place in the other's request (the same name needs
# no entry: first and last name and e-mail are spelled alike). Sakari's custom attributes and HighLevel's
# custom fields meet by name, not by column: see `CUSTOM_FIELD_COLUMN_PREFIX` and `ATTRIBUTES`.
CROSS_SERVICE_COLUMNS: Mapping[str, tuple[ColumnMapping, ...]] = {
    "highlevel_client": (
        ColumnMapping("mobile.number", "phone"),
        ColumnMapping("tags", "tags", _tag_names),
    ),
    "sakari_client": (
        ColumnMapping("phone", "mobile.number"),
        ColumnMapping("tags", "tags", _tag_objects),
    ),
}


@dataclass(frozen=True)
class RequestShape:
    """What an import may send for one service: the request body's leaf columns, minus the service-set ones,
    and the other service's export columns that fill one of them (``mappings``)."""

    columns: dict[str, Kind]
    ignored: frozenset[str]
    mappings: tuple[ColumnMapping, ...] = ()
    attributes_from_custom_fields: bool = False
    """A ``customField.<key>`` column (HighLevel's export) fills ``attributes.<last part of key>``."""

    def body_from_csv(self, row: Mapping[str, str]) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for column, text in row.items():
            if text in (None, "") or column not in self.columns or column in self.ignored:
                continue
            value = _convert(column, unescape_formula(text), self.columns[column])
            _put(body, column.split("."), self._converted(column, value))
        for mapping in self.mappings:
            foreign = row.get(mapping.column)
            if mapping.column == mapping.target or not foreign or row.get(mapping.target):
                continue  # the row's own column, when it has one, is what it means
            value = _convert(mapping.column, unescape_formula(foreign), self.columns[mapping.target])
            _put(body, mapping.target.split("."), mapping.convert(value))
        if self.attributes_from_custom_fields:
            self._custom_fields_as_attributes(row, body)
        return body

    def _converted(self, column: str, value: Any) -> Any:
        for mapping in self.mappings:
            if mapping.column == column == mapping.target:
                return mapping.convert(value)
        return value

    def mapped_columns(self, header: list[str]) -> list[str]:
        """``column -> field`` for each column of ``header`` that the other service's export writes and
        this service's request spells differently (what the dry run lists)."""
        mapped = [
            f"{mapping.column} -> {mapping.target}"
            for mapping in self.mappings
            if mapping.column in header and mapping.column != mapping.target
        ]
        if self.attributes_from_custom_fields:
            mapped += [
                f"{column} -> {ATTRIBUTES}.{attribute_name(column)}"
                for column in header
                if _is_custom_field_column(column)
            ]
        return mapped

    def attribute_places(self, attribute_names: Iterable[str]) -> tuple[list[str], list[str]]:
        """For the names of the attributes a Sakari export's rows hold: ``attribute -> field`` for each
        that has a place in this service's request, and the names of those that have none."""
        return [], sorted(set(attribute_names))

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
        if self.attributes_from_custom_fields:
            self._custom_fields_as_attributes(contact, body)
        return body

    def _custom_fields_as_attributes(self, fields: Mapping[str, Any], body: dict[str, Any]) -> None:
        """HighLevel's ``customField.<key>`` values as ``attributes.<last part of key>``; the row's own
        attribute of that name, when it has one, is what it means."""
        attributes = body.get(ATTRIBUTES)
        for column, value in fields.items():
            if not _is_custom_field_column(column) or value in (None, ""):
                continue
            if not isinstance(attributes, dict):
                attributes = body[ATTRIBUTES] = {}
            attributes.setdefault(attribute_name(column), unescape_formula(value) if isinstance(value, str) else value)

    def ignored_columns(self, header: list[str]) -> list[str]:
        mapped = {mapping.column for mapping in self.mappings}
        return [
            column
            for column in header
            if (column not in self.columns or column in self.ignored)
            and column not in mapped
            and not (self.attributes_from_custom_fields and _is_custom_field_column(column))
        ]


def _is_custom_field_column(column: str | None) -> bool:
    return column is not None and column.startswith(CUSTOM_FIELD_COLUMN_PREFIX) and column != CUSTOM_FIELD_COLUMN_PREFIX


@cache
def request_shape(package: str, schema_name: str, service_set: frozenset[str]) -> RequestShape:
    columns = leaf_columns(package, schema_name)
    ignored = frozenset(service_set | date_time_columns(package, schema_name))
    mappings = tuple(mapping for mapping in CROSS_SERVICE_COLUMNS.get(package, ()) if mapping.target in columns)
    # Sakari's request has an `attributes` object and no custom fields by key: HighLevel's fields go there.
    attributes_from_custom_fields = package == "sakari_client" and columns.get(ATTRIBUTES) == "json"
    return RequestShape(
        columns=columns,
        ignored=ignored,
        mappings=mappings,
        attributes_from_custom_fields=attributes_from_custom_fields,
    )


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


class InputFileError(ValueError):
    """The input file cannot be read as text of its encoding, or as CSV: the message names the file and line."""


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def file_encoding(path: Path, encoding: str | None) -> str:
    """``encoding`` when given; else the one a byte-order mark names (UTF-8, UTF-16 LE or BE), else UTF-8."""
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputFileError(f"--encoding {encoding!r}: not an encoding Python knows") from None
        return encoding
    with path.open("rb") as handle:
        start = handle.read(3)
    return next((name for bom, name in _BOMS if start.startswith(bom)), "utf-8")


@contextlib.contextmanager
def _readable(path: Path, encoding: str, line: Callable[[], int]) -> Iterator[None]:
    """Decoding and CSV errors as ``InputFileError`` naming ``path`` and the line reached."""
    try:
        yield
    except UnicodeError as error:
        raise InputFileError(
            f"{path}, line {line()}: not {encoding} text ({type(error).__name__}); "
            "pass --encoding (latin-1, utf-16, ...)"
        ) from None
    except csv.Error as error:
        raise InputFileError(f"{path}, line {line()}: {error}") from None


def read_rows(path: Path, file_format: Format, encoding: str | None = None) -> Iterator[InputRow]:
    """Every row of the file in order; a JSONL line that is not a JSON object is a row with an error.

    ``InputFileError`` (naming the file and line) when it is not text of its encoding (``encoding``, or
    the one its byte-order mark names, or UTF-8), or a CSV field is over the csv module's limit.
    """
    chosen = file_encoding(path, encoding)
    with path.open(newline="", encoding=chosen) as handle:
        if file_format == "csv":
            reader = csv.DictReader(handle)
            with _readable(path, chosen, lambda: reader.line_num + 1):
                for number, row in enumerate(reader, start=1):
                    yield InputRow(number, row, is_json=False)
            return
        yield from _json_rows(path, chosen, handle)


def _json_rows(path: Path, encoding: str, handle: Iterable[str]) -> Iterator[InputRow]:
    number = 0
    with _readable(path, encoding, lambda: number + 1):
        for number, line in enumerate(handle, start=1):
            yield from _json_row(number, line)


def _json_row(number: int, line: str) -> Iterator[InputRow]:
    if not line.strip():
        return
    try:
        value = json.loads(line)
    except ValueError as error:
        value = {"_invalid": f"line {number} is not JSON: {error}"}
    except RecursionError:
        value = {"_invalid": f"line {number} is nested too deeply to read"}
    if not isinstance(value, dict):
        value = {"_invalid": f"line {number} is not a JSON object"}
    yield InputRow(number, value, is_json=True)


def csv_header(path: Path, encoding: str | None = None) -> list[str]:
    chosen = file_encoding(path, encoding)
    with path.open(newline="", encoding=chosen) as handle, _readable(path, chosen, lambda: 1):
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
