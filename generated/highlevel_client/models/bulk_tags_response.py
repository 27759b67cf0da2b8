from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import Unset

T = TypeVar("T", bound="BulkTagsResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "succeded",
        "errorCount",
        "responses",
    }
)


@_attrs_define
class BulkTagsResponse:
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
        succeeded = self.succeeded

        error_count = self.error_count

        responses: Any = self.responses
        if isinstance(self.responses, list):
            responses = []
            for responses_item_data in self.responses:
                responses_item: Any = responses_item_data
                if isinstance(responses_item_data, BulkTagsResult):
                    responses_item = responses_item_data.to_dict()

                responses.append(responses_item)

        field_dict: dict[str, Any] = {}
        if not isinstance(succeeded, Unset):
            field_dict["succeded"] = succeeded
        if not isinstance(error_count, Unset):
            field_dict["errorCount"] = error_count
        if not isinstance(responses, Unset):
            field_dict["responses"] = responses
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
            succeeded = src_dict["succeded"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "succeded") from None
        if not (succeeded is True or succeeded is False):
            raise DecodeError("boolean", succeeded, "succeded")

        try:
            error_count = src_dict["errorCount"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "errorCount") from None
        if not (isinstance(error_count, (int, float)) and not isinstance(error_count, bool)):
            raise DecodeError("number", error_count, "errorCount")

        try:
            responses = src_dict["responses"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "responses") from None
        if not isinstance(responses, list):
            raise DecodeError("array", responses, "responses")
        responses_decoded: list[Any] = []
        try:
            for responses_item in responses:
                responses_decoded.append(_BulkTagsResult_from_dict(responses_item))
        except DecodeError as _decode_error:
            _decode_error.path[0:0] = ("responses", len(responses_decoded))
            raise
        responses = responses_decoded

        _instance = _new(cls)
        _instance.succeeded = succeeded
        _instance.error_count = error_count
        _instance.responses = responses
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
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

_BulkTagsResult_from_dict = BulkTagsResult.from_dict
