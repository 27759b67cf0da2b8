from enum import StrEnum


class TokenUserType(StrEnum):
    """Whether the token acts for a company (agency) or for a location (sub-account).

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    COMPANY = "Company"
    LOCATION = "Location"
