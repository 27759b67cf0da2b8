"""The three jobs: export, import and sync, each resumable from its journal."""

from __future__ import annotations

import contextlib
import csv
import datetime
import json
import time
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from highlevel_client.errors import DailyLimitError
from sakari_client.models import ContactRequest

from ._journal import DONE, REJECTED, SENDING, UNKNOWN, JobMismatch, Journal
from ._records import (
    CsvFlattener,
    Format,
    InputRow,
    RowError,
    content_hash,
    csv_header,
    csv_line,
    digits,
    file_digest,
    jsonl_lines,
    leaf_columns,
    read_rows,
)
from ._runtime import Reporter
from ._services import (
    API_ERRORS,
    CONNECTION_ERRORS,
    DECODE_ERRORS,
    STATUS_ERRORS,
    FatalError,
    HighLevelService,
    SakariService,
    Service,
    describe_error,
    is_fatal,
    outcome_is_unknown,
)

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3

# An export records how far it got this often, not after every page: a rerun after a kill fetches
# again at most this much, and a walk does not pay a flush and a journal commit for each page.
CHECKPOINT_EVERY = 0.25
WRITE_BUFFER = 1 << 20


@dataclass
class Outcome:
    """What a job did: counts in the order they are shown, notes for the user, the exit code."""

    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    exit_code: int = EXIT_OK

    def add(self, name: str, count: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + count


# --- export ------------------------------------------------------------------------------------------


def run_export(
    service: Service,
    *,
    out: Path,
    file_format: Format,
    filters: Mapping[str, Any],
    state: Path,
    page_size: int,
    concurrency: int,
    job: Mapping[str, Any],
    reporter: Reporter,
) -> Outcome:
    outcome = Outcome()
    with Journal(state) as journal:
        journal.claim(job)
        checkpoint: dict[str, Any] | None = journal.get("checkpoint")
        if journal.get("complete"):
            outcome.add("written", checkpoint["written"] if checkpoint else 0)
            outcome.notes.append(f"already complete by an earlier run (journal {state}); delete it to export anew")
            return outcome
        flattener = CsvFlattener(leaf_columns(service.package, service.contact_schema))
        handle: BinaryIO
        if checkpoint is None:
            handle = out.open("wb", buffering=WRITE_BUFFER)
            if file_format == "csv":
                handle.write(csv_line(flattener.header).encode())
            handle.flush()
            checkpoint = {"bytes": handle.tell(), "written": 0, "resume": {}}
            journal.set(checkpoint=checkpoint)
        else:
            size = out.stat().st_size if out.exists() else -1
            if size < checkpoint["bytes"]:
                raise JobMismatch(
                    f"{out} is shorter than the journal {state} says was written: it was changed or removed. "
                    "Pass another --state (or delete it) to export anew."
                )
            handle = out.open("r+b", buffering=WRITE_BUFFER)
            # Drop what was written after the last checkpoint: those contacts are fetched again.
            handle.truncate(checkpoint["bytes"])
            handle.seek(checkpoint["bytes"])
        written = int(checkpoint["written"])
        with handle:
            total, batches = service.export(checkpoint["resume"], filters, page_size, concurrency)
            reporter.start_at(written, total)
            position: dict[str, Any] = {"written": written, "resume": checkpoint["resume"]}
            due = time.monotonic() + CHECKPOINT_EVERY
            for batch in batches:
                if file_format == "csv":
                    handle.write(flattener.lines(batch.contacts).encode())
                else:
                    handle.write(jsonl_lines(batch.contacts))
                written += len(batch.contacts)
                position = {"written": written, "resume": batch.resume}
                if time.monotonic() >= due:
                    _checkpoint(journal, handle, position)
                    due = time.monotonic() + CHECKPOINT_EVERY
                reporter.advance(len(batch.contacts))
            _checkpoint(journal, handle, position)
        journal.set(complete=True)
    outcome.add("written", written)
    return outcome


def _checkpoint(journal: Journal, handle: BinaryIO, position: dict[str, Any]) -> None:
    """Record how far the file is written (``position``: contacts written, where the walk resumes):
    a rerun truncates the file there and fetches the rest again."""
    handle.flush()
    journal.set(checkpoint={"bytes": handle.tell(), **position})


# --- import ------------------------------------------------------------------------------------------


def rejects_path(path: Path) -> Path:
    return path.with_name(path.name + ".rejects.csv")


@dataclass
class _Prepared:
    row: InputRow
    body: dict[str, Any] | None
    send: Callable[[], str] | None
    key: str | None
    error: str | None


def _prepare(service: Service, row: InputRow, strategy: str) -> _Prepared:
    shape = service.shape()
    try:
        if "_invalid" in row.fields:
            raise RowError(str(row.fields["_invalid"]))
        body = shape.body_from_json(row.fields) if row.is_json else shape.body_from_csv(row.fields)
        if not body:
            raise RowError("no field a contact can be created with")
        send = service.prepare(body, strategy)
    except (RowError, *DECODE_ERRORS) as error:
        return _Prepared(row, None, None, None, str(error))
    return _Prepared(row, body, send, service.key(body), None)


def run_import(
    service: Service,
    *,
    path: Path,
    file_format: Format,
    strategy: str,
    state: Path,
    dry_run: bool,
    concurrency: int,
    job: Mapping[str, Any],
    reporter: Reporter,
) -> Outcome:
    outcome = Outcome()
    if file_format == "csv":
        ignored = service.shape().ignored_columns(csv_header(path))
        if ignored:
            outcome.notes.append(f"columns not sent (set by the service or unknown to it): {', '.join(ignored)}")
    if dry_run:
        return _plan_import(service, path, file_format, strategy, state, outcome)
    with Journal(state) as journal:
        journal.claim(job, file_digest(path))
        records = journal.rows()
        reporter.start_at(0, sum(1 for _ in read_rows(path, file_format)))
        pending: deque[tuple[_Prepared, Future[str]]] = deque()

        def settle(prepared: _Prepared, error: Exception) -> None:
            """An answer lost or a failure of the service: look the row up by its key instead of guessing."""
            number = prepared.row.number
            if prepared.key is None:
                status, message = describe_error(error)
                journal.finish(number, UNKNOWN, status=status, error=f"outcome unknown, no e-mail or phone: {message}")
                outcome.add("unknown")
                return
            found = _lookup(service, prepared.body or {})
            if found is not None:
                journal.finish(number, DONE, remote_id=found)
                outcome.add("settled by lookup")
                return
            outcome.add("left to the next run")
            outcome.notes.append(f"row {number}: not created after {describe_error(error)[1]}; run again to send it")
            outcome.exit_code = max(outcome.exit_code, EXIT_REJECTED)

        def collect(prepared: _Prepared, future: Future[str]) -> None:
            number = prepared.row.number
            try:
                remote_id = future.result()
            except API_ERRORS as error:
                if isinstance(error, DailyLimitError):
                    journal.forget(number)  # nothing was sent
                    raise FatalError(f"{error}. The journal keeps the rows done; run the same command then.") from None
                if is_fatal(error):
                    raise FatalError(describe_error(error)[1]) from None
                if outcome_is_unknown(error):
                    settle(prepared, error)
                else:
                    status, message = describe_error(error)
                    journal.finish(number, REJECTED, status=status, error=message)
                    outcome.add("rejected")
            else:
                journal.finish(number, DONE, remote_id=remote_id)
                outcome.add("sent")
            reporter.advance()

        try:
            with ThreadPoolExecutor(max_workers=concurrency) as pool:
                try:
                    for row in read_rows(path, file_format):
                        record = records.get(row.number)
                        if record is not None and record.state != SENDING:
                            outcome.add({DONE: "done before", REJECTED: "rejected", UNKNOWN: "unknown"}[record.state])
                            reporter.advance()
                            continue
                        prepared = _prepare(service, row, strategy)
                        if prepared.send is None:
                            journal.finish(row.number, REJECTED, error=prepared.error)
                            outcome.add("rejected")
                            reporter.advance()
                            continue
                        if record is not None:  # was being sent when an earlier run stopped
                            if prepared.key is None:
                                journal.finish(
                                    row.number,
                                    UNKNOWN,
                                    error="outcome unknown (the run stopped while sending it) "
                                    "and no e-mail or phone to look it up: check it by hand; not sent again",
                                )
                                outcome.add("unknown")
                                reporter.advance()
                                continue
                            found = _lookup(service, prepared.body or {})
                            if found is not None:
                                journal.finish(row.number, DONE, remote_id=found)
                                outcome.add("settled by lookup")
                                reporter.advance()
                                continue
                        # Rows naming the same contact go one after the other, in file order: the last one wins.
                        while prepared.key is not None and any(other.key == prepared.key for other, _ in pending):
                            collect(*pending.popleft())
                        journal.mark_sending([(row.number, prepared.key)])
                        pending.append((prepared, pool.submit(prepared.send)))
                        while len(pending) >= 2 * concurrency or (pending and pending[0][1].done()):
                            collect(*pending.popleft())
                    while pending:
                        collect(*pending.popleft())
                finally:
                    for _, future in pending:
                        future.cancel()
        finally:
            # Settle what the stopped run can still know, so the next one neither resends nor looks up.
            for prepared, future in pending:
                if future.cancelled() or isinstance(future.exception(), DailyLimitError):
                    journal.forget(prepared.row.number)  # never sent
                elif future.exception() is None:
                    journal.finish(prepared.row.number, DONE, remote_id=future.result())
        _write_rejects(journal, path, file_format)
    if outcome.counts.get("rejected") or outcome.counts.get("unknown"):
        outcome.exit_code = EXIT_REJECTED
        outcome.notes.append(f"rejected and unknown rows, with the service's error: {rejects_path(path)}")
    return outcome


def _lookup(service: Service, body: Mapping[str, Any]) -> str | None:
    try:
        return service.lookup(body)
    except API_ERRORS as error:
        raise FatalError(f"could not look up a contact to settle a row: {describe_error(error)[1]}") from None


def _write_rejects(journal: Journal, path: Path, file_format: Format) -> None:
    """The rejects file, rebuilt from the journal each run, so a resumed run never lists a row twice."""
    target = rejects_path(path)
    problems = {record.row: record for record in journal.rejected()}
    if not problems:
        target.unlink(missing_ok=True)
        return
    header = csv_header(path) if file_format == "csv" else ["_contact"]
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["_row", "_status", "_error", *header])
        for row in read_rows(path, file_format):
            record = problems.get(row.number)
            if record is None:
                continue
            cells = [json.dumps(row.fields)] if row.is_json else [str(row.fields.get(name) or "") for name in header]
            writer.writerow([row.number, record.status or "", f"{record.state}: {record.error}", *cells])


def _plan_import(
    service: Service, path: Path, file_format: Format, strategy: str, state: Path, outcome: Outcome
) -> Outcome:
    done: set[int] = set()
    if state.exists():
        with Journal(state) as journal:
            done = {number for number, record in journal.rows().items() if record.state != SENDING}
    for row in read_rows(path, file_format):
        if row.number in done:
            outcome.add("done before")
            continue
        prepared = _prepare(service, row, strategy)
        if prepared.send is None:
            outcome.add("invalid")
            outcome.notes.append(f"row {row.number}: {prepared.error}")
        else:
            outcome.add(f"to {'upsert' if strategy == 'upsert' else 'create'}")
            if prepared.key is None:
                outcome.add("without e-mail or phone")
    outcome.notes.insert(0, f"plan (dry run, nothing sent): {strategy} into {service.name}")
    return outcome


# --- sync --------------------------------------------------------------------------------------------

_BLOCKING = {"active", "permanent"}


def sms_blocked(detail: Mapping[str, Any]) -> bool:
    """HighLevel's do-not-disturb stops texting: all channels (``dnd``) or the SMS channel's own setting."""
    if detail.get("dnd") is True:
        return True
    settings = detail.get("dndSettings")
    sms = settings.get("SMS") if isinstance(settings, Mapping) else None
    return isinstance(sms, Mapping) and sms.get("status") in _BLOCKING


def mapped_fields(detail: Mapping[str, Any]) -> dict[str, Any]:
    """A HighLevel contact as the Sakari fields it fills."""
    body: dict[str, Any] = {}
    for source, target in (("firstName", "firstName"), ("lastName", "lastName"), ("email", "email")):
        if isinstance(detail.get(source), str) and detail[source]:
            body[target] = detail[source]
    if isinstance(detail.get("phone"), str) and digits(detail["phone"]):
        body["mobile"] = {"number": detail["phone"]}
        if isinstance(detail.get("country"), str) and detail["country"]:
            body["mobile"]["country"] = detail["country"]
    tags = detail.get("tags")
    if isinstance(tags, list) and tags:
        body["tags"] = [{"tag": str(tag)} for tag in tags]
    return body


def match_key(body: Mapping[str, Any], match: str) -> str | None:
    if match == "phone":
        mobile = body.get("mobile")
        number = digits(mobile.get("number")) if isinstance(mobile, Mapping) else ""
        return f"mobile:{number}" if number else None
    email = body.get("email")
    return f"email:{email.lower()}" if isinstance(email, str) and email else None


def _sakari_index(sakari: SakariService) -> dict[str, str]:
    index: dict[str, str] = {}
    for contact in sakari.client.contacts.list(limit=100).iter_all(concurrency=8):
        number = digits(contact.mobile.number) if contact.mobile else ""
        if number:
            index.setdefault(f"mobile:{number}", str(contact.id))
        if isinstance(contact.email, str) and contact.email:
            index.setdefault(f"email:{contact.email.lower()}", str(contact.id))
    return index


def _parse_since(since: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError:
        raise JobMismatch(f"--since {since!r} is not an ISO 8601 date or date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def run_sync(
    highlevel: HighLevelService,
    sakari: SakariService,
    *,
    match: str,
    since: str | None,
    dry_run: bool,
    state: Path,
    job: Mapping[str, Any],
    reporter: Reporter,
) -> Outcome:
    outcome = Outcome()
    since_moment = None if since is None else _parse_since(since)
    with contextlib.ExitStack() as stack:
        # A dry run reads the journal when there is one, and leaves none behind when there is not.
        journal = stack.enter_context(Journal(state)) if not dry_run or state.exists() else _NO_JOURNAL
        if dry_run:
            known = journal.get("job")
            if known is not None and known != dict(job):
                journal.claim(job)  # raises, naming what differs
        else:
            journal.claim(job)
        mirrored = journal.mirrored()
        index = _sakari_index(sakari)
        first = highlevel.client.contacts.search(page_limit=100)
        total = first.response.total
        reporter.start_at(0, total if isinstance(total, int) else None)
        for searched in first:
            reporter.advance()
            source_id = str(searched.id)
            # Search answers carry no do-not-disturb settings: the contact's own record does.
            detail = highlevel.client.contacts.get(source_id).contact
            record = detail.to_dict() if detail else {}
            updated = record.get("dateUpdated")
            if since_moment is not None and isinstance(updated, str) and _parse_since(updated) < since_moment:
                outcome.add("unchanged (before --since)")
                continue
            state_before, target, last_hash = mirrored.get(source_id, (None, None, None))
            body = mapped_fields(record)
            if sms_blocked(record):
                if state_before in (DONE, SENDING):
                    target = target or index.get(match_key(body, match) or "")
                if target and state_before in (DONE, SENDING):
                    outcome.add("opt-outs removed from Sakari")
                    if not dry_run:
                        journal.mirror(source_id, SENDING, target, None, None)
                        _delete_opted_out(sakari, target)
                        journal.mirror(source_id, "opted-out", None, None, None)
                else:
                    outcome.add("opt-outs (not sent)")
                continue
            key = match_key(body, match)
            if key is None:
                outcome.add(f"skipped (no {match})")
                continue
            digest = content_hash(body)
            if state_before == DONE and last_hash == digest:
                outcome.add("unchanged")
                continue
            target = target or index.get(key)
            outcome.add("updates" if target else "creates")
            if dry_run:
                continue
            journal.mirror(source_id, SENDING, target, None, key)
            try:
                target = _send_to_sakari(sakari, target, body)
            except API_ERRORS as error:
                if is_fatal(error) or isinstance(error, CONNECTION_ERRORS):
                    raise FatalError(describe_error(error)[1]) from None
                status, message = describe_error(error)
                outcome.add("rejected")
                outcome.notes.append(f"HighLevel contact {source_id}: {status or ''} {message}".replace("  ", " "))
                continue
            index[key] = target
            journal.mirror(source_id, DONE, target, digest, key)
    if dry_run:
        outcome.notes.insert(0, "plan (dry run, nothing sent): HighLevel -> Sakari, one way")
    outcome.notes.append("contacts deleted in HighLevel are not deleted in Sakari (deletions are not mirrored)")
    if outcome.counts.get("rejected"):
        outcome.exit_code = EXIT_REJECTED
    return outcome


class _NoJournal(Journal):
    """What a dry run without a journal reads: nothing mirrored yet."""

    def __init__(self) -> None:
        super().__init__(Path("/nonexistent"))

    def get(self, name: str) -> Any:
        return None

    def mirrored(self) -> dict[str, tuple[str, str | None, str | None]]:
        return {}


_NO_JOURNAL = _NoJournal()


def _send_to_sakari(sakari: SakariService, target: str | None, body: dict[str, Any]) -> str:
    request = ContactRequest.from_dict(body)
    if target:
        try:
            sakari.client.contacts.update(target, body=request)
            return target
        except STATUS_ERRORS as error:
            if error.status_code != 404:  # removed in Sakari since: create it again
                raise
    created = sakari.client.contacts.create(body=request, merge_strategy="append")
    return str(created.data[0].id)


def _delete_opted_out(sakari: SakariService, target: str) -> None:
    try:
        sakari.client.contacts.delete(target)
    except STATUS_ERRORS as error:
        if error.status_code != 404:
            raise
