"""The ``followers`` resource: Users who follow a contact."""

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

from ..api.followers import add_followers, remove_followers
from ..models.add_followers_response import AddFollowersResponse
from ..models.followers_request import FollowersRequest
from ..models.remove_followers_response import RemoveFollowersResponse
from ..params import FollowersRequestParam
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
        body: FollowersRequest | FollowersRequestParam | None = None,
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

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `FollowersRequest` or its JSON form (a dict); or give its fields as keywords
            followers: ``followers`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AddFollowersResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
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
        return self._client.request(request, add_followers.parse_response, options)

    def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: FollowersRequest | FollowersRequestParam | None = None,
        followers: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RemoveFollowersResponse:
        """Remove followers.

        ``removeFollowers``: ``DELETE /contacts/{contactId}/followers``.
        Give the body as ``body=`` (a ``FollowersRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `FollowersRequest` or its JSON form (a dict); or give its fields as keywords
            followers: ``followers`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``RemoveFollowersResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
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
        return self._client.request(request, remove_followers.parse_response, options)


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
        body: FollowersRequest | FollowersRequestParam | None = None,
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

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `FollowersRequest` or its JSON form (a dict); or give its fields as keywords
            followers: ``followers`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AddFollowersResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
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
        return await self._client.request(request, add_followers.parse_response, options)

    async def remove(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: FollowersRequest | FollowersRequestParam | None = None,
        followers: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RemoveFollowersResponse:
        """Remove followers.

        ``removeFollowers``: ``DELETE /contacts/{contactId}/followers``.
        Give the body as ``body=`` (a ``FollowersRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `FollowersRequest` or its JSON form (a dict); or give its fields as keywords
            followers: ``followers`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``RemoveFollowersResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
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
        return await self._client.request(request, remove_followers.parse_response, options)


class AsyncFollowersResourceWithRawResponse:
    """``AsyncFollowersResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncFollowersResource) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)
