from enum import StrEnum
from typing import Any


class WebhookEventName(StrEnum):
    """An event a subscription asks for. These hyphenated names are the subscription's; the
    deliveries themselves name their type differently (`EventType`: `messageStatus`,
    `messageIncoming`, `account`). Sakari's description does not map one set to the other;
    `message-status` plausibly delivers `messageStatus` and `message-received` delivers
    `messageIncoming`, and the other five have no delivery schema at all.

        A value the spec does not list is kept rather than rejected, so that a server adding a new value
        does not break parsing: ``WebhookEventName("new")`` returns a member whose ``is_known`` is false.
    """

    CONTACT_CREATED = "contact-created"
    CONTACT_REMOVED = "contact-removed"
    CONTACT_UPDATED = "contact-updated"
    CONVERSATION_CLOSED = "conversation-closed"
    MESSAGE_RECEIVED = "message-received"
    MESSAGE_SENT = "message-sent"
    MESSAGE_STATUS = "message-status"

    @classmethod
    def _missing_(cls, value: Any) -> "WebhookEventName | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)
