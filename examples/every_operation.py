"""Every operation of the clients (Sakari, HighLevel 2021-07-28 and v3), against whatever servers the environment names.

``make prism-check`` (part of ``make test``) starts Prism mocks of ``spec/`` (and of the v3 spec generated
from it) on 127.0.0.1 and runs this with ``SAKARI_BASE_URL``, ``HIGHLEVEL_BASE_URL`` and
``HIGHLEVEL_V3_BASE_URL`` set to them: Prism checks every request
against the spec and answers with the spec's examples, which the clients must parse. ``make conformance``
runs it against the sandbox through Prism proxies of the services' own descriptions, so it works on
a real server too: every id it uses comes from an earlier answer.
"""

from __future__ import annotations

import os
import warnings

from highlevel_client import HighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_client.models import CreateCustomFieldRequestModel, CustomField, DndSetting, DndSettings, DndStatus
from highlevel_v3_client import HighLevelV3
from highlevel_v3_client import models as v3_models
from sakari_client import PaginationError, Sakari
from sakari_client.models import (
    CampaignTrigger,
    CampaignTriggerCode,
    ContactRequest,
    MessageFilters,
    Mobile,
    Tag,
    TemplateType,
)


def sakari_demo() -> None:
    # SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, SAKARI_ACCOUNT_ID, SAKARI_BASE_URL from the environment;
    # strict: an answer off the spec fails the run
    with Sakari(strict_response_validation=True) as sakari:
        created = sakari.contacts.create(
            first_name="Chris",
            last_name="Thomson",
            mobile=Mobile(number="+1234567890", country="US"),
            merge_strategy="append",
        )
        print(f"sakari   create     -> success={created.success}, {len(created.data)} contact(s) in the answer")
        contact_id = str(created.data[0].id)

        page = sakari.contacts.list(limit=2, first_name="Chr")
        contact = page.data[0]
        # The docs mark no contact field as required: an absent one is UNSET, which is falsy.
        number = contact.mobile.number if contact.mobile else "none"
        print(
            f"sakari   list       -> {len(page.data)} contact(s); first: {contact.first_name} {contact.last_name}, "
            f"mobile {number}, more pages: {page.has_next_page()}"
        )
        try:
            everyone = list(page)
        except PaginationError as error:  # a mock that answers every page with one example repeats itself
            print(f"sakari   list (all) -> the walk stopped instead of looping: {error}")
        else:
            print(f"sakari   list (all) -> {len(everyone)} contact(s) across every page")

        # Sakari marks no field of this answer required: an absent one is UNSET, which is falsy.
        updated = sakari.contacts.update(contact_id, first_name="Bob").data
        if updated:
            stamp = updated.updated.at if updated.updated else None
            print(f"sakari   update     -> {updated.first_name} {updated.last_name}, updated at {stamp}")

        attribute = sakari.attributes.create("contacts", first_name="Chris", email="chris@sakari.io")
        amounts = attribute.data.to_dict() if attribute.data else {}
        print(f"sakari   attribute  -> success={attribute.success}, data={amounts}")

        raw = sakari.contacts.with_raw_response.update(contact_id, last_name="Bloggs")
        print(f"sakari   raw        -> HTTP {raw.status_code}, content-type {raw.headers['content-type']}")

        fetched = sakari.contacts.get(contact_id).data
        if fetched:
            print(f"sakari   get        -> {fetched.id}: {fetched.first_name} {fetched.last_name}")

        deleted = sakari.contacts.delete(contact_id)
        print(f"sakari   delete     -> success={deleted.success}")

        attributes = sakari.attributes.list("contacts").data or []
        print(f"sakari   attributes -> {[attribute.name for attribute in attributes]}")

        # The mock answers a create with its first example; ask it for the import summary instead.
        importer = sakari.with_options(default_headers={"Prefer": "example=imported"})
        summary = importer.contacts.import_csv(b"firstName,lastName,mobile\nJoe,Bloggs,123-456-7890\n").data
        if summary:
            print(f"sakari   import_csv -> submitted {summary.submitted}, inserted {summary.inserted}")


def sakari_messaging_demo() -> None:
    with Sakari() as sakari:
        vip = Mobile(number="+1234567891", country="US")
        sakari.contacts.create(first_name="Vera", mobile=vip, tags=[Tag(tag="vip")], merge_strategy="append")
        sent = sakari.messages.send(
            contacts=[ContactRequest(mobile=Mobile(number="+1234567890", country="US"))],
            template="Congratulations! You just sent your first message",
        )
        queued = sent.data.queued if sent.data else None
        print(f"sakari   send       -> queued {queued}")
        filtered = sakari.messages.send(filters=MessageFilters(tags=["vip"]), template="Hi {{ firstName }}")
        print(
            f"sakari   send (tag) -> {len(filtered.data.messages) if filtered.data and filtered.data.messages else 0}"
        )
        messages = list(sakari.messages.list(limit=10))
        print(f"sakari   messages   -> {[message.status for message in messages]}")
        message_id = str(messages[0].id)
        message = sakari.messages.get(message_id).data
        print(f"sakari   message    -> {message.id if message else None}: {message.status if message else None}")

        created = sakari.templates.create(name="Test Template", type_=TemplateType.SMS, template="Hi {{ firstName }}")
        print(f"sakari   template + -> {[template.id for template in created.data]}")
        template_id = str(created.data[0].id)
        print(f"sakari   templates  -> {[template.name for template in sakari.templates.list(name='Test')]}")
        template = sakari.templates.get(template_id).data
        print(f"sakari   template   -> {template.name if template else None}")
        changed = sakari.templates.update(template_id, name="Renamed", template="Bye").data
        print(f"sakari   template ~ -> {changed.name if changed else None}")
        print(f"sakari   template - -> success={sakari.templates.delete(template_id).success}")

        campaign = sakari.campaigns.create(
            name="Marketing Campaign", trigger=CampaignTrigger(code=CampaignTriggerCode.M), template="Hi"
        ).data
        campaign_id = str(campaign.id if campaign else None)
        print(f"sakari   campaign + -> {campaign_id}")
        print(f"sakari   campaigns  -> {[item.id for item in sakari.campaigns.list(name='Marketing')]}")
        fetched = sakari.campaigns.get(campaign_id).data
        print(f"sakari   campaign   -> {fetched.name if fetched else None}")
        updated = sakari.campaigns.update(campaign_id, name="Renamed").data
        print(f"sakari   campaign ~ -> {updated.id if updated else None}")
        print(f"sakari   campaign - -> success={sakari.campaigns.delete(campaign_id).success}")

        conversations = list(sakari.conversations.list(limit=5))
        print(f"sakari   convs      -> {[conversation.id for conversation in conversations]}")
        conversation_id = str(conversations[0].id)
        conversation = sakari.conversations.get(conversation_id).data
        print(f"sakari   conv       -> closed={conversation.closed if conversation else None}")
        closed = sakari.conversations.close(conversation_id).data
        print(f"sakari   conv close -> closed={closed.closed if closed else None}")

        hook = sakari.webhooks.subscribe(url="https://myserver.com/send/callback/here", event_types=["message-status"])
        print(f"sakari   subscribe  -> {hook.data.url if hook.data else None}")
        hooks = sakari.webhooks.list().data
        print(f"sakari   webhooks   -> {[item.url for item in hooks] if hooks else []}")

        raw = sakari.messages.with_raw_response.get(message_id)
        print(f"sakari   raw msg    -> HTTP {raw.status_code}")

        shared = sakari.files.share(b"hello").data
        print(f"sakari   share file -> {shared.link if shared else None}")
        # The URL is one path segment: every character of it is percent-encoded.
        sakari.webhooks.unsubscribe("https://myserver.com/send/callback/here")
        print("sakari   unsubscribe-> done (204)")


def highlevel_demo() -> None:
    # HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID, HIGHLEVEL_BASE_URL from the environment;
    # strict: an answer off the spec fails the run
    with HighLevel(strict_response_validation=True) as highlevel:
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
        contact_id = str(contact.id)

        fetched = highlevel.contacts.get(contact_id).contact
        if not fetched:
            raise SystemExit("highlevel get answered without a contact")
        print(f"highlevel get       -> {fetched.id}: {fetched.first_name} {fetched.last_name}")

        updated = highlevel.contacts.update(contact_id, tags=["vip"], email=None)
        print(f"highlevel update    -> succeeded={updated.succeeded}")

        upserted = highlevel.contacts.upsert(email="rosan@deos.com", first_name="Rosan")
        print(f"highlevel upsert    -> new={upserted.new}, trace {upserted.trace_id}")

        tags = highlevel.tags.add(contact_id, tags=["demo"]).tags
        remaining = highlevel.tags.remove(contact_id, tags=["demo"]).tags
        print(f"highlevel tags      -> after add {tags}, after remove {remaining}")

        found = highlevel.contacts.search(query="deo", page_limit=20)
        print(f"highlevel search    -> {[searched.id for searched in found]} of {found.response.total}")

        duplicate = highlevel.contacts.find_duplicate(email="rosan@deos.com").contact
        print(f"highlevel duplicate -> {duplicate.id if duplicate else None}")

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # HighLevel has deprecated listContacts
            try:
                listed = list(highlevel.contacts.list(limit=20))
            except PaginationError as error:
                print(f"highlevel list      -> the walk stopped instead of looping: {error}")
            else:
                print(f"highlevel list      -> {len(listed)} contact(s)")

        highlevel_around_a_contact(highlevel, contact_id)
        highlevel_location_definitions(highlevel)

        deleted = highlevel.contacts.delete(contact_id)
        print(f"highlevel delete    -> succeeded={deleted.succeeded}")

    # Ask the mock for the documented 422 answer to show the typed error.
    with HighLevel(default_headers={"Prefer": "code=422"}) as failing:
        try:
            failing.contacts.create(first_name="Rosan")
        except highlevel_errors.UnprocessableEntityError as error:
            print(f"highlevel error     -> {type(error).__name__}: {error.message}")


def highlevel_v3_demo() -> None:
    # The same service at `Version: v3`: HIGHLEVEL_V3_BASE_URL where v3 is checked apart from 2021-07-28
    # (Prism's mock and proxy of each version's own description), else HIGHLEVEL_BASE_URL
    base_url = os.environ.get("HIGHLEVEL_V3_BASE_URL")
    with HighLevelV3(base_url=base_url, strict_response_validation=True) as highlevel:
        answer = highlevel.contacts.create(
            first_name="Rosan",
            last_name="Deo",
            email="rosan.v3@deos.com",
            tags=["demo"],
            dnd_settings=v3_models.DndSettings(sms=v3_models.DndSetting(status=v3_models.DndStatus.ACTIVE)),
        )
        contact = answer.contact
        if not contact:
            raise SystemExit("highlevel v3 create answered without a contact")
        contact_id = str(contact.id)
        print(f"highlevel v3 create -> {contact.id}: {contact.first_name} {contact.last_name}")

        fetched = highlevel.contacts.get(contact_id).contact
        print(f"highlevel v3 get    -> {fetched.id if fetched else None}")
        updated = highlevel.contacts.update(contact_id, tags=["vip"])
        print(f"highlevel v3 update -> succeeded={updated.succeeded}")
        upserted = highlevel.contacts.upsert(email="rosan.v3@deos.com", first_name="Rosan")
        print(f"highlevel v3 upsert -> new={upserted.new}")
        tags = highlevel.tags.add(contact_id, tags=["demo"]).tags
        remaining = highlevel.tags.remove(contact_id, tags=["demo"]).tags
        print(f"highlevel v3 tags   -> after add {tags}, after remove {remaining}")
        found = highlevel.contacts.search(query="deo", page_limit=20)
        print(f"highlevel v3 search -> {[searched.id for searched in found]} of {found.response.total}")
        duplicate = highlevel.contacts.find_duplicate(email="rosan.v3@deos.com").contact
        print(f"highlevel v3 dup    -> {duplicate.id if duplicate else None}")

        # v3 has no contacts.list; everything else is the same calls as 2021-07-28's
        highlevel_around_a_contact(highlevel, contact_id)
        highlevel_location_definitions(highlevel)

        deleted = highlevel.contacts.delete(contact_id)
        print(f"highlevel v3 delete -> succeeded={deleted.succeeded}")


def highlevel_around_a_contact(highlevel: HighLevel | HighLevelV3, contact_id: str) -> None:
    """Notes, tasks, appointments, followers, campaigns, workflows, bulk tags and businesses."""
    note = highlevel.notes.create(contact_id, body_text="Called back", pinned=True).note
    assert note and note.id
    highlevel.notes.update(contact_id, note.id, body_text="Sent the quote")
    notes = highlevel.notes.list(contact_id).notes or []
    fetched_note = highlevel.notes.get(contact_id, note.id).note
    note_id = fetched_note.id if fetched_note else None
    removed_note = highlevel.notes.delete(contact_id, note.id).succeeded
    print(f"highlevel notes     -> {len(notes)} note(s); got {note_id}; deleted={removed_note}")

    task = highlevel.tasks.create(
        contact_id, title="Send the quote", due_date="2030-01-01T09:00:00Z", completed=False
    ).task
    assert task and task.id
    highlevel.tasks.update(contact_id, task.id, due_date="2030-01-02T09:00:00Z")
    done = highlevel.tasks.complete(contact_id, task.id, completed=True).task
    completed = done.completed if done else None
    tasks = highlevel.tasks.list(contact_id).tasks or []
    fetched_task = highlevel.tasks.get(contact_id, task.id).task
    task_id = fetched_task.id if fetched_task else None
    removed_task = highlevel.tasks.delete(contact_id, task.id).succeeded
    print(f"highlevel tasks     -> {len(tasks)} task(s); {task_id} completed={completed}; deleted={removed_task}")

    events = highlevel.appointments.list(contact_id).events or []
    print(f"highlevel appts     -> {[event.title for event in events]}")

    followed = highlevel.followers.add(contact_id, followers=["sx6wyHhbFdRXh302Lunr"])
    unfollowed = highlevel.followers.remove(contact_id, followers=["sx6wyHhbFdRXh302Lunr"])
    print(f"highlevel followers -> added {followed.followers_added}, removed {unfollowed.followers_removed}")

    joined = highlevel.campaigns.add(contact_id, "Y2I9XM7aO1hncuSOlc9L").succeeded
    left = highlevel.campaigns.remove(contact_id, "Y2I9XM7aO1hncuSOlc9L").succeeded
    left_all = highlevel.campaigns.remove_all(contact_id).succeeded
    print(f"highlevel campaigns -> add={joined}, remove={left}, remove_all={left_all}")

    enrolled = highlevel.workflows.add(contact_id, "wf-1", event_start_time="2030-06-23T03:30:00+01:00")
    unenrolled = highlevel.workflows.remove(contact_id, "wf-1")
    print(f"highlevel workflows -> add={enrolled.succeeded}, remove={unenrolled.succeeded}")

    bulk = highlevel.tags.bulk_update("add", contacts=[contact_id], tags=["vip"])
    print(f"highlevel bulk tags -> succeeded={bulk.succeeded}, {bulk.error_count} error(s)")

    assigned = highlevel.businesses.assign(ids=[contact_id], business_id="63b7ec34ea409a9a8bd2a4ff")
    members = highlevel.businesses.list_contacts("63b7ec34ea409a9a8bd2a4ff", limit=10).data  # the first page
    print(f"highlevel business  -> assigned {assigned.ids}; members {[member.id for member in members]}")


def highlevel_location_definitions(highlevel: HighLevel | HighLevelV3) -> None:
    """The location's custom fields, tags and custom values: list, create, get, update, delete each."""
    field: CustomField | v3_models.CustomField
    if isinstance(highlevel, HighLevelV3):  # each version's models are its own
        model = v3_models.CreateCustomFieldRequestModel.CONTACT
        field = highlevel.custom_fields.create(name="Pincode", data_type="TEXT", model=model).custom_field
    else:
        field = highlevel.custom_fields.create(
            name="Pincode", data_type="TEXT", model=CreateCustomFieldRequestModel.CONTACT
        ).custom_field
    highlevel.custom_fields.update(field.id, name="Postal code")
    fields = highlevel.custom_fields.list(model="contact").custom_fields or []
    fetched_field = highlevel.custom_fields.get(field.id).custom_field
    removed_field = highlevel.custom_fields.delete(field.id).succeeded
    print(f"highlevel fields    -> {len(fields)} field(s); got {fetched_field.field_key}; deleted={removed_field}")

    tag = highlevel.location_tags.create(name="customer").tag
    highlevel.location_tags.update(tag.id, name="client")
    tags = highlevel.location_tags.list().tags or []
    fetched_tag = highlevel.location_tags.get(tag.id).tag
    removed_tag = highlevel.location_tags.delete(tag.id).succeeded
    print(f"highlevel loc tags  -> {len(tags)} tag(s); got {fetched_tag.name}; deleted={removed_tag}")

    value = highlevel.custom_values.create(name="Support phone", value="+1 555 0100").custom_value
    highlevel.custom_values.update(value.id, name="Support phone", value="+1 555 0199")
    values = highlevel.custom_values.list().custom_values or []
    fetched_value = highlevel.custom_values.get(value.id).custom_value
    removed_value = highlevel.custom_values.delete(value.id).succeeded
    print(f"highlevel values    -> {len(values)} value(s); got {fetched_value.name}; deleted={removed_value}")


if __name__ == "__main__":
    for variable in ("SAKARI_BASE_URL", "HIGHLEVEL_BASE_URL"):
        print(f"{variable}={os.environ.get(variable, '(the real service)')}")
    sakari_demo()
    sakari_messaging_demo()
    highlevel_demo()
    highlevel_v3_demo()
