"""The Sakari sandbox's messaging state: deliveries, conversations, refusals, webhooks and shared files."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sakari_client import Sakari, errors
from sakari_client.models import ContactRequest, Mobile

from contacts_sandbox import SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, Sandbox, SandboxServer


@pytest.fixture
def raw(contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox) -> Iterator[httpx.Client]:
    """Plain HTTP to the sandbox's Sakari account ``acct-1``, with a token, for what the facade cannot send."""
    base = contacts_sandbox_server.sakari_base_url
    token_url = base.rsplit("/v1", 1)[0] + "/oauth2/token"
    grant = {"grant_type": "client_credentials", "client_id": SAKARI_CLIENT_ID, "client_secret": SAKARI_CLIENT_SECRET}
    token = httpx.post(token_url, json=grant).json()["access_token"]
    with httpx.Client(base_url=f"{base}/accounts/acct-1", headers={"Authorization": f"Bearer {token}"}) as client:
        yield client


def _contact(sakari: Sakari, number: str, first: str = "Ann") -> str:
    return str(sakari.contacts.create(first_name=first, mobile=Mobile(number=number, country="US")).data[0].id)


def test_message_to_an_invalid_number_fails_with_an_error(sakari_sandbox: Sakari) -> None:
    contact_id = _contact(sakari_sandbox, "12")
    message = sakari_sandbox.messages.send(contacts=[ContactRequest(id=contact_id)], template="x").data.messages[0]
    fetched = sakari_sandbox.messages.get(str(message.id)).data
    assert fetched.status == "failed"
    assert fetched.error.code == "MSG-010"


def test_listing_moves_each_listed_message_one_step(sakari_sandbox: Sakari) -> None:
    contact_id = _contact(sakari_sandbox, "+15550001")
    for _ in range(3):
        sakari_sandbox.messages.send(contacts=[ContactRequest(id=contact_id)], template="x")
    assert [message.status for message in sakari_sandbox.messages.list(limit=2)] == ["sent"] * 3
    assert [message.status for message in sakari_sandbox.messages.list()] == ["delivered"] * 3


def test_an_incoming_message_joins_the_open_conversation_unread(
    sakari_sandbox: Sakari, contacts_sandbox: Sandbox
) -> None:
    contact_id = _contact(sakari_sandbox, "+15550001")
    sent = sakari_sandbox.messages.send(contacts=[ContactRequest(id=contact_id)], template="Hi").data.messages[0]
    incoming = contacts_sandbox.sakari.messaging.receive("acct-1", contact_id, "STOP")
    conversation = sakari_sandbox.conversations.get(str(sent.conversation.id)).data
    assert conversation.last_message.message == "STOP" and conversation.last_message.outgoing is False
    assert conversation.unread == [incoming["id"]]
    texts = [message.message for message in sakari_sandbox.messages.list(conversation_id=str(conversation.id))]
    assert texts == ["Hi", "STOP"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"contacts": [{"id": "x"}]}, "MSG-001"),
        ({"template": "x"}, "MSG-002"),
        ({"template": "x", "filters": {"tags": ["nobody-has-this"]}}, "MSG-002"),
        ({"template": "x", "contacts": [{"firstName": "no id, no number"}]}, "MSG-003"),
        ({"template": "x", "filters": {"attributes": [{"comparator": "eq"}]}}, "MSG-004"),
        ({"template": "x", "conversations": ["none"]}, "CONV-001"),
    ],
)
def test_bad_sends_are_refused_and_send_nothing(raw: httpx.Client, body: dict[str, Any], code: str) -> None:
    raw.post("/contacts", json={"firstName": "Ann", "mobile": {"number": "+15550001"}})
    answer = raw.post("/messages", json=body)
    assert answer.status_code in (400, 404)
    assert answer.json()["error"]["code"] == code
    assert raw.get("/messages").json()["data"] == []


def test_each_recipient_gets_one_message(sakari_sandbox: Sakari) -> None:
    contact_id = _contact(sakari_sandbox, "+15550001")
    answer = sakari_sandbox.messages.send(
        contacts=[ContactRequest(id=contact_id), ContactRequest(mobile=Mobile(number="+1 555 0001"))],
        template="once",
    )
    assert [message.contact.id for message in answer.data.messages] == [contact_id]


def test_unsubscribe_takes_the_url_as_one_encoded_segment(raw: httpx.Client) -> None:
    url = "https://example.test/hooks/sakari?key=a%2Fb#frag"
    assert raw.post("/webhooks", json={"url": url, "eventTypes": ["message-status"]}).status_code == 200
    assert raw.post("/webhooks", json={"callbackUrl": "https://example.test/other"}).status_code == 200
    hooks = raw.get("/webhooks").json()["data"]
    assert [hook["url"] for hook in hooks] == [url, "https://example.test/other"]

    gone = raw.delete(f"/webhooks/{quote(url, safe='')}")
    assert (gone.status_code, gone.content) == (204, b"")
    assert [hook["url"] for hook in raw.get("/webhooks").json()["data"]] == ["https://example.test/other"]
    again = raw.delete(f"/webhooks/{quote(url, safe='')}")
    assert (again.status_code, again.json()["error"]["code"]) == (404, "WHK-404")


def test_subscribe_needs_a_url_and_known_event_types(raw: httpx.Client) -> None:
    assert raw.post("/webhooks", json={"eventTypes": []}).json()["error"]["code"] == "WHK-001"
    refused = raw.post("/webhooks", json={"url": "https://example.test/h", "eventTypes": ["messageStatus"]})
    assert (refused.status_code, refused.json()["error"]["code"]) == (400, "WHK-002")
    raw.post("/webhooks", json={"url": "https://example.test/h", "eventTypes": ["message-status"]})
    raw.post("/webhooks", json={"url": "https://example.test/h", "eventTypes": ["contact-created"]})
    assert raw.get("/webhooks").json()["data"] == [{"url": "https://example.test/h", "eventTypes": ["contact-created"]}]


def test_a_shared_file_gets_a_link(raw: httpx.Client, contacts_sandbox: Sandbox) -> None:
    share_url = str(raw.base_url).split("/accounts/", 1)[0] + "/tools/sharefile"
    document = b"\x89PNG not really"
    answer = raw.post(share_url, content=document, headers={"Content-Type": "application/octet-stream"})
    assert answer.status_code == 200
    link = answer.json()["data"]["link"]
    assert contacts_sandbox.sakari.messaging.shared_files[link] == document
    assert answer.json()["data"]["expires"].endswith("Z")
    assert raw.post(share_url, content=b"", headers={"Content-Type": "application/octet-stream"}).status_code == 422


def test_reset_forgets_messaging_state(sakari_sandbox: Sakari, contacts_sandbox: Sandbox) -> None:
    contact_id = _contact(sakari_sandbox, "+15550001")
    sakari_sandbox.messages.send(contacts=[ContactRequest(id=contact_id)], template="x")
    sakari_sandbox.templates.create(name="t")
    contacts_sandbox.reset()
    assert list(sakari_sandbox.messages.list()) == []
    assert list(sakari_sandbox.templates.list()) == []
    assert list(sakari_sandbox.conversations.list()) == []


def test_contact_request_id_is_ignored_by_create_and_update(sakari_sandbox: Sakari) -> None:
    contact_id = _contact(sakari_sandbox, "+15550001")
    updated = sakari_sandbox.contacts.update(contact_id, id="other", first_name="Bo").data
    assert (updated.id, updated.first_name) == (contact_id, "Bo")
    created = sakari_sandbox.contacts.create(id="chosen", first_name="Cy", mobile=Mobile(number="+15550002")).data[0]
    assert created.id != "chosen"
    with pytest.raises(errors.NotFoundError):
        sakari_sandbox.contacts.get("other")


@pytest.mark.parametrize("path", ["/contacts", "/messages", "/templates", "/campaigns", "/conversations"])
def test_an_offset_at_the_int64_maximum_is_an_empty_page(raw: httpx.Client, path: str) -> None:
    answer = raw.get(path, params={"offset": 2**63 - 1, "limit": 100})
    assert answer.status_code == 200
    assert answer.json()["data"] == [] and answer.json()["pagination"]["hasNext"] is False
