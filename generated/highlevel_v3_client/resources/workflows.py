"""The ``workflows`` resource: Putting a contact in workflows and taking it out."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from contacts_runtime._arguments import resolve_body

from ..api.workflows import add_to_workflow, remove_from_workflow
from ..models.succeeded_response import SucceededResponse
from ..models.workflow_enrollment_request import WorkflowEnrollmentRequest
from ..params import WorkflowEnrollmentRequestParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncWorkflowsResource",
    "AsyncWorkflowsResourceWithRawResponse",
    "WorkflowsResource",
    "WorkflowsResourceWithRawResponse",
]


class WorkflowsResource:
    """Putting a contact in workflows and taking it out."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> WorkflowsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return WorkflowsResourceWithRawResponse(self)

    def add(
        self,
        contact_id: str,
        workflow_id: str,
        *,
        version: str | None = None,
        body: WorkflowEnrollmentRequest | WorkflowEnrollmentRequestParam | None = None,
        event_start_time: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Add a contact to a workflow.

        ``addToWorkflow``: ``POST /contacts/{contactId}/workflow/{workflowId}``.
        Give the body as ``body=`` (a ``WorkflowEnrollmentRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            contact_id: Identifier of the contact.
            workflow_id: Identifier of the workflow.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `WorkflowEnrollmentRequest` or its JSON form (a dict); or give its fields as
                keywords
            event_start_time: Start of the run (ISO 8601 with an offset), such as `2021-06-23T03:30:00+01:00`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            WorkflowEnrollmentRequest,
            body,
            {
                "event_start_time": event_start_time,
            },
            required=(),
            nested={},
        )
        request = add_to_workflow.build_request(
            contact_id=contact_id,
            workflow_id=workflow_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, add_to_workflow.parse_response, options)

    def remove(
        self,
        contact_id: str,
        workflow_id: str,
        *,
        version: str | None = None,
        body: WorkflowEnrollmentRequest | WorkflowEnrollmentRequestParam | None = None,
        event_start_time: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Remove a contact from a workflow.

        ``removeFromWorkflow``: ``DELETE /contacts/{contactId}/workflow/{workflowId}``.
        Give the body as ``body=`` (a ``WorkflowEnrollmentRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            workflow_id: Identifier of the workflow.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `WorkflowEnrollmentRequest` or its JSON form (a dict); or give its fields as
                keywords
            event_start_time: Start of the run (ISO 8601 with an offset), such as `2021-06-23T03:30:00+01:00`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            WorkflowEnrollmentRequest,
            body,
            {
                "event_start_time": event_start_time,
            },
            required=(),
            nested={},
        )
        request = remove_from_workflow.build_request(
            contact_id=contact_id,
            workflow_id=workflow_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, remove_from_workflow.parse_response, options)


class WorkflowsResourceWithRawResponse:
    """``WorkflowsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: WorkflowsResource) -> None:
        self.add = to_raw_response_wrapper(resource.add)
        self.remove = to_raw_response_wrapper(resource.remove)


class AsyncWorkflowsResource:
    """Putting a contact in workflows and taking it out."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncWorkflowsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncWorkflowsResourceWithRawResponse(self)

    async def add(
        self,
        contact_id: str,
        workflow_id: str,
        *,
        version: str | None = None,
        body: WorkflowEnrollmentRequest | WorkflowEnrollmentRequestParam | None = None,
        event_start_time: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Add a contact to a workflow.

        ``addToWorkflow``: ``POST /contacts/{contactId}/workflow/{workflowId}``.
        Give the body as ``body=`` (a ``WorkflowEnrollmentRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            contact_id: Identifier of the contact.
            workflow_id: Identifier of the workflow.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `WorkflowEnrollmentRequest` or its JSON form (a dict); or give its fields as
                keywords
            event_start_time: Start of the run (ISO 8601 with an offset), such as `2021-06-23T03:30:00+01:00`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            WorkflowEnrollmentRequest,
            body,
            {
                "event_start_time": event_start_time,
            },
            required=(),
            nested={},
        )
        request = add_to_workflow.build_request(
            contact_id=contact_id,
            workflow_id=workflow_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, add_to_workflow.parse_response, options)

    async def remove(
        self,
        contact_id: str,
        workflow_id: str,
        *,
        version: str | None = None,
        body: WorkflowEnrollmentRequest | WorkflowEnrollmentRequestParam | None = None,
        event_start_time: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Remove a contact from a workflow.

        ``removeFromWorkflow``: ``DELETE /contacts/{contactId}/workflow/{workflowId}``.
        Give the body as ``body=`` (a ``WorkflowEnrollmentRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            workflow_id: Identifier of the workflow.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `WorkflowEnrollmentRequest` or its JSON form (a dict); or give its fields as
                keywords
            event_start_time: Start of the run (ISO 8601 with an offset), such as `2021-06-23T03:30:00+01:00`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            WorkflowEnrollmentRequest,
            body,
            {
                "event_start_time": event_start_time,
            },
            required=(),
            nested={},
        )
        request = remove_from_workflow.build_request(
            contact_id=contact_id,
            workflow_id=workflow_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, remove_from_workflow.parse_response, options)


class AsyncWorkflowsResourceWithRawResponse:
    """``AsyncWorkflowsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncWorkflowsResource) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)
