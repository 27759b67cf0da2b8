from enum import StrEnum


class CampaignTriggerCode(StrEnum):
    """How a campaign finds its contacts and what starts it: `M` manual, `S` scheduled, `FU` a
    file upload.

        A value the spec does not list is not a member: an answer carrying one fails strict parsing, and
        tolerant parsing (the clients' default) keeps it as the string received and records the drift.
    """

    FU = "FU"
    M = "M"
    S = "S"
