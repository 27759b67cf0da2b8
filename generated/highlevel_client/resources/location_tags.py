"""The ``location_tags`` resource: The tags defined in a location."""

from __future__ import annotations

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

from ..api.location_tags import (
    create_location_tag,
    delete_location_tag,
    get_location_tag,
    list_location_tags,
    update_location_tag,
)
from ..models.location_tag_request import LocationTagRequest
from ..models.location_tag_response import LocationTagResponse
from ..models.location_tags_response import LocationTagsResponse
from ..models.succeeded_response import SucceededResponse
from ..params import LocationTagRequestParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncLocationTagsResource",
    "AsyncLocationTagsResourceWithRawResponse",
    "LocationTagsResource",
    "LocationTagsResourceWithRawResponse",
]


class LocationTagsResource:
    """The tags defined in a location."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> LocationTagsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return LocationTagsResourceWithRawResponse(self)

    def list(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LocationTagsResponse:
        """List the tags of a location.

        ``listLocationTags``: ``GET /locations/{locationId}/tags``.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``LocationTagsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_location_tags.build_request(
            location_id=self._client.option("location_id", location_id),
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_location_tags.parse_response, options)

    def create(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: LocationTagRequest | LocationTagRequestParam | None = None,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LocationTagResponse:
        """Create a tag.

        ``createLocationTag``: ``POST /locations/{locationId}/tags``.
        Give the body as ``body=`` (a ``LocationTagRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `LocationTagRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``LocationTagResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            LocationTagRequest,
            body,
            {
                "name": name,
            },
            required=("name",),
            nested={},
        )
        request = create_location_tag.build_request(
            location_id=self._client.option("location_id", location_id),
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_location_tag.parse_response, options)

    def get(
        self,
        tag_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LocationTagResponse:
        """Get a tag.

        ``getLocationTag``: ``GET /locations/{locationId}/tags/{tagId}``.

        Args:
            tag_id: Identifier of the tag.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``LocationTagResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_location_tag.build_request(
            location_id=self._client.option("location_id", location_id),
            tag_id=tag_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_location_tag.parse_response, options)

    def update(
        self,
        tag_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: LocationTagRequest | LocationTagRequestParam | None = None,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LocationTagResponse:
        """Rename a tag.

        ``updateLocationTag``: ``PUT /locations/{locationId}/tags/{tagId}``.
        Give the body as ``body=`` (a ``LocationTagRequest``) or as keyword arguments named after its fields.

        Args:
            tag_id: Identifier of the tag.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `LocationTagRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``LocationTagResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            LocationTagRequest,
            body,
            {
                "name": name,
            },
            required=("name",),
            nested={},
        )
        request = update_location_tag.build_request(
            location_id=self._client.option("location_id", location_id),
            tag_id=tag_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, update_location_tag.parse_response, options)

    def delete(
        self,
        tag_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a tag.

        ``deleteLocationTag``: ``DELETE /locations/{locationId}/tags/{tagId}``.

        Args:
            tag_id: Identifier of the tag.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_location_tag.build_request(
            location_id=self._client.option("location_id", location_id),
            tag_id=tag_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_location_tag.parse_response, options)


class LocationTagsResourceWithRawResponse:
    """``LocationTagsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: LocationTagsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncLocationTagsResource:
    """The tags defined in a location."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncLocationTagsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncLocationTagsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LocationTagsResponse:
        """List the tags of a location.

        ``listLocationTags``: ``GET /locations/{locationId}/tags``.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``LocationTagsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_location_tags.build_request(
            location_id=self._client.option("location_id", location_id),
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_location_tags.parse_response, options)

    async def create(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: LocationTagRequest | LocationTagRequestParam | None = None,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LocationTagResponse:
        """Create a tag.

        ``createLocationTag``: ``POST /locations/{locationId}/tags``.
        Give the body as ``body=`` (a ``LocationTagRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `LocationTagRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``LocationTagResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            LocationTagRequest,
            body,
            {
                "name": name,
            },
            required=("name",),
            nested={},
        )
        request = create_location_tag.build_request(
            location_id=self._client.option("location_id", location_id),
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_location_tag.parse_response, options)

    async def get(
        self,
        tag_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LocationTagResponse:
        """Get a tag.

        ``getLocationTag``: ``GET /locations/{locationId}/tags/{tagId}``.

        Args:
            tag_id: Identifier of the tag.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``LocationTagResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_location_tag.build_request(
            location_id=self._client.option("location_id", location_id),
            tag_id=tag_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_location_tag.parse_response, options)

    async def update(
        self,
        tag_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: LocationTagRequest | LocationTagRequestParam | None = None,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LocationTagResponse:
        """Rename a tag.

        ``updateLocationTag``: ``PUT /locations/{locationId}/tags/{tagId}``.
        Give the body as ``body=`` (a ``LocationTagRequest``) or as keyword arguments named after its fields.

        Args:
            tag_id: Identifier of the tag.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `LocationTagRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``LocationTagResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            LocationTagRequest,
            body,
            {
                "name": name,
            },
            required=("name",),
            nested={},
        )
        request = update_location_tag.build_request(
            location_id=self._client.option("location_id", location_id),
            tag_id=tag_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, update_location_tag.parse_response, options)

    async def delete(
        self,
        tag_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a tag.

        ``deleteLocationTag``: ``DELETE /locations/{locationId}/tags/{tagId}``.

        Args:
            tag_id: Identifier of the tag.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_location_tag.build_request(
            location_id=self._client.option("location_id", location_id),
            tag_id=tag_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_location_tag.parse_response, options)


class AsyncLocationTagsResourceWithRawResponse:
    """``AsyncLocationTagsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncLocationTagsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
