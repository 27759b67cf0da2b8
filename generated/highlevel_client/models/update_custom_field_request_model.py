from enum import StrEnum


class UpdateCustomFieldRequestModel(StrEnum):
    """Values of UpdateCustomFieldRequestModel

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    CONTACT = "contact"
    OPPORTUNITY = "opportunity"
