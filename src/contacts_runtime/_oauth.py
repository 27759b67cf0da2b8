"""OAuth 2.0 authorization-code clients: the authorization URL, code exchange, refresh with rotation, and an
``Auth`` that keeps a rotating token pair alive.

Nothing here knows a service: the generated package passes the facts of its spec (``OAuthSpec``: the
authorization pages, parameter names, token lifetimes) and its token operations (``OAuthOperations``:
request builders and answer parsers of the generated endpoint modules).

The token calls go through a client's transport, so its timeouts, retries and typed errors apply. They
are not idempotent (a code works once, a refresh token rotates): they are never resent once they may
have reached the service.

A refreshed pair is handed to the ``on_tokens`` store callback before it is used, because the refresh
token sent is dead once the service answers: a pair the application failed to keep would lock it out.
If the callback raises, the call fails with ``TokenStoreError``, the pair stays in ``unsaved`` and the
next call offers it to the callback again instead of spending the old refresh token a second time.

For the same reason a token answer is never thrown away for straying from the spec: it is read
tolerantly whatever the client's mode (``_auth.read_token_answer``, drift in ``client.drift``) and
only what a pair needs is required. Without a usable access token the call fails
(``APIResponseValidationError`` naming ``$.access_token``); a lifetime that is absent or unreadable
is the spec's ``access_token_lifetime``; a refresh answered without a usable refresh token keeps the
one sent (RFC 6749 section 6: the service may leave it valid), recorded as drift where the spec says
refresh tokens rotate; a code exchange without one fails naming ``$.refresh_token`` (nothing was
rotated, and there is no other refresh token to keep).
"""

from __future__ import annotations

import asyncio
import hmac
import math
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlencode, urlsplit

import attrs
import httpx

from . import errors
from ._arguments import non_empty_text
from ._auth import LoopLocks, TokenCall, bounded_lifetime, read_token_answer, usable_access_token, usable_lifetime
from ._renewal import AwaitRefresh, Refresh, Renewal
from ._request import Request
from .types import Unset, json_loads

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AccessToken",
    "AuthorizationURL",
    "OAuthAnswer",
    "OAuthOperations",
    "OAuthSpec",
    "OAuthStateError",
    "OAuthTokens",
    "RenewingAuth",
    "TokenPair",
    "aexchange_code",
    "alocation_token",
    "arefresh",
    "authorization_url",
    "check_state",
    "exchange_code",
    "location_token",
    "refresh",
]

# Fields of a token answer that are secrets: never copied into ``details``.
_SECRET_FIELDS = frozenset({"access_token", "refresh_token", "id_token"})


def _no_pickle(self: object) -> tuple[object, ...]:
    raise TypeError(f"{type(self).__name__} holds secrets and is not pickled")


@attrs.frozen
class OAuthSpec:
    """The facts of a service's authorization-code flow, as its spec gives them."""

    authorize_url: str
    white_label_authorize_url: str | None
    response_type: str
    authorize_parameters: tuple[str, ...]
    scope_separator: str
    login_window_parameter: str | None
    login_window_values: tuple[str, ...]
    access_token_lifetime: float
    refresh_token_rotates: bool


@attrs.frozen(repr=False)
class OAuthAnswer:
    """What is usable of a token endpoint's answer (read from the generated model, decoded tolerantly).

    ``refresh_token`` is ``None`` when none usable came, and ``refresh_token_error`` then says what did
    (its JSON type, never its value); ``expires_in`` is ``None`` when absent or unreadable.
    """

    access_token: str
    refresh_token: str | None
    expires_in: float | None
    scope: str | None
    details: Mapping[str, object]
    refresh_token_error: errors.DecodeError | None = None

    __reduce__ = _no_pickle

    def __repr__(self) -> str:
        return f"OAuthAnswer(access_token=<redacted>, expires_in={self.expires_in!r})"

    @classmethod
    def from_model(cls, model: Any, response: httpx.Response) -> OAuthAnswer:
        """Read the RFC 6749 fields of a parsed token answer; ``details`` are its other fields as received.

        ``APIResponseValidationError`` naming ``$.access_token`` when it has no usable access token.
        """

        def received(name: str) -> Any:
            value = getattr(model, name, errors.MISSING)
            return errors.MISSING if isinstance(value, Unset) else value

        access_token = usable_access_token(received("access_token"), response)
        refresh_token = received("refresh_token")
        usable_refresh = isinstance(refresh_token, str) and bool(refresh_token.strip())
        scope = received("scope")
        return cls(
            access_token=access_token,
            refresh_token=refresh_token if usable_refresh else None,
            expires_in=usable_lifetime(received("expires_in")),
            scope=scope if isinstance(scope, str) else None,
            details=_details(response),
            refresh_token_error=None
            if usable_refresh
            else errors.DecodeError("a non-empty string (the refresh token)", refresh_token, "refresh_token"),
        )


def _details(response: httpx.Response) -> dict[str, object]:
    """The non-secret fields of a token answer as received: a tolerantly decoded model holding values off
    the spec (an unknown ``userType``) may not serialise, and these are the service's words anyway."""
    try:
        body = json_loads(response.content)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(body, dict):
        return {}
    return {key: value for key, value in body.items() if key not in _SECRET_FIELDS}


@attrs.frozen(repr=False)
class TokenPair:
    """An access token and the refresh token that renews it; keep both (``on_tokens`` is told of each new pair).

    ``expires_at`` is the access token's expiry (seconds since the epoch); ``details`` holds the other
    fields of the token answer as the service named them (who installed, which location, ...).
    """

    access_token: str
    refresh_token: str
    expires_at: float
    scope: str | None = None
    details: Mapping[str, object] = attrs.field(factory=dict)

    __reduce__ = _no_pickle

    @property
    def scopes(self) -> tuple[str, ...]:
        return tuple((self.scope or "").split())

    def __repr__(self) -> str:
        return (
            f"TokenPair(access_token=<redacted>, refresh_token=<redacted>, expires_at={self.expires_at!r}, "
            f"scope={self.scope!r})"
        )


def given_pair(
    tokens: TokenPair | None, access_token: str | None, refresh_token: str | None, expires_at: float | None
) -> TokenPair:
    """The pair ``from_oauth`` was given: ``tokens`` (a ``TokenPair`` an exchange or refresh answered, its
    ``details`` kept) or its three parts as the application stored them; ``ArgumentError`` naming what is wrong."""
    if tokens is None:
        if access_token is None and refresh_token is None and expires_at is None:
            raise errors.ArgumentError("give the pair: `tokens`, or `access_token`, `refresh_token` and `expires_at`")
        return stored_pair(access_token, refresh_token, expires_at)  # type: ignore[arg-type]
    _check_pair(tokens)
    parts = {"access_token": access_token, "refresh_token": refresh_token, "expires_at": expires_at}
    given = [name for name, value in parts.items() if value is not None]
    if given:
        raise errors.ArgumentError(f"give either `tokens` or {', '.join(f'`{name}`' for name in given)}, not both")
    return tokens


def _check_pair(tokens: object) -> None:
    if not isinstance(tokens, TokenPair):
        raise errors.ArgumentError(f"`tokens` must be a TokenPair, got {type(tokens).__name__}")


def stored_pair(access_token: str, refresh_token: str, expires_at: float) -> TokenPair:
    """A pair the application kept, checked: ``ArgumentError`` naming an argument that cannot be one."""
    if isinstance(expires_at, bool) or not isinstance(expires_at, int | float) or math.isnan(expires_at):
        raise errors.ArgumentError(f"`expires_at` must be seconds since the epoch, got {type(expires_at).__name__}")
    return TokenPair(
        non_empty_text("access_token", access_token), non_empty_text("refresh_token", refresh_token), float(expires_at)
    )


@attrs.frozen(repr=False)
class AccessToken:
    """An access token without a refresh token (such as a location token got with an agency token)."""

    access_token: str
    expires_at: float
    scope: str | None = None
    details: Mapping[str, object] = attrs.field(factory=dict)

    __reduce__ = _no_pickle

    def __repr__(self) -> str:
        return f"AccessToken(access_token=<redacted>, expires_at={self.expires_at!r}, scope={self.scope!r})"


@attrs.frozen
class OAuthOperations:
    """The generated token operations, as the runtime calls them.

    ``code_request(client_id, client_secret, code, redirect_uri, user_type)`` and
    ``refresh_request(client_id, client_secret, refresh_token, user_type)`` build token calls;
    ``location_request(client, company_id, location_id)`` builds the agency-to-location exchange (it
    reads client options such as the API version); the parsers read the answers.
    """

    code_request: Callable[[str, str, str, str | None, str | None], Request]
    refresh_request: Callable[[str, str, str, str | None], Request]
    parse_token: Callable[[httpx.Response], OAuthAnswer]
    location_request: Callable[[Any, str, str], Request] | None = None
    parse_location_token: Callable[[httpx.Response], OAuthAnswer] | None = None


class AuthorizationURL(str):
    """The authorization URL (a ``str``), with the ``state`` it carries: keep it to check the callback's."""

    state: str

    def __new__(cls, url: str, state: str) -> Self:
        made = super().__new__(cls, url)
        made.state = state
        return made


def check_state(expected: str, received: object) -> None:
    """``OAuthStateError`` unless the callback's ``state`` is the one the authorization URL carried.

    Compared in constant time: a callback whose state is not yours is a forged or replayed redirect.
    """
    if not isinstance(received, str) or not hmac.compare_digest(expected.encode(), received.encode()):
        raise OAuthStateError("the callback's `state` is not the one the authorization URL carried: refuse it")


class OAuthStateError(ValueError):
    """The authorization callback's ``state`` does not match: the redirect is not the answer to your request."""


def authorization_url(
    spec: OAuthSpec,
    client_id: str,
    redirect_uri: str,
    scopes: Iterable[str],
    *,
    white_label: bool = False,
    state: str | None = None,
    login_window_open_mode: str | None = None,
) -> AuthorizationURL:
    """Where to send the installing admin's browser; ``ValueError`` naming an argument that cannot be sent.

    Without ``state`` one is generated (``secrets.token_urlsafe``): the URL returned carries it as
    ``.state``; check the callback's with ``check_state(url.state, received)``.
    """
    non_empty_text("client_id", client_id)
    parts = urlsplit(non_empty_text("redirect_uri", redirect_uri))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise errors.ArgumentError("`redirect_uri` must be an absolute http(s) URL")
    if isinstance(scopes, str) or not isinstance(scopes, Iterable):
        raise errors.ArgumentError("`scopes` must be a list of scope names, not a single string")
    scope_list = list(scopes)
    for scope in scope_list:
        if not isinstance(scope, str) or not scope or spec.scope_separator in scope:
            raise errors.ArgumentError(f"`scopes`: each scope is one non-empty name without {spec.scope_separator!r}")
    if not scope_list:
        raise errors.ArgumentError("`scopes` must name at least one scope")
    if white_label and spec.white_label_authorize_url is None:
        raise errors.ArgumentError("`white_label`: this service has no white-label authorization page")
    values = {
        "response_type": spec.response_type,
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "scope": spec.scope_separator.join(dict.fromkeys(scope_list)),
    }
    query = [(name, values[name]) for name in spec.authorize_parameters]
    chosen = secrets.token_urlsafe(32) if state is None else non_empty_text("state", state)
    query.append(("state", chosen))
    if login_window_open_mode is not None:
        if spec.login_window_parameter is None or login_window_open_mode not in spec.login_window_values:
            allowed = list(spec.login_window_values)
            raise errors.ArgumentError(f"`login_window_open_mode` must be one of {allowed} or None")
        query.append((spec.login_window_parameter, login_window_open_mode))
    base = spec.white_label_authorize_url if white_label else spec.authorize_url
    assert base is not None
    return AuthorizationURL(f"{base}?{urlencode(query)}", chosen)


def _lifetime(answer: OAuthAnswer, spec: OAuthSpec) -> float:
    """The answer's lifetime, else the one the spec documents."""
    return answer.expires_in if answer.expires_in is not None else bounded_lifetime(spec.access_token_lifetime)


# The JSON types of a refresh token the tolerant decoder lets pass without a record (absent, or a string
# that is blank): the runtime records those itself when it keeps the refresh token sent.
_UNRECORDED_REFRESH_TOKENS = frozenset({errors.json_type_name(errors.MISSING), errors.json_type_name("")})


def _code_exchange(
    spec: OAuthSpec,
    operations: OAuthOperations,
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str | None,
    user_type: str | None,
    clock: Callable[[], float],
) -> TokenCall[TokenPair]:
    """The code exchange (its texts checked first) and the reader of the pair it answers: without a
    refresh token there is none to keep (nothing rotated)."""
    request = operations.code_request(
        non_empty_text("client_id", client_id),
        non_empty_text("client_secret", client_secret),
        non_empty_text("code", code),
        redirect_uri,
        user_type,
    )

    def pair(client: SyncAPIClient | AsyncAPIClient, response: httpx.Response) -> TokenPair:
        answer = read_token_answer(client, request, response, operations.parse_token)
        if answer.refresh_token is None:
            assert answer.refresh_token_error is not None
            raise errors.APIResponseValidationError(response, answer.refresh_token_error)
        return TokenPair(
            answer.access_token, answer.refresh_token, clock() + _lifetime(answer, spec), answer.scope, answer.details
        )

    return TokenCall(request, pair)


def _refresh(
    spec: OAuthSpec,
    operations: OAuthOperations,
    client_id: str,
    client_secret: str,
    refresh_token: str,
    user_type: str | None,
    clock: Callable[[], float],
) -> TokenCall[TokenPair]:
    """The refresh (its texts checked first) and the reader of the pair it answers: without a new refresh
    token the one sent stays (RFC 6749 section 6)."""
    request = operations.refresh_request(
        non_empty_text("client_id", client_id),
        non_empty_text("client_secret", client_secret),
        non_empty_text("refresh_token", refresh_token),
        user_type,
    )

    def pair(client: SyncAPIClient | AsyncAPIClient, response: httpx.Response) -> TokenPair:
        answer = read_token_answer(client, request, response, operations.parse_token)
        kept = answer.refresh_token
        if kept is None:
            kept = refresh_token
            error = answer.refresh_token_error
            assert error is not None
            if spec.refresh_token_rotates and error.actual_type in _UNRECORDED_REFRESH_TOKENS:
                client.drift.record(
                    request.operation_id,
                    error.path,
                    "a new refresh token (they rotate; the one sent was kept)",
                    error.actual_type,
                )
        return TokenPair(answer.access_token, kept, clock() + _lifetime(answer, spec), answer.scope, answer.details)

    return TokenCall(request, pair)


def _location_access(
    client: SyncAPIClient | AsyncAPIClient,
    spec: OAuthSpec,
    operations: OAuthOperations,
    company_id: str,
    location_id: str,
    clock: Callable[[], float],
) -> TokenCall[AccessToken]:
    """The location token call (sent with the agency token ``client`` has) and the reader of the access
    token it answers (it has no refresh token by design)."""
    if operations.location_request is None or operations.parse_location_token is None:
        raise errors.ArgumentError("this service has no location token exchange")
    parse = operations.parse_location_token
    request = operations.location_request(
        client, non_empty_text("company_id", company_id), non_empty_text("location_id", location_id)
    )

    def access(client: SyncAPIClient | AsyncAPIClient, response: httpx.Response) -> AccessToken:
        answer = read_token_answer(client, request, response, parse)
        return AccessToken(answer.access_token, clock() + _lifetime(answer, spec), answer.scope, answer.details)

    return TokenCall(request, access, authenticated=True)


def exchange_code(
    client: SyncAPIClient,
    spec: OAuthSpec,
    operations: OAuthOperations,
    *,
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str | None = None,
    user_type: str | None = None,
    clock: Callable[[], float] = time.time,
) -> TokenPair:
    """The token pair for an authorization code (sent once: a code works once).

    ``APIResponseValidationError`` if the answer holds no usable access token or refresh token.
    """
    return _code_exchange(spec, operations, client_id, client_secret, code, redirect_uri, user_type, clock).send(client)


async def aexchange_code(
    client: AsyncAPIClient,
    spec: OAuthSpec,
    operations: OAuthOperations,
    *,
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str | None = None,
    user_type: str | None = None,
    clock: Callable[[], float] = time.time,
) -> TokenPair:
    """``exchange_code`` for an async client."""
    call = _code_exchange(spec, operations, client_id, client_secret, code, redirect_uri, user_type, clock)
    return await call.asend(client)


def refresh(
    client: SyncAPIClient,
    spec: OAuthSpec,
    operations: OAuthOperations,
    *,
    client_id: str,
    client_secret: str,
    refresh_token: str,
    user_type: str | None = None,
    clock: Callable[[], float] = time.time,
) -> TokenPair:
    """A new token pair for a refresh token (sent once: where refresh tokens rotate, the one sent dies).

    An answer without a usable new refresh token keeps the one sent in the pair; one without a usable
    access token raises ``APIResponseValidationError``.
    """
    return _refresh(spec, operations, client_id, client_secret, refresh_token, user_type, clock).send(client)


async def arefresh(
    client: AsyncAPIClient,
    spec: OAuthSpec,
    operations: OAuthOperations,
    *,
    client_id: str,
    client_secret: str,
    refresh_token: str,
    user_type: str | None = None,
    clock: Callable[[], float] = time.time,
) -> TokenPair:
    """``refresh`` for an async client."""
    return await _refresh(spec, operations, client_id, client_secret, refresh_token, user_type, clock).asend(client)


def location_token(
    client: SyncAPIClient,
    spec: OAuthSpec,
    operations: OAuthOperations,
    *,
    company_id: str,
    location_id: str,
    clock: Callable[[], float] = time.time,
) -> AccessToken:
    """An access token for one location, got with the agency token ``client`` authenticates with."""
    return _location_access(client, spec, operations, company_id, location_id, clock).send(client)


async def alocation_token(
    client: AsyncAPIClient,
    spec: OAuthSpec,
    operations: OAuthOperations,
    *,
    company_id: str,
    location_id: str,
    clock: Callable[[], float] = time.time,
) -> AccessToken:
    """``location_token`` for an async client."""
    return await _location_access(client, spec, operations, company_id, location_id, clock).asend(client)


TokenStore = Callable[[TokenPair], object]


class RenewingAuth:
    """The shell of an ``Auth`` whose token is renewed by one caller while the others wait (``_renewal.Renewal``
    decides; this holds the locks): a subclass says how a token is got and adopted (``_fetch_sync`` /
    ``_fetch_async``).

    Many concurrent callers (threads, and tasks of any event loop) share one renewal: the others wait for
    it, and a renewal that failed fails them all.
    """

    refreshable = True
    # How often a task waiting for a renewal in another thread or event loop looks again.
    POLL_INTERVAL = 0.01
    # The longest a caller waits for another's renewal (whose HTTP call is bounded by the client's timeout
    # and retries, but whose store callback, if any, is the application's code).
    WAIT_LIMIT = 300.0
    # What a waiter waits for, as its timeout names it.
    RENEWAL = "token renewal"

    _renewal: Renewal[Any]
    _clock: Callable[[], float]

    def _start_renewal(self, renewal: Renewal[Any], clock: Callable[[], float]) -> None:
        self._renewal = renewal
        self._clock = clock
        self._condition = threading.Condition()
        self._async_locks = LoopLocks()

    def sync_token(self, client: SyncAPIClient) -> str:
        token = self._renewal.current(self._clock())
        if token is not None:
            return token
        deadline = time.monotonic() + self.WAIT_LIMIT
        with self._condition:
            while isinstance(claim := self._renewal.claim(self._clock()), AwaitRefresh):
                if not self._condition.wait(max(deadline - time.monotonic(), 0)):
                    raise self._wait_timeout()
                failure = self._renewal.failure_after(claim.attempt)
                if failure is not None:
                    raise failure
        return claim if isinstance(claim, str) else self._renew_sync(client)

    async def async_token(self, client: AsyncAPIClient) -> str:
        token = self._renewal.current(self._clock())
        if token is not None:
            return token
        seen = self._renewal.attempt
        deadline = time.monotonic() + self.WAIT_LIMIT
        async with self._async_locks.get():
            # A thread or another event loop may be renewing: look again, without blocking this loop.
            while isinstance(claim := self._claim(seen), AwaitRefresh):
                if time.monotonic() >= deadline:
                    raise self._wait_timeout()
                await asyncio.sleep(self.POLL_INTERVAL)
                with self._condition:
                    failure = self._renewal.failure_after(claim.attempt)
                if failure is not None:
                    raise failure
            return claim if isinstance(claim, str) else await self._renew_async(client)

    def _renew_sync(self, client: SyncAPIClient) -> str:
        """This caller's renewal; the waiters learn its end, a failure included."""
        try:
            token = self._fetch_sync(client)
        except BaseException as exc:
            self._finish(exc)
            raise
        self._finish(None)
        return token

    async def _renew_async(self, client: AsyncAPIClient) -> str:
        """``_renew_sync`` for an async client."""
        try:
            token = await self._fetch_async(client)
        except BaseException as exc:
            self._finish(exc)
            raise
        self._finish(None)
        return token

    def _fetch_sync(self, client: SyncAPIClient) -> str:
        """Get a token and adopt it (the subclass's part of a renewal)."""
        raise NotImplementedError

    async def _fetch_async(self, client: AsyncAPIClient) -> str:
        """``_fetch_sync`` for an async client."""
        raise NotImplementedError

    def _claim(self, seen: int) -> str | Refresh | AwaitRefresh:
        with self._condition:
            return self._renewal.claim(self._clock(), seen)

    def _finish(self, outcome: BaseException | None) -> None:
        """The renewal this caller made ended, raising ``outcome`` (``None``: it succeeded): wake the waiters."""
        with self._condition:
            self._renewal.finish(outcome)
            self._condition.notify_all()

    def _wait_timeout(self) -> errors.APITimeoutError:
        return errors.APITimeoutError(f"waited {self.WAIT_LIMIT:.0f} s for another caller's {self.RENEWAL}")

    def invalidate(self, token: str) -> bool:
        with self._condition:
            return self._renewal.invalidate(token)

    def refused(self, error: errors.APIStatusError) -> errors.APIStatusError:
        return error

    __reduce__ = _no_pickle


class OAuthTokens(RenewingAuth):
    """The ``Auth`` of a client built from an OAuth token pair: renews the access token on its own.

    The access token is renewed ``REFRESH_MARGIN`` seconds (or a tenth of its lifetime, if shorter)
    before it expires, and once after a 401. Many concurrent callers (threads, and tasks of any event
    loop) share one refresh: the others wait for it, and a refresh that failed fails them all. Every
    new pair goes to ``on_tokens`` before it is used; see the module docstring for a callback that fails.
    """

    REFRESH_MARGIN = 300.0
    RENEWAL = "token refresh"

    def __init__(
        self,
        tokens: TokenPair,
        *,
        client_id: str,
        client_secret: str,
        spec: OAuthSpec,
        operations: OAuthOperations,
        on_tokens: TokenStore,
        user_type: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        _check_pair(tokens)
        if not callable(on_tokens):
            raise errors.ArgumentError("`on_tokens` must be a callable that stores a TokenPair")
        self.client_id = non_empty_text("client_id", client_id)
        self._client_secret = non_empty_text("client_secret", client_secret)
        self._spec = spec
        self._operations = operations
        self._on_tokens = on_tokens
        self._user_type = user_type
        self._start_renewal(Renewal(tokens, clock(), self.REFRESH_MARGIN), clock)
        self.refreshes = 0
        """How many refresh calls this client sent (for tests and monitoring)."""

    @property
    def tokens(self) -> TokenPair:
        """The pair in use (the last one ``on_tokens`` accepted, or the one the client was built with)."""
        pair: TokenPair = self._renewal.pair
        return pair

    @property
    def unsaved(self) -> TokenPair | None:
        """A pair the service issued that ``on_tokens`` failed to store; the next call offers it again."""
        pair: TokenPair | None = self._renewal.unsaved
        return pair

    @property
    def _refreshing(self) -> bool:
        """Whether a refresh is under way (tests wait for one to start)."""
        return self._renewal.refreshing

    def _fetch_sync(self, client: SyncAPIClient) -> str:
        """A refresh, or the offer of an unsaved pair to ``on_tokens`` again."""
        return self._adopt(self._pending() or refresh(client, **self._refresh_arguments()))

    async def _fetch_async(self, client: AsyncAPIClient) -> str:
        """``_fetch_sync`` for an async client."""
        return self._adopt(self._pending() or await arefresh(client, **self._refresh_arguments()))

    def _pending(self) -> TokenPair | None:
        """The pair ``on_tokens`` failed to store, to offer again; else ``None``, and a refresh is counted."""
        pending = self._renewal.unsaved
        if pending is None:
            self.refreshes += 1
        return pending

    def _refresh_arguments(self) -> dict[str, Any]:
        """The arguments of ``refresh`` and ``arefresh`` (beyond the client) for the pair in use."""
        return {
            "spec": self._spec,
            "operations": self._operations,
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "refresh_token": self._renewal.pair.refresh_token,
            "user_type": self._user_type,
            "clock": self._clock,
        }

    def _adopt(self, pair: TokenPair) -> str:
        """Store ``pair`` through ``on_tokens``, then use it; ``TokenStoreError`` if the store fails."""
        self._renewal.unsaved = pair
        try:
            self._on_tokens(pair)
        except Exception as exc:
            raise errors.TokenStoreError(
                f"on_tokens failed ({type(exc).__name__}) to store the new token pair; it was not used and is kept in "
                "`unsaved`: the next call offers it to on_tokens again",
                unsaved=pair,
            ) from exc
        with self._condition:
            return self._renewal.adopted(pair, self._clock())

    def set_tokens(self, tokens: TokenPair) -> None:
        """Use ``tokens`` from now on: after an ``InvalidGrantError`` (the refresh token is spent or
        revoked) the client sends nothing until it is given a new pair, typically from a new
        authorization. ``on_tokens`` is not called: the pair is the caller's own."""
        _check_pair(tokens)
        with self._condition:
            self._renewal.replaced(tokens, self._clock())

    def secrets(self) -> tuple[str, ...]:
        pairs = [self._renewal.pair, *([self._renewal.unsaved] if self._renewal.unsaved else [])]
        return (self._client_secret, *(token for pair in pairs for token in (pair.access_token, pair.refresh_token)))

    def secret_destinations(self) -> tuple[str, ...]:
        return ()  # the token calls go to the client's own base URL

    def shares_secret_with(self, other: object) -> bool:
        return isinstance(other, OAuthTokens) and (
            hmac.compare_digest(self._client_secret.encode(), other._client_secret.encode())
            or hmac.compare_digest(
                self._renewal.pair.refresh_token.encode(), other._renewal.pair.refresh_token.encode()
            )
        )

    def __repr__(self) -> str:
        return f"OAuthTokens(client_id={self.client_id!r}, client_secret=<redacted>, tokens=<redacted>)"
