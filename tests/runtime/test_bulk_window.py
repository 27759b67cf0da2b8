"""Which bulk call is waited for next (``BulkWindow``), alone: handles are plain numbers, nothing runs."""

from __future__ import annotations

import pytest
from contacts_runtime._bulk_window import BulkWindow


@pytest.mark.parametrize("concurrency", [0, -1])
def test_a_concurrency_below_one_is_refused(concurrency: int) -> None:
    with pytest.raises(ValueError, match="`concurrency` must be 1 or more"):
        BulkWindow[int](concurrency)


def test_nothing_is_due_until_twice_the_concurrency_is_held() -> None:
    window = BulkWindow[int](2)
    for number in range(3):
        window.admit(number)
        assert window.due(draining=False) is None
    window.admit(3)
    assert window.due(draining=False) == 0


def test_the_due_call_stays_until_it_is_settled() -> None:
    window = BulkWindow[int](1)
    window.admit(0)
    window.admit(1)
    assert window.due(draining=False) == 0
    assert window.due(draining=False) == 0  # waiting for it was cut short: it is still the oldest
    window.settled()
    assert window.due(draining=False) is None
    assert window.cut_short() == [1]


@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_driven_like_a_runner_outcomes_come_in_order_and_the_window_stays_bounded(concurrency: int) -> None:
    window, held, settled = BulkWindow[int](concurrency), 0, []
    for number in range(50):
        window.admit(number)
        held += 1
        assert held <= 2 * concurrency
        while (oldest := window.due(draining=False)) is not None:
            settled.append(oldest)
            window.settled()
            held -= 1
    while (oldest := window.due(draining=True)) is not None:
        settled.append(oldest)
        window.settled()
    assert settled == list(range(50))
    assert window.cut_short() == []


def test_a_run_cut_short_gets_every_unsettled_call_oldest_first_once() -> None:
    window = BulkWindow[str](4)
    for name in ("a", "b", "c"):
        window.admit(name)
    assert window.cut_short() == ["a", "b", "c"]
    assert window.cut_short() == []
    assert window.due(draining=True) is None
