from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class SucceededResponse(Model, AdditionalProperties[Any]):
    """The answer of a delete, and of a campaign or workflow change. `succeded` is the old
    spelling, deprecated by HighLevel, still sent beside `succeeded`.

        Example:
            {'succeeded': True, 'succeded': True}

        Attributes:
            succeeded (bool | Unset):
            succeded (bool | Unset):
    """

    succeeded: bool | Unset = UNSET
    succeded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


SucceededResponse.__tolerant__ = _tolerant.TolerantModel(
    SucceededResponse,
    (
        _tolerant.Field("succeeded", "succeeded", _tolerant.boolean(), required=False),
        _tolerant.Field("succeded", "succeded", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
