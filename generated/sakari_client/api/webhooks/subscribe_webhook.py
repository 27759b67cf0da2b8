from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.error_response import ErrorResponse
from ...models.webhook_request import WebhookRequest
from ...models.webhook_response import WebhookResponse
from ...types import Response, json_loads


def _get_kwargs(
    account_id: str,
    *,
    body: WebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/webhooks".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (400 <= status_code <= 499) or (500 <= status_code <= 599)


def _parse_response(response: httpx.Response) -> ErrorResponse | WebhookResponse | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _WebhookResponse_from_dict(response_200)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_200

    if 400 <= response.status_code <= 499:
        try:
            response_4xx = json_loads(response.content)
            response_4xx = _ErrorResponse_from_dict(response_4xx)

        except DecodeError:
            return None
        except ValueError:
            return None
        return response_4xx

    if 500 <= response.status_code <= 599:
        try:
            response_5xx = json_loads(response.content)
            response_5xx = _ErrorResponse_from_dict(response_5xx)

        except DecodeError:
            return None
        except ValueError:
            return None
        return response_5xx

    if 200 <= response.status_code <= 299:
        # A success status the spec does not list: its body is parsed as the documented success's.
        try:
            response_2xx = json_loads(response.content)
            response_2xx = _WebhookResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WebhookResponse]:
    if client.raise_on_unexpected_status and not _is_documented(response.status_code):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequest,
) -> Response[ErrorResponse | WebhookResponse]:
    """Subscribe to events

     Asks Sakari to POST an event to `url` each time one of `eventTypes` happens (see the
    `Webhook` schema for the names and their inconsistency).

    Sakari's description is contradictory here: the body defines `url` but requires a
    `callbackUrl` it never defines, and its callback expression reads `callbackUrl`, while every
    sample sends `url`. Both are described, neither required; send `url`, as the samples do.
    The description attaches the event callback to the unsubscribe operation; it belongs here.

    Args:
        account_id (str):
        body (WebhookRequest): A subscription request. Sakari's description defines `url` but
            requires `callbackUrl`
            (see `subscribeWebhook`); both are here, neither required. Event types are plain strings
            in the request; the answer lists them with the `WebhookEventName` values.
             Example: {'url': 'https://myserver.com/send/callback/here', 'eventTypes': ['message-
            received', 'message-status']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequest,
) -> ErrorResponse | WebhookResponse | None:
    """Subscribe to events

     Asks Sakari to POST an event to `url` each time one of `eventTypes` happens (see the
    `Webhook` schema for the names and their inconsistency).

    Sakari's description is contradictory here: the body defines `url` but requires a
    `callbackUrl` it never defines, and its callback expression reads `callbackUrl`, while every
    sample sends `url`. Both are described, neither required; send `url`, as the samples do.
    The description attaches the event callback to the unsubscribe operation; it belongs here.

    Args:
        account_id (str):
        body (WebhookRequest): A subscription request. Sakari's description defines `url` but
            requires `callbackUrl`
            (see `subscribeWebhook`); both are here, neither required. Event types are plain strings
            in the request; the answer lists them with the `WebhookEventName` values.
             Example: {'url': 'https://myserver.com/send/callback/here', 'eventTypes': ['message-
            received', 'message-status']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequest,
) -> Response[ErrorResponse | WebhookResponse]:
    """Subscribe to events

     Asks Sakari to POST an event to `url` each time one of `eventTypes` happens (see the
    `Webhook` schema for the names and their inconsistency).

    Sakari's description is contradictory here: the body defines `url` but requires a
    `callbackUrl` it never defines, and its callback expression reads `callbackUrl`, while every
    sample sends `url`. Both are described, neither required; send `url`, as the samples do.
    The description attaches the event callback to the unsubscribe operation; it belongs here.

    Args:
        account_id (str):
        body (WebhookRequest): A subscription request. Sakari's description defines `url` but
            requires `callbackUrl`
            (see `subscribeWebhook`); both are here, neither required. Event types are plain strings
            in the request; the answer lists them with the `WebhookEventName` values.
             Example: {'url': 'https://myserver.com/send/callback/here', 'eventTypes': ['message-
            received', 'message-status']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequest,
) -> ErrorResponse | WebhookResponse | None:
    """Subscribe to events

     Asks Sakari to POST an event to `url` each time one of `eventTypes` happens (see the
    `Webhook` schema for the names and their inconsistency).

    Sakari's description is contradictory here: the body defines `url` but requires a
    `callbackUrl` it never defines, and its callback expression reads `callbackUrl`, while every
    sample sends `url`. Both are described, neither required; send `url`, as the samples do.
    The description attaches the event callback to the unsubscribe operation; it belongs here.

    Args:
        account_id (str):
        body (WebhookRequest): A subscription request. Sakari's description defines `url` but
            requires `callbackUrl`
            (see `subscribeWebhook`); both are here, neither required. Event types are plain strings
            in the request; the answer lists them with the `WebhookEventName` values.
             Example: {'url': 'https://myserver.com/send/callback/here', 'eventTypes': ['message-
            received', 'message-status']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed


_ErrorResponse_from_dict = ErrorResponse.from_dict
_WebhookResponse_from_dict = WebhookResponse.from_dict
