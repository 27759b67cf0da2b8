"""Lists served with page lengths the test draws, for the walk properties (``test_walks.py``).

A served list holds ``size`` items whose ids are their positions, and answers every request
consistently: the page at offset ``o`` holds the items from ``o`` on, as many as the drawn length for
that offset says (not the page size asked for), and ``hasNext`` says whether items follow it. A drawn
length of 0 is an empty page in the middle of the list: the service says the list ends there, though
the pages around it say otherwise.
"""

from __future__ import annotations

import copy
import json
import threading
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
from contacts_runtime._walk_plan import WalkPlan
from contacts_runtime.errors import PaginationError
from hypothesis import strategies as st

SAMPLES = Path(__file__).resolve().parents[1] / "contract" / "samples"
CONTACT = json.loads((SAMPLES / "sakari_list_contacts_response.json").read_text(encoding="utf-8"))["data"][0]
ASKED = 10  # the page size every walk asks for

# Lengths around the size asked: shorter, the same, longer (the service caps it, or ignores it).
lengths_served = st.lists(st.integers(1, 2 * ASKED + 3), min_size=1, max_size=6)
# The same, with empty pages in the middle of the list now and then.
lengths_with_empty_pages = st.lists(st.integers(1, 2 * ASKED + 3) | st.just(0), min_size=1, max_size=6)


class ServedList:
    """``size`` items; the page at ``offset`` holds ``lengths[offset % len(lengths)]`` of them.

    The length depends on the offset alone, so answers do not depend on the order in which requests
    arrive from threads. ``served`` records every answer as (offset, items held, hasNext).
    """

    def __init__(self, size: int, lengths: Sequence[int], *, has_next_sent: bool = True) -> None:
        self.size = size
        self.lengths = list(lengths)
        self.has_next_sent = has_next_sent
        self.served: list[tuple[int, int, bool | None]] = []
        self._lock = threading.Lock()

    def page(self, offset: int) -> tuple[list[int], bool | None]:
        length = self.lengths[offset % len(self.lengths)]
        positions = list(range(offset, min(offset + length, self.size))) if length else []
        has_next = offset + len(positions) < self.size if self.has_next_sent else None
        with self._lock:
            self.served.append((offset, len(positions), has_next))
        return positions, has_next

    def ended_at(self, end: int) -> bool:
        """True when a walk may end at ``end``: the list's own end, or past an empty page in the middle.

        An empty page at ``x`` says the list ends there, though other pages gave items past ``x``: a
        walk stops once it has handled it, having yielded each item before it once.
        """
        empty = [offset for offset, held, _ in self.served if held == 0 and offset < self.size]
        return end == self.size or (bool(empty) and min(empty) <= end)

    def offsets(self) -> list[int]:
        return [offset for offset, _, _ in self.served]


def expect_exactly_once_in_order(positions: Sequence[int], served: ServedList, *, start: int = 0) -> None:
    """``positions`` are ``start, start + 1, ...``, each once, up to where the service said the list ends."""
    end = start + len(positions)
    assert list(positions) == list(range(start, end)), f"not every item once and in order: {positions}"
    assert end <= max(served.size, start)
    assert served.ended_at(end), f"the walk stopped at {end} though the service never said the list ends there"


def simulate(served: ServedList, *, start: int, total: int, window: int) -> list[int]:
    """The items a walk driven by ``WalkPlan`` yields, with ``window`` pages on the wire at a time.

    Drives the plan as ``SyncPage._walk`` and ``AsyncPage._walk`` do, each answer given when asked.
    """
    plan = WalkPlan(start, total, PaginationError)
    yielded = list(plan.take(start, *_ids(served.page(start))))
    pending: deque[tuple[int, tuple[list[dict[str, int]], bool | None]]] = deque()
    while not plan.finished:
        while len(pending) < window and (offset := plan.ahead()) is not None:
            pending.append((offset, _ids(served.page(offset))))
        head = pending[0][0] if pending else None
        before = head
        if (offset := plan.fetch_now(head)) is not None:
            answer = _ids(served.page(offset))
        elif pending:
            (offset, answer), before = pending.popleft(), None
        else:
            break
        yielded.extend(item["id"] for item in plan.take(offset, *answer, before=before))
        # Every pager makes progress: a planned page per offset below the total, else one covering more.
        assert len(served.served) <= total + served.size + 2 + window
    return [item["id"] if isinstance(item, dict) else item for item in yielded]


def _ids(page: tuple[list[int], bool | None]) -> tuple[list[dict[str, int]], bool | None]:
    positions, has_next = page
    return [{"id": position} for position in positions], has_next


def sakari_contact(position: int) -> dict[str, Any]:
    contact = copy.deepcopy(CONTACT)
    contact["id"] = f"c{position}"
    return contact


def position_of(contact_id: object) -> int:
    assert isinstance(contact_id, str) and contact_id.startswith("c"), contact_id
    return int(contact_id[1:])


def sakari_contacts_handler(served: ServedList, *, total: int) -> Any:
    """Sakari's ``listContacts`` (and its token endpoint) answering from ``served``; ``total`` is the
    ``totalCount`` every answer claims."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json={"access_token": "t0ken", "token_type": "bearer", "expires_in": 3600})
        assert request.url.path.endswith("/contacts"), request.url
        offset = int(request.url.params.get("offset", 0))
        positions, has_next = served.page(offset)
        pagination: dict[str, Any] = {"offset": offset, "limit": int(request.url.params["limit"])}
        pagination["totalCount"] = total
        if has_next is not None:
            pagination["hasNext"] = has_next
        data = [sakari_contact(position) for position in positions]
        return httpx.Response(200, json={"success": True, "pagination": pagination, "data": data})

    return handler


def highlevel_list_handler(served: ServedList) -> Any:
    """HighLevel's ``GET /contacts/``, paged by the cursor ``startAfterId`` (the last id of a page)."""

    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("startAfterId")
        positions, _ = served.page(int(after[1:]) + 1 if after else 0)
        contacts = [{"id": f"h{position}"} for position in positions]
        meta = {"startAfterId": contacts[-1]["id"], "startAfter": positions[-1] + 1} if contacts else {}
        return httpx.Response(200, json={"contacts": contacts, "meta": meta})

    return handler


def highlevel_search_handler(served: ServedList, *, cursors: bool) -> Any:
    """HighLevel's ``POST /contacts/search``: numbered pages counted in ``pageLimit`` items, or the items
    after a ``searchAfter`` cursor; each contact carries its cursor unless ``cursors`` is false."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        after = body.get("searchAfter")
        start = after[0] + 1 if after else ((body.get("page") or 1) - 1) * body["pageLimit"]
        positions, _ = served.page(start)
        contacts = [
            {"id": f"s{position}", **({"searchAfter": [position]} if cursors else {})} for position in positions
        ]
        return httpx.Response(200, json={"contacts": contacts, "total": served.size})

    return handler


class LocalServer:
    """A plain HTTP server on 127.0.0.1 answering with ``handler`` (an ``httpx`` handler), for the command."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        owner = self
        self.handler: Any = None

        class Answer(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                content = self.rfile.read(length) if length else b""
                request = httpx.Request(self.command, f"http://127.0.0.1{self.path}", content=content)
                response = owner.handler(request)
                self.send_response(response.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(response.content)))
                self.end_headers()
                self.wfile.write(response.content)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api/v1"

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
