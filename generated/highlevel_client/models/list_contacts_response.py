from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListContactsResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "contacts",
        "count",
        "meta",
    }
)


@_attrs_define
class ListContactsResponse:
    """One page of the deprecated list. HighLevel's description gives `contacts` and `count`,
    and the paging `meta` as a separate schema; they are joined here as the service answers.
    No source marks `contacts` as required; it is required here only because the generated
    pager reads its length.

        Example:
            {'contacts': [{'id': 'ocQHyuzHvysMo5N5VsXc', 'email': 'JohnDeo@gmail.com'}], 'count': 1, 'meta': {'total': 1,
                'nextPageUrl': None, 'startAfterId': None, 'startAfter': None, 'currentPage': 1, 'nextPage': None, 'prevPage':
                None}}

        Attributes:
            contacts (list[SearchedContact]):
            count (float | Unset):
            meta (ListContactsMeta | Unset): Where a page of the deprecated list sits, and the cursor of the next page.
                Example: {'total': 50, 'nextPageUrl': 'http://localhost:5058/contacts/?locationId=ve9EPM428h8vShlRW1KT&startAfte
                r=1631087949919&startAfterId=yd0jdjOavGk2o6Nh5Ndb', 'startAfterId': 'yd0jdjOavGk2o6Nh5Ndb', 'startAfter':
                1631087949919, 'currentPage': 2, 'nextPage': 3, 'prevPage': 1}.
    """

    contacts: list[SearchedContact]
    count: float | Unset = UNSET
    meta: ListContactsMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        contacts: Any = self.contacts
        if isinstance(self.contacts, list):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item: Any = contacts_item_data
                if isinstance(contacts_item_data, SearchedContact):
                    contacts_item = contacts_item_data.to_dict()

                contacts.append(contacts_item)

        count = self.count

        meta: Any = self.meta
        if isinstance(self.meta, ListContactsMeta):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        if not isinstance(contacts, Unset):
            field_dict["contacts"] = contacts
        if count is not UNSET:
            field_dict["count"] = count
        if meta is not UNSET:
            field_dict["meta"] = meta
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
            contacts = src_dict["contacts"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "contacts") from None
        if not isinstance(contacts, list):
            raise DecodeError("array", contacts, "contacts")
        contacts_decoded: list[Any] = []
        try:
            for contacts_item in contacts:
                contacts_decoded.append(_SearchedContact_from_dict(contacts_item))
        except DecodeError as _decode_error:
            _decode_error.path[0:0] = ("contacts", len(contacts_decoded))
            raise
        contacts = contacts_decoded

        if "count" in src_dict:
            count = src_dict["count"]
            if not (isinstance(count, (int, float)) and not isinstance(count, bool)):
                raise DecodeError("number", count, "count")
        else:
            count = UNSET
            _absent += 1

        if "meta" in src_dict:
            meta = src_dict["meta"]
            try:
                meta = _ListContactsMeta_from_dict(meta)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "meta")
                raise
        else:
            meta = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.contacts = contacts
        _instance.count = count
        _instance.meta = meta
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


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.list_contacts_meta import ListContactsMeta  # noqa: E402
from ..models.searched_contact import SearchedContact  # noqa: E402

ListContactsResponse.__tolerant__ = _tolerant.TolerantModel(
    ListContactsResponse,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.model(SearchedContact)), required=True),
        _tolerant.Field("count", "count", _tolerant.number(), required=False),
        _tolerant.Field("meta", "meta", _tolerant.model(ListContactsMeta), required=False),
    ),
    additional=None,
)

_ListContactsMeta_from_dict = ListContactsMeta.from_dict
_SearchedContact_from_dict = SearchedContact.from_dict
