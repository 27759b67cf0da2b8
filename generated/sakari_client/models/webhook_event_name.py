from enum import StrEnum


class WebhookEventName(StrEnum):
    """An event a subscription asks for. These hyphenated names are the subscription's; the
    deliveries themselves name their type differently (`EventType`: `messageStatus`,
    `messageIncoming`, `account`). Sakari's description does not map one set to the other;
    `message-status` plausibly delivers `messageStatus` and `message-received` delivers
    `messageIncoming`, and the other five have no delivery schema at all.

        A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
        tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    CONTACT_CREATED = "contact-created"
    CONTACT_REMOVED = "contact-removed"
    CONTACT_UPDATED = "contact-updated"
    CONVERSATION_CLOSED = "conversation-closed"
    MESSAGE_RECEIVED = "message-received"
    MESSAGE_SENT = "message-sent"
    MESSAGE_STATUS = "message-status"
