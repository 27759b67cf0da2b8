"""HighLevel, simulated: what a location defines for its contacts (custom fields, tags, custom values).

Each kind is kept per location, by id. An id the location does not have is answered 400 with the
service's ``BadRequestDTO`` body, the only error the reference documents for these reads (no 404).
A contact's custom field given by ``key`` is stored under the id of the location's field with that key,
as HighLevel resolves it; ``field_id_for_key`` is how the contact handlers ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ._highlevel_records import new_id
from ._service import Answer, Call, Handler, ServiceError


@dataclass(frozen=True)
class _Kind:
    """One kind of definition: its name in paths and errors, the answer keys, the fields a write keeps."""

    label: str
    one: str
    many: str
    id_param: str
    fields: tuple[str, ...]


_CUSTOM_FIELDS = _Kind(
    "Custom field",
    "customField",
    "customFields",
    "customFieldId",
    (
        "name",
        "dataType",
        "placeholder",
        "position",
        "model",
        "acceptedFormat",
        "isMultipleFile",
        "maxNumberOfFiles",
        "textBoxListOptions",
    ),
)
_TAGS = _Kind("Tag", "tag", "tags", "tagId", ("name",))
_CUSTOM_VALUES = _Kind("Custom value", "customValue", "customValues", "customValueId", ("name", "value"))
# What a custom field's answer carries of what was written: the create body names some fields
# differently from the definition the reads answer.
_FIELD_ANSWER_NAMES = {"isMultipleFile": "isMultiFileAllowed", "maxNumberOfFiles": "maxFileLimit"}
_ANSWER_FIELDS = {
    "customField": (
        "id",
        "name",
        "fieldKey",
        "placeholder",
        "dataType",
        "position",
        "picklistOptions",
        "picklistImageOptions",
        "isAllowedCustomOption",
        "isMultiFileAllowed",
        "maxFileLimit",
        "locationId",
        "model",
    ),
    "tag": ("id", "name", "locationId"),
    "customValue": ("id", "name", "fieldKey", "value", "locationId"),
}


class HighLevelLocationDefinitions:
    """The handlers of the location-level definitions, and the field-key lookup contacts use."""

    def __init__(self) -> None:
        # location id -> answer key of the kind ("customField", "tag", "customValue") -> id -> record
        self.records: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}

    def reset(self) -> None:
        self.records.clear()

    def handlers(self) -> dict[str, Handler]:
        handlers: dict[str, Handler] = {}
        for kind, noun in ((_CUSTOM_FIELDS, "CustomField"), (_TAGS, "LocationTag"), (_CUSTOM_VALUES, "CustomValue")):
            handlers[f"list{noun}s"] = self._lister(kind)
            handlers[f"get{noun}"] = self._getter(kind)
            handlers[f"create{noun}"] = self._creator(kind)
            handlers[f"update{noun}"] = self._updater(kind)
            handlers[f"delete{noun}"] = self._deleter(kind)
        return handlers

    # --- what tests, demos and the contact handlers read or seed directly ------------------------------

    def define_custom_field(
        self, location_id: str, name: str, data_type: str = "TEXT", **fields: Any
    ) -> dict[str, Any]:
        """Define a contact custom field in a location (as the create operation does); returns its answer."""
        record = self._store(location_id, _CUSTOM_FIELDS, {"name": name, "dataType": data_type, **fields})
        return _answer(_CUSTOM_FIELDS, record)

    def field_id_for_key(self, location_id: str, key: str) -> str | None:
        """The id of the location's custom field with this key (``contact.pincode``), if it has one."""
        for record in self._of(location_id, _CUSTOM_FIELDS).values():
            if record.get("fieldKey") == key:
                return str(record["id"])
        return None

    # --- the operations ----------------------------------------------------------------------------------

    def _lister(self, kind: _Kind) -> Handler:
        def handle(call: Call) -> Answer:
            records = list(self._of(call.path["locationId"], kind).values())
            wanted = call.query.get("model")
            if kind is _CUSTOM_FIELDS and wanted in ("contact", "opportunity"):
                records = [record for record in records if record.get("model") == wanted]
            return Answer(200, {kind.many: [_answer(kind, record) for record in records]})

        return handle

    def _getter(self, kind: _Kind) -> Handler:
        def handle(call: Call) -> Answer:
            return Answer(200, {kind.one: _answer(kind, self._named(call, kind))})

        return handle

    def _creator(self, kind: _Kind) -> Handler:
        status = 200 if kind is _TAGS else 201  # as the reference documents each create

        def handle(call: Call) -> Answer:
            record = self._store(call.path["locationId"], kind, call.body)
            return Answer(status, {kind.one: _answer(kind, record)})

        return handle

    def _updater(self, kind: _Kind) -> Handler:
        def handle(call: Call) -> Answer:
            record = self._named(call, kind)
            # A custom field keeps its data type and its key: contacts and exports name it by them.
            record.update({key: call.body[key] for key in kind.fields if key in call.body and key != "dataType"})
            return Answer(200, {kind.one: _answer(kind, record)})

        return handle

    def _deleter(self, kind: _Kind) -> Handler:
        def handle(call: Call) -> Answer:
            record = self._named(call, kind)
            del self._of(call.path["locationId"], kind)[record["id"]]
            return Answer(200, {"succeded": True})

        return handle

    # --- records --------------------------------------------------------------------------------------------

    def _of(self, location_id: str, kind: _Kind) -> dict[str, dict[str, Any]]:
        return self.records.setdefault(location_id, {}).setdefault(kind.one, {})

    def _named(self, call: Call, kind: _Kind) -> dict[str, Any]:
        record_id = call.path[kind.id_param]
        records = self._of(call.path["locationId"], kind)
        if record_id not in records:
            raise ServiceError(400, f"{kind.label} with id {record_id} not found")
        return records[record_id]

    def _store(self, location_id: str, kind: _Kind, given: dict[str, Any]) -> dict[str, Any]:
        record: dict[str, Any] = {"id": new_id(), "locationId": location_id}
        record.update({key: given[key] for key in kind.fields if key in given})
        if kind is _CUSTOM_FIELDS:
            record.setdefault("model", "contact")
            record.setdefault("position", 0)
            record["fieldKey"] = f"{record['model']}.{_key_words(str(record['name']))}"
            if self.field_id_for_key(location_id, record["fieldKey"]) is not None:
                raise ServiceError(400, f"A custom field with key {record['fieldKey']} already exists")
        if kind is _CUSTOM_VALUES:
            record["fieldKey"] = "{{ custom_values." + _key_words(str(record["name"])) + " }}"
        self._of(location_id, kind)[record["id"]] = record
        return record


def _key_words(name: str) -> str:
    """A name as HighLevel turns it into a key: lower case, words joined by ``_``."""
    return "_".join(re.findall(r"[a-z0-9]+", name.lower())) or "field"


def _answer(kind: _Kind, record: dict[str, Any]) -> dict[str, Any]:
    renamed = {_FIELD_ANSWER_NAMES.get(key, key): value for key, value in record.items()}
    return {key: renamed[key] for key in _ANSWER_FIELDS[kind.one] if key in renamed}
