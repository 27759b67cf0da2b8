from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplatesResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "data",
        "success",
        "pagination",
        "error",
    }
)


@_attrs_define
class TemplatesResponse:
    """One page of templates.

    Example:
        {'success': True, 'pagination': {'totalCount': 1, 'limit': 10, 'offset': 0, 'hasNext': False}, 'data': [{'id':
            't-1', 'name': 'Shoe sale', 'type': 'SMS', 'template': 'Hi {{{firstName}}}'}]}

    Attributes:
        data (list[Template]):
        success (bool | Unset):
        pagination (Pagination | Unset): Where a page sits in the whole result set. `totalCount` is absent from the list
            page's
            sample but present on the create page's and in Sakari's own description.
             Example: {'totalCount': 123, 'limit': 123, 'offset': 123, 'hasNext': True}.
        error (ErrorDetail | Unset): What went wrong with a request. Example: {'code': 'CONT-001', 'message': 'Invalid
            mobile number'}.
    """

    data: list[Template]
    success: bool | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    error: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        pagination: Any = self.pagination
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()

        data: Any = self.data
        if isinstance(self.data, list):
            data = []
            for data_item_data in self.data:
                data_item: Any = data_item_data
                if isinstance(data_item_data, Template):
                    data_item = data_item_data.to_dict()

                data.append(data_item)

        error: Any = self.error
        if isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        if success is not UNSET:
            field_dict["success"] = success
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if not isinstance(data, Unset):
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
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
            data = src_dict["data"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "data") from None
        if not isinstance(data, list):
            raise DecodeError("array", data, "data")
        data_decoded: list[Any] = []
        try:
            for data_item in data:
                data_decoded.append(_Template_from_dict(data_item))
        except DecodeError as _decode_error:
            _decode_error.path[0:0] = ("data", len(data_decoded))
            raise
        data = data_decoded

        if "success" in src_dict:
            success = src_dict["success"]
            if not (success is True or success is False):
                raise DecodeError("boolean", success, "success")
        else:
            success = UNSET
            _absent += 1

        if "pagination" in src_dict:
            pagination = src_dict["pagination"]
            try:
                pagination = _Pagination_from_dict(pagination)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "pagination")
                raise
        else:
            pagination = UNSET
            _absent += 1

        if "error" in src_dict:
            error = src_dict["error"]
            try:
                error = _ErrorDetail_from_dict(error)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "error")
                raise
        else:
            error = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.data = data
        _instance.success = success
        _instance.pagination = pagination
        _instance.error = error
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


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
from ..models.template import Template  # noqa: E402

TemplatesResponse.__tolerant__ = _tolerant.TolerantModel(
    TemplatesResponse,
    (
        _tolerant.Field("data", "data", _tolerant.array(_tolerant.model(Template)), required=True),
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("pagination", "pagination", _tolerant.model(Pagination), required=False),
        _tolerant.Field("error", "error", _tolerant.model(ErrorDetail), required=False),
    ),
    additional=None,
)

_ErrorDetail_from_dict = ErrorDetail.from_dict
_Pagination_from_dict = Pagination.from_dict
_Template_from_dict = Template.from_dict
