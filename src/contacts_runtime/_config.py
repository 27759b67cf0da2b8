"""What differs between the services, as data: each generated package holds one ``ServiceConfig``."""

from __future__ import annotations

import os

import attrs

from ._response import ErrorBodies
from .errors import MissingCredentialsError

__all__ = ["RateLimitHeaders", "ServiceConfig"]


@attrs.frozen
class RateLimitHeaders:
    """Names of the answer headers that announce a rate limit window, and the daily limit if there is one."""

    limit: str
    remaining: str
    interval_ms: str
    daily_limit: str | None = None
    daily_remaining: str | None = None


@attrs.frozen
class ServiceConfig:
    """One service, as its spec describes it to the runtime.

    ``package`` names the logger and the User-Agent; settings not given to a client are read from
    ``<env_prefix>_<NAME>`` environment variables; ``options`` are the client-level values that fill
    parameters of many operations (an account id, a location id, an API version), with defaults;
    ``error_bodies`` is the model of the body of each error status the spec documents.
    """

    package: str
    client_name: str
    env_prefix: str
    default_base_url: str
    options: tuple[tuple[str, str | None], ...] = ()
    rate_limit_headers: RateLimitHeaders | None = None
    error_bodies: ErrorBodies = attrs.field(factory=lambda: ErrorBodies({}))

    def env(self, name: str) -> str:
        """The environment variable of a setting."""
        return f"{self.env_prefix}_{name.upper()}"

    def base_url(self, value: str | None) -> str:
        """The base URL: the one given, else ``<PREFIX>_BASE_URL``, else the service's own."""
        resolved = value if value is not None else os.environ.get(self.env("base_url"))
        return (resolved or self.default_base_url).rstrip("/")

    def credential(self, value: str | None, argument: str) -> str:
        """A credential the client cannot work without: the one given, else its environment variable.

        ``MissingCredentialsError`` (a ``ValueError`` too) when there is neither; the message names the
        argument and the variable, never a value.
        """
        env_var = self.env(argument)
        resolved = value if value is not None else os.environ.get(env_var)
        if not resolved:
            raise MissingCredentialsError(
                f"{self.client_name} needs `{argument}`: pass {argument}= or set {env_var}",
                argument=argument,
                env_var=env_var,
            )
        return resolved
