from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessAssignmentRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class BusinessAssignmentRequest(AdditionalProperties[Any]):
    """The contacts to move into a business, or out of theirs with a null `businessId`.

    Example:
        {'locationId': 'PX8m5VwxEbcpFlzYEPVG', 'ids': ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'], 'businessId':
            '63b7ec34ea409a9a8bd2a4ff'}

    Attributes:
        location_id (str): Location (sub-account) the contacts belong to.
        ids (list[str]): Identifiers of the contacts.
        business_id (None | str): The business to put the contacts in; null takes them out of their business.
    """

    location_id: str
    ids: list[str]
    business_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.location_id, Unset):
            field_dict["locationId"] = self.location_id
        if not isinstance(self.ids, Unset):
            field_dict["ids"] = self.ids
        if not isinstance(self.business_id, Unset):
            field_dict["businessId"] = self.business_id
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
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "locationId")
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (ids := src_dict.get("ids", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "ids")
        else:
            ids = _decode_ids(ids, "ids")
        if (business_id := src_dict.get("businessId", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "businessId")
        elif not ((business_id.__class__ is str or isinstance(business_id, str)) or business_id is None):
            raise DecodeError("string or null", business_id, "businessId")
        _instance = _new(cls)
        _instance.location_id = location_id
        _instance.ids = ids
        _instance.business_id = business_id
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


BusinessAssignmentRequest.__tolerant__ = _tolerant.TolerantModel(
    BusinessAssignmentRequest,
    (
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=True),
        _tolerant.Field("ids", "ids", _tolerant.array(_tolerant.string()), required=True),
        _tolerant.Field("businessId", "business_id", _tolerant.string(nullable=True), required=True),
    ),
    additional=None,
)
_FIELD_NAMES = BusinessAssignmentRequest.__tolerant__.names
_decode_ids = _decode.scalars((_decode.is_string,), "string")
