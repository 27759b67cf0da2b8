"""Typed client of the HighLevel API, generated from ``spec/`` by openapi-python-client and our templates.

``HighLevel`` and ``AsyncHighLevel`` are the clients to use; ``models`` holds the typed
request and answer models, ``api`` one module per operation (its request builder and answer parser).
"""

from importlib.metadata import PackageNotFoundError, version

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
from ._client import AsyncHighLevel, HighLevel
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DecodeError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from .types import UNSET, Unset

try:
    __version__ = version("contacts-sdk")
except PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHighLevel",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BulkProgress",
    "BulkResult",
    "ConflictError",
    "DecodeError",
    "HighLevel",
    "InternalServerError",
    "NoNextPageError",
    "NotFoundError",
    "PageInfo",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "SyncPage",
    "UnprocessableEntityError",
    "Unset",
    "errors",
    "models",
]
