from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class CustomFieldObjectValue(Model, AdditionalProperties[Any]):
    """An object value of a custom field: HighLevel's description types numeric and monetary
    values as objects, and a file field's value maps document ids to their metadata.

        Example:
            {'f31175d4-2b06-4fc6-b7bc-74cd814c68cb': {'meta': {'originalname': 'photo.jpg', 'mimetype': 'image/jpeg',
                'size': 1786611}, 'url': 'https://services.leadconnectorhq.com/documents/download/w2M9qTZ0ZJz8rGt02jdJ',
                'documentId': 'w2M9qTZ0ZJz8rGt02jdJ'}}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CustomFieldObjectValue.__tolerant__ = _tolerant.TolerantModel(
    CustomFieldObjectValue,
    (),
    additional=_tolerant.any_value(),
)
