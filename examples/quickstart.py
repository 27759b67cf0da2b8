"""The first thing to run after ``pip install contacts-sdk``: one contact created, found and read back on each service.

Credentials come from the environment: ``SAKARI_CLIENT_ID``, ``SAKARI_CLIENT_SECRET``, ``SAKARI_ACCOUNT_ID``
and ``HIGHLEVEL_TOKEN``, ``HIGHLEVEL_LOCATION_ID`` (and ``SAKARI_BASE_URL``/``HIGHLEVEL_BASE_URL`` to aim at
the local sandbox, ``contacts-sandbox``, which ``pip install "contacts-sdk[sandbox]"`` adds). CI runs it
from the built wheel in a fresh virtual environment (``make wheel-smoke``). Exits non-zero, saying what
differed, when a step does not give what it should.
"""

from __future__ import annotations

import sys
import uuid

from highlevel_client import HighLevel
from sakari_client import Sakari
from sakari_client.models import Mobile


def sakari_quickstart(name: str, number: str) -> str:
    with Sakari() as sakari:
        # Sakari merges a contact into the one with the same mobile number: a new number, a new contact.
        created = sakari.contacts.create(first_name=name, mobile=Mobile(number=number, country="US"))
        contact_id = str(created.data[0].id)
        found = [contact.id for contact in sakari.contacts.list(first_name=name)]  # every page, lazily
        fetched = sakari.contacts.get(contact_id).data
        if found != [contact_id] or not fetched or fetched.first_name != name:
            raise SystemExit(f"quickstart: Sakari found {found} and read back {fetched}, not {contact_id}")
        return contact_id


def highlevel_quickstart(name: str) -> str:
    with HighLevel() as highlevel:
        email = f"{name}@example.com"
        # upsert: a second run updates the contact with this e-mail instead of meeting the duplicate rule
        upserted = highlevel.contacts.upsert(first_name=name, email=email).contact
        contact_id = str(upserted.id) if upserted else ""
        found = [contact.id for contact in highlevel.contacts.search(query=email)]
        detail = highlevel.contacts.get(contact_id).contact if contact_id else None
        if found != [contact_id] or not detail or detail.email != email:
            raise SystemExit(f"quickstart: HighLevel found {found} and read back {detail}, not {contact_id}")
        return contact_id


def main() -> int:
    run = uuid.uuid4()
    name = f"quickstart{run.hex[:8]}"
    number = f"+1 555 01{run.int % 100_000:05d}"
    print(f"sakari     created, listed and read back {sakari_quickstart(name, number)}")
    print(f"highlevel  upserted, searched and read back {highlevel_quickstart(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
