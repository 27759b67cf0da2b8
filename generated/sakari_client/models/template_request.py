from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.template_type import TemplateType
from ..types import UNSET, Unset


@_attrs_define
class TemplateRequest(Model, AdditionalProperties[Any]):
    """The fields of a template. Sakari's description marks none required.

    Example:
        {'name': 'Shoe sale', 'type': 'SMS', 'template': 'Hi {{{firstName}}}. Grab 20% off today only at ABC Shoes'}

    Attributes:
        name (str | Unset):
        type_ (TemplateType | Unset): What a template is for. Example: SMS.
        template (str | Unset): The text, with placeholders such as `{{{firstName}}}`.
    """

    name: str | Unset = UNSET
    type_: TemplateType | Unset = UNSET
    template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


TemplateRequest.__tolerant__ = _tolerant.TolerantModel(
    TemplateRequest,
    (
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(TemplateType), required=False),
        _tolerant.Field("template", "template", _tolerant.string(), required=False),
    ),
    additional=None,
)
