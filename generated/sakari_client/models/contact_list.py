from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..types import UNSET, Unset, datetime_fromisoformat, format_datetime

T = TypeVar("T", bound="ContactList")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ContactList(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.source is not UNSET:
            field_dict["source"] = self.source.to_dict() if isinstance(self.source, ListSource) else self.source
        if self.keyword is not UNSET:
            field_dict["keyword"] = self.keyword
        if self.double_opt_in is not UNSET:
            field_dict["doubleOptIn"] = (
                self.double_opt_in.to_dict() if isinstance(self.double_opt_in, DoubleOptIn) else self.double_opt_in
            )
        if self.filter_ is not UNSET:
            field_dict["filter"] = self.filter_.to_dict() if isinstance(self.filter_, ListFilter) else self.filter_
        if self.opt_in_confirmation is not UNSET:
            field_dict["optInConfirmation"] = self.opt_in_confirmation
        if self.opt_in is not UNSET:
            field_dict["optIn"] = (
                format_datetime(self.opt_in) if isinstance(self.opt_in, datetime.datetime) else self.opt_in
            )
        if self.opt_out is not UNSET:
            field_dict["optOut"] = (
                format_datetime(self.opt_out) if isinstance(self.opt_out, datetime.datetime) else self.opt_out
            )
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON form, checking every field against the spec.

        Raises:
            DecodeError: a field is missing or has the wrong type; the error names its JSON path.
        """
        # Built without __init__ (every field is set below): it is the hot path of parsing an answer.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        if (id := src_dict.get("id", UNSET)) is UNSET:
            _absent += 1
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (name := src_dict.get("name", UNSET)) is UNSET:
            _absent += 1
        elif not (name.__class__ is str or isinstance(name, str)):
            raise DecodeError("string", name, "name")
        if (source := src_dict.get("source", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                source = _ListSource_from_dict(source)
            except DecodeError as _decode_error:
                raise _decode_error.within("source") from None
        if (keyword := src_dict.get("keyword", UNSET)) is UNSET:
            _absent += 1
        elif not (keyword.__class__ is str or isinstance(keyword, str)):
            raise DecodeError("string", keyword, "keyword")
        if (double_opt_in := src_dict.get("doubleOptIn", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                double_opt_in = _DoubleOptIn_from_dict(double_opt_in)
            except DecodeError as _decode_error:
                raise _decode_error.within("doubleOptIn") from None
        if (filter_ := src_dict.get("filter", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                filter_ = _ListFilter_from_dict(filter_)
            except DecodeError as _decode_error:
                raise _decode_error.within("filter") from None
        if (opt_in_confirmation := src_dict.get("optInConfirmation", UNSET)) is UNSET:
            _absent += 1
        elif not (opt_in_confirmation.__class__ is str or isinstance(opt_in_confirmation, str)):
            raise DecodeError("string", opt_in_confirmation, "optInConfirmation")
        if (opt_in := src_dict.get("optIn", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                opt_in_parsed = datetime_fromisoformat(opt_in)
            except (TypeError, ValueError):
                opt_in_parsed = _decode.date_time(opt_in, "optIn")  # RFC 3339's lowercase forms, or an error
            if len(opt_in) < 19 or opt_in[10] not in "Tt " or opt_in_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "optIn")
            opt_in = opt_in_parsed
        if (opt_out := src_dict.get("optOut", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                opt_out_parsed = datetime_fromisoformat(opt_out)
            except (TypeError, ValueError):
                opt_out_parsed = _decode.date_time(opt_out, "optOut")  # RFC 3339's lowercase forms, or an error
            if len(opt_out) < 19 or opt_out[10] not in "Tt " or opt_out_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "optOut")
            opt_out = opt_out_parsed
        _instance = _new(cls)
        _instance.id = id
        _instance.name = name
        _instance.source = source
        _instance.keyword = keyword
        _instance.double_opt_in = double_opt_in
        _instance.filter_ = filter_
        _instance.opt_in_confirmation = opt_in_confirmation
        _instance.opt_in = opt_in
        _instance.opt_out = opt_out
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 9:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = ContactList.__tolerant__.names
_DoubleOptIn_from_dict = DoubleOptIn.from_dict
_ListFilter_from_dict = ListFilter.from_dict
_ListSource_from_dict = ListSource.from_dict
