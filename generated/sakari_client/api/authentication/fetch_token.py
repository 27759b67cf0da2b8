"""``fetchToken``: POST /oauth2/token; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request
from contacts_runtime._drift import decode_answer, not_json

from ...errors import DecodeError
from ...models.error_response import ErrorResponse
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import json_loads


def build_request(
    *,
    body: TokenRequest,
) -> Request:
    """The ``fetchToken`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, TokenRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise ValueError(f"`body`: expected TokenRequest, got {type(body).__name__}")
    return Request(
        method="POST",
        path="/oauth2/token",
        operation_id="fetchToken",
        idempotent=False,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> ErrorResponse | TokenResponse | None:
    """The body of an answer, parsed with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(response, response_200, TokenResponse.from_dict, TokenResponse.__tolerant__)

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
        return decode_answer(response, response_2xx, TokenResponse.from_dict, TokenResponse.__tolerant__)

    return None
