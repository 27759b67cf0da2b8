"""Typed client of the HighLevelV3 API, generated from ``spec/`` by openapi-python-client and our templates.

``HighLevelV3`` and ``AsyncHighLevelV3`` are the clients to use; ``models`` holds the typed
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
from ._client import AsyncHighLevelV3, HighLevelV3
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
    "AsyncHighLevelV3",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BulkProgress",
    "BulkResult",
    "ConflictError",
    "DecodeError",
    "HighLevelV3",
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
