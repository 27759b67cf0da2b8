"""The ``businesses`` resource: The business (company) contacts belong to."""

from __future__ import annotations

import builtins
from collections.abc import Mapping

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
from contacts_runtime._arguments import resolve_body

from ..api.businesses import assign_business, list_business_contacts
from ..models.business_assignment_request import BusinessAssignmentRequest
from ..models.business_assignment_response import BusinessAssignmentResponse
from ..models.business_contacts_response import BusinessContactsResponse
from ..models.searched_contact import SearchedContact
from ..params import BusinessAssignmentRequestParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncBusinessesResource",
    "AsyncBusinessesResourceWithRawResponse",
    "BusinessesResource",
    "BusinessesResourceWithRawResponse",
]

_LIST_CONTACTS_PAGING = OffsetPaging(
    items="contacts",
    offset_param="skip",
    offset_argument="skip",
    wire={"items": "contacts"},
    limit_param="limit",
    default_limit=25,
)


class BusinessesResource:
    """The business (company) contacts belong to."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> BusinessesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return BusinessesResourceWithRawResponse(self)

    def assign(
        self,
        *,
        version: str | None = None,
        body: BusinessAssignmentRequest | BusinessAssignmentRequestParam | None = None,
        location_id: str | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
        business_id: str | Unset | None = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BusinessAssignmentResponse:
        """Add contacts to a business, or take them out.

        ``assignBusiness``: ``POST /contacts/bulk/business``.
        Give the body as ``body=`` (a ``BusinessAssignmentRequest``) or as keyword arguments named after its fields.

        Args:
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `BusinessAssignmentRequest` or its JSON form (a dict); or give its fields as
                keywords
            location_id: Location (sub-account) the contacts belong to.
            ids: Identifiers of the contacts.
            business_id: The business to put the contacts in; null takes them out of their business.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``BusinessAssignmentResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        body = resolve_body(
            BusinessAssignmentRequest,
            body,
            {
                "location_id": self._client.field_option("location_id", location_id, body),
                "ids": ids,
                "business_id": business_id,
            },
            required=(
                "location_id",
                "ids",
                "business_id",
            ),
            nested={},
        )
        request = assign_business.build_request(
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, assign_business.parse_response, options)

    def list_contacts(
        self,
        business_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        limit: int | Unset = 25,
        skip: int | Unset = 0,
        query: str | Unset = UNSET,
        start_after: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[BusinessContactsResponse, SearchedContact]:
        """List the contacts of a business.

        ``listBusinessContacts``: ``GET /contacts/business/{businessId}``.
        Returns the first page; iterate it (``for item in ...``) for every item of every page.

        Args:
            business_id: Identifier of the business.
            location_id: Location (sub-account) to look in. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            limit: Contacts per page; 25 when not given. (at least 1)
            skip: How many matching contacts to pass over before this page; 0 when not given. (at least 0)
            query: Text to look for in the contacts, such as a name.
            start_after: Where to start: the name and id of the last contact of the previous page, joined by a comma
                (`eleanor sakai,xurJiljRhcxpwRYXbxUU`).
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SyncPage[BusinessContactsResponse, SearchedContact]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_business_contacts.build_request(
            business_id=business_id,
            location_id=self._client.option("location_id", location_id),
            limit=limit,
            skip=skip,
            query=query,
            start_after=start_after,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_CONTACTS_PAGING, request, list_business_contacts.parse_response, options)


class BusinessesResourceWithRawResponse:
    """``BusinessesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: BusinessesResource) -> None:
        self.assign = to_raw_response_wrapper(resource.assign)
        self.list_contacts = to_raw_response_wrapper(resource.list_contacts)


class AsyncBusinessesResource:
    """The business (company) contacts belong to."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncBusinessesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncBusinessesResourceWithRawResponse(self)

    async def assign(
        self,
        *,
        version: str | None = None,
        body: BusinessAssignmentRequest | BusinessAssignmentRequestParam | None = None,
        location_id: str | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
        business_id: str | Unset | None = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BusinessAssignmentResponse:
        """Add contacts to a business, or take them out.

        ``assignBusiness``: ``POST /contacts/bulk/business``.
        Give the body as ``body=`` (a ``BusinessAssignmentRequest``) or as keyword arguments named after its fields.

        Args:
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `BusinessAssignmentRequest` or its JSON form (a dict); or give its fields as
                keywords
            location_id: Location (sub-account) the contacts belong to.
            ids: Identifiers of the contacts.
            business_id: The business to put the contacts in; null takes them out of their business.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``BusinessAssignmentResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        body = resolve_body(
            BusinessAssignmentRequest,
            body,
            {
                "location_id": self._client.field_option("location_id", location_id, body),
                "ids": ids,
                "business_id": business_id,
            },
            required=(
                "location_id",
                "ids",
                "business_id",
            ),
            nested={},
        )
        request = assign_business.build_request(
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, assign_business.parse_response, options)

    def list_contacts(
        self,
        business_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        limit: int | Unset = 25,
        skip: int | Unset = 0,
        query: str | Unset = UNSET,
        start_after: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[BusinessContactsResponse, SearchedContact]:
        """List the contacts of a business.

        ``listBusinessContacts``: ``GET /contacts/business/{businessId}``.
        Returns the first page; iterate it (``async for item in ...``) for every item of every page.

        Args:
            business_id: Identifier of the business.
            location_id: Location (sub-account) to look in. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            limit: Contacts per page; 25 when not given. (at least 1)
            skip: How many matching contacts to pass over before this page; 0 when not given. (at least 0)
            query: Text to look for in the contacts, such as a name.
            start_after: Where to start: the name and id of the last contact of the previous page, joined by a comma
                (`eleanor sakai,xurJiljRhcxpwRYXbxUU`).
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AsyncPaginator[BusinessContactsResponse, SearchedContact]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_business_contacts.build_request(
            business_id=business_id,
            location_id=self._client.option("location_id", location_id),
            limit=limit,
            skip=skip,
            query=query,
            start_after=start_after,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_CONTACTS_PAGING, request, list_business_contacts.parse_response, options)


class AsyncBusinessesResourceWithRawResponse:
    """``AsyncBusinessesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncBusinessesResource) -> None:
        self.assign = async_to_raw_response_wrapper(resource.assign)
        self.list_contacts = async_to_raw_response_wrapper(resource.list_contacts)
