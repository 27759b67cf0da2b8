"""A body field the client fills from its settings (HighLevel's ``locationId``, ``x-sdk-client-option`` in the
spec) is filled the same way whichever form the body takes: keyword arguments, or a dict given as ``body=`` or
to ``bulk_create``. A dict that names the field keeps its own value; a model is sent as it was made."""

from __future__ import annotations

import inspect
import json
import pkgutil
from collections.abc import Callable
from typing import Any

import highlevel_client.resources
import httpx
import pytest
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client.models import CreateContactRequest

from .conftest import HIGHLEVEL_TOKEN

REFUSED = {"statusCode": 400, "message": "refused by the test, after the body was read"}

# Each method whose body has a client-filled field, with the least arguments it takes (positional, keyword).
FILLED: dict[tuple[str, str], tuple[tuple[Any, ...], dict[str, Any]]] = {
    ("contacts", "create"): ((), {"first_name": "Ada"}),
    ("contacts", "upsert"): ((), {"email": "ada@example.com"}),
    ("contacts", "search"): ((), {"query": "ada"}),
    ("tags", "bulk_update"): (("add",), {"contacts": ["c-1"], "tags": ["vip"]}),
    ("businesses", "assign"): ((), {"ids": ["c-1"], "business_id": "b-1"}),
}


def _methods_that_fill() -> set[tuple[str, str]]:
    found = set()
    for module in pkgutil.iter_modules(highlevel_client.resources.__path__):
        resources = __import__(f"highlevel_client.resources.{module.name}", fromlist=["_"])
        for cls in vars(resources).values():
            if not (isinstance(cls, type) and cls.__module__ == resources.__name__):
                continue
            for name, function in vars(cls).items():
                if inspect.isfunction(function) and "filled_body" in inspect.getsource(function):
                    found.add((module.name, name))
    return found


def test_the_table_names_every_method_that_fills_a_body_field() -> None:
    assert _methods_that_fill() == set(FILLED)


def _client(sent: list[dict[str, Any]], location_id: str | None = "loc-client") -> HighLevel:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(400, json=REFUSED)

    transport = httpx.MockTransport(answer)
    return HighLevel(token=HIGHLEVEL_TOKEN, location_id=location_id, http_client=httpx.Client(transport=transport))


def _sent_by(call: Callable[[], object], sent: list[dict[str, Any]]) -> dict[str, Any]:
    with pytest.raises(highlevel_client.BadRequestError):
        call()
    return sent.pop()


@pytest.mark.parametrize(("resource", "method"), sorted(FILLED))
def test_a_dict_body_gets_the_clients_field_as_keyword_arguments_do(resource: str, method: str) -> None:
    sent: list[dict[str, Any]] = []
    with _client(sent) as client:
        method_of_client = getattr(getattr(client, resource), method)
        positional, keywords = FILLED[resource, method]

        def call(**given: Any) -> object:
            return method_of_client(*positional, **given)

        by_keywords = _sent_by(lambda: call(**keywords), sent)
        assert by_keywords["locationId"] == "loc-client"
        without = {key: value for key, value in by_keywords.items() if key != "locationId"}
        assert _sent_by(lambda: call(body=without), sent) == by_keywords
        own = {**without, "locationId": "loc-own"}
        assert _sent_by(lambda: call(body=own), sent) == own
        assert without == {key: value for key, value in by_keywords.items() if key != "locationId"}  # not changed


def test_a_dict_without_the_field_and_no_client_setting_is_refused_naming_it() -> None:
    sent: list[dict[str, Any]] = []
    with _client(sent, location_id=None) as client, pytest.raises(highlevel_client.ArgumentError, match="locationId"):
        client.contacts.create(body={"firstName": "Ada"})
    assert sent == []


def test_a_model_body_is_sent_as_it_was_made() -> None:
    sent: list[dict[str, Any]] = []
    with _client(sent) as client:
        made = CreateContactRequest(location_id="loc-model", first_name="Ada")
        assert _sent_by(lambda: client.contacts.create(body=made), sent)["locationId"] == "loc-model"


def test_bulk_create_fills_each_dict_and_keeps_each_ones_own() -> None:
    sent: list[dict[str, Any]] = []
    with _client(sent) as client:
        result = client.contacts.bulk_create(
            [{"firstName": "Ada"}, {"firstName": "Bo", "locationId": "loc-own"}], concurrency=1
        )
    assert [body["locationId"] for body in sent] == ["loc-client", "loc-own"]
    assert [index for index, _ in result.not_created] == [0, 1]  # the test's 400, after the body was read


async def test_async_bulk_create_and_body_dicts_fill_the_field() -> None:
    sent: list[dict[str, Any]] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(await request.aread()))
        return httpx.Response(400, json=REFUSED)

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with http, AsyncHighLevel(token=HIGHLEVEL_TOKEN, location_id="loc-client", http_client=http) as client:
        await client.contacts.bulk_create([{"firstName": "Ada"}], concurrency=1)
        with pytest.raises(highlevel_client.BadRequestError):
            await client.contacts.search(body={"query": "ada"})
    assert [body["locationId"] for body in sent] == ["loc-client", "loc-client"]
