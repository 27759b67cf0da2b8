from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DndSettings")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class DndSettings(AdditionalProperties[Any]):
    """Do-not-disturb settings, one per channel.

    Example:
        {'Call': {'status': 'active', 'message': 'Call opted out', 'code': 'CALL-1'}, 'Email': {'status': 'inactive',
            'message': '', 'code': ''}, 'SMS': {'status': 'permanent', 'message': 'STOP received', 'code': 'SMS-2'},
            'WhatsApp': {'status': 'inactive', 'message': '', 'code': ''}, 'GMB': {'status': 'inactive', 'message': '',
            'code': ''}, 'FB': {'status': 'active', 'message': 'Blocked on Messenger', 'code': 'FB-1'}}

    Attributes:
        call (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
        email (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
        sms (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
        whats_app (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active',
            'message': 'Call opted out', 'code': 'CALL-1'}.
        gmb (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
        fb (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
    """

    call: DndSetting | Unset = UNSET
    email: DndSetting | Unset = UNSET
    sms: DndSetting | Unset = UNSET
    whats_app: DndSetting | Unset = UNSET
    gmb: DndSetting | Unset = UNSET
    fb: DndSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.call is not UNSET:
            field_dict["Call"] = self.call.to_dict() if isinstance(self.call, DndSetting) else self.call
        if self.email is not UNSET:
            field_dict["Email"] = self.email.to_dict() if isinstance(self.email, DndSetting) else self.email
        if self.sms is not UNSET:
            field_dict["SMS"] = self.sms.to_dict() if isinstance(self.sms, DndSetting) else self.sms
        if self.whats_app is not UNSET:
            field_dict["WhatsApp"] = (
                self.whats_app.to_dict() if isinstance(self.whats_app, DndSetting) else self.whats_app
            )
        if self.gmb is not UNSET:
            field_dict["GMB"] = self.gmb.to_dict() if isinstance(self.gmb, DndSetting) else self.gmb
        if self.fb is not UNSET:
            field_dict["FB"] = self.fb.to_dict() if isinstance(self.fb, DndSetting) else self.fb
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
        if (call := src_dict.get("Call", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                call = _DndSetting_from_dict(call)
            except DecodeError as _decode_error:
                raise _decode_error.within("Call") from None
        if (email := src_dict.get("Email", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                email = _DndSetting_from_dict(email)
            except DecodeError as _decode_error:
                raise _decode_error.within("Email") from None
        if (sms := src_dict.get("SMS", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                sms = _DndSetting_from_dict(sms)
            except DecodeError as _decode_error:
                raise _decode_error.within("SMS") from None
        if (whats_app := src_dict.get("WhatsApp", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                whats_app = _DndSetting_from_dict(whats_app)
            except DecodeError as _decode_error:
                raise _decode_error.within("WhatsApp") from None
        if (gmb := src_dict.get("GMB", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                gmb = _DndSetting_from_dict(gmb)
            except DecodeError as _decode_error:
                raise _decode_error.within("GMB") from None
        if (fb := src_dict.get("FB", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                fb = _DndSetting_from_dict(fb)
            except DecodeError as _decode_error:
                raise _decode_error.within("FB") from None
        _instance = _new(cls)
        _instance.call = call
        _instance.email = email
        _instance.sms = sms
        _instance.whats_app = whats_app
        _instance.gmb = gmb
        _instance.fb = fb
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 6:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.dnd_setting import DndSetting  # noqa: E402

DndSettings.__tolerant__ = _tolerant.TolerantModel(
    DndSettings,
    (
        _tolerant.Field("Call", "call", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("Email", "email", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("SMS", "sms", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("WhatsApp", "whats_app", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("GMB", "gmb", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("FB", "fb", _tolerant.model(DndSetting), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = DndSettings.__tolerant__.names
_DndSetting_from_dict = DndSetting.from_dict
