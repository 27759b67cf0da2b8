"""The walk plan's decisions, one by one, without any I/O (its property test is in tests/fuzz/test_walks.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from contacts_runtime._walk_plan import WalkPlan
from contacts_runtime.errors import PaginationError

RUNTIME = Path(__file__).resolve().parents[2] / "src" / "contacts_runtime"


def _items(start: int, stop: int) -> list[dict[str, int]]:
    return [{"id": position} for position in range(start, stop)]


def _ids(items: object) -> list[int]:
    assert isinstance(items, list | tuple)
    return [item["id"] for item in items]


def test_a_full_page_is_handed_back_as_it_is_without_a_copy() -> None:
    plan = WalkPlan(0, 30, PaginationError)
    first = _items(0, 10)
    assert plan.take(0, first, True) is first
    assert [plan.ahead(), plan.ahead(), plan.ahead()] == [10, 20, None]  # up to the total, 10 apart
    page = _items(10, 20)
    assert plan.take(10, page, True) is page


def test_a_first_page_shorter_than_the_later_ones_cuts_what_they_repeat() -> None:
    # The case: 41 items, a first page of 1, then pages of 10 (old plan: 311 items).
    plan = WalkPlan(0, 41, PaginationError)
    yielded = _ids(plan.take(0, _items(0, 1), True))
    planned = [plan.ahead(), plan.ahead(), plan.ahead()]
    assert planned == [1, 2, 3]  # planned by the first page's length, before any other came back
    yielded += _ids(plan.take(1, _items(1, 11), True))
    assert plan.ahead() == 11  # replanned: after what is covered, by the length now served
    assert plan.ahead() == 21
    yielded += _ids(plan.take(2, _items(2, 12), True))  # on the wire before the replan: cut to one item
    yielded += _ids(plan.take(3, _items(3, 13), True))
    assert yielded == list(range(13))


def test_a_page_longer_than_asked_is_cut_where_the_next_begins_to_repeat_it() -> None:
    # The other case: 20 items from offset 20 where 10 were asked.
    plan = WalkPlan(0, 60, PaginationError)
    plan.take(0, _items(0, 10), True)
    assert [plan.ahead(), plan.ahead(), plan.ahead()] == [10, 20, 30]
    assert _ids(plan.take(10, _items(10, 20), True)) == list(range(10, 20))
    assert _ids(plan.take(20, _items(20, 40), True)) == list(range(20, 40))
    assert _ids(plan.take(30, _items(30, 50), True)) == list(range(40, 50))
    assert plan.ahead() == 50


def test_a_page_on_the_wire_that_is_wholly_covered_already_gives_nothing() -> None:
    plan = WalkPlan(0, 100, PaginationError)
    plan.take(0, _items(0, 5), True)
    assert [plan.ahead(), plan.ahead()] == [5, 10]
    assert _ids(plan.take(5, _items(5, 25), True)) == list(range(5, 25))
    assert plan.take(10, _items(10, 15), True) == ()
    assert plan.covered == 25


def test_a_short_page_leaves_a_gap_fetched_at_the_covered_offset_before_the_next_planned_page() -> None:
    plan = WalkPlan(0, 40, PaginationError)
    plan.take(0, _items(0, 10), True)
    assert [plan.ahead(), plan.ahead()] == [10, 20]
    plan.take(10, _items(10, 14), True)
    assert plan.fetch_now(20) == 14
    # A gap filler gives its items only up to the planned page that takes over there.
    assert _ids(plan.take(14, _items(14, 24), True, before=20)) == list(range(14, 20))
    assert plan.fetch_now(20) is None
    assert _ids(plan.take(20, _items(20, 30), True)) == list(range(20, 30))


def test_a_page_taken_before_its_gap_is_filled_is_refused() -> None:
    plan = WalkPlan(0, 40, PaginationError)
    plan.take(0, _items(0, 10), True)
    with pytest.raises(ValueError, match="offset 20 is taken before the gap from 10"):
        plan.take(20, _items(20, 30), True)


def test_an_empty_page_ends_the_list_where_it_starts_and_gaps_before_it_are_filled() -> None:
    plan = WalkPlan(0, 100, PaginationError)
    plan.take(0, _items(0, 10), True)
    assert [plan.ahead(), plan.ahead()] == [10, 20]
    plan.take(10, _items(10, 15), True)
    assert plan.fetch_now(20) == 15
    assert _ids(plan.take(15, _items(15, 20), True, before=20)) == list(range(15, 20))
    assert plan.take(20, [], None) == ()
    assert plan.finished and plan.ahead() is None and plan.fetch_now(None) is None


def test_has_next_false_ends_the_list_at_the_end_of_that_page() -> None:
    plan = WalkPlan(0, 100, PaginationError)
    plan.take(0, _items(0, 10), True)
    assert [plan.ahead(), plan.ahead(), plan.ahead()] == [10, 20, 30]
    assert _ids(plan.take(10, _items(10, 15), False)) == list(range(10, 15))
    assert plan.finished and plan.ahead() is None
    assert plan.fetch_now(20) is None  # the pages planned past the end are never taken


def test_has_next_false_on_a_later_page_still_lets_the_gap_before_it_be_filled() -> None:
    plan = WalkPlan(0, 100, PaginationError)
    plan.take(0, _items(0, 10), True)
    plan.ahead(), plan.ahead()
    plan.take(10, _items(10, 12), True)
    assert plan.fetch_now(20) == 12
    # A filler that says the list ends at 18 ends it there, even before the planned page at 20.
    assert _ids(plan.take(12, _items(12, 18), False, before=20)) == list(range(12, 18))
    assert plan.finished and plan.fetch_now(20) is None


def test_past_its_total_a_walk_goes_on_one_page_after_another_while_the_last_page_says_more() -> None:
    plan = WalkPlan(0, 20, PaginationError)
    plan.take(0, _items(0, 10), True)
    assert plan.ahead() == 10 and plan.ahead() is None
    plan.take(10, _items(10, 20), True)
    assert plan.fetch_now(None) == 20
    plan.take(20, _items(20, 25), False)
    assert plan.finished and plan.fetch_now(None) is None


def test_a_page_that_says_nothing_of_what_follows_ends_the_walk_at_its_total() -> None:
    plan = WalkPlan(0, 20, PaginationError)
    plan.take(0, _items(0, 10), None)
    assert plan.ahead() == 10 and plan.ahead() is None
    plan.take(10, _items(10, 15), None)
    assert plan.fetch_now(None) == 15  # short of the total: the rest is fetched
    plan.take(15, _items(15, 20), None)
    assert plan.fetch_now(None) is None


def test_a_page_that_repeats_the_previous_one_raises_the_error_given() -> None:
    plan = WalkPlan(0, 100, lambda message: PaginationError(f"listContacts: {message}"))
    plan.take(0, _items(0, 10), True)
    plan.ahead(), plan.ahead()
    plan.take(10, _items(10, 20), True)
    with pytest.raises(PaginationError, match="listContacts: the page at offset 20 repeats the previous page"):
        plan.take(20, _items(10, 20), True)


def test_the_plan_imports_no_io() -> None:
    tree = ast.parse((RUNTIME / "_walk_plan.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {"httpx", "asyncio", "threading", "concurrent.futures", "errors"} & imported, imported
