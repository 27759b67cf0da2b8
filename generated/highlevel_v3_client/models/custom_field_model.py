from enum import StrEnum


class CustomFieldModel(StrEnum):
    """The object the field belongs to.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    CONTACT = "contact"
    OPPORTUNITY = "opportunity"
