"""HighLevel custom fields as spreadsheet columns named by key: ``customField.contact.pincode``.

A contact carries its custom field values under field ids, which mean nothing in a spreadsheet. An
export writes one column per custom field the location defines (looked up once per run, through the
client's cached definitions); an import sends those columns by ``key``. A value whose field the
location does not define stays in the ``customFields`` column, so nothing is dropped; a column whose
key the location does not define rejects its row, naming it.

A Sakari export's ``attributes`` (name -> value) go to the custom fields whose keys are
``contact.<name>`` (``<name>`` when it has a dot already), matched without regard to case: HighLevel
makes its keys lower case from the field's name, while a Sakari attribute keeps the case it was given
(``Pincode`` fills ``contact.pincode``). An attribute with no such field, or one whose name matches two
keys differing only in case, has no place: it is reported, and the rest of its row is sent.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from contacts_runtime import ArgumentError
from contacts_runtime._custom_field_keys import CustomFieldKeys

from ._records import ATTRIBUTES, CUSTOM_FIELD_COLUMN_PREFIX, Kind, RequestShape, RowError

COLUMN_PREFIX = CUSTOM_FIELD_COLUMN_PREFIX
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
        inputs += self._attribute_inputs(_attributes_of(row.get(ATTRIBUTES)), {value["key"] for value in inputs})
        if inputs:
            body[_VALUES] = [*body.get(_VALUES, []), *inputs]
        return body

    def body_from_json(self, contact: Mapping[str, Any]) -> dict[str, Any]:
        body = super().body_from_json(contact)
        attributes = contact.get(ATTRIBUTES)
        inputs = self._attribute_inputs(attributes if isinstance(attributes, Mapping) else {}, set())
        if inputs:
            body[_VALUES] = [*body.get(_VALUES, []), *inputs]
        return body

    def ignored_columns(self, header: list[str]) -> list[str]:
        # Sakari's attributes are placed (or reported) one by one, by name: see `attribute_places`.
        return [
            column
            for column in super().ignored_columns(header)
            if not column.startswith(COLUMN_PREFIX) and column != ATTRIBUTES
        ]

    def attribute_places(self, attribute_names: Iterable[str]) -> tuple[list[str], list[str]]:
        mapped: list[str] = []
        unplaced: list[str] = []
        for name in sorted(set(attribute_names)):
            key = self._attribute_key(name)
            if key is None:
                unplaced.append(name)
            else:
                mapped.append(f"{ATTRIBUTES}.{name} -> {column_of(key)}")
        return mapped, unplaced

    def _attribute_key(self, name: str) -> str | None:
        """The key of the one custom field an attribute names, ignoring case; ``None`` when none or two do."""
        assert self.keys is not None, "made with KeyedRequestShape.of"
        keys = self.keys()
        wanted = keys.full_key(name).casefold()
        matches = [key for key in keys.ids_by_key if key.casefold() == wanted]
        return matches[0] if len(matches) == 1 else None

    def _attribute_inputs(self, attributes: Mapping[str, Any], keyed: set[str]) -> list[dict[str, Any]]:
        """Custom field inputs for the attributes that have a field; a ``customField.<key>`` column of the
        same row (``keyed``) is what that field means."""
        inputs: list[dict[str, Any]] = []
        for name, value in attributes.items():
            key = self._attribute_key(name) if isinstance(name, str) and value not in (None, "") else None
            if key is not None and key not in keyed:
                inputs.append({"key": key, "field_value": value})
        return inputs

    def _checked_key(self, column: str) -> str:
        assert self.keys is not None, "made with KeyedRequestShape.of"
        keys = self.keys()
        key = column.removeprefix(COLUMN_PREFIX)
        try:
            keys.field_id(key, f"column {column!r}")
        except ArgumentError as error:
            raise RowError(str(error)) from None
        return keys.full_key(key)


def _attributes_of(text: str | None) -> Mapping[str, Any]:
    """A Sakari export's ``attributes`` cell as its object; an empty cell, or one that holds no object, as none."""
    return attribute_cell(text) or {}


def attribute_cell(text: str | None) -> dict[str, Any] | None:
    if not text or text[:1] != "{":
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


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
