"""BulkResult tells not-created items from unknown outcomes, survives cancellation and failing callbacks."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from contacts_runtime import BulkProgress, arun_bulk, errors, run_bulk
from highlevel_client import HighLevel

from .conftest import Service, sample


def _by_email(request: httpx.Request) -> httpx.Response:
    email = json.loads(request.content)["email"]
    if email == "refused@x.io":
        return httpx.Response(422, json={"statusCode": 422, "message": ["email must be an email"]})
    if email == "timeout@x.io":
        raise httpx.ReadTimeout("sent, no answer", request=request)
    if email == "broken@x.io":
        return httpx.Response(500, json={"statusCode": 500, "message": "internal"})
    if email == "unreachable@x.io":
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
    created = sample("highlevel_create_contact_response")
    created["contact"]["email"] = email
    return httpx.Response(201, json=created)


def test_failed_items_are_split_into_not_created_and_unknown(highlevel: HighLevel, service: Service) -> None:
    service.default = _by_email
    emails = ["a@x.io", "refused@x.io", "timeout@x.io", "broken@x.io", "unreachable@x.io", "b@x.io"]
    result = highlevel.contacts.bulk_create([{"locationId": "l", "email": email} for email in emails], concurrency=2)
    assert [index for index, _ in result.not_created] == [1, 4]
    assert [index for index, _ in result.unknown] == [2, 3]
    assert len(result.succeeded) == 2 and result.cancelled is False
    creates = [request for request in service.requests if request.method == "POST"]
    assert sum(1 for request in creates if b"timeout@x.io" in request.content) == 1  # never resent


def test_a_raising_on_progress_does_not_lose_the_result(highlevel: HighLevel, service: Service) -> None:
    service.default = _by_email

    def fail(progress: BulkProgress) -> None:
        raise RuntimeError("progress bar broke")

    bodies = [{"locationId": "l", "email": f"p{n}@x.io"} for n in range(6)]
    result = highlevel.contacts.bulk_create(bodies, concurrency=3, on_progress=fail)
    assert len(result.succeeded) == 6
    assert len(result.callback_errors) == 6 and isinstance(result.callback_errors[0], RuntimeError)


def test_on_result_journals_each_outcome_in_order() -> None:
    journal: list[tuple[int, object]] = []

    def call(item: int) -> int:
        if item == 3:
            raise errors.NotFoundError(
                "gone", response=httpx.Response(404, request=httpx.Request("GET", "http://h/")), body=None
            )
        return item * 10

    result = run_bulk(range(6), call, concurrency=3, on_progress=None, on_result=lambda i, o: journal.append((i, o)))
    assert [index for index, _ in journal] == list(range(6))
    assert journal[3][1] is result.outcomes[3] and journal[5] == (5, 50)


def test_ctrl_c_in_the_sync_runner_keeps_the_result_on_the_exception() -> None:
    release = threading.Event()

    def items() -> Iterator[int]:
        yield from range(3)
        raise KeyboardInterrupt

    def call(item: int) -> int:
        if item == 2:
            release.wait(5)  # in flight when Ctrl-C comes
        return item

    with pytest.raises(KeyboardInterrupt) as caught:
        run_bulk(items(), call, concurrency=2, on_progress=None)
    release.set()
    result = caught.value.bulk_result  # type: ignore[attr-defined]
    assert result.cancelled is True and len(result.outcomes) == 3
    assert result.outcomes[:2] == [0, 1]
    ((index, error),) = result.failed
    assert index == 2 and isinstance(error, errors.BulkCallInterruptedError)
    assert result.unknown == [(2, error)]


def test_asyncio_cancellation_keeps_the_result_on_the_exception() -> None:
    async def scenario() -> Any:
        stuck = asyncio.Event()
        journal: list[int] = []

        async def call(item: int) -> int:
            if item >= 2:
                await stuck.wait()
            return item

        task = asyncio.ensure_future(
            arun_bulk(range(5), call, concurrency=3, on_progress=None, on_result=lambda i, o: journal.append(i))
        )
        while len(journal) < 2:
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await task
        return caught.value.bulk_result  # type: ignore[attr-defined]

    result = asyncio.run(scenario())
    assert result.cancelled is True
    assert result.outcomes[:2] == [0, 1] and len(result.outcomes) == 5
    assert [index for index, _ in result.unknown] == [2, 3, 4]  # started: 3 at a time
    assert result.not_created == []
