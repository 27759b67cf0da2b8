"""How the HighLevelV3 service differs from the other, as data for ``contacts_runtime``."""

from contacts_runtime import ErrorBodies, RateLimitHeaders, ServiceConfig

from .models.bad_request_error_body import BadRequestErrorBody
from .models.unauthorized_error_body import UnauthorizedErrorBody
from .models.unprocessable_entity_error_body import UnprocessableEntityErrorBody

CONFIG = ServiceConfig(
    package="highlevel_v3_client",
    client_name="HighLevelV3",
    env_prefix="HIGHLEVEL",
    default_base_url="https://services.leadconnectorhq.com",
    options=(
        ("location_id", None),
        ("version", "v3"),
    ),
    rate_limit_headers=RateLimitHeaders(
        limit="X-RateLimit-Max",
        remaining="X-RateLimit-Remaining",
        interval_ms="X-RateLimit-Interval-Milliseconds",
        daily_limit="X-RateLimit-Limit-Daily",
        daily_remaining="X-RateLimit-Daily-Remaining",
    ),
    # The model of the body of each error status the spec documents (the same for every operation).
    error_bodies=ErrorBodies(
        {
            400: BadRequestErrorBody,
            401: UnauthorizedErrorBody,
            404: BadRequestErrorBody,
            422: UnprocessableEntityErrorBody,
        }
    ),
)
