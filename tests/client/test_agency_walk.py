"""The walk over installed locations, decided without I/O: where each page starts, when it ends, and that
no location is yielded twice nor a page asked for again for ever."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from contacts_runtime._agency import InstalledLocationWalk
from contacts_runtime.types import UNSET
from highlevel_client import PaginationError


def page(*ids: str) -> list[Any]:
    return [SimpleNamespace(id=identifier) for identifier in ids]


def item_id(location: Any) -> object:
    return getattr(location, "id", None)


def test_full_pages_go_on_until_the_count_is_reached() -> None:
    walk = InstalledLocationWalk(2)
    assert [location.id for location in walk.take(page("a", "b"), item_id, 5)] == ["a", "b"]
    assert (walk.skip, walk.finished) == (2, False)
    walk.take(page("c", "d"), item_id, 5)
    assert (walk.skip, walk.finished) == (4, False)
    walk.take(page("e"), item_id, 5)
    assert (walk.skip, walk.finished) == (5, True)


def test_a_short_page_ends_a_walk_without_a_count() -> None:
    walk = InstalledLocationWalk(3)
    walk.take(page("a", "b", "c"), item_id, UNSET)
    assert not walk.finished
    walk.take(page("d"), item_id, UNSET)
    assert walk.finished


def test_a_short_page_does_not_end_a_walk_whose_count_says_more() -> None:
    # A service that caps `limit` below the page size asked for answers short pages: the count decides.
    walk = InstalledLocationWalk(100)
    walk.take(page("a", "b"), item_id, 4)
    assert (walk.skip, walk.finished) == (2, False)
    walk.take(page("c", "d"), item_id, 4)
    assert walk.finished


@pytest.mark.parametrize("empty", [[], UNSET, None])
def test_an_empty_page_ends_the_walk(empty: object) -> None:
    walk = InstalledLocationWalk(2)
    walk.take(page("a", "b"), item_id, 10)
    assert walk.take(empty, item_id, 10) == []
    assert walk.finished


def test_a_location_seen_before_is_not_yielded_again() -> None:
    walk = InstalledLocationWalk(3)
    walk.take(page("a", "b", "c"), item_id, 6)
    # The list moved under the walk (a location added before the skip): one location comes again.
    assert [location.id for location in walk.take(page("c", "d", "d"), item_id, 6)] == ["d"]
    assert walk.skip == 6


def test_a_page_of_locations_all_seen_before_raises() -> None:
    walk = InstalledLocationWalk(2)
    walk.take(page("a", "b"), item_id, UNSET)
    with pytest.raises(PaginationError, match="skip 2"):
        walk.take(page("a", "b"), item_id, UNSET)


def test_a_location_without_an_id_is_kept() -> None:
    # A tolerant answer may keep a location that is not an object: it is yielded as it came, not dropped.
    walk = InstalledLocationWalk(5)
    assert walk.take(["not an object", *page("a")], item_id, UNSET)[0] == "not an object"


@pytest.mark.parametrize("items", ["abc", {"a": 1}, 3])
def test_locations_that_are_not_a_list_raise(items: object) -> None:
    with pytest.raises(PaginationError, match="not a list"):
        InstalledLocationWalk(2).take(items, item_id, UNSET)


@pytest.mark.parametrize("count", [True, "5", None, float("nan")])
def test_a_count_that_is_not_a_number_is_not_trusted(count: object) -> None:
    walk = InstalledLocationWalk(2)
    walk.take(page("a", "b"), item_id, count)
    assert not walk.finished
    walk.take(page("c"), item_id, count)
    assert walk.finished
