"""The ``webhooks`` resource: Event notifications posted to the account's own server."""

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

from ..api.webhooks import list_webhooks, subscribe_webhook, unsubscribe_webhook
from ..models.webhook_request import WebhookRequest
from ..models.webhook_response import WebhookResponse
from ..models.webhooks_response import WebhooksResponse
from ..params import WebhookRequestParam
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

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``WebhooksResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_webhooks.build_request(
            account_id=self._client.option("account_id", account_id),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_webhooks.parse_response, options)

    def subscribe(
        self,
        *,
        account_id: str | None = None,
        body: WebhookRequest | WebhookRequestParam | None = None,
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

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `WebhookRequest` or its JSON form (a dict); or give its fields as keywords
            url: Where events are posted.
            callback_url: The name the description's `required` list and callback use for `url`.
            event_types: ``eventTypes`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``WebhookResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
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
        return self._client.request(request, subscribe_webhook.parse_response, options)

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

        Args:
            url_path: The subscribed callback URL, whole, as one path segment: every reserved character (`:`, `/`,
                `?`, `#`, `%`, ...) is percent-encoded, so the URL cannot reach another route. (Sakari's
                description says "Account to apply operations to" here, a copy-and-paste slip; its samples show
                the URL-encoded callback URL.)
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``None``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = unsubscribe_webhook.build_request(
            account_id=self._client.option("account_id", account_id),
            url_path=url_path,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, unsubscribe_webhook.parse_response, options)


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

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``WebhooksResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_webhooks.build_request(
            account_id=self._client.option("account_id", account_id),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_webhooks.parse_response, options)

    async def subscribe(
        self,
        *,
        account_id: str | None = None,
        body: WebhookRequest | WebhookRequestParam | None = None,
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

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `WebhookRequest` or its JSON form (a dict); or give its fields as keywords
            url: Where events are posted.
            callback_url: The name the description's `required` list and callback use for `url`.
            event_types: ``eventTypes`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``WebhookResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
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
        return await self._client.request(request, subscribe_webhook.parse_response, options)

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

        Args:
            url_path: The subscribed callback URL, whole, as one path segment: every reserved character (`:`, `/`,
                `?`, `#`, `%`, ...) is percent-encoded, so the URL cannot reach another route. (Sakari's
                description says "Account to apply operations to" here, a copy-and-paste slip; its samples show
                the URL-encoded callback URL.)
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``None``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = unsubscribe_webhook.build_request(
            account_id=self._client.option("account_id", account_id),
            url_path=url_path,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, unsubscribe_webhook.parse_response, options)


class AsyncWebhooksResourceWithRawResponse:
    """``AsyncWebhooksResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.subscribe = async_to_raw_response_wrapper(resource.subscribe)
        self.unsubscribe = async_to_raw_response_wrapper(resource.unsubscribe)
