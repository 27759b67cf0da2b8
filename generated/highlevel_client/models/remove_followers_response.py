from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveFollowersResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "followers",
        "followersRemoved",
    }
)


@_attrs_define
class RemoveFollowersResponse:
    """The followers left after the call, and those it removed.

    Example:
        {'followers': ['sx6wyHhbFdRXh302Lunr'], 'followersRemoved': ['sx6wyHhbFdRXh302LLss']}

    Attributes:
        followers (list[str] | Unset):
        followers_removed (list[str] | Unset):
    """

    followers: list[str] | Unset = UNSET
    followers_removed: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        followers: Any = self.followers

        followers_removed: Any = self.followers_removed

        field_dict: dict[str, Any] = {}
        if followers is not UNSET:
            field_dict["followers"] = followers
        if followers_removed is not UNSET:
            field_dict["followersRemoved"] = followers_removed
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
        if "followers" in src_dict:
            followers = src_dict["followers"]
            if not isinstance(followers, list):
                raise DecodeError("array", followers, "followers")
            try:
                for followers_item in followers:
                    if not (followers_item.__class__ is str or isinstance(followers_item, str)):
                        followers_index = next(
                            place for place, other in enumerate(followers) if other is followers_item
                        )
                        raise DecodeError("string", followers_item, followers_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "followers")
                raise
        else:
            followers = UNSET
            _absent += 1

        if "followersRemoved" in src_dict:
            followers_removed = src_dict["followersRemoved"]
            if not isinstance(followers_removed, list):
                raise DecodeError("array", followers_removed, "followersRemoved")
            try:
                for followers_removed_item in followers_removed:
                    if not (followers_removed_item.__class__ is str or isinstance(followers_removed_item, str)):
                        followers_removed_index = next(
                            place for place, other in enumerate(followers_removed) if other is followers_removed_item
                        )
                        raise DecodeError("string", followers_removed_item, followers_removed_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "followersRemoved")
                raise
        else:
            followers_removed = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.followers = followers
        _instance.followers_removed = followers_removed
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
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


RemoveFollowersResponse.__tolerant__ = _tolerant.TolerantModel(
    RemoveFollowersResponse,
    (
        _tolerant.Field("followers", "followers", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("followersRemoved", "followers_removed", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
