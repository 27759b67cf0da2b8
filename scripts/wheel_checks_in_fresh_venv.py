"""What a user does first with the installed wheel: import both clients, create, list and get a contact on each.

``make wheel-smoke`` runs this in a fresh virtual environment holding only the wheel (no extras), with
``SAKARI_*`` and ``HIGHLEVEL_*`` pointing at a sandbox served from another environment. Exits non-zero,
saying what differed, when a step does not give what it should.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from typing import NoReturn

import highlevel_client
import sakari_client
from highlevel_client import HighLevel
from sakari_client import Sakari
from sakari_client.models import Mobile


def fail(what: str) -> NoReturn:
    raise SystemExit(f"wheel checks: {what}")


def installed_packages_are_used() -> None:
    """The packages come from the environment's site-packages, not from a source tree on the path."""
    for package in (sakari_client, highlevel_client):
        location = Path(package.__file__ or "")
        if "site-packages" not in location.parts:
            fail(f"{package.__name__} imported from {location}, not from the installed wheel")


def sakari_round_trip(run: str) -> None:
    with Sakari() as sakari:  # SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, SAKARI_ACCOUNT_ID, SAKARI_BASE_URL
        created = sakari.contacts.create(first_name=run, mobile=Mobile(number="+1 555 010 7788", country="US"))
        contact_id = created.data[0].id
        if not isinstance(contact_id, str):
            fail(f"Sakari create gave no contact id: {created.to_dict()}")
        listed = [contact.id for contact in sakari.contacts.list(first_name=run)]
        if listed != [contact_id]:
            fail(f"Sakari list by first name gave {listed}, not [{contact_id}]")
        fetched = sakari.contacts.get(contact_id).data
        if not fetched or fetched.first_name != run:
            fail(f"Sakari get gave {fetched.to_dict() if fetched else 'no contact'}, not first name {run!r}")
    print(f"sakari    created, listed and fetched {contact_id}")


def highlevel_round_trip(run: str) -> None:
    with HighLevel() as highlevel:  # HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID, HIGHLEVEL_BASE_URL
        email = f"{run}@example.com"
        created = highlevel.contacts.create(first_name=run, email=email).contact
        contact_id = created.id if created else None
        if not isinstance(contact_id, str):
            fail(f"HighLevel create gave no contact id: {created.to_dict() if created else created}")
        listed = [contact.id for contact in highlevel.contacts.search(query=email)]
        if listed != [contact_id]:
            fail(f"HighLevel search by e-mail gave {listed}, not [{contact_id}]")
        detail = highlevel.contacts.get(contact_id).contact
        if not detail or detail.email != email:
            fail(f"HighLevel get gave {detail.to_dict() if detail else 'no contact'}, not e-mail {email!r}")
    print(f"highlevel created, searched and fetched {contact_id}")


def main() -> int:
    installed_packages_are_used()
    run = f"smoke{uuid.uuid4().hex[:10]}"
    sakari_round_trip(run)
    highlevel_round_trip(run)
    print("wheel checks: both clients work from the installed wheel")
    return 0


if __name__ == "__main__":
    sys.exit(main())
