from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.error_response import ErrorResponse
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (400 <= status_code <= 499) or (500 <= status_code <= 599)


def _parse_response(response: httpx.Response) -> ErrorResponse | TokenResponse | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _TokenResponse_from_dict(response_200)

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
            response_2xx = _TokenResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TokenResponse]:
    if client.raise_on_unexpected_status and not _is_documented(response.status_code):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorResponse | TokenResponse]:
    """Get an access token

     Exchanges the account's client id and secret for a JWT access token (OAuth2 client
    credentials). The client facade calls this itself when a call needs a token.

    Args:
        body (TokenRequest): Client credentials exchanged for an access token. Example:
            {'grant_type': 'client_credentials', 'client_id': '00000000-0000-0000-0000-000000000000',
            'client_secret': '00000000-0000-0000-0000-000000000000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorResponse | TokenResponse | None:
    """Get an access token

     Exchanges the account's client id and secret for a JWT access token (OAuth2 client
    credentials). The client facade calls this itself when a call needs a token.

    Args:
        body (TokenRequest): Client credentials exchanged for an access token. Example:
            {'grant_type': 'client_credentials', 'client_id': '00000000-0000-0000-0000-000000000000',
            'client_secret': '00000000-0000-0000-0000-000000000000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorResponse | TokenResponse]:
    """Get an access token

     Exchanges the account's client id and secret for a JWT access token (OAuth2 client
    credentials). The client facade calls this itself when a call needs a token.

    Args:
        body (TokenRequest): Client credentials exchanged for an access token. Example:
            {'grant_type': 'client_credentials', 'client_id': '00000000-0000-0000-0000-000000000000',
            'client_secret': '00000000-0000-0000-0000-000000000000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorResponse | TokenResponse | None:
    """Get an access token

     Exchanges the account's client id and secret for a JWT access token (OAuth2 client
    credentials). The client facade calls this itself when a call needs a token.

    Args:
        body (TokenRequest): Client credentials exchanged for an access token. Example:
            {'grant_type': 'client_credentials', 'client_id': '00000000-0000-0000-0000-000000000000',
            'client_secret': '00000000-0000-0000-0000-000000000000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_ErrorResponse_from_dict = ErrorResponse.from_dict
_TokenResponse_from_dict = TokenResponse.from_dict
