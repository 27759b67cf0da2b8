"""Where the bearer token of each call comes from."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, cast

import httpx

from .api.authentication import fetch_token
from .models.token_request import TokenRequest
from .models.token_response import TokenResponse
from .types import Unset

__all__ = ["BearerToken", "ClientCredentials"]

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


class ClientCredentials:
    """OAuth2 client credentials: a token fetched on first use, cached, and renewed before it expires.

    Concurrent callers share one fetch. The expiry comes from ``expires_in`` when the token endpoint
    gives it, else from the ``exp`` claim of a JWT; a token is renewed ``REFRESH_MARGIN`` seconds (or a
    tenth of its lifetime, if shorter) before then, and at once after a 401.
    """

    refreshable = True
    REFRESH_MARGIN = 60.0

    def __init__(
        self, client_id: str, client_secret: str, token_url: str, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self._clock = clock
        self._token: str | None = None
        self._renew_at = 0.0
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def _request(self) -> dict[str, Any]:
        body = TokenRequest(
            grant_type="client_credentials", client_id=self.client_id, client_secret=self._client_secret
        )
        spec = fetch_token._get_kwargs(body=body)
        spec["url"] = self.token_url
        return spec

    def _current(self) -> str | None:
        if self._token is not None and self._clock() < self._renew_at:
            return self._token
        return None

    def sync_token(self, fetch: TokenFetch) -> str:
        token = self._current()
        if token is not None:
            return token
        with self._thread_lock:
            token = self._current()
            if token is None:
                token = self._store(fetch(self._request()))
            return token

    async def async_token(self, fetch: AsyncTokenFetch) -> str:
        token = self._current()
        if token is not None:
            return token
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            token = self._current()
            if token is None:
                token = self._store(await fetch(self._request()))
            return token

    def invalidate(self, token: str) -> None:
        if self._token == token:
            self._token = None

    def _store(self, response: httpx.Response) -> str:
        answer = cast(TokenResponse, fetch_token._parse_response(response))
        token = answer.access_token
        now = self._clock()
        expires_at = _jwt_expiry(token) if isinstance(answer.expires_in, Unset) else now + answer.expires_in
        if expires_at is None:
            self._renew_at = float("inf")
        else:
            self._renew_at = expires_at - min(self.REFRESH_MARGIN, max(expires_at - now, 0) / 10)
        self._token = token
        return token

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(client_id={self.client_id!r}, client_secret=<redacted>, token_url={self.token_url!r})"
        )


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
