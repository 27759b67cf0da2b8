"""``bulkUpdateTags``: POST /contacts/bulk/tags/update/{action}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.bulk_tags_action import BulkTagsAction
from ...models.bulk_tags_request import BulkTagsRequest
from ...models.bulk_tags_response import BulkTagsResponse


def build_request(
    action: BulkTagsAction | str,
    *,
    body: BulkTagsRequest,
    version: ApiVersion | str,
) -> Request:
    """The ``bulkUpdateTags`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, BulkTagsRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise errors.ArgumentError(f"`body`: expected BulkTagsRequest, got {type(body).__name__}")
    return Request(
        method="POST",
        path=f"/contacts/bulk/tags/update/{path_segment('action', enum_value('action', BulkTagsAction, action))}",
        operation_id="bulkUpdateTags",
        idempotent=False,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> BulkTagsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, BulkTagsResponse, acts=True)
