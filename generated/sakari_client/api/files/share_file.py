from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.error_response import ErrorResponse
from ...models.share_file_response import ShareFileResponse
from ...types import File, Response, json_loads


def _get_kwargs(
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tools/sharefile",
    }

    _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (400 <= status_code <= 499) or (500 <= status_code <= 599)


def _parse_response(response: httpx.Response) -> ErrorResponse | ShareFileResponse | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _ShareFileResponse_from_dict(response_200)

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
            response_2xx = _ShareFileResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ShareFileResponse]:
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
    body: File,
) -> Response[ErrorResponse | ShareFileResponse]:
    """Share a file

     Hosts a file and answers a short link to it, to put in a message's text or in its `media`
    (MMS). The file is sent as the raw body (`application/octet-stream`) or as a multipart form
    with the file in the `media` part; Sakari's description accepts both. The link expires
    (`expires`). The path sits outside any account (`/tools/sharefile`).

    Args:
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShareFileResponse]
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
    body: File,
) -> ErrorResponse | ShareFileResponse | None:
    """Share a file

     Hosts a file and answers a short link to it, to put in a message's text or in its `media`
    (MMS). The file is sent as the raw body (`application/octet-stream`) or as a multipart form
    with the file in the `media` part; Sakari's description accepts both. The link expires
    (`expires`). The path sits outside any account (`/tools/sharefile`).

    Args:
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShareFileResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[ErrorResponse | ShareFileResponse]:
    """Share a file

     Hosts a file and answers a short link to it, to put in a message's text or in its `media`
    (MMS). The file is sent as the raw body (`application/octet-stream`) or as a multipart form
    with the file in the `media` part; Sakari's description accepts both. The link expires
    (`expires`). The path sits outside any account (`/tools/sharefile`).

    Args:
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShareFileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> ErrorResponse | ShareFileResponse | None:
    """Share a file

     Hosts a file and answers a short link to it, to put in a message's text or in its `media`
    (MMS). The file is sent as the raw body (`application/octet-stream`) or as a multipart form
    with the file in the `media` part; Sakari's description accepts both. The link expires
    (`expires`). The path sits outside any account (`/tools/sharefile`).

    Args:
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShareFileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_ErrorResponse_from_dict = ErrorResponse.from_dict
_ShareFileResponse_from_dict = ShareFileResponse.from_dict
