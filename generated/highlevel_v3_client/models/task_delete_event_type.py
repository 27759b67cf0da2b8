from enum import StrEnum


class TaskDeleteEventType(StrEnum):
    """The event type.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    TASKDELETE = "TaskDelete"
