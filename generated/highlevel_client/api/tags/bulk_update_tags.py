from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.bulk_tags_action import BulkTagsAction
from ...models.bulk_tags_request import BulkTagsRequest
from ...models.bulk_tags_response import BulkTagsResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response, json_loads


def _get_kwargs(
    action: BulkTagsAction,
    *,
    body: BulkTagsRequest,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/bulk/tags/update/{action}".format(
            action=quote(str(action), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 201) or (status_code == 400) or (status_code == 401) or (status_code == 422)


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 201:
        try:
            response_201 = json_loads(response.content)
            response_201 = _BulkTagsResponse_from_dict(response_201)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_201

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
            response_2xx = _BulkTagsResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError]:
    if client.raise_on_unexpected_status and not _is_documented(response.status_code):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    action: BulkTagsAction,
    *,
    client: AuthenticatedClient | Client,
    body: BulkTagsRequest,
    version: ApiVersion,
) -> Response[BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError]:
    """Add or remove tags of many contacts

     Adds tags to (`type` = `add`) or removes tags from (`type` = `remove`) every contact
    named, in one call. Each contact gets its own result; one failing does not stop the
    others, and `errorCount` counts the failures. Tags new to the location are created,
    so the call is never retried.

    Where the reference is odd: it uses a `{type}` path parameter without declaring it
    (its allowed values come from the operation's description); it types the items of
    `responses` as strings while its example, and the service, give objects; it gives
    `removeAllTags` the string example `"false"` although the field is a boolean; and it
    declares neither security nor a 401 answer for this operation, though it takes the
    same token and `Version` header as every other one (so 401 is declared here too).

    Args:
        action (BulkTagsAction): Whether a bulk tag update adds or removes its tags. Example: add.
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (BulkTagsRequest): The contacts whose tags change, and the tags. Example:
            {'contacts': ['qFSqySFkVvNzOSqgGqFi', '3ualbhnV7j3n3a9r2moD'], 'tags': ['tag-1', 'tag-2'],
            'locationId': 'asdrwHvLUxlfw5SqKVCN', 'removeAllTags': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        action=action,
        body=body,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    action: BulkTagsAction,
    *,
    client: AuthenticatedClient | Client,
    body: BulkTagsRequest,
    version: ApiVersion,
) -> BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Add or remove tags of many contacts

     Adds tags to (`type` = `add`) or removes tags from (`type` = `remove`) every contact
    named, in one call. Each contact gets its own result; one failing does not stop the
    others, and `errorCount` counts the failures. Tags new to the location are created,
    so the call is never retried.

    Where the reference is odd: it uses a `{type}` path parameter without declaring it
    (its allowed values come from the operation's description); it types the items of
    `responses` as strings while its example, and the service, give objects; it gives
    `removeAllTags` the string example `"false"` although the field is a boolean; and it
    declares neither security nor a 401 answer for this operation, though it takes the
    same token and `Version` header as every other one (so 401 is declared here too).

    Args:
        action (BulkTagsAction): Whether a bulk tag update adds or removes its tags. Example: add.
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (BulkTagsRequest): The contacts whose tags change, and the tags. Example:
            {'contacts': ['qFSqySFkVvNzOSqgGqFi', '3ualbhnV7j3n3a9r2moD'], 'tags': ['tag-1', 'tag-2'],
            'locationId': 'asdrwHvLUxlfw5SqKVCN', 'removeAllTags': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        action=action,
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    action: BulkTagsAction,
    *,
    client: AuthenticatedClient | Client,
    body: BulkTagsRequest,
    version: ApiVersion,
) -> Response[BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError]:
    """Add or remove tags of many contacts

     Adds tags to (`type` = `add`) or removes tags from (`type` = `remove`) every contact
    named, in one call. Each contact gets its own result; one failing does not stop the
    others, and `errorCount` counts the failures. Tags new to the location are created,
    so the call is never retried.

    Where the reference is odd: it uses a `{type}` path parameter without declaring it
    (its allowed values come from the operation's description); it types the items of
    `responses` as strings while its example, and the service, give objects; it gives
    `removeAllTags` the string example `"false"` although the field is a boolean; and it
    declares neither security nor a 401 answer for this operation, though it takes the
    same token and `Version` header as every other one (so 401 is declared here too).

    Args:
        action (BulkTagsAction): Whether a bulk tag update adds or removes its tags. Example: add.
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (BulkTagsRequest): The contacts whose tags change, and the tags. Example:
            {'contacts': ['qFSqySFkVvNzOSqgGqFi', '3ualbhnV7j3n3a9r2moD'], 'tags': ['tag-1', 'tag-2'],
            'locationId': 'asdrwHvLUxlfw5SqKVCN', 'removeAllTags': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        action=action,
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action: BulkTagsAction,
    *,
    client: AuthenticatedClient | Client,
    body: BulkTagsRequest,
    version: ApiVersion,
) -> BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Add or remove tags of many contacts

     Adds tags to (`type` = `add`) or removes tags from (`type` = `remove`) every contact
    named, in one call. Each contact gets its own result; one failing does not stop the
    others, and `errorCount` counts the failures. Tags new to the location are created,
    so the call is never retried.

    Where the reference is odd: it uses a `{type}` path parameter without declaring it
    (its allowed values come from the operation's description); it types the items of
    `responses` as strings while its example, and the service, give objects; it gives
    `removeAllTags` the string example `"false"` although the field is a boolean; and it
    declares neither security nor a 401 answer for this operation, though it takes the
    same token and `Version` header as every other one (so 401 is declared here too).

    Args:
        action (BulkTagsAction): Whether a bulk tag update adds or removes its tags. Example: add.
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (BulkTagsRequest): The contacts whose tags change, and the tags. Example:
            {'contacts': ['qFSqySFkVvNzOSqgGqFi', '3ualbhnV7j3n3a9r2moD'], 'tags': ['tag-1', 'tag-2'],
            'locationId': 'asdrwHvLUxlfw5SqKVCN', 'removeAllTags': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | BulkTagsResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            action=action,
            client=client,
            body=body,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_BulkTagsResponse_from_dict = BulkTagsResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
