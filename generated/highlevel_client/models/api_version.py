from enum import StrEnum


class ApiVersion(StrEnum):
    """Value of the `Version` header. The documentation page allows `2021-04-15`; HighLevel's
    own OpenAPI description names `2021-07-28`.

        A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
        tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    V2021_04_15 = "2021-04-15"
    V2021_07_28 = "2021-07-28"
