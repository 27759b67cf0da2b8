"""The exceptions the HighLevel client raises.

They are defined once, in ``contacts_runtime.errors``, and shared by both clients: ``APIError`` is
the root of everything raised for a call; ``DecodeError`` is raised when a JSON value does not match
the schema of the model it is decoded into.
"""

from contacts_runtime.errors import (
    MALFORMED,
    MISSING,
    NOT_JSON,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkCallInterruptedError,
    ClientClosedError,
    ConflictError,
    DailyLimitError,
    DecodeError,
    InternalServerError,
    InvalidGrantError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    SucceededUnreadableError,
    TokenStoreError,
    UnprocessableEntityError,
    status_error_class,
)

__all__ = [
    "MALFORMED",
    "MISSING",
    "NOT_JSON",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BulkCallInterruptedError",
    "ClientClosedError",
    "ConflictError",
    "DailyLimitError",
    "DecodeError",
    "InternalServerError",
    "InvalidGrantError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "SucceededUnreadableError",
    "TokenStoreError",
    "UnprocessableEntityError",
    "status_error_class",
]
