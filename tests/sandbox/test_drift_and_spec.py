"""The drift knob, and the names and limits the sandbox reads from the spec instead of restating them."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from highlevel_client import HighLevel
from highlevel_client.models import DndSettings
from sakari_client import Sakari, errors
from sakari_client.models import Mobile

from contacts_sandbox import RateLimit, Sandbox, SandboxServer, SandboxSettings, _highlevel, _sakari
from contacts_sandbox._drift import EXTRA_FIELD, NUMBER_FOR_STRING, UNKNOWN_ENUM_VALUE

from .helpers import highlevel_headers, sakari_headers

DRIFT = {"X-Sandbox-Drift": "1"}


def _walk(value: Any) -> list[Any]:
    """Every value inside ``value``, itself included."""
    found = [value]
    if isinstance(value, dict):
        for item in value.values():
            found += _walk(item)
    elif isinstance(value, list):
        for item in value:
            found += _walk(item)
    return found


def test_drift_knob_makes_every_kind_of_drift_deterministically(
    highlevel_sandbox: HighLevel, contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer
) -> None:
    created = highlevel_sandbox.contacts.create(
        first_name="Drift",
        last_name="Er",
        email="drift@example.com",
        city="Dolomite",
        dnd_settings=DndSettings.from_dict({"SMS": {"status": "active", "message": "no", "code": "x"}}),
    )
    contact_id = str(created.contact.id)
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/{contact_id}"
    plain = httpx.get(url, headers=highlevel_headers()).json()
    drifted = httpx.get(url, headers=highlevel_headers(**DRIFT)).json()
    assert httpx.get(url, headers=highlevel_headers(**DRIFT)).json() == drifted  # deterministic
    spec = contacts_sandbox.highlevel.spec
    schema = spec.operation("getContact").responses["200"]["content"]["application/json"]["schema"]
    assert not spec.errors(schema, plain, "answer")
    assert spec.errors(schema, drifted, "answer")  # the drifted answer breaks the spec
    contact = drifted["contact"]
    assert contact["id"] == contact_id and EXTRA_FIELD in contact and EXTRA_FIELD in drifted
    values = _walk(drifted)
    assert UNKNOWN_ENUM_VALUE in values  # dndSettings.SMS.status
    assert NUMBER_FOR_STRING in values
    assert None in [contact[key] for key in contact if key in plain["contact"] and plain["contact"][key] is not None]
    assert EXTRA_FIELD not in plain["contact"]


def test_drifted_pages_keep_paging(highlevel_sandbox: HighLevel, contacts_sandbox_server: SandboxServer) -> None:
    for number in range(5):
        highlevel_sandbox.contacts.create(first_name=f"P{number}", email=f"p{number}@example.com")
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/search"
    first = httpx.post(url, json={"locationId": "loc-1", "pageLimit": 2}, headers=highlevel_headers(**DRIFT)).json()
    assert first["total"] == 5 and len(first["contacts"]) == 2
    cursor = first["contacts"][-1]["searchAfter"]
    body = {"locationId": "loc-1", "pageLimit": 10, "searchAfter": cursor}
    rest = httpx.post(url, json=body, headers=highlevel_headers(**DRIFT)).json()
    ids = [contact["id"] for contact in first["contacts"] + rest["contacts"]]
    assert len(set(ids)) == 5


def test_the_strict_client_sees_the_drift_and_the_token_never_drifts(sakari_sandbox: Sakari) -> None:
    sakari_sandbox.contacts.create(first_name="Drift", last_name="Er", mobile=Mobile(number="+15550100001"))
    drifting = sakari_sandbox.with_options(default_headers=DRIFT, max_retries=0)
    with pytest.raises(errors.APIResponseValidationError):
        list(drifting.contacts.list())
    assert [contact.first_name for contact in sakari_sandbox.contacts.list()] == ["Drift"]


def test_drift_setting_can_be_turned_off_per_request(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer
) -> None:
    contacts_sandbox.configure(drift=True)
    url = f"{contacts_sandbox_server.sakari_base_url}/accounts/a/contacts"
    headers = sakari_headers(contacts_sandbox_server)  # the token answer does not drift
    assert EXTRA_FIELD in httpx.get(url, headers=headers).json()
    assert EXTRA_FIELD not in httpx.get(url, headers={**headers, "X-Sandbox-Drift": "0"}).json()


# --- read from the spec ----------------------------------------------------------------------------


@pytest.fixture
def edited_spec(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The HighLevel spec with its search window and rate-limit header names changed."""
    document = copy.deepcopy(_highlevel.load_spec("highlevel_client"))
    document["paths"]["/contacts/search"]["post"]["x-sdk-pagination"]["page-window"] = 50
    document["info"]["x-sdk"]["rate-limit-headers"] = {
        "limit": "X-Edited-Max",
        "remaining": "X-Edited-Left",
        "interval-ms": "X-Edited-Window-Ms",
        "daily-limit": "X-Edited-Day",
        "daily-remaining": "X-Edited-Day-Left",
    }
    monkeypatch.setattr(_highlevel, "load_spec", lambda package: document)
    return document


@pytest.mark.usefixtures("edited_spec")
def test_search_window_and_rate_limit_headers_come_from_the_spec() -> None:
    settings = SandboxSettings(highlevel_rate_limit=RateLimit(50, 10.0))
    with SandboxServer(Sandbox(settings)) as server:
        url = f"{server.highlevel_base_url}/contacts/search"
        inside = httpx.post(url, json={"locationId": "l", "page": 2, "pageLimit": 25}, headers=highlevel_headers())
        assert inside.status_code == 200
        assert (inside.headers["x-edited-max"], inside.headers["x-edited-left"]) == ("50", "49")
        assert inside.headers["x-edited-window-ms"] == "10000"
        assert (inside.headers["x-edited-day"], inside.headers["x-edited-day-left"]) == ("200000", "199999")
        assert "x-ratelimit-max" not in inside.headers
        past = httpx.post(url, json={"locationId": "l", "page": 3, "pageLimit": 25}, headers=highlevel_headers())
        assert past.status_code == 400 and "50" in past.json()["message"]


def test_paging_wire_names_come_from_the_spec(contacts_sandbox: Sandbox) -> None:
    sakari_paging = contacts_sandbox.sakari.spec.pagination("listContacts")
    assert contacts_sandbox.sakari.offset_param == sakari_paging["offset-param"]
    search = contacts_sandbox.highlevel.spec.pagination("searchContacts")
    highlevel = contacts_sandbox.highlevel
    assert (highlevel.page_field, highlevel.limit_field, highlevel.cursor_field, highlevel.search_window) == (
        search["page-field"],
        search["limit-field"],
        search["cursor-field"],
        search["page-window"],
    )
    cursor_params = contacts_sandbox.highlevel.spec.pagination("listContacts")["cursor-params"]
    assert [highlevel.list_cursor_id, highlevel.list_cursor_value] == cursor_params
    assert not hasattr(_highlevel, "SEARCH_WINDOW") and not hasattr(_sakari, "SEARCH_WINDOW")
