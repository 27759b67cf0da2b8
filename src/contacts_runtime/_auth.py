"""Where the bearer token of each call comes from, and how a token endpoint's answer is read.

A token answer is read tolerantly whatever the client's mode (``read_token_answer``): the service may
already have retired what it replaces (a rotated refresh token), so an answer that strays from the
spec is kept for what it holds, and its drift recorded, rather than thrown away. What a token answer
needs is read in one place for every service: a usable access token (``usable_access_token``, the
one field without which it is refused) and its lifetime (``usable_lifetime``).
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import json
import math
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs
import httpx

from . import errors
from ._drift import parsing
from ._renewal import renewal_time
from ._request import Request
from .types import Unset

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "BearerToken",
    "ClientCredentials",
    "TokenAnswer",
    "TokenCall",
    "bounded_lifetime",
    "read_token_answer",
    "usable_access_token",
    "usable_lifetime",
]

T = TypeVar("T")

TokenAnswer = tuple[object, object]
"""A client-credentials token answer as the generated parser read it: the access token and ``expires_in``
(``None`` when absent). Read tolerantly, either may be off its documented type: ``ClientCredentials``
keeps what is usable."""

# A lifetime is kept within these bounds: a zero or negative one would fetch a token before every
# call, an enormous one would overflow the clock arithmetic.
MIN_TOKEN_LIFETIME = 1.0
MAX_TOKEN_LIFETIME = 366 * 24 * 3600.0


class LoopLocks:
    """An ``asyncio.Lock`` per event loop: a lock belongs to one loop, and a client may serve several."""

    def __init__(self) -> None:
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()

    def get(self) -> asyncio.Lock:
        """The running loop's lock."""
        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        return lock


class BearerToken:
    """A fixed token, such as an API key or a private integration token."""

    refreshable = False

    def __init__(self, token: str) -> None:
        self._token = token

    def sync_token(self, client: SyncAPIClient) -> str:
        return self._token

    async def async_token(self, client: AsyncAPIClient) -> str:
        return self._token

    def invalidate(self, token: str) -> bool:
        """A fixed token cannot be renewed: a 401 surfaces as it is."""
        return False

    def refused(self, error: errors.APIStatusError) -> errors.APIStatusError:
        return error

    def secrets(self) -> tuple[str, ...]:
        return (self._token,)

    def secret_destinations(self) -> tuple[str, ...]:
        return ()

    def shares_secret_with(self, other: object) -> bool:
        return isinstance(other, BearerToken) and hmac.compare_digest(self._token.encode(), other._token.encode())

    def __repr__(self) -> str:
        return "BearerToken(token=<redacted>)"

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("credentials are not pickled")


class ClientCredentials:
    """OAuth2 client credentials: a token fetched on first use, cached, and renewed before it expires.

    Concurrent callers share one fetch (threads through a lock, tasks through a lock per event loop).
    The expiry comes from ``expires_in`` when the token endpoint gives a readable one, else from the
    ``exp`` claim of a JWT (else the token is kept until a 401); a token is renewed ``REFRESH_MARGIN``
    seconds (or a tenth of its lifetime, if shorter) before then, and at once after a 401.
    ``token_request`` builds the token call from the credentials and ``parse`` reads its answer: both
    come from the generated token operation. The answer is read as every token answer is (see the
    module docstring).
    """

    refreshable = True
    REFRESH_MARGIN = 60.0

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_url: str,
        *,
        token_request: Callable[[str, str], Request],
        parse: Callable[[httpx.Response], TokenAnswer],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self._token_request = token_request
        self._parse = parse
        self._clock = clock
        self._token: str | None = None
        self._renew_at = 0.0
        self._refusal_pending = False
        self._got_after_refusal = False
        self._thread_lock = threading.Lock()
        self._async_locks = LoopLocks()

    def _token_call(self) -> TokenCall[str]:
        """The token call for these credentials; its reader keeps the token it answers."""
        built = self._token_request(self.client_id, self._client_secret)
        request = Request(
            method=built.method,
            path=self.token_url,
            operation_id=built.operation_id,
            idempotent=True,
            params=built.params,
            headers=built.headers,
            json=built.json,
            form=built.form,
            content=built.content,
        )
        return TokenCall(request, lambda client, response: self._store(client, request, response))

    def _current(self) -> str | None:
        if self._token is not None and self._clock() < self._renew_at:
            return self._token
        return None

    def sync_token(self, client: SyncAPIClient) -> str:
        token = self._current()
        if token is not None:
            return token
        with self._thread_lock:
            return self._current() or self._token_call().send(client)

    async def async_token(self, client: AsyncAPIClient) -> str:
        token = self._current()
        if token is not None:
            return token
        async with self._async_locks.get():
            return self._current() or await self._token_call().asend(client)

    def invalidate(self, token: str) -> bool:
        """Fetch a new token for the next call; ``False`` when ``token`` was itself fetched because its
        predecessor was refused (the refusal is then not about the token: fetching again cannot help)."""
        if self._token != token:
            return True
        if self._got_after_refusal:
            return False
        self._token = None
        self._refusal_pending = True
        return True

    def refused(self, error: errors.APIStatusError) -> errors.APIStatusError:
        return error

    def secrets(self) -> tuple[str, ...]:
        return (self._client_secret,) if self._token is None else (self._client_secret, self._token)

    def secret_destinations(self) -> tuple[str, ...]:
        return (self.token_url,)

    def shares_secret_with(self, other: object) -> bool:
        return isinstance(other, ClientCredentials) and hmac.compare_digest(
            self._client_secret.encode(), other._client_secret.encode()
        )

    def with_changes(
        self, *, client_id: str | None = None, client_secret: str | None = None, token_url: str | None = None
    ) -> ClientCredentials:
        """New credentials (some changed) with a token cache of their own: no token is shared with these."""
        return ClientCredentials(
            self.client_id if client_id is None else client_id,
            self._client_secret if client_secret is None else client_secret,
            self.token_url if token_url is None else token_url,
            token_request=self._token_request,
            parse=self._parse,
            clock=self._clock,
        )

    def _store(self, client: SyncAPIClient | AsyncAPIClient, request: Request, response: httpx.Response) -> str:
        received_token, received_lifetime = read_token_answer(client, request, response, self._parse)
        token = usable_access_token(received_token, response)
        lifetime = usable_lifetime(received_lifetime)
        now = self._clock()
        expires_at = _jwt_expiry(token) if lifetime is None else now + lifetime
        self._renew_at = math.inf if expires_at is None else renewal_time(expires_at, now, self.REFRESH_MARGIN)
        self._token = token
        self._got_after_refusal, self._refusal_pending = self._refusal_pending, False
        return token

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(client_id={self.client_id!r}, client_secret=<redacted>, token_url={self.token_url!r})"
        )

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("credentials are not pickled")


def _unparsed(response: httpx.Response) -> None:
    """A token call's ``parse`` for its error answers: the token reader parses a success itself."""


@attrs.frozen
class TokenCall(Generic[T]):
    """A call to a token endpoint: its request, and the reader of its answer (``read(client, response)``).

    The sync and the async twin of each token operation build the same ``TokenCall``; only ``send`` and
    ``asend`` differ, and only in sending.
    """

    request: Request
    read: Callable[[SyncAPIClient | AsyncAPIClient, httpx.Response], T]
    authenticated: bool = False

    def send(self, client: SyncAPIClient) -> T:
        return self.read(client, client.send_checked(self.request, _unparsed, authenticated=self.authenticated))

    async def asend(self, client: AsyncAPIClient) -> T:
        return self.read(client, await client.send_checked(self.request, _unparsed, authenticated=self.authenticated))


def read_token_answer(
    client: SyncAPIClient | AsyncAPIClient,
    request: Request,
    response: httpx.Response,
    parse: Callable[[httpx.Response], T],
) -> T:
    """``parse(response)`` for a token endpoint's answer: tolerantly whatever the client's mode, drift in
    ``client.drift``.

    By the time a token answer arrives the service may have retired the token it replaces, so one that
    strays from the spec is kept for what it holds; ``usable_access_token`` refuses it when nothing is.
    """
    with parsing(strict=False, log=client.drift, operation_id=request.operation_id):
        return parse(response)


def usable_access_token(value: object, response: httpx.Response) -> str:
    """The access token of a token answer; ``APIResponseValidationError`` naming ``$.access_token`` if there is none.

    Sent as it is, a blank token would be a bare "Bearer " header and a confusing 401.
    """
    if isinstance(value, str) and value.strip():
        return value
    received = errors.MISSING if isinstance(value, Unset) else value
    raise errors.APIResponseValidationError(
        response, errors.DecodeError("a non-empty string (the access token)", received, "access_token")
    )


def usable_lifetime(value: object) -> float | None:
    """The seconds of a token answer's ``expires_in``, within the bounds; ``None`` if there are none to read.

    A number, or a string holding a finite one (``"86399"``), is read; anything else (absent, null, a
    boolean, an object, text) is ``None``: the caller falls back to its documented default.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            seconds = float(value)
        except OverflowError:
            return MAX_TOKEN_LIFETIME
    elif isinstance(value, str):
        try:
            seconds = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return bounded_lifetime(seconds) if math.isfinite(seconds) else None


def bounded_lifetime(seconds: float) -> float:
    """``seconds`` within ``MIN_TOKEN_LIFETIME`` and ``MAX_TOKEN_LIFETIME``."""
    return min(max(seconds, MIN_TOKEN_LIFETIME), MAX_TOKEN_LIFETIME)


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
    if not isinstance(expiry, int | float) or isinstance(expiry, bool):
        return None
    try:
        return float(expiry)
    except OverflowError:
        return None
