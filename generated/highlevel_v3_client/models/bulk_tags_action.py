from enum import StrEnum


class BulkTagsAction(StrEnum):
    """Whether a bulk tag update adds or removes its tags.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    ADD = "add"
    REMOVE = "remove"
