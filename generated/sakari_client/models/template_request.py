from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..models.template_type import TemplateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class TemplateRequest(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_.value if isinstance(self.type_, TemplateType) else self.type_
        if self.template is not UNSET:
            field_dict["template"] = self.template
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
        if (name := src_dict.get("name", UNSET)) is UNSET:
            _absent += 1
        elif not (name.__class__ is str or isinstance(name, str)):
            raise DecodeError("string", name, "name")
        if (type_ := src_dict.get("type", UNSET)) is UNSET:
            _absent += 1
        else:
            type_ = _decode_type_(type_, "type")
        if (template := src_dict.get("template", UNSET)) is UNSET:
            _absent += 1
        elif not (template.__class__ is str or isinstance(template, str)):
            raise DecodeError("string", template, "template")
        _instance = _new(cls)
        _instance.name = name
        _instance.type_ = type_
        _instance.template = template
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


TemplateRequest.__tolerant__ = _tolerant.TolerantModel(
    TemplateRequest,
    (
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(TemplateType), required=False),
        _tolerant.Field("template", "template", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = TemplateRequest.__tolerant__.names
_decode_type_ = _decode.enum(TemplateType)
