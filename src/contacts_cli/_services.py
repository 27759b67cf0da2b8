"""The two services as the commands see them, through the clients' public API only.

Each service says how to build its client, how to page through every contact (and resume from a
checkpoint), how to send one row, and how to find a contact by its natural key (to settle a row
whose answer was lost).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol

import highlevel_client.models
import highlevel_v3_client.models
import httpx
from highlevel_client import UNSET, HighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_v3_client import HighLevelV3
from sakari_client import Sakari
from sakari_client import errors as sakari_errors
from sakari_client.models import ContactRequest, MergeStrategy

from ._custom_field_columns import CustomFieldColumns, KeyedRequestShape
from ._records import RequestShape, digits, rate_limit_header_names, request_shape
from ._runtime import RateLimitHeaders, Traffic

API_ERRORS = (sakari_errors.APIError, highlevel_errors.APIError)
STATUS_ERRORS = (sakari_errors.APIStatusError, highlevel_errors.APIStatusError)
CONNECTION_ERRORS = (sakari_errors.APIConnectionError, highlevel_errors.APIConnectionError)
DECODE_ERRORS = (sakari_errors.DecodeError, highlevel_errors.DecodeError)


class FatalError(RuntimeError):
    """The job cannot go on: credentials, permissions, the network. Exit code 3."""


def outcome_is_unknown(error: Exception) -> bool:
    """Whether a failed create may still have been carried out (the answer was lost, or the service failed)."""
    if isinstance(error, CONNECTION_ERRORS):
        return True
    if isinstance(error, STATUS_ERRORS):
        return error.status_code >= 500
    return isinstance(error, API_ERRORS)  # an answer that could not be read: the request did arrive


def is_fatal(error: Exception) -> bool:
    return isinstance(error, STATUS_ERRORS) and error.status_code in (401, 403)


def describe_error(error: Exception) -> tuple[int | None, str]:
    if isinstance(error, STATUS_ERRORS):
        return error.status_code, str(error.message or error)
    return None, str(error) or type(error).__name__


@dataclass(frozen=True)
class Batch:
    """Contacts in the order the service gave them, and where to resume once they are written."""

    contacts: list[dict[str, Any]]
    resume: dict[str, Any] | None
    """Where the walk resumes once these are written; ``None`` when it cannot resume right after them."""


class Service(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def package(self) -> str: ...

    @property
    def contact_schema(self) -> str: ...

    def shape(self) -> RequestShape: ...

    def custom_field_columns(self) -> CustomFieldColumns | None:
        """Custom fields by key as export columns, for a service that names them by id; ``None`` otherwise."""

    def export(
        self, resume: Mapping[str, Any], filters: Mapping[str, Any], page_size: int, concurrency: int
    ) -> tuple[int | None, Iterator[Batch]]: ...

    def key(self, body: Mapping[str, Any]) -> str | None: ...

    def prepare(self, body: dict[str, Any], strategy: str) -> Callable[[], str]: ...

    def lookup(self, body: Mapping[str, Any]) -> str | None: ...

    def close(self) -> None: ...


def _credentials_error(error: ValueError) -> FatalError:
    return FatalError(f"credentials: {error}")


class SakariService:
    name = "sakari"
    package = "sakari_client"
    contact_schema = "Contact"
    strategies = ("append", "core", "remove")
    default_strategy = "append"
    filters = ("first_name", "last_name", "mobile", "email", "tags")

    def __init__(self, traffic: Traffic, base_url: str | None, *, connections: int = 16) -> None:
        self._http = traffic.http_client(
            connections=connections,
            rate_limit_headers=RateLimitHeaders.from_spec(rate_limit_header_names(self.package)),
        )
        try:
            self.client = Sakari(base_url=base_url, http_client=self._http)
        except ValueError as error:
            self._http.close()
            raise _credentials_error(error) from None
        if not os.environ.get("SAKARI_ACCOUNT_ID"):
            self._http.close()
            raise FatalError("credentials: Sakari needs an account: set SAKARI_ACCOUNT_ID")

    def custom_field_columns(self) -> CustomFieldColumns | None:
        return None  # Sakari's attributes are named by their names already

    def shape(self) -> RequestShape:
        # What the service learns about a number itself is not sent back.
        # `id` names the contact to update, not one to create: an exported id is never sent back.
        return request_shape(self.package, "ContactRequest", frozenset({"id", "mobile.valid", "mobile.lineType"}))

    def export(
        self, resume: Mapping[str, Any], filters: Mapping[str, Any], page_size: int, concurrency: int
    ) -> tuple[int | None, Iterator[Batch]]:
        offset = int(resume.get("offset", 0))
        first = self.client.contacts.list(offset=offset, limit=page_size, **filters)
        total_count = first.response.pagination.total_count
        total = total_count if isinstance(total_count, int) else None

        def batches() -> Iterator[Batch]:
            written = offset
            pending: list[dict[str, Any]] = []
            # The contacts as Sakari sent them: nothing of them is read here, so no models are built.
            for contact in first.iter_json(concurrency=concurrency):
                pending.append(contact)
                if len(pending) >= page_size:
                    written += len(pending)
                    yield Batch(pending, {"offset": written})
                    pending = []
            if pending:
                yield Batch(pending, {"offset": written + len(pending)})

        return total, batches()

    def key(self, body: Mapping[str, Any]) -> str | None:
        mobile = body.get("mobile")
        number = digits(mobile.get("number")) if isinstance(mobile, Mapping) else ""
        if number:
            return f"mobile:{number}"
        email = body.get("email")
        return f"email:{email.lower()}" if isinstance(email, str) and email else None

    def prepare(self, body: dict[str, Any], strategy: str) -> Callable[[], str]:
        request = ContactRequest.from_dict(body)
        merge = MergeStrategy(strategy)  # a value outside the enum is refused here, before anything is sent

        def send() -> str:
            created = self.client.contacts.create(body=request, merge_strategy=merge)
            return str(created.data[0].id) if created.data else ""

        return send

    def lookup(self, body: Mapping[str, Any]) -> str | None:
        """The contact with the row's mobile digits (Sakari merges on them), else with its e-mail."""
        key = self.key(body)
        if key is None:
            return None
        kind, value = key.split(":", 1)
        if kind == "mobile":
            page = self.client.contacts.list(limit=100, mobile=value)
        else:
            page = self.client.contacts.list(limit=100, email=value)
        for contact in page:
            found_mobile = contact.mobile.number if contact.mobile else None
            if kind == "mobile" and digits(found_mobile) == value:
                return str(contact.id)
            if kind == "email" and isinstance(contact.email, str) and contact.email.lower() == value:
                return str(contact.id)
        return None

    def close(self) -> None:
        self.client.close()
        self._http.close()


# HighLevel's API versions the commands speak (``--api-version``): the client class and package of each.
HIGHLEVEL_VERSIONS: dict[str, tuple[type[HighLevel] | type[HighLevelV3], ModuleType]] = {
    "2021-07-28": (HighLevel, highlevel_client.models),
    "v3": (HighLevelV3, highlevel_v3_client.models),
}


def _dnd_sms_channel(models: ModuleType) -> str:
    """The SMS channel's key in a contact's ``dndSettings`` as this API version spells it (2021-07-28
    ``SMS``, v3 ``sms``), read from the version's own model of them, so its spec is the one place it is said."""
    fields = models.DndSettings.__tolerant__.fields
    return str(next(field.wire for field in fields if field.name == "sms"))


class HighLevelService:
    name = "highlevel"
    contact_schema = "SearchedContact"
    strategies = ("create", "upsert")
    default_strategy = "create"
    filters = ("query",)

    def __init__(
        self, traffic: Traffic, base_url: str | None, *, connections: int = 16, api_version: str = "2021-07-28"
    ) -> None:
        client_class = self._speak(api_version)
        self._http: httpx.Client | None = highlevel_http_client(traffic, connections, api_version)
        self.location_id = os.environ.get("HIGHLEVEL_LOCATION_ID")
        self.client: HighLevel | HighLevelV3
        try:
            self.client = client_class(base_url=base_url, http_client=self._http, location_id=self.location_id)
        except ValueError as error:
            self._http.close()
            raise _credentials_error(error) from None
        if not self.location_id:
            self._http.close()
            raise FatalError("credentials: HighLevel needs a location: set HIGHLEVEL_LOCATION_ID")

    def _speak(self, api_version: str) -> type[HighLevel] | type[HighLevelV3]:
        """Take ``api_version``'s models and their facts; the class of its clients."""
        client_class, self._models = HIGHLEVEL_VERSIONS[api_version]
        self.package = _package(api_version)
        self.sms_channel = _dnd_sms_channel(self._models)
        self._keyed_shape: KeyedRequestShape | None = None
        return client_class

    @classmethod
    def of_location(cls, client: HighLevel | HighLevelV3, location_id: str, api_version: str) -> HighLevelService:
        """The service of one location of an agency, on the client ``for_location`` gave (the agency client
        owns it and its connections: closing this service leaves them open)."""
        service = cls.__new__(cls)
        service._speak(api_version)
        service._http = None
        service.location_id = location_id
        service.client = client
        return service

    def shape(self) -> RequestShape:
        """The create body's columns, and a ``customField.<key>`` column per custom field of the location."""
        if self._keyed_shape is None:
            plain = request_shape(self.package, "CreateContactRequest", frozenset())
            self._keyed_shape = KeyedRequestShape.of(plain, self.client.custom_field_keys)
        return self._keyed_shape

    def custom_field_columns(self) -> CustomFieldColumns:
        """The location's custom fields as export columns (the definitions are looked up once per client)."""
        return CustomFieldColumns.of(self.client.custom_field_keys())

    def export(
        self, resume: Mapping[str, Any], filters: Mapping[str, Any], page_size: int, concurrency: int
    ) -> tuple[int | None, Iterator[Batch]]:
        # Search pages follow each other (numbered, then by cursor): they cannot be fetched side by side.
        cursor = resume.get("search_after")
        arguments: dict[str, Any] = {"page_limit": page_size, **filters}
        if cursor:
            arguments["search_after"] = list(cursor)
        first = self.client.contacts.search(**arguments)
        total = first.response.total if isinstance(first.response.total, int) else None

        def batches() -> Iterator[Batch]:
            for page in first.iter_pages():
                if not page.data:
                    continue
                # A contact sent without its cursor is no place to resume from: the checkpoint stays
                # at the last page that had one (the search itself stops if it needs the cursor).
                last = page.data[-1].search_after
                yield Batch(page.items_json(), {"search_after": last} if isinstance(last, list) else None)

        return total, batches()

    def key(self, body: Mapping[str, Any]) -> str | None:
        email = body.get("email")
        if isinstance(email, str) and email:
            return f"email:{email.lower()}"
        number = digits(body.get("phone"))
        return f"phone:{number}" if number else None

    def prepare(self, body: dict[str, Any], strategy: str) -> Callable[[], str]:
        body = {**body, "locationId": self.location_id}
        if strategy == "upsert":
            upsert = self._models.UpsertContactRequest.from_dict(body)

            def send_upsert() -> str:
                answer = self.client.contacts.upsert(body=upsert)
                return str(answer.contact.id) if answer.contact else ""

            return send_upsert
        create = self._models.CreateContactRequest.from_dict(body)

        def send_create() -> str:
            created = self.client.contacts.create(body=create).contact
            return str(created.id) if created else ""

        return send_create

    def lookup(self, body: Mapping[str, Any]) -> str | None:
        """The contact HighLevel's duplicate rule matches: the same e-mail, else the same phone."""
        email, phone = body.get("email"), body.get("phone")
        given_email = email if isinstance(email, str) and email else UNSET
        given_phone = phone if isinstance(phone, str) and digits(phone) else UNSET
        if given_email is UNSET and given_phone is UNSET:
            return None
        found = self.client.contacts.find_duplicate(email=given_email, number=given_phone).contact
        return str(found.id) if found else None

    def close(self) -> None:
        if self._http is None:
            return  # a location's client: the agency client closes it
        self.client.close()
        self._http.close()


def highlevel_rate_limit_headers(api_version: str) -> RateLimitHeaders | None:
    """The headers in which HighLevel announces its rate limit, as ``api_version``'s spec names them."""
    return RateLimitHeaders.from_spec(rate_limit_header_names(_package(api_version)))


def _package(api_version: str) -> str:
    """The client package of ``api_version`` (``highlevel_client``, ``highlevel_v3_client``)."""
    return HIGHLEVEL_VERSIONS[api_version][1].__name__.rpartition(".")[0]


def highlevel_http_client(traffic: Traffic, connections: int, api_version: str) -> httpx.Client:
    """The ``httpx.Client`` a HighLevel client of the commands sends through, its traffic counted and its pacing
    watched."""
    return traffic.http_client(connections=connections, rate_limit_headers=highlevel_rate_limit_headers(api_version))


SERVICES: dict[str, type[SakariService] | type[HighLevelService]] = {
    "sakari": SakariService,
    "highlevel": HighLevelService,
}
