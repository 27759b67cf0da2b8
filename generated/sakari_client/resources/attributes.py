"""The ``attributes`` resource: Custom attributes that extend contacts, deals and tickets."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, Literal

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from contacts_runtime._arguments import resolve_body

from ..api.attributes import create_attribute, list_attributes
from ..models.attribute_created_response import AttributeCreatedResponse
from ..models.attribute_type import AttributeType
from ..models.attributes_response import AttributesResponse
from ..models.change_stamp import ChangeStamp
from ..models.contact import Contact
from ..models.contact_attributes import ContactAttributes
from ..models.contact_error import ContactError
from ..models.contact_list import ContactList
from ..models.integration_link import IntegrationLink
from ..models.mobile import Mobile
from ..models.tag import Tag
from ..params import (
    ChangeStampParam,
    ContactErrorParam,
    ContactListParam,
    ContactParam,
    IntegrationLinkParam,
    MobileParam,
    TagParam,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncAttributesResource",
    "AsyncAttributesResourceWithRawResponse",
    "AttributesResource",
    "AttributesResourceWithRawResponse",
]


class AttributesResource:
    """Custom attributes that extend contacts, deals and tickets."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AttributesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AttributesResourceWithRawResponse(self)

    def list(
        self,
        attribute_type: Literal["contacts", "deals", "tickets"] | AttributeType,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AttributesResponse:
        """List custom attributes.

        ``listAttributes``: ``GET /accounts/{accountId}/attributes/{attributeType}``.

        Args:
            attribute_type: Kind of record the custom attribute extends.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AttributesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_attributes.build_request(
            account_id=self._client.option("account_id", account_id),
            attribute_type=attribute_type,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_attributes.parse_response, options)

    def create(
        self,
        attribute_type: Literal["contacts", "deals", "tickets"] | AttributeType,
        *,
        account_id: str | None = None,
        body: Contact | ContactParam | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | MobileParam | Unset = UNSET,
        lists: builtins.list[ContactList | ContactListParam] | Unset = UNSET,
        attributes: ContactAttributes | Mapping[str, Any] | Unset = UNSET,
        tags: builtins.list[Tag | TagParam] | Unset = UNSET,
        opt_in: datetime.datetime | Unset = UNSET,
        blocked: datetime.datetime | Unset = UNSET,
        activecampaign: IntegrationLink | IntegrationLinkParam | Unset = UNSET,
        hubspot: IntegrationLink | IntegrationLinkParam | Unset = UNSET,
        pipedrive: IntegrationLink | IntegrationLinkParam | Unset = UNSET,
        valid: bool | Unset = UNSET,
        error: ContactError | ContactErrorParam | Unset = UNSET,
        created: ChangeStamp | ChangeStampParam | Unset = UNSET,
        updated: ChangeStamp | ChangeStampParam | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AttributeCreatedResponse:
        """Create custom attribute.

        ``createAttribute``: ``POST /accounts/{accountId}/attributes/{attributeType}``.
        Give the body as ``body=`` (a ``Contact``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            attribute_type: Kind of record the custom attribute extends.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `Contact` or its JSON form (a dict); or give its fields as keywords
            id: ``id`` as the service names it
            email: ``email`` as the service names it
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            mobile: A contact's mobile number and what is known about it.
            lists: ``lists`` as the service names it
            attributes: Free-form custom attribute values of a contact, keyed by attribute name.
            tags: ``tags`` as the service names it
            opt_in: When the contact opted in.
            blocked: When the contact was blocked.
            activecampaign: The identifier of the contact in a connected CRM.
            hubspot: The identifier of the contact in a connected CRM.
            pipedrive: The identifier of the contact in a connected CRM.
            valid: ``valid`` as the service names it
            error: Why the service will not message a contact (per-contact, not a request error).
            created: When a record was created or changed, and by whom.
            updated: When a record was created or changed, and by whom.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AttributeCreatedResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            Contact,
            body,
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "mobile": mobile,
                "lists": lists,
                "attributes": attributes,
                "tags": tags,
                "opt_in": opt_in,
                "blocked": blocked,
                "activecampaign": activecampaign,
                "hubspot": hubspot,
                "pipedrive": pipedrive,
                "valid": valid,
                "error": error,
                "created": created,
                "updated": updated,
            },
            required=(),
            nested={
                "mobile": Mobile,
                "lists": [ContactList],
                "attributes": ContactAttributes,
                "tags": [Tag],
                "activecampaign": IntegrationLink,
                "hubspot": IntegrationLink,
                "pipedrive": IntegrationLink,
                "error": ContactError,
                "created": ChangeStamp,
                "updated": ChangeStamp,
            },
        )
        request = create_attribute.build_request(
            account_id=self._client.option("account_id", account_id),
            attribute_type=attribute_type,
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_attribute.parse_response, options)


class AttributesResourceWithRawResponse:
    """``AttributesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AttributesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncAttributesResource:
    """Custom attributes that extend contacts, deals and tickets."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAttributesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncAttributesResourceWithRawResponse(self)

    async def list(
        self,
        attribute_type: Literal["contacts", "deals", "tickets"] | AttributeType,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AttributesResponse:
        """List custom attributes.

        ``listAttributes``: ``GET /accounts/{accountId}/attributes/{attributeType}``.

        Args:
            attribute_type: Kind of record the custom attribute extends.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AttributesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_attributes.build_request(
            account_id=self._client.option("account_id", account_id),
            attribute_type=attribute_type,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_attributes.parse_response, options)

    async def create(
        self,
        attribute_type: Literal["contacts", "deals", "tickets"] | AttributeType,
        *,
        account_id: str | None = None,
        body: Contact | ContactParam | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | MobileParam | Unset = UNSET,
        lists: builtins.list[ContactList | ContactListParam] | Unset = UNSET,
        attributes: ContactAttributes | Mapping[str, Any] | Unset = UNSET,
        tags: builtins.list[Tag | TagParam] | Unset = UNSET,
        opt_in: datetime.datetime | Unset = UNSET,
        blocked: datetime.datetime | Unset = UNSET,
        activecampaign: IntegrationLink | IntegrationLinkParam | Unset = UNSET,
        hubspot: IntegrationLink | IntegrationLinkParam | Unset = UNSET,
        pipedrive: IntegrationLink | IntegrationLinkParam | Unset = UNSET,
        valid: bool | Unset = UNSET,
        error: ContactError | ContactErrorParam | Unset = UNSET,
        created: ChangeStamp | ChangeStampParam | Unset = UNSET,
        updated: ChangeStamp | ChangeStampParam | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AttributeCreatedResponse:
        """Create custom attribute.

        ``createAttribute``: ``POST /accounts/{accountId}/attributes/{attributeType}``.
        Give the body as ``body=`` (a ``Contact``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            attribute_type: Kind of record the custom attribute extends.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `Contact` or its JSON form (a dict); or give its fields as keywords
            id: ``id`` as the service names it
            email: ``email`` as the service names it
            first_name: ``firstName`` as the service names it
            last_name: ``lastName`` as the service names it
            mobile: A contact's mobile number and what is known about it.
            lists: ``lists`` as the service names it
            attributes: Free-form custom attribute values of a contact, keyed by attribute name.
            tags: ``tags`` as the service names it
            opt_in: When the contact opted in.
            blocked: When the contact was blocked.
            activecampaign: The identifier of the contact in a connected CRM.
            hubspot: The identifier of the contact in a connected CRM.
            pipedrive: The identifier of the contact in a connected CRM.
            valid: ``valid`` as the service names it
            error: Why the service will not message a contact (per-contact, not a request error).
            created: When a record was created or changed, and by whom.
            updated: When a record was created or changed, and by whom.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AttributeCreatedResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            Contact,
            body,
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "mobile": mobile,
                "lists": lists,
                "attributes": attributes,
                "tags": tags,
                "opt_in": opt_in,
                "blocked": blocked,
                "activecampaign": activecampaign,
                "hubspot": hubspot,
                "pipedrive": pipedrive,
                "valid": valid,
                "error": error,
                "created": created,
                "updated": updated,
            },
            required=(),
            nested={
                "mobile": Mobile,
                "lists": [ContactList],
                "attributes": ContactAttributes,
                "tags": [Tag],
                "activecampaign": IntegrationLink,
                "hubspot": IntegrationLink,
                "pipedrive": IntegrationLink,
                "error": ContactError,
                "created": ChangeStamp,
                "updated": ChangeStamp,
            },
        )
        request = create_attribute.build_request(
            account_id=self._client.option("account_id", account_id),
            attribute_type=attribute_type,
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_attribute.parse_response, options)


class AsyncAttributesResourceWithRawResponse:
    """``AsyncAttributesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncAttributesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
