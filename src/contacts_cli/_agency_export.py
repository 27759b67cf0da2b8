"""``contacts-sdk export highlevel --all-locations``: every location of an agency, ``parallel`` at once.

Each location is an export of its own, as ``contacts-sdk export`` runs one (``run_export``: its own file,
its own journal, resumable after a kill), on the client the agency client gives for it
(``for_location``: its own location token and its own pacer, so one location waiting for its window
never holds up another). Locations run in a pool of ``parallel`` threads, one location per thread from
start to end, so that the answers a thread gets are that location's (``LocationPacing`` reads them for
the progress). A location that fails, or whose installation is gone, is reported and the others go on.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from highlevel_client import HighLevel, LocationUninstalledError
from highlevel_v3_client import HighLevelV3
from rich import box
from rich.table import Table

from ._agency import is_file_safe
from ._journal import JobMismatch, Journal, JournalLocked, JournalUnreadable, NothingToResume, Start
from ._outcome import EXIT_OK, EXIT_REJECTED, Outcome
from ._runtime import LocationPacing, Reporter
from ._services import (
    API_ERRORS,
    DECODE_ERRORS,
    FatalError,
    HighLevelService,
    describe_error,
)

DEFAULT_PARALLEL = 4
MAX_PARALLEL = 64
"""Most locations exported at once: each holds a thread, a connection and its own window of the limit."""

# What ends one location's export but not the others': the service's errors, the journal's, the disk's.
_LOCATION_FAILURES = (
    *API_ERRORS,
    *DECODE_ERRORS,
    FatalError,
    JobMismatch,
    NothingToResume,
    JournalLocked,
    JournalUnreadable,
    OSError,
)


@dataclass
class LocationResult:
    """How one location's export ended."""

    location_id: str
    written: int = 0
    failure: str | None = None
    """Why the location was skipped or stopped (``None``: exported)."""
    earlier: bool = False
    """Exported by the interrupted run this one resumed, and skipped."""
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.failure is not None


class AgencyRun:
    """The journal of an export of many locations: which locations the run finished (and how many contacts
    each wrote), so that a run resuming it skips them. Each location's own journal resumes that location.

    Kept (as a checkpoint: a killed or interrupted run resumes) until every location is exported; a run
    that finished them all is done with it, and a run again exports anew. Used from one thread only.
    """

    def __init__(self, path: Path, job: Mapping[str, Any], start: Start) -> None:
        self._journal = Journal(path)
        self._job, self._start = job, start
        self._finished: dict[str, int] = {}
        self._failed = False
        self.resumed = False

    def __enter__(self) -> Self:
        self._journal.__enter__()
        try:
            self.resumed = self._journal.begin(self._job, self._start, finished_starts_anew=True)
            checkpoint = self._journal.get("checkpoint") or {}
            self._finished = dict(checkpoint.get("finished", {}))
        except BaseException:
            self._journal.__exit__(*sys.exc_info())
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if exc_type is None and not self._failed:
            self._journal.finished_with()
        self._journal.__exit__(exc_type, exc, traceback)

    def finished_among(self, location_ids: Iterable[str]) -> dict[str, int]:
        """The locations an earlier run of this job exported, of ``location_ids``: contacts written by each."""
        return {location: self._finished[location] for location in location_ids if location in self._finished}

    def record(self, result: LocationResult) -> None:
        if result.failed:
            self._failed = True
            return
        self._finished[result.location_id] = result.written
        self._journal.set(checkpoint={"written": sum(self._finished.values()), "finished": self._finished})

    def in_order(self, location_ids: Sequence[str], exported: Iterable[LocationResult]) -> list[LocationResult]:
        """Every location's result in ``location_ids``' order: those of this run, and those an earlier one exported."""
        now = {result.location_id: result for result in exported}
        return [
            now.get(location) or LocationResult(location, self._finished[location], earlier=True)
            for location in location_ids
        ]


class StoppedError(Exception):
    """The run over the locations is ending (Ctrl-C, or an error of its own): this location stops here."""


class _LocationProgress:
    """One location's share of the agency's progress (``run_export`` reports to it as to a ``Reporter``).

    It is also where a location learns that the run is ending: at its next page it stops, its journal
    keeping its last checkpoint, so that the run ends within a page of each running location."""

    def __init__(self, reporter: Reporter, lock: threading.Lock, stopping: threading.Event) -> None:
        self._reporter, self._lock, self._stopping = reporter, lock, stopping

    def start_at(self, done: int, total: int | None) -> None:
        self._stop_if_asked()
        with self._lock:
            self._reporter.add_part(done, total)

    def advance(self, count: int = 1) -> None:
        with self._lock:
            self._reporter.advance(count)
        self._stop_if_asked()

    def _stop_if_asked(self) -> None:
        if self._stopping.is_set():
            raise StoppedError("the run is ending")


ExportLocation = Callable[[HighLevelService, _LocationProgress], Outcome]
"""Export one location with its service, reporting to its progress: ``run_export`` with the location's file."""


def export_locations(
    agency: HighLevel | HighLevelV3,
    location_ids: Sequence[str],
    *,
    company_id: str | None,
    parallel: int,
    api_version: str,
    pacing: LocationPacing,
    reporter: Reporter,
    export_location: ExportLocation,
    on_result: Callable[[LocationResult], None],
) -> list[LocationResult]:
    """Export every location in ``location_ids``, ``parallel`` at once; their results in the same order.

    ``on_result`` hears of each location as it ends, in the calling thread."""
    lock, stopping = threading.Lock(), threading.Event()

    def export_one(location_id: str) -> LocationResult:
        if not is_file_safe(location_id):
            result = LocationResult(location_id, failure="its id cannot name a file: skipped")
        else:
            with pacing.running(location_id):
                progress = _LocationProgress(reporter, lock, stopping)
                result = _export_one(agency, location_id, company_id, api_version, export_location, progress)
        reporter.note(_describe(result))
        return result

    pool = ThreadPoolExecutor(max_workers=min(parallel, MAX_PARALLEL), thread_name_prefix="location")
    try:
        futures = [pool.submit(export_one, location_id) for location_id in location_ids]
        for future in as_completed(futures):
            on_result(future.result())
        results = [future.result() for future in futures]
    except BaseException:
        # Ctrl-C (or a failure of the run itself): the locations not started are not started, the running
        # ones stop at their next page (their journals resume them), and the run waits for no more than that.
        stopping.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    return results


def _export_one(
    agency: HighLevel | HighLevelV3,
    location_id: str,
    company_id: str | None,
    api_version: str,
    export_location: ExportLocation,
    progress: _LocationProgress,
) -> LocationResult:
    try:
        client = agency.for_location(location_id, company_id=company_id)
        service = HighLevelService.of_location(client, location_id, api_version)
        outcome = export_location(service, progress)
    except LocationUninstalledError:
        return LocationResult(location_id, failure="the app is no longer installed there: skipped")
    except _LOCATION_FAILURES as error:
        status, message = describe_error(error)
        return LocationResult(location_id, failure=message if status is None else f"{status}: {message}")
    return LocationResult(location_id, written=outcome.counts.get("written", 0), notes=outcome.notes)


def _describe(result: LocationResult) -> str:
    if result.failure is not None:
        return f"location {result.location_id}: failed: {result.failure}"
    return f"location {result.location_id}: {result.written} written"


def agency_outcome(results: Iterable[LocationResult]) -> Outcome:
    """The totals of every location, and exit code 1 when any of them failed."""
    results = list(results)
    failed = sum(result.failed for result in results)
    outcome = Outcome({"locations": len(results), "exported": len(results) - failed})
    if failed:
        outcome.add("failed", failed)
    outcome.add("written", sum(result.written for result in results))
    outcome.notes.extend(f"location {result.location_id}: {note}" for result in results for note in result.notes)
    outcome.exit_code = EXIT_REJECTED if failed else EXIT_OK
    return outcome


def summary_table(results: Sequence[LocationResult], outcome: Outcome) -> Table:
    """Per location: contacts written, or why it failed; the totals in the last row."""
    table = Table(title="export highlevel: by location", title_justify="left", show_footer=True, box=box.SIMPLE)
    table.add_column("location", footer=f"{len(results)} locations")
    table.add_column("written", justify="right", footer=str(outcome.counts.get("written", 0)))
    failed = outcome.counts.get("failed", 0)
    table.add_column("result", footer=f"{failed} failed" if failed else "all exported")
    for result in results:
        done = "exported by the interrupted run" if result.earlier else "exported"
        table.add_row(result.location_id, str(result.written), result.failure or done)
    return table
