"""The ``tags`` resource: Add and remove tags of a contact."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Literal

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from contacts_runtime._arguments import resolve_body

from ..api.tags import add_tags, bulk_update_tags, remove_tags
from ..models.bulk_tags_action import BulkTagsAction
from ..models.bulk_tags_request import BulkTagsRequest
from ..models.bulk_tags_response import BulkTagsResponse
from ..models.tags_request import TagsRequest
from ..models.tags_response import TagsResponse
from ..params import BulkTagsRequestParam, TagsRequestParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncTagsResource",
    "AsyncTagsResourceWithRawResponse",
    "TagsResource",
    "TagsResourceWithRawResponse",
]


class TagsResource:
    """Add and remove tags of a contact."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return TagsResourceWithRawResponse(self)

    def add(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | TagsRequestParam | None = None,
        tags: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TagsResponse:
        """Add tags.

        ``addTags``: ``POST /contacts/{contactId}/tags``.
        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `TagsRequest` or its JSON form (a dict); or give its fields as keywords
            tags: ``tags`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TagsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TagsRequest,
            body,
            {
                "tags": tags,
            },
            required=("tags",),
            nested={},
        )
        request = add_tags.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, add_tags.parse_response, options)

    def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | TagsRequestParam | None = None,
        tags: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TagsResponse:
        """Remove tags.

        ``removeTags``: ``DELETE /contacts/{contactId}/tags``.
        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `TagsRequest` or its JSON form (a dict); or give its fields as keywords
            tags: ``tags`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TagsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TagsRequest,
            body,
            {
                "tags": tags,
            },
            required=("tags",),
            nested={},
        )
        request = remove_tags.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, remove_tags.parse_response, options)

    def bulk_update(
        self,
        action: Literal["add", "remove"] | BulkTagsAction,
        *,
        version: str | None = None,
        body: BulkTagsRequest | BulkTagsRequestParam | None = None,
        contacts: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        location_id: str | Unset = UNSET,
        remove_all_tags: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BulkTagsResponse:
        """Add or remove tags of many contacts.

        ``bulkUpdateTags``: ``POST /contacts/bulk/tags/update/{action}``.
        Give the body as ``body=`` (a ``BulkTagsRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            action: Whether the tags are added or removed. The reference calls this path segment `type` (without
                declaring it); the name is not sent.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `BulkTagsRequest` or its JSON form (a dict); or give its fields as keywords
            contacts: Identifiers of the contacts to change.
            tags: Tags to add or remove.
            location_id: Location (sub-account) the contacts belong to.
            remove_all_tags: With `remove` only; when true every tag of the contacts is removed.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``BulkTagsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        body = resolve_body(
            BulkTagsRequest,
            body,
            {
                "contacts": contacts,
                "tags": tags,
                "location_id": self._client.field_option("location_id", location_id, body),
                "remove_all_tags": remove_all_tags,
            },
            required=(
                "contacts",
                "tags",
                "location_id",
            ),
            nested={},
        )
        request = bulk_update_tags.build_request(
            action=action,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, bulk_update_tags.parse_response, options)


class TagsResourceWithRawResponse:
    """``TagsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: TagsResource) -> None:
        self.add = to_raw_response_wrapper(resource.add)
        self.remove = to_raw_response_wrapper(resource.remove)
        self.bulk_update = to_raw_response_wrapper(resource.bulk_update)


class AsyncTagsResource:
    """Add and remove tags of a contact."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncTagsResourceWithRawResponse(self)

    async def add(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | TagsRequestParam | None = None,
        tags: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TagsResponse:
        """Add tags.

        ``addTags``: ``POST /contacts/{contactId}/tags``.
        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `TagsRequest` or its JSON form (a dict); or give its fields as keywords
            tags: ``tags`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TagsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TagsRequest,
            body,
            {
                "tags": tags,
            },
            required=("tags",),
            nested={},
        )
        request = add_tags.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, add_tags.parse_response, options)

    async def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | TagsRequestParam | None = None,
        tags: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TagsResponse:
        """Remove tags.

        ``removeTags``: ``DELETE /contacts/{contactId}/tags``.
        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `TagsRequest` or its JSON form (a dict); or give its fields as keywords
            tags: ``tags`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TagsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TagsRequest,
            body,
            {
                "tags": tags,
            },
            required=("tags",),
            nested={},
        )
        request = remove_tags.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, remove_tags.parse_response, options)

    async def bulk_update(
        self,
        action: Literal["add", "remove"] | BulkTagsAction,
        *,
        version: str | None = None,
        body: BulkTagsRequest | BulkTagsRequestParam | None = None,
        contacts: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        location_id: str | Unset = UNSET,
        remove_all_tags: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BulkTagsResponse:
        """Add or remove tags of many contacts.

        ``bulkUpdateTags``: ``POST /contacts/bulk/tags/update/{action}``.
        Give the body as ``body=`` (a ``BulkTagsRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            action: Whether the tags are added or removed. The reference calls this path segment `type` (without
                declaring it); the name is not sent.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `BulkTagsRequest` or its JSON form (a dict); or give its fields as keywords
            contacts: Identifiers of the contacts to change.
            tags: Tags to add or remove.
            location_id: Location (sub-account) the contacts belong to.
            remove_all_tags: With `remove` only; when true every tag of the contacts is removed.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``BulkTagsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = self._client.filled_body(body, {"locationId": "location_id"})
        body = resolve_body(
            BulkTagsRequest,
            body,
            {
                "contacts": contacts,
                "tags": tags,
                "location_id": self._client.field_option("location_id", location_id, body),
                "remove_all_tags": remove_all_tags,
            },
            required=(
                "contacts",
                "tags",
                "location_id",
            ),
            nested={},
        )
        request = bulk_update_tags.build_request(
            action=action,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, bulk_update_tags.parse_response, options)


class AsyncTagsResourceWithRawResponse:
    """``AsyncTagsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)
        self.bulk_update = async_to_raw_response_wrapper(resource.bulk_update)
