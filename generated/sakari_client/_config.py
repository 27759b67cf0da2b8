"""How the Sakari service differs from the other, as data for ``contacts_runtime``."""

from contacts_runtime import ServiceConfig

CONFIG = ServiceConfig(
    package="sakari_client",
    client_name="Sakari",
    env_prefix="SAKARI",
    default_base_url="https://api.sakari.io/v1",
    options=(("account_id", None),),
)
