"""What every command shares: traffic counts from httpx event hooks, progress output and the summary line."""

from __future__ import annotations

import socket
import sys
import threading
import time
from types import TracebackType
from typing import IO, Self

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
    TimeRemainingColumn,
)
from rich.text import Text

_RETRIED_STATUSES = {408, 409, 429}


class Traffic:
    """Requests, retries and 429 answers, counted by event hooks on the ``httpx.Client`` given to a client.

    A retry is a request identical (method, URL, body) to the one the same thread sent just before,
    which got no answer or an answer the clients retry: the clients retry in the thread of the call.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._local = threading.local()
        self.requests = 0
        self.retries = 0
        self.throttled = 0

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

    def http_client(self, *, connections: int = 16) -> httpx.Client:
        """An ``httpx.Client`` for a Sakari or HighLevel client, counting what it sends."""
        transport = httpx.HTTPTransport(
            socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
            limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
        )
        return httpx.Client(
            transport=transport, event_hooks={"request": [self._on_request], "response": [self._on_response]}
        )

    def describe(self) -> str:
        return f"{self.requests} requests, {self.retries} retries, {self.throttled} answered 429"


def _retried(status: int | None) -> bool:
    return status is None or status in _RETRIED_STATUSES or status >= 500


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.0f}/s", style="progress.data.speed")


class Reporter:
    """Progress of a command: a rich bar on a terminal, a plain line every few seconds otherwise, nothing if quiet."""

    def __init__(
        self, label: str, *, quiet: bool, stream: IO[str] | None = None, interval: float = 2.0, unit: str = "contacts"
    ) -> None:
        self.label = label
        self.quiet = quiet
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.unit = unit
        self.done = 0
        self._resumed_at = 0
        self.total: int | None = None
        self.started = time.monotonic()
        self._last_line = self.started
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> Self:
        if not self.quiet and self.stream.isatty():
            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                _RateColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TimeElapsedColumn(),
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

    def start_at(self, done: int, total: int | None) -> None:
        """Where a resumed job stands, and how much there is in all (when known)."""
        self.done, self.total, self._resumed_at = done, total, done
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=done, total=total)

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=count)
            return
        now = time.monotonic()
        if not self.quiet and now - self._last_line >= self.interval:
            self._last_line = now
            print(self.line(now), file=self.stream, flush=True)

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = (self.done - self._resumed_at) / elapsed
        of_total = f"/{self.total}" if self.total is not None else ""
        eta = ""
        if self.total is not None and rate > 0:
            eta = f", ETA {max(self.total - self.done, 0) / rate:.0f} s"
        return f"{self.label}: {self.done}{of_total} {self.unit}, {rate:,.0f}/s{eta}"

    def note(self, message: str) -> None:
        if self.quiet:
            return
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=self.stream, flush=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.started
