from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.create_contact_request import CreateContactRequest
from ...models.create_contact_response import CreateContactResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: CreateContactRequest,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (
        (status_code == 200)
        or (status_code == 201)
        or (status_code == 400)
        or (status_code == 401)
        or (status_code == 422)
    )


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _CreateContactResponse_from_dict(response_200)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_200

    if response.status_code == 201:
        try:
            response_201 = json_loads(response.content)
            response_201 = _CreateContactResponse_from_dict(response_201)

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
            response_2xx = _CreateContactResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError]:
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
    body: CreateContactRequest,
    version: ApiVersion,
) -> Response[BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError]:
    """Create contact

     Creates a contact in a location. The documentation page answers 200; HighLevel's own
    OpenAPI description answers 201. Both are declared, with the same body.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (CreateContactRequest): The contact to create. `locationId` is required. Example:
            {'firstName': 'Rosan', 'lastName': 'Deo', 'name': 'Rosan Deo', 'email': 'rosan@deos.com',
            'locationId': 've9EPM428h8vShlRW1KT', 'gender': 'male', 'phone': '+1 888-888-8888',
            'address1': '3535 1st St N', 'city': 'Dolomite', 'state': 'AL', 'postalCode': '35061',
            'website': 'https://www.tesla.com', 'timezone': 'America/Chihuahua', 'dnd': True,
            'dndSettings': {'Call': {'status': 'active', 'message': 'Call opted out', 'code':
            'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code': ''}, 'SMS': {'status':
            'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status':
            'inactive', 'message': '', 'code': ''}, 'GMB': {'status': 'inactive', 'message': '',
            'code': ''}, 'FB': {'status': 'active', 'message': 'Blocked on Messenger', 'code':
            'FB-1'}}, 'inboundDndSettings': {'all': {'status': 'active', 'message': 'No inbound
            messages'}}, 'tags': ['nisi sint commodo amet', 'consequat'], 'customFields': [{'id':
            '6dvNaf7VhkQ9snc5vnjJ', 'key': 'my_custom_field', 'field_value': 'My Text'}], 'source':
            'public api', 'country': 'US', 'companyName': 'DGS VolMAX', 'assignedTo':
            'y0BeYjuRIlDwsDcOHOJo'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError]
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
    body: CreateContactRequest,
    version: ApiVersion,
) -> BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Create contact

     Creates a contact in a location. The documentation page answers 200; HighLevel's own
    OpenAPI description answers 201. Both are declared, with the same body.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (CreateContactRequest): The contact to create. `locationId` is required. Example:
            {'firstName': 'Rosan', 'lastName': 'Deo', 'name': 'Rosan Deo', 'email': 'rosan@deos.com',
            'locationId': 've9EPM428h8vShlRW1KT', 'gender': 'male', 'phone': '+1 888-888-8888',
            'address1': '3535 1st St N', 'city': 'Dolomite', 'state': 'AL', 'postalCode': '35061',
            'website': 'https://www.tesla.com', 'timezone': 'America/Chihuahua', 'dnd': True,
            'dndSettings': {'Call': {'status': 'active', 'message': 'Call opted out', 'code':
            'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code': ''}, 'SMS': {'status':
            'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status':
            'inactive', 'message': '', 'code': ''}, 'GMB': {'status': 'inactive', 'message': '',
            'code': ''}, 'FB': {'status': 'active', 'message': 'Blocked on Messenger', 'code':
            'FB-1'}}, 'inboundDndSettings': {'all': {'status': 'active', 'message': 'No inbound
            messages'}}, 'tags': ['nisi sint commodo amet', 'consequat'], 'customFields': [{'id':
            '6dvNaf7VhkQ9snc5vnjJ', 'key': 'my_custom_field', 'field_value': 'My Text'}], 'source':
            'public api', 'country': 'US', 'companyName': 'DGS VolMAX', 'assignedTo':
            'y0BeYjuRIlDwsDcOHOJo'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactRequest,
    version: ApiVersion,
) -> Response[BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError]:
    """Create contact

     Creates a contact in a location. The documentation page answers 200; HighLevel's own
    OpenAPI description answers 201. Both are declared, with the same body.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (CreateContactRequest): The contact to create. `locationId` is required. Example:
            {'firstName': 'Rosan', 'lastName': 'Deo', 'name': 'Rosan Deo', 'email': 'rosan@deos.com',
            'locationId': 've9EPM428h8vShlRW1KT', 'gender': 'male', 'phone': '+1 888-888-8888',
            'address1': '3535 1st St N', 'city': 'Dolomite', 'state': 'AL', 'postalCode': '35061',
            'website': 'https://www.tesla.com', 'timezone': 'America/Chihuahua', 'dnd': True,
            'dndSettings': {'Call': {'status': 'active', 'message': 'Call opted out', 'code':
            'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code': ''}, 'SMS': {'status':
            'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status':
            'inactive', 'message': '', 'code': ''}, 'GMB': {'status': 'inactive', 'message': '',
            'code': ''}, 'FB': {'status': 'active', 'message': 'Blocked on Messenger', 'code':
            'FB-1'}}, 'inboundDndSettings': {'all': {'status': 'active', 'message': 'No inbound
            messages'}}, 'tags': ['nisi sint commodo amet', 'consequat'], 'customFields': [{'id':
            '6dvNaf7VhkQ9snc5vnjJ', 'key': 'my_custom_field', 'field_value': 'My Text'}], 'source':
            'public api', 'country': 'US', 'companyName': 'DGS VolMAX', 'assignedTo':
            'y0BeYjuRIlDwsDcOHOJo'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError]
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
    body: CreateContactRequest,
    version: ApiVersion,
) -> BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Create contact

     Creates a contact in a location. The documentation page answers 200; HighLevel's own
    OpenAPI description answers 201. Both are declared, with the same body.

    Args:
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.
        body (CreateContactRequest): The contact to create. `locationId` is required. Example:
            {'firstName': 'Rosan', 'lastName': 'Deo', 'name': 'Rosan Deo', 'email': 'rosan@deos.com',
            'locationId': 've9EPM428h8vShlRW1KT', 'gender': 'male', 'phone': '+1 888-888-8888',
            'address1': '3535 1st St N', 'city': 'Dolomite', 'state': 'AL', 'postalCode': '35061',
            'website': 'https://www.tesla.com', 'timezone': 'America/Chihuahua', 'dnd': True,
            'dndSettings': {'Call': {'status': 'active', 'message': 'Call opted out', 'code':
            'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code': ''}, 'SMS': {'status':
            'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status':
            'inactive', 'message': '', 'code': ''}, 'GMB': {'status': 'inactive', 'message': '',
            'code': ''}, 'FB': {'status': 'active', 'message': 'Blocked on Messenger', 'code':
            'FB-1'}}, 'inboundDndSettings': {'all': {'status': 'active', 'message': 'No inbound
            messages'}}, 'tags': ['nisi sint commodo amet', 'consequat'], 'customFields': [{'id':
            '6dvNaf7VhkQ9snc5vnjJ', 'key': 'my_custom_field', 'field_value': 'My Text'}], 'source':
            'public api', 'country': 'US', 'companyName': 'DGS VolMAX', 'assignedTo':
            'y0BeYjuRIlDwsDcOHOJo'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | CreateContactResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_CreateContactResponse_from_dict = CreateContactResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
