"""The indexed reads give exactly what a linear scan gives, on random data, after creates, updates and deletes."""

from __future__ import annotations

import datetime
import random
from typing import Any

import pytest

from contacts_sandbox._highlevel import HighLevelService, search_matches
from contacts_sandbox._index import OrderIndex, SetIndex, TextIndex
from contacts_sandbox._sakari import SakariService, matches
from contacts_sandbox._service import Call

NAMES = ["Ann", "Anna", "ANNE", "Bob", "Chris", "Christine", "Zoë", "İlker", "o'neil", ""]
DOMAINS = ["example.com", "Sakari.io", "mail.example.org"]
TAGS = ["vip", "new", "old", "VIP"]
SEEDS = range(6)


@pytest.fixture(autouse=True, params=["as served", "every branch"])
def index_branches(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test as served, and again with compaction at every few holes and pages always sorted."""
    if request.param == "every branch":
        monkeypatch.setattr(TextIndex, "compact_after", 2)
        monkeypatch.setattr(OrderIndex, "sort_below", 10**9)
        monkeypatch.setattr(TextIndex, "switch_below", 10**9)


def _piece(rng: random.Random, text: str) -> str:
    """A random part of ``text`` in a random case, or an unrelated string."""
    if not text or rng.random() < 0.15:
        return rng.choice(["zzz", "a", "", "\x00", "\x01", "e.c", "1", "12", "0"])
    start = rng.randrange(len(text))
    piece = text[start : start + rng.randint(1, 6)]
    return piece.upper() if rng.random() < 0.3 else piece


# --- the index classes on their own ----------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_text_set_and_order_indexes_match_their_definitions(seed: int) -> None:
    rng = random.Random(seed)
    texts, tags, order = TextIndex(), SetIndex(), OrderIndex()
    model_texts: dict[str, str] = {}
    model_tags: dict[str, set[str]] = {}
    model_order: dict[str, tuple[int, str]] = {}
    for step in range(400):
        key = f"k{rng.randrange(60)}"
        if rng.random() < 0.25:
            for index in (texts, tags, order):
                index.discard(key)
            model_texts.pop(key, None), model_tags.pop(key, None), model_order.pop(key, None)
        else:
            text = f"{rng.choice(NAMES)} {rng.randrange(200)} {rng.choice(NAMES)}@{rng.choice(DOMAINS)}"
            chosen = set(rng.sample(TAGS, rng.randint(0, 3)))
            sort_key = (rng.randrange(20), key)
            texts.put(key, text), tags.put(key, chosen), order.put(key, sort_key)
            model_texts[key], model_tags[key], model_order[key] = text, chosen, sort_key
        if step % 10 == 0:
            needle = _piece(rng, rng.choice(list(model_texts.values()) or [""]))
            assert texts.find(needle) == {key for key, text in model_texts.items() if needle.lower() in text.lower()}
            tag = rng.choice(TAGS)
            assert tags.find(tag) == {key for key, chosen in model_tags.items() if tag in chosen}
            assert order.keys == sorted(model_order.values())


# --- Sakari's list ---------------------------------------------------------------------------------


def _sakari_call(service: SakariService, operation_id: str, **fields: Any) -> Call:
    operation = service.spec.operation(operation_id)
    path = {"accountId": "acct", **fields.pop("path", {})}
    return Call(operation, path, fields.pop("query", {}), {}, fields.pop("body", None), "application/json", "tester")


def _sakari_fields(rng: random.Random) -> dict[str, Any]:
    first, last = rng.choice(NAMES), rng.choice(NAMES)
    fields: dict[str, Any] = {"mobile": {"number": f"+1555{rng.randrange(40):07}"}}
    if first:
        fields["firstName"] = first
    if last and rng.random() < 0.8:
        fields["lastName"] = last
    if rng.random() < 0.7:
        fields["email"] = f"{first or 'x'}{rng.randrange(9)}@{rng.choice(DOMAINS)}"
    if rng.random() < 0.5:
        fields["tags"] = [{"tag": tag} for tag in rng.sample(TAGS, rng.randint(1, 2))]
    return fields


def _sakari_query(rng: random.Random, contacts: list[dict[str, Any]]) -> dict[str, Any]:
    sample = rng.choice(contacts) if contacts else {}
    query: dict[str, Any] = {}
    for name, value in (
        ("firstName", sample.get("firstName")),
        ("lastName", sample.get("lastName")),
        ("email", sample.get("email")),
        ("mobile", (sample.get("mobile") or {}).get("number")),
    ):
        if rng.random() < 0.35:
            query[name] = _piece(rng, str(value or ""))
    if rng.random() < 0.3:
        query["tags"] = ",".join(rng.sample(TAGS, rng.randint(1, 2)))
    return query


@pytest.mark.parametrize("seed", SEEDS)
def test_sakari_list_pages_equal_a_linear_scan(seed: int) -> None:
    rng = random.Random(seed)
    service = SakariService({"tester": "secret"})
    contacts = service.account_contacts(_sakari_call(service, "listContacts"))
    for step in range(500):
        roll = rng.random()
        ids = list(contacts)
        if roll < 0.55 or not ids:
            strategy = rng.choice(["append", "core", "remove"])
            service.merge(_sakari_call(service, "createContact"), _sakari_fields(rng), strategy)
        elif roll < 0.8:
            body = {key: value for key, value in _sakari_fields(rng).items() if rng.random() < 0.5}
            service.update_contact(
                _sakari_call(service, "updateContact", path={"contactId": rng.choice(ids)}, body=body)
            )
        else:
            service.delete_contact(_sakari_call(service, "deleteContact", path={"contactId": rng.choice(ids)}))
        if step % 10 == 0:
            query = _sakari_query(rng, list(contacts.values()))
            offset, limit = rng.randrange(0, 12), rng.randint(1, 15)
            page = service.list_contacts(
                _sakari_call(service, "listContacts", query={**query, "offset": offset, "limit": limit})
            ).body
            expected = [contact for contact in contacts.values() if matches(contact, query)]
            assert page["data"] == expected[offset : offset + limit], query
            assert page["pagination"]["totalCount"] == len(expected)


# --- HighLevel's search and list -------------------------------------------------------------------


def _stamp(rng: random.Random) -> str:
    moment = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(milliseconds=rng.randrange(30))
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _highlevel_fields(rng: random.Random) -> dict[str, Any]:
    first = rng.choice(NAMES)
    fields: dict[str, Any] = {"locationId": rng.choice(["loc-a", "loc-b"]), "firstName": first}
    if rng.random() < 0.6:
        fields["email"] = f"{first or 'x'}{rng.randrange(30)}@{rng.choice(DOMAINS)}"
    if rng.random() < 0.5:
        fields["phone"] = f"+1 555 {rng.randrange(10_000):04}"
    if rng.random() < 0.3:
        fields["companyName"] = rng.choice(["Acme", "Sakari", "High Level"])
    if rng.random() < 0.5:
        fields["tags"] = rng.sample(TAGS, rng.randint(1, 2))
    return fields


def _search_body(rng: random.Random, location: str, contacts: list[dict[str, Any]]) -> dict[str, Any]:
    body: dict[str, Any] = {"locationId": location}
    sample = rng.choice(contacts) if contacts else {}
    if rng.random() < 0.5:
        body["query"] = _piece(rng, f"{sample.get('firstName') or ''} {sample.get('email') or ''}")
    filters = []
    if rng.random() < 0.4:
        filters.append(
            {"field": "tags", "operator": rng.choice(["eq", "contains", "not_eq"]), "value": rng.choice(TAGS)}
        )
    if rng.random() < 0.2:
        filters.append({"field": "firstName", "operator": rng.choice(["eq", "contains"]), "value": rng.choice(NAMES)})
    if rng.random() < 0.15:
        filters.append({"field": "companyName", "operator": rng.choice(["exists", "not_exists"])})
    if rng.random() < 0.15:
        filters.append({"field": "dateAdded", "operator": "range", "value": {"gte": _stamp(rng)}})
    if rng.random() < 0.15:
        inner = [{"field": "tags", "operator": "eq", "value": tag} for tag in rng.sample(TAGS, 2)]
        filters.append({"group": rng.choice(["AND", "OR"]), "filters": inner})
    if filters:
        body["filters"] = filters
    return body


@pytest.mark.parametrize("seed", SEEDS)
def test_highlevel_search_and_list_equal_a_linear_scan(seed: int) -> None:
    rng = random.Random(seed)
    service = HighLevelService({"token"}, allow_duplicates=True)

    def call(operation_id: str, **fields: Any) -> Call:
        operation = service.spec.operation(operation_id)
        return Call(operation, fields.get("path", {}), fields.get("query", {}), {}, fields.get("body"), None, "token")

    def everyone() -> list[dict[str, Any]]:
        return [contact for contacts in service.locations.values() for contact in contacts.values()]

    def sort_key(contact: dict[str, Any]) -> tuple[int, str]:
        moment = datetime.datetime.fromisoformat(contact["dateAdded"])
        return int(moment.timestamp() * 1000), contact["id"]

    for step in range(500):
        roll = rng.random()
        ids = [contact["id"] for contact in everyone()]
        if roll < 0.5 or not ids:
            contact = service._create(_highlevel_fields(rng))
            contact["dateAdded"] = _stamp(rng)  # many share a millisecond: the id breaks ties
            service.stored(contact)
        elif roll < 0.7:
            _, contact = service._find(rng.choice(ids))
            fields = {key: value for key, value in _highlevel_fields(rng).items() if key != "locationId"}
            service._apply(contact, {key: value for key, value in fields.items() if rng.random() < 0.5})
        elif roll < 0.85:
            operation = rng.choice(["addTags", "removeTags"])
            body = {"tags": rng.sample(TAGS, 1)}
            service.handlers[operation](call(operation, path={"contactId": rng.choice(ids)}, body=body))
        else:
            service.delete_contact(call("deleteContact", path={"contactId": rng.choice(ids)}))
        if step % 10:
            continue
        location = rng.choice(["loc-a", "loc-b"])
        contacts = list(service.locations.get(location, {}).values())
        body = _search_body(rng, location, contacts)
        expected = sorted((contact for contact in contacts if search_matches(contact, body)), key=sort_key)
        size = rng.randint(1, 12)
        page = service.search_contacts(call("searchContacts", body={**body, "pageLimit": size, "page": 2})).body
        assert page["total"] == len(expected)
        assert [contact["id"] for contact in page["contacts"]] == [
            contact["id"] for contact in expected[size : 2 * size]
        ]
        if expected:
            cut = rng.randrange(len(expected))
            cursor = list(sort_key(expected[cut]))
            after = service.search_contacts(
                call("searchContacts", body={**body, "pageLimit": size, "searchAfter": cursor})
            )
            wanted = [contact["id"] for contact in expected[cut + 1 : cut + 1 + size]]
            assert [contact["id"] for contact in after.body["contacts"]] == wanted
        text = body.get("query") or None
        listed = service.list_contacts(
            call("listContacts", query={"locationId": location, "limit": size, "query": text})
        )
        linear = sorted(
            (contact for contact in contacts if not text or search_matches(contact, {"query": text})), key=sort_key
        )
        assert [contact["id"] for contact in listed.body["contacts"]] == [contact["id"] for contact in linear[:size]]
        assert listed.body["meta"]["total"] == len(linear)
        for contact_id in rng.sample(ids, min(3, len(ids))):
            if contact_id in service.location_of:
                assert service._find(contact_id)[1]["id"] == contact_id
