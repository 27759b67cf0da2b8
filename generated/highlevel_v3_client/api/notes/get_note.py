"""``getNote``: GET /contacts/{contactId}/notes/{noteId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.note_response import NoteResponse


def build_request(
    contact_id: str,
    note_id: str,
    *,
    version: ApiVersion | str,
) -> Request:
    """The ``getNote`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    return Request(
        method="GET",
        path=f"/contacts/{path_segment('contact_id', contact_id)}/notes/{path_segment('note_id', note_id)}",
        operation_id="getNote",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> NoteResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, NoteResponse)
