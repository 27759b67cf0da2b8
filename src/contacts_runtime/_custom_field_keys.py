"""Custom fields named by key (``contact.pincode``) instead of id: the lookup, its cache, the mapping.

A contact carries its custom field values under field ids; people, spreadsheets and code name them
by key. ``CustomFieldKeys`` is the pure part (one location's definitions: key to id, a mapping of key
to value checked and turned into the inputs a body takes, a value read back by key). The caches hold
one lookup per location for the life of a client and its ``with_options`` copies; the generated
client hands them the call that lists the definitions, so the cache is in one place for every client.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._arguments import ArgumentError

__all__ = ["AsyncCustomFieldKeyCache", "CustomFieldKeyCache", "CustomFieldKeys", "KeyedDefinitions"]


@dataclass(frozen=True)
class KeyedDefinitions:
    """Where the definitions answer keeps what the mapping needs (the spec's ``info.x-sdk.custom-field-keys``)."""

    items: str
    key_field: str
    id_field: str
    key_prefix: str
    input_key: str
    input_value: str
    answer_field: str
    """The attribute of a contact model holding its custom field values (``answer_wire_field`` in JSON)."""
    answer_wire_field: str


class CustomFieldKeys:
    """One location's custom field definitions, by key."""

    def __init__(self, ids_by_key: Mapping[str, str], rules: KeyedDefinitions) -> None:
        self.ids_by_key = dict(ids_by_key)
        self._rules = rules

    @classmethod
    def from_answer(cls, answer: Mapping[str, Any], rules: KeyedDefinitions) -> CustomFieldKeys:
        """The keys of a definitions answer in its JSON form; a definition without key or id names nothing."""
        definitions = answer.get(rules.items)
        ids_by_key = {
            definition[rules.key_field]: definition[rules.id_field]
            for definition in (definitions if isinstance(definitions, list) else [])
            if isinstance(definition, Mapping)
            and isinstance(definition.get(rules.key_field), str)
            and isinstance(definition.get(rules.id_field), str)
        }
        return cls(ids_by_key, rules)

    def full_key(self, key: str) -> str:
        """``pincode`` means ``contact.pincode``; a key with a dot is already whole."""
        return key if "." in key else self._rules.key_prefix + key

    def field_id(self, key: str, argument: str = "custom_fields") -> str:
        """The id of the field a key names; ``ArgumentError`` naming the key when the location has none."""
        whole = self.full_key(key)
        if whole not in self.ids_by_key:
            known = ", ".join(sorted(self.ids_by_key)) or "none"
            raise ArgumentError(f"`{argument}`: no custom field has the key {whole!r} (the location has: {known})")
        return self.ids_by_key[whole]

    def inputs(self, values: Mapping[str, object], argument: str = "custom_fields") -> list[dict[str, object]]:
        """A mapping of key to value as the body's list of custom field inputs (by whole key), every key checked."""
        inputs: list[dict[str, object]] = []
        for key, value in values.items():
            if not isinstance(key, str):
                raise ArgumentError(f"`{argument}`: a key must be a string, got {key!r}")
            self.field_id(key, argument)
            inputs.append({self._rules.input_key: self.full_key(key), self._rules.input_value: value})
        return inputs

    def value(self, contact: object, key: str) -> object:
        """The value a contact of an answer (a model or its JSON form) holds for the field a key names.

        ``None`` when it holds none; ``ArgumentError`` when the location has no field with that key.
        """
        field_id = self.field_id(key, "key")
        if isinstance(contact, Mapping):
            custom_fields = contact.get(self._rules.answer_wire_field)
        else:
            custom_fields = getattr(contact, self._rules.answer_field, None)
        if not isinstance(custom_fields, list):
            return None  # unset, null, or not a list (drift a tolerant parse recorded)
        for field in custom_fields:
            if _attribute(field, self._rules.id_field) == field_id:
                return _attribute(field, "value")
        return None


def _attribute(record: object, name: str) -> object:
    """A field of an answer's record, as a model (attribute) or in its JSON form (key)."""
    if isinstance(record, Mapping):
        return record.get(name)
    return getattr(record, name, None)


class CustomFieldKeyCache:
    """One definitions lookup per location for a client and its copies; a lookup that fails is not kept."""

    def __init__(self, rules: KeyedDefinitions) -> None:
        self.rules = rules
        self._by_location: dict[tuple[str, str], CustomFieldKeys] = {}
        self._lock = threading.Lock()

    def keys(self, where: tuple[str, str], lookup: Callable[[], Mapping[str, Any]]) -> CustomFieldKeys:
        """The keys of one location of one service (``where``: base URL, location id), looked up on first use."""
        # Held across the lookup so that threads sharing a client send it once.
        with self._lock:
            if where not in self._by_location:
                self._by_location[where] = CustomFieldKeys.from_answer(lookup(), self.rules)
            return self._by_location[where]

    def forget(self) -> None:
        """Drop what was looked up (after definitions changed), so the next use looks again."""
        with self._lock:
            self._by_location.clear()


class AsyncCustomFieldKeyCache:
    """``CustomFieldKeyCache`` for the async client: tasks sharing a client wait for one lookup."""

    def __init__(self, rules: KeyedDefinitions) -> None:
        self.rules = rules
        self._by_location: dict[tuple[str, str], CustomFieldKeys] = {}
        self._lock: asyncio.Lock | None = None

    async def keys(self, where: tuple[str, str], lookup: Callable[[], Awaitable[Mapping[str, Any]]]) -> CustomFieldKeys:
        if where in self._by_location:
            return self._by_location[where]
        if self._lock is None:  # made on first use, inside the event loop that uses it
            self._lock = asyncio.Lock()
        async with self._lock:
            if where not in self._by_location:
                self._by_location[where] = CustomFieldKeys.from_answer(await lookup(), self.rules)
            return self._by_location[where]

    def forget(self) -> None:
        self._by_location.clear()
