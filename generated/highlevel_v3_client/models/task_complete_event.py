from __future__ import annotations

from attrs import define as _attrs_define
from contacts_runtime import _drift as _tolerant

from ..models.task_complete_event_type import TaskCompleteEventType
from ..models.webhook_task import WebhookTask
from ..types import UNSET, Unset


@_attrs_define
class TaskCompleteEvent(WebhookTask):
    """Webhook event `TaskComplete`, sent when a task of a contact was completed.

    Example:
        {'type': 'TaskComplete', 'timestamp': '2025-01-28T14:35:00Z', 'webhookId':
            '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', 'locationId': 've9EPM428h8vShlRW1KT', 'id': 'UlRWGLSXh0ji5qbiGu4i',
            'assignedTo': '63e4qiWDsFJjOYAC8phG', 'body': 'Send the quote', 'contactId': 'CWBf1PR9LvvBkcYqiXlc', 'title':
            'Quote', 'dateAdded': '2021-11-26T12:41:02.193Z', 'dueDate': '2021-11-28T12:00:00.000Z'}

    The fields of ``WebhookTask``, and those below.

    Attributes:
        type_ (TaskCompleteEventType | Unset): The event type.
    """

    type_: TaskCompleteEventType | Unset = UNSET


TaskCompleteEvent.__tolerant__ = _tolerant.TolerantModel(
    TaskCompleteEvent,
    (
        *WebhookTask.__tolerant__.fields,
        _tolerant.Field("type", "type_", _tolerant.enum(TaskCompleteEventType), required=False),
    ),
    additional=None,
)
