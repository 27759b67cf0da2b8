"""The three jobs: export, import and sync, each resumable from its journal.

Import and sync run their steps (plan, send, settle) from ``_import_steps`` and ``_sync_steps``.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

from ._custom_field_columns import CustomFieldColumns, attribute_cell
from ._import_steps import ImportSettler, SendWindow, plan_import, plan_row, prepare_row
from ._journal import JobMismatch, Journal, RowRecord, Start, check_journal_path
from ._outcome import EXIT_REJECTED, Outcome
from ._records import (
    ATTRIBUTES,
    CsvFlattener,
    Format,
    csv_header,
    csv_line,
    file_digest,
    jsonl_lines,
    leaf_columns,
    read_rows,
)
from ._runtime import JobProgress, Reporter
from ._services import HighLevelService, SakariService, Service
from ._sync_steps import (
    DETAIL_FIELDS,
    NOT_JOURNALED,
    SEARCH_PAGE,
    Journaled,
    carry_out,
    needs_detail,
    parse_since,
    plan_mirror,
    sakari_target,
    since_filter,
    unchanged,
)

# An export records how far it got this often, not after every page: a rerun after a kill fetches
# again at most this much, and a walk does not pay a flush and a journal commit for each page.
CHECKPOINT_EVERY = 0.25
WRITE_BUFFER = 1 << 20


# --- export ------------------------------------------------------------------------------------------


def run_export(
    service: Service,
    *,
    out: Path,
    file_format: Format,
    filters: Mapping[str, Any],
    state: Path,
    start: Start,
    page_size: int,
    concurrency: int,
    job: Mapping[str, Any],
    reporter: JobProgress,
    escape_formulas: bool = True,
) -> Outcome:
    """Every contact into ``out``. A finished export's journal is no reason to refuse a new one: run
    again, it exports anew; an interrupted one resumes (``Start.AUTO``), unless told otherwise.
    ``escape_formulas``: CSV cells a spreadsheet would run as a formula get a leading ``'``."""
    outcome = Outcome()
    check_journal_path(state, output=out)
    with Journal(state) as journal:
        if journal.begin(job, start, finished_starts_anew=True):
            outcome.notes.append(f"resumed the interrupted export (journal {state}); --restart starts anew")
        checkpoint: dict[str, Any] | None = journal.get("checkpoint")
        spread = _custom_field_spreader(service, journal, file_format)
        columns = leaf_columns(service.package, service.contact_schema)
        flattener = CsvFlattener({**columns, **(spread.columns if spread else {})}, escape_formulas=escape_formulas)
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
                    "Add --restart to export anew."
                )
            handle = out.open("r+b", buffering=WRITE_BUFFER)
            # Drop what was written after the last checkpoint: those contacts are fetched again.
            handle.truncate(checkpoint["bytes"])
            handle.seek(checkpoint["bytes"])
        written = int(checkpoint["written"])
        with handle:
            total, batches = service.export(checkpoint["resume"], filters, page_size, concurrency)
            reporter.start_at(written, total)
            position: dict[str, Any] = {"bytes": handle.tell(), "written": written, "resume": checkpoint["resume"]}
            due = time.monotonic() + CHECKPOINT_EVERY
            for batch in batches:
                if file_format == "csv":
                    contacts = [spread.spread(contact) for contact in batch.contacts] if spread else batch.contacts
                    handle.write(flattener.lines(contacts).encode())
                else:
                    handle.write(jsonl_lines(batch.contacts))
                written += len(batch.contacts)
                if batch.resume is not None:
                    position = {"bytes": handle.tell(), "written": written, "resume": batch.resume}
                if time.monotonic() >= due:
                    _checkpoint(journal, handle, position)
                    due = time.monotonic() + CHECKPOINT_EVERY
                reporter.advance(len(batch.contacts))
            _checkpoint(journal, handle, position)
        # Done: nothing is left to resume, and a run again exports anew, so the journal goes.
        journal.finished_with()
    outcome.add("written", written)
    return outcome


def _custom_field_spreader(service: Service, journal: Journal, file_format: Format) -> CustomFieldColumns | None:
    """The custom field columns of a CSV export: looked up once, then kept in the journal, so that a resumed
    export writes the columns its header already names."""
    if file_format != "csv":
        return None
    kept = journal.get("custom_field_columns")
    if isinstance(kept, dict):
        return CustomFieldColumns(kept)
    columns = service.custom_field_columns()
    if columns is not None:
        journal.set(custom_field_columns=dict(columns.keys_by_id))
    return columns


def _checkpoint(journal: Journal, handle: BinaryIO, position: dict[str, Any]) -> None:
    """Record the last place the walk can resume from (``position``: the file's length there, contacts
    written, where the walk resumes): a rerun truncates the file there and fetches the rest again.

    Batches written after that place (ones without a resume point of their own) are on disk but not
    recorded: a rerun drops and fetches them again rather than write them twice."""
    handle.flush()
    journal.set(checkpoint=position)


# --- import ------------------------------------------------------------------------------------------


def rejects_path(path: Path) -> Path:
    return path.with_name(path.name + ".rejects.csv")


def run_import(
    service: Service,
    *,
    path: Path,
    file_format: Format,
    strategy: str,
    state: Path,
    start: Start,
    dry_run: bool,
    concurrency: int,
    job: Mapping[str, Any],
    reporter: Reporter,
    encoding: str | None = None,
) -> Outcome:
    """One request per row of ``path``. Run again after it finished, it sends nothing (every row is
    settled in the journal: a contact is never created twice) unless ``Start.RESTART`` discards it. ``encoding``: the
    input's (``None``: the one its byte-order mark names, else UTF-8)."""
    outcome = Outcome()
    check_journal_path(state, input=path, rejects=rejects_path(path))
    if file_format == "csv":
        header = csv_header(path, encoding)
        mapped = service.shape().mapped_columns(header)
        if mapped:
            outcome.notes.append(f"columns of the other service's export, sent as: {', '.join(mapped)}")
        ignored = service.shape().ignored_columns(header)
        if ignored:
            outcome.notes.append(
                f"columns not sent (set by the service, or no place for them in {service.name}): {', '.join(ignored)}"
            )
    _note_attribute_places(service, path, file_format, encoding, outcome)
    if dry_run:
        return plan_import(service, path, file_format, strategy, state, outcome, encoding)
    with Journal(state) as journal:
        if journal.begin(job, start, finished_starts_anew=False, input_digest=file_digest(path)):
            outcome.notes.append(f"resumed the earlier run of this import (journal {state}); --restart sends anew")
        records = journal.rows()
        reporter.start_at(0, sum(1 for _ in read_rows(path, file_format, encoding)))
        settler = ImportSettler(service, journal, outcome, reporter)
        pool = ThreadPoolExecutor(max_workers=concurrency)
        window = SendWindow(pool, journal, concurrency)
        try:
            with pool:
                try:
                    _send_rows(service, path, file_format, encoding, strategy, records, window, settler)
                finally:
                    window.cancel_waiting()
        finally:
            # The pool has finished with every request: settle what the stopped run can still know,
            # so the next one neither resends nor looks up.
            settler.stopped(window.pending)
        _write_rejects(journal, path, file_format, encoding)
    if outcome.counts.get("rejected") or outcome.counts.get("unknown"):
        outcome.exit_code = EXIT_REJECTED
        outcome.notes.append(f"rejected and unknown rows, with the service's error: {rejects_path(path)}")
    return outcome


def _note_attribute_places(
    service: Service, path: Path, file_format: Format, encoding: str | None, outcome: Outcome
) -> None:
    """Sakari's attributes, imported into a service whose request has no `attributes`: which custom field
    each fills, and which have no place (reported, never dropped silently; the rest of the row is sent)."""
    shape = service.shape()
    if ATTRIBUTES in shape.columns or (file_format == "csv" and ATTRIBUTES not in csv_header(path, encoding)):
        return  # the service takes attributes as they are, or the file has none: no second read
    names: set[str] = set()
    unreadable = False
    for row in read_rows(path, file_format, encoding):
        held = row.fields.get(ATTRIBUTES) if row.is_json else attribute_cell(row.fields.get(ATTRIBUTES))
        if isinstance(held, Mapping):
            names.update(name for name, value in held.items() if isinstance(name, str) and value not in (None, ""))
        elif held is None and not row.is_json and row.fields.get(ATTRIBUTES):
            unreadable = True  # a cell that holds no JSON object: its attributes cannot be placed
    mapped, unplaced = shape.attribute_places(names)
    if unreadable:
        unplaced.append(f"{ATTRIBUTES} (a cell that is not a JSON object)")
    if mapped:
        outcome.notes.append(f"attributes of the other service's export, sent as: {', '.join(mapped)}")
    if unplaced:
        outcome.notes.append(f"attributes not sent (no custom field for them in {service.name}): {', '.join(unplaced)}")


def _send_rows(
    service: Service,
    path: Path,
    file_format: Format,
    encoding: str | None,
    strategy: str,
    records: Mapping[int, RowRecord],
    window: SendWindow,
    settler: ImportSettler,
) -> None:
    """Each row of the file planned, then settled without a request or sent, then its answer settled."""
    for row in read_rows(path, file_format, encoding):
        plan = plan_row(records.get(row.number), row, lambda row: prepare_row(service, row, strategy))
        if settler.unsent(plan) or plan.prepared is None:
            continue
        window.send(plan.prepared, settler.answered)
    window.drain(settler.answered)


def _write_rejects(journal: Journal, path: Path, file_format: Format, encoding: str | None) -> None:
    """The rejects file, rebuilt from the journal each run, so a resumed run never lists a row twice."""
    target = rejects_path(path)
    problems = {record.row: record for record in journal.rejected()}
    if not problems:
        target.unlink(missing_ok=True)
        return
    header = csv_header(path, encoding) if file_format == "csv" else ["_contact"]
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["_row", "_status", "_error", *header])
        for row in read_rows(path, file_format, encoding):
            record = problems.get(row.number)
            if record is None:
                continue
            cells = [json.dumps(row.fields)] if row.is_json else [str(row.fields.get(name) or "") for name in header]
            writer.writerow([row.number, record.status or "", f"{record.state}: {record.error}", *cells])


# --- sync --------------------------------------------------------------------------------------------


def run_sync(
    highlevel: HighLevelService,
    sakari: SakariService,
    *,
    match: str,
    since: str | None,
    dry_run: bool,
    state: Path,
    start: Start,
    job: Mapping[str, Any],
    reporter: Reporter,
) -> Outcome:
    outcome = Outcome()
    arguments: dict[str, Any] = {"page_limit": SEARCH_PAGE}
    if since is not None:
        arguments["filters"] = [since_filter(parse_since(since))]
    with contextlib.ExitStack() as stack:
        journal = _sync_journal(stack, state, job, dry_run, start)
        first = highlevel.client.contacts.search(**arguments)
        total = first.response.total
        reporter.start_at(0, total if isinstance(total, int) else None)
        # Items read as JSON, not models: the mapping reads a few fields, and models cost most of a run.
        items = first.iter_json()
        while records := list(itertools.islice(items, SEARCH_PAGE)):
            journaled = journal.mirrored_of([str(record.get("id")) for record in records])
            for record in records:
                reporter.advance()
                _sync_one(record, journaled, highlevel, sakari, journal, outcome, match=match, dry_run=dry_run)
    fetched = outcome.counts.get(FETCHED, 0)
    if fetched:
        outcome.notes.append(
            f"{fetched} contact(s) read one by one: their search items lacked {', '.join(DETAIL_FIELDS)} (drift)"
        )
    if dry_run:
        outcome.notes.insert(0, "plan (dry run, nothing sent): HighLevel -> Sakari, one way")
    outcome.notes.append("contacts deleted in HighLevel are not deleted in Sakari (deletions are not mirrored)")
    if outcome.counts.get("rejected"):
        outcome.exit_code = EXIT_REJECTED
    return outcome


FETCHED = "read one by one (search item incomplete)"


def _sync_one(
    record: dict[str, Any],
    journaled: Mapping[str, Journaled],
    highlevel: HighLevelService,
    sakari: SakariService,
    journal: Journal,
    outcome: Outcome,
    *,
    match: str,
    dry_run: bool,
) -> None:
    """One search item: settled already (free), else planned from the item (or the contact's own record
    when the item lacks what the mapping needs), Sakari looked up only if the plan needs it."""
    source_id = str(record.get("id"))
    entry = journaled.get(source_id, NOT_JOURNALED)
    if unchanged(record, entry):
        outcome.add("unchanged")
        return
    if needs_detail(record):
        detail = highlevel.client.contacts.get(source_id).contact
        record = {**record, **(detail.to_dict() if detail else {})}
        outcome.add(FETCHED)
    plan = plan_mirror(
        record, entry[:3], lambda key: sakari_target(sakari, key), match=match, sms_channel=highlevel.sms_channel
    )
    outcome.add(plan.count)
    if not dry_run:
        updated = record.get("dateUpdated")
        carry_out(plan, source_id, updated if isinstance(updated, str) else None, sakari, journal, outcome)


def _sync_journal(
    stack: contextlib.ExitStack, state: Path, job: Mapping[str, Any], dry_run: bool, start: Start
) -> Journal:
    """The sync's journal, claimed for ``job`` (``Start.RESTART`` forgets what earlier runs mirrored). A dry
    run reads the journal when there is one (refusing one of another job), planning as a restarted run
    would when asked to, and changes none."""
    if dry_run and (start is Start.RESTART or not state.exists()):
        return _NO_JOURNAL
    journal = stack.enter_context(Journal(state))
    if not dry_run:
        journal.begin(job, start, finished_starts_anew=False)  # raises, naming what differs
    elif journal.get("job") is not None:
        journal.claim(job)
    return journal


class _NoJournal(Journal):
    """What a dry run without a journal reads: nothing mirrored yet."""

    def __init__(self) -> None:
        super().__init__(Path("/nonexistent"))

    def get(self, name: str) -> Any:
        return None

    def mirrored(self) -> dict[str, tuple[str, str | None, str | None]]:
        return {}

    def mirrored_of(self, source_ids: list[str]) -> dict[str, Journaled]:
        return {}


_NO_JOURNAL = _NoJournal()
