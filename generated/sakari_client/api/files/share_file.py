"""``shareFile``: POST /tools/sharefile; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._response import parse_answer

from ...models.share_file_response import ShareFileResponse


def build_request(
    *,
    body: bytes,
) -> Request:
    """The ``shareFile`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, bytes):
        headers["Content-Type"] = "application/octet-stream"
        content = body
    else:
        raise errors.ArgumentError(f"`body`: expected bytes, got {type(body).__name__}")
    return Request(
        method="POST",
        path="/tools/sharefile",
        operation_id="shareFile",
        idempotent=False,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> ShareFileResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, ShareFileResponse, acts=True)
