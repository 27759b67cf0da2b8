from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class BulkTagsResponse(Model, AdditionalProperties[Any]):
    """The result for each contact named, in order, and how many failed.

    Example:
        {'errorCount': 1, 'responses': [{'contactId': 'qFSqySFkVvNzOSqgGqFi', 'message': 'Tags updated', 'type':
            'success', 'oldTags': [], 'tagsAdded': ['tag-1'], 'tagsRemoved': []}, {'contactId': 'abcdef', 'message':
            'contact id is not a valid firebase id', 'type': 'error'}], 'succeeded': True, 'succeded': True}

    Attributes:
        error_count (float): How many contacts could not be changed.
        responses (list[BulkTagsResult]):
        succeeded (bool): Whether the call as a whole went through.
        succeded (bool): The old spelling of `succeeded`, deprecated by HighLevel.
    """

    error_count: float
    responses: list[BulkTagsResult]
    succeeded: bool
    succeded: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.bulk_tags_result import BulkTagsResult  # noqa: E402

BulkTagsResponse.__tolerant__ = _tolerant.TolerantModel(
    BulkTagsResponse,
    (
        _tolerant.Field("errorCount", "error_count", _tolerant.number(), required=True),
        _tolerant.Field("responses", "responses", _tolerant.array(_tolerant.model(BulkTagsResult)), required=True),
        _tolerant.Field("succeeded", "succeeded", _tolerant.boolean(), required=True),
        _tolerant.Field("succeded", "succeded", _tolerant.boolean(), required=True),
    ),
    additional=None,
)
