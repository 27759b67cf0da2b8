"""Drifted answers land whole (new columns, nothing lost); Sakari's contacts and messages load merged on id;
locations extract side by side; bad arguments are refused before anything is sent."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from highlevel_client import HighLevel
from sakari_client import Sakari
from sakari_client.models import ContactRequest, Mobile

from contacts_sandbox._drift import EXTRA_FIELD

from .conftest import columns, query

pytest.importorskip("dlt")

from contacts_runtime.errors import ArgumentError
from dlt.common.normalizers.naming.snake_case import NamingConvention

from contacts_warehouse import agency_clients, highlevel_source, load, sakari_source
from contacts_warehouse._highlevel import custom_field_columns
from contacts_warehouse._pipeline import default_destination

DATABASE = "contacts.duckdb"
DRIFT = {"X-Sandbox-Drift": "1"}
NAMING = NamingConvention()


def test_a_drifted_answer_adds_columns_and_loses_nothing(
    location_client: Callable[..., HighLevel], pipelines_dir: Path, offline_dlt: Path
) -> None:
    plain = location_client("loc-1")
    ids = [str(plain.contacts.create(first_name=f"Eve{n}", email=f"eve{n}@example.com").contact.id) for n in range(4)]
    database = offline_dlt / DATABASE

    def run(client: HighLevel) -> Any:
        source = highlevel_source(client, notes=False, tasks=False)
        return load(
            source, pipeline_name="drift", destination=default_destination(DATABASE), pipelines_dir=pipelines_dir
        )

    run(plain)
    documented = columns(database, "highlevel", "contacts")
    for contact_id in ids:
        plain.contacts.update(contact_id, last_name="Again")
    drifting = location_client("loc-1", strict_response_validation=False, default_headers=DRIFT)
    loaded = run(drifting)

    assert loaded.row_counts["contacts"] == 4
    evolved = columns(database, "highlevel", "contacts")
    assert documented <= evolved
    received = drifting.contacts.search(location_id="loc-1").items_json()
    # The undocumented object lands as columns of its own; a number where text was loaded is kept as dlt
    # coerces it (its text, or a variant column where it cannot be coerced).
    assert f"{NAMING.normalize_identifier(EXTRA_FIELD)}__undocumented" in evolved - documented
    changed_type = [field for field, value in received[0].items() if isinstance(value, int) and field != "dnd"]
    assert changed_type
    for field in changed_type:
        column = NAMING.normalize_identifier(field)
        variants = [name for name in evolved - documented if name.startswith(f"{column}__v_")]
        selected = ", ".join([column, *variants])
        stored = query(database, f"select {selected} from highlevel.contacts where id = ?", received[0]["id"])
        assert str(received[0][field]) in {str(value) for value in stored[0]}, (field, stored)
    rows = query(
        database,
        "select id, email, last_name from highlevel.contacts where _dlt_load_id = ? order by id",
        loaded.load_id,
    )
    assert [row[0] for row in rows] == sorted(ids)
    assert all(row[1] is not None and row[2] == "Again" for row in rows)


def test_sakari_contacts_and_messages_load_merged_on_id(
    sakari_sandbox: Sakari, pipelines_dir: Path, offline_dlt: Path
) -> None:
    contact_ids = [
        str(
            sakari_sandbox.contacts.create(first_name=f"Fay{n}", mobile=Mobile(number=f"+1555010700{n}", country="US"))
            .data[0]
            .id
        )
        for n in range(3)
    ]
    sakari_sandbox.messages.send(contacts=[ContactRequest(id=contact_ids[0])], template="Hi")

    def run() -> Any:
        return load(
            sakari_source(sakari_sandbox, page_limit=2), pipeline_name="contacts_sakari", pipelines_dir=pipelines_dir
        )

    first = run()
    assert (first.row_counts["contacts"], first.row_counts["messages"]) == (3, 1)
    sakari_sandbox.contacts.update(contact_ids[1], first_name="Renamed")
    second = run()
    assert second.row_counts["contacts"] == 3  # no updated-since filter: a full scan, merged

    database = offline_dlt / DATABASE
    assert query(database, "select count(*), count(distinct id) from sakari.contacts") == [(3, 3)]
    assert query(database, "select first_name from sakari.contacts where id = ?", contact_ids[1]) == [("Renamed",)]
    assert query(database, "select count(*) from sakari.messages") == [(1,)]


def test_locations_extract_side_by_side(
    location_client: Callable[..., HighLevel], pipelines_dir: Path, offline_dlt: Path
) -> None:
    """Each location's contacts and their notes are read in threads of dlt's pool, on that location's own client."""
    clients = {f"loc-{n}": location_client(f"loc-{n}") for n in (1, 2, 3)}
    for location_id, client in clients.items():
        contact = client.contacts.create(first_name=location_id).contact
        client.notes.create(str(contact.id), body_text=f"note in {location_id}")
    threads: dict[tuple[str, str], set[int]] = {}

    def watching(location_id: str, what: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def watched(*positional: Any, **arguments: Any) -> Any:
            threads.setdefault((location_id, what), set()).add(threading.get_ident())
            if what == "search":
                assert arguments["location_id"] == location_id
            return call(*positional, **arguments)

        return watched

    for location_id, client in clients.items():
        client.contacts.search = watching(location_id, "search", client.contacts.search)  # type: ignore[method-assign]
        client.notes.list = watching(location_id, "notes", client.notes.list)  # type: ignore[method-assign]
    loaded = load(highlevel_source(clients, tasks=False), pipeline_name="p", pipelines_dir=pipelines_dir)

    assert (loaded.row_counts["contacts"], loaded.row_counts["notes"]) == (3, 3)
    assert set(threads) == {(location_id, what) for location_id in clients for what in ("search", "notes")}
    assert threading.get_ident() not in set().union(*threads.values())


def test_custom_field_columns_keep_the_contact_and_its_list() -> None:
    contact = {
        "id": "c1",
        "email": "a@example.com",
        "customFields": [{"id": "f1", "value": 3}, {"id": "f9", "value": "x"}],
    }
    shaped = custom_field_columns(contact, {"f1": "contact.score", "f2": "contact.unused"})
    assert shaped == {**contact, "contact.score": 3}
    # A key that would overwrite a field of the contact is left to the list.
    assert custom_field_columns(contact, {"f1": "email"}) == contact
    assert custom_field_columns({"id": "c2"}, {"f1": "contact.score"}) == {"id": "c2"}


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"clients": {}}, "`clients`"),
        ({"clients": {"loc-1": "not a client"}}, "`clients`"),
        ({"clients": {"": None}}, "`clients`"),
        ({"clients": "loc-1"}, "`clients`"),
        ({"page_limit": 0}, "`page_limit`"),
        ({"page_limit": 501}, "`page_limit`"),
        ({"page_limit": True}, "`page_limit`"),
    ],
)
def test_bad_highlevel_arguments_are_refused_naming_them(
    location_client: Callable[..., HighLevel], arguments: dict[str, Any], named: str
) -> None:
    client = location_client("loc-1")
    given = {"clients": client, **arguments}
    with pytest.raises(ArgumentError, match=named):
        highlevel_source(given.pop("clients"), **given)


@pytest.mark.parametrize(("arguments", "named"), [({"page_limit": 101}, "`page_limit`"), ({"client": 3}, "`client`")])
def test_bad_sakari_arguments_are_refused_naming_them(
    sakari_sandbox: Sakari, arguments: dict[str, Any], named: str
) -> None:
    given = {"client": sakari_sandbox, **arguments}
    with pytest.raises(ArgumentError, match=named):
        sakari_source(given.pop("client"), **given)


def test_agency_clients_needs_an_app_id_or_locations() -> None:
    with pytest.raises(ArgumentError, match="`app_id`"):
        agency_clients(object())  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match="`location_ids`"):
        agency_clients(object(), location_ids=["loc-1", ""])  # type: ignore[arg-type]
