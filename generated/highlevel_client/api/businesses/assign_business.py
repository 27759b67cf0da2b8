from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.business_assignment_request import BusinessAssignmentRequest
from ...models.business_assignment_response import BusinessAssignmentResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: BusinessAssignmentRequest,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/bulk/business",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 400) or (status_code == 401) or (status_code == 422)


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _BusinessAssignmentResponse_from_dict(response_200)

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
            response_2xx = _BusinessAssignmentResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError]:
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
    body: BusinessAssignmentRequest,
    version: ApiVersion,
) -> Response[BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError]:
    """Add contacts to a business, or take them out

     Sets the business of every contact named; a null `businessId` takes them out of
    their business. Setting the same business twice leaves the same contacts, and it
    creates nothing, so the client retries it like a read.

    The reference documents only the 200 and 422 answers and no security for this
    operation; it takes the same token and `Version` header as the others, so their 400
    and 401 answers are declared too.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (BusinessAssignmentRequest): The contacts to move into a business, or out of theirs
            with a null `businessId`. Example: {'locationId': 'PX8m5VwxEbcpFlzYEPVG', 'ids':
            ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'], 'businessId':
            '63b7ec34ea409a9a8bd2a4ff'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError]
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
    body: BusinessAssignmentRequest,
    version: ApiVersion,
) -> BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Add contacts to a business, or take them out

     Sets the business of every contact named; a null `businessId` takes them out of
    their business. Setting the same business twice leaves the same contacts, and it
    creates nothing, so the client retries it like a read.

    The reference documents only the 200 and 422 answers and no security for this
    operation; it takes the same token and `Version` header as the others, so their 400
    and 401 answers are declared too.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (BusinessAssignmentRequest): The contacts to move into a business, or out of theirs
            with a null `businessId`. Example: {'locationId': 'PX8m5VwxEbcpFlzYEPVG', 'ids':
            ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'], 'businessId':
            '63b7ec34ea409a9a8bd2a4ff'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusinessAssignmentRequest,
    version: ApiVersion,
) -> Response[BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError]:
    """Add contacts to a business, or take them out

     Sets the business of every contact named; a null `businessId` takes them out of
    their business. Setting the same business twice leaves the same contacts, and it
    creates nothing, so the client retries it like a read.

    The reference documents only the 200 and 422 answers and no security for this
    operation; it takes the same token and `Version` header as the others, so their 400
    and 401 answers are declared too.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (BusinessAssignmentRequest): The contacts to move into a business, or out of theirs
            with a null `businessId`. Example: {'locationId': 'PX8m5VwxEbcpFlzYEPVG', 'ids':
            ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'], 'businessId':
            '63b7ec34ea409a9a8bd2a4ff'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError]
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
    body: BusinessAssignmentRequest,
    version: ApiVersion,
) -> BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Add contacts to a business, or take them out

     Sets the business of every contact named; a null `businessId` takes them out of
    their business. Setting the same business twice leaves the same contacts, and it
    creates nothing, so the client retries it like a read.

    The reference documents only the 200 and 422 answers and no security for this
    operation; it takes the same token and `Version` header as the others, so their 400
    and 401 answers are declared too.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (BusinessAssignmentRequest): The contacts to move into a business, or out of theirs
            with a null `businessId`. Example: {'locationId': 'PX8m5VwxEbcpFlzYEPVG', 'ids':
            ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'], 'businessId':
            '63b7ec34ea409a9a8bd2a4ff'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | BusinessAssignmentResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_BusinessAssignmentResponse_from_dict = BusinessAssignmentResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
