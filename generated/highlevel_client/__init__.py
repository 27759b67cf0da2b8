"""Typed client of the HighLevel API, generated from ``spec/`` by openapi-python-client and our templates.

``HighLevel`` and ``AsyncHighLevel`` are the clients to use; ``client``, ``api`` and ``models``
hold the low-level generated pieces they are built on.
"""

from . import errors, models
from ._base_client import RawResponse
from ._bulk import BulkProgress, BulkResult
from ._client import AsyncHighLevel, HighLevel
from ._pagination import AsyncPage, AsyncPaginator, NoNextPageError, SyncPage
from .client import AuthenticatedClient, Client
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
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from .types import UNSET, Unset

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
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkProgress",
    "BulkResult",
    "Client",
    "ConflictError",
    "DecodeError",
    "HighLevel",
    "InternalServerError",
    "NoNextPageError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "SyncPage",
    "UnprocessableEntityError",
    "Unset",
    "errors",
    "models",
]
