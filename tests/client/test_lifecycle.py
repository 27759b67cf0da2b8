"""The rest of the contact lifecycle: each operation's request on the wire, its answer, its paging."""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from highlevel_client import HighLevel
from highlevel_client.models import (
    CustomFieldInput,
    CustomFieldObjectValue,
    DeleteContactResponse,
    DuplicateContactResponse,
    GetContactResponse,
    SearchContactsRequest,
    TagsResponse,
    UpdateContactRequest,
    UpdateContactResponse,
    UpsertContactResponse,
)
from sakari_client import Sakari, errors
from sakari_client.models import AttributesResponse, ContactImportResponse, ContactResponse, SuccessResponse

from .conftest import Service, sample


def _json(request: httpx.Request) -> Any:
    return json.loads(request.content)


def _respond(service: Service, status: int, body: Any) -> None:
    service.default = lambda request: httpx.Response(status, json=body)


# --- Sakari -----------------------------------------------------------------------------------------


def test_sakari_get_and_delete(sakari: Sakari, service: Service) -> None:
    service.answers = [
        httpx.Response(200, json=sample("sakari_update_contact_response")),
        httpx.Response(200, json={"success": True}),
    ]
    contact = sakari.contacts.get("c-1")
    deleted = sakari.contacts.delete("c-1")
    assert isinstance(contact, ContactResponse) and contact.data.mobile.number == "123-456-7890"
    assert isinstance(deleted, SuccessResponse) and deleted.success is True
    get, delete = service.api_requests()
    assert (get.method, get.url.path, get.content) == ("GET", "/v1/accounts/acc-1/contacts/c-1", b"")
    assert (delete.method, delete.url.path) == ("DELETE", "/v1/accounts/acc-1/contacts/c-1")


def test_sakari_list_attributes(sakari: Sakari, service: Service) -> None:
    body = {
        "success": True,
        "data": [
            {
                "id": "a-1",
                "name": "colour",
                "label": "Colour",
                "type": "contacts",
                "dataType": "text",
                "created": {"at": "2024-01-02T03:04:05Z", "by": {"id": "u-1"}},
                "updated": {"at": "2024-01-02T03:04:05.250Z"},
            }
        ],
    }
    _respond(service, 200, body)
    attributes = sakari.attributes.list("contacts")
    assert isinstance(attributes, AttributesResponse)
    assert attributes.data[0].data_type == "text"
    assert attributes.data[0].updated.at.microsecond == 250000
    assert attributes.to_dict() == body
    assert service.api_requests()[0].url.path == "/v1/accounts/acc-1/attributes/contacts"


IMPORT_SUMMARY = {
    "success": True,
    "data": {
        "contacts": [{"id": "c-9", "firstName": "Joe"}],
        "errors": [{"firstName": "Ann", "error": {"code": "CONT-001", "description": "Invalid mobile number"}}],
        "submitted": 2,
        "inserted": 1,
        "updated": 0,
        "success": 1,
    },
}
CSV = b"firstName,lastName,mobile\nJoe,Bloggs,123-456-7890\nAnn,Lee,12\n"


@pytest.mark.parametrize("source", ["path", "bytes", "file"])
def test_sakari_import_csv(sakari: Sakari, service: Service, tmp_path: Path, source: str) -> None:
    _respond(service, 201, IMPORT_SUMMARY)
    path = tmp_path / "contacts.csv"
    path.write_bytes(CSV)
    given: Any = {"path": path, "bytes": CSV, "file": io.BytesIO(CSV)}[source]
    summary = sakari.contacts.import_csv(given, merge_strategy="core")
    assert isinstance(summary, ContactImportResponse)
    assert (summary.data.inserted, summary.data.submitted) == (1, 2)
    assert summary.data.errors[0].error.code == "CONT-001"
    request = service.api_requests()[0]
    assert request.method == "POST"
    assert request.url.path == "/v1/accounts/acc-1/contacts"
    assert request.url.params["mergeStrategy"] == "core"
    assert request.headers["content-type"] == "text/csv"
    assert request.content == CSV


def test_sakari_import_csv_resends_the_document_after_a_refused_connection(sakari: Sakari, service: Service) -> None:
    service.answers = [httpx.ConnectError("refused"), httpx.Response(201, json=IMPORT_SUMMARY)]
    sakari.contacts.import_csv(io.BytesIO(CSV))
    assert [request.content for request in service.api_requests()] == [CSV, CSV]


def test_sakari_import_answered_like_a_create_is_a_validation_error(sakari: Sakari, service: Service) -> None:
    _respond(service, 201, sample("sakari_create_contact_response"))
    # Parsed as the import's summary, whose `data` is an object: the create's list of contacts is not one.
    with pytest.raises(errors.APIResponseValidationError, match=r"\$\.data: expected object, got array"):
        sakari.contacts.import_csv(CSV)


def test_sakari_create_still_answers_the_contact_list(sakari: Sakari, service: Service) -> None:
    _respond(service, 201, sample("sakari_create_contact_response"))
    assert sakari.contacts.create(first_name="Ann").pagination.total_count == 123


# --- HighLevel --------------------------------------------------------------------------------------

DETAIL = {"id": "c-1", "firstName": "Rosan", "locationId": "loc-1", "customFields": [{"id": "f-1", "value": "x"}]}


def test_highlevel_get(highlevel: HighLevel, service: Service) -> None:
    _respond(service, 200, {"contact": DETAIL})
    answer = highlevel.contacts.get("c-1")
    assert isinstance(answer, GetContactResponse) and answer.contact.custom_fields[0].value == "x"
    request = service.requests[0]
    assert (request.method, request.url.path, request.headers["version"]) == ("GET", "/contacts/c-1", "2021-07-28")


def test_highlevel_update_sends_only_update_fields(highlevel: HighLevel, service: Service) -> None:
    _respond(service, 200, {"succeded": True, "contact": DETAIL})
    answer = highlevel.contacts.update(
        "c-1",
        tags=["vip"],
        email=None,
        custom_fields=[
            CustomFieldInput(id="f-1", field_value=["a", "b"]),
            CustomFieldInput(id="f-2", field_value=100.5),
            CustomFieldInput(id="f-3", field_value=CustomFieldObjectValue.from_dict({"doc": {"url": "u"}})),
        ],
    )
    assert isinstance(answer, UpdateContactResponse) and answer.succeeded is True
    assert answer.to_dict()["succeded"] is True
    request = service.requests[0]
    assert (request.method, request.url.path) == ("PUT", "/contacts/c-1")
    assert _json(request) == {
        "email": None,
        "tags": ["vip"],
        "customFields": [
            {"id": "f-1", "field_value": ["a", "b"]},
            {"id": "f-2", "field_value": 100.5},
            {"id": "f-3", "field_value": {"doc": {"url": "u"}}},
        ],
    }


def test_highlevel_update_has_no_location_gender_or_company() -> None:
    names = {field.name for field in attrs.fields(UpdateContactRequest)}
    assert not names & {"location_id", "gender", "company_name"}


def test_highlevel_delete(highlevel: HighLevel, service: Service) -> None:
    _respond(service, 200, {"succeded": True})
    answer = highlevel.contacts.delete("c-1")
    assert isinstance(answer, DeleteContactResponse) and answer.succeeded is True
    assert service.requests[0].method == "DELETE"


def test_highlevel_upsert_is_retried_as_idempotent(highlevel: HighLevel, service: Service) -> None:
    service.answers = [
        httpx.Response(503, json={}),
        httpx.Response(200, json={"new": False, "contact": DETAIL, "traceId": "t-1"}),
    ]
    answer = highlevel.contacts.upsert(email="rosan@deos.com", create_new_if_duplicate_allowed=False)
    assert isinstance(answer, UpsertContactResponse)
    assert (answer.new, answer.trace_id) == (False, "t-1")
    first, second = service.requests
    assert (first.method, first.url.path) == ("POST", "/contacts/upsert")
    assert _json(second) == {"email": "rosan@deos.com", "locationId": "loc-1", "createNewIfDuplicateAllowed": False}


def test_highlevel_tags(highlevel: HighLevel, service: Service) -> None:
    service.answers = [
        httpx.Response(201, json={"tags": ["a", "b"]}),
        httpx.Response(200, json={"tags": ["b"]}),
    ]
    added = highlevel.tags.add("c-1", tags=["a", "b"])
    removed = highlevel.tags.remove("c-1", tags=["a"])
    assert isinstance(added, TagsResponse) and added.tags == ["a", "b"]
    assert removed.tags == ["b"]
    add, remove = service.requests
    assert (add.method, add.url.path, _json(add)) == ("POST", "/contacts/c-1/tags", {"tags": ["a", "b"]})
    assert (remove.method, remove.url.path, _json(remove)) == ("DELETE", "/contacts/c-1/tags", {"tags": ["a"]})


def test_highlevel_find_duplicate(highlevel: HighLevel, service: Service) -> None:
    service.answers = [httpx.Response(200, json={"contact": DETAIL}), httpx.Response(200, json={"contact": None})]
    found = highlevel.contacts.find_duplicate(email="rosan@deos.com")
    missing = highlevel.contacts.find_duplicate(number="+1423164516", location_id="loc-2")
    assert isinstance(found, DuplicateContactResponse) and found.contact.id == "c-1"
    assert missing.contact is None
    first, second = service.requests
    assert first.url.path == "/contacts/search/duplicate"
    assert dict(first.url.params) == {"locationId": "loc-1", "email": "rosan@deos.com"}
    assert dict(second.url.params) == {"locationId": "loc-2", "number": "+1423164516"}


def _search_service(total: int) -> Any:
    """A fake search over `total` contacts: numbered pages, or `searchAfter` = [index] of the last contact."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = _json(request)
        size = body.get("pageLimit", 20)
        if "searchAfter" in body:
            assert "page" not in body
            start = body["searchAfter"][0] + 1
        else:
            start = (body.get("page", 1) - 1) * size
            assert start + size <= 10_000, "numbered pages stop at 10,000 results"
        contacts = [{"id": f"c{n}", "searchAfter": [n, f"c{n}"]} for n in range(start, min(start + size, total))]
        return httpx.Response(200, json={"contacts": contacts, "total": total})

    return handler


def test_highlevel_search_pages_then_search_after(highlevel: HighLevel, service: Service) -> None:
    service.default = _search_service(10_700)
    ids = [contact.id for contact in highlevel.contacts.search(page_limit=500, query="deo")]
    assert ids == [f"c{n}" for n in range(10_700)]
    bodies = [_json(request) for request in service.requests]
    assert "page" not in bodies[0]  # page 1, as the caller left it
    assert [body.get("page") for body in bodies[1:20]] == list(range(2, 21))
    assert bodies[20]["searchAfter"] == [9999, "c9999"] and "page" not in bodies[20]
    assert all(body["query"] == "deo" and body["locationId"] == "loc-1" for body in bodies)
    # After a searchAfter a short page does not prove the end (pageLimit may not be kept): the empty one does.
    assert bodies[22]["searchAfter"] == [10_699, "c10699"]
    assert len(bodies) == 23


def test_highlevel_search_stops_at_the_total(highlevel: HighLevel, service: Service) -> None:
    service.default = _search_service(40)
    page = highlevel.contacts.search(body=SearchContactsRequest(location_id="loc-1", page_limit=20))
    assert len(list(page)) == 40
    assert len(service.requests) == 2


def test_highlevel_search_checks_the_page_size_before_sending(highlevel: HighLevel, service: Service) -> None:
    with pytest.raises(ValueError, match="`page_limit` must be from 1 to 500"):
        highlevel.contacts.search(page_limit=501)
    assert service.requests == []


def _list_service(total: int) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", 20))
        after = request.url.params.get("startAfterId")
        start = 0 if after is None else int(after[1:]) + 1
        contacts = [{"id": f"c{n}"} for n in range(start, min(start + limit, total))]
        last = contacts[-1]["id"] if contacts else None
        meta = {
            "total": total,
            "startAfterId": last,
            "startAfter": 1_600_000_000_000 + start + len(contacts) if last else None,
        }
        return httpx.Response(200, json={"contacts": contacts, "count": len(contacts), "meta": meta})

    return handler


def test_highlevel_deprecated_list_warns_and_follows_the_cursor(highlevel: HighLevel, service: Service) -> None:
    service.default = _list_service(45)
    with pytest.warns(DeprecationWarning, match="getContacts|listContacts|deprecated"):
        page = highlevel.contacts.list(limit=20, query="deo")
    assert [contact.id for contact in page] == [f"c{n}" for n in range(45)]
    params = [dict(request.url.params) for request in service.requests]
    assert params[0] == {"locationId": "loc-1", "query": "deo", "limit": "20"}
    assert params[1]["startAfterId"] == "c19" and params[1]["startAfter"] == "1600000000020"
    assert len(params) == 4  # the fourth page is empty


def test_highlevel_list_limit_is_checked(highlevel: HighLevel, service: Service) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(ValueError, match="`limit` must be from 1 to 100"):
            highlevel.contacts.list(limit=500)
    assert service.requests == []


async def test_async_search_and_import(service: Service) -> None:
    from highlevel_client import AsyncHighLevel
    from sakari_client import AsyncSakari

    service.default = _search_service(45)
    async with AsyncHighLevel(
        token="t", location_id="loc-1", http_client=httpx.AsyncClient(transport=httpx.MockTransport(service))
    ) as highlevel:
        ids = [contact.id async for contact in highlevel.contacts.search(page_limit=20)]
        first = await highlevel.contacts.search(page_limit=20)
        second = await first.get_next_page()
    assert ids == [f"c{n}" for n in range(45)]
    assert second.data[0].id == "c20"

    imports = Service()
    imports.default = lambda request: httpx.Response(201, json=IMPORT_SUMMARY)
    async with AsyncSakari(
        client_id="i",
        client_secret="s",
        account_id="a",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(imports)),
    ) as sakari:
        summary = await sakari.contacts.import_csv(CSV)
    assert summary.data.inserted == 1
    assert imports.api_requests()[0].content == CSV


def test_highlevel_list_without_meta_is_one_page(highlevel: HighLevel, service: Service) -> None:
    _respond(service, 200, {"contacts": [{"id": "c1"}], "count": 1})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        page = highlevel.contacts.list()
    assert [contact.id for contact in page] == ["c1"]
    assert not page.has_next_page()
