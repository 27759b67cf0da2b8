"""``createNote``: POST /contacts/{contactId}/notes; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.create_note_request import CreateNoteRequest
from ...models.note_response import NoteResponse


def build_request(
    contact_id: str,
    *,
    body: CreateNoteRequest,
    version: ApiVersion | str,
) -> Request:
    """The ``createNote`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, CreateNoteRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise errors.ArgumentError(f"`body`: expected CreateNoteRequest, got {type(body).__name__}")
    return Request(
        method="POST",
        path=f"/contacts/{path_segment('contact_id', contact_id)}/notes",
        operation_id="createNote",
        idempotent=False,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> NoteResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, NoteResponse, acts=True)
