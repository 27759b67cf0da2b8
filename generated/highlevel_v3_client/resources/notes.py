"""The ``notes`` resource: Notes written on a contact."""

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

from ..api.notes import create_note, delete_note, get_note, list_notes, update_note
from ..models.create_note_request import CreateNoteRequest
from ..models.note_response import NoteResponse
from ..models.notes_response import NotesResponse
from ..models.succeeded_response import SucceededResponse
from ..models.update_note_request import UpdateNoteRequest
from ..params import CreateNoteRequestParam, UpdateNoteRequestParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncNotesResource",
    "AsyncNotesResourceWithRawResponse",
    "NotesResource",
    "NotesResourceWithRawResponse",
]


class NotesResource:
    """Notes written on a contact."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> NotesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return NotesResourceWithRawResponse(self)

    def list(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NotesResponse:
        """List the notes of a contact.

        ``listNotes``: ``GET /contacts/{contactId}/notes``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``NotesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_notes.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_notes.parse_response, options)

    def create(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: CreateNoteRequest | CreateNoteRequestParam | None = None,
        body_text: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        color: str | Unset = UNSET,
        pinned: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NoteResponse:
        """Create a note.

        ``createNote``: ``POST /contacts/{contactId}/notes``.
        Give the body as ``body=`` (a ``CreateNoteRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CreateNoteRequest` or its JSON form (a dict); or give its fields as keywords
            body_text: The text of the note.
            user_id: Identifier of the user writing the note.
            title: ``title`` as the service names it
            color: Colour of the note, as a hex code such as `#FFAA00`.
            pinned: ``pinned`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``NoteResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CreateNoteRequest,
            body,
            {
                "body_text": body_text,
                "user_id": user_id,
                "title": title,
                "color": color,
                "pinned": pinned,
            },
            required=("body_text",),
            nested={},
        )
        request = create_note.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_note.parse_response, options)

    def get(
        self,
        contact_id: str,
        note_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NoteResponse:
        """Get a note.

        ``getNote``: ``GET /contacts/{contactId}/notes/{noteId}``.

        Args:
            contact_id: Identifier of the contact.
            note_id: Identifier of the note. The reference names this path parameter `id`; the name is not sent, so
                it is called `noteId` here to read like the other identifiers.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``NoteResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_note.parse_response, options)

    def update(
        self,
        contact_id: str,
        note_id: str,
        *,
        version: str | None = None,
        body: UpdateNoteRequest | UpdateNoteRequestParam | None = None,
        user_id: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        title: str | Unset = UNSET,
        color: str | Unset = UNSET,
        pinned: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NoteResponse:
        """Update a note.

        ``updateNote``: ``PUT /contacts/{contactId}/notes/{noteId}``.
        Give the body as ``body=`` (a ``UpdateNoteRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            note_id: Identifier of the note. The reference names this path parameter `id`; the name is not sent, so
                it is called `noteId` here to read like the other identifiers.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpdateNoteRequest` or its JSON form (a dict); or give its fields as keywords
            user_id: ``userId`` as the service names it
            body_text: ``body`` as the service names it
            title: ``title`` as the service names it
            color: ``color`` as the service names it
            pinned: ``pinned`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``NoteResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            UpdateNoteRequest,
            body,
            {
                "user_id": user_id,
                "body_text": body_text,
                "title": title,
                "color": color,
                "pinned": pinned,
            },
            required=(),
            nested={},
        )
        request = update_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, update_note.parse_response, options)

    def delete(
        self,
        contact_id: str,
        note_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a note.

        ``deleteNote``: ``DELETE /contacts/{contactId}/notes/{noteId}``.

        Args:
            contact_id: Identifier of the contact.
            note_id: Identifier of the note. The reference names this path parameter `id`; the name is not sent, so
                it is called `noteId` here to read like the other identifiers.
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

        request = delete_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_note.parse_response, options)


class NotesResourceWithRawResponse:
    """``NotesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: NotesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncNotesResource:
    """Notes written on a contact."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncNotesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncNotesResourceWithRawResponse(self)

    async def list(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NotesResponse:
        """List the notes of a contact.

        ``listNotes``: ``GET /contacts/{contactId}/notes``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``NotesResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_notes.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_notes.parse_response, options)

    async def create(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        body: CreateNoteRequest | CreateNoteRequestParam | None = None,
        body_text: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        color: str | Unset = UNSET,
        pinned: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NoteResponse:
        """Create a note.

        ``createNote``: ``POST /contacts/{contactId}/notes``.
        Give the body as ``body=`` (a ``CreateNoteRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `CreateNoteRequest` or its JSON form (a dict); or give its fields as keywords
            body_text: The text of the note.
            user_id: Identifier of the user writing the note.
            title: ``title`` as the service names it
            color: Colour of the note, as a hex code such as `#FFAA00`.
            pinned: ``pinned`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``NoteResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CreateNoteRequest,
            body,
            {
                "body_text": body_text,
                "user_id": user_id,
                "title": title,
                "color": color,
                "pinned": pinned,
            },
            required=("body_text",),
            nested={},
        )
        request = create_note.build_request(
            contact_id=contact_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_note.parse_response, options)

    async def get(
        self,
        contact_id: str,
        note_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NoteResponse:
        """Get a note.

        ``getNote``: ``GET /contacts/{contactId}/notes/{noteId}``.

        Args:
            contact_id: Identifier of the contact.
            note_id: Identifier of the note. The reference names this path parameter `id`; the name is not sent, so
                it is called `noteId` here to read like the other identifiers.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``NoteResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_note.parse_response, options)

    async def update(
        self,
        contact_id: str,
        note_id: str,
        *,
        version: str | None = None,
        body: UpdateNoteRequest | UpdateNoteRequestParam | None = None,
        user_id: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        title: str | Unset = UNSET,
        color: str | Unset = UNSET,
        pinned: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NoteResponse:
        """Update a note.

        ``updateNote``: ``PUT /contacts/{contactId}/notes/{noteId}``.
        Give the body as ``body=`` (a ``UpdateNoteRequest``) or as keyword arguments named after its fields.

        Args:
            contact_id: Identifier of the contact.
            note_id: Identifier of the note. The reference names this path parameter `id`; the name is not sent, so
                it is called `noteId` here to read like the other identifiers.
            version: API version the call is written against. Defaults to the client's `version`.
            body: the whole body: a `UpdateNoteRequest` or its JSON form (a dict); or give its fields as keywords
            user_id: ``userId`` as the service names it
            body_text: ``body`` as the service names it
            title: ``title`` as the service names it
            color: ``color`` as the service names it
            pinned: ``pinned`` as the service names it
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``NoteResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            UpdateNoteRequest,
            body,
            {
                "user_id": user_id,
                "body_text": body_text,
                "title": title,
                "color": color,
                "pinned": pinned,
            },
            required=(),
            nested={},
        )
        request = update_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, update_note.parse_response, options)

    async def delete(
        self,
        contact_id: str,
        note_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Delete a note.

        ``deleteNote``: ``DELETE /contacts/{contactId}/notes/{noteId}``.

        Args:
            contact_id: Identifier of the contact.
            note_id: Identifier of the note. The reference names this path parameter `id`; the name is not sent, so
                it is called `noteId` here to read like the other identifiers.
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

        request = delete_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_note.parse_response, options)


class AsyncNotesResourceWithRawResponse:
    """``AsyncNotesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
