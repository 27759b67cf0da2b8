from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class TemplateResponse(Model, AdditionalProperties[Any]):
    """One template.

    Example:
        {'success': True, 'data': {'id': 't-1', 'name': 'Shoe sale', 'type': 'SMS', 'template': 'Hi {{{firstName}}}'}}

    Attributes:
        success (bool | Unset):
        data (Template | Unset): A stored template. Example: {'id': 't-1', 'name': 'Shoe sale', 'type': 'SMS',
            'template': 'Hi {{{firstName}}}. Grab 20% off today only at ABC Shoes'}.
    """

    success: bool | Unset = UNSET
    data: Template | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.template import Template  # noqa: E402

TemplateResponse.__tolerant__ = _tolerant.TolerantModel(
    TemplateResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(Template), required=False),
    ),
    additional=None,
)
