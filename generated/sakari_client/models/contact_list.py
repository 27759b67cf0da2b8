from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactList(Model, AdditionalProperties[Any]):
    """A list a contact belongs to, with the contact's opt-in state on it.

    Example:
        {'id': '<string>', 'name': '<string>', 'source': {'id': '<string>', 'integration': '<string>', 'lastSynced':
            '<string>'}, 'keyword': '<string>', 'doubleOptIn': {'enabled': True, 'prompt': '<string>'}, 'filter': {'q':
            '<string>', 'attributes': [{'attribute': '<string>', 'comparator': '<string>', 'value': ['<string>']}], 'list':
            '<string>', 'valid': True, 'invalid': True, 'blocked': True, 'unblocked': True, 'optIn': True},
            'optInConfirmation': '<string>', 'optIn': '2023-11-07T05:31:56Z', 'optOut': '2023-11-07T05:31:56Z'}

    Attributes:
        id (str | Unset):
        name (str | Unset):
        source (ListSource | Unset): Where the members of a list come from. Example: {'id': '<string>', 'integration':
            '<string>', 'lastSynced': '<string>'}.
        keyword (str | Unset): Keyword that contacts text to join the list.
        double_opt_in (DoubleOptIn | Unset): Whether joining the list asks the contact to confirm, and with which
            prompt. Example: {'enabled': True, 'prompt': '<string>'}.
        filter_ (ListFilter | Unset): The filter that selects the members of a dynamic list. Example: {'q': '<string>',
            'attributes': [{'attribute': '<string>', 'comparator': '<string>', 'value': ['<string>']}], 'list': '<string>',
            'valid': True, 'invalid': True, 'blocked': True, 'unblocked': True, 'optIn': True}.
        opt_in_confirmation (str | Unset):
        opt_in (datetime.datetime | Unset): When the contact opted in to the list.
        opt_out (datetime.datetime | Unset): When the contact opted out of the list.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    source: ListSource | Unset = UNSET
    keyword: str | Unset = UNSET
    double_opt_in: DoubleOptIn | Unset = UNSET
    filter_: ListFilter | Unset = UNSET
    opt_in_confirmation: str | Unset = UNSET
    opt_in: datetime.datetime | Unset = UNSET
    opt_out: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.double_opt_in import DoubleOptIn  # noqa: E402
from ..models.list_filter import ListFilter  # noqa: E402
from ..models.list_source import ListSource  # noqa: E402

ContactList.__tolerant__ = _tolerant.TolerantModel(
    ContactList,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("source", "source", _tolerant.model(ListSource), required=False),
        _tolerant.Field("keyword", "keyword", _tolerant.string(), required=False),
        _tolerant.Field("doubleOptIn", "double_opt_in", _tolerant.model(DoubleOptIn), required=False),
        _tolerant.Field("filter", "filter_", _tolerant.model(ListFilter), required=False),
        _tolerant.Field("optInConfirmation", "opt_in_confirmation", _tolerant.string(), required=False),
        _tolerant.Field("optIn", "opt_in", _tolerant.date_time(), required=False),
        _tolerant.Field("optOut", "opt_out", _tolerant.date_time(), required=False),
    ),
    additional=None,
)
