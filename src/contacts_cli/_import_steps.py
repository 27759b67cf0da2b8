"""The steps of ``contacts-sdk import``, each readable and testable on its own.

- **plan**: what a row needs, from the row and its journal record alone (``plan_row``), and the whole
  file's plan for a dry run (``plan_import``);
- **send**: the requests in flight, in a bounded window where rows naming one contact go one after
  the other (``SendWindow``);
- **settle**: what each answer, failure or stopped run means for the journal (``ImportSettler``).
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from highlevel_client.errors import DailyLimitError

from ._journal import DONE, REJECTED, SENDING, UNKNOWN, Journal, RowRecord
from ._outcome import EXIT_REJECTED, Outcome
from ._records import Format, InputRow, RowError, read_rows
from ._runtime import Reporter
from ._services import (
    API_ERRORS,
    CONNECTION_ERRORS,
    DECODE_ERRORS,
    FatalError,
    Service,
    describe_error,
    is_fatal,
    outcome_is_unknown,
)

# --- plan --------------------------------------------------------------------------------------------

_EARLIER = {DONE: "done before", REJECTED: "rejected", UNKNOWN: "unknown"}
"""The count a row settled by an earlier run goes under, by its journal state."""


@dataclass
class PreparedRow:
    """A row made ready to send (``send``), or why it cannot be (``error``); ``key`` names its contact."""

    row: InputRow
    body: dict[str, Any] | None
    send: Callable[[], str] | None
    key: str | None
    error: str | None


def prepare_row(service: Service, row: InputRow, strategy: str) -> PreparedRow:
    shape = service.shape()
    try:
        if "_invalid" in row.fields:
            raise RowError(str(row.fields["_invalid"]))
        body = shape.body_from_json(row.fields) if row.is_json else shape.body_from_csv(row.fields)
        if not body:
            raise RowError("no field a contact can be created with")
        send = service.prepare(body, strategy)
    except (RowError, *DECODE_ERRORS) as error:
        return PreparedRow(row, None, None, None, str(error))
    return PreparedRow(row, body, send, service.key(body), None)


class Step(enum.Enum):
    """What a row needs."""

    EARLIER = "settled by an earlier run"
    INVALID = "cannot be sent"
    UNKNOWABLE = "was in flight when a run stopped, and has no key to look it up by"
    LOOK_UP = "was in flight when a run stopped: look it up, send it if it is not there"
    SEND = "send it"


@dataclass(frozen=True)
class RowPlan:
    step: Step
    row: InputRow
    prepared: PreparedRow | None = None
    earlier: str | None = None
    """For ``Step.EARLIER``: the count the row goes under."""
    error: str | None = None
    """For ``Step.INVALID``: why it cannot be sent."""


def plan_row(record: RowRecord | None, row: InputRow, prepare: Callable[[InputRow], PreparedRow]) -> RowPlan:
    """What ``row`` needs, given what the journal holds of it (``record``); sends nothing."""
    if record is not None and record.state != SENDING:
        return RowPlan(Step.EARLIER, row, earlier=_EARLIER[record.state])
    prepared = prepare(row)
    if prepared.send is None:
        return RowPlan(Step.INVALID, row, prepared, error=prepared.error)
    if record is None:
        return RowPlan(Step.SEND, row, prepared)
    return RowPlan(Step.LOOK_UP if prepared.key is not None else Step.UNKNOWABLE, row, prepared)


def plan_import(
    service: Service, path: Path, file_format: Format, strategy: str, state: Path, outcome: Outcome
) -> Outcome:
    """The dry run: what a run would do with each row, by the journal if there is one; nothing is sent."""
    records: dict[int, RowRecord] = {}
    if state.exists():
        with Journal(state) as journal:
            records = journal.rows()
    for row in read_rows(path, file_format):
        plan = plan_row(records.get(row.number), row, lambda row: prepare_row(service, row, strategy))
        if plan.step is Step.EARLIER:
            outcome.add("done before")
        elif plan.step is Step.INVALID:
            outcome.add("invalid")
            outcome.notes.append(f"row {row.number}: {plan.error}")
        else:
            outcome.add(f"to {'upsert' if strategy == 'upsert' else 'create'}")
            if plan.prepared is not None and plan.prepared.key is None:
                outcome.add("without e-mail or phone")
    outcome.notes.insert(0, f"plan (dry run, nothing sent): {strategy} into {service.name}")
    return outcome


# --- send --------------------------------------------------------------------------------------------

InFlight = tuple[PreparedRow, Future[str]]
"""A request in flight: its row and the answer to come."""
Settle = Callable[[PreparedRow, Future[str]], None]


class SendWindow:
    """The requests in flight, oldest first: at most twice ``concurrency`` of them, and never two rows
    naming the same contact at once (they go in file order, so the last one wins)."""

    def __init__(self, pool: Executor, journal: Journal, concurrency: int) -> None:
        self.pool = pool
        self.journal = journal
        self.concurrency = concurrency
        self.pending: deque[InFlight] = deque()

    def send(self, prepared: PreparedRow, settle: Settle) -> None:
        """Send ``prepared`` (the journal marks it ``sending`` first). ``settle`` gets each request this
        one had to wait for, before it leaves, then those answered since, oldest first."""
        if prepared.send is None:
            raise ValueError(f"row {prepared.row.number} cannot be sent: {prepared.error}")
        while prepared.key is not None and any(other.key == prepared.key for other, _ in self.pending):
            settle(*self.pending.popleft())
        self.journal.mark_sending([(prepared.row.number, prepared.key)])
        self.pending.append((prepared, self.pool.submit(prepared.send)))
        while len(self.pending) >= 2 * self.concurrency or (self.pending and self.pending[0][1].done()):
            settle(*self.pending.popleft())

    def drain(self, settle: Settle) -> None:
        """``settle`` each request still in flight, oldest first (waiting for its answer)."""
        while self.pending:
            settle(*self.pending.popleft())

    def cancel_waiting(self) -> None:
        """Stop the requests not yet started (a stopping run); those started finish in their threads."""
        for _, future in self.pending:
            future.cancel()


# --- settle ------------------------------------------------------------------------------------------


class Failure(enum.Enum):
    """What a failed request means for its row."""

    DAILY_LIMIT = "the day's quota is spent: nothing was sent, the run stops"
    UNREACHED = "the request never reached the service (after the client's retries): the run stops"
    FATAL = "the service refused it unread (credentials, access), as it will every other: the run stops"
    UNKNOWN = "it may have been carried out: settle it by its key"
    REJECTED = "the service refused it"


NOT_CARRIED_OUT = frozenset({Failure.DAILY_LIMIT, Failure.UNREACHED, Failure.FATAL})
"""Failures after which the service surely did nothing with the row: the journal forgets it, and a run
that stopped before any row was carried out leaves no journal behind (see ``Journal.__exit__``)."""


def classify_failure(error: Exception) -> Failure:
    if isinstance(error, DailyLimitError):
        return Failure.DAILY_LIMIT
    if isinstance(error, CONNECTION_ERRORS) and not error.may_have_reached_server:
        return Failure.UNREACHED
    if is_fatal(error):
        return Failure.FATAL
    return Failure.UNKNOWN if outcome_is_unknown(error) else Failure.REJECTED


class ImportSettler:
    """Writes what each row came to in the journal and the outcome; the journal is never behind what
    was done, so a later run neither sends a row twice nor looks it up needlessly."""

    def __init__(self, service: Service, journal: Journal, outcome: Outcome, reporter: Reporter) -> None:
        self.service = service
        self.journal = journal
        self.outcome = outcome
        self.reporter = reporter

    def unsent(self, plan: RowPlan) -> bool:
        """Settle a row that needs no request (true), or that a lookup settles (true); false: send it."""
        number = plan.row.number
        if plan.step is Step.EARLIER:
            self.outcome.add(plan.earlier or "")
        elif plan.step is Step.INVALID:
            self.journal.finish(number, REJECTED, error=plan.error)
            self.outcome.add("rejected")
        elif plan.step is Step.UNKNOWABLE:
            self.journal.finish(
                number,
                UNKNOWN,
                error="outcome unknown (the run stopped while sending it) "
                "and no e-mail or phone to look it up: check it by hand; not sent again",
            )
            self.outcome.add("unknown")
        elif not (plan.step is Step.LOOK_UP and plan.prepared is not None and self._found(plan.prepared)):
            return False
        self.reporter.advance()
        return True

    def answered(self, prepared: PreparedRow, future: Future[str]) -> None:
        """Settle a row by its request's answer (waiting for it)."""
        number = prepared.row.number
        try:
            remote_id = future.result()
        except API_ERRORS as error:
            self._failed(prepared, error)
        else:
            self.journal.finish(number, DONE, remote_id=remote_id)
            self.outcome.add("sent")
        self.reporter.advance()

    def stopped(self, pending: Iterable[InFlight]) -> None:
        """Settle what a stopped run can still know of its requests (call once they are all done or
        cancelled): the unsent are forgotten, the answered done; the rest stay ``sending``."""
        for prepared, future in pending:
            error = None if future.cancelled() else future.exception()
            if future.cancelled() or (isinstance(error, Exception) and classify_failure(error) in NOT_CARRIED_OUT):
                self.journal.forget(prepared.row.number)
            elif error is None:
                self.journal.finish(prepared.row.number, DONE, remote_id=future.result())

    def _failed(self, prepared: PreparedRow, error: Exception) -> None:
        number = prepared.row.number
        failure = classify_failure(error)
        if failure in NOT_CARRIED_OUT:
            self.journal.forget(number)
        if failure is Failure.DAILY_LIMIT:
            raise FatalError(f"{error}. The journal keeps the rows done; run the same command then.") from None
        if failure is Failure.UNREACHED:
            raise FatalError(f"the service could not be reached: {describe_error(error)[1]}") from None
        if failure is Failure.FATAL:
            raise FatalError(describe_error(error)[1]) from None
        if failure is Failure.UNKNOWN:
            self._settle_unknown(prepared, error)
            return
        status, message = describe_error(error)
        self.journal.finish(number, REJECTED, status=status, error=message)
        self.outcome.add("rejected")

    def _settle_unknown(self, prepared: PreparedRow, error: Exception) -> None:
        """An answer lost or a failure of the service: look the row up by its key instead of guessing."""
        number = prepared.row.number
        if prepared.key is None:
            status, message = describe_error(error)
            self.journal.finish(number, UNKNOWN, status=status, error=f"outcome unknown, no e-mail or phone: {message}")
            self.outcome.add("unknown")
        elif not self._found(prepared):
            self.outcome.add("left to the next run")
            self.outcome.notes.append(
                f"row {number}: not created after {describe_error(error)[1]}; run again to send it"
            )
            self.outcome.exit_code = max(self.outcome.exit_code, EXIT_REJECTED)

    def _found(self, prepared: PreparedRow) -> bool:
        """Look the row's contact up by its key; found, the row is done."""
        try:
            found = self.service.lookup(prepared.body or {})
        except API_ERRORS as error:
            raise FatalError(f"could not look up a contact to settle a row: {describe_error(error)[1]}") from None
        if found is None:
            return False
        self.journal.finish(prepared.row.number, DONE, remote_id=found)
        self.outcome.add("settled by lookup")
        return True
