"""``fetchToken``: POST /oauth2/token; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors

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
            response_200 = _TokenResponse_from_dict(response_200)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_200

    if 400 <= response.status_code <= 499:
        try:
            response_4xx = json_loads(response.content)
            response_4xx = _ErrorResponse_from_dict(response_4xx)

        except DecodeError:
            return None
        except ValueError:
            return None
        return response_4xx

    if 500 <= response.status_code <= 599:
        try:
            response_5xx = json_loads(response.content)
            response_5xx = _ErrorResponse_from_dict(response_5xx)

        except DecodeError:
            return None
        except ValueError:
            return None
        return response_5xx

    if 200 <= response.status_code <= 299:
        # A success status the spec does not list: its body is parsed as the documented success's.
        try:
            response_2xx = json_loads(response.content)
            response_2xx = _TokenResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


_ErrorResponse_from_dict = ErrorResponse.from_dict
_TokenResponse_from_dict = TokenResponse.from_dict
