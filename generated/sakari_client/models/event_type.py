from enum import StrEnum


class EventType(StrEnum):
    """The `type` of a delivered event, as Sakari's description names it (camelCase, unlike the
    hyphenated subscription names of `WebhookEventName`).

        A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
        tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    ACCOUNT = "account"
    MESSAGEINCOMING = "messageIncoming"
    MESSAGESTATUS = "messageStatus"
