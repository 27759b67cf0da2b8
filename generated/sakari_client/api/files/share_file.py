"""``shareFile``: POST /tools/sharefile; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request
from contacts_runtime._drift import decode_answer, not_json

from ...errors import DecodeError
from ...models.error_response import ErrorResponse
from ...models.share_file_response import ShareFileResponse
from ...types import json_loads


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
        raise ValueError(f"`body`: expected bytes, got {type(body).__name__}")
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


def parse_response(response: httpx.Response) -> ErrorResponse | ShareFileResponse | None:
    """The body of an answer, parsed with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(response, response_200, ShareFileResponse.from_dict, ShareFileResponse.__tolerant__)

    if 400 <= response.status_code <= 499:
        try:
            response_4xx = json_loads(response.content)
            response_4xx = ErrorResponse.from_dict(response_4xx)

        except DecodeError:
            return None
        except (ValueError, RecursionError):
            return None
        return response_4xx

    if 500 <= response.status_code <= 599:
        try:
            response_5xx = json_loads(response.content)
            response_5xx = ErrorResponse.from_dict(response_5xx)

        except DecodeError:
            return None
        except (ValueError, RecursionError):
            return None
        return response_5xx

    if 200 <= response.status_code <= 299:
        # A success status the spec does not list: its body is parsed as the documented success's.
        try:
            response_2xx = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(response, response_2xx, ShareFileResponse.from_dict, ShareFileResponse.__tolerant__)

    return None
