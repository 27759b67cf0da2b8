"""HighLevel contacts into DuckDB with the dlt source: every contact once, then only what changed, per location."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from highlevel_client import HighLevel

from contacts_sandbox import Sandbox

from .conftest import columns, query

pytest.importorskip("dlt")

from contacts_warehouse import highlevel_source, load
from contacts_warehouse._pipeline import default_destination

DATABASE = "contacts.duckdb"


def _seed(client: HighLevel, location_id: str, count: int, prefix: str) -> list[str]:
    return [
        str(
            client.contacts.create(
                location_id=location_id, first_name=f"{prefix}{n}", email=f"{prefix}{n}@example.com"
            ).contact.id
        )
        for n in range(count)
    ]


def _load(clients: dict[str, HighLevel] | HighLevel, pipelines_dir: Path, **options: Any) -> Any:
    return load(
        highlevel_source(clients, **options),
        pipeline_name="contacts_highlevel",
        destination=default_destination(DATABASE),
        pipelines_dir=pipelines_dir,
    )


def test_first_load_holds_every_contact_once_and_the_second_only_what_changed(
    location_client: Callable[..., HighLevel], pipelines_dir: Path, offline_dlt: Path
) -> None:
    searches: list[dict[str, Any]] = []

    def record(request: httpx.Request) -> None:
        if request.url.path.endswith("/contacts/search"):
            searches.append(json.loads(request.content))

    client = location_client("loc-1", http_client=httpx.Client(event_hooks={"request": [record]}))
    ids = _seed(client, "loc-1", 12, "ann")
    first = _load(client, pipelines_dir, notes=False, tasks=False, page_limit=5)
    assert first.row_counts["contacts"] == 12
    database = offline_dlt / DATABASE
    rows = query(database, "select id, count(*) from highlevel.contacts group by id")
    assert sorted(row[0] for row in rows) == sorted(ids) and {row[1] for row in rows} == {1}

    assert all("filters" not in body or body["filters"] == [] for body in searches)
    newest = max(row[0] for row in query(database, "select date_updated from highlevel.contacts"))

    for contact_id in ids[:3]:
        client.contacts.update(contact_id, last_name="Changed")
    added = _seed(client, "loc-1", 2, "bob")
    searches.clear()
    second = _load(client, pipelines_dir, notes=False, tasks=False, page_limit=5)

    # The service was asked for what changed since the last run only (from the cursor, inclusive).
    sent = [body["filters"] for body in searches]
    assert sent and all(len(filters) == 1 for filters in sent)
    assert {filters[0]["field"] for filters in sent} == {"dateUpdated"}
    since = {filters[0]["value"]["gte"] for filters in sent}
    assert len(since) == 1 and datetime.fromisoformat(since.pop()) == newest

    assert second.row_counts["contacts"] == 5
    loaded = query(database, "select id, last_name from highlevel.contacts where _dlt_load_id = ?", second.load_id)
    assert sorted(row[0] for row in loaded) == sorted(ids[:3] + added)
    assert query(database, "select count(*), count(distinct id) from highlevel.contacts") == [(14, 14)]
    assert {row[1] for row in loaded if row[0] in ids[:3]} == {"Changed"}

    third = _load(client, pipelines_dir, notes=False, tasks=False)
    assert third.row_counts.get("contacts", 0) == 0


def _set_updated(sandbox: Sandbox, location_id: str, contact_id: str, when: str) -> None:
    """Give a stored contact a chosen ``dateUpdated`` (the sandbox writes the clock's; the test needs the past)."""
    service = sandbox.highlevel
    with service.lock:
        contact = service.locations[location_id][contact_id]
        contact["dateUpdated"] = when
        service.stored(contact)


def test_an_older_change_in_one_location_is_loaded_though_another_location_is_newer(
    location_client: Callable[..., HighLevel], contacts_sandbox: Sandbox, pipelines_dir: Path, offline_dlt: Path
) -> None:
    clients = {"loc-1": location_client("loc-1"), "loc-2": location_client("loc-2")}
    first_ids = _seed(clients["loc-1"], "loc-1", 3, "ann")
    second_ids = _seed(clients["loc-2"], "loc-2", 3, "bea")
    # Interleaved: loc-1's contacts changed in 2030, loc-2's in 2020; a cursor shared by the locations
    # would stand at 2030 after the first run and hide loc-2's next change, made "in 2025".
    for n, contact_id in enumerate(first_ids):
        _set_updated(contacts_sandbox, "loc-1", contact_id, f"2030-01-0{n + 1}T00:00:00.000Z")
    for n, contact_id in enumerate(second_ids):
        _set_updated(contacts_sandbox, "loc-2", contact_id, f"2020-01-0{n + 1}T00:00:00.000Z")
    first = _load(clients, pipelines_dir, notes=False, tasks=False)
    assert first.row_counts["contacts"] == 6

    clients["loc-2"].contacts.update(second_ids[0], last_name="Late")
    _set_updated(contacts_sandbox, "loc-2", second_ids[0], "2025-06-01T00:00:00.000Z")
    second = _load(clients, pipelines_dir, notes=False, tasks=False)

    assert second.row_counts["contacts"] == 1
    database = offline_dlt / DATABASE
    assert query(database, "select id, last_name from highlevel.contacts where _dlt_load_id = ?", second.load_id) == [
        (second_ids[0], "Late")
    ]
    assert query(database, "select location_id, count(*) from highlevel.contacts group by 1 order by 1") == [
        ("loc-1", 3),
        ("loc-2", 3),
    ]


def test_custom_fields_become_columns_named_by_key_and_unknown_ones_are_kept(
    location_client: Callable[..., HighLevel], pipelines_dir: Path, offline_dlt: Path
) -> None:
    from highlevel_client.models import CreateCustomFieldRequestModel

    client = location_client("loc-1")
    client.custom_fields.create(name="Favourite Colour", data_type="TEXT", model=CreateCustomFieldRequestModel.CONTACT)
    client.contacts.create(
        first_name="Cal",
        custom_fields=[
            {"key": "contact.favourite_colour", "field_value": "teal"},
            {"key": "undefined_field", "field_value": "kept"},
        ],
    )
    _load(client, pipelines_dir, notes=False, tasks=False)

    database = offline_dlt / DATABASE
    assert "contact_favourite_colour" in columns(database, "highlevel", "contacts")
    assert query(database, "select contact_favourite_colour from highlevel.contacts") == [("teal",)]
    kept = query(database, "select id, value from highlevel.contacts__custom_fields order by value")
    assert [row[1] for row in kept] == ["kept", "teal"]


def test_notes_and_tasks_of_each_loaded_contact_are_merged_on_id(
    location_client: Callable[..., HighLevel], pipelines_dir: Path, offline_dlt: Path
) -> None:
    client = location_client("loc-1")
    contact_ids = _seed(client, "loc-1", 2, "dee")
    note = client.notes.create(contact_ids[0], body_text="Called back").note
    client.notes.create(contact_ids[1], body_text="Left a message")
    client.tasks.create(contact_ids[1], title="Send the quote", due_date="2030-01-01T09:00:00Z", completed=False)
    first = _load(client, pipelines_dir)
    assert (first.row_counts["notes"], first.row_counts["tasks"]) == (2, 1)

    assert note is not None
    client.notes.update(contact_ids[0], str(note.id), body_text="Sent the quote")
    client.contacts.update(contact_ids[0], last_name="Touched")
    second = _load(client, pipelines_dir)
    assert second.row_counts["notes"] == 1 and second.row_counts.get("tasks", 0) == 0

    database = offline_dlt / DATABASE
    assert query(database, "select contact_id, body from highlevel.notes order by body") == [
        (contact_ids[1], "Left a message"),
        (contact_ids[0], "Sent the quote"),
    ]
    assert query(database, "select contact_id, title from highlevel.tasks") == [(contact_ids[1], "Send the quote")]
