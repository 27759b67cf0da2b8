"""``deleteLocationTag``: DELETE /locations/{locationId}/tags/{tagId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.succeeded_response import SucceededResponse


def build_request(
    location_id: str,
    tag_id: str,
    *,
    version: ApiVersion | str,
) -> Request:
    """The ``deleteLocationTag`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    return Request(
        method="DELETE",
        path=f"/locations/{path_segment('location_id', location_id)}/tags/{path_segment('tag_id', tag_id)}",
        operation_id="deleteLocationTag",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> SucceededResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, SucceededResponse, acts=True)
