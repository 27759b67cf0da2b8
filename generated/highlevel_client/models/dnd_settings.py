from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DndSettings")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "Call",
        "Email",
        "SMS",
        "WhatsApp",
        "GMB",
        "FB",
    }
)


@_attrs_define
class DndSettings:
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
        call: Any = self.call
        if isinstance(self.call, DndSetting):
            call = self.call.to_dict()

        email: Any = self.email
        if isinstance(self.email, DndSetting):
            email = self.email.to_dict()

        sms: Any = self.sms
        if isinstance(self.sms, DndSetting):
            sms = self.sms.to_dict()

        whats_app: Any = self.whats_app
        if isinstance(self.whats_app, DndSetting):
            whats_app = self.whats_app.to_dict()

        gmb: Any = self.gmb
        if isinstance(self.gmb, DndSetting):
            gmb = self.gmb.to_dict()

        fb: Any = self.fb
        if isinstance(self.fb, DndSetting):
            fb = self.fb.to_dict()

        field_dict: dict[str, Any] = {}
        if call is not UNSET:
            field_dict["Call"] = call
        if email is not UNSET:
            field_dict["Email"] = email
        if sms is not UNSET:
            field_dict["SMS"] = sms
        if whats_app is not UNSET:
            field_dict["WhatsApp"] = whats_app
        if gmb is not UNSET:
            field_dict["GMB"] = gmb
        if fb is not UNSET:
            field_dict["FB"] = fb
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
        if "Call" in src_dict:
            call = src_dict["Call"]
            try:
                call = _DndSetting_from_dict(call)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "Call")
                raise
        else:
            call = UNSET
            _absent += 1

        if "Email" in src_dict:
            email = src_dict["Email"]
            try:
                email = _DndSetting_from_dict(email)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "Email")
                raise
        else:
            email = UNSET
            _absent += 1

        if "SMS" in src_dict:
            sms = src_dict["SMS"]
            try:
                sms = _DndSetting_from_dict(sms)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "SMS")
                raise
        else:
            sms = UNSET
            _absent += 1

        if "WhatsApp" in src_dict:
            whats_app = src_dict["WhatsApp"]
            try:
                whats_app = _DndSetting_from_dict(whats_app)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "WhatsApp")
                raise
        else:
            whats_app = UNSET
            _absent += 1

        if "GMB" in src_dict:
            gmb = src_dict["GMB"]
            try:
                gmb = _DndSetting_from_dict(gmb)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "GMB")
                raise
        else:
            gmb = UNSET
            _absent += 1

        if "FB" in src_dict:
            fb = src_dict["FB"]
            try:
                fb = _DndSetting_from_dict(fb)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "FB")
                raise
        else:
            fb = UNSET
            _absent += 1

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

_DndSetting_from_dict = DndSetting.from_dict
