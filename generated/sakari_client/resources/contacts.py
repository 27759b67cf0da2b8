"""The ``contacts`` resource: Create, list and update the contacts of an account."""

from __future__ import annotations

import builtins
import os
from collections.abc import Mapping
from typing import Any, BinaryIO, Literal

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    AsyncPaginator,
    OffsetPaging,
    RequestOptions,
    SyncAPIClient,
    SyncPage,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from contacts_runtime._arguments import read_file, resolve_body

from ..api.contacts import create_contact, delete_contact, get_contact, list_contacts, update_contact
from ..models.contact import Contact
from ..models.contact_attributes import ContactAttributes
from ..models.contact_import_response import ContactImportResponse
from ..models.contact_request import ContactRequest
from ..models.contact_response import ContactResponse
from ..models.contacts_response import ContactsResponse
from ..models.merge_strategy import MergeStrategy
from ..models.mobile import Mobile
from ..models.success_response import SuccessResponse
from ..models.tag import Tag
from ..params import ContactRequestParam, MobileParam, TagParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncContactsResource",
    "AsyncContactsResourceWithRawResponse",
    "ContactsResource",
    "ContactsResourceWithRawResponse",
]

_LIST_PAGING = OffsetPaging(
    items="data",
    offset_param="offset",
    offset_argument="offset",
    meta="pagination",
    has_next="has_next",
    total="total_count",
    wire={"items": "data", "meta": "pagination", "has-next": "hasNext", "total": "totalCount"},
)


class ContactsResource:
    """Create, list and update the contacts of an account."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return ContactsResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        email: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[ContactsResponse, Contact]:
        """List contacts.

        ``listContacts``: ``GET /accounts/{accountId}/contacts``.
        Returns the first page; iterate it (``for item in ...``) for every item of every page.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            first_name: Keeps the contacts whose first name contains this value.
            last_name: Keeps the contacts whose last name contains this value.
            mobile: Keeps the contacts whose mobile number contains this value.
            email: Keeps the contacts whose e-mail address contains this value.
            tags: Keeps the contacts carrying these tags.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SyncPage[ContactsResponse, Contact]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_contacts.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            first_name=first_name,
            last_name=last_name,
            mobile=mobile,
            email=email,
            tags=tags,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_contacts.parse_response, options)

    def create(
        self,
        *,
        account_id: str | None = None,
        merge_strategy: Literal["append", "core", "remove"] | MergeStrategy | Unset = UNSET,
        body: ContactRequest | ContactRequestParam | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | MobileParam | Unset = UNSET,
        attributes: ContactAttributes | Mapping[str, Any] | Unset = UNSET,
        tags: builtins.list[Tag | TagParam] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactsResponse:
        """Create contact.

        ``createContact``: ``POST /accounts/{accountId}/contacts``.
        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            merge_strategy: How existing contacts with a matching mobile number are treated.
            body: the whole body: a `ContactRequest` or its JSON form (a dict); or give its fields as keywords
            id: Identifier of an existing contact. Sakari's description does not say what a create or an update
                does with it.
            email: ``email`` as the service names it
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            mobile: A contact's mobile number and what is known about it.
            attributes: Free-form custom attribute values of a contact, keyed by attribute name.
            tags: ``tags`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ContactsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            ContactRequest,
            body,
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "mobile": mobile,
                "attributes": attributes,
                "tags": tags,
            },
            required=(),
            nested={"mobile": Mobile, "attributes": ContactAttributes, "tags": [Tag]},
        )
        request = create_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
            merge_strategy=merge_strategy,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_contact.parse_contacts_response, options)

    def import_csv(
        self,
        file: str | os.PathLike[str] | bytes | BinaryIO,
        *,
        account_id: str | None = None,
        merge_strategy: Literal["append", "core", "remove"] | MergeStrategy | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactImportResponse:
        """Create contact.

        ``createContact``: ``POST /accounts/{accountId}/contacts``.
        ``file`` is a path, bytes, or a binary file object holding the document to send.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            file: the document to send: a path (of a regular file: no device, FIFO or /proc entry), bytes, or a
                binary file object, of 100 MiB at most (``MAX_FILE_BYTES``; read whole: a retry resends it)
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            merge_strategy: How existing contacts with a matching mobile number are treated.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ContactImportResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = create_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            body=read_file(file),
            merge_strategy=merge_strategy,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_contact.parse_contact_import_response, options)

    def get(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactResponse:
        """Get contact.

        ``getContact``: ``GET /accounts/{accountId}/contacts/{contactId}``.

        Args:
            contact_id: Identifier of the contact.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            contact_id=contact_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_contact.parse_response, options)

    def update(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        body: ContactRequest | ContactRequestParam | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | MobileParam | Unset = UNSET,
        attributes: ContactAttributes | Mapping[str, Any] | Unset = UNSET,
        tags: builtins.list[Tag | TagParam] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactResponse:
        """Update contact.

        ``updateContact``: ``PUT /accounts/{accountId}/contacts/{contactId}``.
        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `ContactRequest` or its JSON form (a dict); or give its fields as keywords
            id: Identifier of an existing contact. Sakari's description does not say what a create or an update
                does with it.
            email: ``email`` as the service names it
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            mobile: A contact's mobile number and what is known about it.
            attributes: Free-form custom attribute values of a contact, keyed by attribute name.
            tags: ``tags`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            ContactRequest,
            body,
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "mobile": mobile,
                "attributes": attributes,
                "tags": tags,
            },
            required=(),
            nested={"mobile": Mobile, "attributes": ContactAttributes, "tags": [Tag]},
        )
        request = update_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            contact_id=contact_id,
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, update_contact.parse_response, options)

    def delete(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SuccessResponse:
        """Delete contact.

        ``deleteContact``: ``DELETE /accounts/{accountId}/contacts/{contactId}``.

        Args:
            contact_id: Identifier of the contact.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SuccessResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            contact_id=contact_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_contact.parse_response, options)


class ContactsResourceWithRawResponse:
    """``ContactsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: ContactsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.import_csv = to_raw_response_wrapper(resource.import_csv)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncContactsResource:
    """Create, list and update the contacts of an account."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncContactsResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        email: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[ContactsResponse, Contact]:
        """List contacts.

        ``listContacts``: ``GET /accounts/{accountId}/contacts``.
        Returns the first page; iterate it (``async for item in ...``) for every item of every page.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            first_name: Keeps the contacts whose first name contains this value.
            last_name: Keeps the contacts whose last name contains this value.
            mobile: Keeps the contacts whose mobile number contains this value.
            email: Keeps the contacts whose e-mail address contains this value.
            tags: Keeps the contacts carrying these tags.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AsyncPaginator[ContactsResponse, Contact]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_contacts.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            first_name=first_name,
            last_name=last_name,
            mobile=mobile,
            email=email,
            tags=tags,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_contacts.parse_response, options)

    async def create(
        self,
        *,
        account_id: str | None = None,
        merge_strategy: Literal["append", "core", "remove"] | MergeStrategy | Unset = UNSET,
        body: ContactRequest | ContactRequestParam | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | MobileParam | Unset = UNSET,
        attributes: ContactAttributes | Mapping[str, Any] | Unset = UNSET,
        tags: builtins.list[Tag | TagParam] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactsResponse:
        """Create contact.

        ``createContact``: ``POST /accounts/{accountId}/contacts``.
        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            merge_strategy: How existing contacts with a matching mobile number are treated.
            body: the whole body: a `ContactRequest` or its JSON form (a dict); or give its fields as keywords
            id: Identifier of an existing contact. Sakari's description does not say what a create or an update
                does with it.
            email: ``email`` as the service names it
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            mobile: A contact's mobile number and what is known about it.
            attributes: Free-form custom attribute values of a contact, keyed by attribute name.
            tags: ``tags`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ContactsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            ContactRequest,
            body,
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "mobile": mobile,
                "attributes": attributes,
                "tags": tags,
            },
            required=(),
            nested={"mobile": Mobile, "attributes": ContactAttributes, "tags": [Tag]},
        )
        request = create_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
            merge_strategy=merge_strategy,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_contact.parse_contacts_response, options)

    async def import_csv(
        self,
        file: str | os.PathLike[str] | bytes | BinaryIO,
        *,
        account_id: str | None = None,
        merge_strategy: Literal["append", "core", "remove"] | MergeStrategy | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactImportResponse:
        """Create contact.

        ``createContact``: ``POST /accounts/{accountId}/contacts``.
        ``file`` is a path, bytes, or a binary file object holding the document to send.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            file: the document to send: a path (of a regular file: no device, FIFO or /proc entry), bytes, or a
                binary file object, of 100 MiB at most (``MAX_FILE_BYTES``; read whole: a retry resends it)
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            merge_strategy: How existing contacts with a matching mobile number are treated.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ContactImportResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = create_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            body=read_file(file),
            merge_strategy=merge_strategy,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_contact.parse_contact_import_response, options)

    async def get(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactResponse:
        """Get contact.

        ``getContact``: ``GET /accounts/{accountId}/contacts/{contactId}``.

        Args:
            contact_id: Identifier of the contact.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            contact_id=contact_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_contact.parse_response, options)

    async def update(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        body: ContactRequest | ContactRequestParam | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | MobileParam | Unset = UNSET,
        attributes: ContactAttributes | Mapping[str, Any] | Unset = UNSET,
        tags: builtins.list[Tag | TagParam] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactResponse:
        """Update contact.

        ``updateContact``: ``PUT /accounts/{accountId}/contacts/{contactId}``.
        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `ContactRequest` or its JSON form (a dict); or give its fields as keywords
            id: Identifier of an existing contact. Sakari's description does not say what a create or an update
                does with it.
            email: ``email`` as the service names it
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            mobile: A contact's mobile number and what is known about it.
            attributes: Free-form custom attribute values of a contact, keyed by attribute name.
            tags: ``tags`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            ContactRequest,
            body,
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "mobile": mobile,
                "attributes": attributes,
                "tags": tags,
            },
            required=(),
            nested={"mobile": Mobile, "attributes": ContactAttributes, "tags": [Tag]},
        )
        request = update_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            contact_id=contact_id,
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, update_contact.parse_response, options)

    async def delete(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SuccessResponse:
        """Delete contact.

        ``deleteContact``: ``DELETE /accounts/{accountId}/contacts/{contactId}``.

        Args:
            contact_id: Identifier of the contact.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SuccessResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_contact.build_request(
            account_id=self._client.option("account_id", account_id),
            contact_id=contact_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_contact.parse_response, options)


class AsyncContactsResourceWithRawResponse:
    """``AsyncContactsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.import_csv = async_to_raw_response_wrapper(resource.import_csv)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
