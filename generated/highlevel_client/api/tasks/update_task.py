"""``updateTask``: PUT /contacts/{contactId}/tasks/{taskId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.task_response import TaskResponse
from ...models.update_task_request import UpdateTaskRequest


def build_request(
    contact_id: str,
    task_id: str,
    *,
    body: UpdateTaskRequest,
    version: ApiVersion | str,
) -> Request:
    """The ``updateTask`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, UpdateTaskRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise errors.ArgumentError(f"`body`: expected UpdateTaskRequest, got {type(body).__name__}")
    return Request(
        method="PUT",
        path=f"/contacts/{path_segment('contact_id', contact_id)}/tasks/{path_segment('task_id', task_id)}",
        operation_id="updateTask",
        idempotent=True,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> TaskResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, TaskResponse, acts=True)
