"""Where the bearer token of each call comes from."""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

__all__ = ["BearerToken"]

TokenFetch = Callable[[dict[str, Any]], httpx.Response]
AsyncTokenFetch = Callable[[dict[str, Any]], Awaitable[httpx.Response]]


class BearerToken:
    """A fixed token, such as an API key or a private integration token."""

    refreshable = False

    def __init__(self, token: str) -> None:
        self._token = token

    def sync_token(self, fetch: TokenFetch) -> str:
        return self._token

    async def async_token(self, fetch: AsyncTokenFetch) -> str:
        return self._token

    def invalidate(self, token: str) -> None:
        """A fixed token cannot be renewed: a 401 surfaces as it is."""

    def __repr__(self) -> str:
        return "BearerToken(token=<redacted>)"


def _jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (read, not verified: the service verifies it), or ``None``."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return None
    expiry = payload.get("exp") if isinstance(payload, dict) else None
    return float(expiry) if isinstance(expiry, int | float) and not isinstance(expiry, bool) else None
