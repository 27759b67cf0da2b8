"""The ``webhooks`` resource: Event notifications posted to the account's own server."""

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

from ..api.webhooks import list_webhooks, subscribe_webhook, unsubscribe_webhook
from ..models.webhook_request import WebhookRequest
from ..models.webhook_response import WebhookResponse
from ..models.webhooks_response import WebhooksResponse
from ..types import UNSET, Unset

__all__ = [
    "AsyncWebhooksResource",
    "AsyncWebhooksResourceWithRawResponse",
    "WebhooksResource",
    "WebhooksResourceWithRawResponse",
]


class WebhooksResource:
    """Event notifications posted to the account's own server."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return WebhooksResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WebhooksResponse:
        """List webhooks.

        ``listWebhooks``: ``GET /accounts/{accountId}/webhooks``.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = list_webhooks.build_request(
            account_id=self._client.option("account_id", account_id),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_webhooks.parse_response, WebhooksResponse, options)

    def subscribe(
        self,
        *,
        account_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any] | None = None,
        url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        event_types: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WebhookResponse:
        """Subscribe to events.

        ``subscribeWebhook``: ``POST /accounts/{accountId}/webhooks``.
        Give the body as ``body=`` (a ``WebhookRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            WebhookRequest,
            body,
            {
                "url": url,
                "callback_url": callback_url,
                "event_types": event_types,
            },
            required=(),
            nested={},
        )
        request = subscribe_webhook.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, subscribe_webhook.parse_response, WebhookResponse, options)

    def unsubscribe(
        self,
        url_path: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Unsubscribe.

        ``unsubscribeWebhook``: ``DELETE /accounts/{accountId}/webhooks/{url}``.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = unsubscribe_webhook.build_request(
            account_id=self._client.option("account_id", account_id),
            url_path=url_path,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, unsubscribe_webhook.parse_response, type(None), options)


class WebhooksResourceWithRawResponse:
    """``WebhooksResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: WebhooksResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.subscribe = to_raw_response_wrapper(resource.subscribe)
        self.unsubscribe = to_raw_response_wrapper(resource.unsubscribe)


class AsyncWebhooksResource:
    """Event notifications posted to the account's own server."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncWebhooksResourceWithRawResponse(self)

    async def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WebhooksResponse:
        """List webhooks.

        ``listWebhooks``: ``GET /accounts/{accountId}/webhooks``.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = list_webhooks.build_request(
            account_id=self._client.option("account_id", account_id),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_webhooks.parse_response, WebhooksResponse, options)

    async def subscribe(
        self,
        *,
        account_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any] | None = None,
        url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        event_types: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WebhookResponse:
        """Subscribe to events.

        ``subscribeWebhook``: ``POST /accounts/{accountId}/webhooks``.
        Give the body as ``body=`` (a ``WebhookRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        body = resolve_body(
            WebhookRequest,
            body,
            {
                "url": url,
                "callback_url": callback_url,
                "event_types": event_types,
            },
            required=(),
            nested={},
        )
        request = subscribe_webhook.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, subscribe_webhook.parse_response, WebhookResponse, options)

    async def unsubscribe(
        self,
        url_path: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Unsubscribe.

        ``unsubscribeWebhook``: ``DELETE /accounts/{accountId}/webhooks/{url}``.
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = unsubscribe_webhook.build_request(
            account_id=self._client.option("account_id", account_id),
            url_path=url_path,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, unsubscribe_webhook.parse_response, type(None), options)


class AsyncWebhooksResourceWithRawResponse:
    """``AsyncWebhooksResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.subscribe = async_to_raw_response_wrapper(resource.subscribe)
        self.unsubscribe = async_to_raw_response_wrapper(resource.unsubscribe)
