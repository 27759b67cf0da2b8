"""The request loop's decisions (``CallPlan``), alone: no client, no transport, no clock but the one given."""

from __future__ import annotations

import ast
import email.utils
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

import pytest
from contacts_runtime import _bulk_window, _renewal, _request_loop
from contacts_runtime._request_loop import (
    RAISE,
    RENEW,
    RETURN,
    RETURN_WAIT_REFUSED,
    SEND,
    CallPlan,
    Failure,
    Retry,
    RetryRules,
    Wait,
)

NO_HEADERS: Mapping[str, str] = {}
RETRYABLE_STATUSES = (408, 409, 429, 500, 502, 503, 504, 599)
FINAL_STATUSES = (200, 201, 204, 301, 400, 401, 403, 404, 410, 422)


def rules(max_retries: int = 2, max_wait: float = 60.0, jitter: float = 0.0, now: float = 0.0) -> RetryRules:
    return RetryRules(max_retries, max_wait, random=lambda: jitter, clock=lambda: now)


def plan(
    *, idempotent: bool = True, renewable: bool = False, pacer: FakePacer | None = None, **settings: float
) -> CallPlan:
    return CallPlan(rules(**settings), idempotent, renewable, pacer)  # type: ignore[arg-type]


class FakePacer:
    """A pacer whose ``reserve`` answers are scripted, and which records what it is told."""

    def __init__(self, *pauses: float) -> None:
        self.pauses = list(pauses)
        self.forced: list[bool] = []
        self.observed: list[tuple[Mapping[str, str], int]] = []
        self.abandoned = 0

    def reserve(self, *, force: bool = False) -> tuple[float, int]:
        self.forced.append(force)
        if force or not self.pauses:
            return 0.0, 7
        return self.pauses.pop(0), 7

    def observe(self, headers: Mapping[str, str], window: int, succeeded: bool = True) -> None:
        self.observed.append((headers, window))

    def abandon(self) -> None:
        self.abandoned += 1


@pytest.mark.parametrize("module", [_request_loop, _renewal, _bulk_window], ids=lambda module: module.__name__)
def test_the_decision_modules_import_neither_httpx_asyncio_nor_threading(module: ModuleType) -> None:
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert {name.split(".")[0] for name in imported}.isdisjoint({"httpx", "asyncio", "threading", "socket"}), imported


@pytest.mark.parametrize("status", RETRYABLE_STATUSES)
def test_a_retryable_status_is_retried_for_an_idempotent_request(status: int) -> None:
    assert plan(jitter=0.0).answered(status, NO_HEADERS) == Retry(0.5, 1)


@pytest.mark.parametrize("status", RETRYABLE_STATUSES)
def test_only_a_429_is_resent_for_a_request_that_is_not_idempotent(status: int) -> None:
    decision = plan(idempotent=False).answered(status, NO_HEADERS)
    assert decision == (Retry(0.5, 1) if status == 429 else RETURN)


@pytest.mark.parametrize("idempotent", [True, False])
@pytest.mark.parametrize("status", FINAL_STATUSES)
def test_other_statuses_are_given_back(status: int, idempotent: bool) -> None:
    assert plan(idempotent=idempotent).answered(status, NO_HEADERS) is RETURN


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.25"}, 0.25),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "200", "retry-after": "9"}, 0.2),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
        ({"retry-after": "Thu, 01 Jan 1970 00:00:30 GMT"}, 30.0),
        ({"retry-after": "60"}, 60.0),
    ],
)
def test_the_wait_the_service_asks_for_is_kept(headers: dict[str, str], wait: float) -> None:
    assert plan(now=0.0).answered(429, headers) == Retry(wait, 1)


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "later"},
        {"retry-after": "-5"},
        {"retry-after": "nan"},
        {"retry-after-ms": "-1"},
        {"retry-after": "Thu, 01 Jan 1970 00:00:30 GMT"},  # in the past by the clock given
    ],
)
def test_an_unreadable_or_impossible_retry_after_falls_back_to_backoff(headers: dict[str, str]) -> None:
    assert plan(now=100.0, jitter=0.0).answered(503, headers) == Retry(0.5, 1)


@pytest.mark.parametrize("headers", [{"retry-after": "61"}, {"retry-after-ms": "60001"}])
def test_a_wait_longer_than_max_wait_gives_the_answer_back_at_once(headers: dict[str, str]) -> None:
    call = plan(max_wait=60.0)
    assert call.answered(429, headers) is RETURN_WAIT_REFUSED
    assert call.attempt == 0


@pytest.mark.parametrize("headers", [{"retry-after": "inf"}, {"retry-after": "1e400"}, {"retry-after-ms": "inf"}])
def test_an_endless_retry_after_is_not_believed(headers: dict[str, str]) -> None:
    assert plan(max_wait=60.0).answered(429, headers) == Retry(0.5, 1)


def test_an_http_date_is_read_against_the_injected_clock() -> None:
    when = email.utils.formatdate(1_000_010.0, usegmt=True)
    assert plan(now=1_000_000.0).answered(429, {"retry-after": when}) == Retry(10.0, 1)
    assert plan(now=1_000_000.0, max_wait=5.0).answered(429, {"retry-after": when}) is RETURN_WAIT_REFUSED


@pytest.mark.parametrize(("jitter", "factor"), [(0.0, 1.0), (0.5, 0.875), (1.0, 0.75)])
def test_backoff_doubles_from_half_a_second_to_eight_with_up_to_a_quarter_of_jitter(
    jitter: float, factor: float
) -> None:
    call = plan(max_retries=7, jitter=jitter)
    waits = [call.answered(503, NO_HEADERS) for _ in range(8)]
    expected = [Retry(ceiling * factor, number) for number, ceiling in enumerate([0.5, 1, 2, 4, 8, 8, 8], start=1)]
    assert waits == [*expected, RETURN]


def test_backoff_is_capped_by_max_wait() -> None:
    call = plan(max_retries=3, max_wait=1.5)
    assert [call.answered(500, NO_HEADERS) for _ in range(3)] == [Retry(0.5, 1), Retry(1.0, 2), Retry(1.5, 3)]


@pytest.mark.parametrize("max_retries", [0, 1, 2, 5])
def test_retries_run_out_after_max_retries(max_retries: int) -> None:
    call = plan(max_retries=max_retries)
    decisions = [call.answered(503, NO_HEADERS) for _ in range(max_retries + 1)]
    assert decisions[-1] is RETURN
    assert [type(decision) for decision in decisions[:-1]] == [Retry] * max_retries
    failing = plan(max_retries=max_retries)
    failures = [failing.failed(Failure.NOT_SENT) for _ in range(max_retries + 1)]
    assert failures[-1] is RAISE and [type(decision) for decision in failures[:-1]] == [Retry] * max_retries


def test_answers_and_failures_share_one_count_of_retries() -> None:
    call = plan(max_retries=2)
    assert isinstance(call.answered(503, NO_HEADERS), Retry)
    assert isinstance(call.failed(Failure.TIMED_OUT), Retry)
    assert call.answered(503, NO_HEADERS) is RETURN
    assert call.failed(Failure.NOT_SENT) is RAISE


@pytest.mark.parametrize(
    ("failure", "idempotent", "retried"),
    [
        (Failure.NOT_SENT, True, True),
        (Failure.NOT_SENT, False, True),
        (Failure.TIMED_OUT, True, True),
        (Failure.TIMED_OUT, False, False),
        (Failure.MAY_HAVE_BEEN_SENT, True, True),
        (Failure.MAY_HAVE_BEEN_SENT, False, False),
        (Failure.PERMANENT, True, False),
        (Failure.PERMANENT, False, False),
        (None, True, False),
        (None, False, False),
    ],
)
def test_a_request_that_may_have_acted_is_never_resent_unless_idempotent(
    failure: Failure | None, idempotent: bool, retried: bool
) -> None:
    decision = plan(idempotent=idempotent, jitter=1.0).failed(failure)
    assert decision == (Retry(0.375, 1) if retried else RAISE)


def test_a_401_is_renewed_once_and_the_second_surfaces() -> None:
    call = plan(renewable=True, max_retries=2)
    assert call.answered(401, NO_HEADERS) is RENEW
    assert call.attempt == 0  # a renewal is not a retry
    assert call.answered(401, NO_HEADERS) is RETURN


def test_a_401_to_a_token_that_cannot_be_renewed_surfaces() -> None:
    assert plan(renewable=False).answered(401, NO_HEADERS) is RETURN


def test_a_renewal_then_retries_still_have_their_full_count() -> None:
    call = plan(renewable=True, max_retries=1)
    assert call.answered(401, NO_HEADERS) is RENEW
    assert call.answered(429, {"retry-after": "1"}) == Retry(1.0, 1)
    assert call.answered(429, {"retry-after": "1"}) is RETURN


def test_without_a_pacer_every_attempt_goes_at_once() -> None:
    assert plan().pace() is SEND


def test_the_pacer_waits_are_passed_on_and_the_window_observed() -> None:
    pacer = FakePacer(0.2, 0.3, 0.0)
    call = plan(pacer=pacer)
    assert [call.pace(), call.pace(), call.pace()] == [Wait(0.2), Wait(0.3), SEND]
    assert call.answered(200, {"x": "1"}) is RETURN
    assert pacer.observed == [({"x": "1"}, 7)]


def test_the_pacer_waits_of_one_attempt_add_up_to_max_wait_then_the_call_goes() -> None:
    pacer = FakePacer(40.0, 40.0)
    call = plan(pacer=pacer, max_wait=60.0)
    assert [call.pace(), call.pace(), call.pace()] == [Wait(40.0), Wait(20.0), SEND]
    assert pacer.forced == [False, False, True]


def test_each_attempt_has_its_own_pacing_budget() -> None:
    pacer = FakePacer(60.0, 60.0)
    call = plan(pacer=pacer, max_wait=60.0)
    assert [call.pace(), call.pace()] == [Wait(60.0), SEND]
    assert call.answered(503, NO_HEADERS) == Retry(0.5, 1)
    assert [call.pace(), call.pace()] == [Wait(60.0), SEND]
    assert pacer.forced == [False, True, False, True]


@pytest.mark.parametrize("failure", [*Failure, None])
def test_a_call_that_got_no_answer_gives_its_pacer_slot_back(failure: Failure | None) -> None:
    pacer = FakePacer()
    call = plan(pacer=pacer, max_retries=0)
    assert call.pace() is SEND
    assert call.failed(failure) is RAISE
    assert (pacer.abandoned, pacer.observed) == (1, [])


def test_decisions_are_values() -> None:
    assert Retry(1.0, 1) == Retry(1.0, 1) and Wait(0.5) == Wait(0.5)
    with pytest.raises(AttributeError):
        Retry(1.0, 1).wait = 2.0  # type: ignore[misc]
