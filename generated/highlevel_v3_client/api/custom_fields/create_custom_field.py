"""``createCustomField``: POST /locations/{locationId}/customFields; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.create_custom_field_request import CreateCustomFieldRequest
from ...models.custom_field_response import CustomFieldResponse


def build_request(
    location_id: str,
    *,
    body: CreateCustomFieldRequest,
    version: ApiVersion | str,
) -> Request:
    """The ``createCustomField`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, CreateCustomFieldRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise errors.ArgumentError(f"`body`: expected CreateCustomFieldRequest, got {type(body).__name__}")
    return Request(
        method="POST",
        path=f"/locations/{path_segment('location_id', location_id)}/customFields",
        operation_id="createCustomField",
        idempotent=False,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> CustomFieldResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, CustomFieldResponse, acts=True)
