from enum import StrEnum


class DndStatus(StrEnum):
    """State of a do-not-disturb setting for one channel.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    ACTIVE = "active"
    INACTIVE = "inactive"
    PERMANENT = "permanent"
