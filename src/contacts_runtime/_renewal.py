"""Who renews a shared token and what the others do meanwhile, decided without locks or I/O.

``OAuthTokens`` keeps one ``Renewal``; its sync shell holds a ``threading.Condition`` and its async
shell a lock per event loop, and both ask the same questions: is the token current (``current``), may
this caller refresh or must it wait for the refresh under way (``claim``), did the refresh waited for
fail (``failure_after``), and what comes of a refresh that ended (``finish``, ``adopted``). Every
method is called under the shell's lock; this module imports neither asyncio nor threading.
"""

from __future__ import annotations

from typing import Final, Generic, Protocol, TypeVar

import attrs

from .errors import InvalidGrantError

__all__ = ["REFRESH", "AwaitRefresh", "Refresh", "Renewal", "renewal_time"]


class Pair(Protocol):
    @property
    def access_token(self) -> str: ...

    @property
    def expires_at(self) -> float: ...


PairT = TypeVar("PairT", bound=Pair)


def renewal_time(expires_at: float, now: float, margin: float) -> float:
    """When to renew a token that expires at ``expires_at``: ``margin`` seconds before, or a tenth of its
    remaining life if that is shorter (a short-lived token is not renewed before every call)."""
    return expires_at - min(margin, max(expires_at - now, 0.0) / 10)


@attrs.frozen
class Refresh:
    """This caller refreshes (the others wait for it)."""


@attrs.frozen
class AwaitRefresh:
    """Another caller's refresh, number ``attempt``, is under way: wait for it, then ask again."""

    attempt: int


REFRESH: Final = Refresh()


class Renewal(Generic[PairT]):
    """The state of a renewable token pair shared by concurrent callers (the caller holds the lock)."""

    def __init__(self, pair: PairT, now: float, margin: float) -> None:
        self.pair = pair
        self.unsaved: PairT | None = None
        """A pair the service issued that the store has not accepted yet: offered again before any refresh."""
        self.margin = margin
        self.renew_at = renewal_time(pair.expires_at, now, margin)
        self.refreshing = False
        self.attempt = 0
        """How many refreshes have ended; a waiter knows its refresh ended when this moves on."""
        self.failure: Exception | None = None
        self.revoked: Exception | None = None
        """The token endpoint's ``invalid_grant``: nothing is sent until ``replaced`` gives a new pair."""
        self._refusal_pending = False
        self._got_after_refusal = False

    def current(self, now: float) -> str | None:
        """The access token if it may still be used, else ``None`` (it is due, or a new pair awaits storing)."""
        if self.unsaved is None and now < self.renew_at and self.revoked is None:
            return self.pair.access_token
        return None

    def claim(self, now: float, seen: int | None = None) -> str | Refresh | AwaitRefresh:
        """The current token; else ``REFRESH`` (this caller now refreshes) or the refresh to wait for.

        ``seen``: the refresh count when this caller first found the token due, if it then waited on a
        lock of its own: a refresh that ended since with a failure fails it too (raised here).
        """
        if self.revoked is not None:
            raise self.revoked
        token = self.current(now)
        if token is not None:
            return token
        if self.refreshing:
            return AwaitRefresh(self.attempt)
        if seen is not None and self.attempt != seen and self.failure is not None:
            raise self.failure
        self.refreshing = True
        return REFRESH

    def failure_after(self, attempt: int) -> Exception | None:
        """What a caller that waited for refresh ``attempt`` raises, once that refresh has ended: its failure."""
        if self.attempt != attempt and not self.refreshing:
            return self.failure
        return None

    def finish(self, outcome: BaseException | None) -> None:
        """The refresh under way ended, with ``outcome`` raised (``None``: it succeeded).

        An interruption (a cancellation, ``KeyboardInterrupt``) is the refreshing caller's own: the
        waiters are not failed with it, they try again.
        """
        self.refreshing = False
        self.attempt += 1
        self.failure = outcome if isinstance(outcome, Exception) else None
        if isinstance(outcome, InvalidGrantError):
            self.revoked = outcome

    def adopted(self, pair: PairT, now: float) -> str:
        """``pair`` was stored: it is the one in use from now on."""
        self.pair, self.unsaved = pair, None
        self.renew_at = renewal_time(pair.expires_at, now, self.margin)
        self._got_after_refusal, self._refusal_pending = self._refusal_pending, False
        return pair.access_token

    def replaced(self, pair: PairT, now: float) -> None:
        """The owner gave a new pair (``set_tokens``): it is used from now on, whatever happened before."""
        self.adopted(pair, now)
        self.revoked = self.failure = None
        self._got_after_refusal = False

    def invalidate(self, token: str) -> bool:
        """``token`` was refused: renew it before the next call (unless it was already replaced).

        ``False`` when renewing cannot help: ``token`` was itself got because its predecessor was
        refused, so the refusal is not about the token's age (a missing scope, an app not installed);
        renewing again would rotate the pair on every call. Renewal because a token is due is unaffected.
        """
        if self.pair.access_token != token:
            return True
        if self._got_after_refusal:
            return False
        self.renew_at = float("-inf")
        self._refusal_pending = True
        return True
