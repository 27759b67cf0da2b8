from enum import StrEnum


class InboundDndStatus(StrEnum):
    """State of the inbound do-not-disturb setting.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    ACTIVE = "active"
    INACTIVE = "inactive"
