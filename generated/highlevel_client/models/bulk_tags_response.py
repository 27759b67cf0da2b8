from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkTagsResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class BulkTagsResponse(AdditionalProperties[Any]):
    """The result for each contact named, in order, and how many failed.

    Example:
        {'succeded': True, 'errorCount': 1, 'responses': [{'contactId': 'qFSqySFkVvNzOSqgGqFi', 'message': 'Tags
            updated', 'type': 'success', 'oldTags': [], 'tagsAdded': ['tag-1'], 'tagsRemoved': []}, {'contactId': 'abcdef',
            'message': 'contact id is not a valid firebase id', 'type': 'error'}]}

    Attributes:
        succeeded (bool): Whether the call as a whole went through (spelt `succeded` by the service).
        error_count (float): How many contacts could not be changed.
        responses (list[BulkTagsResult]):
    """

    succeeded: bool
    error_count: float
    responses: list[BulkTagsResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.succeeded, Unset):
            field_dict["succeded"] = self.succeeded
        if not isinstance(self.error_count, Unset):
            field_dict["errorCount"] = self.error_count
        if not isinstance(self.responses, Unset):
            field_dict["responses"] = (
                [item.to_dict() if isinstance(item, BulkTagsResult) else item for item in self.responses]
                if isinstance(self.responses, list)
                else self.responses
            )
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
        if (succeeded := src_dict.get("succeded", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "succeded")
        elif not (succeeded is True or succeeded is False):
            raise DecodeError("boolean", succeeded, "succeded")
        if (error_count := src_dict.get("errorCount", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "errorCount")
        elif not (isinstance(error_count, (int, float)) and not isinstance(error_count, bool)):
            raise DecodeError("number", error_count, "errorCount")
        if (responses := src_dict.get("responses", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "responses")
        elif responses.__class__ is not list and not isinstance(responses, list):
            raise DecodeError("array", responses, "responses")
        else:
            try:
                responses = [_BulkTagsResult_from_dict(item) for item in responses]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within(
                    "responses", _decode.first_failure(_BulkTagsResult_from_dict, responses)
                ) from None
        _instance = _new(cls)
        _instance.succeeded = succeeded
        _instance.error_count = error_count
        _instance.responses = responses
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.bulk_tags_result import BulkTagsResult  # noqa: E402

BulkTagsResponse.__tolerant__ = _tolerant.TolerantModel(
    BulkTagsResponse,
    (
        _tolerant.Field("succeded", "succeeded", _tolerant.boolean(), required=True),
        _tolerant.Field("errorCount", "error_count", _tolerant.number(), required=True),
        _tolerant.Field("responses", "responses", _tolerant.array(_tolerant.model(BulkTagsResult)), required=True),
    ),
    additional=None,
)
_FIELD_NAMES = BulkTagsResponse.__tolerant__.names
_BulkTagsResult_from_dict = BulkTagsResult.from_dict
