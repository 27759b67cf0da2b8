from enum import StrEnum


class AttributeType(StrEnum):
    """Kind of record a custom attribute extends.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    CONTACTS = "contacts"
    DEALS = "deals"
    TICKETS = "tickets"
