"""Sakari, simulated: client-credentials tokens, contacts with merge strategies, CSV imports, attributes."""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import io
import itertools
import json
import math
import secrets
import time
import uuid
from collections.abc import Set
from typing import Any

from ._index import OrderIndex, SetIndex, TextIndex
from ._sakari_messaging import SakariMessaging
from ._service import Answer, Call, Identity, Service, ServiceError, digits, utc_now
from ._spec import Operation, Spec, load_spec

CORE_FIELDS = ("firstName", "lastName", "email")
TEXT_FILTERS = ("firstName", "lastName", "email", "mobile")
"""List filters that keep the contacts whose field contains the value (any case)."""
FILTERS = frozenset({*TEXT_FILTERS, "tags"})
DEFAULT_LIMIT = 10
"""Page size of a list without ``limit``: Sakari documents none, this is what the sandbox serves."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


class AccountIndex:
    """One account's contacts in creation order, with the fields the list filters on indexed."""

    def __init__(self) -> None:
        self.order = OrderIndex()
        self.texts = {name: TextIndex() for name in TEXT_FILTERS}
        self.tags = SetIndex()
        self._sequence = itertools.count()

    def put(self, contact: dict[str, Any]) -> None:
        """Index a new or changed contact."""
        contact_id = contact["id"]
        if contact_id not in self.order.key_of:
            self.order.put(contact_id, (next(self._sequence), contact_id))
        for name, value in _filter_values(contact).items():
            self.texts[name].put(contact_id, value)
        self.tags.put(contact_id, _tag_names(contact))

    def remove(self, contact_id: str) -> None:
        self.order.discard(contact_id)
        for index in self.texts.values():
            index.discard(contact_id)
        self.tags.discard(contact_id)

    def page(self, query: dict[str, Any], offset: int, limit: int) -> tuple[int, list[str]]:
        """How many contacts the filters in ``query`` keep, and the ids of one page of them, in creation order."""
        found: Set[str] | None = None
        hits: Set[str]
        for name in TEXT_FILTERS:
            if query.get(name) is not None:
                hits = self.texts[name].find(str(query[name]))
                found = hits if found is None else found & hits
        if "tags" in query:
            for tag in _wanted_tags(query["tags"]):
                hits = self.tags.find(tag)
                found = hits if found is None else found & hits
        keys = self.order.page(found, offset, limit)
        return self.order.count(found), [key[-1] for key in keys]


class SakariService(Service):
    name = "sakari"

    def __init__(self, credentials: dict[str, str], token_ttl: int = 3600) -> None:
        super().__init__()
        self.spec = Spec(load_spec("sakari_client"))
        self.credentials = dict(credentials)
        self.client_accounts: dict[str, str] = {}  # client id -> the one account its tokens reach
        self.token_ttl = token_ttl
        self._key = secrets.token_bytes(32)
        self.accounts: dict[str, dict[str, dict[str, Any]]] = {}
        self.attributes: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        self.mobiles: dict[str, dict[str, dict[str, Any]]] = {}
        self.indexes: dict[str, AccountIndex] = {}
        paging = self.spec.pagination("listContacts")
        self.offset_param: str = paging["offset-param"]
        self.handlers = {
            "fetchToken": self.fetch_token,
            "listContacts": self.list_contacts,
            "createContact": self.create_contact,
            "getContact": self.get_contact,
            "updateContact": self.update_contact,
            "deleteContact": self.delete_contact,
            "listAttributes": self.list_attributes,
            "createAttribute": self.create_attribute,
        }
        self.messaging = SakariMessaging(self)
        self.handlers.update(self.messaging.handlers())
        self.check_handlers()

    def reset(self) -> None:
        with self.lock:
            self.accounts.clear()
            self.attributes.clear()
            self.mobiles.clear()
            self.messaging.reset()
            self.indexes.clear()

    # --- conventions --------------------------------------------------------------------------------

    def error_body(self, status: int, message: str | list[str], code: str | None, extra: dict[str, Any]) -> Any:
        text = message if isinstance(message, str) else "; ".join(message)
        return {"success": False, "error": {"code": code or f"HTTP-{status}", "message": text}}

    def issue_token(self, client_id: str, ttl: int | None = None) -> str:
        now = time.time()
        # exp rounded up, so that a token lives at least its whole TTL (JWT times are whole seconds)
        claims: dict[str, Any] = {"sub": client_id, "iat": int(now), "exp": math.ceil(now + (ttl or self.token_ttl))}
        if client_id in self.client_accounts:
            claims["acct"] = self.client_accounts[client_id]
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload = _b64(json.dumps(claims).encode())
        signature = _b64(hmac.new(self._key, f"{header}.{payload}".encode(), hashlib.sha256).digest())
        return f"{header}.{payload}.{signature}"

    def authenticate(self, operation: Operation, headers: dict[str, str]) -> Identity:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        parts = token.split(".")
        if scheme.lower() != "bearer" or len(parts) != 3:
            raise ServiceError(401, "A bearer token is required", "AUTH-001")
        expected = _b64(hmac.new(self._key, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(expected, parts[2]):
            raise ServiceError(401, "The token is not valid", "AUTH-002")
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        if payload["exp"] <= time.time():
            raise ServiceError(401, "The token has expired", "AUTH-003")
        if payload["sub"] not in self.credentials:
            raise ServiceError(401, "The token's client no longer exists", "AUTH-002")
        return Identity(str(payload["sub"]), payload.get("acct"))

    def authorize(self, call: Call) -> None:
        account = call.path.get("accountId")
        if call.scope is not None and account is not None and account != call.scope:
            raise ServiceError(403, f"This token does not give access to account {account}", "AUTH-403")

    # --- helpers ------------------------------------------------------------------------------------

    def account_contacts(self, call: Call) -> dict[str, dict[str, Any]]:
        return self.accounts.setdefault(call.path["accountId"], {})

    def _index(self, call: Call) -> AccountIndex:
        return self.indexes.setdefault(call.path["accountId"], AccountIndex())

    def stored(self, call: Call, contact: dict[str, Any]) -> None:
        """Keep the list's indexes in step with a created or changed contact (every change goes through here)."""
        self._index(call).put(contact)

    def by_mobile(self, call: Call) -> dict[str, dict[str, Any]]:
        """The account's contacts by the digits of their mobile number (merges match on them)."""
        return self.mobiles.setdefault(call.path["accountId"], {})

    def _unindex(self, call: Call, contact: dict[str, Any], number: str) -> None:
        index = self.by_mobile(call)
        if number and index.get(number) is contact:
            del index[number]

    def _reindex(self, call: Call, contact: dict[str, Any], old_number: str) -> None:
        self._unindex(call, contact, old_number)
        number = digits((contact.get("mobile") or {}).get("number"))
        if number:
            self.by_mobile(call).setdefault(number, contact)

    def _contact(self, call: Call) -> dict[str, Any]:
        contact = self.account_contacts(call).get(call.path["contactId"])
        if contact is None:
            raise ServiceError(404, f"Contact {call.path['contactId']} not found", "CONT-404")
        return contact

    def stamp(self, call: Call) -> dict[str, Any]:
        return {"at": utc_now().replace(".000Z", "Z"), "by": {"id": call.principal, "name": "API", "source": "api"}}

    def _new_contact(self, call: Call, fields: dict[str, Any]) -> dict[str, Any]:
        contact = {"id": uuid.uuid4().hex, **_with_mobile_defaults(fields), "valid": True}
        contact["created"] = contact["updated"] = self.stamp(call)
        return contact

    def merge(self, call: Call, fields: dict[str, Any], strategy: str) -> dict[str, Any]:
        """Create the contact, or merge it into the one with the same mobile number as ``strategy`` says."""
        contacts = self.account_contacts(call)
        number = digits(fields.get("mobile", {}).get("number"))
        existing = self.by_mobile(call).get(number) if number else None
        if existing is None:
            contact = self._new_contact(call, fields)
            contacts[contact["id"]] = contact
            if number:
                self.by_mobile(call)[number] = contact
            self.stored(call, contact)
            return contact
        if strategy == "remove":
            kept = {key: existing[key] for key in ("id", "created")}
            existing.clear()
            existing.update(kept, **_with_mobile_defaults(fields), valid=True)
            self._reindex(call, existing, number)
        elif strategy == "core":
            existing.update({key: fields[key] for key in CORE_FIELDS if key in fields})
        else:
            for key, value in fields.items():
                if key == "attributes":
                    existing["attributes"] = {**value, **existing.get("attributes", {})}
                elif key == "tags":
                    known = {tag.get("tag") for tag in existing.get("tags", [])}
                    existing["tags"] = existing.get("tags", []) + [tag for tag in value if tag.get("tag") not in known]
                else:
                    existing.setdefault(key, value)
        existing["updated"] = self.stamp(call)
        self.stored(call, existing)
        return existing

    # --- operations ---------------------------------------------------------------------------------

    def fetch_token(self, call: Call) -> Answer:
        body = call.body
        if body.get("grant_type") != "client_credentials":
            raise ServiceError(400, "grant_type must be client_credentials", "AUTH-010")
        if self.credentials.get(body.get("client_id")) != body.get("client_secret"):
            raise ServiceError(401, "Unknown client id or secret", "AUTH-011")
        token = self.issue_token(body["client_id"])
        return Answer(200, {"access_token": token, "token_type": "bearer", "expires_in": self.token_ttl})

    def list_contacts(self, call: Call) -> Answer:
        offset = call.query.get(self.offset_param, 0)
        limit = call.query.get("limit", DEFAULT_LIMIT)
        contacts = self.account_contacts(call)
        total, ids = self._index(call).page(call.query, offset, limit)
        page = [contacts[contact_id] for contact_id in ids]
        pagination = {"totalCount": total, "limit": limit, "offset": offset, "hasNext": offset + len(page) < total}
        return Answer(200, {"success": True, "pagination": pagination, "data": page})

    def create_contact(self, call: Call) -> Answer:
        strategy = call.query.get("mergeStrategy", "append")
        if call.content_type == "text/csv":
            return self._import(call, strategy)
        contact = self.merge(call, _without_id(call.body), strategy)
        pagination = {"totalCount": 1, "limit": 1, "offset": 0, "hasNext": False}
        return Answer(201, {"success": True, "pagination": pagination, "data": [contact]})

    def _import(self, call: Call, strategy: str) -> Answer:
        try:
            rows = list(csv.DictReader(io.StringIO(call.body.decode("utf-8-sig"))))
        except (UnicodeDecodeError, csv.Error) as error:
            raise ServiceError(400, f"The CSV document cannot be read: {error}", "CONT-020") from None
        imported, failed, inserted, updated = [], [], 0, 0
        before = set(self.account_contacts(call))
        for row in rows:
            fields = _row_fields(row)
            if len(digits(fields.get("mobile", {}).get("number"))) < 7:
                failed.append({**fields, "error": {"code": "CONT-001", "description": "Invalid mobile number"}})
                continue
            contact = self.merge(call, fields, strategy)
            imported.append(contact)
            if contact["id"] in before:
                updated += 1
            else:
                inserted += 1
                before.add(contact["id"])
        summary = {
            "contacts": imported,
            "errors": failed,
            "submitted": len(rows),
            "inserted": inserted,
            "updated": updated,
            "success": len(imported),
        }
        return Answer(201, {"success": True, "data": summary})

    def get_contact(self, call: Call) -> Answer:
        return Answer(200, {"success": True, "data": self._contact(call)})

    def update_contact(self, call: Call) -> Answer:
        contact = self._contact(call)
        old_number = digits((contact.get("mobile") or {}).get("number"))
        fields = _without_id(call.body)
        contact.update(_with_mobile_defaults(fields) if "mobile" in fields else fields)
        contact["updated"] = self.stamp(call)
        self._reindex(call, contact, old_number)
        self.stored(call, contact)
        return Answer(200, {"success": True, "data": contact})

    def delete_contact(self, call: Call) -> Answer:
        contact = self._contact(call)
        del self.account_contacts(call)[call.path["contactId"]]
        self._index(call).remove(call.path["contactId"])
        self._unindex(call, contact, digits((contact.get("mobile") or {}).get("number")))
        return Answer(200, {"success": True})

    def list_attributes(self, call: Call) -> Answer:
        attributes = self.attributes.get((call.path["accountId"], call.path["attributeType"]), {})
        return Answer(200, {"success": True, "data": list(attributes.values())})

    def create_attribute(self, call: Call) -> Answer:
        # The documented body is a contact (a mix-up on the vendor's page): its `attributes` name the
        # attributes to create; the documented answer counts the new ones (`amount`) and all (`below`).
        attributes = self.attributes.setdefault((call.path["accountId"], call.path["attributeType"]), {})
        created = 0
        for name, value in (call.body.get("attributes") or {}).items():
            if name not in attributes:
                stamp = self.stamp(call)
                attributes[name] = {
                    "id": uuid.uuid4().hex,
                    "name": name,
                    "label": name,
                    "type": call.path["attributeType"],
                    "dataType": _data_type(value),
                    "created": stamp,
                    "updated": stamp,
                }
                created += 1
        return Answer(201, {"success": True, "data": {"amount": created, "below": len(attributes)}})


def _without_id(fields: dict[str, Any]) -> dict[str, Any]:
    """A contact request without its ``id``: create and update never change a contact's id."""
    return {key: value for key, value in fields.items() if key != "id"}


def _with_mobile_defaults(fields: dict[str, Any]) -> dict[str, Any]:
    if "mobile" not in fields:
        return dict(fields)
    mobile = {"valid": len(digits(fields["mobile"].get("number"))) >= 7, "lineType": "mobile", **fields["mobile"]}
    return {**fields, "mobile": mobile}


def _filter_values(contact: dict[str, Any]) -> dict[str, str]:
    """The text each list filter looks in."""
    return {
        "firstName": str(contact.get("firstName") or ""),
        "lastName": str(contact.get("lastName") or ""),
        "email": str(contact.get("email") or ""),
        "mobile": str((contact.get("mobile") or {}).get("number") or ""),
    }


def _tag_names(contact: dict[str, Any]) -> set[Any]:
    return {tag.get("tag") for tag in contact.get("tags") or [] if isinstance(tag, dict)}


def _wanted_tags(text: object) -> set[str]:
    return {tag.strip() for tag in str(text).split(",") if tag.strip()}


def matches(contact: dict[str, Any], query: dict[str, Any]) -> bool:
    """Whether the list's filters keep ``contact``: the linear definition the indexes must agree with."""
    values = _filter_values(contact)
    for name in TEXT_FILTERS:
        wanted = query.get(name)
        if wanted is not None and str(wanted).lower() not in values[name].lower():
            return False
    return "tags" not in query or _wanted_tags(query["tags"]) <= _tag_names(contact)


def _row_fields(row: dict[str, str]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    attributes = {}
    for key, value in row.items():
        if key is None or value in (None, ""):
            continue
        if key in CORE_FIELDS:
            fields[key] = value
        elif key == "mobile":
            fields.setdefault("mobile", {})["number"] = value
        elif key == "country":
            fields.setdefault("mobile", {})["country"] = value
        else:
            attributes[key] = value
    if attributes:
        fields["attributes"] = attributes
    return fields


def _data_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "text"
