from enum import StrEnum


class ListCustomFieldsModel(StrEnum):
    """Values of ListCustomFieldsModel

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    ALL = "all"
    CONTACT = "contact"
    OPPORTUNITY = "opportunity"
