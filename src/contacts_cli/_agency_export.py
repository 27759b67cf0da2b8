"""``contacts-sdk export highlevel --all-locations``: every location of an agency, ``parallel`` at once.

Each location is an export of its own, as ``contacts-sdk export`` runs one (``run_export``: its own file,
its own journal, resumable after a kill), on the client the agency client gives for it
(``for_location``: its own location token and its own pacer, so one location waiting for its window
never holds up another). Locations run in a pool of ``parallel`` threads, one location per thread from
start to end, so that the answers a thread gets are that location's (``LocationPacing`` reads them for
the progress). A location that fails, or whose installation is gone, is reported and the others go on.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from highlevel_client import HighLevel, LocationUninstalledError
from highlevel_client import oauth as highlevel_oauth
from highlevel_client.oauth import TokenPair
from highlevel_v3_client import HighLevelV3
from rich import box
from rich.table import Table

from ._journal import JobMismatch, Journal, JournalLocked, JournalUnreadable, NothingToResume, Start
from ._outcome import EXIT_OK, EXIT_REJECTED, Outcome
from ._runtime import LocationPacing, Reporter, Traffic
from ._services import (
    API_ERRORS,
    DECODE_ERRORS,
    HIGHLEVEL_VERSIONS,
    FatalError,
    HighLevelService,
    describe_error,
    highlevel_http_client,
)

AGENCY_TOKEN_VARIABLE = "HIGHLEVEL_AGENCY_ACCESS_TOKEN"
AGENCY_REFRESH_TOKEN_VARIABLE = "HIGHLEVEL_AGENCY_REFRESH_TOKEN"
APP_CREDENTIAL_VARIABLES = ("HIGHLEVEL_CLIENT_ID", "HIGHLEVEL_CLIENT_SECRET")
DEFAULT_PARALLEL = 4
MAX_PARALLEL = 64
"""Most locations exported at once: each holds a thread, a connection and its own window of the limit."""

_FILE_SAFE_ID = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}")
"""A location id that can name its file as it is (no separator, no leading dot, not too long)."""

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


class TokenFile:
    """The agency's OAuth pair kept in a file (``--token-file``): read when the run starts, and each pair the
    client renews written there (owner-only, replaced whole) before it is used, since the refresh token
    sent stops working. A file not made yet is made from the environment's pair at its first renewal."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> TokenPair:
        if not self.path.exists():
            return self._from_environment()
        try:
            kept = json.loads(self.path.read_text())
            return TokenPair(str(kept["access_token"]), str(kept["refresh_token"]), float(kept["expires_at"]))
        except (OSError, ValueError, KeyError, TypeError):
            # The file holds secrets: what was wrong with it is not quoted.
            raise FatalError(f"credentials: {self.path} is not a token file this command wrote") from None

    def _from_environment(self) -> TokenPair:
        access, refresh = os.environ.get(AGENCY_TOKEN_VARIABLE), os.environ.get(AGENCY_REFRESH_TOKEN_VARIABLE)
        if not access or not refresh:
            raise FatalError(
                f"credentials: {self.path} does not exist yet: set {AGENCY_TOKEN_VARIABLE} and "
                f"{AGENCY_REFRESH_TOKEN_VARIABLE} to the agency's pair, which moves into it when renewed"
            )
        # When the access token expires is not known: a 401 renews it as soon as it has.
        return TokenPair(access, refresh, time.time() + highlevel_oauth.SPEC.access_token_lifetime)

    def save(self, pair: TokenPair) -> None:
        fields = {"access_token": pair.access_token, "refresh_token": pair.refresh_token, "expires_at": pair.expires_at}
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            json.dump(fields, handle)
        os.replace(temporary, self.path)


@contextmanager
def open_agency(
    traffic: Traffic,
    pacing: LocationPacing,
    base_url: str | None,
    api_version: str,
    connections: int,
    company_id: str | None,
    token_file: Path | None = None,
) -> Iterator[HighLevel | HighLevelV3]:
    """The agency client, its traffic counted and each location's answers read by ``pacing``; closed (and every
    location's client with it) on leaving. On the agency's access token (``HIGHLEVEL_AGENCY_ACCESS_TOKEN``),
    or, given a ``token_file``, on the OAuth pair kept there, renewed with the app's credentials."""
    if not company_id:
        raise FatalError("credentials: an agency's locations need its company id: --company-id or HIGHLEVEL_COMPANY_ID")
    token = os.environ.get(AGENCY_TOKEN_VARIABLE)
    if token_file is None and not token:
        raise FatalError(
            f"credentials: an agency's locations need the agency's access token: set {AGENCY_TOKEN_VARIABLE}"
        )
    app = [os.environ.get(name) for name in APP_CREDENTIAL_VARIABLES]
    if token_file is not None and not all(app):
        raise FatalError(
            f"credentials: --token-file renews the pair with the app's {' and '.join(APP_CREDENTIAL_VARIABLES)}"
        )
    pair = TokenFile(token_file).load() if token_file is not None else None
    http = highlevel_http_client(traffic, connections, api_version)
    pacing.watch(http)
    client_class = HIGHLEVEL_VERSIONS[api_version][0]
    try:
        try:
            if token_file is not None and pair is not None:
                agency = client_class.from_oauth(
                    client_id=str(app[0]),
                    client_secret=str(app[1]),
                    tokens=pair,
                    on_tokens=TokenFile(token_file).save,
                    user_type="Company",
                    base_url=base_url,
                    http_client=http,
                )
            else:
                agency = client_class(token=token, base_url=base_url, http_client=http)
        except ValueError as error:
            raise FatalError(f"credentials: {error}") from None
        with agency:
            yield agency
    finally:
        http.close()


def installed_location_ids(agency: HighLevel | HighLevelV3, app_id: str, company_id: str | None) -> list[str]:
    """The ids of the agency's locations where the app is installed, every page of them."""
    return [str(location.id) for location in agency.installed_locations(app_id=app_id, company_id=company_id)]


class LocationListError(ValueError):
    """``--locations`` names no location, an empty one, one twice, or one that cannot name a file."""


def parse_locations(text: str) -> list[str]:
    """The location ids of ``--locations a,b,c``, in the order given."""
    given = [part.strip() for part in text.split(",")]
    if any(not part for part in given):
        raise LocationListError(f"--locations {text!r}: an empty location id (write them as a,b,c)")
    twice = sorted({part for part in given if given.count(part) > 1})
    if twice:
        raise LocationListError(f"--locations names {', '.join(twice)} more than once")
    unsafe = [part for part in given if not is_file_safe(part)]
    if unsafe:
        raise LocationListError(
            f"--locations: {', '.join(map(repr, unsafe))} cannot name a file (letters, digits, '.', '_', '-')"
        )
    return given


def is_file_safe(location_id: str) -> bool:
    return _FILE_SAFE_ID.fullmatch(location_id) is not None


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
