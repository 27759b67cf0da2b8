"""Indexes of the sandbox's contacts, so that every read of 100,000 contacts stays in milliseconds.

They hold ids and sort keys only; the contacts stay in their services' dicts. Tests compare every
indexed read with a linear scan on random data, also after updates and deletes.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from collections.abc import Hashable, Iterable, Iterator, Set
from typing import Any

SortKey = tuple[Any, ...]
"""A sort key whose last item is the id it belongs to."""
_SLOT = "\x01"
_END = "\x00"


class TextIndex:
    """Case-insensitive "contains" search over one text per id.

    Each distinct text is stored once, with the ids holding it (names repeat: a search for a common
    first name finds one text, not thousands). A needle of ``GRAM`` characters or more is looked up
    by its rarest ``GRAM``-character piece: each piece lists the texts holding it, and only those are
    tested, so a search costs what its candidates cost, not a scan of every text. Shorter needles
    scan: the texts sit end to end in one string, each followed by its slot number, so that
    ``str.find`` scans them all at C speed and each hit reads its slot; a needle found in many texts
    is cheaper to test against each text in turn: when ``str.count`` says it occurs in more than
    ``1/switch_below`` of them, the search does that instead. A change appends a new text and leaves
    a hole where an unused one was; the string and the lists are compacted once holes outnumber
    texts, so writes stay cheap and a search after writes only joins what they appended.
    """

    GRAM = 3

    switch_below = 5
    """Hits, as a fraction 1/n of all texts, past which every text is tested instead (tests change it)."""

    compact_after = 1024
    """Holes tolerated before compacting, at the least (tests lower it to exercise compaction)."""

    def __init__(self) -> None:
        self._text_of: dict[str, str] = {}  # id -> its lowered text
        self._slot_of: dict[str, int] = {}  # distinct lowered text -> its slot
        self._holders: list[str | set[str] | None] = []  # per slot: the one id holding it, several, or a hole
        self._slot_texts: list[str] = []  # per slot; "" for a hole: it contains no needle the search looks for
        self._grams: dict[str, array[int]] = {}  # piece -> the slots of the texts holding it
        self._joined = ""
        self._pending: list[str] = []
        self._holes = 0

    def __len__(self) -> int:
        return len(self._text_of)

    def put(self, key: str, text: str) -> None:
        lowered = text.lower()
        if self._text_of.get(key) == lowered:
            return
        self.discard(key)
        self._text_of[key] = lowered
        slot = self._slot_of.get(lowered)
        if slot is None:
            self._slot_of[lowered] = len(self._holders)
            self._pending.append(_record(lowered, len(self._holders)))
            self._add_grams(lowered, len(self._holders))
            self._holders.append(key)
            self._slot_texts.append(lowered)
            return
        holder = self._holders[slot]
        if isinstance(holder, set):
            holder.add(key)
        elif holder is not None:
            self._holders[slot] = {holder, key}

    def discard(self, key: str) -> None:
        lowered = self._text_of.pop(key, None)
        if lowered is None:
            return
        slot = self._slot_of[lowered]
        holder = self._holders[slot]
        if isinstance(holder, set) and len(holder) > 1:
            holder.discard(key)
            return
        self._holders[slot] = None
        self._slot_texts[slot] = ""
        del self._slot_of[lowered]
        self._holes += 1

    def find(self, needle: str) -> set[str]:
        """The ids whose text contains ``needle`` (any case)."""
        needle = needle.lower()
        if not needle:
            return set(self._text_of)
        if self._holes > max(len(self._slot_of), self.compact_after):
            self._compact()
        holders = self._holders
        chosen: Iterable[str | set[str] | None]
        if len(needle) >= self.GRAM:
            pieces = [self._grams.get(needle[at : at + self.GRAM]) for at in range(len(needle) - self.GRAM + 1)]
            rarest = min(pieces, key=lambda slots: 0 if slots is None else len(slots))
            texts = self._slot_texts
            chosen = [] if rarest is None else [holders[slot] for slot in rarest if needle in texts[slot]]
        elif _END in needle or _SLOT in needle:  # could match across the markers of the joined string
            return {key for key, text in self._text_of.items() if needle in text}
        elif self._build().count(needle) * self.switch_below > len(holders):
            chosen = itertools.compress(holders, [needle in text for text in self._slot_texts])
        else:
            chosen = self._walk(self._joined, needle)
        chosen = list(chosen)
        found = {holder for holder in chosen if holder.__class__ is str}
        # Each id holds one text, so fewer ids than holders means some texts are held by several ids.
        if len(found) < len(chosen):
            for holder in chosen:
                if isinstance(holder, set):
                    found.update(holder)
        return found

    def _walk(self, joined: str, needle: str) -> Iterator[str | set[str] | None]:
        """The holders of the texts ``needle`` is found in, by ``str.find`` over the joined texts."""
        holders, search = self._holders, joined.find
        position = search(needle)
        while position != -1:
            marker = search(_SLOT, position)
            end = search(_END, position)
            if marker != -1 and marker < end:  # else the needle matched digits of a slot number
                yield holders[int(joined[marker + 1 : end])]
            position = search(needle, end)

    def _build(self) -> str:
        if self._pending:
            self._joined += "".join(self._pending)
            self._pending = []
        return self._joined

    def _compact(self) -> None:
        holders: dict[str, set[str]] = {}
        for key, text in self._text_of.items():
            holders.setdefault(text, set()).add(key)
        self._slot_of = {text: slot for slot, text in enumerate(holders)}
        self._holders = [next(iter(keys)) if len(keys) == 1 else keys for keys in holders.values()]
        self._slot_texts = list(holders)
        self._grams = {}
        for slot, text in enumerate(self._slot_texts):
            self._add_grams(text, slot)
        self._joined = ""
        self._pending = [_record(text, slot) for slot, text in enumerate(holders)]
        self._holes = 0

    def _add_grams(self, text: str, slot: int) -> None:
        grams = self._grams
        for gram in {text[at : at + self.GRAM] for at in range(len(text) - self.GRAM + 1)}:
            slots = grams.get(gram)
            if slots is None:
                grams[gram] = array("I", (slot,))
            else:
                slots.append(slot)


def _record(text: str, slot: int) -> str:
    return f"{text}{_SLOT}{slot}{_END}"


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

    def find(self, value: Hashable) -> Set[str]:
        """The ids holding ``value`` (the index's own set: read it, do not change it)."""
        return self._ids.get(value, frozenset())


class OrderIndex:
    """Ids in the order of a sort key, for pages and cursors: ``keys`` is sorted, ``key_of`` maps back."""

    sort_below = 16
    """Fewer ids than 1/``sort_below`` of all are sorted; more are picked from the ordered keys."""

    def __init__(self) -> None:
        self.keys: list[SortKey] = []
        self.key_of: dict[str, SortKey] = {}

    def __len__(self) -> int:
        return len(self.keys)

    def put(self, key: str, sort_key: SortKey) -> None:
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
            del self.keys[bisect.bisect_left(self.keys, sort_key)]

    def page(self, ids: Set[str] | None, start: int, size: int, after: SortKey | None = None) -> list[SortKey]:
        """The sort keys of ``ids`` (``None``: all) past ``after``, in order, skipping ``start``, at most ``size``.

        A few ids are sorted; many are picked out of the ordered keys, stopping once the page is full.
        """
        keys = self.keys
        first = 0 if after is None else bisect.bisect_right(keys, after)
        if ids is None:
            return keys[first + start : first + start + size]
        if start >= len(ids):  # also keeps a huge offset out of islice, which takes no more than sys.maxsize
            return []
        if len(ids) * self.sort_below < len(keys):
            chosen = sorted(self.key_of[key] for key in ids)
            if after is not None:
                chosen = chosen[bisect.bisect_right(chosen, after) :]
            return chosen[start : start + size]
        members = (key for key in itertools.islice(keys, first, None) if key[-1] in ids)
        return list(itertools.islice(members, start, start + size))

    def count(self, ids: Set[str] | None, after: SortKey | None = None) -> int:
        """How many of ``ids`` (``None``: all) sort past ``after``."""
        if after is None:
            return len(self.keys) if ids is None else len(ids)
        first = bisect.bisect_right(self.keys, after)
        if ids is None:
            return len(self.keys) - first
        if len(ids) * self.sort_below < len(self.keys):
            return sum(1 for key in ids if self.key_of[key] > after)
        return sum(1 for key in itertools.islice(self.keys, first, None) if key[-1] in ids)
