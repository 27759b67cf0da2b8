"""A contact sync against the local sandbox: what the clients do, on a server that keeps state.

``make demo`` starts the sandbox on 127.0.0.1 and runs this with ``SAKARI_*`` and ``HIGHLEVEL_*``
pointing at it. Against the real services, set those variables to real credentials instead.
"""

from __future__ import annotations

from highlevel_client import HighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_v3_client import HighLevelV3
from sakari_client import Sakari
from sakari_client.models import ContactAttributes, Mobile

PEOPLE = [
    ("Chris", "Bloggs", "+1 555 010 0001", "chris@example.com"),
    ("Christine", "Lee", "+1 555 010 0002", "christine@example.com"),
    ("Ann", "Smith", "+44 20 7946 0000", "ann@example.com"),
]


def sakari_demo() -> None:
    # SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, SAKARI_ACCOUNT_ID, SAKARI_BASE_URL from the environment;
    # strict: an answer off the spec fails the run
    with Sakari(strict_response_validation=True) as sakari:
        for first, last, number, email in PEOPLE:
            created = sakari.contacts.create(
                first_name=first, last_name=last, email=email, mobile=Mobile(number=number)
            )
            print(
                f"sakari    created   {created.data[0].first_name} {created.data[0].last_name} ({created.data[0].id})"
            )

        merged = sakari.contacts.create(
            first_name="Christopher", mobile=Mobile(number="15550100001"), merge_strategy="core"
        )
        print(f"sakari    merged    same mobile, mergeStrategy=core -> first name now {merged.data[0].first_name}")

        page = sakari.contacts.list(first_name="chris", limit=1)
        print(
            f"sakari    list      first_name~'chris', limit 1: {page.response.pagination.total_count} match, "
            f"first page {[contact.first_name for contact in page.data]}, all pages {[c.first_name for c in page]}"
        )

        contact_id = str(page.data[0].id)
        updated = sakari.contacts.update(contact_id, last_name="Thomson").data
        # Sakari marks no answer field required: an absent one is UNSET, which is falsy.
        if updated:
            print(f"sakari    update    {updated.first_name} {updated.last_name}")

        attributes = sakari.attributes.create(
            "contacts", attributes=ContactAttributes.from_dict({"favouriteColour": "blue"})
        )
        names = [attribute.name for attribute in sakari.attributes.list("contacts").data or []]
        print(f"sakari    attribute created {attributes.data.amount if attributes.data else 0}: {names}")


def highlevel_demo() -> None:
    # HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID, HIGHLEVEL_BASE_URL from the environment;
    # strict: an answer off the spec fails the run
    with HighLevel(strict_response_validation=True) as highlevel:
        contact = highlevel.contacts.create(first_name="Rosan", last_name="Deo", email="rosan@deos.com").contact
        if not contact:  # no source promises the `contact` of an answer
            raise SystemExit("highlevel create answered without a contact")
        print(f"highlevel created   {contact.first_name} {contact.last_name} ({contact.id})")
        try:
            highlevel.contacts.create(first_name="Rosie", email="ROSAN@deos.com")
        except highlevel_errors.BadRequestError as error:
            meta = (
                error.body.additional_properties.get("meta") if hasattr(error.body, "additional_properties") else None
            )
            print(f"highlevel duplicate {error.message} (the existing contact is {meta and meta['contactId']})")
        upserted = highlevel.contacts.upsert(email="rosan@deos.com", city="Dolomite")
        print(f"highlevel upsert    new={upserted.new}, city {upserted.contact.city if upserted.contact else None}")


def highlevel_v3_demo() -> None:
    # The same contact through HighLevel's API v3 (`Version: v3`): v3's models, v3's spelling.
    with HighLevelV3(strict_response_validation=True) as highlevel:
        found = next(iter(highlevel.contacts.search(query="rosan")))
        updated = highlevel.contacts.update(found.id, dnd_settings={"sms": {"status": "active", "message": "STOP"}})
        settings = updated.contact.dnd_settings if updated.contact else None
        sms = settings.sms.status if settings and settings.sms else None
        print(f"highlevel v3 update succeeded={updated.succeeded}, sms {sms}")
        removed = highlevel.campaigns.remove_all(found.id)
        print(f"highlevel v3 campaigns removed: succeeded={removed.succeeded}")


if __name__ == "__main__":
    sakari_demo()
    highlevel_demo()
    highlevel_v3_demo()
