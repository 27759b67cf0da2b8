"""``listBusinessContacts``: GET /contacts/business/{businessId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import check_range, enum_value
from contacts_runtime._drift import decode_answer, not_json
from contacts_runtime._request import path_segment

from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.business_contacts_response import BusinessContactsResponse
from ...models.unauthorized_error_body import UnauthorizedErrorBody
from ...models.unprocessable_entity_error_body import UnprocessableEntityErrorBody
from ...types import UNSET, Unset, json_loads


def build_request(
    business_id: str,
    *,
    location_id: str,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    query: str | Unset = UNSET,
    version: ApiVersion | str,
) -> Request:
    """The ``listBusinessContacts`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    check_range("limit", limit, minimum=1)
    check_range("skip", skip, minimum=0)
    params: dict[str, Any] = {}
    params["locationId"] = location_id
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(skip, Unset):
        params["skip"] = skip
    if not isinstance(query, Unset):
        params["query"] = query
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    return Request(
        method="GET",
        path=f"/contacts/business/{path_segment('business_id', business_id)}",
        operation_id="listBusinessContacts",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(
    response: httpx.Response,
) -> BadRequestErrorBody | BusinessContactsResponse | UnauthorizedErrorBody | UnprocessableEntityErrorBody | None:
    """The body of an answer, parsed with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(
            response, response_200, BusinessContactsResponse.from_dict, BusinessContactsResponse.__tolerant__
        )

    if response.status_code == 400:
        try:
            response_400 = json_loads(response.content)
            response_400 = BadRequestErrorBody.from_dict(response_400)

        except DecodeError:
            return None
        except (ValueError, RecursionError):
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = json_loads(response.content)
            response_401 = UnauthorizedErrorBody.from_dict(response_401)

        except DecodeError:
            return None
        except (ValueError, RecursionError):
            return None
        return response_401

    if response.status_code == 422:
        try:
            response_422 = json_loads(response.content)
            response_422 = UnprocessableEntityErrorBody.from_dict(response_422)

        except DecodeError:
            return None
        except (ValueError, RecursionError):
            return None
        return response_422

    if 200 <= response.status_code <= 299:
        # A success status the spec does not list: its body is parsed as the documented success's.
        try:
            response_2xx = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(
            response, response_2xx, BusinessContactsResponse.from_dict, BusinessContactsResponse.__tolerant__
        )

    return None
