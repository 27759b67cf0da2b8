"""Sakari's messaging operations through the facade: sync, async and raw, against the sandbox and mocks."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sakari_client import AsyncSakari, Sakari, errors
from sakari_client.models import (
    CampaignFilters,
    CampaignRequest,
    CampaignResponse,
    CampaignTrigger,
    CampaignTriggerCode,
    ContactRequest,
    ConversationResponse,
    MediaLink,
    Message,
    MessageFilters,
    MessageFiltersAttributesItem,
    MessageResponse,
    Mobile,
    SendMessagesResponse,
    SuccessResponse,
    Tag,
    TemplateResponse,
    TemplatesResponse,
    TemplateType,
    WebhookEventName,
    WebhookResponse,
    WebhooksResponse,
)
from sakari_client.types import Unset

from contacts_sandbox import Sandbox, SandboxServer
from contacts_sandbox._app import SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET

from .conftest import Service


def _contact(sakari: Sakari, first: str, number: str, *tags: str, city: str = "Boston") -> str:
    created = sakari.contacts.create(
        first_name=first,
        mobile=Mobile(number=number, country="US"),
        tags=[Tag(tag=tag) for tag in tags],
        attributes=None if not city else _attributes(city),
    )
    identifier = created.data[0].id
    assert isinstance(identifier, str)
    return identifier


def _attributes(city: str) -> Any:
    from sakari_client.models import ContactAttributes

    attributes = ContactAttributes()
    attributes["city"] = city
    return attributes


def _sent(answer: SendMessagesResponse) -> list[Message]:
    assert not isinstance(answer.data, Unset) and not isinstance(answer.data.messages, Unset)
    return answer.data.messages


def test_send_to_contact_ids_numbers_and_a_filter(sakari_sandbox: Sakari) -> None:
    ann = _contact(sakari_sandbox, "Ann", "+15550001", "vip")
    bob = _contact(sakari_sandbox, "Bob", "+15550002", "vip", city="Denver")
    _contact(sakari_sandbox, "Cid", "+15550003")

    by_id = _sent(sakari_sandbox.messages.send(contacts=[ContactRequest(id=ann)], template="Hi {{ firstName }}"))
    assert [(message.contact.id, message.message) for message in by_id] == [(ann, "Hi Ann")]

    by_number = _sent(
        sakari_sandbox.messages.send(
            contacts=[ContactRequest(mobile=Mobile(number="+15550002", country="US"))], template="Yo"
        )
    )
    assert [message.contact.id for message in by_number] == [bob]

    vip_in_boston = MessageFilters(
        tags=["vip"], attributes=[MessageFiltersAttributesItem.from_dict({"attribute": "city", "value": "Boston"})]
    )
    by_filter = _sent(sakari_sandbox.messages.send(filters=vip_in_boston, template="Hello {{{contact.firstName}}}"))
    assert [(message.contact.id, message.message) for message in by_filter] == [(ann, "Hello Ann")]


def test_sending_to_a_new_number_creates_its_contact(sakari_sandbox: Sakari) -> None:
    answer = sakari_sandbox.messages.send(
        contacts=[ContactRequest(first_name="Dee", mobile=Mobile(number="+15550009", country="US"))],
        template="Welcome {{ firstName }}",
        media=[MediaLink(url="https://link.sakari.io/x")],
    )
    message = _sent(answer)[0]
    assert message.message == "Welcome Dee" and message.status == "queued"
    assert answer.data.queued == 1
    assert [media.url for media in message.media] == ["https://link.sakari.io/x"]
    contacts = list(sakari_sandbox.contacts.list(mobile="5550009"))
    assert [contact.id for contact in contacts] == [message.contact.id]


def test_message_moves_through_statuses_and_joins_the_conversation(sakari_sandbox: Sakari) -> None:
    ann = _contact(sakari_sandbox, "Ann", "+15550001")
    message = _sent(sakari_sandbox.messages.send(contacts=[ContactRequest(id=ann)], template="One"))[0]
    assert isinstance(message.id, str)
    statuses = [message.status] + [sakari_sandbox.messages.get(message.id).data.status for _ in range(3)]
    assert statuses == ["queued", "sent", "delivered", "delivered"]

    conversation_id = message.conversation.id
    assert isinstance(conversation_id, str)
    conversation = sakari_sandbox.conversations.get(conversation_id).data
    assert conversation.contact.id == ann
    assert conversation.last_message.id == message.id
    listed = list(sakari_sandbox.messages.list(conversation_id=conversation_id))
    assert [item.id for item in listed] == [message.id]
    assert [item.id for item in sakari_sandbox.conversations.list()] == [conversation_id]

    closed = sakari_sandbox.conversations.close(conversation_id)
    assert isinstance(closed, ConversationResponse) and closed.data.closed is True
    again = _sent(sakari_sandbox.messages.send(contacts=[ContactRequest(id=ann)], template="Two"))[0]
    assert again.conversation.id != conversation_id


def test_unknown_contact_id_sends_nothing(sakari_sandbox: Sakari) -> None:
    ann = _contact(sakari_sandbox, "Ann", "+15550001")
    with pytest.raises(errors.NotFoundError):
        sakari_sandbox.messages.send(contacts=[ContactRequest(id=ann), ContactRequest(id="nobody")], template="x")
    assert list(sakari_sandbox.messages.list()) == []


def test_templates_crud_and_paging(sakari_sandbox: Sakari) -> None:
    created = [
        sakari_sandbox.templates.create(
            name=f"Sale {index}", type_=TemplateType.SMS, template=f"Hi {{{{ firstName }}}} {index}"
        )
        for index in range(5)
    ]
    assert all(isinstance(answer, TemplatesResponse) for answer in created)
    template_id = created[0].data[0].id
    assert isinstance(template_id, str)
    page = sakari_sandbox.templates.list(limit=2)
    assert len(page.data) == 2 and page.has_next_page()
    assert [template.name for template in page] == [f"Sale {index}" for index in range(5)]
    assert [template.name for template in sakari_sandbox.templates.list(name="sale 3")] == ["Sale 3"]
    updated = sakari_sandbox.templates.update(template_id, name="Renamed", template="Bye")
    assert isinstance(updated, TemplateResponse) and updated.data.name == "Renamed"
    assert sakari_sandbox.templates.get(template_id).data.template == "Bye"
    assert isinstance(sakari_sandbox.templates.delete(template_id), SuccessResponse)
    with pytest.raises(errors.NotFoundError):
        sakari_sandbox.templates.get(template_id)


def test_campaigns_crud_and_a_used_template_is_not_deleted(sakari_sandbox: Sakari) -> None:
    template = sakari_sandbox.templates.create(name="Promo", template="Hi {{{contact.firstName}}}").data[0]
    assert isinstance(template.id, str)
    campaign = sakari_sandbox.campaigns.create(
        name="Spring",
        trigger=CampaignTrigger(code=CampaignTriggerCode.M),
        filters=CampaignFilters(tags=["vip"]),
        template=template.id,
    )
    assert isinstance(campaign, CampaignResponse)
    campaign_id = campaign.data.id
    assert isinstance(campaign_id, str)
    with pytest.raises(errors.ConflictError) as refused:
        sakari_sandbox.templates.delete(template.id)
    assert campaign_id in str(refused.value.message)
    assert sakari_sandbox.templates.get(template.id).data.id == template.id

    changed = sakari_sandbox.campaigns.update(campaign_id, body=CampaignRequest(name="Summer", template="plain text"))
    assert changed.data.name == "Summer"
    assert sakari_sandbox.campaigns.get(campaign_id).data.template == "plain text"
    assert [item.id for item in sakari_sandbox.campaigns.list(name="summ")] == [campaign_id]
    assert isinstance(sakari_sandbox.templates.delete(template.id), SuccessResponse)
    assert isinstance(sakari_sandbox.campaigns.delete(campaign_id), SuccessResponse)
    assert list(sakari_sandbox.campaigns.list()) == []


def test_webhooks_subscribe_and_list(sakari_sandbox: Sakari) -> None:
    answer = sakari_sandbox.webhooks.subscribe(url="https://example.test/hook?x=1", event_types=["message-status"])
    assert isinstance(answer, WebhookResponse)
    assert answer.data.event_types == [WebhookEventName.MESSAGE_STATUS]
    listed = sakari_sandbox.webhooks.list()
    assert isinstance(listed, WebhooksResponse)
    assert [hook.url for hook in listed.data] == ["https://example.test/hook?x=1"]
    with pytest.raises(errors.BadRequestError):
        sakari_sandbox.webhooks.subscribe(url="https://example.test/other", event_types=["messageStatus"])


def test_webhooks_unsubscribe_takes_the_whole_url_as_one_segment(sakari_sandbox: Sakari) -> None:
    url = "https://example.test/hooks/a/../b?key=a%2Fb#frag"
    sakari_sandbox.webhooks.subscribe(url=url, event_types=["message-status"])
    sakari_sandbox.webhooks.subscribe(url="https://example.test/other", event_types=["message-status"])
    assert sakari_sandbox.webhooks.unsubscribe(url) is None  # 204: no body
    assert [hook.url for hook in sakari_sandbox.webhooks.list().data] == ["https://example.test/other"]
    with pytest.raises(errors.NotFoundError):
        sakari_sandbox.webhooks.unsubscribe(url)


def test_files_share_sends_a_path_bytes_or_a_binary_file(sakari_sandbox: Sakari, tmp_path: Path) -> None:
    document = tmp_path / "menu.pdf"
    document.write_bytes(b"%PDF-1.4 menu")
    for given in (document, str(document), b"%PDF-1.4 menu", document.open("rb")):
        shared = sakari_sandbox.files.share(given).data
        assert shared is not None and shared.link
    with pytest.raises(ValueError, match="text mode"):
        sakari_sandbox.files.share(document.open("r"))  # type: ignore[arg-type]


def test_raw_responses(sakari_sandbox: Sakari) -> None:
    ann = _contact(sakari_sandbox, "Ann", "+15550001")
    raw = sakari_sandbox.messages.with_raw_response.send(contacts=[ContactRequest(id=ann)], template="x")
    assert raw.status_code == 200
    message_id = _sent(raw.parse())[0].id
    assert isinstance(message_id, str)
    assert isinstance(sakari_sandbox.messages.with_raw_response.get(message_id).parse(), MessageResponse)
    assert sakari_sandbox.messages.with_raw_response.list().status_code == 200
    created = sakari_sandbox.templates.with_raw_response.create(name="T", template="t")
    assert created.status_code == 201
    template_id = created.parse().data[0].id
    assert isinstance(template_id, str)
    for raw_answer in (
        sakari_sandbox.templates.with_raw_response.get(template_id),
        sakari_sandbox.templates.with_raw_response.update(template_id, name="U"),
        sakari_sandbox.templates.with_raw_response.list(),
        sakari_sandbox.templates.with_raw_response.delete(template_id),
        sakari_sandbox.campaigns.with_raw_response.list(),
        sakari_sandbox.conversations.with_raw_response.list(),
        sakari_sandbox.webhooks.with_raw_response.subscribe(url="https://example.test/h"),
        sakari_sandbox.webhooks.with_raw_response.list(),
    ):
        assert raw_answer.status_code == 200
        raw_answer.parse()
    campaign = sakari_sandbox.campaigns.with_raw_response.create(name="C")
    assert campaign.status_code == 201
    campaign_id = campaign.parse().data.id
    assert isinstance(campaign_id, str)
    assert sakari_sandbox.campaigns.with_raw_response.get(campaign_id).status_code == 200
    assert sakari_sandbox.campaigns.with_raw_response.update(campaign_id, name="D").status_code == 200
    assert sakari_sandbox.campaigns.with_raw_response.delete(campaign_id).status_code == 200
    conversation_id = sakari_sandbox.conversations.list().data[0].id
    assert isinstance(conversation_id, str)
    assert sakari_sandbox.conversations.with_raw_response.get(conversation_id).status_code == 200
    assert sakari_sandbox.conversations.with_raw_response.close(conversation_id).status_code == 200


@pytest.fixture
async def async_sakari_sandbox(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> AsyncIterator[AsyncSakari]:
    async with AsyncSakari(
        client_id=SAKARI_CLIENT_ID,
        client_secret=SAKARI_CLIENT_SECRET,
        account_id="acct-1",
        base_url=contacts_sandbox_server.sakari_base_url,
    ) as client:
        yield client


async def test_async_operations(async_sakari_sandbox: AsyncSakari, contacts_sandbox: Sandbox) -> None:
    sakari = async_sakari_sandbox
    created = await sakari.contacts.create(first_name="Ann", mobile=Mobile(number="+15550001", country="US"))
    ann = created.data[0].id
    assert isinstance(ann, str)
    sent = await sakari.messages.send(contacts=[ContactRequest(id=ann)], template="Hi {{ firstName }}")
    message = _sent(sent)[0]
    assert isinstance(message.id, str)
    assert (await sakari.messages.get(message.id)).data.status == "sent"
    assert [item.id async for item in sakari.messages.list(contact_id=ann)] == [message.id]
    raw = await sakari.messages.with_raw_response.get(message.id)
    assert raw.parse().data.status == "delivered"

    template = (await sakari.templates.create(name="T", template="t")).data[0]
    assert isinstance(template.id, str)
    assert (await sakari.templates.get(template.id)).data.name == "T"
    assert (await sakari.templates.update(template.id, name="U")).data.name == "U"
    assert [item.name async for item in sakari.templates.list()] == ["U"]
    await sakari.templates.delete(template.id)

    campaign = (await sakari.campaigns.create(name="C", template="t")).data
    assert isinstance(campaign.id, str)
    assert (await sakari.campaigns.get(campaign.id)).data.name == "C"
    assert (await sakari.campaigns.update(campaign.id, name="D")).data.name == "D"
    assert [item.name async for item in sakari.campaigns.list()] == ["D"]
    await sakari.campaigns.delete(campaign.id)

    conversations = [item async for item in sakari.conversations.list()]
    conversation_id = conversations[0].id
    assert isinstance(conversation_id, str)
    assert (await sakari.conversations.get(conversation_id)).data.closed is False
    assert (await sakari.conversations.close(conversation_id)).data.closed is True

    await sakari.webhooks.subscribe(url="https://example.test/h", event_types=["message-received"])
    assert [hook.url for hook in (await sakari.webhooks.list()).data] == ["https://example.test/h"]
    assert contacts_sandbox.sakari.messaging.webhooks["acct-1"]


# --- messages.send is never sent twice once it may have reached the server -----------------------------

SENT = {"data": {"messages": [{"id": "m-1", "status": "queued"}], "jobId": "j-1", "queued": 1}}


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("no answer in time"),
        httpx.RemoteProtocolError("connection reset after the request was sent"),
        httpx.ReadError("connection reset"),
        httpx.Response(500, json={"success": False, "error": {"code": "X", "message": "boom"}}),
        httpx.Response(503, json={"success": False, "error": {"code": "X", "message": "busy"}}),
    ],
    ids=["read-timeout", "remote-protocol", "read-error", "500", "503"],
)
def test_send_is_not_resent_once_it_may_have_been_sent(sakari: Sakari, service: Service, failure: Any) -> None:
    service.answers = [failure, httpx.Response(200, json=SENT)]
    with pytest.raises(errors.APIError):
        sakari.messages.send(contacts=[ContactRequest(id="c-1")], template="x")
    assert len(service.api_requests()) == 1


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused before sending"),
        httpx.Response(429, json={"success": False, "error": {"code": "RATE", "message": "slow down"}}),
    ],
    ids=["connect-error", "429"],
)
def test_send_is_retried_when_it_surely_was_not_processed(sakari: Sakari, service: Service, failure: Any) -> None:
    service.answers = [failure, httpx.Response(200, json=SENT)]
    answer = sakari.messages.send(contacts=[ContactRequest(id="c-1")], template="x")
    assert _sent(answer)[0].id == "m-1"
    bodies = [json.loads(request.content) for request in service.api_requests()]
    assert bodies == [{"contacts": [{"id": "c-1"}], "template": "x"}] * 2


async def test_async_send_is_not_resent_after_a_timeout(async_sakari: AsyncSakari, service: Service) -> None:
    service.answers = [httpx.ReadTimeout("sent"), httpx.Response(200, json=SENT)]
    with pytest.raises(errors.APIError):
        await async_sakari.messages.send(contacts=[ContactRequest(id="c-1")], template="x")
    assert len(service.api_requests()) == 1
    await async_sakari.close()


def test_send_request_on_the_wire(sakari: Sakari, service: Service) -> None:
    service.answers = [httpx.Response(200, json=SENT)]
    sakari.messages.send(
        filters=MessageFilters(tags=["vip"]),
        template="Hi {{ firstName }}",
        media=[MediaLink(url="https://link.sakari.io/a")],
    )
    request = service.api_requests()[0]
    assert (request.method, request.url.path) == ("POST", "/v1/accounts/acc-1/messages")
    assert json.loads(request.content) == {
        "filters": {"tags": ["vip"]},
        "template": "Hi {{ firstName }}",
        "media": [{"url": "https://link.sakari.io/a"}],
    }


def test_list_paths_and_filters_on_the_wire(sakari: Sakari, service: Service) -> None:
    empty = {"success": True, "pagination": {"totalCount": 0, "offset": 0, "limit": 5, "hasNext": False}, "data": []}
    service.default = lambda request: httpx.Response(200, json=empty)
    list(sakari.messages.list(limit=5, contact_id="c/1", conversation_id="v 1"))
    list(sakari.templates.list(name="sale"))
    list(sakari.campaigns.list(name="spring"))
    list(sakari.conversations.list(offset=3))
    seen = [(request.url.path, dict(request.url.params)) for request in service.api_requests()]
    assert seen == [
        ("/v1/accounts/acc-1/messages", {"limit": "5", "contactId": "c/1", "conversationId": "v 1"}),
        ("/v1/accounts/acc-1/templates", {"name": "sale"}),
        ("/v1/accounts/acc-1/campaigns", {"name": "spring"}),
        ("/v1/accounts/acc-1/conversations", {"offset": "3"}),
    ]


def test_path_parameters_stay_in_their_segment(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json={"success": True, "data": {}})
    sakari.templates.get("../campaigns/x")
    sakari.conversations.close("a/b?c")
    raw_paths = [request.url.raw_path for request in service.api_requests()]
    assert raw_paths == [
        b"/v1/accounts/acc-1/templates/..%2Fcampaigns%2Fx",
        b"/v1/accounts/acc-1/conversations/a%2Fb%3Fc/close",
    ]


def test_limit_is_checked_before_sending(sakari: Sakari, service: Service) -> None:
    with pytest.raises(ValueError, match="limit"):
        sakari.messages.list(limit=101)
    assert service.api_requests() == []
