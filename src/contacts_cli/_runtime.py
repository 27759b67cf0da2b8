"""What every command shares: traffic counts from httpx event hooks, progress output and the summary line.

The clients pace their requests to the rate limit a service announces, inside the runtime, which tells
no one when it holds a request back. What the command can see is the traffic itself, through the event
hooks of the ``httpx.Client`` it hands the clients: ``RateWatch`` reads the rate-limit headers the
service's spec names (``x-sdk.rate-limit-headers``) from every answer, so progress can say it is waiting
for the rate limit and reckon its ETA from the allowed rate rather than from the last burst.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import IO, Protocol, Self

import httpx
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

_RETRIED_STATUSES = {408, 409, 429}


@dataclass(frozen=True)
class RateLimitHeaders:
    """The answer headers in which a service announces its rate limit (as its spec's ``x-sdk`` names them)."""

    limit: str
    remaining: str
    interval_ms: str

    @classmethod
    def from_spec(cls, names: Mapping[str, str] | None) -> RateLimitHeaders | None:
        if not names:
            return None
        return cls(limit=names["limit"], remaining=names["remaining"], interval_ms=names["interval-ms"])


_MOST_PLAUSIBLE_INTERVAL = 86_400.0


class RateWatch:
    """What the answers say of the rate limit, and whether requests are being held for it (no I/O: fed by hooks).

    Requests are held when the last answer said none are left in the window (or was a 429) and no
    request has gone since: the clients' pacer then waits for the window to turn. The allowed rate is
    the announced limit over its interval; a header that cannot be right is ignored, as the pacer does.
    """

    def __init__(self, headers: RateLimitHeaders | None) -> None:
        self._headers = headers
        self._lock = threading.Lock()
        self.requests = 0
        self.limit: int | None = None
        self.interval: float | None = None
        self._spent = False
        self.on_wait: Callable[[], None] | None = None
        """Called (from the thread that got the answer) as each wait for the rate limit begins."""

    def requested(self) -> None:
        with self._lock:
            self.requests += 1
            self._spent = False

    def answered(self, status: int, headers: Mapping[str, str]) -> bool:
        """Take in an answer; true when it starts a wait for the rate limit."""
        figures = self._figures(headers)
        with self._lock:
            was_spent = self._spent
            if figures is not None:
                self.limit, remaining, self.interval = figures
                self._spent = remaining == 0
            if status == 429:
                self._spent = True
            return self._spent and not was_spent

    def _figures(self, headers: Mapping[str, str]) -> tuple[int, int, float] | None:
        if self._headers is None:
            return None
        try:
            limit = int(headers[self._headers.limit])
            remaining = int(headers[self._headers.remaining])
            interval = int(headers[self._headers.interval_ms]) / 1000
        except (KeyError, ValueError):
            return None
        if not (limit > 0 and 0 <= remaining <= limit and 0 < interval <= _MOST_PLAUSIBLE_INTERVAL):
            return None
        return limit, remaining, interval

    @property
    def waiting(self) -> bool:
        """Requests are held for the rate limit right now."""
        return self._spent

    @property
    def allowed_rate(self) -> float | None:
        """Requests per second the service allows, once an answer has said."""
        if self.limit is None or self.interval is None:
            return None
        return self.limit / self.interval

    def describe_limit(self) -> str:
        if self.limit is None or self.interval is None:
            return "the rate limit"
        return f"the rate limit ({self.limit} requests per {self.interval:g} s)"


class Pacing(Protocol):
    """What progress reads of the pacing: a ``RateWatch``, or ``LocationPacing`` over locations side by side."""

    on_wait: Callable[[], None] | None

    @property
    def requests(self) -> int: ...

    @property
    def waiting(self) -> bool: ...

    @property
    def allowed_rate(self) -> float | None: ...

    def describe_limit(self) -> str: ...


class JobProgress(Protocol):
    """What a job tells of its progress: a ``Reporter``, or one part of an aggregate one."""

    def start_at(self, done: int, total: int | None) -> None: ...

    def advance(self, count: int = 1) -> None: ...


class LocationPacing:
    """The pacing of an agency's locations exported side by side, each under its own rate limit.

    Every location runs in a thread of its own, which names it (``running``) while it exports: the
    answers that thread gets feed that location's ``RateWatch``. The allowed rate is the sum of the
    running locations' (each location's limit is its own), and requests are held when every running
    location waits for its window. The agency's own calls (``/oauth/...``: a location token, the list
    of locations) count under the agency's limit, not a location's, and are left out.
    """

    def __init__(self, headers: RateLimitHeaders | None) -> None:
        self._headers = headers
        self._lock = threading.Lock()
        self._local = threading.local()
        self._running: dict[str, RateWatch] = {}
        self._finished_requests = 0
        self.on_wait: Callable[[], None] | None = None

    @contextmanager
    def running(self, location_id: str) -> Iterator[None]:
        watch = RateWatch(self._headers)
        with self._lock:
            self._running[location_id] = watch
        self._local.watch = watch
        try:
            yield
        finally:
            self._local.watch = None
            with self._lock:
                del self._running[location_id]
                self._finished_requests += watch.requests

    def _watch(self, request: httpx.Request) -> RateWatch | None:
        watch: RateWatch | None = getattr(self._local, "watch", None)
        if watch is None or request.url.path.startswith("/oauth/"):
            return None
        return watch

    def watch(self, client: httpx.Client) -> None:
        """Feed the locations' watches from the answers ``client`` gets."""

        def requested(request: httpx.Request) -> None:
            watch = self._watch(request)
            if watch is not None:
                watch.requested()

        def answered(response: httpx.Response) -> None:
            watch = self._watch(response.request)
            began = watch is not None and watch.answered(response.status_code, response.headers)
            if began and self.waiting and self.on_wait is not None:
                self.on_wait()

        client.event_hooks["request"].append(requested)
        client.event_hooks["response"].append(answered)

    def _watches(self) -> list[RateWatch]:
        with self._lock:
            return list(self._running.values())

    @property
    def requests(self) -> int:
        with self._lock:
            return self._finished_requests + sum(watch.requests for watch in self._running.values())

    @property
    def waiting(self) -> bool:
        watches = self._watches()
        return bool(watches) and all(watch.waiting for watch in watches)

    @property
    def allowed_rate(self) -> float | None:
        rates = [rate for rate in (watch.allowed_rate for watch in self._watches()) if rate is not None]
        return sum(rates) if rates else None

    def describe_limit(self) -> str:
        watches = self._watches()
        one = next((watch for watch in watches if watch.limit is not None), None)
        if one is None or one.interval is None:
            return "the rate limits"
        return f"the rate limits ({len(watches)} locations, {one.limit} requests per {one.interval:g} s each)"


class Traffic:
    """Requests, retries and 429 answers, counted by event hooks on the ``httpx.Client`` given to a client.

    A retry is a request identical (method, URL, body) to the one the same thread sent just before,
    which got no answer or an answer the clients retry: the clients retry in the thread of the call.
    ``pacing`` watches the answers of the client that announces a rate limit (HighLevel's; Sakari
    announces none, and then its 429s alone say it waits), and tells whoever listens (the progress) when
    a wait for it begins.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._local = threading.local()
        self.requests = 0
        self.retries = 0
        self.throttled = 0
        self.pacing = RateWatch(None)
        self._watching = False

    def _on_request(self, request: httpx.Request) -> None:
        try:
            fingerprint = (request.method, str(request.url), request.content)
        except httpx.RequestNotRead:
            fingerprint = (request.method, str(request.url), b"")
        previous: tuple[tuple[str, str, bytes], int | None] | None = getattr(self._local, "last", None)
        retried = previous is not None and previous[0] == fingerprint and _retried(previous[1])
        self._local.last = (fingerprint, None)
        with self._lock:
            self.requests += 1
            self.retries += retried

    def _on_response(self, response: httpx.Response) -> None:
        last = getattr(self._local, "last", None)
        if last is not None:
            self._local.last = (last[0], response.status_code)
        if response.status_code == 429:
            with self._lock:
                self.throttled += 1

    def http_client(self, *, connections: int = 16, rate_limit_headers: RateLimitHeaders | None = None) -> httpx.Client:
        """An ``httpx.Client`` for a Sakari or HighLevel client, counting what it sends (and, given the
        headers its service announces a rate limit in, watching its pacing)."""
        transport = httpx.HTTPTransport(
            socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
            limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
        )
        watch = RateWatch(rate_limit_headers)
        # The one progress shows: the client that announces a limit, else the first (its 429s are waits too).
        if rate_limit_headers is not None or not self._watching:
            self.pacing, self._watching = watch, True

        def answered(response: httpx.Response) -> None:
            if watch.answered(response.status_code, response.headers) and watch.on_wait is not None:
                watch.on_wait()

        return httpx.Client(
            transport=transport,
            event_hooks={
                "request": [self._on_request, lambda _request: watch.requested()],
                "response": [self._on_response, answered],
            },
        )

    def describe(self) -> str:
        return f"{self.requests} requests, {self.retries} retries, {self.throttled} answered 429"


def _retried(status: int | None) -> bool:
    return status is None or status in _RETRIED_STATUSES or status >= 500


class _RateColumn(ProgressColumn):
    def __init__(self, reporter: Reporter) -> None:
        super().__init__()
        self._reporter = reporter

    def render(self, task: Task) -> Text:
        rate = self._reporter.rate(self._reporter.now())
        return Text("" if rate is None else f"{rate:,.0f}/s", style="progress.data.speed")


class _EtaColumn(ProgressColumn):
    """The ETA by the reporter's rate (the allowed one while paced), not rich's estimate from the last seconds."""

    def __init__(self, reporter: Reporter) -> None:
        super().__init__()
        self._reporter = reporter

    def render(self, task: Task) -> Text:
        eta = self._reporter.eta(self._reporter.now())
        return Text("ETA -:--:--" if eta is None else f"ETA {_clock_time(eta)}", style="progress.remaining")


class _WaitColumn(ProgressColumn):
    def __init__(self, reporter: Reporter) -> None:
        super().__init__()
        self._reporter = reporter

    def render(self, task: Task) -> Text:
        return Text(self._reporter.status(), style="yellow")


def _clock_time(seconds: float) -> str:
    whole = int(seconds + 0.5)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


class Reporter:
    """Progress of a command: a rich bar on a terminal, a plain line every few seconds otherwise, nothing if quiet.

    Given the ``pacing`` of the command's traffic, it says when requests wait for the rate limit (on
    the bar; off a terminal, a line as each wait begins) and takes the ETA from the allowed rate.
    """

    def __init__(
        self,
        label: str,
        *,
        quiet: bool,
        stream: IO[str] | None = None,
        interval: float = 2.0,
        unit: str = "contacts",
        pacing: Pacing | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.quiet = quiet
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.unit = unit
        self.pacing = pacing
        self._clock = clock
        self.done = 0
        self._resumed_at = 0
        self.total: int | None = None
        self.started = clock()
        self._last_line = self.started
        self._counting_since = self.started
        self._requests_at_start = 0
        self._parts_left = 0
        self._parts_total: int | None = 0
        self._print_lock = threading.Lock()
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        if pacing is not None:
            pacing.on_wait = self.wait_began

    def __enter__(self) -> Self:
        if not self.quiet and self.stream.isatty():
            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                _RateColumn(self),
                _EtaColumn(self),
                TimeElapsedColumn(),
                _WaitColumn(self),
                console=Console(file=self.stream),
                transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=self.total, completed=self.done)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def wait_began(self) -> None:
        """Requests are now held for the rate limit: the bar shows it by itself; off a terminal, say so."""
        if self.quiet or self._progress is not None:
            return
        with self._print_lock:
            now = self._clock()
            self._last_line = now
            print(self.line(now), file=self.stream, flush=True)

    def now(self) -> float:
        return self._clock()

    def status(self) -> str:
        if self.pacing is not None and self.pacing.waiting:
            return f"waiting for {self.pacing.describe_limit()}"
        return ""

    def rate(self, now: float) -> float | None:
        """Items per second to count on from now: the rate so far, or, when the service allows fewer
        requests than that took, what the allowed rate gives (a burst that used a window up is not a pace)."""
        elapsed = now - self._counting_since
        moved = self.done - self._resumed_at
        if elapsed <= 0 or moved <= 0:
            return None
        observed = moved / elapsed
        allowed = self.pacing.allowed_rate if self.pacing is not None else None
        requests = (self.pacing.requests - self._requests_at_start) if self.pacing is not None else 0
        if allowed is None or requests <= 0:
            return observed
        return min(observed, allowed * moved / requests)

    def eta(self, now: float) -> float | None:
        rate = self.rate(now)
        if self.total is None or rate is None:
            return None
        return max(self.total - self.done, 0) / rate

    def start_at(self, done: int, total: int | None) -> None:
        """Where a resumed job stands, and how much there is in all (when known)."""
        self.done, self.total, self._resumed_at = done, total, done
        self._counting_since = self._clock()
        self._requests_at_start = self.pacing.requests if self.pacing is not None else 0
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=done, total=total)

    def expect_parts(self, parts: int) -> None:
        """The job is made of ``parts`` parts (an agency's locations), each reporting with ``add_part``."""
        self._parts_left, self._parts_total = parts, 0

    def add_part(self, done: int, total: int | None) -> None:
        """One more part starts, ``done`` of its ``total`` done already.

        The job's total is known once every part has said its own (a part that cannot say leaves it unknown):
        a sum of the parts started so far would make the bar and its ETA claim an end that is not near.
        The rate counts what moves from now on."""
        self.done += done
        self._resumed_at += done
        self._parts_left -= 1
        self._parts_total = None if total is None or self._parts_total is None else self._parts_total + total
        self.total = self._parts_total if self._parts_left <= 0 else None
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=self.done, total=self.total)

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=count)
            return
        now = self._clock()
        if not self.quiet and now - self._last_line >= self.interval:
            with self._print_lock:
                self._last_line = now
                print(self.line(now), file=self.stream, flush=True)

    def line(self, now: float) -> str:
        rate = self.rate(now)
        of_total = f"/{self.total}" if self.total is not None else ""
        eta = self.eta(now)
        status = self.status()
        return (
            f"{self.label}: {self.done}{of_total} {self.unit}, {rate or 0:,.0f}/s"
            + ("" if eta is None else f", ETA {eta:.0f} s")
            + (f", {status}" if status else "")
        )

    def note(self, message: str) -> None:
        if self.quiet:
            return
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=self.stream, flush=True)

    def elapsed(self) -> float:
        return self._clock() - self.started
