from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.search_contacts_request import SearchContactsRequest
from ...models.search_contacts_response import SearchContactsResponse
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: SearchContactsRequest,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 400) or (status_code == 401)


def _parse_response(response: httpx.Response) -> BadRequestError | SearchContactsResponse | UnauthorizedError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _SearchContactsResponse_from_dict(response_200)

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

    if 200 <= response.status_code <= 299:
        # A success status the spec does not list: its body is parsed as the documented success's.
        try:
            response_2xx = json_loads(response.content)
            response_2xx = _SearchContactsResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | SearchContactsResponse | UnauthorizedError]:
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
    body: SearchContactsRequest,
    version: ApiVersion,
) -> Response[BadRequestError | SearchContactsResponse | UnauthorizedError]:
    """Search contacts

     Finds contacts by filters, sort and free text, `pageLimit` at a time. Pages are numbered
    from 1 up to the first 10,000 results; past them, send the `searchAfter` of the last
    contact of a page instead of a page number. The reference documents neither the body's
    fields nor the answer's; both follow HighLevel's search documentation.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (SearchContactsRequest): A contact search. `page` counts from 1 and covers the first
            10,000 results; past them,
            send the `searchAfter` of the last contact of the previous page instead of `page`.
             Example: {'locationId': 've9EPM428h8vShlRW1KT', 'pageLimit': 20, 'page': 1, 'filters':
            [{'field': 'tags', 'operator': 'contains', 'value': 'vip'}], 'sort': [{'field':
            'dateAdded', 'direction': 'desc'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | SearchContactsResponse | UnauthorizedError]
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
    body: SearchContactsRequest,
    version: ApiVersion,
) -> BadRequestError | SearchContactsResponse | UnauthorizedError | None:
    """Search contacts

     Finds contacts by filters, sort and free text, `pageLimit` at a time. Pages are numbered
    from 1 up to the first 10,000 results; past them, send the `searchAfter` of the last
    contact of a page instead of a page number. The reference documents neither the body's
    fields nor the answer's; both follow HighLevel's search documentation.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (SearchContactsRequest): A contact search. `page` counts from 1 and covers the first
            10,000 results; past them,
            send the `searchAfter` of the last contact of the previous page instead of `page`.
             Example: {'locationId': 've9EPM428h8vShlRW1KT', 'pageLimit': 20, 'page': 1, 'filters':
            [{'field': 'tags', 'operator': 'contains', 'value': 'vip'}], 'sort': [{'field':
            'dateAdded', 'direction': 'desc'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | SearchContactsResponse | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchContactsRequest,
    version: ApiVersion,
) -> Response[BadRequestError | SearchContactsResponse | UnauthorizedError]:
    """Search contacts

     Finds contacts by filters, sort and free text, `pageLimit` at a time. Pages are numbered
    from 1 up to the first 10,000 results; past them, send the `searchAfter` of the last
    contact of a page instead of a page number. The reference documents neither the body's
    fields nor the answer's; both follow HighLevel's search documentation.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (SearchContactsRequest): A contact search. `page` counts from 1 and covers the first
            10,000 results; past them,
            send the `searchAfter` of the last contact of the previous page instead of `page`.
             Example: {'locationId': 've9EPM428h8vShlRW1KT', 'pageLimit': 20, 'page': 1, 'filters':
            [{'field': 'tags', 'operator': 'contains', 'value': 'vip'}], 'sort': [{'field':
            'dateAdded', 'direction': 'desc'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | SearchContactsResponse | UnauthorizedError]
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
    body: SearchContactsRequest,
    version: ApiVersion,
) -> BadRequestError | SearchContactsResponse | UnauthorizedError | None:
    """Search contacts

     Finds contacts by filters, sort and free text, `pageLimit` at a time. Pages are numbered
    from 1 up to the first 10,000 results; past them, send the `searchAfter` of the last
    contact of a page instead of a page number. The reference documents neither the body's
    fields nor the answer's; both follow HighLevel's search documentation.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (SearchContactsRequest): A contact search. `page` counts from 1 and covers the first
            10,000 results; past them,
            send the `searchAfter` of the last contact of the previous page instead of `page`.
             Example: {'locationId': 've9EPM428h8vShlRW1KT', 'pageLimit': 20, 'page': 1, 'filters':
            [{'field': 'tags', 'operator': 'contains', 'value': 'vip'}], 'sort': [{'field':
            'dateAdded', 'direction': 'desc'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | SearchContactsResponse | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_SearchContactsResponse_from_dict = SearchContactsResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
