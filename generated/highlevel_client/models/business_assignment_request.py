from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import Unset

T = TypeVar("T", bound="BusinessAssignmentRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "locationId",
        "ids",
        "businessId",
    }
)


@_attrs_define
class BusinessAssignmentRequest:
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
        location_id = self.location_id

        ids: Any = self.ids

        business_id: Any = self.business_id

        field_dict: dict[str, Any] = {}
        if not isinstance(location_id, Unset):
            field_dict["locationId"] = location_id
        if not isinstance(ids, Unset):
            field_dict["ids"] = ids
        if not isinstance(business_id, Unset):
            field_dict["businessId"] = business_id
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = prop

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
        try:
            location_id = src_dict["locationId"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "locationId") from None
        if not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")

        try:
            ids = src_dict["ids"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "ids") from None
        if not isinstance(ids, list):
            raise DecodeError("array", ids, "ids")
        try:
            for ids_item in ids:
                if not (ids_item.__class__ is str or isinstance(ids_item, str)):
                    ids_index = next(place for place, other in enumerate(ids) if other is ids_item)
                    raise DecodeError("string", ids_item, ids_index)
        except DecodeError as _decode_error:
            _decode_error.path.insert(0, "ids")
            raise

        try:
            business_id = src_dict["businessId"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "businessId") from None
        if business_id.__class__ is str or isinstance(business_id, str):
            if not (business_id.__class__ is str or isinstance(business_id, str)):
                raise DecodeError("string", business_id, "businessId")

        elif business_id is None:
            if business_id is not None:
                raise DecodeError("null", business_id, "businessId")

        else:
            raise DecodeError("string or null", business_id, "businessId")

        _instance = _new(cls)
        _instance.location_id = location_id
        _instance.ids = ids
        _instance.business_id = business_id
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
        else:
            note_undocumented()
            extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            _instance.additional_properties = extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


BusinessAssignmentRequest.__tolerant__ = _tolerant.TolerantModel(
    BusinessAssignmentRequest,
    (
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=True),
        _tolerant.Field("ids", "ids", _tolerant.array(_tolerant.string()), required=True),
        _tolerant.Field("businessId", "business_id", _tolerant.string(nullable=True), required=True),
    ),
    additional=None,
)
