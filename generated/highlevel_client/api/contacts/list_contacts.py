from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.list_contacts_response import ListContactsResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    location_id: str,
    start_after_id: str | Unset = UNSET,
    start_after: float | Unset = UNSET,
    query: str | Unset = UNSET,
    limit: int | Unset = 20,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    params: dict[str, Any] = {}

    params["locationId"] = location_id

    params["startAfterId"] = start_after_id

    params["startAfter"] = start_after

    params["query"] = query

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 400) or (status_code == 401) or (status_code == 422)


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _ListContactsResponse_from_dict(response_200)

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
            response_2xx = _ListContactsResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError]:
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
    location_id: str,
    start_after_id: str | Unset = UNSET,
    start_after: float | Unset = UNSET,
    query: str | Unset = UNSET,
    limit: int | Unset = 20,
    version: ApiVersion,
) -> Response[BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError]:
    """List contacts (deprecated)

     Lists the contacts of a location, `limit` at a time; the next page starts after the
    `meta.startAfterId`/`meta.startAfter` of this one. HighLevel marks this operation
    deprecated in favour of `searchContacts`.

    Args:
        location_id (str):
        start_after_id (str | Unset):
        start_after (float | Unset):
        query (str | Unset):
        limit (int | Unset):  Default: 20.
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_after_id=start_after_id,
        start_after=start_after,
        query=query,
        limit=limit,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    location_id: str,
    start_after_id: str | Unset = UNSET,
    start_after: float | Unset = UNSET,
    query: str | Unset = UNSET,
    limit: int | Unset = 20,
    version: ApiVersion,
) -> BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """List contacts (deprecated)

     Lists the contacts of a location, `limit` at a time; the next page starts after the
    `meta.startAfterId`/`meta.startAfter` of this one. HighLevel marks this operation
    deprecated in favour of `searchContacts`.

    Args:
        location_id (str):
        start_after_id (str | Unset):
        start_after (float | Unset):
        query (str | Unset):
        limit (int | Unset):  Default: 20.
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        location_id=location_id,
        start_after_id=start_after_id,
        start_after=start_after,
        query=query,
        limit=limit,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    location_id: str,
    start_after_id: str | Unset = UNSET,
    start_after: float | Unset = UNSET,
    query: str | Unset = UNSET,
    limit: int | Unset = 20,
    version: ApiVersion,
) -> Response[BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError]:
    """List contacts (deprecated)

     Lists the contacts of a location, `limit` at a time; the next page starts after the
    `meta.startAfterId`/`meta.startAfter` of this one. HighLevel marks this operation
    deprecated in favour of `searchContacts`.

    Args:
        location_id (str):
        start_after_id (str | Unset):
        start_after (float | Unset):
        query (str | Unset):
        limit (int | Unset):  Default: 20.
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_after_id=start_after_id,
        start_after=start_after,
        query=query,
        limit=limit,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    location_id: str,
    start_after_id: str | Unset = UNSET,
    start_after: float | Unset = UNSET,
    query: str | Unset = UNSET,
    limit: int | Unset = 20,
    version: ApiVersion,
) -> BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """List contacts (deprecated)

     Lists the contacts of a location, `limit` at a time; the next page starts after the
    `meta.startAfterId`/`meta.startAfter` of this one. HighLevel marks this operation
    deprecated in favour of `searchContacts`.

    Args:
        location_id (str):
        start_after_id (str | Unset):
        start_after (float | Unset):
        query (str | Unset):
        limit (int | Unset):  Default: 20.
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | ListContactsResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            location_id=location_id,
            start_after_id=start_after_id,
            start_after=start_after,
            query=query,
            limit=limit,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_ListContactsResponse_from_dict = ListContactsResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
