from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class TokenRequest(AdditionalProperties[Any]):
    """Client credentials exchanged for an access token.

    Example:
        {'grant_type': 'client_credentials', 'client_id': '00000000-0000-0000-0000-000000000000', 'client_secret':
            '00000000-0000-0000-0000-000000000000'}

    Attributes:
        grant_type (str): Always `client_credentials`.
        client_id (str):
        client_secret (str):
    """

    grant_type: str
    client_id: str
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.grant_type, Unset):
            field_dict["grant_type"] = self.grant_type
        if not isinstance(self.client_id, Unset):
            field_dict["client_id"] = self.client_id
        if not isinstance(self.client_secret, Unset):
            field_dict["client_secret"] = self.client_secret
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
        if (grant_type := src_dict.get("grant_type", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "grant_type")
        elif not (grant_type.__class__ is str or isinstance(grant_type, str)):
            raise DecodeError("string", grant_type, "grant_type")
        if (client_id := src_dict.get("client_id", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "client_id")
        elif not (client_id.__class__ is str or isinstance(client_id, str)):
            raise DecodeError("string", client_id, "client_id")
        if (client_secret := src_dict.get("client_secret", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "client_secret")
        elif not (client_secret.__class__ is str or isinstance(client_secret, str)):
            raise DecodeError("string", client_secret, "client_secret")
        _instance = _new(cls)
        _instance.grant_type = grant_type
        _instance.client_id = client_id
        _instance.client_secret = client_secret
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


TokenRequest.__tolerant__ = _tolerant.TolerantModel(
    TokenRequest,
    (
        _tolerant.Field("grant_type", "grant_type", _tolerant.string(), required=True),
        _tolerant.Field("client_id", "client_id", _tolerant.string(), required=True),
        _tolerant.Field("client_secret", "client_secret", _tolerant.string(), required=True),
    ),
    additional=None,
)
_FIELD_NAMES = TokenRequest.__tolerant__.names
