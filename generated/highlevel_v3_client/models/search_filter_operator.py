from enum import StrEnum


class SearchFilterOperator(StrEnum):
    """How the field is tested.

    A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
    tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    CONTAINS = "contains"
    EQ = "eq"
    EXISTS = "exists"
    NOT_CONTAINS = "not_contains"
    NOT_EQ = "not_eq"
    NOT_EXISTS = "not_exists"
    RANGE = "range"
