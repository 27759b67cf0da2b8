"""Many calls of one operation, side by side, in order, with progress reports and per-item failures.

A failed item is *not created* (the service refused it, or the request never left), of *unknown
outcome* (the request may have reached the service: a timeout after sending, a 5xx), or *done but
unreadable* (a success status whose body could not give the documented model:
``SucceededUnreadableError``); ``BulkResult`` lists each kind so users know what to reconcile.

Cancelling a run (asyncio cancellation, Ctrl-C in the sync runner) raises as usual; the result so
far is not lost: it rides on the exception as ``bulk_result`` (with ``cancelled=True``), the calls
cut short recorded as ``BulkCallInterruptedError`` outcomes. A callback (``on_progress``,
``on_result``) that raises does not stop the run: its exception is kept in ``callback_errors``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

from attrs import define, field

from ._bulk_window import BulkWindow
from .errors import APIError, BulkCallInterruptedError, DecodeError, SucceededUnreadableError

__all__ = ["BulkProgress", "BulkResult"]

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")

_log = logging.getLogger(__name__)


@define(frozen=True)
class BulkProgress:
    """Where a bulk call stands: items done (succeeded or failed) and failed, seconds since it began."""

    done: int
    failed: int
    elapsed: float


def _outcome_unknown(error: APIError | DecodeError) -> bool:
    """True when the failed call may still have taken effect on the service."""
    if isinstance(error, DecodeError):
        return True  # a success answer came; only its body could not be read
    return bool(getattr(error, "may_have_reached_server", False))


@define
class BulkResult(Generic[ResultT]):
    """Each item's result or error, in the order the items came (only those reached, if ``cancelled``)."""

    outcomes: list[ResultT | APIError | DecodeError] = field(factory=list)
    cancelled: bool = False
    callback_errors: list[Exception] = field(factory=list)

    @property
    def succeeded(self) -> list[ResultT]:
        return [outcome for outcome in self.outcomes if not isinstance(outcome, APIError | DecodeError)]

    @property
    def failed(self) -> list[tuple[int, APIError | DecodeError]]:
        """(index of the item, its error) for every item that failed."""
        return [
            (index, outcome)
            for index, outcome in enumerate(self.outcomes)
            if isinstance(outcome, APIError | DecodeError)
        ]

    @property
    def not_created(self) -> list[tuple[int, APIError | DecodeError]]:
        """Failed items the service surely did not act on: safe to send again."""
        return [(index, error) for index, error in self.failed if not _outcome_unknown(error)]

    @property
    def unknown(self) -> list[tuple[int, APIError | DecodeError]]:
        """Failed items the service may have acted on: look them up before sending them again."""
        return [
            (index, error)
            for index, error in self.failed
            if _outcome_unknown(error) and not isinstance(error, SucceededUnreadableError)
        ]

    @property
    def done_unreadable(self) -> list[tuple[int, SucceededUnreadableError]]:
        """Items the service acted on (a success status) whose answer could not give the documented model:
        done, never to be sent again; the answer is in each error's ``response``."""
        return [(index, error) for index, error in self.failed if isinstance(error, SucceededUnreadableError)]


class _Tally(Generic[ResultT]):
    def __init__(
        self,
        on_progress: Callable[[BulkProgress], None] | None,
        on_result: Callable[[int, ResultT | APIError | DecodeError], None] | None,
    ) -> None:
        self.result: BulkResult[ResultT] = BulkResult()
        self._on_progress = on_progress
        self._on_result = on_result
        self._failed = 0
        self._started = time.monotonic()

    def add(self, outcome: ResultT | APIError | DecodeError) -> None:
        index = len(self.result.outcomes)
        self.result.outcomes.append(outcome)
        if isinstance(outcome, APIError | DecodeError):
            self._failed += 1
        if self._on_result is not None:
            self._call(self._on_result, index, outcome)
        if self._on_progress is not None:
            self._call(
                self._on_progress,
                BulkProgress(len(self.result.outcomes), self._failed, time.monotonic() - self._started),
            )

    def _call(self, callback: Callable[..., None], *args: object) -> None:
        try:
            callback(*args)
        except Exception as exc:  # a user's callback: its failure must not lose the outcomes
            if not self.result.callback_errors:
                _log.warning(
                    "A bulk callback raised %s; the run goes on (see BulkResult.callback_errors)", type(exc).__name__
                )
            self.result.callback_errors.append(exc)

    def cancel(self, exc: BaseException) -> None:
        self.result.cancelled = True
        with contextlib.suppress(AttributeError):  # an exception type that refuses new attributes
            exc.bulk_result = self.result  # type: ignore[attr-defined]


def _interrupted(started: bool) -> BulkCallInterruptedError:
    if started:
        return BulkCallInterruptedError(
            "the run was cancelled while this call was in flight: it may have taken effect",
            may_have_reached_server=True,
        )
    return BulkCallInterruptedError("the run was cancelled before this call was sent", may_have_reached_server=False)


def _capture(call: Callable[[ItemT], ResultT], item: ItemT) -> ResultT | APIError | DecodeError:
    try:
        return call(item)
    except (APIError, DecodeError) as error:
        return error


def run_bulk(
    items: Iterable[ItemT],
    call: Callable[[ItemT], ResultT],
    *,
    concurrency: int,
    on_progress: Callable[[BulkProgress], None] | None,
    on_result: Callable[[int, ResultT | APIError | DecodeError], None] | None = None,
) -> BulkResult[ResultT]:
    """``call`` on every item, ``concurrency`` at a time; at most twice that many items are held at once.

    ``on_result(index, outcome)`` is called with each item's outcome, in order, as soon as it is known.
    """
    window: BulkWindow[Future[ResultT | APIError | DecodeError]] = BulkWindow(concurrency)
    tally: _Tally[ResultT] = _Tally(on_progress, on_result)
    pool = ThreadPoolExecutor(max_workers=concurrency)

    def settle(*, draining: bool) -> None:
        while (future := window.due(draining=draining)) is not None:
            tally.add(future.result())
            window.settled()

    try:
        for item in items:
            window.admit(pool.submit(_capture, call, item))
            settle(draining=False)
        settle(draining=True)
    except BaseException as exc:
        # Calls not started are dropped; those running finish in their threads, their outcome unknown here.
        pool.shutdown(wait=False, cancel_futures=True)
        for future in window.cut_short():
            if future.cancelled():
                tally.add(_interrupted(started=False))
            elif future.done():
                tally.add(future.result())
            else:
                tally.add(_interrupted(started=True))
        tally.cancel(exc)
        raise
    pool.shutdown(wait=True)
    return tally.result


async def arun_bulk(
    items: Iterable[ItemT] | AsyncIterable[ItemT],
    call: Callable[[ItemT], Awaitable[ResultT]],
    *,
    concurrency: int,
    on_progress: Callable[[BulkProgress], None] | None,
    on_result: Callable[[int, ResultT | APIError | DecodeError], None] | None = None,
) -> BulkResult[ResultT]:
    """``call`` on every item, ``concurrency`` at a time, as tasks (``on_result`` as in ``run_bulk``)."""
    window: BulkWindow[tuple[int, asyncio.Task[ResultT | APIError | DecodeError]]] = BulkWindow(concurrency)
    tally: _Tally[ResultT] = _Tally(on_progress, on_result)
    running = asyncio.Semaphore(concurrency)
    started: set[int] = set()

    async def capture(number: int, item: ItemT) -> ResultT | APIError | DecodeError:
        async with running:
            started.add(number)
            try:
                return await call(item)
            except (APIError, DecodeError) as error:
                return error

    async def settle(*, draining: bool) -> None:
        while (oldest := window.due(draining=draining)) is not None:
            tally.add(await oldest[1])
            window.settled()

    try:
        number = 0
        async for item in _each(items):
            window.admit((number, asyncio.ensure_future(capture(number, item))))
            number += 1
            await settle(draining=False)
        await settle(draining=True)
    except BaseException as exc:
        # Finished calls count as they ended; the others are stopped, their outcome known only if not started.
        for number, task in window.cut_short():
            if task.done() and not task.cancelled() and task.exception() is None:
                tally.add(task.result())
            else:
                task.cancel()
                tally.add(_interrupted(started=number in started))
        tally.cancel(exc)
        raise
    return tally.result


async def _each(items: Iterable[ItemT] | AsyncIterable[ItemT]) -> AsyncIterator[ItemT]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item
