"""``deleteTask``: DELETE /contacts/{contactId}/tasks/{taskId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import enum_value
from contacts_runtime._drift import decode_answer, not_json
from contacts_runtime._request import path_segment

from ...errors import DecodeError
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.succeeded_response import SucceededResponse
from ...models.unauthorized_error_body import UnauthorizedErrorBody
from ...types import json_loads


def build_request(
    contact_id: str,
    task_id: str,
    *,
    version: ApiVersion | str,
) -> Request:
    """The ``deleteTask`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    return Request(
        method="DELETE",
        path=f"/contacts/{path_segment('contact_id', contact_id)}/tasks/{path_segment('task_id', task_id)}",
        operation_id="deleteTask",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> BadRequestErrorBody | SucceededResponse | UnauthorizedErrorBody | None:
    """The body of an answer, parsed with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(response, response_200, SucceededResponse.from_dict, SucceededResponse.__tolerant__)

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

    if 200 <= response.status_code <= 299:
        # A success status the spec does not list: its body is parsed as the documented success's.
        try:
            response_2xx = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(response, response_2xx, SucceededResponse.from_dict, SucceededResponse.__tolerant__)

    return None
