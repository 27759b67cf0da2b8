from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.error_response import ErrorResponse
from ...models.send_messages_request import SendMessagesRequest
from ...models.send_messages_response import SendMessagesResponse
from ...types import Response, json_loads


def _get_kwargs(
    account_id: str,
    *,
    body: SendMessagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/messages".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (400 <= status_code <= 499) or (500 <= status_code <= 599)


def _parse_response(response: httpx.Response) -> ErrorResponse | SendMessagesResponse | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _SendMessagesResponse_from_dict(response_200)

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
            response_2xx = _SendMessagesResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SendMessagesResponse]:
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
    client: AuthenticatedClient,
    body: SendMessagesRequest,
) -> Response[ErrorResponse | SendMessagesResponse]:
    """Send a message

     Sends one SMS or MMS to each recipient. Name the recipients in one of three ways: existing
    contacts by `contacts[].id`, phone numbers by `contacts[].mobile` (with their country), or
    every contact matching `filters` (tags and attribute conditions); `conversations` answers in
    existing conversations. `template` is the text, with placeholders such as
    `{{ firstName }}` filled from each contact. `media` attaches files (MMS).

    Sending is NOT idempotent: each request that reaches the service sends the messages again
    and charges for them. The client therefore never retries this call once the request may
    have reached the server (a timeout, a 5xx answer, a connection reset after sending); it
    retries only when the request surely was not processed (the connection could not be
    opened, or the service answered 429).

    Sakari's description documents no scheduling option for this operation (scheduled sends
    are campaigns with trigger `S`), no request field marked required, and no error answer;
    the errors below follow the service-wide rule.

    Args:
        account_id (str):
        body (SendMessagesRequest): Who receives the message and what it says. Sakari's
            description marks no field required
            and does not say how the recipient fields combine; give one of `contacts`, `filters` or
            `conversations`.
             Example: {'contacts': [{'mobile': {'number': '+1234567890', 'country': 'US'}}],
            'template': 'Congratulations! You just sent your first message'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendMessagesResponse]
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
    client: AuthenticatedClient,
    body: SendMessagesRequest,
) -> ErrorResponse | SendMessagesResponse | None:
    """Send a message

     Sends one SMS or MMS to each recipient. Name the recipients in one of three ways: existing
    contacts by `contacts[].id`, phone numbers by `contacts[].mobile` (with their country), or
    every contact matching `filters` (tags and attribute conditions); `conversations` answers in
    existing conversations. `template` is the text, with placeholders such as
    `{{ firstName }}` filled from each contact. `media` attaches files (MMS).

    Sending is NOT idempotent: each request that reaches the service sends the messages again
    and charges for them. The client therefore never retries this call once the request may
    have reached the server (a timeout, a 5xx answer, a connection reset after sending); it
    retries only when the request surely was not processed (the connection could not be
    opened, or the service answered 429).

    Sakari's description documents no scheduling option for this operation (scheduled sends
    are campaigns with trigger `S`), no request field marked required, and no error answer;
    the errors below follow the service-wide rule.

    Args:
        account_id (str):
        body (SendMessagesRequest): Who receives the message and what it says. Sakari's
            description marks no field required
            and does not say how the recipient fields combine; give one of `contacts`, `filters` or
            `conversations`.
             Example: {'contacts': [{'mobile': {'number': '+1234567890', 'country': 'US'}}],
            'template': 'Congratulations! You just sent your first message'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendMessagesResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: SendMessagesRequest,
) -> Response[ErrorResponse | SendMessagesResponse]:
    """Send a message

     Sends one SMS or MMS to each recipient. Name the recipients in one of three ways: existing
    contacts by `contacts[].id`, phone numbers by `contacts[].mobile` (with their country), or
    every contact matching `filters` (tags and attribute conditions); `conversations` answers in
    existing conversations. `template` is the text, with placeholders such as
    `{{ firstName }}` filled from each contact. `media` attaches files (MMS).

    Sending is NOT idempotent: each request that reaches the service sends the messages again
    and charges for them. The client therefore never retries this call once the request may
    have reached the server (a timeout, a 5xx answer, a connection reset after sending); it
    retries only when the request surely was not processed (the connection could not be
    opened, or the service answered 429).

    Sakari's description documents no scheduling option for this operation (scheduled sends
    are campaigns with trigger `S`), no request field marked required, and no error answer;
    the errors below follow the service-wide rule.

    Args:
        account_id (str):
        body (SendMessagesRequest): Who receives the message and what it says. Sakari's
            description marks no field required
            and does not say how the recipient fields combine; give one of `contacts`, `filters` or
            `conversations`.
             Example: {'contacts': [{'mobile': {'number': '+1234567890', 'country': 'US'}}],
            'template': 'Congratulations! You just sent your first message'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendMessagesResponse]
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
    client: AuthenticatedClient,
    body: SendMessagesRequest,
) -> ErrorResponse | SendMessagesResponse | None:
    """Send a message

     Sends one SMS or MMS to each recipient. Name the recipients in one of three ways: existing
    contacts by `contacts[].id`, phone numbers by `contacts[].mobile` (with their country), or
    every contact matching `filters` (tags and attribute conditions); `conversations` answers in
    existing conversations. `template` is the text, with placeholders such as
    `{{ firstName }}` filled from each contact. `media` attaches files (MMS).

    Sending is NOT idempotent: each request that reaches the service sends the messages again
    and charges for them. The client therefore never retries this call once the request may
    have reached the server (a timeout, a 5xx answer, a connection reset after sending); it
    retries only when the request surely was not processed (the connection could not be
    opened, or the service answered 429).

    Sakari's description documents no scheduling option for this operation (scheduled sends
    are campaigns with trigger `S`), no request field marked required, and no error answer;
    the errors below follow the service-wide rule.

    Args:
        account_id (str):
        body (SendMessagesRequest): Who receives the message and what it says. Sakari's
            description marks no field required
            and does not say how the recipient fields combine; give one of `contacts`, `filters` or
            `conversations`.
             Example: {'contacts': [{'mobile': {'number': '+1234567890', 'country': 'US'}}],
            'template': 'Congratulations! You just sent your first message'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendMessagesResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed


_ErrorResponse_from_dict = ErrorResponse.from_dict
_SendMessagesResponse_from_dict = SendMessagesResponse.from_dict
