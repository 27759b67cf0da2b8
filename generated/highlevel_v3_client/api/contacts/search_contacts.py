"""``searchContacts``: POST /contacts/search; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import check_range, enum_value
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.search_contacts_request import SearchContactsRequest
from ...models.search_contacts_response import SearchContactsResponse


def build_request(
    *,
    body: SearchContactsRequest,
    version: ApiVersion | str,
) -> Request:
    """The ``searchContacts`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    if isinstance(body, SearchContactsRequest):
        check_range("page_limit", body.page_limit, minimum=1, maximum=500)
        check_range("page", body.page, minimum=1)
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, SearchContactsRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise errors.ArgumentError(f"`body`: expected SearchContactsRequest, got {type(body).__name__}")
    return Request(
        method="POST",
        path="/contacts/search",
        operation_id="searchContacts",
        idempotent=True,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> SearchContactsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, SearchContactsResponse)
