"""The HighLevel client: one resource per tag of the spec, one method per operation."""

from __future__ import annotations

import builtins
import copy
import os
from collections.abc import Mapping
from types import TracebackType
from typing import Self, cast

import httpx

from ._auth import BearerToken
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, RawResponse, SyncAPIClient
from .api.contacts import create_contact
from .models.api_version import ApiVersion
from .models.create_contact_request import CreateContactRequest
from .models.create_contact_response import CreateContactResponse
from .models.custom_field_input import CustomFieldInput
from .models.dnd_settings import DndSettings
from .models.inbound_dnd_settings import InboundDndSettings
from .types import UNSET, Unset

__all__ = ["AsyncHighLevel", "HighLevel"]

DEFAULT_BASE_URL = "https://services.leadconnectorhq.com"


def _setting(value: str | None, variable: str) -> str | None:
    return value if value is not None else os.environ.get(variable)


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
        return cast(CreateContactResponse, create_contact._parse_response(response))


class ContactsResourceWithRawResponse:
    """Operations tagged ``contacts``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

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
        return RawResponse(response, lambda answer: cast(CreateContactResponse, create_contact._parse_response(answer)))


class AsyncContactsResource:
    """Operations tagged ``contacts``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncContactsResourceWithRawResponse(self._client)

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
        return cast(CreateContactResponse, create_contact._parse_response(response))


class AsyncContactsResourceWithRawResponse:
    """Operations tagged ``contacts``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

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
        return RawResponse(response, lambda answer: cast(CreateContactResponse, create_contact._parse_response(answer)))


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

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A copy of this client with other settings, sharing its connections and token."""
        clone = copy.copy(self)
        clone._configure(
            self.timeout if timeout is None else timeout, self.max_retries if max_retries is None else max_retries
        )
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

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A copy of this client with other settings, sharing its connections and token."""
        clone = copy.copy(self)
        clone._configure(
            self.timeout if timeout is None else timeout, self.max_retries if max_retries is None else max_retries
        )
        clone._owns_http_client = False
        clone._attach_resources()
        return clone

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
