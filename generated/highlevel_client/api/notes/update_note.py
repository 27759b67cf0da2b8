from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.note_response import NoteResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...models.update_note_request import UpdateNoteRequest
from ...types import Response, json_loads


def _get_kwargs(
    contact_id: str,
    note_id: str,
    *,
    body: UpdateNoteRequest,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contacts/{contact_id}/notes/{note_id}".format(
            contact_id=quote(str(contact_id), safe=""),
            note_id=quote(str(note_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 400) or (status_code == 401) or (status_code == 422)


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _NoteResponse_from_dict(response_200)

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
            response_2xx = _NoteResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError]:
    if client.raise_on_unexpected_status and not _is_documented(response.status_code):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    contact_id: str,
    note_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNoteRequest,
    version: ApiVersion,
) -> Response[BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError]:
    """Update a note

     Changes the fields of a note that are given; none is required.

    Args:
        contact_id (str):
        note_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (UpdateNoteRequest): The fields of a note to change. Example: {'body': 'Sent the
            quote', 'pinned': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        note_id=note_id,
        body=body,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    note_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNoteRequest,
    version: ApiVersion,
) -> BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Update a note

     Changes the fields of a note that are given; none is required.

    Args:
        contact_id (str):
        note_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (UpdateNoteRequest): The fields of a note to change. Example: {'body': 'Sent the
            quote', 'pinned': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        contact_id=contact_id,
        note_id=note_id,
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    note_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNoteRequest,
    version: ApiVersion,
) -> Response[BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError]:
    """Update a note

     Changes the fields of a note that are given; none is required.

    Args:
        contact_id (str):
        note_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (UpdateNoteRequest): The fields of a note to change. Example: {'body': 'Sent the
            quote', 'pinned': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        note_id=note_id,
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    note_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNoteRequest,
    version: ApiVersion,
) -> BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Update a note

     Changes the fields of a note that are given; none is required.

    Args:
        contact_id (str):
        note_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (UpdateNoteRequest): The fields of a note to change. Example: {'body': 'Sent the
            quote', 'pinned': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | NoteResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            note_id=note_id,
            client=client,
            body=body,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_NoteResponse_from_dict = NoteResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
