from enum import StrEnum


class SearchFilterGroup(StrEnum):
    """Makes this a group whose `filters` must all (`AND`) or any (`OR`) match.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    AND = "AND"
    OR = "OR"
