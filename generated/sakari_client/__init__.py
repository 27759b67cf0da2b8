"""Typed client of the Sakari API, generated from ``spec/`` by openapi-python-client and our templates.

``Sakari`` and ``AsyncSakari`` are the clients to use; ``client``, ``api`` and ``models``
hold the low-level generated pieces they are built on.
"""

from . import errors, models
from ._base_client import RawResponse
from ._bulk import BulkProgress, BulkResult
from ._client import AsyncSakari, Sakari
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
    "AsyncPage",
    "AsyncPaginator",
    "AsyncSakari",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkProgress",
    "BulkResult",
    "Client",
    "ConflictError",
    "DecodeError",
    "InternalServerError",
    "NoNextPageError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "Sakari",
    "SyncPage",
    "UnprocessableEntityError",
    "Unset",
    "errors",
    "models",
]
