"""The ``contacts`` resource: Create and manage the contacts of a location (sub-account)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from typing import Any

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    AsyncPaginator,
    BulkProgress,
    BulkResult,
    RequestOptions,
    SearchPaging,
    SyncAPIClient,
    SyncPage,
    arun_bulk,
    async_to_raw_response_wrapper,
    run_bulk,
    to_raw_response_wrapper,
)
from contacts_runtime._arguments import resolve_body
from contacts_runtime.errors import APIError, DecodeError

from ..api.contacts import (
    create_contact,
    delete_contact,
    get_contact,
    get_duplicate_contact,
    search_contacts,
    update_contact,
    upsert_contact,
)
from ..models.create_contact_request import CreateContactRequest
from ..models.create_contact_response import CreateContactResponse
from ..models.custom_field_input import CustomFieldInput
from ..models.delete_contact_response import DeleteContactResponse
from ..models.dnd_settings import DndSettings
from ..models.duplicate_contact_response import DuplicateContactResponse
from ..models.get_contact_response import GetContactResponse
from ..models.inbound_dnd_settings import InboundDndSettings
from ..models.search_contacts_request import SearchContactsRequest
from ..models.search_contacts_response import SearchContactsResponse
from ..models.search_filter import SearchFilter
from ..models.search_sort import SearchSort
from ..models.searched_contact import SearchedContact
from ..models.update_contact_request import UpdateContactRequest
from ..models.update_contact_response import UpdateContactResponse
from ..models.upsert_contact_request import UpsertContactRequest
from ..models.upsert_contact_response import UpsertContactResponse
from ..params import (
    CreateContactRequestParam,
    CustomFieldInputParam,
    DndSettingsParam,
    InboundDndSettingsParam,
    SearchContactsRequestParam,
    SearchFilterParam,
    SearchSortParam,
    UpdateContactRequestParam,
    UpsertContactRequestParam,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncContactsResource",
    "AsyncContactsResourceWithRawResponse",
    "ContactsResource",
    "ContactsResourceWithRawResponse",
]

_SEARCH_PAGING = SearchPaging(
    items="contacts",
    total="total",
    page_field="page",
    limit_field="pageLimit",
    cursor_field="searchAfter",
    page_argument="page",
    cursor_argument="search_after",
    item_cursor="search_after",
    window=10000,
    wire={"items": "contacts", "total": "total", "item-cursor": "searchAfter"},
)


class ContactsResource:
    """Create and manage the contacts of a location (sub-account)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return ContactsResourceWithRawResponse(self)

    def create(
        self,
        *,
        version: str | None = None,
        body: CreateContactRequest | CreateContactRequestParam | None = None,
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
        dnd_settings: DndSettings | DndSettingsParam | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | InboundDndSettingsParam | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput | CustomFieldInputParam] | Mapping[str, object] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CreateContactResponse:
        """Create contact.

        ``createContact``: ``POST /contacts/``.
        Give the body as ``body=`` (a ``CreateContactRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CreateContactRequest` or its JSON form (a dict); or give its fields as
                keywords
            location_id: Location (sub-account) the contact belongs to.
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            name: ``name`` as the service names it
            email: ``email`` as the service names it
            gender: ``gender`` as the service names it
            phone: ``phone`` as the service names it
            address1: ``address1`` as the service names it
            city: ``city`` as the service names it
            state: ``state`` as the service names it
            postal_code: ``postalCode`` as the service names it
            website: ``website`` as the service names it
            timezone: ``timezone`` as the service names it
            dnd: ``dnd`` as the service names it
            dnd_settings: Do-not-disturb settings, one per channel (lower-case names in v3).
            inbound_dnd_settings: Inbound do-not-disturb settings; `all` covers every channel.
            tags: ``tags`` as the service names it
            custom_fields: or a mapping of field key to value, checked before sending
            source: ``source`` as the service names it
            date_of_birth: Birth date, in one of YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY,
                YYYY_MM_DD or MM_DD_YYYY. Not on the documentation page; HighLevel's own description has it
                (typed there as an object with a string example).
            country: ``country`` as the service names it
            company_name: ``companyName`` as the service names it
            assigned_to: Identifier of the user the contact is assigned to.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CreateContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        if body is None and isinstance(custom_fields, Mapping):
            custom_fields = self._client.custom_field_inputs(custom_fields, location_id)
        body = resolve_body(
            CreateContactRequest,
            body,
            {
                "location_id": self._client.field_option("location_id", location_id, body),
                "first_name": first_name,
                "last_name": last_name,
                "name": name,
                "email": email,
                "gender": gender,
                "phone": phone,
                "address1": address1,
                "city": city,
                "state": state,
                "postal_code": postal_code,
                "website": website,
                "timezone": timezone,
                "dnd": dnd,
                "dnd_settings": dnd_settings,
                "inbound_dnd_settings": inbound_dnd_settings,
                "tags": tags,
                "custom_fields": custom_fields,
                "source": source,
                "date_of_birth": date_of_birth,
                "country": country,
                "company_name": company_name,
                "assigned_to": assigned_to,
            },
            required=("location_id",),
            nested={
                "dnd_settings": DndSettings,
                "inbound_dnd_settings": InboundDndSettings,
                "custom_fields": [CustomFieldInput],
            },
        )
        request = create_contact.build_request(
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_contact.parse_response, options)

    def bulk_create(
        self,
        bodies: Iterable[CreateContactRequest | Mapping[str, Any]],
        *,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], None] | None = None,
        on_result: Callable[[int, CreateContactResponse | APIError | DecodeError], None] | None = None,
    ) -> BulkResult[CreateContactResponse]:
        """``create`` for each body (a ``CreateContactRequest`` or its JSON form), ``concurrency`` at a time.

        Results come in the order of the bodies; a body that fails is recorded in ``failed`` and the others
        go on. Calls keep within the rate limit the service announces, and a create is never sent twice.
        ``BulkResult`` tells the items not created from those whose outcome is unknown (the request may
        have reached the service: reconcile them).

        Args:
            bodies: the bodies, each a ``CreateContactRequest`` or its JSON form (a dict).
            concurrency: how many calls are in flight at once.
            on_progress: gets a ``BulkProgress`` after each body.
            on_result: gets ``(index, outcome)`` for each body as soon as its outcome is known (to journal it).

        Returns:
            ``BulkResult[CreateContactResponse]``: each body's result or error, in the order of the bodies.

        Raises:
            ValueError: ``concurrency`` is less than 1.
        """

        def one(item: CreateContactRequest | Mapping[str, Any]) -> CreateContactResponse:
            return self.create(body=item)  # type: ignore[arg-type]

        return run_bulk(bodies, one, concurrency=concurrency, on_progress=on_progress, on_result=on_result)

    def get(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> GetContactResponse:
        """Get contact.

        ``getContact``: ``GET /contacts/{contactId}``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``GetContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_contact.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_contact.parse_response, options)

    def update(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: UpdateContactRequest | UpdateContactRequestParam | None = None,
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
        dnd_settings: DndSettings | DndSettingsParam | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | InboundDndSettingsParam | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput | CustomFieldInputParam] | Mapping[str, object] | Unset = UNSET,
        source: str | Unset | None = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        assigned_to: str | Unset | None = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateContactResponse:
        """Update contact.

        ``updateContact``: ``PUT /contacts/{contactId}``.
        Give the body as ``body=`` (a ``UpdateContactRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpdateContactRequest` or its JSON form (a dict); or give its fields as
                keywords
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            name: ``name`` as the service names it
            email: ``email`` as the service names it
            phone: ``phone`` as the service names it
            address1: ``address1`` as the service names it
            city: ``city`` as the service names it
            state: ``state`` as the service names it
            postal_code: ``postalCode`` as the service names it
            website: ``website`` as the service names it
            timezone: ``timezone`` as the service names it
            dnd: ``dnd`` as the service names it
            dnd_settings: Do-not-disturb settings, one per channel (lower-case names in v3).
            inbound_dnd_settings: Inbound do-not-disturb settings; `all` covers every channel.
            tags: Replaces every tag of the contact.
            custom_fields: or a mapping of field key to value, checked before sending
            source: ``source`` as the service names it
            date_of_birth: Birth date, in one of the formats a create takes.
            country: ``country`` as the service names it
            assigned_to: Identifier of the user the contact is assigned to.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``UpdateContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        if body is None and isinstance(custom_fields, Mapping):
            custom_fields = self._client.custom_field_inputs(custom_fields)
        body = resolve_body(
            UpdateContactRequest,
            body,
            {
                "first_name": first_name,
                "last_name": last_name,
                "name": name,
                "email": email,
                "phone": phone,
                "address1": address1,
                "city": city,
                "state": state,
                "postal_code": postal_code,
                "website": website,
                "timezone": timezone,
                "dnd": dnd,
                "dnd_settings": dnd_settings,
                "inbound_dnd_settings": inbound_dnd_settings,
                "tags": tags,
                "custom_fields": custom_fields,
                "source": source,
                "date_of_birth": date_of_birth,
                "country": country,
                "assigned_to": assigned_to,
            },
            required=(),
            nested={
                "dnd_settings": DndSettings,
                "inbound_dnd_settings": InboundDndSettings,
                "custom_fields": [CustomFieldInput],
            },
        )
        request = update_contact.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, update_contact.parse_response, options)

    def delete(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeleteContactResponse:
        """Delete contact.

        ``deleteContact``: ``DELETE /contacts/{contactId}``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``DeleteContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_contact.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_contact.parse_response, options)

    def upsert(
        self,
        *,
        version: str | None = None,
        body: UpsertContactRequest | UpsertContactRequestParam | None = None,
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
        dnd_settings: DndSettings | DndSettingsParam | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | InboundDndSettingsParam | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput | CustomFieldInputParam] | Mapping[str, object] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
        create_new_if_duplicate_allowed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpsertContactResponse:
        """Create or update contact.

        ``upsertContact``: ``POST /contacts/upsert``.
        Give the body as ``body=`` (a ``UpsertContactRequest``) or as keyword arguments named after its fields.

        Args:
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpsertContactRequest` or its JSON form (a dict); or give its fields as
                keywords
            location_id: Location (sub-account) the contact belongs to.
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            name: ``name`` as the service names it
            email: ``email`` as the service names it
            gender: ``gender`` as the service names it
            phone: ``phone`` as the service names it
            address1: ``address1`` as the service names it
            city: ``city`` as the service names it
            state: ``state`` as the service names it
            postal_code: ``postalCode`` as the service names it
            website: ``website`` as the service names it
            timezone: ``timezone`` as the service names it
            dnd: ``dnd`` as the service names it
            dnd_settings: Do-not-disturb settings, one per channel (lower-case names in v3).
            inbound_dnd_settings: Inbound do-not-disturb settings; `all` covers every channel.
            tags: ``tags`` as the service names it
            custom_fields: or a mapping of field key to value, checked before sending
            source: ``source`` as the service names it
            date_of_birth: Birth date, in one of YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY,
                YYYY_MM_DD or MM_DD_YYYY. Not on the documentation page; HighLevel's own description has it
                (typed there as an object with a string example).
            country: ``country`` as the service names it
            company_name: ``companyName`` as the service names it
            assigned_to: Identifier of the user the contact is assigned to.
            create_new_if_duplicate_allowed: When true and the location allows duplicates, a new contact is created without looking for a
                duplicate; otherwise the usual upsert applies.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``UpsertContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        if body is None and isinstance(custom_fields, Mapping):
            custom_fields = self._client.custom_field_inputs(custom_fields, location_id)
        body = resolve_body(
            UpsertContactRequest,
            body,
            {
                "location_id": self._client.field_option("location_id", location_id, body),
                "first_name": first_name,
                "last_name": last_name,
                "name": name,
                "email": email,
                "gender": gender,
                "phone": phone,
                "address1": address1,
                "city": city,
                "state": state,
                "postal_code": postal_code,
                "website": website,
                "timezone": timezone,
                "dnd": dnd,
                "dnd_settings": dnd_settings,
                "inbound_dnd_settings": inbound_dnd_settings,
                "tags": tags,
                "custom_fields": custom_fields,
                "source": source,
                "date_of_birth": date_of_birth,
                "country": country,
                "company_name": company_name,
                "assigned_to": assigned_to,
                "create_new_if_duplicate_allowed": create_new_if_duplicate_allowed,
            },
            required=("location_id",),
            nested={
                "dnd_settings": DndSettings,
                "inbound_dnd_settings": InboundDndSettings,
                "custom_fields": [CustomFieldInput],
            },
        )
        request = upsert_contact.build_request(
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, upsert_contact.parse_response, options)

    def search(
        self,
        *,
        version: str | None = None,
        body: SearchContactsRequest | SearchContactsRequestParam | None = None,
        location_id: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search_after: builtins.list[float | str] | Unset = UNSET,
        filters: builtins.list[SearchFilter | SearchFilterParam] | Unset = UNSET,
        sort: builtins.list[SearchSort | SearchSortParam] | Unset = UNSET,
        query: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[SearchContactsResponse, SearchedContact]:
        """Search contacts.

        ``searchContacts``: ``POST /contacts/search``.
        Returns the first page; iterate it (``for item in ...``) for every item of every page.
        Give the body as ``body=`` (a ``SearchContactsRequest``) or as keyword arguments named after its fields.

        Args:
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `SearchContactsRequest` or its JSON form (a dict); or give its fields as
                keywords
            location_id: Location (sub-account) to search.
            page_limit: Contacts per page (at most 500).
            page: Page number, from 1.
            search_after: The `searchAfter` of the last contact of the previous page.
            filters: ``filters`` as the service names it
            sort: ``sort`` as the service names it
            query: Free text to look for.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SyncPage[SearchContactsResponse, SearchedContact]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        body = resolve_body(
            SearchContactsRequest,
            body,
            {
                "location_id": self._client.field_option("location_id", location_id, body),
                "page_limit": page_limit,
                "page": page,
                "search_after": search_after,
                "filters": filters,
                "sort": sort,
                "query": query,
            },
            required=("location_id",),
            nested={"filters": [SearchFilter], "sort": [SearchSort]},
        )
        request = search_contacts.build_request(
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_SEARCH_PAGING, request, search_contacts.parse_response, options)

    def find_duplicate(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        number: str | Unset = UNSET,
        email: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DuplicateContactResponse:
        """Find a duplicate contact.

        ``getDuplicateContact``: ``GET /contacts/search/duplicate``.

        Args:
            location_id: Location (sub-account) to look in. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            number: Phone number to look for.
            email: E-mail address to look for.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``DuplicateContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_duplicate_contact.build_request(
            location_id=self._client.option("location_id", location_id),
            number=number,
            email=email,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_duplicate_contact.parse_response, options)


class ContactsResourceWithRawResponse:
    """``ContactsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: ContactsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.upsert = to_raw_response_wrapper(resource.upsert)
        self.search = to_raw_response_wrapper(resource.search)
        self.find_duplicate = to_raw_response_wrapper(resource.find_duplicate)


class AsyncContactsResource:
    """Create and manage the contacts of a location (sub-account)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncContactsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        version: str | None = None,
        body: CreateContactRequest | CreateContactRequestParam | None = None,
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
        dnd_settings: DndSettings | DndSettingsParam | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | InboundDndSettingsParam | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput | CustomFieldInputParam] | Mapping[str, object] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CreateContactResponse:
        """Create contact.

        ``createContact``: ``POST /contacts/``.
        Give the body as ``body=`` (a ``CreateContactRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CreateContactRequest` or its JSON form (a dict); or give its fields as
                keywords
            location_id: Location (sub-account) the contact belongs to.
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            name: ``name`` as the service names it
            email: ``email`` as the service names it
            gender: ``gender`` as the service names it
            phone: ``phone`` as the service names it
            address1: ``address1`` as the service names it
            city: ``city`` as the service names it
            state: ``state`` as the service names it
            postal_code: ``postalCode`` as the service names it
            website: ``website`` as the service names it
            timezone: ``timezone`` as the service names it
            dnd: ``dnd`` as the service names it
            dnd_settings: Do-not-disturb settings, one per channel (lower-case names in v3).
            inbound_dnd_settings: Inbound do-not-disturb settings; `all` covers every channel.
            tags: ``tags`` as the service names it
            custom_fields: or a mapping of field key to value, checked before sending
            source: ``source`` as the service names it
            date_of_birth: Birth date, in one of YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY,
                YYYY_MM_DD or MM_DD_YYYY. Not on the documentation page; HighLevel's own description has it
                (typed there as an object with a string example).
            country: ``country`` as the service names it
            company_name: ``companyName`` as the service names it
            assigned_to: Identifier of the user the contact is assigned to.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CreateContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        if body is None and isinstance(custom_fields, Mapping):
            custom_fields = await self._client.custom_field_inputs(custom_fields, location_id)
        body = resolve_body(
            CreateContactRequest,
            body,
            {
                "location_id": self._client.field_option("location_id", location_id, body),
                "first_name": first_name,
                "last_name": last_name,
                "name": name,
                "email": email,
                "gender": gender,
                "phone": phone,
                "address1": address1,
                "city": city,
                "state": state,
                "postal_code": postal_code,
                "website": website,
                "timezone": timezone,
                "dnd": dnd,
                "dnd_settings": dnd_settings,
                "inbound_dnd_settings": inbound_dnd_settings,
                "tags": tags,
                "custom_fields": custom_fields,
                "source": source,
                "date_of_birth": date_of_birth,
                "country": country,
                "company_name": company_name,
                "assigned_to": assigned_to,
            },
            required=("location_id",),
            nested={
                "dnd_settings": DndSettings,
                "inbound_dnd_settings": InboundDndSettings,
                "custom_fields": [CustomFieldInput],
            },
        )
        request = create_contact.build_request(
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_contact.parse_response, options)

    async def bulk_create(
        self,
        bodies: Iterable[CreateContactRequest | Mapping[str, Any]]
        | AsyncIterable[CreateContactRequest | Mapping[str, Any]],
        *,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], None] | None = None,
        on_result: Callable[[int, CreateContactResponse | APIError | DecodeError], None] | None = None,
    ) -> BulkResult[CreateContactResponse]:
        """``create`` for each body (a ``CreateContactRequest`` or its JSON form), ``concurrency`` at a time.

        Results come in the order of the bodies; a body that fails is recorded in ``failed`` and the others
        go on. Calls keep within the rate limit the service announces, and a create is never sent twice.
        ``BulkResult`` tells the items not created from those whose outcome is unknown (the request may
        have reached the service: reconcile them).

        Args:
            bodies: the bodies, each a ``CreateContactRequest`` or its JSON form (a dict).
            concurrency: how many calls are in flight at once.
            on_progress: gets a ``BulkProgress`` after each body.
            on_result: gets ``(index, outcome)`` for each body as soon as its outcome is known (to journal it).

        Returns:
            ``BulkResult[CreateContactResponse]``: each body's result or error, in the order of the bodies.

        Raises:
            ValueError: ``concurrency`` is less than 1.
        """

        async def one(item: CreateContactRequest | Mapping[str, Any]) -> CreateContactResponse:
            return await self.create(body=item)  # type: ignore[arg-type]

        return await arun_bulk(bodies, one, concurrency=concurrency, on_progress=on_progress, on_result=on_result)

    async def get(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> GetContactResponse:
        """Get contact.

        ``getContact``: ``GET /contacts/{contactId}``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``GetContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_contact.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_contact.parse_response, options)

    async def update(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: UpdateContactRequest | UpdateContactRequestParam | None = None,
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
        dnd_settings: DndSettings | DndSettingsParam | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | InboundDndSettingsParam | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput | CustomFieldInputParam] | Mapping[str, object] | Unset = UNSET,
        source: str | Unset | None = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        assigned_to: str | Unset | None = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateContactResponse:
        """Update contact.

        ``updateContact``: ``PUT /contacts/{contactId}``.
        Give the body as ``body=`` (a ``UpdateContactRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpdateContactRequest` or its JSON form (a dict); or give its fields as
                keywords
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            name: ``name`` as the service names it
            email: ``email`` as the service names it
            phone: ``phone`` as the service names it
            address1: ``address1`` as the service names it
            city: ``city`` as the service names it
            state: ``state`` as the service names it
            postal_code: ``postalCode`` as the service names it
            website: ``website`` as the service names it
            timezone: ``timezone`` as the service names it
            dnd: ``dnd`` as the service names it
            dnd_settings: Do-not-disturb settings, one per channel (lower-case names in v3).
            inbound_dnd_settings: Inbound do-not-disturb settings; `all` covers every channel.
            tags: Replaces every tag of the contact.
            custom_fields: or a mapping of field key to value, checked before sending
            source: ``source`` as the service names it
            date_of_birth: Birth date, in one of the formats a create takes.
            country: ``country`` as the service names it
            assigned_to: Identifier of the user the contact is assigned to.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``UpdateContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        if body is None and isinstance(custom_fields, Mapping):
            custom_fields = await self._client.custom_field_inputs(custom_fields)
        body = resolve_body(
            UpdateContactRequest,
            body,
            {
                "first_name": first_name,
                "last_name": last_name,
                "name": name,
                "email": email,
                "phone": phone,
                "address1": address1,
                "city": city,
                "state": state,
                "postal_code": postal_code,
                "website": website,
                "timezone": timezone,
                "dnd": dnd,
                "dnd_settings": dnd_settings,
                "inbound_dnd_settings": inbound_dnd_settings,
                "tags": tags,
                "custom_fields": custom_fields,
                "source": source,
                "date_of_birth": date_of_birth,
                "country": country,
                "assigned_to": assigned_to,
            },
            required=(),
            nested={
                "dnd_settings": DndSettings,
                "inbound_dnd_settings": InboundDndSettings,
                "custom_fields": [CustomFieldInput],
            },
        )
        request = update_contact.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, update_contact.parse_response, options)

    async def delete(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeleteContactResponse:
        """Delete contact.

        ``deleteContact``: ``DELETE /contacts/{contactId}``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``DeleteContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_contact.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_contact.parse_response, options)

    async def upsert(
        self,
        *,
        version: str | None = None,
        body: UpsertContactRequest | UpsertContactRequestParam | None = None,
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
        dnd_settings: DndSettings | DndSettingsParam | Unset = UNSET,
        inbound_dnd_settings: InboundDndSettings | InboundDndSettingsParam | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_fields: builtins.list[CustomFieldInput | CustomFieldInputParam] | Mapping[str, object] | Unset = UNSET,
        source: str | Unset = UNSET,
        date_of_birth: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        company_name: str | Unset | None = UNSET,
        assigned_to: str | Unset = UNSET,
        create_new_if_duplicate_allowed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpsertContactResponse:
        """Create or update contact.

        ``upsertContact``: ``POST /contacts/upsert``.
        Give the body as ``body=`` (a ``UpsertContactRequest``) or as keyword arguments named after its fields.

        Args:
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpsertContactRequest` or its JSON form (a dict); or give its fields as
                keywords
            location_id: Location (sub-account) the contact belongs to.
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            name: ``name`` as the service names it
            email: ``email`` as the service names it
            gender: ``gender`` as the service names it
            phone: ``phone`` as the service names it
            address1: ``address1`` as the service names it
            city: ``city`` as the service names it
            state: ``state`` as the service names it
            postal_code: ``postalCode`` as the service names it
            website: ``website`` as the service names it
            timezone: ``timezone`` as the service names it
            dnd: ``dnd`` as the service names it
            dnd_settings: Do-not-disturb settings, one per channel (lower-case names in v3).
            inbound_dnd_settings: Inbound do-not-disturb settings; `all` covers every channel.
            tags: ``tags`` as the service names it
            custom_fields: or a mapping of field key to value, checked before sending
            source: ``source`` as the service names it
            date_of_birth: Birth date, in one of YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY,
                YYYY_MM_DD or MM_DD_YYYY. Not on the documentation page; HighLevel's own description has it
                (typed there as an object with a string example).
            country: ``country`` as the service names it
            company_name: ``companyName`` as the service names it
            assigned_to: Identifier of the user the contact is assigned to.
            create_new_if_duplicate_allowed: When true and the location allows duplicates, a new contact is created without looking for a
                duplicate; otherwise the usual upsert applies.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``UpsertContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        if body is None and isinstance(custom_fields, Mapping):
            custom_fields = await self._client.custom_field_inputs(custom_fields, location_id)
        body = resolve_body(
            UpsertContactRequest,
            body,
            {
                "location_id": self._client.field_option("location_id", location_id, body),
                "first_name": first_name,
                "last_name": last_name,
                "name": name,
                "email": email,
                "gender": gender,
                "phone": phone,
                "address1": address1,
                "city": city,
                "state": state,
                "postal_code": postal_code,
                "website": website,
                "timezone": timezone,
                "dnd": dnd,
                "dnd_settings": dnd_settings,
                "inbound_dnd_settings": inbound_dnd_settings,
                "tags": tags,
                "custom_fields": custom_fields,
                "source": source,
                "date_of_birth": date_of_birth,
                "country": country,
                "company_name": company_name,
                "assigned_to": assigned_to,
                "create_new_if_duplicate_allowed": create_new_if_duplicate_allowed,
            },
            required=("location_id",),
            nested={
                "dnd_settings": DndSettings,
                "inbound_dnd_settings": InboundDndSettings,
                "custom_fields": [CustomFieldInput],
            },
        )
        request = upsert_contact.build_request(
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, upsert_contact.parse_response, options)

    def search(
        self,
        *,
        version: str | None = None,
        body: SearchContactsRequest | SearchContactsRequestParam | None = None,
        location_id: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search_after: builtins.list[float | str] | Unset = UNSET,
        filters: builtins.list[SearchFilter | SearchFilterParam] | Unset = UNSET,
        sort: builtins.list[SearchSort | SearchSortParam] | Unset = UNSET,
        query: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[SearchContactsResponse, SearchedContact]:
        """Search contacts.

        ``searchContacts``: ``POST /contacts/search``.
        Returns the first page; iterate it (``async for item in ...``) for every item of every page.
        Give the body as ``body=`` (a ``SearchContactsRequest``) or as keyword arguments named after its fields.

        Args:
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `SearchContactsRequest` or its JSON form (a dict); or give its fields as
                keywords
            location_id: Location (sub-account) to search.
            page_limit: Contacts per page (at most 500).
            page: Page number, from 1.
            search_after: The `searchAfter` of the last contact of the previous page.
            filters: ``filters`` as the service names it
            sort: ``sort`` as the service names it
            query: Free text to look for.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AsyncPaginator[SearchContactsResponse, SearchedContact]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        body = resolve_body(
            SearchContactsRequest,
            body,
            {
                "location_id": self._client.field_option("location_id", location_id, body),
                "page_limit": page_limit,
                "page": page,
                "search_after": search_after,
                "filters": filters,
                "sort": sort,
                "query": query,
            },
            required=("location_id",),
            nested={"filters": [SearchFilter], "sort": [SearchSort]},
        )
        request = search_contacts.build_request(
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_SEARCH_PAGING, request, search_contacts.parse_response, options)

    async def find_duplicate(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        number: str | Unset = UNSET,
        email: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DuplicateContactResponse:
        """Find a duplicate contact.

        ``getDuplicateContact``: ``GET /contacts/search/duplicate``.

        Args:
            location_id: Location (sub-account) to look in. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            number: Phone number to look for.
            email: E-mail address to look for.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``DuplicateContactResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_duplicate_contact.build_request(
            location_id=self._client.option("location_id", location_id),
            number=number,
            email=email,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_duplicate_contact.parse_response, options)


class AsyncContactsResourceWithRawResponse:
    """``AsyncContactsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
        self.search = async_to_raw_response_wrapper(resource.search)
        self.find_duplicate = async_to_raw_response_wrapper(resource.find_duplicate)
