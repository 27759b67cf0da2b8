"""Every operation of both clients, against whatever servers the environment points them at.

``make prism-check`` (part of ``make test``) starts Prism mocks of ``spec/`` on 127.0.0.1 and runs
this with ``SAKARI_BASE_URL`` and ``HIGHLEVEL_BASE_URL`` set to them: Prism checks every request
against the spec and answers with the spec's examples, which the clients must parse.
"""

from __future__ import annotations

import os
import warnings

from highlevel_client import HighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_client.models import DndSetting, DndSettings, DndStatus
from sakari_client import Sakari
from sakari_client.models import Mobile


def sakari_demo() -> None:
    with Sakari() as sakari:  # SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, SAKARI_ACCOUNT_ID, SAKARI_BASE_URL
        page = sakari.contacts.list(limit=2, first_name="Chr")
        contact = page.data[0]
        # The docs mark no contact field as required: an absent one is UNSET, which is falsy.
        number = contact.mobile.number if contact.mobile else "none"
        print(
            f"sakari   list       -> {len(page.data)} contact(s); first: {contact.first_name} {contact.last_name}, "
            f"mobile {number}, more pages: {page.has_next_page()}"
        )
        everyone = list(page)
        print(f"sakari   list (all) -> {len(everyone)} contact(s) across every page")

        created = sakari.contacts.create(
            first_name="Chris",
            last_name="Thomson",
            mobile=Mobile(number="+1234567890", country="US"),
            merge_strategy="append",
        )
        print(f"sakari   create     -> success={created.success}, {len(created.data)} contact(s) in the answer")

        updated = sakari.contacts.update("contact-1", first_name="Bob").data
        stamp = updated.updated.at if updated.updated else None
        print(f"sakari   update     -> {updated.first_name} {updated.last_name}, updated at {stamp}")

        attribute = sakari.attributes.create("contacts", first_name="Chris", email="chris@sakari.io")
        amounts = attribute.data.to_dict() if attribute.data else {}
        print(f"sakari   attribute  -> success={attribute.success}, data={amounts}")

        raw = sakari.contacts.with_raw_response.update("contact-1", last_name="Bloggs")
        print(f"sakari   raw        -> HTTP {raw.status_code}, content-type {raw.headers['content-type']}")

        fetched = sakari.contacts.get("contact-1").data
        print(f"sakari   get        -> {fetched.id}: {fetched.first_name} {fetched.last_name}")

        deleted = sakari.contacts.delete("contact-1")
        print(f"sakari   delete     -> success={deleted.success}")

        attributes = sakari.attributes.list("contacts").data
        print(f"sakari   attributes -> {[attribute.name for attribute in attributes]}")

        # The mock answers a create with its first example; ask it for the import summary instead.
        importer = sakari.with_options(default_headers={"Prefer": "example=imported"})
        summary = importer.contacts.import_csv(b"firstName,lastName,mobile\nJoe,Bloggs,123-456-7890\n").data
        print(f"sakari   import_csv -> submitted {summary.submitted}, inserted {summary.inserted}")


def highlevel_demo() -> None:
    with HighLevel() as highlevel:  # HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID, HIGHLEVEL_BASE_URL
        answer = highlevel.contacts.create(
            first_name="Rosan",
            last_name="Deo",
            email="rosan@deos.com",
            tags=["demo"],
            dnd_settings=DndSettings(sms=DndSetting(status=DndStatus.ACTIVE)),
        )
        contact = answer.contact
        if not contact:  # no source promises the `contact` of an answer
            raise SystemExit("highlevel create answered without a contact")
        sms = contact.dnd_settings.sms.status if contact.dnd_settings and contact.dnd_settings.sms else None
        print(
            f"highlevel create    -> {contact.id}: {contact.first_name} {contact.last_name}, SMS do-not-disturb {sms}"
        )

        fetched = highlevel.contacts.get("seD4PfOuKoVMLkEZqohJ").contact
        if not fetched:
            raise SystemExit("highlevel get answered without a contact")
        print(f"highlevel get       -> {fetched.id}: {fetched.first_name} {fetched.last_name}")

        updated = highlevel.contacts.update("seD4PfOuKoVMLkEZqohJ", tags=["vip"], email=None)
        print(f"highlevel update    -> succeeded={updated.succeeded}")

        upserted = highlevel.contacts.upsert(email="rosan@deos.com", first_name="Rosan")
        print(f"highlevel upsert    -> new={upserted.new}, trace {upserted.trace_id}")

        tags = highlevel.tags.add("seD4PfOuKoVMLkEZqohJ", tags=["demo"]).tags
        remaining = highlevel.tags.remove("seD4PfOuKoVMLkEZqohJ", tags=["demo"]).tags
        print(f"highlevel tags      -> after add {tags}, after remove {remaining}")

        found = highlevel.contacts.search(query="deo", page_limit=20)
        print(f"highlevel search    -> {[searched.id for searched in found]} of {found.response.total}")

        duplicate = highlevel.contacts.find_duplicate(email="rosan@deos.com").contact
        print(f"highlevel duplicate -> {duplicate.id if duplicate else None}")

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # HighLevel has deprecated listContacts
            listed = list(highlevel.contacts.list(limit=20))
        print(f"highlevel list      -> {len(listed)} contact(s)")

        deleted = highlevel.contacts.delete("seD4PfOuKoVMLkEZqohJ")
        print(f"highlevel delete    -> succeeded={deleted.succeeded}")

    # Ask the mock for the documented 422 answer to show the typed error.
    with HighLevel(default_headers={"Prefer": "code=422"}) as failing:
        try:
            failing.contacts.create(first_name="Rosan")
        except highlevel_errors.UnprocessableEntityError as error:
            print(f"highlevel error     -> {type(error).__name__}: {error.message}")


if __name__ == "__main__":
    for variable in ("SAKARI_BASE_URL", "HIGHLEVEL_BASE_URL"):
        print(f"{variable}={os.environ.get(variable, '(the real service)')}")
    sakari_demo()
    highlevel_demo()
