"""The ``custom_values`` resource: The custom values of a location (named texts its templates insert)."""

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

from ..api.custom_values import (
    create_custom_value,
    delete_custom_value,
    get_custom_value,
    list_custom_values,
    update_custom_value,
)
from ..models.custom_value_request import CustomValueRequest
from ..models.custom_value_response import CustomValueResponse
from ..models.custom_values_response import CustomValuesResponse
from ..models.succeeded_response import SucceededResponse
from ..params import CustomValueRequestParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncCustomValuesResource",
    "AsyncCustomValuesResourceWithRawResponse",
    "CustomValuesResource",
    "CustomValuesResourceWithRawResponse",
]


class CustomValuesResource:
    """The custom values of a location (named texts its templates insert)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CustomValuesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return CustomValuesResourceWithRawResponse(self)

    def list(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomValuesResponse:
        """List the custom values of a location.

        ``listCustomValues``: ``GET /locations/{locationId}/customValues``.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomValuesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_custom_values.build_request(
            location_id=self._client.option("location_id", location_id),
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_custom_values.parse_response, options)

    def create(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: CustomValueRequest | CustomValueRequestParam | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomValueResponse:
        """Create a custom value.

        ``createCustomValue``: ``POST /locations/{locationId}/customValues``.
        Give the body as ``body=`` (a ``CustomValueRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CustomValueRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            value: ``value`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomValueResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CustomValueRequest,
            body,
            {
                "name": name,
                "value": value,
            },
            required=(
                "name",
                "value",
            ),
            nested={},
        )
        request = create_custom_value.build_request(
            location_id=self._client.option("location_id", location_id),
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_custom_value.parse_response, options)

    def get(
        self,
        custom_value_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomValueResponse:
        """Get a custom value.

        ``getCustomValue``: ``GET /locations/{locationId}/customValues/{customValueId}``.

        Args:
            custom_value_id: Identifier of the custom value. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomValueResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_custom_value.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_value_id=custom_value_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_custom_value.parse_response, options)

    def update(
        self,
        custom_value_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: CustomValueRequest | CustomValueRequestParam | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomValueResponse:
        """Update a custom value.

        ``updateCustomValue``: ``PUT /locations/{locationId}/customValues/{customValueId}``.
        Give the body as ``body=`` (a ``CustomValueRequest``) or as keyword arguments named after its fields.

        Args:
            custom_value_id: Identifier of the custom value. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CustomValueRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            value: ``value`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomValueResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CustomValueRequest,
            body,
            {
                "name": name,
                "value": value,
            },
            required=(
                "name",
                "value",
            ),
            nested={},
        )
        request = update_custom_value.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_value_id=custom_value_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, update_custom_value.parse_response, options)

    def delete(
        self,
        custom_value_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a custom value.

        ``deleteCustomValue``: ``DELETE /locations/{locationId}/customValues/{customValueId}``.

        Args:
            custom_value_id: Identifier of the custom value. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
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

        request = delete_custom_value.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_value_id=custom_value_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_custom_value.parse_response, options)


class CustomValuesResourceWithRawResponse:
    """``CustomValuesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: CustomValuesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncCustomValuesResource:
    """The custom values of a location (named texts its templates insert)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCustomValuesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncCustomValuesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomValuesResponse:
        """List the custom values of a location.

        ``listCustomValues``: ``GET /locations/{locationId}/customValues``.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomValuesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_custom_values.build_request(
            location_id=self._client.option("location_id", location_id),
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_custom_values.parse_response, options)

    async def create(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: CustomValueRequest | CustomValueRequestParam | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomValueResponse:
        """Create a custom value.

        ``createCustomValue``: ``POST /locations/{locationId}/customValues``.
        Give the body as ``body=`` (a ``CustomValueRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CustomValueRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            value: ``value`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomValueResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CustomValueRequest,
            body,
            {
                "name": name,
                "value": value,
            },
            required=(
                "name",
                "value",
            ),
            nested={},
        )
        request = create_custom_value.build_request(
            location_id=self._client.option("location_id", location_id),
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_custom_value.parse_response, options)

    async def get(
        self,
        custom_value_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomValueResponse:
        """Get a custom value.

        ``getCustomValue``: ``GET /locations/{locationId}/customValues/{customValueId}``.

        Args:
            custom_value_id: Identifier of the custom value. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomValueResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_custom_value.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_value_id=custom_value_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_custom_value.parse_response, options)

    async def update(
        self,
        custom_value_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: CustomValueRequest | CustomValueRequestParam | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomValueResponse:
        """Update a custom value.

        ``updateCustomValue``: ``PUT /locations/{locationId}/customValues/{customValueId}``.
        Give the body as ``body=`` (a ``CustomValueRequest``) or as keyword arguments named after its fields.

        Args:
            custom_value_id: Identifier of the custom value. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CustomValueRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            value: ``value`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomValueResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CustomValueRequest,
            body,
            {
                "name": name,
                "value": value,
            },
            required=(
                "name",
                "value",
            ),
            nested={},
        )
        request = update_custom_value.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_value_id=custom_value_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, update_custom_value.parse_response, options)

    async def delete(
        self,
        custom_value_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a custom value.

        ``deleteCustomValue``: ``DELETE /locations/{locationId}/customValues/{customValueId}``.

        Args:
            custom_value_id: Identifier of the custom value. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
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

        request = delete_custom_value.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_value_id=custom_value_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_custom_value.parse_response, options)


class AsyncCustomValuesResourceWithRawResponse:
    """``AsyncCustomValuesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncCustomValuesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
