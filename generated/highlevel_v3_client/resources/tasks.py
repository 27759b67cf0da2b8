"""The ``tasks`` resource: Tasks about a contact, and marking them done."""

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

from ..api.tasks import complete_task, create_task, delete_task, get_task, list_tasks, update_task
from ..models.create_task_request import CreateTaskRequest
from ..models.succeeded_response import SucceededResponse
from ..models.task_completion_request import TaskCompletionRequest
from ..models.task_response import TaskResponse
from ..models.tasks_response import TasksResponse
from ..models.update_task_request import UpdateTaskRequest
from ..params import CreateTaskRequestParam, TaskCompletionRequestParam, UpdateTaskRequestParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncTasksResource",
    "AsyncTasksResourceWithRawResponse",
    "TasksResource",
    "TasksResourceWithRawResponse",
]


class TasksResource:
    """Tasks about a contact, and marking them done."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TasksResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return TasksResourceWithRawResponse(self)

    def list(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TasksResponse:
        """List the tasks of a contact.

        ``listTasks``: ``GET /contacts/{contactId}/tasks``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TasksResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_tasks.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_tasks.parse_response, options)

    def create(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: CreateTaskRequest | CreateTaskRequestParam | None = None,
        title: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        completed: bool | Unset = UNSET,
        body_text: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaskResponse:
        """Create a task.

        ``createTask``: ``POST /contacts/{contactId}/tasks``.
        Give the body as ``body=`` (a ``CreateTaskRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CreateTaskRequest` or its JSON form (a dict); or give its fields as keywords
            title: ``title`` as the service names it
            due_date: When the task is due (ISO 8601), such as `2020-10-25T11:00:00Z`.
            completed: ``completed`` as the service names it
            body_text: ``body`` as the service names it
            assigned_to: Identifier of the user the task is for.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TaskResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CreateTaskRequest,
            body,
            {
                "title": title,
                "due_date": due_date,
                "completed": completed,
                "body_text": body_text,
                "assigned_to": assigned_to,
            },
            required=(
                "title",
                "due_date",
                "completed",
            ),
            nested={},
        )
        request = create_task.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_task.parse_response, options)

    def get(
        self,
        contact_id: str,
        task_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaskResponse:
        """Get a task.

        ``getTask``: ``GET /contacts/{contactId}/tasks/{taskId}``.

        Args:
            contact_id: Identifier of the contact.
            task_id: Identifier of the task.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TaskResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_task.build_request(
            contact_id=contact_id,
            task_id=task_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_task.parse_response, options)

    def update(
        self,
        contact_id: str,
        task_id: str,
        *,
        version: str | None = None,
        body: UpdateTaskRequest | UpdateTaskRequestParam | None = None,
        title: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        completed: bool | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaskResponse:
        """Update a task.

        ``updateTask``: ``PUT /contacts/{contactId}/tasks/{taskId}``.
        Give the body as ``body=`` (a ``UpdateTaskRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            task_id: Identifier of the task.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpdateTaskRequest` or its JSON form (a dict); or give its fields as keywords
            title: ``title`` as the service names it
            body_text: ``body`` as the service names it
            due_date: When the task is due (ISO 8601).
            completed: ``completed`` as the service names it
            assigned_to: ``assignedTo`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TaskResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            UpdateTaskRequest,
            body,
            {
                "title": title,
                "body_text": body_text,
                "due_date": due_date,
                "completed": completed,
                "assigned_to": assigned_to,
            },
            required=(),
            nested={},
        )
        request = update_task.build_request(
            contact_id=contact_id,
            task_id=task_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, update_task.parse_response, options)

    def delete(
        self,
        contact_id: str,
        task_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a task.

        ``deleteTask``: ``DELETE /contacts/{contactId}/tasks/{taskId}``.

        Args:
            contact_id: Identifier of the contact.
            task_id: Identifier of the task.
            version: API version the call is written against. Defaults to the client's `version`.
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

        request = delete_task.build_request(
            contact_id=contact_id,
            task_id=task_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_task.parse_response, options)

    def complete(
        self,
        contact_id: str,
        task_id: str,
        *,
        version: str | None = None,
        body: TaskCompletionRequest | TaskCompletionRequestParam | None = None,
        completed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaskResponse:
        """Mark a task completed (or not).

        ``completeTask``: ``PUT /contacts/{contactId}/tasks/{taskId}/completed``.
        Give the body as ``body=`` (a ``TaskCompletionRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            task_id: Identifier of the task.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `TaskCompletionRequest` or its JSON form (a dict); or give its fields as
                keywords
            completed: ``completed`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TaskResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TaskCompletionRequest,
            body,
            {
                "completed": completed,
            },
            required=("completed",),
            nested={},
        )
        request = complete_task.build_request(
            contact_id=contact_id,
            task_id=task_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, complete_task.parse_response, options)


class TasksResourceWithRawResponse:
    """``TasksResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: TasksResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.complete = to_raw_response_wrapper(resource.complete)


class AsyncTasksResource:
    """Tasks about a contact, and marking them done."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTasksResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncTasksResourceWithRawResponse(self)

    async def list(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TasksResponse:
        """List the tasks of a contact.

        ``listTasks``: ``GET /contacts/{contactId}/tasks``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TasksResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_tasks.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_tasks.parse_response, options)

    async def create(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: CreateTaskRequest | CreateTaskRequestParam | None = None,
        title: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        completed: bool | Unset = UNSET,
        body_text: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaskResponse:
        """Create a task.

        ``createTask``: ``POST /contacts/{contactId}/tasks``.
        Give the body as ``body=`` (a ``CreateTaskRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CreateTaskRequest` or its JSON form (a dict); or give its fields as keywords
            title: ``title`` as the service names it
            due_date: When the task is due (ISO 8601), such as `2020-10-25T11:00:00Z`.
            completed: ``completed`` as the service names it
            body_text: ``body`` as the service names it
            assigned_to: Identifier of the user the task is for.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TaskResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CreateTaskRequest,
            body,
            {
                "title": title,
                "due_date": due_date,
                "completed": completed,
                "body_text": body_text,
                "assigned_to": assigned_to,
            },
            required=(
                "title",
                "due_date",
                "completed",
            ),
            nested={},
        )
        request = create_task.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_task.parse_response, options)

    async def get(
        self,
        contact_id: str,
        task_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaskResponse:
        """Get a task.

        ``getTask``: ``GET /contacts/{contactId}/tasks/{taskId}``.

        Args:
            contact_id: Identifier of the contact.
            task_id: Identifier of the task.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TaskResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_task.build_request(
            contact_id=contact_id,
            task_id=task_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_task.parse_response, options)

    async def update(
        self,
        contact_id: str,
        task_id: str,
        *,
        version: str | None = None,
        body: UpdateTaskRequest | UpdateTaskRequestParam | None = None,
        title: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        completed: bool | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaskResponse:
        """Update a task.

        ``updateTask``: ``PUT /contacts/{contactId}/tasks/{taskId}``.
        Give the body as ``body=`` (a ``UpdateTaskRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            task_id: Identifier of the task.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpdateTaskRequest` or its JSON form (a dict); or give its fields as keywords
            title: ``title`` as the service names it
            body_text: ``body`` as the service names it
            due_date: When the task is due (ISO 8601).
            completed: ``completed`` as the service names it
            assigned_to: ``assignedTo`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TaskResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            UpdateTaskRequest,
            body,
            {
                "title": title,
                "body_text": body_text,
                "due_date": due_date,
                "completed": completed,
                "assigned_to": assigned_to,
            },
            required=(),
            nested={},
        )
        request = update_task.build_request(
            contact_id=contact_id,
            task_id=task_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, update_task.parse_response, options)

    async def delete(
        self,
        contact_id: str,
        task_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a task.

        ``deleteTask``: ``DELETE /contacts/{contactId}/tasks/{taskId}``.

        Args:
            contact_id: Identifier of the contact.
            task_id: Identifier of the task.
            version: API version the call is written against. Defaults to the client's `version`.
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

        request = delete_task.build_request(
            contact_id=contact_id,
            task_id=task_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_task.parse_response, options)

    async def complete(
        self,
        contact_id: str,
        task_id: str,
        *,
        version: str | None = None,
        body: TaskCompletionRequest | TaskCompletionRequestParam | None = None,
        completed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaskResponse:
        """Mark a task completed (or not).

        ``completeTask``: ``PUT /contacts/{contactId}/tasks/{taskId}/completed``.
        Give the body as ``body=`` (a ``TaskCompletionRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            task_id: Identifier of the task.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `TaskCompletionRequest` or its JSON form (a dict); or give its fields as
                keywords
            completed: ``completed`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``TaskResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            TaskCompletionRequest,
            body,
            {
                "completed": completed,
            },
            required=("completed",),
            nested={},
        )
        request = complete_task.build_request(
            contact_id=contact_id,
            task_id=task_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, complete_task.parse_response, options)


class AsyncTasksResourceWithRawResponse:
    """``AsyncTasksResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncTasksResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.complete = async_to_raw_response_wrapper(resource.complete)
