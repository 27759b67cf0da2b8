"""Per-call options (the OpenAI SDK's names): extra_headers, extra_query, extra_body and timeout reach the wire."""

from __future__ import annotations

import json

import httpx
import pytest
from highlevel_client import AsyncHighLevel, HighLevel
from sakari_client import Sakari

from .conftest import Service, sample


def test_extra_headers_query_and_body_are_merged_into_the_call(highlevel: HighLevel, service: Service) -> None:
    service.default = lambda request: httpx.Response(201, json=sample("highlevel_create_contact_response"))
    highlevel.contacts.create(
        first_name="Ann",
        extra_headers={"X-Trace": "t-1", "Version": "2021-04-15"},
        extra_query={"dryRun": "true"},
        extra_body={"source": "import", "firstName": "Annie"},
    )
    (request,) = service.api_requests()
    assert request.headers["x-trace"] == "t-1" and request.headers["version"] == "2021-04-15"
    assert request.url.params["dryRun"] == "true"
    assert json.loads(request.content) == {"locationId": "loc-1", "firstName": "Annie", "source": "import"}


def test_none_in_extra_headers_removes_a_header(highlevel: HighLevel, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("highlevel_create_contact_response"))
    highlevel.contacts.get("c-1", extra_headers={"Version": None})
    assert "version" not in service.api_requests()[0].headers


def test_timeout_applies_to_one_call_only(sakari: Sakari, service: Service) -> None:
    seen: list[object] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=sample("sakari_update_contact_response"))

    service.default = record
    sakari.contacts.get("c-1", timeout=1.5)
    sakari.contacts.get("c-1")
    assert seen[0] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    assert seen[1] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}


def test_extra_body_on_a_call_without_a_json_body_is_refused_before_sending(sakari: Sakari, service: Service) -> None:
    with pytest.raises(ValueError, match="extra_body"):
        sakari.contacts.get("c-1", extra_body={"x": 1})
    assert service.api_requests() == []


async def test_async_methods_take_the_same_options(async_highlevel: AsyncHighLevel, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("highlevel_create_contact_response"))
    async with async_highlevel as client:
        await client.contacts.get("c-1", extra_headers={"X-Trace": "t-2"}, extra_query={"expand": "all"})
    request = service.api_requests()[0]
    assert request.headers["x-trace"] == "t-2" and request.url.params["expand"] == "all"
