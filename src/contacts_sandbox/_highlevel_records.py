"""How the HighLevel sandbox writes and reads a contact record: its ids, its dates, its searchable text.

A leaf module: the service (``_highlevel``) and the handlers built on it (``_highlevel_crm``) both use
these, and neither has to import the other for them.
"""

from __future__ import annotations

import datetime
import secrets
import string
from typing import Any

TEXT_FIELDS = ("firstName", "lastName", "email", "phone", "companyName")
"""The fields a free-text ``query`` looks in, joined with spaces."""
_ID_ALPHABET = string.ascii_letters + string.digits


def new_id() -> str:
    """An id as HighLevel writes them: 20 letters and digits."""
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(20))


def millis(stamp: str) -> int:
    """An ISO 8601 date-time as milliseconds since the epoch, the unit HighLevel's cursors use."""
    return int(datetime.datetime.fromisoformat(stamp).timestamp() * 1000)


def haystack(contact: dict[str, Any]) -> str:
    return " ".join(str(contact.get(key) or "") for key in TEXT_FIELDS)


def text_matches(contact: dict[str, Any], text: str) -> bool:
    return text.lower() in haystack(contact).lower()
