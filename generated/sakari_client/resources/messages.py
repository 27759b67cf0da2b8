"""The ``messages`` resource: Send SMS and MMS to contacts, and follow their delivery."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

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

from ..api.messages import get_message, list_messages, send_message
from ..models.contact_request import ContactRequest
from ..models.media_link import MediaLink
from ..models.message import Message
from ..models.message_filters import MessageFilters
from ..models.message_response import MessageResponse
from ..models.message_type import MessageType
from ..models.messages_response import MessagesResponse
from ..models.send_messages_request import SendMessagesRequest
from ..models.send_messages_response import SendMessagesResponse
from ..types import UNSET, Unset

__all__ = [
    "AsyncMessagesResource",
    "AsyncMessagesResourceWithRawResponse",
    "MessagesResource",
    "MessagesResourceWithRawResponse",
]

_LIST_PAGING = OffsetPaging(
    items="data",
    offset_param="offset",
    offset_argument="offset",
    meta="pagination",
    has_next="has_next",
    total="total_count",
)


class MessagesResource:
    """Send SMS and MMS to contacts, and follow their delivery."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return MessagesResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        conversation_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[MessagesResponse, Message]:
        """List messages.

        ``listMessages``: ``GET /accounts/{accountId}/messages``.
        Returns the first page; iterate it (``for item in ...``) for every item of every page.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = list_messages.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            contact_id=contact_id,
            conversation_id=conversation_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_messages.parse_response, MessagesResponse, options)

    def send(
        self,
        *,
        account_id: str | None = None,
        body: SendMessagesRequest | Mapping[str, Any] | None = None,
        conversations: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[ContactRequest | Mapping[str, Any]] | Unset = UNSET,
        filters: MessageFilters | Mapping[str, Any] | Unset = UNSET,
        template: str | Unset = UNSET,
        type_: MessageType | Unset = UNSET,
        media: builtins.list[MediaLink | Mapping[str, Any]] | Unset = UNSET,
        conversation_strategy: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SendMessagesResponse:
        """Send a message.

        ``sendMessage``: ``POST /accounts/{accountId}/messages``.
        Give the body as ``body=`` (a ``SendMessagesRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            SendMessagesRequest,
            body,
            {
                "conversations": conversations,
                "contacts": contacts,
                "filters": filters,
                "template": template,
                "type_": type_,
                "media": media,
                "conversation_strategy": conversation_strategy,
            },
            required=(),
            nested={"contacts": [ContactRequest], "filters": MessageFilters, "media": [MediaLink]},
        )
        request = send_message.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, send_message.parse_response, SendMessagesResponse, options)

    def get(
        self,
        message_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> MessageResponse:
        """Get a message.

        ``getMessage``: ``GET /accounts/{accountId}/messages/{messageId}``.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = get_message.build_request(
            account_id=self._client.option("account_id", account_id),
            message_id=message_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_message.parse_response, MessageResponse, options)


class MessagesResourceWithRawResponse:
    """``MessagesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: MessagesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.send = to_raw_response_wrapper(resource.send)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncMessagesResource:
    """Send SMS and MMS to contacts, and follow their delivery."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncMessagesResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        conversation_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[MessagesResponse, Message]:
        """List messages.

        ``listMessages``: ``GET /accounts/{accountId}/messages``.
        Returns the first page; iterate it (``async for item in ...``) for every item of every page.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = list_messages.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            contact_id=contact_id,
            conversation_id=conversation_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_messages.parse_response, MessagesResponse, options)

    async def send(
        self,
        *,
        account_id: str | None = None,
        body: SendMessagesRequest | Mapping[str, Any] | None = None,
        conversations: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[ContactRequest | Mapping[str, Any]] | Unset = UNSET,
        filters: MessageFilters | Mapping[str, Any] | Unset = UNSET,
        template: str | Unset = UNSET,
        type_: MessageType | Unset = UNSET,
        media: builtins.list[MediaLink | Mapping[str, Any]] | Unset = UNSET,
        conversation_strategy: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SendMessagesResponse:
        """Send a message.

        ``sendMessage``: ``POST /accounts/{accountId}/messages``.
        Give the body as ``body=`` (a ``SendMessagesRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            SendMessagesRequest,
            body,
            {
                "conversations": conversations,
                "contacts": contacts,
                "filters": filters,
                "template": template,
                "type_": type_,
                "media": media,
                "conversation_strategy": conversation_strategy,
            },
            required=(),
            nested={"contacts": [ContactRequest], "filters": MessageFilters, "media": [MediaLink]},
        )
        request = send_message.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, send_message.parse_response, SendMessagesResponse, options)

    async def get(
        self,
        message_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> MessageResponse:
        """Get a message.

        ``getMessage``: ``GET /accounts/{accountId}/messages/{messageId}``.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = get_message.build_request(
            account_id=self._client.option("account_id", account_id),
            message_id=message_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_message.parse_response, MessageResponse, options)


class AsyncMessagesResourceWithRawResponse:
    """``AsyncMessagesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.send = async_to_raw_response_wrapper(resource.send)
        self.get = async_to_raw_response_wrapper(resource.get)
