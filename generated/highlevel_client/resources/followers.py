"""The ``followers`` resource: Users who follow a contact."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from contacts_runtime._arguments import resolve_body

from ..api.followers import add_followers, remove_followers
from ..models.add_followers_response import AddFollowersResponse
from ..models.followers_request import FollowersRequest
from ..models.remove_followers_response import RemoveFollowersResponse
from ..types import UNSET, Unset

__all__ = [
    "AsyncFollowersResource",
    "AsyncFollowersResourceWithRawResponse",
    "FollowersResource",
    "FollowersResourceWithRawResponse",
]


class FollowersResource:
    """Users who follow a contact."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> FollowersResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return FollowersResourceWithRawResponse(self)

    def add(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: FollowersRequest | Mapping[str, Any] | None = None,
        followers: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AddFollowersResponse:
        """Add followers.

        ``addFollowers``: ``POST /contacts/{contactId}/followers``.
        Give the body as ``body=`` (a ``FollowersRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            FollowersRequest,
            body,
            {
                "followers": followers,
            },
            required=("followers",),
            nested={},
        )
        request = add_followers.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, add_followers.parse_response, AddFollowersResponse, options)

    def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: FollowersRequest | Mapping[str, Any] | None = None,
        followers: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RemoveFollowersResponse:
        """Remove followers.

        ``removeFollowers``: ``DELETE /contacts/{contactId}/followers``.
        Give the body as ``body=`` (a ``FollowersRequest``) or as keyword arguments named after its fields.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            FollowersRequest,
            body,
            {
                "followers": followers,
            },
            required=("followers",),
            nested={},
        )
        request = remove_followers.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, remove_followers.parse_response, RemoveFollowersResponse, options)


class FollowersResourceWithRawResponse:
    """``FollowersResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: FollowersResource) -> None:
        self.add = to_raw_response_wrapper(resource.add)
        self.remove = to_raw_response_wrapper(resource.remove)


class AsyncFollowersResource:
    """Users who follow a contact."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncFollowersResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncFollowersResourceWithRawResponse(self)

    async def add(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: FollowersRequest | Mapping[str, Any] | None = None,
        followers: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AddFollowersResponse:
        """Add followers.

        ``addFollowers``: ``POST /contacts/{contactId}/followers``.
        Give the body as ``body=`` (a ``FollowersRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            FollowersRequest,
            body,
            {
                "followers": followers,
            },
            required=("followers",),
            nested={},
        )
        request = add_followers.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, add_followers.parse_response, AddFollowersResponse, options)

    async def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: FollowersRequest | Mapping[str, Any] | None = None,
        followers: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RemoveFollowersResponse:
        """Remove followers.

        ``removeFollowers``: ``DELETE /contacts/{contactId}/followers``.
        Give the body as ``body=`` (a ``FollowersRequest``) or as keyword arguments named after its fields.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            FollowersRequest,
            body,
            {
                "followers": followers,
            },
            required=("followers",),
            nested={},
        )
        request = remove_followers.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, remove_followers.parse_response, RemoveFollowersResponse, options)


class AsyncFollowersResourceWithRawResponse:
    """``AsyncFollowersResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncFollowersResource) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)
