"""``createContact``: POST /accounts/{accountId}/contacts; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer, parse_one_of

from ...models.contact_import_response import ContactImportResponse
from ...models.contact_request import ContactRequest
from ...models.contacts_response import ContactsResponse
from ...models.merge_strategy import MergeStrategy
from ...types import UNSET, Unset


def build_request(
    account_id: str,
    *,
    body: ContactRequest | bytes,
    merge_strategy: MergeStrategy | str | Unset = UNSET,
) -> Request:
    """The ``createContact`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    if not isinstance(merge_strategy, Unset):
        params["mergeStrategy"] = enum_value("merge_strategy", MergeStrategy, merge_strategy)
    headers: dict[str, str] = {}
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, ContactRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    elif isinstance(body, bytes):
        headers["Content-Type"] = "text/csv"
        content = body
    else:
        raise errors.ArgumentError(f"`body`: expected ContactRequest or bytes, got {type(body).__name__}")
    return Request(
        method="POST",
        path=f"/accounts/{path_segment('account_id', account_id)}/contacts",
        operation_id="createContact",
        idempotent=False,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> ContactImportResponse | ContactsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_one_of(response, (ContactsResponse, ContactImportResponse), acts=True)


def parse_contacts_response(response: httpx.Response) -> ContactsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, ContactsResponse, acts=True)


def parse_contact_import_response(response: httpx.Response) -> ContactImportResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, ContactImportResponse, acts=True)
