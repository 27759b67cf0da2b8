"""How the HighLevel service differs from the other, as data for ``contacts_runtime``."""

from contacts_runtime import RateLimitHeaders, ServiceConfig

CONFIG = ServiceConfig(
    package="highlevel_client",
    client_name="HighLevel",
    env_prefix="HIGHLEVEL",
    default_base_url="https://services.leadconnectorhq.com",
    options=(
        ("location_id", None),
        ("version", "2021-07-28"),
    ),
    rate_limit_headers=RateLimitHeaders(
        limit="X-RateLimit-Max",
        remaining="X-RateLimit-Remaining",
        interval_ms="X-RateLimit-Interval-Milliseconds",
        daily_limit="X-RateLimit-Limit-Daily",
        daily_remaining="X-RateLimit-Daily-Remaining",
    ),
)
