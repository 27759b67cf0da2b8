"""The Pacer of ``_base_client`` on its own: a pure object fed answer headers and a clock we move by hand.

Windows (learned from the headers, counted, turned over), the first call going alone, late calls, the
daily count with its probe, abandoned calls, forced calls and headers that cannot be right.
"""

from __future__ import annotations

import logging

import httpx
import pytest
from contacts_runtime import Pacer
from contacts_runtime._base_client import DAILY_PROBE_INTERVAL, MAX_PLAUSIBLE_INTERVAL_MS, MAX_PLAUSIBLE_LIMIT
from contacts_runtime.errors import DailyLimitError

NAMES = ("X-Limit", "X-Remaining", "X-Interval-Ms")
DAILY = {"daily_limit": "X-Daily-Limit", "daily_remaining": "X-Daily-Remaining"}


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def limits(limit: object, remaining: object, interval_ms: object) -> httpx.Headers:
    return httpx.Headers({"X-Limit": str(limit), "X-Remaining": str(remaining), "X-Interval-Ms": str(interval_ms)})


def daily(remaining: int, limit: int = 1000) -> httpx.Headers:
    return httpx.Headers({"X-Daily-Limit": str(limit), "X-Daily-Remaining": str(remaining)})


def sent(pacer: Pacer) -> int:
    """Let a call through, returning its window; fails if the pacer asks it to wait."""
    pause, window = pacer.reserve()
    assert pause == 0, f"asked to wait {pause} s"
    return window


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def pacer(clock: Clock) -> Pacer:
    return Pacer(*NAMES, clock=clock)


def test_the_first_call_goes_alone_until_its_answer_tells_the_limit(pacer: Pacer) -> None:
    first = sent(pacer)
    assert pacer.reserve() == (0.005, 0)  # asks again soon: the answer is on its way
    pacer.observe(limits(10, 9, 1000), first)
    assert (pacer.limit, pacer.interval) == (10, 1.0)
    sent(pacer)
    sent(pacer)  # the limit is known: calls go side by side


def test_an_abandoned_first_call_lets_the_others_go(pacer: Pacer) -> None:
    sent(pacer)
    pacer.abandon()
    sent(pacer)
    sent(pacer)
    assert pacer.limit is None  # nothing was learned: pacing is off until an answer says otherwise


def test_a_spent_window_waits_until_it_has_surely_ended(pacer: Pacer, clock: Clock) -> None:
    pacer.observe(limits(3, 2, 2000), sent(pacer))  # the window ends 2 s after this first answer
    sent(pacer)
    sent(pacer)
    clock.now += 0.5
    assert pacer.reserve() == (1.5, 0)
    clock.now += 1.5
    assert pacer.reserve() == (0.0, 1)  # the next window, counting the two calls still in flight


def test_a_new_window_counts_the_calls_still_in_flight(pacer: Pacer, clock: Clock) -> None:
    pacer.observe(limits(3, 2, 1000), sent(pacer))
    sent(pacer)
    sent(pacer)
    clock.now += 1.0
    assert sent(pacer) == 1  # two of the window before were still in flight: they may land in this one
    assert pacer.reserve()[0] > 0


def test_the_service_saying_fewer_are_left_is_believed(pacer: Pacer) -> None:
    pacer.observe(limits(5, 0, 1000), sent(pacer))  # another client spent the window
    assert pacer.reserve()[0] == pytest.approx(1.0)


def test_the_service_saying_more_are_left_does_not_undo_the_count(pacer: Pacer) -> None:
    window = sent(pacer)
    pacer.observe(limits(2, 1, 1000), window)
    sent(pacer)
    pacer.observe(limits(2, 1, 1000), window)  # an answer that overtook the count: the pacer keeps its own
    assert pacer.reserve()[0] > 0


def test_an_answer_from_an_earlier_window_does_not_start_or_fill_this_one(pacer: Pacer, clock: Clock) -> None:
    pacer.observe(limits(2, 1, 1000), sent(pacer))
    early = sent(pacer)
    clock.now += 1.0
    assert sent(pacer) == 1
    pacer.observe(limits(2, 0, 1000), early)  # an answer about window 0: it neither starts nor fills window 1
    clock.now += 5.0
    # Window 1 is full and no answer of its own has told when it ends: ask again soon, still in window 1.
    assert pacer.reserve() == (0.005, 1)


def test_calls_in_the_last_tenth_of_a_window_count_in_the_next(pacer: Pacer, clock: Clock) -> None:
    pacer.observe(limits(3, 2, 1000), sent(pacer))
    clock.now += 0.95
    sent(pacer)  # late: it may reach the service after its window turned
    pacer.observe(limits(3, 1, 1000), 0)
    clock.now += 0.05
    sent(pacer)
    assert sent(pacer) == 1
    assert pacer.reserve()[0] > 0  # window 1 began with the late call counted: three in all


def test_force_lets_a_call_through_whatever_the_count(pacer: Pacer) -> None:
    pacer.observe(limits(1, 0, 60_000), sent(pacer))
    assert pacer.reserve()[0] > 0
    assert pacer.reserve(force=True) == (0.0, 0)


@pytest.mark.parametrize(
    ("limit", "remaining", "interval_ms"),
    [
        (0, 0, 1000),
        (-1, -1, 1000),
        (5, 6, 1000),
        (5, -1, 1000),
        (5, 4, 0),
        (5, 4, MAX_PLAUSIBLE_INTERVAL_MS + 1),
        (MAX_PLAUSIBLE_LIMIT + 1, 0, 1000),
        ("abc", 4, 1000),
        (5, "", 1000),
        (5, 4, "1.5"),
    ],
)
def test_headers_that_cannot_be_right_are_ignored(
    pacer: Pacer, caplog: pytest.LogCaptureFixture, limit: object, remaining: object, interval_ms: object
) -> None:
    with caplog.at_level(logging.WARNING, logger="contacts_runtime._base_client"):
        pacer.observe(limits(limit, remaining, interval_ms), sent(pacer))
        pacer.observe(limits(limit, remaining, interval_ms), sent(pacer))
    assert (pacer.limit, pacer.interval) == (None, None)
    assert [record.getMessage() for record in caplog.records] == [
        "Ignoring implausible rate-limit headers X-Limit, X-Remaining, X-Interval-Ms: pacing without them"
    ]


def test_answers_without_the_headers_leave_the_pacing_as_it_was(pacer: Pacer) -> None:
    pacer.observe(limits(2, 1, 1000), sent(pacer))
    pacer.observe(httpx.Headers({}), sent(pacer))
    assert (pacer.limit, pacer.interval) == (2, 1.0)
    assert pacer.reserve()[0] > 0


# --- the daily count ---------------------------------------------------------------------------------


@pytest.fixture
def daily_pacer(clock: Clock) -> Pacer:
    return Pacer(*NAMES, clock=clock, **DAILY)


def test_the_calls_left_today_are_what_may_go(daily_pacer: Pacer) -> None:
    daily_pacer.observe(daily(2), sent(daily_pacer))
    assert daily_pacer.daily_limit == 1000
    sent(daily_pacer)
    sent(daily_pacer)
    # Both left are in flight: their answers say whether the service counted them already.
    assert daily_pacer.reserve() == (0.005, 0)


def test_the_lowest_count_an_answer_gave_is_the_truest(daily_pacer: Pacer) -> None:
    daily_pacer.observe(daily(1), sent(daily_pacer))
    daily_pacer.observe(daily(5), sent(daily_pacer))  # an answer counted before the other: not believed
    sent(daily_pacer)
    assert daily_pacer.reserve() == (0.005, 0)  # one left, and it is in flight


def test_a_spent_day_refuses_calls_without_sending_them(daily_pacer: Pacer) -> None:
    daily_pacer.observe(daily(0, limit=200_000), sent(daily_pacer))
    with pytest.raises(DailyLimitError) as refused:
        daily_pacer.reserve()
    assert refused.value.limit == 200_000 and refused.value.may_have_reached_server is False
    assert "daily limit of 200000 calls is spent (X-Daily-Remaining said so)" in str(refused.value)


def test_one_probe_goes_after_the_interval_to_learn_whether_the_day_turned(daily_pacer: Pacer, clock: Clock) -> None:
    daily_pacer.observe(daily(0), sent(daily_pacer))
    clock.now += DAILY_PROBE_INTERVAL - 1
    with pytest.raises(DailyLimitError):
        daily_pacer.reserve()
    clock.now += 1
    probe = sent(daily_pacer)
    with pytest.raises(DailyLimitError):
        daily_pacer.reserve()  # one probe at a time
    daily_pacer.observe(daily(999), probe)  # the day turned: the probe's answer is believed, though higher
    sent(daily_pacer)
    sent(daily_pacer)


def test_a_probe_that_finds_the_day_still_spent_waits_another_interval(daily_pacer: Pacer, clock: Clock) -> None:
    daily_pacer.observe(daily(0), sent(daily_pacer))
    clock.now += DAILY_PROBE_INTERVAL
    daily_pacer.observe(daily(0), sent(daily_pacer))
    clock.now += DAILY_PROBE_INTERVAL - 1
    with pytest.raises(DailyLimitError):
        daily_pacer.reserve()
    clock.now += 1
    sent(daily_pacer)


def test_an_abandoned_probe_lets_the_next_one_go_after_the_interval(daily_pacer: Pacer, clock: Clock) -> None:
    daily_pacer.observe(daily(0), sent(daily_pacer))
    clock.now += DAILY_PROBE_INTERVAL
    sent(daily_pacer)
    daily_pacer.abandon()
    with pytest.raises(DailyLimitError):
        daily_pacer.reserve()
    clock.now += DAILY_PROBE_INTERVAL
    sent(daily_pacer)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Daily-Remaining": "many"},
        {"X-Daily-Remaining": "-1"},
        {"X-Daily-Limit": "10", "X-Daily-Remaining": "11"},
        {"X-Daily-Limit": "lots", "X-Daily-Remaining": "1"},
        {"X-Daily-Remaining": str(MAX_PLAUSIBLE_LIMIT + 1)},
    ],
)
def test_daily_figures_that_cannot_be_right_are_ignored(daily_pacer: Pacer, headers: dict[str, str]) -> None:
    daily_pacer.observe(httpx.Headers(headers), sent(daily_pacer))
    for _ in range(5):
        sent(daily_pacer)
    assert daily_pacer.daily_limit is None


def test_a_daily_remaining_without_a_limit_is_counted(clock: Clock) -> None:
    pacer = Pacer(*NAMES, clock=clock, daily_remaining="X-Daily-Remaining")
    pacer.observe(httpx.Headers({"X-Daily-Remaining": "0"}), sent(pacer))
    with pytest.raises(DailyLimitError, match=r"the service's daily limit is spent"):
        pacer.reserve()
    assert pacer.daily_limit is None


# --- the daily pause ends (issue #24) ---------------------------------------------------------------


def test_a_successful_answer_without_the_daily_headers_after_the_pause_ends_it(
    daily_pacer: Pacer, clock: Clock
) -> None:
    daily_pacer.observe(daily(0), sent(daily_pacer))
    clock.now += DAILY_PROBE_INTERVAL
    daily_pacer.observe(httpx.Headers({}), sent(daily_pacer), succeeded=True)  # another endpoint, or a proxy
    for _ in range(20):  # no longer one call a minute: every call goes
        daily_pacer.observe(httpx.Headers({}), sent(daily_pacer))


def test_a_failed_answer_without_the_daily_headers_does_not_end_the_pause(daily_pacer: Pacer, clock: Clock) -> None:
    daily_pacer.observe(daily(0), sent(daily_pacer))
    clock.now += DAILY_PROBE_INTERVAL
    daily_pacer.observe(httpx.Headers({}), sent(daily_pacer), succeeded=False)
    with pytest.raises(DailyLimitError):
        daily_pacer.reserve()
