"""``removeFromWorkflow``: DELETE /contacts/{contactId}/workflow/{workflowId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.succeeded_response import SucceededResponse
from ...models.workflow_enrollment_request import WorkflowEnrollmentRequest


def build_request(
    contact_id: str,
    workflow_id: str,
    *,
    body: WorkflowEnrollmentRequest,
    version: ApiVersion | str,
) -> Request:
    """The ``removeFromWorkflow`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, WorkflowEnrollmentRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise errors.ArgumentError(f"`body`: expected WorkflowEnrollmentRequest, got {type(body).__name__}")
    return Request(
        method="DELETE",
        path=f"/contacts/{path_segment('contact_id', contact_id)}/workflow/{path_segment('workflow_id', workflow_id)}",
        operation_id="removeFromWorkflow",
        idempotent=True,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> SucceededResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, SucceededResponse, acts=True)
