from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.business_contacts_response import BusinessContactsResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    business_id: str,
    *,
    location_id: str,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    query: str | Unset = UNSET,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    params: dict[str, Any] = {}

    params["locationId"] = location_id

    params["limit"] = limit

    params["skip"] = skip

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/business/{business_id}".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 400) or (status_code == 401) or (status_code == 422)


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _BusinessContactsResponse_from_dict(response_200)

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
            response_2xx = _BusinessContactsResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError]:
    if client.raise_on_unexpected_status and not _is_documented(response.status_code):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient | Client,
    location_id: str,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    query: str | Unset = UNSET,
    version: ApiVersion,
) -> Response[BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError]:
    """List the contacts of a business

     The contacts of a location that belong to one business, `limit` at a time from the
    `skip`-th on; the next page starts at `skip` plus the contacts received, and a page
    shorter than `limit` is the last. The reference types `limit` and `skip` as strings
    holding numbers (defaults "25" and "0"); a query value is text either way, so they
    are integers here. `count` is not documented further: it is not known whether it
    counts the page or every match, so paging does not rely on it.

    Args:
        business_id (str):
        location_id (str):
        limit (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        query (str | Unset):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        location_id=location_id,
        limit=limit,
        skip=skip,
        query=query,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient | Client,
    location_id: str,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    query: str | Unset = UNSET,
    version: ApiVersion,
) -> BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """List the contacts of a business

     The contacts of a location that belong to one business, `limit` at a time from the
    `skip`-th on; the next page starts at `skip` plus the contacts received, and a page
    shorter than `limit` is the last. The reference types `limit` and `skip` as strings
    holding numbers (defaults "25" and "0"); a query value is text either way, so they
    are integers here. `count` is not documented further: it is not known whether it
    counts the page or every match, so paging does not rely on it.

    Args:
        business_id (str):
        location_id (str):
        limit (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        query (str | Unset):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        location_id=location_id,
        limit=limit,
        skip=skip,
        query=query,
        version=version,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient | Client,
    location_id: str,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    query: str | Unset = UNSET,
    version: ApiVersion,
) -> Response[BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError]:
    """List the contacts of a business

     The contacts of a location that belong to one business, `limit` at a time from the
    `skip`-th on; the next page starts at `skip` plus the contacts received, and a page
    shorter than `limit` is the last. The reference types `limit` and `skip` as strings
    holding numbers (defaults "25" and "0"); a query value is text either way, so they
    are integers here. `count` is not documented further: it is not known whether it
    counts the page or every match, so paging does not rely on it.

    Args:
        business_id (str):
        location_id (str):
        limit (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        query (str | Unset):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        location_id=location_id,
        limit=limit,
        skip=skip,
        query=query,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient | Client,
    location_id: str,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    query: str | Unset = UNSET,
    version: ApiVersion,
) -> BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """List the contacts of a business

     The contacts of a location that belong to one business, `limit` at a time from the
    `skip`-th on; the next page starts at `skip` plus the contacts received, and a page
    shorter than `limit` is the last. The reference types `limit` and `skip` as strings
    holding numbers (defaults "25" and "0"); a query value is text either way, so they
    are integers here. `count` is not documented further: it is not known whether it
    counts the page or every match, so paging does not rely on it.

    Args:
        business_id (str):
        location_id (str):
        limit (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        query (str | Unset):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | BusinessContactsResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            location_id=location_id,
            limit=limit,
            skip=skip,
            query=query,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_BusinessContactsResponse_from_dict = BusinessContactsResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
