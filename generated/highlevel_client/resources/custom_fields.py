"""The ``custom_fields`` resource: The custom field definitions of a location, which name a contact's custom field ids."""

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

from ..api.custom_fields import (
    create_custom_field,
    delete_custom_field,
    get_custom_field,
    list_custom_fields,
    update_custom_field,
)
from ..models.create_custom_field_request import CreateCustomFieldRequest
from ..models.create_custom_field_request_model import CreateCustomFieldRequestModel
from ..models.custom_field_response import CustomFieldResponse
from ..models.custom_fields_response import CustomFieldsResponse
from ..models.list_custom_fields_model import ListCustomFieldsModel
from ..models.succeeded_response import SucceededResponse
from ..models.text_box_list_option import TextBoxListOption
from ..models.update_custom_field_request import UpdateCustomFieldRequest
from ..models.update_custom_field_request_model import UpdateCustomFieldRequestModel
from ..params import CreateCustomFieldRequestParam, TextBoxListOptionParam, UpdateCustomFieldRequestParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncCustomFieldsResource",
    "AsyncCustomFieldsResourceWithRawResponse",
    "CustomFieldsResource",
    "CustomFieldsResourceWithRawResponse",
]


class CustomFieldsResource:
    """The custom field definitions of a location, which name a contact's custom field ids."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CustomFieldsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return CustomFieldsResourceWithRawResponse(self)

    def list(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        model: Literal["contact", "opportunity", "all"] | ListCustomFieldsModel | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomFieldsResponse:
        """List the custom fields of a location.

        ``listCustomFields``: ``GET /locations/{locationId}/customFields``.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            model: Which object's fields to list; contact fields for `contact`, every field for `all`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomFieldsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_custom_fields.build_request(
            location_id=self._client.option("location_id", location_id),
            model=model,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_custom_fields.parse_response, options)

    def create(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: CreateCustomFieldRequest | CreateCustomFieldRequestParam | None = None,
        name: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        placeholder: str | Unset = UNSET,
        accepted_format: builtins.list[str] | Unset = UNSET,
        is_multiple_file: bool | Unset = UNSET,
        max_number_of_files: float | Unset = UNSET,
        text_box_list_options: builtins.list[TextBoxListOption | TextBoxListOptionParam] | Unset = UNSET,
        position: float | Unset = UNSET,
        model: CreateCustomFieldRequestModel | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomFieldResponse:
        """Create a custom field.

        ``createCustomField``: ``POST /locations/{locationId}/customFields``.
        Give the body as ``body=`` (a ``CreateCustomFieldRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CreateCustomFieldRequest` or its JSON form (a dict); or give its fields as
                keywords
            name: ``name`` as the service names it
            data_type: The kind of value the field holds, such as `TEXT`, `NUMERICAL` or `FILE_UPLOAD`.
            placeholder: ``placeholder`` as the service names it
            accepted_format: File extensions a file field accepts (`.pdf`).
            is_multiple_file: ``isMultipleFile`` as the service names it
            max_number_of_files: ``maxNumberOfFiles`` as the service names it
            text_box_list_options: ``textBoxListOptions`` as the service names it
            position: ``position`` as the service names it
            model: The object the field belongs to.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomFieldResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CreateCustomFieldRequest,
            body,
            {
                "name": name,
                "data_type": data_type,
                "placeholder": placeholder,
                "accepted_format": accepted_format,
                "is_multiple_file": is_multiple_file,
                "max_number_of_files": max_number_of_files,
                "text_box_list_options": text_box_list_options,
                "position": position,
                "model": model,
            },
            required=(
                "name",
                "data_type",
            ),
            nested={"text_box_list_options": [TextBoxListOption]},
        )
        request = create_custom_field.build_request(
            location_id=self._client.option("location_id", location_id),
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_custom_field.parse_response, options)

    def get(
        self,
        custom_field_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomFieldResponse:
        """Get a custom field.

        ``getCustomField``: ``GET /locations/{locationId}/customFields/{customFieldId}``.

        Args:
            custom_field_id: Identifier of the custom field. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomFieldResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_custom_field.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_field_id=custom_field_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_custom_field.parse_response, options)

    def update(
        self,
        custom_field_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: UpdateCustomFieldRequest | UpdateCustomFieldRequestParam | None = None,
        name: str | Unset = UNSET,
        placeholder: str | Unset = UNSET,
        accepted_format: builtins.list[str] | Unset = UNSET,
        is_multiple_file: bool | Unset = UNSET,
        max_number_of_files: float | Unset = UNSET,
        text_box_list_options: builtins.list[TextBoxListOption | TextBoxListOptionParam] | Unset = UNSET,
        position: float | Unset = UNSET,
        model: UpdateCustomFieldRequestModel | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomFieldResponse:
        """Update a custom field.

        ``updateCustomField``: ``PUT /locations/{locationId}/customFields/{customFieldId}``.
        Give the body as ``body=`` (a ``UpdateCustomFieldRequest``) or as keyword arguments named after its fields.

        Args:
            custom_field_id: Identifier of the custom field. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpdateCustomFieldRequest` or its JSON form (a dict); or give its fields as
                keywords
            name: ``name`` as the service names it
            placeholder: ``placeholder`` as the service names it
            accepted_format: ``acceptedFormat`` as the service names it
            is_multiple_file: ``isMultipleFile`` as the service names it
            max_number_of_files: ``maxNumberOfFiles`` as the service names it
            text_box_list_options: ``textBoxListOptions`` as the service names it
            position: ``position`` as the service names it
            model: ``model`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomFieldResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            UpdateCustomFieldRequest,
            body,
            {
                "name": name,
                "placeholder": placeholder,
                "accepted_format": accepted_format,
                "is_multiple_file": is_multiple_file,
                "max_number_of_files": max_number_of_files,
                "text_box_list_options": text_box_list_options,
                "position": position,
                "model": model,
            },
            required=("name",),
            nested={"text_box_list_options": [TextBoxListOption]},
        )
        request = update_custom_field.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_field_id=custom_field_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, update_custom_field.parse_response, options)

    def delete(
        self,
        custom_field_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a custom field.

        ``deleteCustomField``: ``DELETE /locations/{locationId}/customFields/{customFieldId}``.

        Args:
            custom_field_id: Identifier of the custom field. The reference calls this path parameter `id`; the name is not
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

        request = delete_custom_field.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_field_id=custom_field_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_custom_field.parse_response, options)


class CustomFieldsResourceWithRawResponse:
    """``CustomFieldsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: CustomFieldsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncCustomFieldsResource:
    """The custom field definitions of a location, which name a contact's custom field ids."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCustomFieldsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncCustomFieldsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        model: Literal["contact", "opportunity", "all"] | ListCustomFieldsModel | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomFieldsResponse:
        """List the custom fields of a location.

        ``listCustomFields``: ``GET /locations/{locationId}/customFields``.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            model: Which object's fields to list; contact fields for `contact`, every field for `all`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomFieldsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_custom_fields.build_request(
            location_id=self._client.option("location_id", location_id),
            model=model,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_custom_fields.parse_response, options)

    async def create(
        self,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: CreateCustomFieldRequest | CreateCustomFieldRequestParam | None = None,
        name: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        placeholder: str | Unset = UNSET,
        accepted_format: builtins.list[str] | Unset = UNSET,
        is_multiple_file: bool | Unset = UNSET,
        max_number_of_files: float | Unset = UNSET,
        text_box_list_options: builtins.list[TextBoxListOption | TextBoxListOptionParam] | Unset = UNSET,
        position: float | Unset = UNSET,
        model: CreateCustomFieldRequestModel | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomFieldResponse:
        """Create a custom field.

        ``createCustomField``: ``POST /locations/{locationId}/customFields``.
        Give the body as ``body=`` (a ``CreateCustomFieldRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CreateCustomFieldRequest` or its JSON form (a dict); or give its fields as
                keywords
            name: ``name`` as the service names it
            data_type: The kind of value the field holds, such as `TEXT`, `NUMERICAL` or `FILE_UPLOAD`.
            placeholder: ``placeholder`` as the service names it
            accepted_format: File extensions a file field accepts (`.pdf`).
            is_multiple_file: ``isMultipleFile`` as the service names it
            max_number_of_files: ``maxNumberOfFiles`` as the service names it
            text_box_list_options: ``textBoxListOptions`` as the service names it
            position: ``position`` as the service names it
            model: The object the field belongs to.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomFieldResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CreateCustomFieldRequest,
            body,
            {
                "name": name,
                "data_type": data_type,
                "placeholder": placeholder,
                "accepted_format": accepted_format,
                "is_multiple_file": is_multiple_file,
                "max_number_of_files": max_number_of_files,
                "text_box_list_options": text_box_list_options,
                "position": position,
                "model": model,
            },
            required=(
                "name",
                "data_type",
            ),
            nested={"text_box_list_options": [TextBoxListOption]},
        )
        request = create_custom_field.build_request(
            location_id=self._client.option("location_id", location_id),
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_custom_field.parse_response, options)

    async def get(
        self,
        custom_field_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomFieldResponse:
        """Get a custom field.

        ``getCustomField``: ``GET /locations/{locationId}/customFields/{customFieldId}``.

        Args:
            custom_field_id: Identifier of the custom field. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomFieldResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_custom_field.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_field_id=custom_field_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_custom_field.parse_response, options)

    async def update(
        self,
        custom_field_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        body: UpdateCustomFieldRequest | UpdateCustomFieldRequestParam | None = None,
        name: str | Unset = UNSET,
        placeholder: str | Unset = UNSET,
        accepted_format: builtins.list[str] | Unset = UNSET,
        is_multiple_file: bool | Unset = UNSET,
        max_number_of_files: float | Unset = UNSET,
        text_box_list_options: builtins.list[TextBoxListOption | TextBoxListOptionParam] | Unset = UNSET,
        position: float | Unset = UNSET,
        model: UpdateCustomFieldRequestModel | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomFieldResponse:
        """Update a custom field.

        ``updateCustomField``: ``PUT /locations/{locationId}/customFields/{customFieldId}``.
        Give the body as ``body=`` (a ``UpdateCustomFieldRequest``) or as keyword arguments named after its fields.

        Args:
            custom_field_id: Identifier of the custom field. The reference calls this path parameter `id`; the name is not
                sent, so it reads like the other identifiers here.
            location_id: Location (sub-account) the definitions belong to. Defaults to the client's `location_id`.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpdateCustomFieldRequest` or its JSON form (a dict); or give its fields as
                keywords
            name: ``name`` as the service names it
            placeholder: ``placeholder`` as the service names it
            accepted_format: ``acceptedFormat`` as the service names it
            is_multiple_file: ``isMultipleFile`` as the service names it
            max_number_of_files: ``maxNumberOfFiles`` as the service names it
            text_box_list_options: ``textBoxListOptions`` as the service names it
            position: ``position`` as the service names it
            model: ``model`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CustomFieldResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            UpdateCustomFieldRequest,
            body,
            {
                "name": name,
                "placeholder": placeholder,
                "accepted_format": accepted_format,
                "is_multiple_file": is_multiple_file,
                "max_number_of_files": max_number_of_files,
                "text_box_list_options": text_box_list_options,
                "position": position,
                "model": model,
            },
            required=("name",),
            nested={"text_box_list_options": [TextBoxListOption]},
        )
        request = update_custom_field.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_field_id=custom_field_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, update_custom_field.parse_response, options)

    async def delete(
        self,
        custom_field_id: str,
        *,
        location_id: str | None = None,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a custom field.

        ``deleteCustomField``: ``DELETE /locations/{locationId}/customFields/{customFieldId}``.

        Args:
            custom_field_id: Identifier of the custom field. The reference calls this path parameter `id`; the name is not
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

        request = delete_custom_field.build_request(
            location_id=self._client.option("location_id", location_id),
            custom_field_id=custom_field_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_custom_field.parse_response, options)


class AsyncCustomFieldsResourceWithRawResponse:
    """``AsyncCustomFieldsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncCustomFieldsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
