"""Who renews a shared token pair and what the other callers do (``Renewal``), alone: no lock, no client."""

from __future__ import annotations

import attrs
import pytest
from contacts_runtime._renewal import REFRESH, AwaitRefresh, Renewal, renewal_time

MARGIN = 300.0


@attrs.frozen
class Pair:
    access_token: str
    expires_at: float


def renewal(expires_at: float = 10_000.0, now: float = 0.0) -> Renewal[Pair]:
    return Renewal(Pair("access-1", expires_at), now, MARGIN)


@pytest.mark.parametrize(
    ("expires_at", "now", "renew_at"),
    [
        (10_000.0, 0.0, 9_700.0),  # the margin
        (1_000.0, 0.0, 900.0),  # a tenth of a short life
        (100.0, 200.0, 100.0),  # already expired
    ],
)
def test_renewal_time(expires_at: float, now: float, renew_at: float) -> None:
    assert renewal_time(expires_at, now, MARGIN) == renew_at


def test_the_token_is_current_until_its_renewal_time() -> None:
    state = renewal()
    assert state.current(9_699.0) == "access-1"
    assert state.current(9_700.0) is None


def test_a_pair_waiting_to_be_stored_makes_the_token_due() -> None:
    state = renewal()
    state.unsaved = Pair("access-2", 20_000.0)
    assert state.current(0.0) is None
    assert state.claim(0.0) is REFRESH


def test_one_caller_refreshes_and_the_others_wait_for_that_refresh() -> None:
    state = renewal()
    assert state.claim(9_800.0) is REFRESH
    assert state.claim(9_800.0) == AwaitRefresh(0)
    assert state.failure_after(0) is None  # still under way
    assert state.adopted(Pair("access-2", 20_000.0), 9_800.0) == "access-2"
    state.finish(None)
    assert state.failure_after(0) is None
    assert state.claim(9_800.0) == "access-2"
    assert state.renew_at == 19_700.0


def test_a_failed_refresh_fails_its_waiters() -> None:
    state = renewal()
    assert state.claim(9_800.0) is REFRESH
    waiting = state.claim(9_800.0)
    assert isinstance(waiting, AwaitRefresh)
    failure = RuntimeError("token endpoint down")
    state.finish(failure)
    assert state.failure_after(waiting.attempt) is failure
    assert state.claim(9_800.0) is REFRESH  # a caller arriving afterwards tries again


@pytest.mark.parametrize("interruption", [KeyboardInterrupt(), SystemExit(1), GeneratorExit()])
def test_an_interrupted_refresh_lets_the_waiters_try_again(interruption: BaseException) -> None:
    state = renewal()
    assert state.claim(9_800.0) is REFRESH
    state.finish(interruption)
    assert state.failure_after(0) is None
    assert state.claim(9_800.0, seen=0) is REFRESH


def test_a_caller_that_waited_on_its_own_lock_is_failed_by_the_refresh_that_failed_meanwhile() -> None:
    state = renewal()
    seen = state.attempt
    assert state.claim(9_800.0, seen) is REFRESH
    failure = RuntimeError("refused")
    state.finish(failure)
    with pytest.raises(RuntimeError) as raised:
        state.claim(9_800.0, seen)
    assert raised.value is failure
    assert not state.refreshing
    assert state.claim(9_800.0, seen=state.attempt) is REFRESH  # one that arrived after it refreshes


def test_invalidate_renews_only_the_token_in_use() -> None:
    state = renewal()
    state.invalidate("an-older-token")
    assert state.current(0.0) == "access-1"
    state.invalidate("access-1")
    assert state.current(0.0) is None
