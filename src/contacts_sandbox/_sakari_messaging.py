"""Sakari messaging, simulated: messages and their delivery, conversations, templates, campaigns, webhooks, files.

Where Sakari's description is silent the behaviour here is the sandbox's own choice, and the spec says
so with ``x-sandbox-choice`` next to the operation or field concerned.
"""

from __future__ import annotations

import datetime
import math
import re
import secrets
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any, Protocol

from ._service import Answer, Call, ServiceError, digits, utc_now

SENDING_NUMBER = "+15550100"
PRICE_PER_SEGMENT = 0.0075
SEGMENT_LENGTH = 160
LINK_LIFETIME = datetime.timedelta(days=7)
DEFAULT_LIMIT = 10
WEBHOOK_EVENTS = frozenset(
    {
        "message-received",
        "message-status",
        "message-sent",
        "conversation-closed",
        "contact-created",
        "contact-updated",
        "contact-removed",
    }
)
# {{ firstName }}, {{{firstName}}} and {{{ contact.firstName }}}: the placeholder styles of Sakari's samples.
PLACEHOLDER = re.compile(r"\{\{\{?\s*(?:contact\.)?([A-Za-z_][\w]*)\s*\}?\}\}")
UNDELIVERABLE = {"code": "MSG-010", "description": "The contact's number cannot receive messages"}

Records = dict[str, dict[str, Any]]


def _page(records: list[dict[str, Any]], call: Call) -> dict[str, Any]:
    offset = call.query.get("offset", 0)
    limit = call.query.get("limit", DEFAULT_LIMIT)
    page = records[offset : offset + limit]
    pagination = {
        "totalCount": len(records),
        "limit": limit,
        "offset": offset,
        "hasNext": offset + len(page) < len(records),
    }
    return {"success": True, "pagination": pagination, "data": page}


def _named(records: Iterable[dict[str, Any]], call: Call) -> list[dict[str, Any]]:
    wanted = call.query.get("name")
    if wanted is None:
        return list(records)
    return [record for record in records if str(wanted).lower() in str(record.get("name") or "").lower()]


def identifiers(contact: dict[str, Any]) -> dict[str, Any]:
    """The ``ContactIdentifiers`` of a contact, as messages and conversations carry them."""
    found: dict[str, Any] = {key: contact[key] for key in ("id", "email", "firstName", "lastName") if key in contact}
    mobile = {key: value for key, value in (contact.get("mobile") or {}).items() if key in ("country", "number")}
    if mobile:
        found["mobile"] = mobile
    return found


def render(template: str, contact: dict[str, Any]) -> str:
    """The template with each placeholder replaced by the contact's field (or custom attribute), else nothing."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "mobile":
            return str((contact.get("mobile") or {}).get("number") or "")
        if name in contact and not isinstance(contact[name], dict | list):
            return str(contact[name])
        return str((contact.get("attributes") or {}).get(name) or "")

    return PLACEHOLDER.sub(value, template)


def _condition_holds(contact: dict[str, Any], condition: dict[str, Any]) -> bool:
    name = condition.get("attribute")
    comparator = condition.get("comparator", "eq")
    wanted = condition.get("value")
    if not isinstance(name, str) or comparator not in ("eq", "neq", "contains"):
        raise ServiceError(
            400,
            "each attribute condition needs `attribute` and a `comparator` of eq, neq or contains",
            "MSG-004",
        )
    values = [str(item) for item in (wanted if isinstance(wanted, list) else [wanted])]
    actual = str((contact.get("attributes") or {}).get(name, contact.get(name, "")) or "")
    if comparator == "contains":
        return any(value.lower() in actual.lower() for value in values)
    equal = any(value == actual for value in values)
    return equal if comparator == "eq" else not equal


def matches_filters(contact: dict[str, Any], filters: dict[str, Any]) -> bool:
    """Whether a contact carries every tag and meets every attribute condition of a send's ``filters``."""
    have = {tag.get("tag") for tag in contact.get("tags", [])}
    if not set(filters.get("tags") or []) <= have:
        return False
    return all(_condition_holds(contact, condition) for condition in filters.get("attributes") or [])


class SakariContacts(Protocol):
    """What messaging needs of the Sakari service (``SakariService``): its contacts, and how it records who acted.

    Declared here, on the side that uses it, so that messaging does not import the service that holds it.
    """

    @property
    def lock(self) -> AbstractContextManager[Any]: ...

    @property
    def accounts(self) -> dict[str, Records]: ...

    def account_contacts(self, call: Call) -> Records: ...

    def by_mobile(self, call: Call) -> Records: ...

    def merge(self, call: Call, fields: dict[str, Any], strategy: str) -> dict[str, Any]: ...

    def stamp(self, call: Call) -> dict[str, Any]: ...


class SakariMessaging:
    """The messaging half of the Sakari sandbox; contacts stay with ``SakariService``."""

    def __init__(self, service: SakariContacts) -> None:
        self.service = service
        self.messages: dict[str, Records] = {}
        self.conversations: dict[str, Records] = {}
        self.templates: dict[str, Records] = {}
        self.campaigns: dict[str, Records] = {}
        self.webhooks: dict[str, Records] = {}
        self.shared_files: dict[str, bytes] = {}
        self._open: dict[tuple[str, str], str] = {}
        """The open conversation of each (account, contact)."""
        self._progress: dict[str, deque[str]] = {}
        """The statuses each message has still to go through, one per read."""

    def handlers(self) -> dict[str, Callable[[Call], Answer]]:
        return {
            "listMessages": self.list_messages,
            "sendMessage": self.send_message,
            "getMessage": self.get_message,
            "listTemplates": self.list_templates,
            "createTemplate": self.create_template,
            "getTemplate": self.get_template,
            "updateTemplate": self.update_template,
            "deleteTemplate": self.delete_template,
            "listCampaigns": self.list_campaigns,
            "createCampaign": self.create_campaign,
            "getCampaign": self.get_campaign,
            "updateCampaign": self.update_campaign,
            "deleteCampaign": self.delete_campaign,
            "listConversations": self.list_conversations,
            "getConversation": self.get_conversation,
            "closeConversation": self.close_conversation,
            "shareFile": self.share_file,
            "listWebhooks": self.list_webhooks,
            "subscribeWebhook": self.subscribe_webhook,
            "unsubscribeWebhook": self.unsubscribe_webhook,
        }

    def reset(self) -> None:
        for records in (self.messages, self.conversations, self.templates, self.campaigns, self.webhooks):
            records.clear()
        self.shared_files.clear()
        self._open.clear()
        self._progress.clear()

    # --- helpers ------------------------------------------------------------------------------------

    @staticmethod
    def _account(store: dict[str, Records], call: Call) -> Records:
        return store.setdefault(call.path["accountId"], {})

    @staticmethod
    def _one(records: Records, key: str, what: str, code: str) -> dict[str, Any]:
        record = records.get(key)
        if record is None:
            raise ServiceError(404, f"{what} {key} not found", code)
        return record

    def _advance(self, message: dict[str, Any], call: Call) -> None:
        """Move a message one step along its delivery, as reading it in the sandbox does."""
        steps = self._progress.get(message["id"])
        if not steps:
            return
        message["status"] = steps.popleft()
        if message["status"] == "failed":
            message["error"] = dict(UNDELIVERABLE)
        message["updated"] = self.service.stamp(call)

    def _conversation_for(self, account_id: str, contact: dict[str, Any], stamp: dict[str, Any]) -> dict[str, Any]:
        """The contact's open conversation, opened now if it has none (a closed one is never reopened)."""
        conversations = self.conversations.setdefault(account_id, {})
        key = (account_id, contact["id"])
        if key in self._open:
            return conversations[self._open[key]]
        conversation: dict[str, Any] = {
            "id": uuid.uuid4().hex,
            "contact": identifiers(contact),
            "closed": False,
            "phoneNumber": {"country": "US", "number": SENDING_NUMBER, "active": True},
            "unread": [],
            "created": stamp,
            "updated": stamp,
        }
        conversations[conversation["id"]] = conversation
        self._open[key] = conversation["id"]
        return conversation

    def _recipients(self, call: Call) -> list[dict[str, Any]]:
        """Every contact a send reaches, each once, checked before anything is created."""
        body = call.body
        contacts = self.service.account_contacts(call)
        chosen: dict[str, dict[str, Any]] = {}
        new_numbers: list[dict[str, Any]] = []
        for index, entry in enumerate(body.get("contacts") or []):
            if "id" in entry:
                chosen.setdefault(entry["id"], self._one(contacts, entry["id"], "Contact", "CONT-404"))
            elif digits((entry.get("mobile") or {}).get("number")):
                existing = self.service.by_mobile(call).get(digits(entry["mobile"]["number"]))
                if existing is None:
                    new_numbers.append(entry)
                else:
                    chosen.setdefault(existing["id"], existing)
            else:
                raise ServiceError(400, f"contacts[{index}] needs an `id` or a `mobile.number`", "MSG-003")
        conversations = self._account(self.conversations, call)
        for conversation_id in body.get("conversations") or []:
            conversation = self._one(conversations, conversation_id, "Conversation", "CONV-001")
            contact_id = conversation["contact"]["id"]
            chosen.setdefault(contact_id, self._one(contacts, contact_id, "Contact", "CONT-404"))
        if "filters" in body:
            for contact in contacts.values():
                if matches_filters(contact, body["filters"]):
                    chosen.setdefault(contact["id"], contact)
        for entry in new_numbers:
            contact = self.service.merge(call, {key: value for key, value in entry.items() if key != "id"}, "append")
            chosen.setdefault(contact["id"], contact)
        return list(chosen.values())

    # --- messages -----------------------------------------------------------------------------------

    def send_message(self, call: Call) -> Answer:
        template = call.body.get("template")
        if not isinstance(template, str) or not template:
            raise ServiceError(400, "`template` (the text to send) is required", "MSG-001")
        if not any(key in call.body for key in ("contacts", "filters", "conversations")):
            raise ServiceError(400, "name the recipients with `contacts`, `filters` or `conversations`", "MSG-002")
        recipients = self._recipients(call)
        if not recipients:
            raise ServiceError(400, "no contact matches the recipients given", "MSG-002")
        messages = self._account(self.messages, call)
        media = [{"url": item["url"]} for item in call.body.get("media") or [] if "url" in item]
        sent = []
        for contact in recipients:
            stamp = self.service.stamp(call)
            conversation = self._conversation_for(call.path["accountId"], contact, stamp)
            text = render(template, contact)
            segments = max(1, math.ceil(len(text) / SEGMENT_LENGTH))
            message: dict[str, Any] = {
                "id": uuid.uuid4().hex,
                "contact": identifiers(contact),
                "conversation": {"id": conversation["id"]},
                "message": text,
                "template": template,
                "outgoing": True,
                "phoneNumber": SENDING_NUMBER,
                "price": round(segments * PRICE_PER_SEGMENT, 4),
                "segments": segments,
                "read": True,
                "status": "queued",
                "media": media,
                "created": stamp,
                "updated": stamp,
            }
            deliverable = (contact.get("mobile") or {}).get("valid", False) and not contact.get("blocked")
            self._progress[message["id"]] = deque(["sent", "delivered"] if deliverable else ["failed"])
            messages[message["id"]] = message
            conversation["lastMessage"] = message
            conversation["updated"] = stamp
            sent.append(message)
        result = {
            "messages": sent,
            "jobId": uuid.uuid4().hex,
            "queued": len(sent),
            "estimatedPrice": round(sum(message["price"] for message in sent), 4),
        }
        return Answer(200, {"data": result})

    def receive(self, account_id: str, contact_id: str, text: str) -> dict[str, Any]:
        """A contact texts the account (for tests and demos): the message joins the contact's conversation."""
        with self.service.lock:
            contact = self.service.accounts.get(account_id, {}).get(contact_id)
            if contact is None:
                raise KeyError(f"no contact {contact_id} in account {account_id}")
            stamp = {"at": utc_now().replace(".000Z", "Z"), "by": {"id": contact_id, "source": "sms"}}
            conversation = self._conversation_for(account_id, contact, stamp)
            message: dict[str, Any] = {
                "id": uuid.uuid4().hex,
                "contact": identifiers(contact),
                "conversation": {"id": conversation["id"]},
                "message": text,
                "outgoing": False,
                "phoneNumber": SENDING_NUMBER,
                "read": False,
                "status": "received",
                "created": stamp,
                "updated": stamp,
            }
            self.messages.setdefault(account_id, {})[message["id"]] = message
            conversation["lastMessage"] = message
            conversation["unread"].append(message["id"])
            conversation["updated"] = stamp
            return message

    def list_messages(self, call: Call) -> Answer:
        found = [
            message
            for message in self._account(self.messages, call).values()
            if call.query.get("contactId") in (None, message["contact"].get("id"))
            and call.query.get("conversationId") in (None, message["conversation"]["id"])
        ]
        answer = _page(found, call)
        for message in answer["data"]:
            self._advance(message, call)
        return Answer(200, answer)

    def get_message(self, call: Call) -> Answer:
        message = self._one(self._account(self.messages, call), call.path["messageId"], "Message", "MSG-404")
        self._advance(message, call)
        return Answer(200, {"success": True, "data": message})

    # --- templates ----------------------------------------------------------------------------------

    def list_templates(self, call: Call) -> Answer:
        return Answer(200, _page(_named(self._account(self.templates, call).values(), call), call))

    def create_template(self, call: Call) -> Answer:
        template = {"id": uuid.uuid4().hex, **call.body}
        self._account(self.templates, call)[template["id"]] = template
        pagination = {"totalCount": 1, "limit": 1, "offset": 0, "hasNext": False}
        return Answer(201, {"success": True, "pagination": pagination, "data": [template]})

    def get_template(self, call: Call) -> Answer:
        return Answer(200, {"success": True, "data": self._template(call)})

    def _template(self, call: Call) -> dict[str, Any]:
        return self._one(self._account(self.templates, call), call.path["templateId"], "Template", "TMPL-404")

    def update_template(self, call: Call) -> Answer:
        template = self._template(call)
        template.update({key: value for key, value in call.body.items() if key != "id"})
        return Answer(200, {"success": True, "data": template})

    def delete_template(self, call: Call) -> Answer:
        template = self._template(call)
        uses = {template["id"], template.get("template")}
        users = [
            campaign["id"]
            for campaign in self._account(self.campaigns, call).values()
            if campaign.get("template") in uses
        ]
        if users:
            raise ServiceError(
                409, f"Template {template['id']} is used by campaign(s) {', '.join(sorted(users))}", "TMPL-409"
            )
        del self._account(self.templates, call)[template["id"]]
        return Answer(200, {"success": True})

    # --- campaigns ----------------------------------------------------------------------------------

    def list_campaigns(self, call: Call) -> Answer:
        return Answer(200, _page(_named(self._account(self.campaigns, call).values(), call), call))

    def create_campaign(self, call: Call) -> Answer:
        campaign = {"id": uuid.uuid4().hex, **call.body}
        self._account(self.campaigns, call)[campaign["id"]] = campaign
        return Answer(201, {"success": True, "data": campaign})

    def _campaign(self, call: Call) -> dict[str, Any]:
        return self._one(self._account(self.campaigns, call), call.path["campaignId"], "Campaign", "CAMP-404")

    def get_campaign(self, call: Call) -> Answer:
        return Answer(200, {"success": True, "data": self._campaign(call)})

    def update_campaign(self, call: Call) -> Answer:
        campaign = self._campaign(call)
        campaign.update({key: value for key, value in call.body.items() if key != "id"})
        return Answer(200, {"success": True, "data": campaign})

    def delete_campaign(self, call: Call) -> Answer:
        campaign = self._campaign(call)
        del self._account(self.campaigns, call)[campaign["id"]]
        return Answer(200, {"success": True})

    # --- conversations ------------------------------------------------------------------------------

    def list_conversations(self, call: Call) -> Answer:
        return Answer(200, _page(list(self._account(self.conversations, call).values()), call))

    def _conversation(self, call: Call) -> dict[str, Any]:
        conversations = self._account(self.conversations, call)
        return self._one(conversations, call.path["conversationId"], "Conversation", "CONV-001")

    def get_conversation(self, call: Call) -> Answer:
        return Answer(200, {"success": True, "data": self._conversation(call)})

    def close_conversation(self, call: Call) -> Answer:
        conversation = self._conversation(call)
        if not conversation["closed"]:
            conversation["closed"] = True
            conversation["updated"] = self.service.stamp(call)
            key = (call.path["accountId"], conversation["contact"]["id"])
            if self._open.get(key) == conversation["id"]:
                del self._open[key]
        return Answer(200, {"success": True, "data": conversation})

    # --- files and webhooks -------------------------------------------------------------------------

    def share_file(self, call: Call) -> Answer:
        if not call.body:
            raise ServiceError(400, "the file is empty", "FILE-001")
        link = f"https://link.sakari.io/{secrets.token_urlsafe(8)}"
        self.shared_files[link] = bytes(call.body)
        expires = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + LINK_LIFETIME
        return Answer(
            200, {"success": True, "data": {"link": link, "expires": expires.isoformat().replace("+00:00", "Z")}}
        )

    def list_webhooks(self, call: Call) -> Answer:
        webhooks = list(self._account(self.webhooks, call).values())
        pagination = {"totalCount": len(webhooks), "limit": len(webhooks), "offset": 0, "hasNext": False}
        return Answer(200, {"success": True, "pagination": pagination, "data": webhooks})

    def subscribe_webhook(self, call: Call) -> Answer:
        url = call.body.get("url") or call.body.get("callbackUrl")
        if not isinstance(url, str) or not url:
            raise ServiceError(400, "`url` (the callback URL) is required", "WHK-001")
        event_types = list(call.body.get("eventTypes") or [])
        unknown = sorted(set(event_types) - WEBHOOK_EVENTS)
        if unknown:
            raise ServiceError(400, f"unknown event type(s) {unknown}; known: {sorted(WEBHOOK_EVENTS)}", "WHK-002")
        webhook = {"url": url, "eventTypes": list(dict.fromkeys(event_types))}
        self._account(self.webhooks, call)[url] = webhook
        return Answer(200, {"success": True, "data": webhook})

    def unsubscribe_webhook(self, call: Call) -> Answer:
        url = call.path["url"]  # decoded once by the router, which matches the path as sent
        webhooks = self._account(self.webhooks, call)
        if url not in webhooks:
            raise ServiceError(404, f"No webhook subscription for {url}", "WHK-404")
        del webhooks[url]
        return Answer(204, None)
