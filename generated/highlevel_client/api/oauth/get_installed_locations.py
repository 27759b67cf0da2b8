from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.installed_locations_response import InstalledLocationsResponse
from ...models.unauthorized_error import UnauthorizedError
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    company_id: str,
    app_id: str,
    skip: str | Unset = "0",
    limit: str | Unset = "20",
    query: str | Unset = UNSET,
    is_installed: bool | Unset = UNSET,
    version_id: str | Unset = UNSET,
    on_trial: bool | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    params: dict[str, Any] = {}

    params["companyId"] = company_id

    params["appId"] = app_id

    params["skip"] = skip

    params["limit"] = limit

    params["query"] = query

    params["isInstalled"] = is_installed

    params["versionId"] = version_id

    params["onTrial"] = on_trial

    params["planId"] = plan_id

    params["locationId"] = location_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/installedLocations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 400) or (status_code == 401) or (status_code == 422)


def _parse_response(
    response: httpx.Response,
) -> BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _InstalledLocationsResponse_from_dict(response_200)

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
            response_2xx = _InstalledLocationsResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError]:
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
    company_id: str,
    app_id: str,
    skip: str | Unset = "0",
    limit: str | Unset = "20",
    query: str | Unset = UNSET,
    is_installed: bool | Unset = UNSET,
    version_id: str | Unset = UNSET,
    on_trial: bool | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    version: ApiVersion,
) -> Response[BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError]:
    """List the locations an app is installed on

     Lists the locations of a company, with whether the app is installed on each, using the
    company's agency token. `skip` and `limit` are sent as strings, as HighLevel describes
    them. Internal until the facade has an agency-token client: its optional `locationId`
    filter must not be filled from a location client's `location_id`.

    Args:
        company_id (str):
        app_id (str):
        skip (str | Unset):  Default: '0'.
        limit (str | Unset):  Default: '20'.
        query (str | Unset):
        is_installed (bool | Unset):
        version_id (str | Unset):
        on_trial (bool | Unset):
        plan_id (str | Unset):
        location_id (str | Unset):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        app_id=app_id,
        skip=skip,
        limit=limit,
        query=query,
        is_installed=is_installed,
        version_id=version_id,
        on_trial=on_trial,
        plan_id=plan_id,
        location_id=location_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    company_id: str,
    app_id: str,
    skip: str | Unset = "0",
    limit: str | Unset = "20",
    query: str | Unset = UNSET,
    is_installed: bool | Unset = UNSET,
    version_id: str | Unset = UNSET,
    on_trial: bool | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    version: ApiVersion,
) -> BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """List the locations an app is installed on

     Lists the locations of a company, with whether the app is installed on each, using the
    company's agency token. `skip` and `limit` are sent as strings, as HighLevel describes
    them. Internal until the facade has an agency-token client: its optional `locationId`
    filter must not be filled from a location client's `location_id`.

    Args:
        company_id (str):
        app_id (str):
        skip (str | Unset):  Default: '0'.
        limit (str | Unset):  Default: '20'.
        query (str | Unset):
        is_installed (bool | Unset):
        version_id (str | Unset):
        on_trial (bool | Unset):
        plan_id (str | Unset):
        location_id (str | Unset):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
        app_id=app_id,
        skip=skip,
        limit=limit,
        query=query,
        is_installed=is_installed,
        version_id=version_id,
        on_trial=on_trial,
        plan_id=plan_id,
        location_id=location_id,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    company_id: str,
    app_id: str,
    skip: str | Unset = "0",
    limit: str | Unset = "20",
    query: str | Unset = UNSET,
    is_installed: bool | Unset = UNSET,
    version_id: str | Unset = UNSET,
    on_trial: bool | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    version: ApiVersion,
) -> Response[BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError]:
    """List the locations an app is installed on

     Lists the locations of a company, with whether the app is installed on each, using the
    company's agency token. `skip` and `limit` are sent as strings, as HighLevel describes
    them. Internal until the facade has an agency-token client: its optional `locationId`
    filter must not be filled from a location client's `location_id`.

    Args:
        company_id (str):
        app_id (str):
        skip (str | Unset):  Default: '0'.
        limit (str | Unset):  Default: '20'.
        query (str | Unset):
        is_installed (bool | Unset):
        version_id (str | Unset):
        on_trial (bool | Unset):
        plan_id (str | Unset):
        location_id (str | Unset):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        app_id=app_id,
        skip=skip,
        limit=limit,
        query=query,
        is_installed=is_installed,
        version_id=version_id,
        on_trial=on_trial,
        plan_id=plan_id,
        location_id=location_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    company_id: str,
    app_id: str,
    skip: str | Unset = "0",
    limit: str | Unset = "20",
    query: str | Unset = UNSET,
    is_installed: bool | Unset = UNSET,
    version_id: str | Unset = UNSET,
    on_trial: bool | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    version: ApiVersion,
) -> BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError | None:
    """List the locations an app is installed on

     Lists the locations of a company, with whether the app is installed on each, using the
    company's agency token. `skip` and `limit` are sent as strings, as HighLevel describes
    them. Internal until the facade has an agency-token client: its optional `locationId`
    filter must not be filled from a location client's `location_id`.

    Args:
        company_id (str):
        app_id (str):
        skip (str | Unset):  Default: '0'.
        limit (str | Unset):  Default: '20'.
        query (str | Unset):
        is_installed (bool | Unset):
        version_id (str | Unset):
        on_trial (bool | Unset):
        plan_id (str | Unset):
        location_id (str | Unset):
        version (ApiVersion): Value of the `Version` header. The documentation page allows
            `2021-04-15`; HighLevel's
            own OpenAPI description names `2021-07-28`.
             Example: 2021-07-28.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | InstalledLocationsResponse | UnauthorizedError | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            app_id=app_id,
            skip=skip,
            limit=limit,
            query=query,
            is_installed=is_installed,
            version_id=version_id,
            on_trial=on_trial,
            plan_id=plan_id,
            location_id=location_id,
            version=version,
        )
    ).parsed


_BadRequestError_from_dict = BadRequestError.from_dict
_InstalledLocationsResponse_from_dict = InstalledLocationsResponse.from_dict
_UnauthorizedError_from_dict = UnauthorizedError.from_dict
_UnprocessableEntityError_from_dict = UnprocessableEntityError.from_dict
