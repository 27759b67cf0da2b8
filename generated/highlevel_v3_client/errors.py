"""The exceptions the HighLevelV3 client raises.

They are defined once, in ``contacts_runtime.errors``, and shared by both clients: ``APIError`` is
the root of everything the client raises (``ArgumentError``, ``MissingCredentialsError`` and the
webhook error are ``ValueError`` too); ``DecodeError`` is raised when a JSON value does not match
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
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    BulkCallInterruptedError,
    ClientClosedError,
    ConflictError,
    DailyLimitError,
    DecodeError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    TokenStoreError,
    UnprocessableEntityError,
    WebhookVerificationError,
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
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "BulkCallInterruptedError",
    "ClientClosedError",
    "ConflictError",
    "DailyLimitError",
    "DecodeError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "TokenStoreError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "status_error_class",
]
