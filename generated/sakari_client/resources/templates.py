"""The ``templates`` resource: Reusable message and web templates."""

from __future__ import annotations

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

from ..api.templates import create_template, delete_template, get_template, list_templates, update_template
from ..models.success_response import SuccessResponse
from ..models.template import Template
from ..models.template_request import TemplateRequest
from ..models.template_response import TemplateResponse
from ..models.template_type import TemplateType
from ..models.templates_response import TemplatesResponse
from ..params import TemplateRequestParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncTemplatesResource",
    "AsyncTemplatesResourceWithRawResponse",
    "TemplatesResource",
    "TemplatesResourceWithRawResponse",
]

_LIST_PAGING = OffsetPaging(
    items="data",
    offset_param="offset",
    offset_argument="offset",
    meta="pagination",
    has_next="has_next",
    total="total_count",
    wire={"items": "data", "meta": "pagination", "has-next": "hasNext", "total": "totalCount"},
)


class TemplatesResource:
    """Reusable message and web templates."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TemplatesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return TemplatesResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[TemplatesResponse, Template]:
        """List templates.

        ``listTemplates``: ``GET /accounts/{accountId}/templates``.
        Returns the first page; iterate it (``for item in ...``) for every item of every page.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            name: Keeps the records whose name contains this value.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SyncPage[TemplatesResponse, Template]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_templates.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            name=name,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_templates.parse_response, options)

    def create(
        self,
        *,
        account_id: str | None = None,
        body: TemplateRequest | TemplateRequestParam | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplatesResponse:
        """Create a template.

        ``createTemplate``: ``POST /accounts/{accountId}/templates``.
        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `TemplateRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            type_: What a template is for.
            template: The text, with placeholders such as `{{{firstName}}}`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TemplatesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TemplateRequest,
            body,
            {
                "name": name,
                "type_": type_,
                "template": template,
            },
            required=(),
            nested={},
        )
        request = create_template.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_template.parse_response, options)

    def get(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateResponse:
        """Get a template.

        ``getTemplate``: ``GET /accounts/{accountId}/templates/{templateId}``.

        Args:
            template_id: Identifier of the template.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TemplateResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_template.build_request(
            account_id=self._client.option("account_id", account_id),
            template_id=template_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_template.parse_response, options)

    def update(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        body: TemplateRequest | TemplateRequestParam | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateResponse:
        """Update a template.

        ``updateTemplate``: ``PUT /accounts/{accountId}/templates/{templateId}``.
        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.

        Args:
            template_id: Identifier of the template.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `TemplateRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            type_: What a template is for.
            template: The text, with placeholders such as `{{{firstName}}}`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TemplateResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TemplateRequest,
            body,
            {
                "name": name,
                "type_": type_,
                "template": template,
            },
            required=(),
            nested={},
        )
        request = update_template.build_request(
            account_id=self._client.option("account_id", account_id),
            template_id=template_id,
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, update_template.parse_response, options)

    def delete(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SuccessResponse:
        """Delete a template.

        ``deleteTemplate``: ``DELETE /accounts/{accountId}/templates/{templateId}``.

        Args:
            template_id: Identifier of the template.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SuccessResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_template.build_request(
            account_id=self._client.option("account_id", account_id),
            template_id=template_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_template.parse_response, options)


class TemplatesResourceWithRawResponse:
    """``TemplatesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: TemplatesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncTemplatesResource:
    """Reusable message and web templates."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTemplatesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncTemplatesResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[TemplatesResponse, Template]:
        """List templates.

        ``listTemplates``: ``GET /accounts/{accountId}/templates``.
        Returns the first page; iterate it (``async for item in ...``) for every item of every page.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            name: Keeps the records whose name contains this value.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AsyncPaginator[TemplatesResponse, Template]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_templates.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            name=name,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_templates.parse_response, options)

    async def create(
        self,
        *,
        account_id: str | None = None,
        body: TemplateRequest | TemplateRequestParam | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplatesResponse:
        """Create a template.

        ``createTemplate``: ``POST /accounts/{accountId}/templates``.
        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `TemplateRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            type_: What a template is for.
            template: The text, with placeholders such as `{{{firstName}}}`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TemplatesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TemplateRequest,
            body,
            {
                "name": name,
                "type_": type_,
                "template": template,
            },
            required=(),
            nested={},
        )
        request = create_template.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_template.parse_response, options)

    async def get(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateResponse:
        """Get a template.

        ``getTemplate``: ``GET /accounts/{accountId}/templates/{templateId}``.

        Args:
            template_id: Identifier of the template.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TemplateResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_template.build_request(
            account_id=self._client.option("account_id", account_id),
            template_id=template_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_template.parse_response, options)

    async def update(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        body: TemplateRequest | TemplateRequestParam | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateResponse:
        """Update a template.

        ``updateTemplate``: ``PUT /accounts/{accountId}/templates/{templateId}``.
        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.

        Args:
            template_id: Identifier of the template.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `TemplateRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            type_: What a template is for.
            template: The text, with placeholders such as `{{{firstName}}}`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TemplateResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TemplateRequest,
            body,
            {
                "name": name,
                "type_": type_,
                "template": template,
            },
            required=(),
            nested={},
        )
        request = update_template.build_request(
            account_id=self._client.option("account_id", account_id),
            template_id=template_id,
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, update_template.parse_response, options)

    async def delete(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SuccessResponse:
        """Delete a template.

        ``deleteTemplate``: ``DELETE /accounts/{accountId}/templates/{templateId}``.

        Args:
            template_id: Identifier of the template.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SuccessResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_template.build_request(
            account_id=self._client.option("account_id", account_id),
            template_id=template_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_template.parse_response, options)


class AsyncTemplatesResourceWithRawResponse:
    """``AsyncTemplatesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncTemplatesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
