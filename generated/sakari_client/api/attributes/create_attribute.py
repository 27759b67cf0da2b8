from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.attribute_created_response import AttributeCreatedResponse
from ...models.attribute_type import AttributeType
from ...models.contact import Contact
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads


def _get_kwargs(
    account_id: str,
    attribute_type: AttributeType,
    *,
    body: Contact,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/attributes/{attribute_type}".format(
            account_id=quote(str(account_id), safe=""),
            attribute_type=quote(str(attribute_type), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _is_documented(status_code: int) -> bool:
    return (status_code == 200) or (status_code == 201) or (400 <= status_code <= 499) or (500 <= status_code <= 599)


def _parse_response(response: httpx.Response) -> AttributeCreatedResponse | ErrorResponse | None:
    """Parse the body of an answer with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
            response_200 = _AttributeCreatedResponse_from_dict(response_200)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_200

    if response.status_code == 201:
        try:
            response_201 = json_loads(response.content)
            response_201 = _AttributeCreatedResponse_from_dict(response_201)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_201

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
            response_2xx = _AttributeCreatedResponse_from_dict(response_2xx)

        except DecodeError as error:
            raise errors.APIResponseValidationError(response, error) from None
        except ValueError:
            raise errors.APIResponseValidationError(response, DecodeError("a JSON body", errors.NOT_JSON)) from None
        return response_2xx

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttributeCreatedResponse | ErrorResponse]:
    if client.raise_on_unexpected_status and not _is_documented(response.status_code):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    account_id: str,
    attribute_type: AttributeType,
    *,
    client: AuthenticatedClient | Client,
    body: Contact,
) -> Response[AttributeCreatedResponse | ErrorResponse]:
    """Create custom attribute

     Creates a custom attribute. The vendor's documentation page for this operation is a
    copy-and-paste mix-up: it shows a contact object as the request body and
    `{"success", "data": {"amount", "below"}}` as the answer. Both are described here
    exactly as documented, so that what the page shows is what the client sends and parses.

    Args:
        account_id (str):
        attribute_type (AttributeType): Kind of record a custom attribute extends. Example:
            contacts.
        body (Contact): A contact. The documentation samples mangle some e-mail values to `[email
            protected]`;
            e-mail fields are therefore plain strings. Every field is optional: the pages mark none
            as required.
             Example: {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName':
            'Bloggs', 'mobile': {'country': '<string>', 'number': '123-456-7890', 'verified':
            '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'}, 'lists': [{'id': '<string>',
            'name': '<string>', 'source': {'id': '<string>', 'integration': '<string>', 'lastSynced':
            '<string>'}, 'keyword': '<string>', 'doubleOptIn': {'enabled': True, 'prompt':
            '<string>'}, 'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>',
            'comparator': '<string>', 'value': ['<string>']}], 'list': '<string>', 'valid': True,
            'invalid': True, 'blocked': True, 'unblocked': True, 'optIn': True}, 'optInConfirmation':
            '<string>', 'optIn': '2023-11-07T05:31:56Z', 'optOut': '2023-11-07T05:31:56Z'}],
            'attributes': {}, 'optIn': '2023-11-07T05:31:56Z', 'blocked': '2023-11-07T05:31:56Z',
            'activecampaign': {'id': 123}, 'hubspot': {'id': 123}, 'pipedrive': {'id': 123}, 'valid':
            True, 'error': {'code': 'CONT-010', 'description': 'Contact has requested no further
            communication'}, 'created': {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>',
            'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs', 'email': 'joe@bloggs.com',
            'source': '<string>', 'subSource': '<string>'}}, 'updated': {'at': '2023-11-07T05:31:56Z',
            'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeCreatedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        attribute_type=attribute_type,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    attribute_type: AttributeType,
    *,
    client: AuthenticatedClient | Client,
    body: Contact,
) -> AttributeCreatedResponse | ErrorResponse | None:
    """Create custom attribute

     Creates a custom attribute. The vendor's documentation page for this operation is a
    copy-and-paste mix-up: it shows a contact object as the request body and
    `{"success", "data": {"amount", "below"}}` as the answer. Both are described here
    exactly as documented, so that what the page shows is what the client sends and parses.

    Args:
        account_id (str):
        attribute_type (AttributeType): Kind of record a custom attribute extends. Example:
            contacts.
        body (Contact): A contact. The documentation samples mangle some e-mail values to `[email
            protected]`;
            e-mail fields are therefore plain strings. Every field is optional: the pages mark none
            as required.
             Example: {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName':
            'Bloggs', 'mobile': {'country': '<string>', 'number': '123-456-7890', 'verified':
            '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'}, 'lists': [{'id': '<string>',
            'name': '<string>', 'source': {'id': '<string>', 'integration': '<string>', 'lastSynced':
            '<string>'}, 'keyword': '<string>', 'doubleOptIn': {'enabled': True, 'prompt':
            '<string>'}, 'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>',
            'comparator': '<string>', 'value': ['<string>']}], 'list': '<string>', 'valid': True,
            'invalid': True, 'blocked': True, 'unblocked': True, 'optIn': True}, 'optInConfirmation':
            '<string>', 'optIn': '2023-11-07T05:31:56Z', 'optOut': '2023-11-07T05:31:56Z'}],
            'attributes': {}, 'optIn': '2023-11-07T05:31:56Z', 'blocked': '2023-11-07T05:31:56Z',
            'activecampaign': {'id': 123}, 'hubspot': {'id': 123}, 'pipedrive': {'id': 123}, 'valid':
            True, 'error': {'code': 'CONT-010', 'description': 'Contact has requested no further
            communication'}, 'created': {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>',
            'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs', 'email': 'joe@bloggs.com',
            'source': '<string>', 'subSource': '<string>'}}, 'updated': {'at': '2023-11-07T05:31:56Z',
            'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeCreatedResponse | ErrorResponse
    """

    return sync_detailed(
        account_id=account_id,
        attribute_type=attribute_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    attribute_type: AttributeType,
    *,
    client: AuthenticatedClient | Client,
    body: Contact,
) -> Response[AttributeCreatedResponse | ErrorResponse]:
    """Create custom attribute

     Creates a custom attribute. The vendor's documentation page for this operation is a
    copy-and-paste mix-up: it shows a contact object as the request body and
    `{"success", "data": {"amount", "below"}}` as the answer. Both are described here
    exactly as documented, so that what the page shows is what the client sends and parses.

    Args:
        account_id (str):
        attribute_type (AttributeType): Kind of record a custom attribute extends. Example:
            contacts.
        body (Contact): A contact. The documentation samples mangle some e-mail values to `[email
            protected]`;
            e-mail fields are therefore plain strings. Every field is optional: the pages mark none
            as required.
             Example: {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName':
            'Bloggs', 'mobile': {'country': '<string>', 'number': '123-456-7890', 'verified':
            '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'}, 'lists': [{'id': '<string>',
            'name': '<string>', 'source': {'id': '<string>', 'integration': '<string>', 'lastSynced':
            '<string>'}, 'keyword': '<string>', 'doubleOptIn': {'enabled': True, 'prompt':
            '<string>'}, 'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>',
            'comparator': '<string>', 'value': ['<string>']}], 'list': '<string>', 'valid': True,
            'invalid': True, 'blocked': True, 'unblocked': True, 'optIn': True}, 'optInConfirmation':
            '<string>', 'optIn': '2023-11-07T05:31:56Z', 'optOut': '2023-11-07T05:31:56Z'}],
            'attributes': {}, 'optIn': '2023-11-07T05:31:56Z', 'blocked': '2023-11-07T05:31:56Z',
            'activecampaign': {'id': 123}, 'hubspot': {'id': 123}, 'pipedrive': {'id': 123}, 'valid':
            True, 'error': {'code': 'CONT-010', 'description': 'Contact has requested no further
            communication'}, 'created': {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>',
            'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs', 'email': 'joe@bloggs.com',
            'source': '<string>', 'subSource': '<string>'}}, 'updated': {'at': '2023-11-07T05:31:56Z',
            'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeCreatedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        attribute_type=attribute_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    attribute_type: AttributeType,
    *,
    client: AuthenticatedClient | Client,
    body: Contact,
) -> AttributeCreatedResponse | ErrorResponse | None:
    """Create custom attribute

     Creates a custom attribute. The vendor's documentation page for this operation is a
    copy-and-paste mix-up: it shows a contact object as the request body and
    `{"success", "data": {"amount", "below"}}` as the answer. Both are described here
    exactly as documented, so that what the page shows is what the client sends and parses.

    Args:
        account_id (str):
        attribute_type (AttributeType): Kind of record a custom attribute extends. Example:
            contacts.
        body (Contact): A contact. The documentation samples mangle some e-mail values to `[email
            protected]`;
            e-mail fields are therefore plain strings. Every field is optional: the pages mark none
            as required.
             Example: {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName':
            'Bloggs', 'mobile': {'country': '<string>', 'number': '123-456-7890', 'verified':
            '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'}, 'lists': [{'id': '<string>',
            'name': '<string>', 'source': {'id': '<string>', 'integration': '<string>', 'lastSynced':
            '<string>'}, 'keyword': '<string>', 'doubleOptIn': {'enabled': True, 'prompt':
            '<string>'}, 'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>',
            'comparator': '<string>', 'value': ['<string>']}], 'list': '<string>', 'valid': True,
            'invalid': True, 'blocked': True, 'unblocked': True, 'optIn': True}, 'optInConfirmation':
            '<string>', 'optIn': '2023-11-07T05:31:56Z', 'optOut': '2023-11-07T05:31:56Z'}],
            'attributes': {}, 'optIn': '2023-11-07T05:31:56Z', 'blocked': '2023-11-07T05:31:56Z',
            'activecampaign': {'id': 123}, 'hubspot': {'id': 123}, 'pipedrive': {'id': 123}, 'valid':
            True, 'error': {'code': 'CONT-010', 'description': 'Contact has requested no further
            communication'}, 'created': {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>',
            'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs', 'email': 'joe@bloggs.com',
            'source': '<string>', 'subSource': '<string>'}}, 'updated': {'at': '2023-11-07T05:31:56Z',
            'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeCreatedResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            attribute_type=attribute_type,
            client=client,
            body=body,
        )
    ).parsed


_AttributeCreatedResponse_from_dict = AttributeCreatedResponse.from_dict
_ErrorResponse_from_dict = ErrorResponse.from_dict
