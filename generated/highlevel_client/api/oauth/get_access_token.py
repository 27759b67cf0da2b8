from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.bad_request_error import BadRequestError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 400) or (status_code == 401) or (status_code == 422)


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError | None:
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

    if response.status_code == 400:
        try:
            response_400 = json_loads(response.content)
            response_400 = _BadRequestError_from_dict(response_400)

        except DecodeError:
            return None
        except ValueError:
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = json_loads(response.content)
            response_401 = _UnauthorizedError_from_dict(response_401)

        except DecodeError:
            return None
        except ValueError:
            return None
        return response_401

    if response.status_code == 422:
        try:
            response_422 = json_loads(response.content)
            response_422 = _UnprocessableEntityError_from_dict(response_422)

        except DecodeError:
            return None
        except ValueError:
            return None
        return response_422

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
) -> Response[BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError]:
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
) -> Response[BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError]:
    """Get an access token

     Exchanges an authorization code (`grant_type=authorization_code`, with the `code` the
    redirect URI received and that same `redirect_uri`) or a refresh token
    (`grant_type=refresh_token`, with `refresh_token`) for an access token and a new refresh
    token. The body is form-encoded and authenticates the app by `client_id` and
    `client_secret`; no bearer token is sent. A refresh token works once: the answer carries
    its successor. The client's token manager calls this operation, hence it is internal.
    HighLevel's description also lists a `client_credentials` grant that no page explains;
    it is left out.

    Args:
        body (TokenRequest): A form-encoded token request. With `grant_type=authorization_code`,
            `code` is required
            (and `redirect_uri` when the authorization request had one); with
            `grant_type=refresh_token`, `refresh_token` is required.
             Example: {'client_id': '65f8a0f1b2c3d4e5f6a7b8c9-lk2m3n4o', 'client_secret':
            '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d', 'grant_type': 'authorization_code', 'code':
            '7676cjcbdc6t76cdcbkjcd09821jknnkj', 'user_type': 'Location', 'redirect_uri':
            'https://myapp.com/oauth/callback/gohighlevel'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError]
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
) -> BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Get an access token

     Exchanges an authorization code (`grant_type=authorization_code`, with the `code` the
    redirect URI received and that same `redirect_uri`) or a refresh token
    (`grant_type=refresh_token`, with `refresh_token`) for an access token and a new refresh
    token. The body is form-encoded and authenticates the app by `client_id` and
    `client_secret`; no bearer token is sent. A refresh token works once: the answer carries
    its successor. The client's token manager calls this operation, hence it is internal.
    HighLevel's description also lists a `client_credentials` grant that no page explains;
    it is left out.

    Args:
        body (TokenRequest): A form-encoded token request. With `grant_type=authorization_code`,
            `code` is required
            (and `redirect_uri` when the authorization request had one); with
            `grant_type=refresh_token`, `refresh_token` is required.
             Example: {'client_id': '65f8a0f1b2c3d4e5f6a7b8c9-lk2m3n4o', 'client_secret':
            '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d', 'grant_type': 'authorization_code', 'code':
            '7676cjcbdc6t76cdcbkjcd09821jknnkj', 'user_type': 'Location', 'redirect_uri':
            'https://myapp.com/oauth/callback/gohighlevel'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError]:
    """Get an access token

     Exchanges an authorization code (`grant_type=authorization_code`, with the `code` the
    redirect URI received and that same `redirect_uri`) or a refresh token
    (`grant_type=refresh_token`, with `refresh_token`) for an access token and a new refresh
    token. The body is form-encoded and authenticates the app by `client_id` and
    `client_secret`; no bearer token is sent. A refresh token works once: the answer carries
    its successor. The client's token manager calls this operation, hence it is internal.
    HighLevel's description also lists a `client_credentials` grant that no page explains;
    it is left out.

    Args:
        body (TokenRequest): A form-encoded token request. With `grant_type=authorization_code`,
            `code` is required
            (and `redirect_uri` when the authorization request had one); with
            `grant_type=refresh_token`, `refresh_token` is required.
             Example: {'client_id': '65f8a0f1b2c3d4e5f6a7b8c9-lk2m3n4o', 'client_secret':
            '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d', 'grant_type': 'authorization_code', 'code':
            '7676cjcbdc6t76cdcbkjcd09821jknnkj', 'user_type': 'Location', 'redirect_uri':
            'https://myapp.com/oauth/callback/gohighlevel'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError]
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
) -> BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Get an access token

     Exchanges an authorization code (`grant_type=authorization_code`, with the `code` the
    redirect URI received and that same `redirect_uri`) or a refresh token
    (`grant_type=refresh_token`, with `refresh_token`) for an access token and a new refresh
    token. The body is form-encoded and authenticates the app by `client_id` and
    `client_secret`; no bearer token is sent. A refresh token works once: the answer carries
    its successor. The client's token manager calls this operation, hence it is internal.
    HighLevel's description also lists a `client_credentials` grant that no page explains;
    it is left out.

    Args:
        body (TokenRequest): A form-encoded token request. With `grant_type=authorization_code`,
            `code` is required
            (and `redirect_uri` when the authorization request had one); with
            `grant_type=refresh_token`, `refresh_token` is required.
             Example: {'client_id': '65f8a0f1b2c3d4e5f6a7b8c9-lk2m3n4o', 'client_secret':
            '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d', 'grant_type': 'authorization_code', 'code':
            '7676cjcbdc6t76cdcbkjcd09821jknnkj', 'user_type': 'Location', 'redirect_uri':
            'https://myapp.com/oauth/callback/gohighlevel'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | TokenResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_TokenResponse_from_dict = TokenResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
