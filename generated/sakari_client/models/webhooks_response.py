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
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhooksResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class WebhooksResponse(AdditionalProperties[Any]):
    """The webhook subscriptions, in the paginated shape.

    Example:
        {'success': True, 'pagination': {'totalCount': 1, 'limit': 1, 'offset': 0, 'hasNext': False}, 'data': [{'url':
            'https://myserver.com/send/callback/here', 'eventTypes': ['message-received']}]}

    Attributes:
        success (bool | Unset):
        pagination (Pagination | Unset): Where a page sits in the whole result set. `totalCount` is absent from the list
            page's
            sample but present on the create page's and in Sakari's own description.
             Example: {'totalCount': 123, 'limit': 123, 'offset': 123, 'hasNext': True}.
        data (list[Webhook] | Unset):
        error (ErrorDetail | Unset): What went wrong with a request. Example: {'code': 'CONT-001', 'message': 'Invalid
            mobile number'}.
    """

    success: bool | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    data: list[Webhook] | Unset = UNSET
    error: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.success is not UNSET:
            field_dict["success"] = self.success
        if self.pagination is not UNSET:
            field_dict["pagination"] = (
                self.pagination.to_dict() if isinstance(self.pagination, Pagination) else self.pagination
            )
        if self.data is not UNSET:
            field_dict["data"] = (
                [item.to_dict() if isinstance(item, Webhook) else item for item in self.data]
                if isinstance(self.data, list)
                else self.data
            )
        if self.error is not UNSET:
            field_dict["error"] = self.error.to_dict() if isinstance(self.error, ErrorDetail) else self.error
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
        if (success := src_dict.get("success", UNSET)) is UNSET:
            _absent += 1
        elif not (success is True or success is False):
            raise DecodeError("boolean", success, "success")
        if (pagination := src_dict.get("pagination", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                pagination = _Pagination_from_dict(pagination)
            except DecodeError as _decode_error:
                raise _decode_error.within("pagination") from None
        if (data := src_dict.get("data", UNSET)) is UNSET:
            _absent += 1
        elif data.__class__ is not list and not isinstance(data, list):
            raise DecodeError("array", data, "data")
        else:
            try:
                data = [_Webhook_from_dict(item) for item in data]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("data", _decode.first_failure(_Webhook_from_dict, data)) from None
        if (error := src_dict.get("error", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                error = _ErrorDetail_from_dict(error)
            except DecodeError as _decode_error:
                raise _decode_error.within("error") from None
        _instance = _new(cls)
        _instance.success = success
        _instance.pagination = pagination
        _instance.data = data
        _instance.error = error
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
from ..models.webhook import Webhook  # noqa: E402

WebhooksResponse.__tolerant__ = _tolerant.TolerantModel(
    WebhooksResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("pagination", "pagination", _tolerant.model(Pagination), required=False),
        _tolerant.Field("data", "data", _tolerant.array(_tolerant.model(Webhook)), required=False),
        _tolerant.Field("error", "error", _tolerant.model(ErrorDetail), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = WebhooksResponse.__tolerant__.names
_ErrorDetail_from_dict = ErrorDetail.from_dict
_Pagination_from_dict = Pagination.from_dict
_Webhook_from_dict = Webhook.from_dict
