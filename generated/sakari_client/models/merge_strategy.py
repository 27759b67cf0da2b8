from enum import StrEnum


class MergeStrategy(StrEnum):
    """How a created contact is merged into existing contacts with the same mobile number.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    APPEND = "append"
    CORE = "core"
    REMOVE = "remove"
