from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class FollowersRequest(Model, AdditionalProperties[Any]):
    """Identifiers of the users to add as followers, or to remove.

    Example:
        {'followers': ['sx6wyHhbFdRXh302Lunr']}

    Attributes:
        followers (list[str]):
    """

    followers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


FollowersRequest.__tolerant__ = _tolerant.TolerantModel(
    FollowersRequest,
    (_tolerant.Field("followers", "followers", _tolerant.array(_tolerant.string()), required=True),),
    additional=None,
)
