"""Indexes of the sandbox's contacts, so that every read of 100,000 contacts stays in milliseconds.

They hold ids only; the contacts stay in their services' dicts. Tests compare every indexed read
with a linear scan on random data, also after updates and deletes.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable
from typing import Any


class TextIndex:
    """Case-insensitive "contains" search over one text per id.

    The texts are joined into one string, rebuilt on the first search after a change, so that
    ``str.find`` scans them all at C speed; a hit maps back to its id by the texts' start offsets.
    """

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._joined: str | None = None
        self._ids: list[str] = []
        self._starts: list[int] = []

    def __len__(self) -> int:
        return len(self._texts)

    def put(self, key: str, text: str) -> None:
        lowered = text.lower()
        if self._texts.get(key) != lowered:
            self._texts[key] = lowered
            self._joined = None

    def discard(self, key: str) -> None:
        if self._texts.pop(key, None) is not None:
            self._joined = None

    def find(self, needle: str) -> set[str]:
        """The ids whose text contains ``needle`` (any case)."""
        needle = needle.lower()
        if not needle:
            return set(self._texts)
        if "\x00" in needle:  # would match across the separator of the joined texts
            return {key for key, text in self._texts.items() if needle in text}
        joined = self._build()
        found: set[str] = set()
        starts, ids = self._starts, self._ids
        position = joined.find(needle)
        while position != -1:
            slot = bisect.bisect_right(starts, position) - 1
            found.add(ids[slot])
            following = starts[slot + 1] if slot + 1 < len(starts) else len(joined)
            position = joined.find(needle, following)
        return found

    def _build(self) -> str:
        if self._joined is None:
            self._ids = list(self._texts)
            self._starts = []
            offset = 0
            for text in self._texts.values():
                self._starts.append(offset)
                offset += len(text) + 1
            self._joined = "\x00".join(self._texts.values())
        return self._joined


class SetIndex:
    """Ids by each value they hold (such as tags): exact membership."""

    def __init__(self) -> None:
        self._ids: dict[Hashable, set[str]] = {}
        self._values: dict[str, frozenset[Hashable]] = {}

    def put(self, key: str, values: Iterable[Hashable]) -> None:
        new = frozenset(values)
        old = self._values.get(key, frozenset())
        for value in old - new:
            holders = self._ids[value]
            holders.discard(key)
            if not holders:
                del self._ids[value]
        for value in new - old:
            self._ids.setdefault(value, set()).add(key)
        if new:
            self._values[key] = new
        else:
            self._values.pop(key, None)

    def discard(self, key: str) -> None:
        self.put(key, ())

    def find(self, value: Hashable) -> set[str]:
        return set(self._ids.get(value, ()))


class OrderIndex:
    """Ids in the order of a sort key, for pages and cursors: ``keys`` is sorted, ``key_of`` maps back."""

    def __init__(self) -> None:
        self.keys: list[tuple[Any, ...]] = []
        self.key_of: dict[str, tuple[Any, ...]] = {}

    def __len__(self) -> int:
        return len(self.keys)

    def put(self, key: str, sort_key: tuple[Any, ...]) -> None:
        if self.key_of.get(key) == sort_key:
            return
        self.discard(key)
        self.key_of[key] = sort_key
        if not self.keys or self.keys[-1] < sort_key:
            self.keys.append(sort_key)  # the usual case: a new contact sorts last
        else:
            bisect.insort(self.keys, sort_key)

    def discard(self, key: str) -> None:
        sort_key = self.key_of.pop(key, None)
        if sort_key is not None:
            index = bisect.bisect_left(self.keys, sort_key)
            del self.keys[index]

    def after(self, cursor: tuple[Any, ...]) -> int:
        """Where the first key past ``cursor`` is."""
        return bisect.bisect_right(self.keys, cursor)

    def ordered(self, ids: Iterable[str]) -> list[tuple[Any, ...]]:
        """The sort keys of ``ids``, in order."""
        key_of = self.key_of
        return sorted(key_of[key] for key in ids)
