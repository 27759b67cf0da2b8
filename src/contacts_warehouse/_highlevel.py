"""HighLevel as a dlt source: each location's contacts (incremental on ``dateUpdated``), their notes and tasks.

Every location has resources of its own (``contacts_<location>``, ``notes_<location>``, ``tasks_<location>``)
writing to the shared tables ``contacts``, ``notes`` and ``tasks``: dlt keeps a resource's state apart, so
each location keeps its own ``dateUpdated`` cursor (one location's late change is never hidden behind another
location's newer ones), and the contact resources are parallelized, so locations are read side by side, each
on its own client with its own pacer and daily count.

The cursor goes to the service as a search filter (``dateUpdated`` in a ``range`` from the last value seen,
inclusive, as HighLevel's search documents), so a second run reads only what changed; the contacts updated
in the cursor's own millisecond come again and dlt drops those it already loaded (it keeps their keys in the
state). Rows are the JSON the service sent, so drift lands as dlt's schema evolution allows: new columns,
variant columns for a changed type; nothing is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Protocol

import dlt
from contacts_runtime.errors import (
    ArgumentError,
    AuthenticationError,
    LocationUninstalledError,
    NotFoundError,
    PermissionDeniedError,
)
from dlt.extract.resource import DltResource
from highlevel_client import HighLevel
from highlevel_client.models import SearchFilter
from highlevel_client.params import SearchFilterParam

__all__ = ["CONTACTS_CURSOR", "Agency", "agency_clients", "custom_field_columns", "highlevel_source"]

logger = logging.getLogger("contacts_warehouse")

CONTACTS_CURSOR = "dateUpdated"
"""The contact field the incremental load follows, and the field the search filters on."""

SEARCH_CURSOR = "searchAfter"
"""The field a search adds to each contact it answers: the cursor of the page after it."""

MAX_PAGE_LIMIT = 500
"""The most contacts a search page holds (the spec's ``pageLimit`` maximum)."""


class InstalledLocation(Protocol):
    @property
    def id(self) -> Any: ...


class Agency(Protocol):
    """What the source needs of an agency client: its installed locations and a client for each."""

    def installed_locations(self, *, app_id: str, company_id: str | None = None) -> Iterable[InstalledLocation]: ...

    def for_location(self, location_id: str, *, company_id: str | None = None) -> HighLevel: ...


def agency_clients(
    agency: Agency,
    *,
    app_id: str | None = None,
    location_ids: Iterable[str] | None = None,
    company_id: str | None = None,
) -> dict[str, HighLevel]:
    """A client per location of an agency: ``location_ids`` as given, else every location the app is installed in.

    Each client is the agency's ``for_location`` client (its own location token, pacer and daily count);
    ``company_id`` as the agency client takes it (needed where its token answer named none).
    """
    if location_ids is not None:
        chosen = list(location_ids)
        bad = [location for location in chosen if not isinstance(location, str) or not location]
        if bad or not chosen:
            raise ArgumentError(f"`location_ids`: give one or more non-empty location ids, got {chosen!r}")
    elif app_id:
        chosen = [str(location.id) for location in agency.installed_locations(app_id=app_id, company_id=company_id)]
    else:
        raise ArgumentError("`app_id`: needed to list the agency's installed locations (or give `location_ids`)")
    return {location: agency.for_location(location, company_id=company_id) for location in dict.fromkeys(chosen)}


def custom_field_columns(contact: dict[str, Any], keys_by_id: Mapping[str, str]) -> dict[str, Any]:
    """The contact with a column per custom field value whose definition is known, named by its key.

    The ``customFields`` list stays as it came (dlt puts it in a child table), so a value whose field has
    no definition, or a key that would overwrite a field of the contact, is still loaded.
    """
    values = contact.get("customFields")
    if not isinstance(values, list):
        return contact
    columns = {}
    for value in values:
        if isinstance(value, dict) and isinstance(value.get("id"), str) and value["id"] in keys_by_id:
            key = keys_by_id[value["id"]]
            if key not in contact:
                columns[key] = value.get("value")
    return {**contact, **columns} if columns else contact


def _without_cursor(contact: dict[str, Any]) -> dict[str, Any]:
    """The contact without the paging cursor a search adds to each (``searchAfter``: where the next page
    starts, not a field of the contact; it changes with every sort and would load a child table of cursors)."""
    return {field: value for field, value in contact.items() if field != SEARCH_CURSOR}


def _keys_by_id(client: HighLevel, location_id: str) -> dict[str, str]:
    """The location's custom field keys by id; none when its definitions may not be read (the columns are a
    convenience: the values still load in the ``customFields`` child table).

    A token without the definitions' scope is refused with 401 (403 for some), which a location client of
    an agency reads as its location gone; the search that follows tells which it was.
    """
    try:
        keys = client.custom_field_keys(location_id)
    except (AuthenticationError, LocationUninstalledError, PermissionDeniedError, NotFoundError) as error:
        logger.warning(
            "location %s: custom field definitions not readable (%s, status %s); values stay in customFields",
            location_id,
            type(error).__name__,
            error.status_code,
        )
        return {}
    return {field_id: key for key, field_id in keys.ids_by_key.items()}


def _contacts(
    location_id: str, client: HighLevel, page_limit: int, initial_value: str | None, uninstalled: list[str] | None
) -> DltResource:
    cursor = dlt.sources.incremental(CONTACTS_CURSOR, initial_value=initial_value)

    # dlt binds the cursor through the argument's default: it gives the resource an incremental state.
    def contacts(updated: dlt.sources.incremental[str] = cursor) -> Iterator[list[dict[str, Any]]]:
        since = updated.last_value
        filters: list[SearchFilter | SearchFilterParam] = []
        if since is not None:
            filters.append({"field": CONTACTS_CURSOR, "operator": "range", "value": {"gte": since}})
        try:
            keys_by_id = _keys_by_id(client, location_id)
            first = client.contacts.search(location_id=location_id, page_limit=page_limit, filters=filters)
            for page in first.iter_pages():
                yield [custom_field_columns(_without_cursor(contact), keys_by_id) for contact in page.items_json()]
        except LocationUninstalledError:
            if uninstalled is None:
                raise
            # The agency's app left this location: reported, and the other locations load as usual.
            logger.warning("location %s: the app is no longer installed there; skipped", location_id)
            uninstalled.append(location_id)

    return dlt.resource(
        contacts,
        name=f"contacts_{location_id}",
        table_name="contacts",
        primary_key="id",
        write_disposition="merge",
        parallelized=True,
    )


def _per_contact(kind: str, location_id: str, client: HighLevel, contacts: DltResource) -> DltResource:
    """The notes or the tasks of each contact the location's contact resource loads, tagged with the contact."""
    listing = client.notes.list if kind == "notes" else client.tasks.list

    def per_contact(page: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
        for contact in page:
            answer = listing(contact["id"]).to_dict()
            records = answer.get(kind)
            kept = [record for record in records if isinstance(record, dict)] if isinstance(records, list) else []
            if kept != records and records is not None:
                # Drift the client recorded (types only); said here too, as these rows cannot be loaded.
                logger.warning("contact %s: %s answered not as a list of objects; not loaded", contact["id"], kind)
            if kept:
                yield [{"contactId": contact["id"], **record} for record in kept]

    return dlt.transformer(
        per_contact,
        data_from=contacts,
        name=f"{kind}_{location_id}",
        table_name=kind,
        primary_key="id",
        write_disposition="merge",
        parallelized=True,
    )


def _checked(clients: Mapping[str, HighLevel] | HighLevel) -> dict[str, HighLevel]:
    if isinstance(clients, HighLevel):
        return {clients.option("location_id", None): clients}
    if not isinstance(clients, Mapping) or not clients:
        raise ArgumentError(
            f"`clients`: give a HighLevel client or a mapping of location id to client, got {clients!r}"
        )
    wrong = [
        location
        for location, client in clients.items()
        if not isinstance(location, str) or not location or not isinstance(client, HighLevel)
    ]
    if wrong:
        raise ArgumentError(f"`clients`: each key must be a location id and each value a HighLevel client: {wrong!r}")
    return dict(clients)


@dlt.source(name="highlevel")
def highlevel_source(
    clients: Mapping[str, HighLevel] | HighLevel,
    *,
    notes: bool = True,
    tasks: bool = True,
    page_limit: int = 100,
    updated_since: str | None = None,
    uninstalled: list[str] | None = None,
) -> Iterator[DltResource]:
    """HighLevel's contacts of each location (``clients``: location id to its client, or one client and its
    location), with their notes and tasks; merged on ``id``, contacts incremental on ``dateUpdated``.

    ``updated_since`` (RFC 3339, as the service writes ``dateUpdated``) starts a location's first run there
    instead of at its first contact. Later runs start from the location's own cursor.

    With a list as ``uninstalled``, a location an agency's app has left (``LocationUninstalledError``) is
    appended to it and skipped, and the others load; without one, the error ends the load.
    """
    chosen = _checked(clients)
    if not isinstance(page_limit, int) or isinstance(page_limit, bool) or not 1 <= page_limit <= MAX_PAGE_LIMIT:
        raise ArgumentError(f"`page_limit`: a whole number from 1 to {MAX_PAGE_LIMIT}, got {page_limit!r}")
    for location_id, client in chosen.items():
        contacts = _contacts(location_id, client, page_limit, updated_since, uninstalled)
        yield contacts
        if notes:
            yield _per_contact("notes", location_id, client, contacts)
        if tasks:
            yield _per_contact("tasks", location_id, client, contacts)
