from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class RemoveFollowersResponse(Model, AdditionalProperties[Any]):
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


RemoveFollowersResponse.__tolerant__ = _tolerant.TolerantModel(
    RemoveFollowersResponse,
    (
        _tolerant.Field("followers", "followers", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("followersRemoved", "followers_removed", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
