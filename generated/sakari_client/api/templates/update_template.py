"""``updateTemplate``: PUT /accounts/{accountId}/templates/{templateId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request
from contacts_runtime._drift import decode_answer, not_json
from contacts_runtime._request import path_segment

from ...errors import DecodeError
from ...models.error_response import ErrorResponse
from ...models.template_request import TemplateRequest
from ...models.template_response import TemplateResponse
from ...types import json_loads


def build_request(
    account_id: str,
    template_id: str,
    *,
    body: TemplateRequest,
) -> Request:
    """The ``updateTemplate`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, TemplateRequest):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise ValueError(f"`body`: expected TemplateRequest, got {type(body).__name__}")
    return Request(
        method="PUT",
        path=f"/accounts/{path_segment('account_id', account_id)}/templates/{path_segment('template_id', template_id)}",
        operation_id="updateTemplate",
        idempotent=True,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> ErrorResponse | TemplateResponse | None:
    """The body of an answer, parsed with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(response, response_200, TemplateResponse.from_dict, TemplateResponse.__tolerant__)

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
        return decode_answer(response, response_2xx, TemplateResponse.from_dict, TemplateResponse.__tolerant__)

    return None
