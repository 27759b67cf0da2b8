"""How the Sakari service differs from the other, as data for ``contacts_runtime``."""

from contacts_runtime import ErrorBodies, ServiceConfig

from .models.error_response import ErrorResponse

CONFIG = ServiceConfig(
    package="sakari_client",
    client_name="Sakari",
    env_prefix="SAKARI",
    default_base_url="https://api.sakari.io/v1",
    options=(("account_id", None),),
    # The model of the body of each error status the spec documents (the same for every operation).
    error_bodies=ErrorBodies(
        {
            "4XX": ErrorResponse,
            "5XX": ErrorResponse,
        }
    ),
)
