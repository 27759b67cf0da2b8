from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.location_token_request import LocationTokenRequest
from ...models.location_token_response import LocationTokenResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: LocationTokenRequest,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/locationToken",
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 400) or (status_code == 401) or (status_code == 422)


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _LocationTokenResponse_from_dict(response_200)

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
            response_2xx = _LocationTokenResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError]:
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
    body: LocationTokenRequest,
    version: ApiVersion,
) -> Response[BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError]:
    """Get a location token from an agency token

     Exchanges the agency (company) access token of the call for an access token of one of
    the company's locations on which the app is installed. The body is form-encoded. The
    answer has no refresh token: ask again with the agency token when it expires.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (LocationTokenRequest): A form-encoded request for a location token. Example:
            {'companyId': 'c2D19ouCsGkMT1fmMJZV', 'locationId': 'l1C08ntBrFjLS0elLIYU'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LocationTokenRequest,
    version: ApiVersion,
) -> BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Get a location token from an agency token

     Exchanges the agency (company) access token of the call for an access token of one of
    the company's locations on which the app is installed. The body is form-encoded. The
    answer has no refresh token: ask again with the agency token when it expires.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (LocationTokenRequest): A form-encoded request for a location token. Example:
            {'companyId': 'c2D19ouCsGkMT1fmMJZV', 'locationId': 'l1C08ntBrFjLS0elLIYU'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LocationTokenRequest,
    version: ApiVersion,
) -> Response[BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError]:
    """Get a location token from an agency token

     Exchanges the agency (company) access token of the call for an access token of one of
    the company's locations on which the app is installed. The body is form-encoded. The
    answer has no refresh token: ask again with the agency token when it expires.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (LocationTokenRequest): A form-encoded request for a location token. Example:
            {'companyId': 'c2D19ouCsGkMT1fmMJZV', 'locationId': 'l1C08ntBrFjLS0elLIYU'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LocationTokenRequest,
    version: ApiVersion,
) -> BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Get a location token from an agency token

     Exchanges the agency (company) access token of the call for an access token of one of
    the company's locations on which the app is installed. The body is form-encoded. The
    answer has no refresh token: ask again with the agency token when it expires.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (LocationTokenRequest): A form-encoded request for a location token. Example:
            {'companyId': 'c2D19ouCsGkMT1fmMJZV', 'locationId': 'l1C08ntBrFjLS0elLIYU'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | LocationTokenResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_LocationTokenResponse_from_dict = LocationTokenResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
