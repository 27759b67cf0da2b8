"""The bulk runner (``_bulk``) on its own: the tally of outcomes, progress and callbacks, how failures are
sorted into not-created and unknown, and both runners (threads and tasks) keeping order, bounding what
they hold and keeping the result on a cancelled run. No client, no network: calls are plain functions."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from contacts_runtime._bulk import BulkProgress, BulkResult, _interrupted, _Tally, arun_bulk, run_bulk
from contacts_runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadRequestError,
    BulkCallInterruptedError,
    DecodeError,
    InternalServerError,
    SucceededUnreadableError,
)

REQUEST = httpx.Request("POST", "https://api.example.test/contacts")
WAIT = 10.0  # seconds: a bound on every wait below, never reached when the code is right


def status(code: int, cls: type[APIError]) -> APIError:
    return cls("refused", response=httpx.Response(code, request=REQUEST), body=None)  # type: ignore[call-arg]


REFUSED = status(400, BadRequestError)
BROKEN = status(500, InternalServerError)
TIMED_OUT = APITimeoutError(request=REQUEST)
UNREACHABLE = APIConnectionError(request=REQUEST, may_have_reached_server=False)
UNREADABLE = DecodeError("an object", [1])
DONE_UNREADABLE = SucceededUnreadableError(
    httpx.Response(201, request=REQUEST), DecodeError("a value", None, "contact")
)


# --- the tally and the result ------------------------------------------------------------------------


def test_the_tally_keeps_outcomes_in_order_and_reports_progress() -> None:
    progress: list[tuple[int, int]] = []
    results: list[tuple[int, object]] = []
    tally: _Tally[str] = _Tally(lambda p: progress.append((p.done, p.failed)), lambda i, o: results.append((i, o)))
    for outcome in ("a", REFUSED, "b", UNREADABLE):
        tally.add(outcome)
    assert tally.result.outcomes == ["a", REFUSED, "b", UNREADABLE]
    assert progress == [(1, 0), (2, 1), (3, 1), (4, 2)]
    assert results == [(0, "a"), (1, REFUSED), (2, "b"), (3, UNREADABLE)]


def test_progress_reports_the_time_since_the_run_began() -> None:
    reports: list[BulkProgress] = []
    tally: _Tally[str] = _Tally(reports.append, None)
    tally.add("a")
    assert reports[0].elapsed >= 0 and (reports[0].done, reports[0].failed) == (1, 0)


def test_a_raising_callback_is_kept_and_logged_once_and_the_tally_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    def fails(*arguments: object) -> None:
        raise RuntimeError("the user's bug")

    tally: _Tally[str] = _Tally(fails, fails)
    with caplog.at_level(logging.WARNING, logger="contacts_runtime._bulk"):
        tally.add("a")
        tally.add("b")
    assert tally.result.outcomes == ["a", "b"]
    assert [str(error) for error in tally.result.callback_errors] == ["the user's bug"] * 4
    assert [record.getMessage() for record in caplog.records] == [
        "A bulk callback raised RuntimeError; the run goes on (see BulkResult.callback_errors)"
    ]


def test_cancelling_puts_the_result_on_the_exception() -> None:
    tally: _Tally[str] = _Tally(None, None)
    tally.add("a")
    interrupt = KeyboardInterrupt()
    tally.cancel(interrupt)
    assert interrupt.bulk_result is tally.result and tally.result.cancelled  # type: ignore[attr-defined]


def test_an_exception_refusing_attributes_still_cancels() -> None:
    class Sealed(Exception):
        def __setattr__(self, name: str, value: object) -> None:
            raise AttributeError(name)

    tally: _Tally[str] = _Tally(None, None)
    tally.cancel(Sealed())
    assert tally.result.cancelled


def test_failures_are_sorted_into_not_created_and_unknown() -> None:
    outcomes: list[Any] = ["ok", REFUSED, BROKEN, TIMED_OUT, UNREACHABLE, UNREADABLE, _interrupted(started=True)]
    outcomes.append(_interrupted(started=False))
    result: BulkResult[str] = BulkResult(outcomes)
    assert result.succeeded == ["ok"]
    assert [index for index, _ in result.failed] == [1, 2, 3, 4, 5, 6, 7]
    # Refused, never sent, never started: safe to send again.
    assert [index for index, _ in result.not_created] == [1, 4, 7]
    # A 5xx, a timeout after sending, an unreadable success, a call in flight when cancelled: look them up.
    assert [index for index, _ in result.unknown] == [2, 3, 5, 6]


def test_a_success_with_an_unreadable_answer_is_done_not_failed_to_create_nor_unknown() -> None:
    result: BulkResult[str] = BulkResult(["ok", DONE_UNREADABLE, REFUSED, TIMED_OUT])
    assert result.done_unreadable == [(1, DONE_UNREADABLE)]
    assert [index for index, _ in result.not_created] == [2]
    assert [index for index, _ in result.unknown] == [3]


def test_run_bulk_lists_an_unreadable_success_as_done() -> None:
    result = run_bulk([1, DONE_UNREADABLE], answer_or_raise, concurrency=2, on_progress=None)
    assert result.done_unreadable == [(1, DONE_UNREADABLE)] and result.unknown == [] and result.not_created == []


async def test_arun_bulk_lists_an_unreadable_success_as_done() -> None:
    async def call(item: object) -> str:
        return answer_or_raise(item)

    result = await arun_bulk([1, DONE_UNREADABLE], call, concurrency=2, on_progress=None)
    assert result.done_unreadable == [(1, DONE_UNREADABLE)] and result.unknown == []


def test_an_interrupted_call_says_whether_it_had_started() -> None:
    started, waiting = _interrupted(started=True), _interrupted(started=False)
    assert isinstance(started, BulkCallInterruptedError) and started.may_have_reached_server
    assert "may have taken effect" in str(started)
    assert not waiting.may_have_reached_server and "before this call was sent" in str(waiting)


# --- the runners -------------------------------------------------------------------------------------


def answer_or_raise(item: object) -> str:
    if isinstance(item, Exception):
        raise item
    return f"done {item}"


def test_run_bulk_keeps_the_items_order_and_captures_api_errors() -> None:
    result = run_bulk([1, REFUSED, 2, UNREADABLE, 3], answer_or_raise, concurrency=3, on_progress=None)
    assert result.outcomes == ["done 1", REFUSED, "done 2", UNREADABLE, "done 3"]
    assert result.cancelled is False


async def test_arun_bulk_keeps_the_items_order_and_captures_api_errors() -> None:
    async def call(item: object) -> str:
        await asyncio.sleep(0)
        return answer_or_raise(item)

    result = await arun_bulk([1, REFUSED, 2, UNREADABLE, 3], call, concurrency=3, on_progress=None)
    assert result.outcomes == ["done 1", REFUSED, "done 2", UNREADABLE, "done 3"]


async def test_arun_bulk_takes_items_from_an_async_iterable() -> None:
    async def items() -> AsyncIterator[int]:
        for item in range(5):
            yield item

    async def call(item: int) -> int:
        return item * 10

    result = await arun_bulk(items(), call, concurrency=2, on_progress=None)
    assert result.outcomes == [0, 10, 20, 30, 40]


@pytest.mark.parametrize("concurrency", [0, -1])
def test_a_concurrency_below_one_is_refused(concurrency: int) -> None:
    with pytest.raises(ValueError, match="`concurrency` must be 1 or more"):
        run_bulk([1], answer_or_raise, concurrency=concurrency, on_progress=None)
    with pytest.raises(ValueError, match="`concurrency` must be 1 or more"):
        asyncio.run(arun_bulk([1], _async_echo, concurrency=concurrency, on_progress=None))


async def _async_echo(item: object) -> object:
    return item


def test_run_bulk_holds_at_most_twice_the_concurrency() -> None:
    release = threading.Event()
    taken: list[int] = []
    first_held = threading.Event()

    def items() -> Iterator[int]:
        for item in range(20):
            taken.append(item)
            yield item

    def call(item: int) -> int:
        if item == 0:
            first_held.set()
            assert release.wait(WAIT)
        return item

    def watch(index: int, outcome: object) -> None:
        held_when_first_came.append(len(taken))

    held_when_first_came: list[int] = []
    runner = threading.Thread(target=lambda: run_bulk(items(), call, concurrency=2, on_progress=None, on_result=watch))
    runner.start()
    assert first_held.wait(WAIT)
    release.set()
    runner.join(WAIT)
    # The first outcome came once the runner held 2 x concurrency items, and not one more.
    assert held_when_first_came[0] == 4
    assert len(held_when_first_came) == 20


async def test_arun_bulk_holds_at_most_twice_the_concurrency() -> None:
    release = asyncio.Event()
    taken: list[int] = []

    def items() -> Iterator[int]:
        for item in range(20):
            taken.append(item)
            yield item

    async def call(item: int) -> int:
        if item == 0:
            await release.wait()
        return item

    run = asyncio.ensure_future(arun_bulk(items(), call, concurrency=2, on_progress=None))
    for _ in range(50):
        await asyncio.sleep(0)
    assert len(taken) == 4  # 2 x concurrency admitted; the fourth waits for the first
    release.set()
    assert (await asyncio.wait_for(run, WAIT)).outcomes == list(range(20))


def test_a_cancelled_sync_run_keeps_its_result_on_the_exception() -> None:
    def items() -> Iterator[int]:
        yield 1
        yield 2
        raise KeyboardInterrupt  # Ctrl-C while the runner takes the next item

    with pytest.raises(KeyboardInterrupt) as interrupted:
        run_bulk(items(), answer_or_raise, concurrency=1, on_progress=None)
    result = interrupted.value.bulk_result  # type: ignore[attr-defined]
    assert result.cancelled and result.outcomes[0] == "done 1"
    assert len(result.outcomes) == 2  # the second: answered, or recorded as interrupted; never lost
    assert result.outcomes[1] == "done 2" or isinstance(result.outcomes[1], BulkCallInterruptedError)


async def test_a_cancelled_async_run_records_the_calls_it_cut_short() -> None:
    started = asyncio.Event()

    async def call(item: int) -> int:
        if item == 1:
            started.set()
            await asyncio.Event().wait()  # in flight until cancelled
        return item

    run = asyncio.ensure_future(arun_bulk(range(4), call, concurrency=2, on_progress=None))
    await asyncio.wait_for(started.wait(), WAIT)
    await asyncio.sleep(0)
    run.cancel()
    with pytest.raises(asyncio.CancelledError) as cancelled:
        await run
    result = cancelled.value.bulk_result  # type: ignore[attr-defined]
    assert result.cancelled and result.outcomes[0] == 0
    in_flight = result.outcomes[1]
    assert isinstance(in_flight, BulkCallInterruptedError) and in_flight.may_have_reached_server
    assert [outcome for outcome in result.outcomes[2:] if not isinstance(outcome, int | BulkCallInterruptedError)] == []
    assert len(result.outcomes) == 4
