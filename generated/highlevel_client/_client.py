"""The HighLevel client: one resource per tag of the spec, one method per operation."""

from __future__ import annotations

import builtins
import copy
import os
import warnings
from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Self, TypeVar

import httpx

from . import errors
from ._auth import BearerToken
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, RawResponse, SyncAPIClient
from ._bulk import BulkProgress, BulkResult, arun_bulk, run_bulk
from ._pagination import AsyncPage, AsyncPaginator, SyncPage, next_cursor, next_search
from .api.contacts import (
    create_contact,
    delete_contact,
    get_contact,
    get_duplicate_contact,
    list_contacts,
    search_contacts,
    update_contact,
    upsert_contact,
)
from .api.tags import add_tags, remove_tags
from .models.api_version import ApiVersion
from .models.create_contact_request import CreateContactRequest
from .models.create_contact_response import CreateContactResponse
from .models.custom_field_input import CustomFieldInput
from .models.delete_contact_response import DeleteContactResponse
from .models.dnd_settings import DndSettings
from .models.duplicate_contact_response import DuplicateContactResponse
from .models.get_contact_response import GetContactResponse
from .models.inbound_dnd_settings import InboundDndSettings
from .models.list_contacts_response import ListContactsResponse
from .models.search_contacts_request import SearchContactsRequest
from .models.search_contacts_response import SearchContactsResponse
from .models.search_filter import SearchFilter
from .models.search_sort import SearchSort
from .models.searched_contact import SearchedContact
from .models.tags_request import TagsRequest
from .models.tags_response import TagsResponse
from .models.update_contact_request import UpdateContactRequest
from .models.update_contact_response import UpdateContactResponse
from .models.upsert_contact_request import UpsertContactRequest
from .models.upsert_contact_response import UpsertContactResponse
from .types import UNSET, Unset

__all__ = ["AsyncHighLevel", "HighLevel"]

DEFAULT_BASE_URL = "https://services.leadconnectorhq.com"
ResultT = TypeVar("ResultT")


def _setting(value: str | None, variable: str) -> str | None:
    return value if value is not None else os.environ.get(variable)


def _read_payload(file: str | os.PathLike[str] | bytes | BinaryIO) -> bytes:
    if isinstance(file, bytes):
        return file
    if isinstance(file, str | os.PathLike):
        return Path(file).read_bytes()
    return file.read()


def _expect(result: object, expected: type[ResultT], response: httpx.Response) -> ResultT:
    """The parsed answer, checked to be the model the facade method promises."""
    if not isinstance(result, expected):
        raise errors.APIResponseValidationError(response, errors.DecodeError(f"a {expected.__name__} object", result))
    return result


def _credential(value: str | None, argument: str, variable: str) -> str:
    resolved = _setting(value, variable)
    if not resolved:
        raise ValueError(f"HighLevel needs `{argument}`: pass {argument}= or set {variable}")
    return resolved


class ContactsResource:
    """Operations tagged ``contacts``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return ContactsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        version: str | None = None,
        location_id: str | None = None,
        start_after_id: str | Unset = UNSET,
        start_after: float | Unset = UNSET,
        query: str | Unset = UNSET,
        limit: int | Unset = 20,
    ) -> SyncPage[ListContactsResponse, SearchedContact]:
        """List contacts (deprecated).

        Deprecated by the service; calling it warns with ``DeprecationWarning``.
        Returns the first page; iterate it (``for item in ...``) for every item of every page.
        ``version`` defaults to the client's.
        ``location_id`` defaults to the client's.
        """
        warnings.warn("list() calls listContacts, which the service has deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        def fetch(cursor: tuple[Any, ...]) -> SyncPage[ListContactsResponse, SearchedContact]:
            start_after_id = cursor[0]
            start_after = cursor[1]
            spec = list_contacts._get_kwargs(
                location_id=self._client._option("location_id", location_id),
                start_after_id=start_after_id,
                start_after=start_after,
                query=query,
                limit=limit,
                version=ApiVersion(self._client._option("version", version)),
            )
            response = self._client.request(spec, list_contacts._parse_response, idempotent=True)
            result = _expect(list_contacts._parse_response(response), ListContactsResponse, response)
            meta = result.meta
            following = next_cursor(
                len(result.contacts),
                cursor,
                ()
                if isinstance(meta, Unset)
                else (
                    meta.start_after_id,
                    meta.start_after,
                ),
            )
            return SyncPage(
                response=result,
                data=result.contacts,
                next_page=None if following is None else lambda: fetch(following),
            )

        return fetch(
            (
                start_after_id,
                start_after,
            )
        )

    def create(
        self,
        *,
        version: str | None = None,
        body: CreateContactRequest | None = None,
        location_id: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        gender: str | Unset = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
    ) -> CreateContactResponse:
        """Create contact.

        Give the body as ``body=`` (a ``CreateContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = CreateContactRequest(
                location_id=location_id,
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                gender=gender,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                company_name=company_name,
                assigned_to=assigned_to,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                first_name,
                last_name,
                name,
                email,
                gender,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                company_name,
                assigned_to,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_contact._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, create_contact._parse_response, idempotent=False)
        return _expect(create_contact._parse_response(response), CreateContactResponse, response)

    def bulk_create(
        self,
        bodies: Iterable[CreateContactRequest | Mapping[str, Any]],
        *,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], None] | None = None,
    ) -> BulkResult[CreateContactResponse]:
        """``create`` for each body (a ``CreateContactRequest`` or its JSON form), ``concurrency`` at a time.

        Results come in the order of the bodies; a body that fails is recorded in ``failed`` and the others
        go on. Calls keep within the rate limit the service announces, and a create is never sent twice.
        ``on_progress`` gets a ``BulkProgress`` after each body.
        """

        def one(item: CreateContactRequest | Mapping[str, Any]) -> CreateContactResponse:
            body = item if isinstance(item, CreateContactRequest) else CreateContactRequest.from_dict(item)
            return self.create(body=body)

        return run_bulk(bodies, one, concurrency=concurrency, on_progress=on_progress)

    def get(
        self,
        contact_id: str,
        *,
        version: str | None = None,
    ) -> GetContactResponse:
        """Get contact.

        ``version`` defaults to the client's.
        """

        spec = get_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = self._client.request(spec, get_contact._parse_response, idempotent=True)
        return _expect(get_contact._parse_response(response), GetContactResponse, response)

    def update(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: UpdateContactRequest | None = None,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset | None = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        assigned_to: str | Unset | None = UNSET,
    ) -> UpdateContactResponse:
        """Update contact.

        Give the body as ``body=`` (a ``UpdateContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            body = UpdateContactRequest(
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                assigned_to=assigned_to,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                first_name,
                last_name,
                name,
                email,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                assigned_to,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, update_contact._parse_response, idempotent=True)
        return _expect(update_contact._parse_response(response), UpdateContactResponse, response)

    def delete(
        self,
        contact_id: str,
        *,
        version: str | None = None,
    ) -> DeleteContactResponse:
        """Delete contact.

        ``version`` defaults to the client's.
        """

        spec = delete_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = self._client.request(spec, delete_contact._parse_response, idempotent=True)
        return _expect(delete_contact._parse_response(response), DeleteContactResponse, response)

    def upsert(
        self,
        *,
        version: str | None = None,
        body: UpsertContactRequest | None = None,
        location_id: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        gender: str | Unset = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
        create_new_if_duplicate_allowed: bool | Unset = UNSET,
    ) -> UpsertContactResponse:
        """Create or update contact.

        Give the body as ``body=`` (a ``UpsertContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = UpsertContactRequest(
                location_id=location_id,
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                gender=gender,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                company_name=company_name,
                assigned_to=assigned_to,
                create_new_if_duplicate_allowed=create_new_if_duplicate_allowed,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                first_name,
                last_name,
                name,
                email,
                gender,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                company_name,
                assigned_to,
                create_new_if_duplicate_allowed,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = upsert_contact._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, upsert_contact._parse_response, idempotent=True)
        return _expect(upsert_contact._parse_response(response), UpsertContactResponse, response)

    def search(
        self,
        *,
        version: str | None = None,
        body: SearchContactsRequest | None = None,
        location_id: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search_after: builtins.list[float | str] | Unset = UNSET,
        filters: builtins.list[SearchFilter] | Unset = UNSET,
        sort: builtins.list[SearchSort] | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> SyncPage[SearchContactsResponse, SearchedContact]:
        """Search contacts.

        Returns the first page; iterate it (``for item in ...``) for every item of every page.
        Give the body as ``body=`` (a ``SearchContactsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = SearchContactsRequest(
                location_id=location_id,
                page_limit=page_limit,
                page=page,
                search_after=search_after,
                filters=filters,
                sort=sort,
                query=query,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                page_limit,
                page,
                search_after,
                filters,
                sort,
                query,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        if not isinstance(body.page_limit, Unset) and not 1 <= body.page_limit <= 500:
            raise ValueError(f"`page_limit` must be from 1 to 500, got {body.page_limit!r}")
        if not isinstance(body.page, Unset) and body.page < 1:
            raise ValueError(f"`page` must be 1 or more, got {body.page!r}")

        def fetch(request_body: SearchContactsRequest) -> SyncPage[SearchContactsResponse, SearchedContact]:
            spec = search_contacts._get_kwargs(
                version=ApiVersion(self._client._option("version", version)),
                body=request_body,
            )
            response = self._client.request(spec, search_contacts._parse_response, idempotent=True)
            result = _expect(search_contacts._parse_response(response), SearchContactsResponse, response)
            following = next_search(
                request_body,
                len(result.contacts),
                result.total,
                result.contacts[-1].search_after if result.contacts else None,
                fields={
                    "page": "page",
                    "limit": "page_limit",
                    "cursor": "search_after",
                },
                window=10000,
            )
            return SyncPage(
                response=result,
                data=result.contacts,
                next_page=None if following is None else lambda: fetch(following),
            )

        return fetch(body)

    def find_duplicate(
        self,
        *,
        version: str | None = None,
        location_id: str | None = None,
        number: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> DuplicateContactResponse:
        """Find a duplicate contact.

        ``version`` defaults to the client's.
        ``location_id`` defaults to the client's.
        """

        spec = get_duplicate_contact._get_kwargs(
            location_id=self._client._option("location_id", location_id),
            number=number,
            email=email,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = self._client.request(spec, get_duplicate_contact._parse_response, idempotent=True)
        return _expect(get_duplicate_contact._parse_response(response), DuplicateContactResponse, response)


class ContactsResourceWithRawResponse:
    """Operations tagged ``contacts``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        version: str | None = None,
        location_id: str | None = None,
        start_after_id: str | Unset = UNSET,
        start_after: float | Unset = UNSET,
        query: str | Unset = UNSET,
        limit: int | Unset = 20,
    ) -> RawResponse[ListContactsResponse]:
        """List contacts (deprecated).

        Deprecated by the service; calling it warns with ``DeprecationWarning``.
        ``version`` defaults to the client's.
        ``location_id`` defaults to the client's.
        """
        warnings.warn("list() calls listContacts, which the service has deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_contacts._get_kwargs(
            location_id=self._client._option("location_id", location_id),
            start_after_id=start_after_id,
            start_after=start_after,
            query=query,
            limit=limit,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = self._client.request(spec, list_contacts._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_contacts._parse_response(answer), ListContactsResponse, answer)
        )

    def create(
        self,
        *,
        version: str | None = None,
        body: CreateContactRequest | None = None,
        location_id: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        gender: str | Unset = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
    ) -> RawResponse[CreateContactResponse]:
        """Create contact.

        Give the body as ``body=`` (a ``CreateContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = CreateContactRequest(
                location_id=location_id,
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                gender=gender,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                company_name=company_name,
                assigned_to=assigned_to,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                first_name,
                last_name,
                name,
                email,
                gender,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                company_name,
                assigned_to,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_contact._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, create_contact._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_contact._parse_response(answer), CreateContactResponse, answer)
        )

    def get(
        self,
        contact_id: str,
        *,
        version: str | None = None,
    ) -> RawResponse[GetContactResponse]:
        """Get contact.

        ``version`` defaults to the client's.
        """

        spec = get_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = self._client.request(spec, get_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_contact._parse_response(answer), GetContactResponse, answer)
        )

    def update(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: UpdateContactRequest | None = None,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset | None = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        assigned_to: str | Unset | None = UNSET,
    ) -> RawResponse[UpdateContactResponse]:
        """Update contact.

        Give the body as ``body=`` (a ``UpdateContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            body = UpdateContactRequest(
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                assigned_to=assigned_to,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                first_name,
                last_name,
                name,
                email,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                assigned_to,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, update_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(update_contact._parse_response(answer), UpdateContactResponse, answer)
        )

    def delete(
        self,
        contact_id: str,
        *,
        version: str | None = None,
    ) -> RawResponse[DeleteContactResponse]:
        """Delete contact.

        ``version`` defaults to the client's.
        """

        spec = delete_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = self._client.request(spec, delete_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(delete_contact._parse_response(answer), DeleteContactResponse, answer)
        )

    def upsert(
        self,
        *,
        version: str | None = None,
        body: UpsertContactRequest | None = None,
        location_id: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        gender: str | Unset = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
        create_new_if_duplicate_allowed: bool | Unset = UNSET,
    ) -> RawResponse[UpsertContactResponse]:
        """Create or update contact.

        Give the body as ``body=`` (a ``UpsertContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = UpsertContactRequest(
                location_id=location_id,
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                gender=gender,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                company_name=company_name,
                assigned_to=assigned_to,
                create_new_if_duplicate_allowed=create_new_if_duplicate_allowed,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                first_name,
                last_name,
                name,
                email,
                gender,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                company_name,
                assigned_to,
                create_new_if_duplicate_allowed,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = upsert_contact._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, upsert_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(upsert_contact._parse_response(answer), UpsertContactResponse, answer)
        )

    def search(
        self,
        *,
        version: str | None = None,
        body: SearchContactsRequest | None = None,
        location_id: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search_after: builtins.list[float | str] | Unset = UNSET,
        filters: builtins.list[SearchFilter] | Unset = UNSET,
        sort: builtins.list[SearchSort] | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> RawResponse[SearchContactsResponse]:
        """Search contacts.

        Give the body as ``body=`` (a ``SearchContactsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = SearchContactsRequest(
                location_id=location_id,
                page_limit=page_limit,
                page=page,
                search_after=search_after,
                filters=filters,
                sort=sort,
                query=query,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                page_limit,
                page,
                search_after,
                filters,
                sort,
                query,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        if not isinstance(body.page_limit, Unset) and not 1 <= body.page_limit <= 500:
            raise ValueError(f"`page_limit` must be from 1 to 500, got {body.page_limit!r}")
        if not isinstance(body.page, Unset) and body.page < 1:
            raise ValueError(f"`page` must be 1 or more, got {body.page!r}")

        spec = search_contacts._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, search_contacts._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(search_contacts._parse_response(answer), SearchContactsResponse, answer)
        )

    def find_duplicate(
        self,
        *,
        version: str | None = None,
        location_id: str | None = None,
        number: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> RawResponse[DuplicateContactResponse]:
        """Find a duplicate contact.

        ``version`` defaults to the client's.
        ``location_id`` defaults to the client's.
        """

        spec = get_duplicate_contact._get_kwargs(
            location_id=self._client._option("location_id", location_id),
            number=number,
            email=email,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = self._client.request(spec, get_duplicate_contact._parse_response, idempotent=True)
        return RawResponse(
            response,
            lambda answer: _expect(get_duplicate_contact._parse_response(answer), DuplicateContactResponse, answer),
        )


class AsyncContactsResource:
    """Operations tagged ``contacts``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncContactsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        version: str | None = None,
        location_id: str | None = None,
        start_after_id: str | Unset = UNSET,
        start_after: float | Unset = UNSET,
        query: str | Unset = UNSET,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[ListContactsResponse, SearchedContact]:
        """List contacts (deprecated).

        Deprecated by the service; calling it warns with ``DeprecationWarning``.
        Returns the first page; iterate it (``async for item in ...``) for every item of every page.
        ``version`` defaults to the client's.
        ``location_id`` defaults to the client's.
        """
        warnings.warn("list() calls listContacts, which the service has deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        async def fetch(cursor: tuple[Any, ...]) -> AsyncPage[ListContactsResponse, SearchedContact]:
            start_after_id = cursor[0]
            start_after = cursor[1]
            spec = list_contacts._get_kwargs(
                location_id=self._client._option("location_id", location_id),
                start_after_id=start_after_id,
                start_after=start_after,
                query=query,
                limit=limit,
                version=ApiVersion(self._client._option("version", version)),
            )
            response = await self._client.request(spec, list_contacts._parse_response, idempotent=True)
            result = _expect(list_contacts._parse_response(response), ListContactsResponse, response)
            meta = result.meta
            following = next_cursor(
                len(result.contacts),
                cursor,
                ()
                if isinstance(meta, Unset)
                else (
                    meta.start_after_id,
                    meta.start_after,
                ),
            )
            return AsyncPage(
                response=result,
                data=result.contacts,
                next_page=None if following is None else lambda: fetch(following),
            )

        return AsyncPaginator(
            lambda: fetch(
                (
                    start_after_id,
                    start_after,
                )
            )
        )

    async def create(
        self,
        *,
        version: str | None = None,
        body: CreateContactRequest | None = None,
        location_id: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        gender: str | Unset = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
    ) -> CreateContactResponse:
        """Create contact.

        Give the body as ``body=`` (a ``CreateContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = CreateContactRequest(
                location_id=location_id,
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                gender=gender,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                company_name=company_name,
                assigned_to=assigned_to,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                first_name,
                last_name,
                name,
                email,
                gender,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                company_name,
                assigned_to,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_contact._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, create_contact._parse_response, idempotent=False)
        return _expect(create_contact._parse_response(response), CreateContactResponse, response)

    async def bulk_create(
        self,
        bodies: Iterable[CreateContactRequest | Mapping[str, Any]]
        | AsyncIterable[CreateContactRequest | Mapping[str, Any]],
        *,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], None] | None = None,
    ) -> BulkResult[CreateContactResponse]:
        """``create`` for each body (a ``CreateContactRequest`` or its JSON form), ``concurrency`` at a time.

        Results come in the order of the bodies; a body that fails is recorded in ``failed`` and the others
        go on. Calls keep within the rate limit the service announces, and a create is never sent twice.
        ``on_progress`` gets a ``BulkProgress`` after each body.
        """

        async def one(item: CreateContactRequest | Mapping[str, Any]) -> CreateContactResponse:
            body = item if isinstance(item, CreateContactRequest) else CreateContactRequest.from_dict(item)
            return await self.create(body=body)

        return await arun_bulk(bodies, one, concurrency=concurrency, on_progress=on_progress)

    async def get(
        self,
        contact_id: str,
        *,
        version: str | None = None,
    ) -> GetContactResponse:
        """Get contact.

        ``version`` defaults to the client's.
        """

        spec = get_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = await self._client.request(spec, get_contact._parse_response, idempotent=True)
        return _expect(get_contact._parse_response(response), GetContactResponse, response)

    async def update(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: UpdateContactRequest | None = None,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset | None = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        assigned_to: str | Unset | None = UNSET,
    ) -> UpdateContactResponse:
        """Update contact.

        Give the body as ``body=`` (a ``UpdateContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            body = UpdateContactRequest(
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                assigned_to=assigned_to,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                first_name,
                last_name,
                name,
                email,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                assigned_to,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, update_contact._parse_response, idempotent=True)
        return _expect(update_contact._parse_response(response), UpdateContactResponse, response)

    async def delete(
        self,
        contact_id: str,
        *,
        version: str | None = None,
    ) -> DeleteContactResponse:
        """Delete contact.

        ``version`` defaults to the client's.
        """

        spec = delete_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = await self._client.request(spec, delete_contact._parse_response, idempotent=True)
        return _expect(delete_contact._parse_response(response), DeleteContactResponse, response)

    async def upsert(
        self,
        *,
        version: str | None = None,
        body: UpsertContactRequest | None = None,
        location_id: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        gender: str | Unset = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
        create_new_if_duplicate_allowed: bool | Unset = UNSET,
    ) -> UpsertContactResponse:
        """Create or update contact.

        Give the body as ``body=`` (a ``UpsertContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = UpsertContactRequest(
                location_id=location_id,
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                gender=gender,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                company_name=company_name,
                assigned_to=assigned_to,
                create_new_if_duplicate_allowed=create_new_if_duplicate_allowed,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                first_name,
                last_name,
                name,
                email,
                gender,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                company_name,
                assigned_to,
                create_new_if_duplicate_allowed,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = upsert_contact._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, upsert_contact._parse_response, idempotent=True)
        return _expect(upsert_contact._parse_response(response), UpsertContactResponse, response)

    def search(
        self,
        *,
        version: str | None = None,
        body: SearchContactsRequest | None = None,
        location_id: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search_after: builtins.list[float | str] | Unset = UNSET,
        filters: builtins.list[SearchFilter] | Unset = UNSET,
        sort: builtins.list[SearchSort] | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> AsyncPaginator[SearchContactsResponse, SearchedContact]:
        """Search contacts.

        Returns the first page; iterate it (``async for item in ...``) for every item of every page.
        Give the body as ``body=`` (a ``SearchContactsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = SearchContactsRequest(
                location_id=location_id,
                page_limit=page_limit,
                page=page,
                search_after=search_after,
                filters=filters,
                sort=sort,
                query=query,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                page_limit,
                page,
                search_after,
                filters,
                sort,
                query,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        if not isinstance(body.page_limit, Unset) and not 1 <= body.page_limit <= 500:
            raise ValueError(f"`page_limit` must be from 1 to 500, got {body.page_limit!r}")
        if not isinstance(body.page, Unset) and body.page < 1:
            raise ValueError(f"`page` must be 1 or more, got {body.page!r}")

        async def fetch(request_body: SearchContactsRequest) -> AsyncPage[SearchContactsResponse, SearchedContact]:
            spec = search_contacts._get_kwargs(
                version=ApiVersion(self._client._option("version", version)),
                body=request_body,
            )
            response = await self._client.request(spec, search_contacts._parse_response, idempotent=True)
            result = _expect(search_contacts._parse_response(response), SearchContactsResponse, response)
            following = next_search(
                request_body,
                len(result.contacts),
                result.total,
                result.contacts[-1].search_after if result.contacts else None,
                fields={
                    "page": "page",
                    "limit": "page_limit",
                    "cursor": "search_after",
                },
                window=10000,
            )
            return AsyncPage(
                response=result,
                data=result.contacts,
                next_page=None if following is None else lambda: fetch(following),
            )

        return AsyncPaginator(lambda: fetch(body))

    async def find_duplicate(
        self,
        *,
        version: str | None = None,
        location_id: str | None = None,
        number: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> DuplicateContactResponse:
        """Find a duplicate contact.

        ``version`` defaults to the client's.
        ``location_id`` defaults to the client's.
        """

        spec = get_duplicate_contact._get_kwargs(
            location_id=self._client._option("location_id", location_id),
            number=number,
            email=email,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = await self._client.request(spec, get_duplicate_contact._parse_response, idempotent=True)
        return _expect(get_duplicate_contact._parse_response(response), DuplicateContactResponse, response)


class AsyncContactsResourceWithRawResponse:
    """Operations tagged ``contacts``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        version: str | None = None,
        location_id: str | None = None,
        start_after_id: str | Unset = UNSET,
        start_after: float | Unset = UNSET,
        query: str | Unset = UNSET,
        limit: int | Unset = 20,
    ) -> RawResponse[ListContactsResponse]:
        """List contacts (deprecated).

        Deprecated by the service; calling it warns with ``DeprecationWarning``.
        ``version`` defaults to the client's.
        ``location_id`` defaults to the client's.
        """
        warnings.warn("list() calls listContacts, which the service has deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_contacts._get_kwargs(
            location_id=self._client._option("location_id", location_id),
            start_after_id=start_after_id,
            start_after=start_after,
            query=query,
            limit=limit,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = await self._client.request(spec, list_contacts._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_contacts._parse_response(answer), ListContactsResponse, answer)
        )

    async def create(
        self,
        *,
        version: str | None = None,
        body: CreateContactRequest | None = None,
        location_id: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        gender: str | Unset = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
    ) -> RawResponse[CreateContactResponse]:
        """Create contact.

        Give the body as ``body=`` (a ``CreateContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = CreateContactRequest(
                location_id=location_id,
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                gender=gender,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                company_name=company_name,
                assigned_to=assigned_to,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                first_name,
                last_name,
                name,
                email,
                gender,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                company_name,
                assigned_to,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_contact._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, create_contact._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_contact._parse_response(answer), CreateContactResponse, answer)
        )

    async def get(
        self,
        contact_id: str,
        *,
        version: str | None = None,
    ) -> RawResponse[GetContactResponse]:
        """Get contact.

        ``version`` defaults to the client's.
        """

        spec = get_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = await self._client.request(spec, get_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_contact._parse_response(answer), GetContactResponse, answer)
        )

    async def update(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: UpdateContactRequest | None = None,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset | None = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        assigned_to: str | Unset | None = UNSET,
    ) -> RawResponse[UpdateContactResponse]:
        """Update contact.

        Give the body as ``body=`` (a ``UpdateContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            body = UpdateContactRequest(
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                assigned_to=assigned_to,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                first_name,
                last_name,
                name,
                email,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                assigned_to,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, update_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(update_contact._parse_response(answer), UpdateContactResponse, answer)
        )

    async def delete(
        self,
        contact_id: str,
        *,
        version: str | None = None,
    ) -> RawResponse[DeleteContactResponse]:
        """Delete contact.

        ``version`` defaults to the client's.
        """

        spec = delete_contact._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = await self._client.request(spec, delete_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(delete_contact._parse_response(answer), DeleteContactResponse, answer)
        )

    async def upsert(
        self,
        *,
        version: str | None = None,
        body: UpsertContactRequest | None = None,
        location_id: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        gender: str | Unset = UNSET,
        phone: str | Unset | None = UNSET,
        address1: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        postal_code: str | Unset = UNSET,
        website: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        dnd: bool | Unset = UNSET,
        dnd_settings: DndSettings | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
        create_new_if_duplicate_allowed: bool | Unset = UNSET,
    ) -> RawResponse[UpsertContactResponse]:
        """Create or update contact.

        Give the body as ``body=`` (a ``UpsertContactRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = UpsertContactRequest(
                location_id=location_id,
                first_name=first_name,
                last_name=last_name,
                name=name,
                email=email,
                gender=gender,
                phone=phone,
                address1=address1,
                city=city,
                state=state,
                postal_code=postal_code,
                website=website,
                timezone=timezone,
                dnd=dnd,
                dnd_settings=dnd_settings,
                inbound_dnd_settings=inbound_dnd_settings,
                tags=tags,
                custom_fields=custom_fields,
                source=source,
                date_of_birth=date_of_birth,
                country=country,
                company_name=company_name,
                assigned_to=assigned_to,
                create_new_if_duplicate_allowed=create_new_if_duplicate_allowed,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                first_name,
                last_name,
                name,
                email,
                gender,
                phone,
                address1,
                city,
                state,
                postal_code,
                website,
                timezone,
                dnd,
                dnd_settings,
                inbound_dnd_settings,
                tags,
                custom_fields,
                source,
                date_of_birth,
                country,
                company_name,
                assigned_to,
                create_new_if_duplicate_allowed,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = upsert_contact._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, upsert_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(upsert_contact._parse_response(answer), UpsertContactResponse, answer)
        )

    async def search(
        self,
        *,
        version: str | None = None,
        body: SearchContactsRequest | None = None,
        location_id: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search_after: builtins.list[float | str] | Unset = UNSET,
        filters: builtins.list[SearchFilter] | Unset = UNSET,
        sort: builtins.list[SearchSort] | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> RawResponse[SearchContactsResponse]:
        """Search contacts.

        Give the body as ``body=`` (a ``SearchContactsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(location_id, Unset):
                location_id = self._client._option("location_id", None)
            body = SearchContactsRequest(
                location_id=location_id,
                page_limit=page_limit,
                page=page,
                search_after=search_after,
                filters=filters,
                sort=sort,
                query=query,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                location_id,
                page_limit,
                page,
                search_after,
                filters,
                sort,
                query,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        if not isinstance(body.page_limit, Unset) and not 1 <= body.page_limit <= 500:
            raise ValueError(f"`page_limit` must be from 1 to 500, got {body.page_limit!r}")
        if not isinstance(body.page, Unset) and body.page < 1:
            raise ValueError(f"`page` must be 1 or more, got {body.page!r}")

        spec = search_contacts._get_kwargs(
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, search_contacts._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(search_contacts._parse_response(answer), SearchContactsResponse, answer)
        )

    async def find_duplicate(
        self,
        *,
        version: str | None = None,
        location_id: str | None = None,
        number: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> RawResponse[DuplicateContactResponse]:
        """Find a duplicate contact.

        ``version`` defaults to the client's.
        ``location_id`` defaults to the client's.
        """

        spec = get_duplicate_contact._get_kwargs(
            location_id=self._client._option("location_id", location_id),
            number=number,
            email=email,
            version=ApiVersion(self._client._option("version", version)),
        )
        response = await self._client.request(spec, get_duplicate_contact._parse_response, idempotent=True)
        return RawResponse(
            response,
            lambda answer: _expect(get_duplicate_contact._parse_response(answer), DuplicateContactResponse, answer),
        )


class TagsResource:
    """Operations tagged ``tags``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return TagsResourceWithRawResponse(self._client)

    def add(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> TagsResponse:
        """Add tags.

        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(tags, Unset):
                raise ValueError("`tags` is required (or pass `body=`)")
            body = TagsRequest(
                tags=tags,
            )
        elif any(not isinstance(value, Unset) for value in (tags,)):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = add_tags._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, add_tags._parse_response, idempotent=True)
        return _expect(add_tags._parse_response(response), TagsResponse, response)

    def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> TagsResponse:
        """Remove tags.

        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(tags, Unset):
                raise ValueError("`tags` is required (or pass `body=`)")
            body = TagsRequest(
                tags=tags,
            )
        elif any(not isinstance(value, Unset) for value in (tags,)):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = remove_tags._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, remove_tags._parse_response, idempotent=True)
        return _expect(remove_tags._parse_response(response), TagsResponse, response)


class TagsResourceWithRawResponse:
    """Operations tagged ``tags``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def add(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[TagsResponse]:
        """Add tags.

        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(tags, Unset):
                raise ValueError("`tags` is required (or pass `body=`)")
            body = TagsRequest(
                tags=tags,
            )
        elif any(not isinstance(value, Unset) for value in (tags,)):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = add_tags._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, add_tags._parse_response, idempotent=True)
        return RawResponse(response, lambda answer: _expect(add_tags._parse_response(answer), TagsResponse, answer))

    def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[TagsResponse]:
        """Remove tags.

        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(tags, Unset):
                raise ValueError("`tags` is required (or pass `body=`)")
            body = TagsRequest(
                tags=tags,
            )
        elif any(not isinstance(value, Unset) for value in (tags,)):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = remove_tags._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = self._client.request(spec, remove_tags._parse_response, idempotent=True)
        return RawResponse(response, lambda answer: _expect(remove_tags._parse_response(answer), TagsResponse, answer))


class AsyncTagsResource:
    """Operations tagged ``tags``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncTagsResourceWithRawResponse(self._client)

    async def add(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> TagsResponse:
        """Add tags.

        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(tags, Unset):
                raise ValueError("`tags` is required (or pass `body=`)")
            body = TagsRequest(
                tags=tags,
            )
        elif any(not isinstance(value, Unset) for value in (tags,)):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = add_tags._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, add_tags._parse_response, idempotent=True)
        return _expect(add_tags._parse_response(response), TagsResponse, response)

    async def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> TagsResponse:
        """Remove tags.

        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(tags, Unset):
                raise ValueError("`tags` is required (or pass `body=`)")
            body = TagsRequest(
                tags=tags,
            )
        elif any(not isinstance(value, Unset) for value in (tags,)):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = remove_tags._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, remove_tags._parse_response, idempotent=True)
        return _expect(remove_tags._parse_response(response), TagsResponse, response)


class AsyncTagsResourceWithRawResponse:
    """Operations tagged ``tags``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def add(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[TagsResponse]:
        """Add tags.

        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(tags, Unset):
                raise ValueError("`tags` is required (or pass `body=`)")
            body = TagsRequest(
                tags=tags,
            )
        elif any(not isinstance(value, Unset) for value in (tags,)):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = add_tags._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, add_tags._parse_response, idempotent=True)
        return RawResponse(response, lambda answer: _expect(add_tags._parse_response(answer), TagsResponse, answer))

    async def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[TagsResponse]:
        """Remove tags.

        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``version`` defaults to the client's.
        """

        if body is None:
            if isinstance(tags, Unset):
                raise ValueError("`tags` is required (or pass `body=`)")
            body = TagsRequest(
                tags=tags,
            )
        elif any(not isinstance(value, Unset) for value in (tags,)):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = remove_tags._get_kwargs(
            contact_id=contact_id,
            version=ApiVersion(self._client._option("version", version)),
            body=body,
        )
        response = await self._client.request(spec, remove_tags._parse_response, idempotent=True)
        return RawResponse(response, lambda answer: _expect(remove_tags._parse_response(answer), TagsResponse, answer))


class HighLevel(SyncAPIClient):
    """Client of the HighLevel API.

    Credentials and settings not given are read from the environment:
    ``HIGHLEVEL_TOKEN``,
    ``HIGHLEVEL_LOCATION_ID``,
    ``HIGHLEVEL_VERSION``,
    ``HIGHLEVEL_BASE_URL``. ``http_client`` may be your own ``httpx.Client``; it is
    then yours to close. Use the client as a context manager to close what it opened.
    """

    contacts: ContactsResource
    tags: TagsResource

    def __init__(
        self,
        *,
        token: str | None = None,
        location_id: str | None = None,
        version: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        base_url = _setting(base_url, "HIGHLEVEL_BASE_URL") or DEFAULT_BASE_URL
        auth = BearerToken(_credential(token, "token", "HIGHLEVEL_TOKEN"))
        super().__init__(
            base_url=base_url,
            auth=auth,
            options={
                "location_id": _setting(location_id, "HIGHLEVEL_LOCATION_ID"),
                "version": _setting(version, "HIGHLEVEL_VERSION") or "2021-07-28",
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._attach_resources()

    def _attach_resources(self) -> None:
        self.contacts = ContactsResource(self)
        self.tags = TagsResource(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings (headers are added to the client's), sharing its connections and token."""
        clone = copy.copy(self)
        clone._configure(
            self.timeout if timeout is None else timeout, self.max_retries if max_retries is None else max_retries
        )
        clone._default_headers = {**self._default_headers, **(default_headers or {})}
        clone._owns_http_client = False
        clone._attach_resources()
        return clone

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncHighLevel(AsyncAPIClient):
    """Asynchronous client of the HighLevel API.

    Credentials and settings not given are read from the environment:
    ``HIGHLEVEL_TOKEN``,
    ``HIGHLEVEL_LOCATION_ID``,
    ``HIGHLEVEL_VERSION``,
    ``HIGHLEVEL_BASE_URL``. ``http_client`` may be your own ``httpx.AsyncClient``; it is
    then yours to close. Use the client as a context manager to close what it opened.
    """

    contacts: AsyncContactsResource
    tags: AsyncTagsResource

    def __init__(
        self,
        *,
        token: str | None = None,
        location_id: str | None = None,
        version: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        base_url = _setting(base_url, "HIGHLEVEL_BASE_URL") or DEFAULT_BASE_URL
        auth = BearerToken(_credential(token, "token", "HIGHLEVEL_TOKEN"))
        super().__init__(
            base_url=base_url,
            auth=auth,
            options={
                "location_id": _setting(location_id, "HIGHLEVEL_LOCATION_ID"),
                "version": _setting(version, "HIGHLEVEL_VERSION") or "2021-07-28",
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._attach_resources()

    def _attach_resources(self) -> None:
        self.contacts = AsyncContactsResource(self)
        self.tags = AsyncTagsResource(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings (headers are added to the client's), sharing its connections and token."""
        clone = copy.copy(self)
        clone._configure(
            self.timeout if timeout is None else timeout, self.max_retries if max_retries is None else max_retries
        )
        clone._default_headers = {**self._default_headers, **(default_headers or {})}
        clone._owns_http_client = False
        clone._attach_resources()
        return clone

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
