"""``createContact``: POST /accounts/{accountId}/contacts; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._drift import decode_first_match, not_json
from contacts_runtime._request import path_segment

from ...errors import DecodeError
from ...models.contact_import_response import ContactImportResponse
from ...models.contact_request import ContactRequest
from ...models.contacts_response import ContactsResponse
from ...models.error_response import ErrorResponse
from ...models.merge_strategy import MergeStrategy
from ...types import UNSET, Unset, json_loads


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
        raise ValueError(f"`body`: expected ContactRequest or bytes, got {type(body).__name__}")
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


def parse_response(response: httpx.Response) -> ContactImportResponse | ContactsResponse | ErrorResponse | None:
    """The body of an answer, parsed with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            if isinstance(response_200, dict):
                response_200 = decode_first_match(
                    (ContactsResponse.from_dict, ContactImportResponse.from_dict), response_200
                )

            else:
                raise DecodeError("object", response_200, None)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except (ValueError, RecursionError):
            raise not_json(response) from None
        response_200_parsed: ContactImportResponse | ContactsResponse = response_200
        return response_200_parsed

    if response.status_code == 201:
        try:
            response_201 = json_loads(response.content)
            if isinstance(response_201, dict):
                response_201 = decode_first_match(
                    (ContactsResponse.from_dict, ContactImportResponse.from_dict), response_201
                )

            else:
                raise DecodeError("object", response_201, None)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except (ValueError, RecursionError):
            raise not_json(response) from None
        response_201_parsed: ContactImportResponse | ContactsResponse = response_201
        return response_201_parsed

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
            if isinstance(response_2xx, dict):
                response_2xx = decode_first_match(
                    (ContactsResponse.from_dict, ContactImportResponse.from_dict), response_2xx
                )

            else:
                raise DecodeError("object", response_2xx, None)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except (ValueError, RecursionError):
            raise not_json(response) from None
        response_2xx_parsed: ContactImportResponse | ContactsResponse = response_2xx
        return response_2xx_parsed

    return None
