"""The journal of a job: what was written or sent, so that a run killed at any moment can go on.

An SQLite file in the state directory (``_state``). A run holds an exclusive ``flock`` on ``<journal>.lock`` for
its whole life, so a second run of the same job stops before it sends anything; the kernel drops the
lock when the process dies, even by ``kill -9``. Each change is committed before the step it allows
(a row is marked ``sending`` before its request leaves), and SQLite commits survive the process being
killed (the guarded case: the process dies, the machine does not), so after a crash the journal is never
behind what was done, only unsure about rows in flight.

A journal is for resuming an interrupted run. ``Journal.begin`` decides, by ``Start``, whether a run
resumes the earlier one or discards it; a run that ends in an error before the journal holds anything
it did removes the journal, so a run that failed at once (a wrong base URL, bad credentials) never
stands in the way of the corrected one; an export that finished removes its own (``finished_with``).
An import's and a sync's stay: they are what keeps a rerun from creating a contact twice.
"""

from __future__ import annotations

import enum
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

SENDING = "sending"
DONE = "done"
REJECTED = "rejected"
UNKNOWN = "unknown"

_SCHEMA = """
create table if not exists meta (name text primary key, value text not null);
create table if not exists rows (
    row integer primary key, state text not null, key text, remote_id text, status integer, error text
);
create table if not exists mirror (
    source_id text primary key, state text not null, target_id text, hash text, key text
);
create table if not exists seen (source_id text primary key, date_updated text not null);
"""


class JournalLocked(RuntimeError):
    """Another run of the same job holds the journal."""


class JobMismatch(ValueError):
    """The journal belongs to a job with other arguments or another input file."""


class JournalUnreadable(RuntimeError):
    """The file named as the journal is not one (another kind of file), or it is damaged (truncated)."""


def check_journal_path(journal: Path, **files: Path) -> None:
    """``JobMismatch`` when the journal (or one of the files SQLite keeps beside it) would be one of the
    job's ``files`` (its input or output, by option name): the journal would overwrite it, or it the journal."""
    companions = [journal, *(journal.with_name(journal.name + suffix) for suffix in (".lock", "-wal", "-shm"))]
    for option, path in files.items():
        for companion in companions:
            if _same_file(companion, path):
                raise JobMismatch(
                    f"the journal {journal} would be the {option} file {path}: pass another --state-dir"
                    if companion == journal
                    else f"the journal's {companion} would be the {option} file {path}: pass another --state-dir"
                )


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:  # one of them does not exist yet: compare where they would be
        return one.resolve() == other.resolve()


class NothingToResume(ValueError):
    """``--resume`` was asked for, and there is no interrupted run of this job."""


class Start(enum.Enum):
    """What a run does with the journal of an earlier run of its job."""

    AUTO = "auto"
    """Resume an interrupted run; start anew after a finished one (for the jobs that start anew)."""
    RESUME = "resume"
    """Resume an interrupted run; refuse to run when there is none."""
    RESTART = "restart"
    """Discard the earlier run's journal and start anew."""


@dataclass(frozen=True)
class RowRecord:
    row: int
    state: str
    key: str | None
    remote_id: str | None
    status: int | None
    error: str | None


class Journal:
    """One job's journal; use as a context manager (it takes the lock on entry)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock_file: int | None = None
        self._db: sqlite3.Connection | None = None
        self._finished_with = False

    def __enter__(self) -> Self:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            raise JournalLocked(
                f"another run of this job holds {self.path} (lock {lock_path}); wait for it to finish"
            ) from None
        self._lock_file = descriptor
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("pragma journal_mode=wal")
            # No fsync: a commit is in the kernel's page cache once it returns, so a killed process (kill -9
            # included) loses nothing, which is the case guarded. WAL checkpoints with fsync cost an import
            # about 4% of the rate limit it could use (measured by benchmarks/export_scale.py). A machine
            # crash may lose the last commits or damage the journal; the next run then stops with an error.
            self._db.execute("pragma synchronous=off")
            self._db.executescript(_SCHEMA)
            # A truncated file opens; reading every page is what finds it out, before the job relies on it.
            problem = self._db.execute("pragma quick_check(1)").fetchone()[0]
            for (value,) in self._db.execute("select value from meta"):
                json.loads(value)
        except (sqlite3.DatabaseError, ValueError) as error:
            self.__exit__(None, None, None)
            raise JournalUnreadable(
                f"{self.path} is not a journal or is damaged ({error}); move it away, or pass another --state-dir"
            ) from None
        if problem != "ok":
            self.__exit__(None, None, None)
            raise JournalUnreadable(f"{self.path} is damaged ({problem}); move it away, or pass another --state-dir")
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        # Removed while the lock is held, so that no other run opens it in between.
        discard = (exc_type is None and self._finished_with) or (
            exc_type is not None and self._db is not None and not self.holds_progress()
        )
        if self._db is not None:
            self._db.close()
            self._db = None
        if discard:
            for suffix in ("", "-wal", "-shm", ".lock"):
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        if self._lock_file is not None:
            os.close(self._lock_file)
            self._lock_file = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("the journal is not open")
        return self._db

    # --- the job's identity ------------------------------------------------------------------------

    def get(self, name: str) -> Any:
        found = self.db.execute("select value from meta where name = ?", (name,)).fetchone()
        return None if found is None else json.loads(found[0])

    def set(self, **values: Any) -> None:
        with self.db:
            self.db.executemany(
                "insert into meta values (?, ?) on conflict(name) do update set value = excluded.value",
                [(name, json.dumps(value)) for name, value in values.items()],
            )

    def finished_with(self) -> None:
        """The job is done and its journal of no further use (an export's): removed on a clean exit."""
        self.set(complete=True)
        self._finished_with = True

    def holds_progress(self) -> bool:
        """Whether the journal records anything a run did: rows sent, contacts mirrored or written."""
        checkpoint = self.get("checkpoint")
        return (
            bool(checkpoint and checkpoint.get("written"))
            or self.db.execute("select 1 from rows limit 1").fetchone() is not None
            or self.db.execute("select 1 from mirror limit 1").fetchone() is not None
        )

    def clear(self) -> None:
        """Forget the earlier run: the journal is as new."""
        with self.db:
            for table in ("meta", "rows", "mirror", "seen"):
                self.db.execute(f"delete from {table}")

    def begin(
        self, job: Mapping[str, Any], start: Start, *, finished_starts_anew: bool, input_digest: str | None = None
    ) -> bool:
        """Claim the journal for ``job`` as ``start`` says; True when the run resumes an earlier one.

        A finished run (``complete``) is one to resume only for a job whose rerun must not redo its
        work (``finished_starts_anew`` false: an import, whose rows would be created twice).
        """
        known = self.get("job")
        finished = bool(self.get("complete")) and finished_starts_anew
        if start is Start.RESUME and (known is None or finished):
            raise NothingToResume(
                f"--resume: there is no interrupted run of this job to resume (journal {self.path}); "
                "run without --resume to start one"
            )
        if known is not None and (start is Start.RESTART or (start is Start.AUTO and finished)):
            self.clear()
            known = None
        self.claim(job, input_digest)
        return known is not None

    def claim(self, job: Mapping[str, Any], input_digest: str | None = None) -> bool:
        """Tie the journal to this job; True when it was new. Refuse another job's journal."""
        known = self.get("job")
        if known is None:
            self.set(job=dict(job), input_digest=input_digest)
            return True
        if known != dict(job):
            changed = [
                f"{name}: was {known.get(name)!r}, now {job.get(name)!r}"
                for name in sorted(set(known) | set(job))
                if known.get(name) != job.get(name)
            ]
            raise JobMismatch(
                f"the journal {self.path} belongs to a run with other arguments ({'; '.join(changed)}). "
                "Run again with the same arguments to resume it, or add --restart to discard it and start anew."
            )
        if self.get("input_digest") != input_digest:
            raise JobMismatch(
                f"the input file changed since the journal {self.path} was started, so its rows no longer "
                "match what was sent. Restore the file to resume, or add --restart to discard it and start anew."
            )
        return False

    # --- import rows -------------------------------------------------------------------------------

    def rows(self) -> dict[int, RowRecord]:
        return {
            record[0]: RowRecord(*record)
            for record in self.db.execute("select row, state, key, remote_id, status, error from rows")
        }

    def mark_sending(self, rows: list[tuple[int, str | None]]) -> None:
        with self.db:
            self.db.executemany(
                "insert into rows (row, state, key) values (?, 'sending', ?) "
                "on conflict(row) do update set state = 'sending', key = excluded.key",
                rows,
            )

    def forget(self, row: int) -> None:
        """The row was not sent after all: the next run sends it as a new one."""
        with self.db:
            self.db.execute("delete from rows where row = ?", (row,))

    def finish(
        self, row: int, state: str, *, remote_id: str | None = None, status: int | None = None, error: str | None = None
    ) -> None:
        with self.db:
            self.db.execute(
                "insert into rows (row, state, remote_id, status, error) values (?, ?, ?, ?, ?) "
                "on conflict(row) do update set state = excluded.state, remote_id = excluded.remote_id, "
                "status = excluded.status, error = excluded.error",
                (row, state, remote_id, status, error),
            )

    def rejected(self) -> Iterator[RowRecord]:
        for record in self.db.execute(
            "select row, state, key, remote_id, status, error from rows where state in ('rejected', 'unknown') "
            "order by row"
        ):
            yield RowRecord(*record)

    # --- sync --------------------------------------------------------------------------------------

    def mirrored(self) -> dict[str, tuple[str, str | None, str | None]]:
        """source id -> (state, target id, hash of the mapped fields last sent)."""
        return {
            source: (state, target, digest)
            for source, state, target, digest in self.db.execute("select source_id, state, target_id, hash from mirror")
        }

    def mirrored_of(self, source_ids: list[str]) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
        """source id -> (state, target id, hash last sent, the ``dateUpdated`` last settled), for one page's ids.

        Read a page at a time, so that a run holds the journal of a page, not of every contact.
        """
        query = (
            "select ids.value, mirror.state, mirror.target_id, mirror.hash, seen.date_updated "
            "from json_each(?) as ids left join mirror on mirror.source_id = ids.value "
            "left join seen on seen.source_id = ids.value"
        )
        return {
            source: (state, target, digest, updated)
            for source, state, target, digest, updated in self.db.execute(query, (json.dumps(source_ids),))
            if state is not None or updated is not None
        }

    def settle_seen(
        self, source_id: str, date_updated: str, mirror: tuple[str, str | None, str | None, str | None] | None = None
    ) -> None:
        """Record the ``dateUpdated`` a contact was settled at and, in the same commit, its mirror row
        (state, target id, hash, key) when given."""
        with self.db:
            if mirror is not None:
                self._mirror(source_id, *mirror)
            self.db.execute(
                "insert into seen values (?, ?) "
                "on conflict(source_id) do update set date_updated = excluded.date_updated",
                (source_id, date_updated),
            )

    def mirror(self, source_id: str, state: str, target_id: str | None, digest: str | None, key: str | None) -> None:
        with self.db:
            self._mirror(source_id, state, target_id, digest, key)

    def _mirror(self, source_id: str, state: str, target_id: str | None, digest: str | None, key: str | None) -> None:
        self.db.execute(
            "insert into mirror values (?, ?, ?, ?, ?) on conflict(source_id) do update set "
            "state = excluded.state, target_id = excluded.target_id, hash = excluded.hash, key = excluded.key",
            (source_id, state, target_id, digest, key),
        )
