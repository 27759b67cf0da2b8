"""The ``files`` resource: Hosting files for messages (Sakari's description files this under `tools`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import BinaryIO

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from contacts_runtime._arguments import read_file

from ..api.files import share_file
from ..models.share_file_response import ShareFileResponse

__all__ = [
    "AsyncFilesResource",
    "AsyncFilesResourceWithRawResponse",
    "FilesResource",
    "FilesResourceWithRawResponse",
]


class FilesResource:
    """Hosting files for messages (Sakari's description files this under `tools`)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return FilesResourceWithRawResponse(self)

    def share(
        self,
        file: str | os.PathLike[str] | bytes | BinaryIO,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ShareFileResponse:
        """Share a file.

        ``shareFile``: ``POST /tools/sharefile``.
        ``file`` is a path, bytes, or a binary file object holding the document to send.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            file: the document to send: a path (of a regular file: no device, FIFO or /proc entry), bytes, or a
                binary file object, of 100 MiB at most (``MAX_FILE_BYTES``; read whole: a retry resends it)
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ShareFileResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = share_file.build_request(
            body=read_file(file),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, share_file.parse_response, options)


class FilesResourceWithRawResponse:
    """``FilesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: FilesResource) -> None:
        self.share = to_raw_response_wrapper(resource.share)


class AsyncFilesResource:
    """Hosting files for messages (Sakari's description files this under `tools`)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncFilesResourceWithRawResponse(self)

    async def share(
        self,
        file: str | os.PathLike[str] | bytes | BinaryIO,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ShareFileResponse:
        """Share a file.

        ``shareFile``: ``POST /tools/sharefile``.
        ``file`` is a path, bytes, or a binary file object holding the document to send.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            file: the document to send: a path (of a regular file: no device, FIFO or /proc entry), bytes, or a
                binary file object, of 100 MiB at most (``MAX_FILE_BYTES``; read whole: a retry resends it)
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``ShareFileResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = share_file.build_request(
            body=read_file(file),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, share_file.parse_response, options)


class AsyncFilesResourceWithRawResponse:
    """``AsyncFilesResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.share = async_to_raw_response_wrapper(resource.share)
