"""``listCustomFields``: GET /locations/{locationId}/customFields; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.custom_fields_response import CustomFieldsResponse
from ...models.list_custom_fields_model import ListCustomFieldsModel
from ...types import UNSET, Unset


def build_request(
    location_id: str,
    *,
    model: ListCustomFieldsModel | str | Unset = UNSET,
    version: ApiVersion | str,
) -> Request:
    """The ``listCustomFields`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    if not isinstance(model, Unset):
        params["model"] = enum_value("model", ListCustomFieldsModel, model)
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    return Request(
        method="GET",
        path=f"/locations/{path_segment('location_id', location_id)}/customFields",
        operation_id="listCustomFields",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> CustomFieldsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, CustomFieldsResponse)
