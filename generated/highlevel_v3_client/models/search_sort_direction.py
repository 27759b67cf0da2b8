from enum import StrEnum


class SearchSortDirection(StrEnum):
    """Values of SearchSortDirection

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    ASC = "asc"
    DESC = "desc"
