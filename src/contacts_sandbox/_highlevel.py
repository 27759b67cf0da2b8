"""HighLevel, simulated: bearer tokens, the Version header, the duplicate rule, search and tags.

Marketplace OAuth (codes, token exchange and rotation, location tokens) is in ``_highlevel_oauth``.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Set
from typing import Any

from ._highlevel_crm import HighLevelCrm
from ._highlevel_locations import HighLevelLocationDefinitions
from ._highlevel_oauth import HighLevelOAuth
from ._highlevel_records import haystack, millis, new_id, text_matches
from ._highlevel_versions import V3, answer_to_v3, request_from_v3
from ._index import OrderIndex, SetIndex, TextIndex
from ._service import (
    Answer,
    Call,
    DailyLimitSpent,
    Handler,
    Identity,
    RateLimit,
    Service,
    ServiceError,
    digits,
    utc_now,
)
from ._spec import Operation, Spec, load_spec

DEFAULT_PAGE_LIMIT = 20
"""Page size of a search or list without one: HighLevel's documented default (in a description, not a schema)."""
# Fields a create or an update copies as they are.
_PLAIN_FIELDS = (
    "firstName",
    "lastName",
    "name",
    "email",
    "phone",
    "address1",
    "city",
    "state",
    "postalCode",
    "website",
    "timezone",
    "dnd",
    "dndSettings",
    "source",
    "country",
    "companyName",
    "assignedTo",
    "gender",
    "dateOfBirth",
    "tags",
)
# The spec's schema of each contact shape an answer carries: answers hold only the fields it lists.
_SHAPES = {"created": "ContactDetail", "detail": "ContactDetail", "searched": "SearchedContact"}


class LocationIndex:
    """One location's contacts by date added (then id), with the free text and tags that searches look in."""

    def __init__(self) -> None:
        self.order = OrderIndex()
        self.text = TextIndex()
        self.tags = SetIndex()

    def put(self, contact: dict[str, Any]) -> None:
        contact_id = contact["id"]
        self.order.put(contact_id, (millis(contact["dateAdded"]), contact_id))
        self.text.put(contact_id, haystack(contact))
        tags = contact.get("tags") or []
        self.tags.put(contact_id, [tag for tag in tags if isinstance(tag, str)])

    def remove(self, contact_id: str) -> None:
        self.order.discard(contact_id)
        self.text.discard(contact_id)
        self.tags.discard(contact_id)

    def candidates(self, text: str | None, filters: list[Any]) -> tuple[Set[str] | None, bool]:
        """The ids a search may keep (``None``: every id), and whether the indexes decided every condition."""
        found: Set[str] | None = self.text.find(text) if text else None
        exact = True
        for rule in filters:
            value = rule.get("value") if isinstance(rule, dict) else None
            indexed = (
                isinstance(rule, dict)
                and rule.get("field") == "tags"
                and rule.get("operator", "eq") in ("eq", "contains")
                and isinstance(value, str)
                and value != ""
            )
            if not indexed:
                exact = False
                continue
            hits = self.tags.find(value)
            found = hits if found is None else found & hits
        return found, exact


class HighLevelService(Service):
    name = "highlevel"
    default_rate_limit = RateLimit(100, 10.0)

    def __init__(self, tokens: set[str], allow_duplicates: bool = False) -> None:
        super().__init__()
        self.spec = Spec(load_spec("highlevel_client"))
        self.v3_spec = Spec(load_spec("highlevel_v3_client"))
        self.tokens = set(tokens)
        self.token_locations: dict[str, str] = {}  # token -> the one location it reaches
        self.allow_duplicates = allow_duplicates
        self.versions = {
            version
            for spec in (self.spec, self.v3_spec)
            for version in spec.resolve({"$ref": "#/components/schemas/ApiVersion"})["enum"]
        }
        self.shapes = {
            kind: tuple(self.spec.object_properties({"$ref": f"#/components/schemas/{schema}"})[0])
            for kind, schema in _SHAPES.items()
        }
        self.locations: dict[str, dict[str, dict[str, Any]]] = {}
        self.keys: dict[str, dict[str, dict[str, Any]]] = {}  # "email:..." and "phone:..." -> contact
        self.location_of: dict[str, str] = {}  # contact id -> its location
        custom_field = self.spec.resolve({"$ref": "#/components/schemas/CustomFieldValue"})
        self._custom_value_schema: dict[str, Any] = custom_field["properties"]["value"]
        self.indexes: dict[str, LocationIndex] = {}
        search = self.spec.pagination("searchContacts")
        self.search_window: int = search["page-window"]
        self.page_field: str = search["page-field"]
        self.limit_field: str = search["limit-field"]
        self.cursor_field: str = search["cursor-field"]
        self.list_cursor_id, self.list_cursor_value = self.spec.pagination("listContacts")["cursor-params"]
        self.daily_limit = 200_000
        self.daily_used: dict[str, tuple[datetime.date, int]] = {}  # per caller: (UTC day, calls)
        self.oauth = HighLevelOAuth()
        self.handlers = {
            "createContact": self.create_contact,
            "listContacts": self.list_contacts,
            "getContact": self.get_contact,
            "updateContact": self.update_contact,
            "deleteContact": self.delete_contact,
            "upsertContact": self.upsert_contact,
            "addTags": self.add_tags,
            "removeTags": self.remove_tags,
            "searchContacts": self.search_contacts,
            "getDuplicateContact": self.get_duplicate_contact,
            "getAccessToken": lambda call: self.oauth.token(self, call),
            "getLocationAccessToken": lambda call: self.oauth.location_token(self, call),
            "getInstalledLocations": lambda call: self.oauth.installed_locations(self, call),
        }
        self.crm = HighLevelCrm(self)
        self.handlers.update(self.crm.handlers())
        self.definitions = HighLevelLocationDefinitions()
        self.handlers.update(self.definitions.handlers())
        self.handlers = {
            name: self._versioned(self._location_guard(handler)) for name, handler in self.handlers.items()
        }
        self.check_handlers()

    def reset(self) -> None:
        with self.lock:
            self.locations.clear()
            self.keys.clear()
            self.daily_used.clear()
            self.oauth.reset()
            self.location_of.clear()
            self.indexes.clear()
            self.definitions.reset()

    # --- conventions --------------------------------------------------------------------------------

    def error_body(self, status: int, message: str | list[str], code: str | None, extra: dict[str, Any]) -> Any:
        text = message if isinstance(message, str) else "; ".join(message)
        body: dict[str, Any] = {"statusCode": status, "message": text}
        if status == 401:
            body["error"] = "Unauthorized"
        elif status == 422:
            body["message"] = message if isinstance(message, list) else [message]
            body["error"] = "Unprocessable Entity"
        return {**body, **extra}

    def authenticate(self, operation: Operation, headers: dict[str, str]) -> Identity:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token in self.tokens:
            # Configured tokens act as private integration tokens: every scope, and the location they
            # are limited to (SandboxSettings.highlevel_locations), if any.
            return Identity(token, self.token_locations.get(token))
        grant = self.oauth.grant_for(token) if scheme.lower() == "bearer" else None
        if grant is None:
            raise ServiceError(401, "Invalid token: access token is invalid")
        self.oauth.check_scope(grant, operation)
        return Identity(token, None)  # an OAuth token's location is checked by _location_guard

    def authorize(self, call: Call) -> None:
        if call.scope is None:
            return
        named = [
            call.query.get("locationId"),
            call.path.get("locationId"),
            call.body.get("locationId") if isinstance(call.body, dict) else None,
        ]
        contact_id = call.path.get("contactId")
        if contact_id is not None and contact_id in self.location_of:
            named.append(self.location_of[contact_id])
        if any(location is not None and location != call.scope for location in named):
            raise ServiceError(403, "The token does not have access to this location.")

    def _location_guard(self, handler: Handler) -> Handler:
        """Check what the schema cannot say: custom fields named, an OAuth token used on its own location."""

        def guarded(call: Call) -> Answer:
            _check_custom_field_names(self, call)
            grant = self.oauth.access_tokens.get(call.principal)
            if grant is not None and "oauth" not in call.operation.raw.get("tags", []):
                self.oauth.check_location(grant.grant, self._call_location(call))
            return handler(call)

        return guarded

    def spec_for(self, headers: dict[str, str]) -> Spec:
        return self.v3_spec if headers.get("version") == V3 else self.spec

    def _versioned(self, handler: Handler) -> Handler:
        """A v3 call is served by the same handler, its request and answer in v3's spelling."""

        def served(call: Call) -> Answer:
            if call.headers.get("version") != V3:
                return handler(call)
            return answer_to_v3(self.v3_spec, call, handler(request_from_v3(call)))

        return served

    def _call_location(self, call: Call) -> str | None:
        """The location a contact operation acts on: named in the body or query, else its contact's."""
        if isinstance(call.body, dict) and isinstance(call.body.get("locationId"), str):
            return str(call.body["locationId"])
        for named in (call.query, call.path):
            if isinstance(named.get("locationId"), str):
                return str(named["locationId"])
        contact_id = call.path.get("contactId")
        for location_id, contacts in self.locations.items():
            if contact_id in contacts:
                return location_id
        return None

    def check_headers(self, operation: Operation, headers: dict[str, str]) -> None:
        # HighLevel answers a missing or unknown Version with its plain 400 body (statusCode, message).
        version = headers.get("version")
        if version is None:
            raise ServiceError(400, "Version header was not found")
        if version not in self.versions:
            raise ServiceError(400, f"Version {version!r} is not supported; use one of {sorted(self.versions)}")

    def take_daily(self, caller: str) -> tuple[bool, int]:
        """Count a call against the caller's daily limit (per UTC day): (allowed, calls left today)."""
        today = datetime.datetime.now(datetime.UTC).date()
        with self.lock:
            day, used = self.daily_used.get(caller, (today, 0))
            if day != today:
                used = 0
            allowed = used < self.daily_limit
            if allowed:
                used += 1
            self.daily_used[caller] = (today, used)
        return allowed, self.daily_limit - used

    def rate_limit_headers(self, limit: RateLimit, remaining: int, caller: str = "") -> dict[str, str]:
        """The burst window's figures, and the caller's calls left today."""
        names = self.spec.rate_limit_headers()
        headers = {
            names["limit"]: str(limit.limit),
            names["remaining"]: str(remaining),
            names["interval-ms"]: str(int(limit.interval * 1000)),
        }
        if "daily-remaining" not in names:
            return headers
        daily_allowed, daily_left = self.take_daily(caller)
        headers[names["daily-limit"]] = str(self.daily_limit)
        headers[names["daily-remaining"]] = str(daily_left)
        if not daily_allowed:
            # HighLevel refuses every call once the day's are spent, until the UTC day turns.
            now = datetime.datetime.now(datetime.UTC)
            midnight = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time(), datetime.UTC)
            raise DailyLimitSpent(headers, (midnight - now).total_seconds())
        return headers

    # --- helpers ------------------------------------------------------------------------------------

    def _location(self, location_id: str) -> dict[str, dict[str, Any]]:
        return self.locations.setdefault(location_id, {})

    def _find(self, contact_id: str) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
        location = self.location_of.get(contact_id)
        if location is None:
            raise ServiceError(404, f"Contact with id {contact_id} not found")
        contacts = self.locations[location]
        return contacts, contacts[contact_id]

    def _index_of(self, location_id: str) -> LocationIndex:
        return self.indexes.setdefault(location_id, LocationIndex())

    def stored(self, contact: dict[str, Any]) -> None:
        """Keep the search indexes in step with a created or changed contact (every change goes through here)."""
        self._index_of(contact["locationId"]).put(contact)

    def _duplicate(self, location_id: str, fields: dict[str, Any]) -> tuple[dict[str, Any], str] | None:
        """The contact of the location with this e-mail (any case), else this phone (its digits)."""
        email = (fields.get("email") or "").lower()
        phone = digits(fields.get("phone"))
        index = self.keys.get(location_id, {})
        for key, field_name in ((f"email:{email}", "email"), (f"phone:{phone}", "phone")):
            contact = index.get(key) if key[-1] != ":" else None
            if contact is not None:
                return contact, field_name
        return None

    def _unindex(self, contact: dict[str, Any], keys: tuple[str, str]) -> None:
        index = self.keys.get(contact["locationId"], {})
        for key in keys:
            if index.get(key) is contact:
                del index[key]

    def _index(self, contact: dict[str, Any], before: tuple[str, str] | None = None) -> None:
        """Keep the e-mail and phone index of the contact's location in step with the contact."""
        self._unindex(contact, before or ("", ""))
        index = self.keys.setdefault(contact["locationId"], {})
        for key in _keys(contact):
            if not key.endswith(":"):
                index.setdefault(key, contact)

    def _apply(self, contact: dict[str, Any], fields: dict[str, Any]) -> None:
        """Change a stored contact."""
        before = _keys(contact)
        self._fill(contact, fields)
        self._index(contact, before)
        self.stored(contact)

    def _fill(self, contact: dict[str, Any], fields: dict[str, Any]) -> None:
        for key in _PLAIN_FIELDS:
            if key in fields:
                if fields[key] is None:
                    contact.pop(key, None)
                else:
                    contact[key] = fields[key]
        if "customFields" in fields:
            values = {field["id"]: field for field in contact.get("customFields", [])}
            for given in fields["customFields"]:
                if "field_value" not in given:
                    continue  # nothing to set: a value is never stored as null
                field_id = given.get("id") or self._field_id(contact["locationId"], given.get("key") or "")
                # Kept as sent: HighLevel stores lists, numbers and objects for non-text fields.
                values[field_id] = {"id": field_id, "value": given.get("field_value")}
            contact["customFields"] = list(values.values())
        first, last = contact.get("firstName", ""), contact.get("lastName", "")
        contact["firstNameLowerCase"] = first.lower()
        contact["lastNameLowerCase"] = last.lower()
        contact["fullNameLowerCase"] = f"{first} {last}".strip().lower()
        if contact.get("email"):
            contact["emailLowerCase"] = contact["email"].lower()
        else:
            contact.pop("emailLowerCase", None)
        contact["dateUpdated"] = utc_now()

    def _field_id(self, location_id: str, key: str) -> str:
        """The id a custom field given by key is stored under: its definition's, else the key itself.

        HighLevel stores a value given by key under the id of the location's field with that key; a
        key the location does not define is kept under the key, so seeded contacts need no definitions.
        """
        return self.definitions.field_id_for_key(location_id, key) or key

    def _create(self, fields: dict[str, Any]) -> dict[str, Any]:
        now = utc_now()
        contact: dict[str, Any] = {
            "id": new_id(),
            "locationId": fields["locationId"],
            "dateAdded": now,
            "deleted": False,
            "type": "lead",
            "tags": [],
            "bounceEmail": False,
            "unsubscribeEmail": False,
            # As the live service records a contact made through the API (the values are the sandbox's own).
            "createdBy": {"source": "INTEGRATION", "channel": "API", "timestamp": now},
        }
        self._fill(contact, fields)
        self._location(fields["locationId"])[contact["id"]] = contact
        self.location_of[contact["id"]] = fields["locationId"]
        self._index(contact)
        self.stored(contact)
        return contact

    def shape(self, contact: dict[str, Any], kind: str) -> dict[str, Any]:
        shaped = {key: contact[key] for key in self.shapes[kind] if key in contact}
        if "customFields" in shaped:
            shaped["customFields"] = [
                {**field, "value": self._custom_value(field.get("value"))} for field in shaped["customFields"]
            ]
        return shaped

    def _custom_value(self, value: Any) -> Any:
        """A stored custom field value as the spec lets an answer carry it: as stored, else as its JSON text.

        HighLevel answers values of any JSON type; where our spec still types them as text, the
        value travels as JSON text, so nothing is lost and the answer keeps to the spec.
        """
        if not self.spec.errors(self._custom_value_schema, value, ""):
            return value
        return value if isinstance(value, str) else json.dumps(value)

    def _searched(self, contact: dict[str, Any]) -> dict[str, Any]:
        return {**self.shape(contact, "searched"), "searchAfter": [millis(contact["dateAdded"]), contact["id"]]}

    # --- operations ---------------------------------------------------------------------------------

    def create_contact(self, call: Call) -> Answer:
        if not self.allow_duplicates:
            found = self._duplicate(call.body["locationId"], call.body)
            if found is not None:
                contact, matched = found
                meta = {
                    "contactName": contact.get("fullNameLowerCase", ""),
                    "contactId": contact["id"],
                    "matchingField": matched,
                }
                raise ServiceError(400, "This location does not allow duplicated contacts.", meta=meta)
        return Answer(201, {"contact": self.shape(self._create(call.body), "created")})

    def get_contact(self, call: Call) -> Answer:
        _, contact = self._find(call.path["contactId"])
        return Answer(200, {"contact": self.shape(contact, "detail")})

    def update_contact(self, call: Call) -> Answer:
        _, contact = self._find(call.path["contactId"])
        self._apply(contact, call.body)
        return Answer(200, {"succeded": True, "contact": self.shape(contact, "detail")})

    def delete_contact(self, call: Call) -> Answer:
        contacts, contact = self._find(call.path["contactId"])
        del contacts[call.path["contactId"]]
        del self.location_of[call.path["contactId"]]
        self._unindex(contact, _keys(contact))
        self._index_of(contact["locationId"]).remove(contact["id"])
        return Answer(200, {"succeded": True})

    def upsert_contact(self, call: Call) -> Answer:
        fields = call.body
        create_anyway = fields.get("createNewIfDuplicateAllowed") and self.allow_duplicates
        found = None if create_anyway else self._duplicate(fields["locationId"], fields)
        if found is None:
            contact, new = self._create(fields), True
        else:
            contact, new = found[0], False
            self._apply(contact, fields)
        return Answer(200, {"new": new, "contact": self.shape(contact, "detail"), "traceId": str(uuid.uuid4())})

    def add_tags(self, call: Call) -> Answer:
        _, contact = self._find(call.path["contactId"])
        contact["tags"] = contact.get("tags", []) + [
            tag for tag in call.body["tags"] if tag not in contact.get("tags", [])
        ]
        self.stored(contact)
        return Answer(201, {"tags": contact["tags"]})

    def remove_tags(self, call: Call) -> Answer:
        _, contact = self._find(call.path["contactId"])
        contact["tags"] = [tag for tag in contact.get("tags", []) if tag not in call.body["tags"]]
        self.stored(contact)
        return Answer(200, {"tags": contact["tags"]})

    def get_duplicate_contact(self, call: Call) -> Answer:
        fields = {"email": call.query.get("email"), "phone": call.query.get("number")}
        found = self._duplicate(call.query["locationId"], fields)
        return Answer(200, {"contact": None if found is None else self.shape(found[0], "detail")})

    def _kept(self, location_id: str, body: dict[str, Any]) -> Set[str] | None:
        """The ids of the location's contacts a search keeps (``None``: all of them)."""
        index = self._index_of(location_id)
        filters = body.get("filters") or []
        found, exact = index.candidates(body.get("query") or None, filters)
        if exact:
            return found
        contacts = self._location(location_id)
        return {key for key in (index.order.key_of if found is None else found) if search_matches(contacts[key], body)}

    def search_contacts(self, call: Call) -> Answer:
        body = call.body
        size = body.get(self.limit_field, DEFAULT_PAGE_LIMIT)
        after: tuple[Any, ...] | None = None
        start = 0
        if self.cursor_field in body:
            cursor = body[self.cursor_field]
            if len(cursor) != 2 or not isinstance(cursor[0], int | float) or not isinstance(cursor[1], str):
                raise ServiceError(400, "searchAfter must be the [sort value, id] of the last contact of a page")
            after = (cursor[0], cursor[1])
        else:
            start = (body.get(self.page_field, 1) - 1) * size
            if start + size > self.search_window:
                raise ServiceError(400, f"page and pageLimit reach past {self.search_window} results: use searchAfter")
        index = self._index_of(body["locationId"])
        kept = self._kept(body["locationId"], body)
        contacts = self._location(body["locationId"])
        page = [self._searched(contacts[key[-1]]) for key in index.order.page(kept, start, size, after)]
        return Answer(200, {"contacts": page, "total": index.order.count(kept)})

    def list_contacts(self, call: Call) -> Answer:
        limit = call.query.get("limit", DEFAULT_PAGE_LIMIT)
        location_id = call.query["locationId"]
        index = self._index_of(location_id)
        text = call.query.get("query")
        kept = index.text.find(text) if text else None
        after = None
        if self.list_cursor_id in call.query:
            after = (call.query.get(self.list_cursor_value, 0), call.query[self.list_cursor_id])
        remaining = index.order.count(kept, after)
        contacts = self._location(location_id)
        page = [contacts[key[-1]] for key in index.order.page(kept, 0, limit, after)]
        last = page[-1] if page and remaining > limit else None
        meta = {
            "total": remaining,
            "nextPageUrl": None,
            "startAfterId": last["id"] if last else None,
            "startAfter": millis(last["dateAdded"]) if last else None,
            "currentPage": 1,
            "nextPage": 2 if last else None,
            "prevPage": None,
        }
        return Answer(200, {"contacts": [self.shape(c, "searched") for c in page], "count": len(page), "meta": meta})


def _check_custom_field_names(service: HighLevelService, call: Call) -> None:
    """A custom field to set is named by ``id`` or ``key`` (the spec's ``x-sdk-required-one-of``)."""
    if not isinstance(call.body, dict) or not isinstance(call.body.get("customFields"), list):
        return
    problems = [
        f"body.customFields[{index}]: give the field's id or its key"
        for index, given in enumerate(call.body["customFields"])
        if isinstance(given, dict) and not (given.get("id") or given.get("key"))
    ]
    if problems:
        raise service.invalid(problems, call.operation)


def _keys(contact: dict[str, Any]) -> tuple[str, str]:
    """The contact's keys in the duplicate index (empty ones end with ':')."""
    return f"email:{(contact.get('email') or '').lower()}", f"phone:{digits(contact.get('phone'))}"


def search_matches(contact: dict[str, Any], body: dict[str, Any]) -> bool:
    if body.get("query") and not text_matches(contact, body["query"]):
        return False
    return all(_rule_matches(contact, rule) for rule in body.get("filters", []))


def _rule_matches(contact: dict[str, Any], rule: dict[str, Any]) -> bool:
    """One filter of a search as HighLevel documents it: a condition, or an AND/OR group of them."""
    if "group" in rule:
        results = (_rule_matches(contact, inner) for inner in rule.get("filters", []))
        return any(results) if rule["group"] == "OR" else all(results)
    field = rule.get("field")
    value = contact.get(field) if isinstance(field, str) else None
    wanted = rule.get("value")
    operator = rule.get("operator", "eq")
    if operator in ("exists", "not_exists"):
        present = value not in (None, "", [])
        return present if operator == "exists" else not present
    if operator == "range":
        bounds = wanted if isinstance(wanted, dict) else {}
        return value is not None and all(
            _compare(value, bound, limit) for bound, limit in bounds.items() if bound in _RANGE_TESTS
        )
    if isinstance(value, list):
        found = wanted in value
    elif operator in ("contains", "not_contains"):
        found = str(wanted).lower() in str(value or "").lower()
    else:
        found = value == wanted
    return found != (operator in ("not_eq", "not_contains"))


_RANGE_TESTS = {"gte": (0, 1), "gt": (1,), "lte": (0, -1), "lt": (-1,)}


def _compare(value: Any, bound: str, limit: Any) -> bool:
    """``value`` against one bound of a range; values of different types never match."""
    if isinstance(value, bool) or isinstance(limit, bool):
        return False
    both_numbers = isinstance(value, int | float) and isinstance(limit, int | float)
    if not both_numbers and not (isinstance(value, str) and isinstance(limit, str)):
        return False
    order = (value > limit) - (value < limit)
    return order in _RANGE_TESTS[bound]
