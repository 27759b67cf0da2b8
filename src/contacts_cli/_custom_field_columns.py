"""HighLevel custom fields as spreadsheet columns named by key: ``customField.contact.pincode``.

A contact carries its custom field values under field ids, which mean nothing in a spreadsheet. An
export writes one column per custom field the location defines (looked up once per run, through the
client's cached definitions); an import sends those columns by ``key``. A value whose field the
location does not define stays in the ``customFields`` column, so nothing is dropped; a column whose
key the location does not define rejects its row, naming it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from contacts_runtime import ArgumentError
from contacts_runtime._custom_field_keys import CustomFieldKeys

from ._records import Kind, RequestShape, RowError

COLUMN_PREFIX = "customField."
_VALUES = "customFields"


def column_of(key: str) -> str:
    return COLUMN_PREFIX + key


@dataclass(frozen=True)
class CustomFieldColumns:
    """The export side: each custom field value moved from the contact's list to its key's column."""

    keys_by_id: Mapping[str, str]

    @classmethod
    def of(cls, keys: CustomFieldKeys) -> CustomFieldColumns:
        return cls({field_id: key for key, field_id in sorted(keys.ids_by_key.items())})

    @property
    def columns(self) -> dict[str, Kind]:
        # Text as it is; a list, a number or an object is written as JSON by the flattener.
        return {column_of(key): "string" for key in self.keys_by_id.values()}

    def spread(self, contact: dict[str, Any]) -> dict[str, Any]:
        """The contact with its known custom field values in their columns (a copy when any moved)."""
        values = contact.get(_VALUES)
        if not isinstance(values, list) or not values:
            return contact
        kept: list[Any] = []
        spread: dict[str, Any] = {}
        for value in values:
            field_id = value.get("id") if isinstance(value, Mapping) else None
            key = self.keys_by_id.get(field_id) if isinstance(field_id, str) else None
            if key is None:
                kept.append(value)  # a field the location no longer defines: kept in customFields
            else:
                spread[column_of(key)] = value.get("value")
        if not spread:
            return contact
        moved = {name: item for name, item in contact.items() if name != _VALUES}
        if kept:
            moved[_VALUES] = kept
        moved.update(spread)
        return moved


@dataclass(frozen=True)
class KeyedRequestShape(RequestShape):
    """The import side: ``customField.<key>`` columns sent as custom field inputs by key."""

    keys: Callable[[], CustomFieldKeys] | None = None
    """The location's definitions, looked up on first need: a file without such columns costs no lookup."""

    @classmethod
    def of(cls, shape: RequestShape, keys: Callable[[], CustomFieldKeys]) -> KeyedRequestShape:
        # Every field of the plain shape (its columns, and the other service's columns it maps) carries over.
        return cls(**{field.name: getattr(shape, field.name) for field in fields(shape)}, keys=keys)

    def body_from_csv(self, row: Mapping[str, str]) -> dict[str, Any]:
        body = super().body_from_csv(row)
        if isinstance(body.get(_VALUES), list):
            # An exported customFields cell holds values as answers carry them ({"id", "value"}); a body
            # takes them as inputs ({"id", "field_value"}).
            body[_VALUES] = [_as_input(value) for value in body[_VALUES]]
        inputs = [
            {"key": self._checked_key(column), "field_value": _cell_value(text)}
            for column, text in row.items()
            if column is not None and column.startswith(COLUMN_PREFIX) and text not in (None, "")
        ]
        if inputs:
            body[_VALUES] = [*body.get(_VALUES, []), *inputs]
        return body

    def ignored_columns(self, header: list[str]) -> list[str]:
        return [column for column in super().ignored_columns(header) if not column.startswith(COLUMN_PREFIX)]

    def _checked_key(self, column: str) -> str:
        assert self.keys is not None, "made with KeyedRequestShape.of"
        keys = self.keys()
        key = column.removeprefix(COLUMN_PREFIX)
        try:
            keys.field_id(key, f"column {column!r}")
        except ArgumentError as error:
            raise RowError(str(error)) from None
        return keys.full_key(key)


def _as_input(value: Any) -> Any:
    if isinstance(value, Mapping) and "value" in value and "field_value" not in value:
        return {**{name: item for name, item in value.items() if name != "value"}, "field_value": value["value"]}
    return value


def _cell_value(text: str) -> Any:
    """A cell as the value to send: a JSON list or object as itself (as an export writes them), else the text."""
    if text[:1] in "[{":
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text
