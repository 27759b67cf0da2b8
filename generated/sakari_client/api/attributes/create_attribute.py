"""``createAttribute``: POST /accounts/{accountId}/attributes/{attributeType}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import NO_BODY, Request, errors
from contacts_runtime._arguments import enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.attribute_created_response import AttributeCreatedResponse
from ...models.attribute_type import AttributeType
from ...models.contact import Contact


def build_request(
    account_id: str,
    attribute_type: AttributeType | str,
    *,
    body: Contact,
) -> Request:
    """The ``createAttribute`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    json: Any = NO_BODY
    form: dict[str, Any] | None = None
    content: bytes | None = None
    if isinstance(body, Contact):
        headers["Content-Type"] = "application/json"
        json = body.to_dict()
    else:
        raise errors.ArgumentError(f"`body`: expected Contact, got {type(body).__name__}")
    return Request(
        method="POST",
        path=f"/accounts/{path_segment('account_id', account_id)}/attributes/{path_segment('attribute_type', enum_value('attribute_type', AttributeType, attribute_type))}",
        operation_id="createAttribute",
        idempotent=False,
        params=params,
        headers=headers,
        json=json,
        form=form,
        content=content,
    )


def parse_response(response: httpx.Response) -> AttributeCreatedResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, AttributeCreatedResponse, acts=True)
