"""The ``tags`` resource: Add and remove tags of a contact."""

from __future__ import annotations

import builtins
from collections.abc import Mapping

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from contacts_runtime._arguments import resolve_body

from ..api.tags import add_tags, remove_tags
from ..models.tags_request import TagsRequest
from ..models.tags_response import TagsResponse
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
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TagsResponse:
        """Add tags.

        ``addTags``: ``POST /contacts/{contactId}/tags``.
        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            TagsRequest,
            body,
            {
                "tags": tags,
            },
            required=("tags",),
        )
        request = add_tags.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, add_tags.parse_response, TagsResponse, options)

    def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TagsResponse:
        """Remove tags.

        ``removeTags``: ``DELETE /contacts/{contactId}/tags``.
        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            TagsRequest,
            body,
            {
                "tags": tags,
            },
            required=("tags",),
        )
        request = remove_tags.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, remove_tags.parse_response, TagsResponse, options)


class TagsResourceWithRawResponse:
    """``TagsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: TagsResource) -> None:
        self.add = to_raw_response_wrapper(resource.add)
        self.remove = to_raw_response_wrapper(resource.remove)


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
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TagsResponse:
        """Add tags.

        ``addTags``: ``POST /contacts/{contactId}/tags``.
        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            TagsRequest,
            body,
            {
                "tags": tags,
            },
            required=("tags",),
        )
        request = add_tags.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, add_tags.parse_response, TagsResponse, options)

    async def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: TagsRequest | None = None,
        tags: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TagsResponse:
        """Remove tags.

        ``removeTags``: ``DELETE /contacts/{contactId}/tags``.
        Give the body as ``body=`` (a ``TagsRequest``) or as keyword arguments named after its fields.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            TagsRequest,
            body,
            {
                "tags": tags,
            },
            required=("tags",),
        )
        request = remove_tags.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, remove_tags.parse_response, TagsResponse, options)


class AsyncTagsResourceWithRawResponse:
    """``AsyncTagsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)
