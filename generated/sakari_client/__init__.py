"""Typed client of the Sakari API, generated from ``spec/`` by openapi-python-client and our templates.

``Sakari`` and ``AsyncSakari`` are the clients to use; ``models`` holds the typed
request and answer models, ``api`` one module per operation (its request builder and answer parser).
"""

import logging as _logging
from importlib import metadata as _metadata

from contacts_runtime import (
    AsyncPage,
    AsyncPaginator,
    BulkProgress,
    BulkResult,
    NoNextPageError,
    PageInfo,
    RawResponse,
    SyncPage,
)

from . import errors, models
from ._client import AsyncSakari, Sakari
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    BulkCallInterruptedError,
    ClientClosedError,
    ConflictError,
    DailyLimitError,
    DecodeError,
    InternalServerError,
    InvalidGrantError,
    LocationUninstalledError,
    MissingCredentialsError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    SucceededUnreadableError,
    TokenStoreError,
    UnprocessableEntityError,
    WebhookPayloadError,
)
from .types import UNSET, Unset

try:
    __version__ = _metadata.version("contacts-sdk")
except _metadata.PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"

# A library's records (drift warnings) go where its user's logging configuration sends them, never to
# stderr uninvited: without a handler of its own, Python's last-resort handler would print them.
_logging.getLogger(__name__).addHandler(_logging.NullHandler())

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncSakari",
    "AuthenticationError",
    "BadRequestError",
    "BulkCallInterruptedError",
    "BulkProgress",
    "BulkResult",
    "ClientClosedError",
    "ConflictError",
    "DailyLimitError",
    "DecodeError",
    "InternalServerError",
    "InvalidGrantError",
    "LocationUninstalledError",
    "MissingCredentialsError",
    "NoNextPageError",
    "NotFoundError",
    "PageInfo",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "Sakari",
    "SucceededUnreadableError",
    "SyncPage",
    "TokenStoreError",
    "UnprocessableEntityError",
    "Unset",
    "WebhookPayloadError",
    "errors",
    "models",
]
