from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.contact_import_response import ContactImportResponse
from ...models.contact_request import ContactRequest
from ...models.contacts_response import ContactsResponse
from ...models.error_response import ErrorResponse
from ...models.merge_strategy import MergeStrategy
from ...types import UNSET, File, Response, Unset, json_loads


def _get_kwargs(
    account_id: str,
    *,
    body: ContactRequest | File | Unset = UNSET,
    merge_strategy: MergeStrategy | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_merge_strategy: str | Unset = UNSET
    if not isinstance(merge_strategy, Unset):
        json_merge_strategy = merge_strategy.value

    params["mergeStrategy"] = json_merge_strategy

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/contacts".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, ContactRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload

        headers["Content-Type"] = "text/csv"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 201) or (400 <= status_code <= 499) or (500 <= status_code <= 599)


def _parse_response(response: httpx.Response) -> ContactImportResponse | ContactsResponse | ErrorResponse | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            if isinstance(response_200, dict):
                try:
                    response_200 = _ContactsResponse_from_dict(response_200)
                except DecodeError:
                    response_200 = _ContactImportResponse_from_dict(response_200)

            else:
                raise DecodeError("object", response_200, None)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        response_200_parsed: ContactImportResponse | ContactsResponse = response_200
        return response_200_parsed

    if response.status_code == 201:
        try:
            response_201 = json_loads(response.content)
            if isinstance(response_201, dict):
                try:
                    response_201 = _ContactsResponse_from_dict(response_201)
                except DecodeError:
                    response_201 = _ContactImportResponse_from_dict(response_201)

            else:
                raise DecodeError("object", response_201, None)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        response_201_parsed: ContactImportResponse | ContactsResponse = response_201
        return response_201_parsed

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
            if isinstance(response_2xx, dict):
                try:
                    response_2xx = _ContactsResponse_from_dict(response_2xx)
                except DecodeError:
                    response_2xx = _ContactImportResponse_from_dict(response_2xx)

            else:
                raise DecodeError("object", response_2xx, None)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        response_2xx_parsed: ContactImportResponse | ContactsResponse = response_2xx
        return response_2xx_parsed

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactImportResponse | ContactsResponse | ErrorResponse]:
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
    client: AuthenticatedClient | Client,
    body: ContactRequest | File | Unset = UNSET,
    merge_strategy: MergeStrategy | Unset = UNSET,
) -> Response[ContactImportResponse | ContactsResponse | ErrorResponse]:
    """Create contact

     Creates a contact, or merges it into the existing contacts with the same mobile number
    as `mergeStrategy` says. The documentation page answers with a paginated list of
    contacts (the `ContactsResponse` shape), not with a single contact; that is what is
    described here. The page shows the answer as 200; Sakari's own OpenAPI description
    answers 201, so both are declared.

    Args:
        account_id (str):
        merge_strategy (MergeStrategy | Unset): How a created contact is merged into existing
            contacts with the same mobile number.
             Example: append.
        body (ContactRequest): The fields of a contact that a create or an update sets. Sakari's
            description builds it on
            the contact identifiers, so it carries `id`: a send names existing contacts by it.
             Example: {'firstName': 'Chris', 'lastName': 'Thomson', 'mobile': {'number':
            '+1234567890', 'country': 'US'}}.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactImportResponse | ContactsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
        merge_strategy=merge_strategy,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest | File | Unset = UNSET,
    merge_strategy: MergeStrategy | Unset = UNSET,
) -> ContactImportResponse | ContactsResponse | ErrorResponse | None:
    """Create contact

     Creates a contact, or merges it into the existing contacts with the same mobile number
    as `mergeStrategy` says. The documentation page answers with a paginated list of
    contacts (the `ContactsResponse` shape), not with a single contact; that is what is
    described here. The page shows the answer as 200; Sakari's own OpenAPI description
    answers 201, so both are declared.

    Args:
        account_id (str):
        merge_strategy (MergeStrategy | Unset): How a created contact is merged into existing
            contacts with the same mobile number.
             Example: append.
        body (ContactRequest): The fields of a contact that a create or an update sets. Sakari's
            description builds it on
            the contact identifiers, so it carries `id`: a send names existing contacts by it.
             Example: {'firstName': 'Chris', 'lastName': 'Thomson', 'mobile': {'number':
            '+1234567890', 'country': 'US'}}.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactImportResponse | ContactsResponse | ErrorResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
        merge_strategy=merge_strategy,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest | File | Unset = UNSET,
    merge_strategy: MergeStrategy | Unset = UNSET,
) -> Response[ContactImportResponse | ContactsResponse | ErrorResponse]:
    """Create contact

     Creates a contact, or merges it into the existing contacts with the same mobile number
    as `mergeStrategy` says. The documentation page answers with a paginated list of
    contacts (the `ContactsResponse` shape), not with a single contact; that is what is
    described here. The page shows the answer as 200; Sakari's own OpenAPI description
    answers 201, so both are declared.

    Args:
        account_id (str):
        merge_strategy (MergeStrategy | Unset): How a created contact is merged into existing
            contacts with the same mobile number.
             Example: append.
        body (ContactRequest): The fields of a contact that a create or an update sets. Sakari's
            description builds it on
            the contact identifiers, so it carries `id`: a send names existing contacts by it.
             Example: {'firstName': 'Chris', 'lastName': 'Thomson', 'mobile': {'number':
            '+1234567890', 'country': 'US'}}.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactImportResponse | ContactsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
        merge_strategy=merge_strategy,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest | File | Unset = UNSET,
    merge_strategy: MergeStrategy | Unset = UNSET,
) -> ContactImportResponse | ContactsResponse | ErrorResponse | None:
    """Create contact

     Creates a contact, or merges it into the existing contacts with the same mobile number
    as `mergeStrategy` says. The documentation page answers with a paginated list of
    contacts (the `ContactsResponse` shape), not with a single contact; that is what is
    described here. The page shows the answer as 200; Sakari's own OpenAPI description
    answers 201, so both are declared.

    Args:
        account_id (str):
        merge_strategy (MergeStrategy | Unset): How a created contact is merged into existing
            contacts with the same mobile number.
             Example: append.
        body (ContactRequest): The fields of a contact that a create or an update sets. Sakari's
            description builds it on
            the contact identifiers, so it carries `id`: a send names existing contacts by it.
             Example: {'firstName': 'Chris', 'lastName': 'Thomson', 'mobile': {'number':
            '+1234567890', 'country': 'US'}}.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactImportResponse | ContactsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
            merge_strategy=merge_strategy,
        )
    ).parsed


_ContactImportResponse_from_dict = ContactImportResponse.from_dict
_ContactsResponse_from_dict = ContactsResponse.from_dict
_ErrorResponse_from_dict = ErrorResponse.from_dict
