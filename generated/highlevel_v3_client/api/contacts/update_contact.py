"""``updateContact``: PUT /contacts/{contactId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.update_contact_request import UpdateContactRequest
from ...models.update_contact_response import UpdateContactResponse


def build_request(
    contact_id: str,
    *,
    body: UpdateContactRequest,
    version: ApiVersion | str,
) -> Request:
    """The ``updateContact`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, UpdateContactRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise errors.ArgumentError(f"`body`: expected UpdateContactRequest, got {type(body).__name__}")
    return Request(
        method="PUT",
        path=f"/contacts/{path_segment('contact_id', contact_id)}",
        operation_id="updateContact",
        idempotent=True,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> UpdateContactResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, UpdateContactResponse, acts=True)
