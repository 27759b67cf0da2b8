from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessContactsResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class BusinessContactsResponse(AdditionalProperties[Any]):
    """One page of the contacts of a business.

    Example:
        {'contacts': [{'id': 'ocQHyuzHvysMo5N5VsXc', 'locationId': 'C2QujeCh8ZnC7al2InWR', 'email': 'JohnDeo@gmail.com',
            'businessId': '641c094001436dbc2081e642'}], 'count': 1}

    Attributes:
        contacts (list[SearchedContact] | Unset):
        count (float | Unset): A number of contacts; the reference does not say whether of the page or of every match.
    """

    contacts: list[SearchedContact] | Unset = UNSET
    count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.contacts is not UNSET:
            field_dict["contacts"] = (
                [item.to_dict() if isinstance(item, SearchedContact) else item for item in self.contacts]
                if isinstance(self.contacts, list)
                else self.contacts
            )
        if self.count is not UNSET:
            field_dict["count"] = self.count
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
        if (contacts := src_dict.get("contacts", UNSET)) is UNSET:
            _absent += 1
        elif contacts.__class__ is not list and not isinstance(contacts, list):
            raise DecodeError("array", contacts, "contacts")
        else:
            try:
                contacts = [_SearchedContact_from_dict(item) for item in contacts]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within(
                    "contacts", _decode.first_failure(_SearchedContact_from_dict, contacts)
                ) from None
        if (count := src_dict.get("count", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(count, (int, float)) and not isinstance(count, bool)):
            raise DecodeError("number", count, "count")
        _instance = _new(cls)
        _instance.contacts = contacts
        _instance.count = count
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.searched_contact import SearchedContact  # noqa: E402

BusinessContactsResponse.__tolerant__ = _tolerant.TolerantModel(
    BusinessContactsResponse,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.model(SearchedContact)), required=False),
        _tolerant.Field("count", "count", _tolerant.number(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = BusinessContactsResponse.__tolerant__.names
_SearchedContact_from_dict = SearchedContact.from_dict
