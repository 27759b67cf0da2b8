"""The ``conversations`` resource: The message history with each contact, one thread per contact."""

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

from ..api.conversations import close_conversation, get_conversation, list_conversations
from ..models.conversation import Conversation
from ..models.conversation_response import ConversationResponse
from ..models.conversations_response import ConversationsResponse
from ..types import UNSET, Unset

__all__ = [
    "AsyncConversationsResource",
    "AsyncConversationsResourceWithRawResponse",
    "ConversationsResource",
    "ConversationsResourceWithRawResponse",
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


class ConversationsResource:
    """The message history with each contact, one thread per contact."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ConversationsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return ConversationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[ConversationsResponse, Conversation]:
        """List conversations.

        ``listConversations``: ``GET /accounts/{accountId}/conversations``.
        Returns the first page; iterate it (``for item in ...``) for every item of every page.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SyncPage[ConversationsResponse, Conversation]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_conversations.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_conversations.parse_response, options)

    def get(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConversationResponse:
        """Get a conversation.

        ``getConversation``: ``GET /accounts/{accountId}/conversations/{conversationId}``.

        Args:
            conversation_id: Identifier of the conversation.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ConversationResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_conversation.build_request(
            account_id=self._client.option("account_id", account_id),
            conversation_id=conversation_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_conversation.parse_response, options)

    def close(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConversationResponse:
        """Close a conversation.

        ``closeConversation``: ``PUT /accounts/{accountId}/conversations/{conversationId}/close``.

        Args:
            conversation_id: Identifier of the conversation.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ConversationResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = close_conversation.build_request(
            account_id=self._client.option("account_id", account_id),
            conversation_id=conversation_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, close_conversation.parse_response, options)


class ConversationsResourceWithRawResponse:
    """``ConversationsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: ConversationsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.close = to_raw_response_wrapper(resource.close)


class AsyncConversationsResource:
    """The message history with each contact, one thread per contact."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncConversationsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncConversationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[ConversationsResponse, Conversation]:
        """List conversations.

        ``listConversations``: ``GET /accounts/{accountId}/conversations``.
        Returns the first page; iterate it (``async for item in ...``) for every item of every page.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AsyncPaginator[ConversationsResponse, Conversation]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_conversations.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_conversations.parse_response, options)

    async def get(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConversationResponse:
        """Get a conversation.

        ``getConversation``: ``GET /accounts/{accountId}/conversations/{conversationId}``.

        Args:
            conversation_id: Identifier of the conversation.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ConversationResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_conversation.build_request(
            account_id=self._client.option("account_id", account_id),
            conversation_id=conversation_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_conversation.parse_response, options)

    async def close(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConversationResponse:
        """Close a conversation.

        ``closeConversation``: ``PUT /accounts/{accountId}/conversations/{conversationId}/close``.

        Args:
            conversation_id: Identifier of the conversation.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ConversationResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = close_conversation.build_request(
            account_id=self._client.option("account_id", account_id),
            conversation_id=conversation_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, close_conversation.parse_response, options)


class AsyncConversationsResourceWithRawResponse:
    """``AsyncConversationsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.close = async_to_raw_response_wrapper(resource.close)
