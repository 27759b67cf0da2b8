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
from ...types import Response, json_loads


def _get_kwargs(
    contact_id: str,
    campaign_id: str,
    *,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/{contact_id}/campaigns/{campaign_id}".format(
            contact_id=quote(str(contact_id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 201) or (status_code == 400) or (status_code == 401) or (status_code == 422)


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 201:
        try:
            response_201 = json_loads(response.content)
            response_201 = _SucceededResponse_from_dict(response_201)

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
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: ApiVersion,
) -> Response[BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError]:
    """Add a contact to a campaign

     Starts the campaign for the contact, which may send it messages: never retried.

    The reference requires a JSON body whose schema has no fields (`CampaignEnrollmentRequest`
    below). The generator cannot yet build a facade method for a body without fields, so the
    body is left out here and none is sent; `x-sdk-empty-json-body` asks for `{}` to be sent
    once it can.

    Args:
        contact_id (str):
        campaign_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        campaign_id=campaign_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: ApiVersion,
) -> BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Add a contact to a campaign

     Starts the campaign for the contact, which may send it messages: never retried.

    The reference requires a JSON body whose schema has no fields (`CampaignEnrollmentRequest`
    below). The generator cannot yet build a facade method for a body without fields, so the
    body is left out here and none is sent; `x-sdk-empty-json-body` asks for `{}` to be sent
    once it can.

    Args:
        contact_id (str):
        campaign_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        contact_id=contact_id,
        campaign_id=campaign_id,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: ApiVersion,
) -> Response[BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError]:
    """Add a contact to a campaign

     Starts the campaign for the contact, which may send it messages: never retried.

    The reference requires a JSON body whose schema has no fields (`CampaignEnrollmentRequest`
    below). The generator cannot yet build a facade method for a body without fields, so the
    body is left out here and none is sent; `x-sdk-empty-json-body` asks for `{}` to be sent
    once it can.

    Args:
        contact_id (str):
        campaign_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        campaign_id=campaign_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: ApiVersion,
) -> BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Add a contact to a campaign

     Starts the campaign for the contact, which may send it messages: never retried.

    The reference requires a JSON body whose schema has no fields (`CampaignEnrollmentRequest`
    below). The generator cannot yet build a facade method for a body without fields, so the
    body is left out here and none is sent; `x-sdk-empty-json-body` asks for `{}` to be sent
    once it can.

    Args:
        contact_id (str):
        campaign_id (str):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | SucceededResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            campaign_id=campaign_id,
            client=client,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_SucceededResponse_from_dict = SucceededResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
