from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..models.template_type import TemplateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "type",
        "template",
    }
)


@_attrs_define
class Template:
    """A stored template.

    Example:
        {'id': 't-1', 'name': 'Shoe sale', 'type': 'SMS', 'template': 'Hi {{{firstName}}}. Grab 20% off today only at
            ABC Shoes'}

    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (TemplateType | Unset): What a template is for. Example: SMS.
        template (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: TemplateType | Unset = UNSET
    template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: Any = self.type_
        if isinstance(self.type_, TemplateType):
            type_ = self.type_.value

        template = self.template

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if template is not UNSET:
            field_dict["template"] = template
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
        if "id" in src_dict:
            id = src_dict["id"]
            if not (id.__class__ is str or isinstance(id, str)):
                raise DecodeError("string", id, "id")
        else:
            id = UNSET
            _absent += 1

        if "name" in src_dict:
            name = src_dict["name"]
            if not (name.__class__ is str or isinstance(name, str)):
                raise DecodeError("string", name, "name")
        else:
            name = UNSET
            _absent += 1

        if "type" in src_dict:
            type_ = src_dict["type"]
            try:
                type_ = TemplateType(type_)
            except ValueError:
                raise DecodeError(
                    "one of 'SMS', 'Web'",
                    MALFORMED if (type_.__class__ is str or isinstance(type_, str)) else type_,
                    "type",
                ) from None
        else:
            type_ = UNSET
            _absent += 1

        if "template" in src_dict:
            template = src_dict["template"]
            if not (template.__class__ is str or isinstance(template, str)):
                raise DecodeError("string", template, "template")
        else:
            template = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.id = id
        _instance.name = name
        _instance.type_ = type_
        _instance.template = template
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
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


Template.__tolerant__ = _tolerant.TolerantModel(
    Template,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(TemplateType), required=False),
        _tolerant.Field("template", "template", _tolerant.string(), required=False),
    ),
    additional=None,
)
