"""``getDuplicateContact``: GET /contacts/search/duplicate; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import enum_value
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.duplicate_contact_response import DuplicateContactResponse
from ...types import UNSET, Unset


def build_request(
    *,
    location_id: str,
    number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    version: ApiVersion | str,
) -> Request:
    """The ``getDuplicateContact`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    params["locationId"] = location_id
    if not isinstance(number, Unset):
        params["number"] = number
    if not isinstance(email, Unset):
        params["email"] = email
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    return Request(
        method="GET",
        path="/contacts/search/duplicate",
        operation_id="getDuplicateContact",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> DuplicateContactResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, DuplicateContactResponse)
