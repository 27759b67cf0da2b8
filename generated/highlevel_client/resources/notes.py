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

from ..api.notes import delete_note, get_note, list_notes
from ..models.note_response import NoteResponse
from ..models.notes_response import NotesResponse
from ..models.succeeded_response import SucceededResponse

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
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = list_notes.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_notes.parse_response, NotesResponse, options)

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
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = get_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_note.parse_response, NoteResponse, options)

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
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = delete_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_note.parse_response, SucceededResponse, options)


class NotesResourceWithRawResponse:
    """``NotesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: NotesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
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
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = list_notes.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_notes.parse_response, NotesResponse, options)

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
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = get_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_note.parse_response, NoteResponse, options)

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
        ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` apply to this call only.
        """

        request = delete_note.build_request(
            contact_id=contact_id,
            note_id=note_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_note.parse_response, SucceededResponse, options)


class AsyncNotesResourceWithRawResponse:
    """``AsyncNotesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
