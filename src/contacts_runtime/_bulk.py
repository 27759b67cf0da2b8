"""Many calls of one operation, side by side, in order, with progress reports and per-item failures."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

from attrs import define, field

from .errors import APIError, DecodeError

__all__ = ["BulkProgress", "BulkResult"]

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")


@define(frozen=True)
class BulkProgress:
    """Where a bulk call stands: items done (succeeded or failed) and failed, seconds since it began."""

    done: int
    failed: int
    elapsed: float


@define
class BulkResult(Generic[ResultT]):
    """Each item's result or error, in the order the items came."""

    outcomes: list[ResultT | APIError | DecodeError] = field(factory=list)

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


class _Tally(Generic[ResultT]):
    def __init__(self, on_progress: Callable[[BulkProgress], None] | None) -> None:
        self.result: BulkResult[ResultT] = BulkResult()
        self._on_progress = on_progress
        self._failed = 0
        self._started = time.monotonic()

    def add(self, outcome: ResultT | APIError | DecodeError) -> None:
        self.result.outcomes.append(outcome)
        if isinstance(outcome, APIError | DecodeError):
            self._failed += 1
        if self._on_progress is not None:
            self._on_progress(BulkProgress(len(self.result.outcomes), self._failed, time.monotonic() - self._started))


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
) -> BulkResult[ResultT]:
    """``call`` on every item, ``concurrency`` at a time; at most twice that many items are held at once."""
    if concurrency < 1:
        raise ValueError(f"`concurrency` must be 1 or more, got {concurrency}")
    tally: _Tally[ResultT] = _Tally(on_progress)
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        pending: deque[Future[ResultT | APIError | DecodeError]] = deque()
        for item in items:
            pending.append(pool.submit(_capture, call, item))
            if len(pending) >= 2 * concurrency:
                tally.add(pending.popleft().result())
        while pending:
            tally.add(pending.popleft().result())
    return tally.result


async def arun_bulk(
    items: Iterable[ItemT] | AsyncIterable[ItemT],
    call: Callable[[ItemT], Awaitable[ResultT]],
    *,
    concurrency: int,
    on_progress: Callable[[BulkProgress], None] | None,
) -> BulkResult[ResultT]:
    """``call`` on every item, ``concurrency`` at a time, as tasks."""
    if concurrency < 1:
        raise ValueError(f"`concurrency` must be 1 or more, got {concurrency}")
    tally: _Tally[ResultT] = _Tally(on_progress)
    running = asyncio.Semaphore(concurrency)

    async def capture(item: ItemT) -> ResultT | APIError | DecodeError:
        async with running:
            try:
                return await call(item)
            except (APIError, DecodeError) as error:
                return error

    pending: deque[asyncio.Task[ResultT | APIError | DecodeError]] = deque()

    async def admit(item: ItemT) -> None:
        pending.append(asyncio.ensure_future(capture(item)))
        if len(pending) >= 2 * concurrency:
            tally.add(await pending.popleft())

    try:
        if isinstance(items, AsyncIterable):
            async for item in items:
                await admit(item)
        else:
            for item in items:
                await admit(item)
        while pending:
            tally.add(await pending.popleft())
    finally:
        for task in pending:
            task.cancel()
    return tally.result
