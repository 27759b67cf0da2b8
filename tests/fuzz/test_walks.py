"""A walk yields every item exactly once, in order, whatever page lengths the service serves.

Lengths are drawn per offset: shorter than asked, longer, the same, changing from page to page,
a last page that is full, a total the answers overstate or understate, and empty pages in the middle
of a list (which end it there). Offset paging is walked side by side (``iter_all``, ``iter_json``,
sync and async, and ``contacts-sdk export``); cursor paging and HighLevel's search one page after
another. A search whose pages are not ``pageLimit`` long goes on by cursor, or raises
``PaginationError`` when its items have no cursor: it never repeats or skips an item.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from contacts_runtime.errors import PaginationError
from highlevel_client import AsyncHighLevel, HighLevel
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sakari_client import AsyncSakari, Sakari

from contacts_cli._app import app

from .walks import (
    ASKED,
    LocalServer,
    ServedList,
    expect_exactly_once_in_order,
    highlevel_list_handler,
    highlevel_search_handler,
    lengths_served,
    lengths_with_empty_pages,
    position_of,
    sakari_contacts_handler,
    simulate,
)

# The pure plan is cheap: many more examples than the walks through a client.
PLAN_EXAMPLES = settings(max_examples=settings.default.max_examples * 20)
# The command starts a job, a journal and a file per example: fewer.
COMMAND_EXAMPLES = settings(max_examples=max(5, settings.default.max_examples // 3))

sizes = st.integers(0, 80)
# What the first answer's totalCount says, against the list's real size.
overstated_or_understated = st.integers(-25, 15)


# --- the plan alone --------------------------------------------------------------------------------


@PLAN_EXAMPLES
@given(
    size=st.integers(0, 150),
    lengths=lengths_with_empty_pages,
    start=st.integers(0, 30),
    misstated=overstated_or_understated,
    window=st.integers(1, 16),
    has_next_sent=st.booleans(),
)
@example(size=41, lengths=[1, 10], start=0, misstated=0, window=16, has_next_sent=True)  # first page shorter
@example(size=60, lengths=[10, 10, 20], start=0, misstated=0, window=8, has_next_sent=True)  # 20 from 20
@example(size=40, lengths=[10], start=0, misstated=0, window=4, has_next_sent=True)  # last page full
@example(size=40, lengths=[40, 7], start=0, misstated=0, window=4, has_next_sent=True)  # all at once
@example(size=40, lengths=[10, 10, 0], start=0, misstated=0, window=4, has_next_sent=True)  # empty at 20
def test_a_planned_walk_yields_each_item_once_in_order_for_any_page_lengths(
    size: int, lengths: list[int], start: int, misstated: int, window: int, has_next_sent: bool
) -> None:
    start = min(start, size)
    served = ServedList(size, lengths, has_next_sent=has_next_sent)
    total = max(size + misstated, 0)
    positions = simulate(served, start=start, total=total, window=window)
    end = start + len(positions)
    assert positions == list(range(start, end))
    assert end <= size
    if has_next_sent:
        assert served.ended_at(end)
    else:  # nothing says more follow past the total: the walk may end there
        assert served.ended_at(end) or end >= min(total, size)
    assert len(set(served.offsets())) == len(served.offsets()), "an offset was fetched twice"


# --- offset paging through the clients -------------------------------------------------------------


def _sakari(handler: Any) -> Sakari:
    transport = httpx.MockTransport(handler)
    return Sakari(
        client_id="client-1",
        client_secret="s3cr3t",
        account_id="acc-1",
        http_client=httpx.Client(transport=transport),
        strict_response_validation=True,
    )


def _async_sakari(handler: Any) -> AsyncSakari:
    transport = httpx.MockTransport(handler)
    return AsyncSakari(
        client_id="client-1",
        client_secret="s3cr3t",
        account_id="acc-1",
        http_client=httpx.AsyncClient(transport=transport),
        strict_response_validation=True,
    )


def _contact_id(item: Any) -> object:
    return item["id"] if isinstance(item, dict) else item.id


def _walk_sakari(handler: Any, method: str, concurrency: int, *, is_async: bool) -> list[int]:
    """The positions of what ``contacts.list(limit=ASKED).<method>(concurrency=...)`` yields."""
    if not is_async:
        with _sakari(handler) as client:
            walk = getattr(client.contacts.list(limit=ASKED), method)(concurrency=concurrency)
            return [position_of(_contact_id(item)) for item in walk]

    async def walk_async() -> list[int]:
        async with _async_sakari(handler) as client:
            walk = getattr(client.contacts.list(limit=ASKED), method)(concurrency=concurrency)
            return [position_of(_contact_id(item)) async for item in walk]

    return asyncio.run(walk_async())


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("method", ["iter_all", "iter_json"])
@given(
    size=sizes,
    lengths=lengths_with_empty_pages,
    misstated=overstated_or_understated,
    concurrency=st.integers(1, 8),
)
@example(size=41, lengths=[1, 10], misstated=0, concurrency=8)  # the first page shorter than later ones
@example(size=60, lengths=[10, 10, 20], misstated=0, concurrency=8)  # 20 from offset 20 where 10 were asked
@example(size=45, lengths=[7, 13, 3, 10], misstated=-30, concurrency=4)  # the list outgrows its total
def test_an_offset_walk_yields_each_item_once_in_order_for_any_page_lengths(
    method: str, is_async: bool, size: int, lengths: list[int], misstated: int, concurrency: int
) -> None:
    served = ServedList(size, lengths)
    handler = sakari_contacts_handler(served, total=max(size + misstated, 0))
    positions = _walk_sakari(handler, method, concurrency, is_async=is_async)
    expect_exactly_once_in_order(positions, served)


# --- cursor paging (HighLevel's GET /contacts/) ------------------------------------------------------


def _walk_highlevel(handler: Any, call: Callable[[Any], Any], method: str, *, is_async: bool) -> list[str]:
    """The ids of what ``call(client.contacts).<method>()`` yields, through a HighLevel client."""
    arguments: dict[str, Any] = {"token": "hl-t0ken", "location_id": "loc-1", "strict_response_validation": True}
    if not is_async:
        with HighLevel(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **arguments) as client:
            return [str(_contact_id(item)) for item in getattr(call(client.contacts), method)()]

    async def walk_async() -> list[str]:
        transport = httpx.MockTransport(handler)
        async with AsyncHighLevel(http_client=httpx.AsyncClient(transport=transport), **arguments) as client:
            return [str(_contact_id(item)) async for item in getattr(call(client.contacts), method)()]

    return asyncio.run(walk_async())


def _list_contacts(contacts: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # HighLevel's list is deprecated; still served
        return contacts.list(limit=ASKED)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("method", ["iter_all", "iter_json"])
@given(size=sizes, lengths=lengths_with_empty_pages)
def test_a_cursor_walk_yields_each_item_once_in_order_for_any_page_lengths(
    method: str, is_async: bool, size: int, lengths: list[int]
) -> None:
    served = ServedList(size, lengths)
    ids = _walk_highlevel(highlevel_list_handler(served), _list_contacts, method, is_async=is_async)
    expect_exactly_once_in_order([int(ident[1:]) for ident in ids], served)


# --- HighLevel's search: numbered pages, then cursors -----------------------------------------------


def _search(contacts: Any) -> Any:
    return contacts.search(page_limit=ASKED)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("method", ["iter_all", "iter_json"])
@given(size=sizes, lengths=lengths_with_empty_pages, cursors=st.booleans())
@example(size=35, lengths=[10, 10, 20], cursors=True)  # a page longer than pageLimit: on by cursor
@example(size=35, lengths=[10, 4], cursors=True)  # shorter while the total says more: on by cursor
@example(size=35, lengths=[10, 4], cursors=False)  # shorter, and nothing to go on from: PaginationError
def test_a_search_walk_never_repeats_or_skips_whatever_lengths_it_is_served(
    method: str, is_async: bool, size: int, lengths: list[int], cursors: bool
) -> None:
    served = ServedList(size, lengths)
    walked: list[str] = []

    def collect(contacts: Any) -> Any:
        return _Recording(_search(contacts), walked)

    handler = highlevel_search_handler(served, cursors=cursors)
    try:
        _walk_highlevel(handler, collect, method, is_async=is_async)
    except PaginationError as error:
        # Only a page whose length is not pageLimit, with no cursor to go on from, stops the walk.
        assert not cursors, error
        assert "has no `search_after`" in str(error)
        odd = [(offset, held) for offset, held, _ in served.served if held != ASKED and offset + held < size]
        assert odd, f"raised though every page was {ASKED} long: {served.served}"
        positions = [int(ident[1:]) for ident in walked]
        assert positions == list(range(len(positions)))  # what came before the error: once, in order
        return
    expect_exactly_once_in_order([int(ident[1:]) for ident in walked], served)


class _Recording:
    """A page (or the awaitable of one) whose walks record every id they yield into ``walked``."""

    def __init__(self, page: Any, walked: list[str]) -> None:
        self._page, self._walked = page, walked

    def iter_all(self) -> Any:
        return self._record(lambda page: page.iter_all(concurrency=4))

    def iter_json(self) -> Any:
        return self._record(lambda page: page.iter_json(concurrency=4))

    def _record(self, walk: Callable[[Any], Any]) -> Any:
        walked = self._walked
        if hasattr(self._page, "__await__"):

            async def records() -> Any:
                async for item in walk(self._page):
                    walked.append(str(_contact_id(item)))
                    yield item

            return records()

        def recorded() -> Any:
            for item in walk(self._page):
                walked.append(str(_contact_id(item)))
                yield item

        return recorded()


# --- contacts-sdk export ----------------------------------------------------------------------------


@pytest.fixture
def local_server() -> Any:
    with LocalServer() as server:
        yield server


@COMMAND_EXAMPLES
@given(
    size=st.integers(0, 120),
    lengths=lengths_served,
    misstated=overstated_or_understated,
    concurrency=st.integers(1, 8),
)
@example(size=41, lengths=[1, 10], misstated=0, concurrency=8)  # 41 contacts, not 311
@example(size=60, lengths=[10, 10, 20], misstated=0, concurrency=8)
def test_export_writes_each_contact_exactly_once_in_order_for_any_page_lengths(
    local_server: LocalServer,
    monkeypatch: pytest.MonkeyPatch,
    size: int,
    lengths: list[int],
    misstated: int,
    concurrency: int,
) -> None:
    from typer.testing import CliRunner

    served = ServedList(size, lengths)
    local_server.handler = sakari_contacts_handler(served, total=max(size + misstated, 0))
    environment = {
        "SAKARI_BASE_URL": local_server.base_url,
        "SAKARI_CLIENT_ID": "client-1",
        "SAKARI_CLIENT_SECRET": "s3cr3t",
        "SAKARI_ACCOUNT_ID": "acc-1",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "contacts.jsonl"
        arguments = ["export", "sakari", "--out", str(out), "--page-size", str(ASKED)]
        result = CliRunner().invoke(app, [*arguments, "--concurrency", str(concurrency), "--quiet"])
        assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
        lines = out.read_text(encoding="utf-8").splitlines()
    positions = [position_of(json.loads(line)["id"]) for line in lines]
    assert positions == list(range(size))


def _export_highlevel(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch, served: ServedList, cursors: bool
) -> Any:
    """Run ``contacts-sdk export highlevel`` against ``served``: the command's result and the positions written."""
    from typer.testing import CliRunner

    local_server.handler = highlevel_search_handler(served, cursors=cursors)
    environment = {
        "HIGHLEVEL_BASE_URL": local_server.base_url,
        "HIGHLEVEL_TOKEN": "hl-t0ken",
        "HIGHLEVEL_LOCATION_ID": "loc-1",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "contacts.jsonl"
        arguments = ["export", "highlevel", "--out", str(out), "--page-size", str(ASKED), "--quiet"]
        result = CliRunner().invoke(app, arguments)
        lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return result, [int(json.loads(line)["id"][1:]) for line in lines]


@COMMAND_EXAMPLES
@given(size=st.integers(0, 120), lengths=lengths_served)
@example(size=35, lengths=[10, 10, 20])  # a page longer than pageLimit: on by cursor
@example(size=35, lengths=[10, 4])  # shorter while the total says more: on by cursor
def test_a_highlevel_export_writes_each_contact_once_in_order_for_any_page_lengths(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch, size: int, lengths: list[int]
) -> None:
    result, positions = _export_highlevel(local_server, monkeypatch, ServedList(size, lengths), cursors=True)
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert positions == list(range(size))


def test_a_highlevel_export_of_contacts_without_cursors_needs_none_while_pages_are_full(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No contact gives a place to resume from: the journal keeps its last one (the start), not a cursor
    # it does not have (which once failed with a bare TypeError writing the journal).
    result, positions = _export_highlevel(local_server, monkeypatch, ServedList(35, [ASKED]), cursors=False)
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert positions == list(range(35))


def test_a_highlevel_export_whose_contacts_have_no_cursor_fails_with_the_pagination_error(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The page at offset 10 holds 4 of the 10 asked while the total says 35: only a cursor can go on.
    served = ServedList(35, [ASKED] * ASKED + [4])
    result, positions = _export_highlevel(local_server, monkeypatch, served, cursors=False)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 3 and "has no `search_after`" in result.stderr
    assert positions == list(range(len(positions)))  # what was written before: once, in order
