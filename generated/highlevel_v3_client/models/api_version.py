from enum import StrEnum


class ApiVersion(StrEnum):
    """Value of the `Version` header of HighLevel's v3 descriptions.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    V3 = "v3"
