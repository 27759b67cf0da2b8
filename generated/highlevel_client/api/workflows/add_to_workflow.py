from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.succeeded_response import SucceededResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...models.workflow_enrollment_request import WorkflowEnrollmentRequest
from ...types import Response, json_loads


def _get_kwargs(
    contact_id: str,
    workflow_id: str,
    *,
    body: WorkflowEnrollmentRequest,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/{contact_id}/workflow/{workflow_id}".format(
            contact_id=quote(str(contact_id), safe=""),
            workflow_id=quote(str(workflow_id), safe=""),
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
) -> BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _SucceededResponse_from_dict(response_200)

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
            response_2xx = _SucceededResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError]:
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
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowEnrollmentRequest,
    version: ApiVersion,
) -> Response[BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError]:
    """Add a contact to a workflow

     Enrols the contact in a workflow, optionally from `eventStartTime` on. The workflow
    may send messages, so the call is never retried. Unlike most creating calls, the
    reference answers 200, not 201.

    Args:
        contact_id (str):
        workflow_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (WorkflowEnrollmentRequest): When the contact's run of the workflow starts. Example:
            {'eventStartTime': '2021-06-23T03:30:00+01:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        workflow_id=workflow_id,
        body=body,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowEnrollmentRequest,
    version: ApiVersion,
) -> BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Add a contact to a workflow

     Enrols the contact in a workflow, optionally from `eventStartTime` on. The workflow
    may send messages, so the call is never retried. Unlike most creating calls, the
    reference answers 200, not 201.

    Args:
        contact_id (str):
        workflow_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (WorkflowEnrollmentRequest): When the contact's run of the workflow starts. Example:
            {'eventStartTime': '2021-06-23T03:30:00+01:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        contact_id=contact_id,
        workflow_id=workflow_id,
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowEnrollmentRequest,
    version: ApiVersion,
) -> Response[BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError]:
    """Add a contact to a workflow

     Enrols the contact in a workflow, optionally from `eventStartTime` on. The workflow
    may send messages, so the call is never retried. Unlike most creating calls, the
    reference answers 200, not 201.

    Args:
        contact_id (str):
        workflow_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (WorkflowEnrollmentRequest): When the contact's run of the workflow starts. Example:
            {'eventStartTime': '2021-06-23T03:30:00+01:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        workflow_id=workflow_id,
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowEnrollmentRequest,
    version: ApiVersion,
) -> BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Add a contact to a workflow

     Enrols the contact in a workflow, optionally from `eventStartTime` on. The workflow
    may send messages, so the call is never retried. Unlike most creating calls, the
    reference answers 200, not 201.

    Args:
        contact_id (str):
        workflow_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (WorkflowEnrollmentRequest): When the contact's run of the workflow starts. Example:
            {'eventStartTime': '2021-06-23T03:30:00+01:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            workflow_id=workflow_id,
            client=client,
            body=body,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_SucceededResponse_from_dict = SucceededResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
