"""The ``messages`` resource: Send SMS and MMS to contacts, and follow their delivery."""

from __future__ import annotations

import builtins
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
from ..params import ContactRequestParam, MediaLinkParam, MessageFiltersParam, SendMessagesRequestParam
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
    wire={"items": "data", "meta": "pagination", "has-next": "hasNext", "total": "totalCount"},
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

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            contact_id: Keeps the messages exchanged with this contact.
            conversation_id: Keeps the messages of this conversation.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SyncPage[MessagesResponse, Message]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_messages.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            contact_id=contact_id,
            conversation_id=conversation_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_messages.parse_response, options)

    def send(
        self,
        *,
        account_id: str | None = None,
        body: SendMessagesRequest | SendMessagesRequestParam | None = None,
        conversations: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[ContactRequest | ContactRequestParam] | Unset = UNSET,
        filters: MessageFilters | MessageFiltersParam | Unset = UNSET,
        template: str | Unset = UNSET,
        type_: MessageType | Unset = UNSET,
        media: builtins.list[MediaLink | MediaLinkParam] | Unset = UNSET,
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

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `SendMessagesRequest` or its JSON form (a dict); or give its fields as
                keywords
            conversations: Identifiers of conversations to answer in.
            contacts: Recipients, each an existing contact by `id` or a number by `mobile`.
            filters: Selects the recipients among the account's contacts: those carrying every tag in `tags` and
                meeting every condition in `attributes`. Sakari's description types each attribute condition as
                a bare object; the conditions the sandbox understands are `AttributeCondition`s (`attribute`,
                `comparator`, `value`).
            template: The text, with placeholders filled per contact.
            type_: Kind of message; MMS carries `media`.
            media: Files to attach (MMS).
            conversation_strategy: How the message is attached to conversations. Sakari's description gives no values (it leaves a
                "TODO enum" in its place).
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SendMessagesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
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
        return self._client.request(request, send_message.parse_response, options)

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

        Args:
            message_id: Identifier of the message.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``MessageResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_message.build_request(
            account_id=self._client.option("account_id", account_id),
            message_id=message_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_message.parse_response, options)


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

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            contact_id: Keeps the messages exchanged with this contact.
            conversation_id: Keeps the messages of this conversation.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AsyncPaginator[MessagesResponse, Message]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_messages.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            contact_id=contact_id,
            conversation_id=conversation_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_messages.parse_response, options)

    async def send(
        self,
        *,
        account_id: str | None = None,
        body: SendMessagesRequest | SendMessagesRequestParam | None = None,
        conversations: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[ContactRequest | ContactRequestParam] | Unset = UNSET,
        filters: MessageFilters | MessageFiltersParam | Unset = UNSET,
        template: str | Unset = UNSET,
        type_: MessageType | Unset = UNSET,
        media: builtins.list[MediaLink | MediaLinkParam] | Unset = UNSET,
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

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `SendMessagesRequest` or its JSON form (a dict); or give its fields as
                keywords
            conversations: Identifiers of conversations to answer in.
            contacts: Recipients, each an existing contact by `id` or a number by `mobile`.
            filters: Selects the recipients among the account's contacts: those carrying every tag in `tags` and
                meeting every condition in `attributes`. Sakari's description types each attribute condition as
                a bare object; the conditions the sandbox understands are `AttributeCondition`s (`attribute`,
                `comparator`, `value`).
            template: The text, with placeholders filled per contact.
            type_: Kind of message; MMS carries `media`.
            media: Files to attach (MMS).
            conversation_strategy: How the message is attached to conversations. Sakari's description gives no values (it leaves a
                "TODO enum" in its place).
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SendMessagesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
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
        return await self._client.request(request, send_message.parse_response, options)

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

        Args:
            message_id: Identifier of the message.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``MessageResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_message.build_request(
            account_id=self._client.option("account_id", account_id),
            message_id=message_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_message.parse_response, options)


class AsyncMessagesResourceWithRawResponse:
    """``AsyncMessagesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.send = async_to_raw_response_wrapper(resource.send)
        self.get = async_to_raw_response_wrapper(resource.get)
