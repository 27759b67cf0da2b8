"""``createContact``: POST /contacts/; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.create_contact_request import CreateContactRequest
from ...models.create_contact_response import CreateContactResponse


def build_request(
    *,
    body: CreateContactRequest,
    version: ApiVersion | str,
) -> Request:
    """The ``createContact`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, CreateContactRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise errors.ArgumentError(f"`body`: expected CreateContactRequest, got {type(body).__name__}")
    return Request(
        method="POST",
        path="/contacts/",
        operation_id="createContact",
        idempotent=False,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> CreateContactResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, CreateContactResponse, acts=True)
