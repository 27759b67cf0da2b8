from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AddFollowersResponse(Model, AdditionalProperties[Any]):
    """Every follower of the contact after the call, and those it added.

    Example:
        {'followers': ['sx6wyHhbFdRXh302Lunr', 'sx6wyHhbFdRXh302LLss'], 'followersAdded': ['sx6wyHhbFdRXh302LLss']}

    Attributes:
        followers (list[str] | Unset):
        followers_added (list[str] | Unset):
    """

    followers: list[str] | Unset = UNSET
    followers_added: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


AddFollowersResponse.__tolerant__ = _tolerant.TolerantModel(
    AddFollowersResponse,
    (
        _tolerant.Field("followers", "followers", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("followersAdded", "followers_added", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
