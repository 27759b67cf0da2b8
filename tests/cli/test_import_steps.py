"""The import's steps on their own: plan (a row and its journal record), send (the window) and settle
(answers, failures, a stopped run), with a service that records what it is asked and no network."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

import httpx
import pytest
from highlevel_client import errors

from contacts_cli._import_steps import (
    Failure,
    ImportSettler,
    PreparedRow,
    RowPlan,
    SendWindow,
    Step,
    classify_failure,
    plan_import,
    plan_row,
    prepare_row,
)
from contacts_cli._journal import DONE, REJECTED, SENDING, UNKNOWN, Journal, RowRecord
from contacts_cli._outcome import Outcome
from contacts_cli._records import InputRow, RequestShape, request_shape
from contacts_cli._runtime import Reporter
from contacts_cli._services import Batch, FatalError

KEYED = {"firstName": "Ada", "email": "Ada@Example.com"}
KEYLESS = {"firstName": "Nobody"}


class RecordingService:
    """HighLevel's request shape and key rule; sends answer ``answer(body)``, lookups ``found``."""

    name = "highlevel"
    package = "highlevel_client"
    contact_schema = "SearchedContact"

    def __init__(self, found: Mapping[str, str] | None = None, lookup_error: Exception | None = None) -> None:
        self.found = dict(found or {})
        self.lookup_error = lookup_error
        self.sent: list[dict[str, Any]] = []
        self.looked_up: list[Mapping[str, Any]] = []

    def shape(self) -> RequestShape:
        return request_shape(self.package, "CreateContactRequest", frozenset())

    def export(
        self, resume: Mapping[str, Any], filters: Mapping[str, Any], page_size: int, concurrency: int
    ) -> tuple[int | None, Iterator[Batch]]:
        return 0, iter(())

    def key(self, body: Mapping[str, Any]) -> str | None:
        email = body.get("email")
        return f"email:{email.lower()}" if isinstance(email, str) and email else None

    def prepare(self, body: dict[str, Any], strategy: str) -> Callable[[], str]:
        def send() -> str:
            self.sent.append(body)
            return f"id-{len(self.sent)}"

        return send

    def lookup(self, body: Mapping[str, Any]) -> str | None:
        self.looked_up.append(body)
        if self.lookup_error is not None:
            raise self.lookup_error
        return self.found.get(str(body.get("email")))

    def close(self) -> None:
        self.sent.clear()


class HeldExecutor(Executor):
    """Runs nothing until told: each submitted call waits in ``calls`` with its future."""

    def __init__(self, journal: Journal | None = None) -> None:
        self.journal = journal
        self.calls: list[tuple[Callable[[], str], Future[str]]] = []
        self.states_at_submit: list[dict[int, str]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[str] = Future()
        self.calls.append((fn, future))
        if self.journal is not None:
            self.states_at_submit.append({number: record.state for number, record in self.journal.rows().items()})
        return future

    def run(self, index: int) -> None:
        fn, future = self.calls[index]
        future.set_result(fn())


def row(number: int, fields: Mapping[str, Any]) -> InputRow:
    return InputRow(number, fields, is_json=True)


def record(number: int, state: str) -> RowRecord:
    return RowRecord(number, state, None, None, None, None)


def prepared(number: int, key: str | None, send: Callable[[], str] | None = lambda: "id") -> PreparedRow:
    body = {"email": key.removeprefix("email:")} if key else {"firstName": "x"}
    return PreparedRow(row(number, body), body, send, key, None if send else "bad row")


def connection_error(*, may_have_reached_server: bool = True) -> errors.APIConnectionError:
    return errors.APIConnectionError(
        request=httpx.Request("POST", "http://127.0.0.1/contacts/"), may_have_reached_server=may_have_reached_server
    )


def status_error(status: int, message: str = "refused") -> errors.APIStatusError:
    response = httpx.Response(status, request=httpx.Request("POST", "http://127.0.0.1/contacts/"))
    return errors.status_error_class(status)(message, response=response, body=None)


def failed(error: Exception) -> Future[str]:
    future: Future[str] = Future()
    future.set_exception(error)
    return future


def succeeded(value: str) -> Future[str]:
    future: Future[str] = Future()
    future.set_result(value)
    return future


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal") as opened:
        yield opened


@pytest.fixture
def reporter() -> Iterator[Reporter]:
    with Reporter("import", quiet=True) as opened:
        yield opened


def send(window: SendWindow, ready: PreparedRow) -> list[int]:
    """Send ``ready``; the rows the window handed back to settle, in order."""
    handed_back: list[int] = []
    window.send(ready, lambda entry, future: handed_back.append(entry.row.number))
    return handed_back


def states(journal: Journal) -> dict[int, str]:
    return {number: entry.state for number, entry in journal.rows().items()}


# --- plan --------------------------------------------------------------------------------------------


def test_prepare_row_builds_the_body_its_sender_and_its_key() -> None:
    service = RecordingService()
    ready = prepare_row(service, row(1, {**KEYED, "unknownColumn": "dropped by the shape"}), "create")
    assert ready.body == KEYED and ready.key == "email:ada@example.com" and ready.error is None
    assert ready.send is not None and ready.send() == "id-1" and service.sent == [KEYED]


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"_invalid": "line 3 is not JSON"}, "line 3 is not JSON"),
        ({"unknownColumn": "x"}, "no field a contact can be created with"),
    ],
)
def test_prepare_row_says_why_a_row_cannot_be_sent(fields: Mapping[str, Any], error: str) -> None:
    ready = prepare_row(RecordingService(), row(4, fields), "create")
    assert (ready.send, ready.body, ready.key, ready.error) == (None, None, None, error)


@pytest.mark.parametrize(("state", "count"), [(DONE, "done before"), (REJECTED, "rejected"), (UNKNOWN, "unknown")])
def test_a_row_settled_by_an_earlier_run_is_not_even_prepared(state: str, count: str) -> None:
    def prepare(row: InputRow) -> PreparedRow:
        raise AssertionError("a settled row must not be prepared")

    plan = plan_row(record(2, state), row(2, KEYED), prepare)
    assert plan == RowPlan(Step.EARLIER, row(2, KEYED), earlier=count)


def test_a_new_row_is_sent_and_an_invalid_one_is_not() -> None:
    service = RecordingService()

    def prepare(row: InputRow) -> PreparedRow:
        return prepare_row(service, row, "create")

    assert plan_row(None, row(1, KEYED), prepare).step is Step.SEND
    invalid = plan_row(None, row(2, {"_invalid": "broken"}), prepare)
    assert (invalid.step, invalid.error) == (Step.INVALID, "broken")
    # Was in flight when a run stopped, but is invalid now (a shape that changed): still not sent.
    assert plan_row(record(3, SENDING), row(3, {"_invalid": "broken"}), prepare).step is Step.INVALID
    assert service.sent == []


def test_a_row_in_flight_when_a_run_stopped_is_looked_up_by_its_key_or_given_up() -> None:
    def prepare(row: InputRow) -> PreparedRow:
        return prepare_row(RecordingService(), row, "create")

    assert plan_row(record(1, SENDING), row(1, KEYED), prepare).step is Step.LOOK_UP
    assert plan_row(record(2, SENDING), row(2, KEYLESS), prepare).step is Step.UNKNOWABLE


def test_the_dry_run_plans_by_the_journal_and_sends_nothing(tmp_path: Path) -> None:
    source = tmp_path / "people.jsonl"
    people = [KEYED, {"email": "done@example.com"}, KEYLESS, {"unknownColumn": 1}]
    source.write_text("".join(json.dumps(person) + "\n" for person in people))
    state = tmp_path / "journal"
    with Journal(state) as journal:
        journal.finish(2, DONE, remote_id="earlier")
        journal.mark_sending([(1, "email:ada@example.com")])
    service = RecordingService()
    outcome = plan_import(service, source, "jsonl", "upsert", state, Outcome())
    assert outcome.counts == {"to upsert": 2, "done before": 1, "without e-mail or phone": 1, "invalid": 1}
    assert outcome.notes == [
        "plan (dry run, nothing sent): upsert into highlevel",
        "row 4: no field a contact can be created with",
    ]
    assert service.sent == [] and service.looked_up == []


def test_the_dry_run_without_a_journal_leaves_none_behind(tmp_path: Path) -> None:
    source = tmp_path / "people.jsonl"
    source.write_text(json.dumps(KEYED) + "\n")
    outcome = plan_import(RecordingService(), source, "jsonl", "create", tmp_path / "journal", Outcome())
    assert outcome.counts == {"to create": 1}
    assert not (tmp_path / "journal").exists()


# --- send --------------------------------------------------------------------------------------------


def test_the_window_marks_a_row_sending_before_its_request_leaves(journal: Journal) -> None:
    pool = HeldExecutor(journal)
    window = SendWindow(pool, journal, concurrency=4)
    assert send(window, prepared(1, "email:a")) == []
    assert pool.states_at_submit == [{1: SENDING}]


def test_the_window_holds_at_most_twice_the_concurrency(journal: Journal) -> None:
    pool = HeldExecutor()
    window = SendWindow(pool, journal, concurrency=2)
    handed_back = [send(window, prepared(number, None)) for number in range(1, 7)]
    # The fourth request fills the window: each send from then on waits for the oldest.
    assert handed_back == [[], [], [], [1], [2], [3]]
    assert [entry.row.number for entry, _ in window.pending] == [4, 5, 6]


def test_answered_requests_are_handed_back_oldest_first_as_soon_as_the_oldest_is_done(journal: Journal) -> None:
    pool = HeldExecutor()
    window = SendWindow(pool, journal, concurrency=8)
    assert send(window, prepared(1, None)) == []
    assert send(window, prepared(2, None)) == []
    pool.run(1)  # the second answers first: it waits behind the first
    assert send(window, prepared(3, None)) == []
    pool.run(0)
    assert send(window, prepared(4, None)) == [1, 2]
    drained: list[int] = []
    window.drain(lambda entry, future: drained.append(entry.row.number))
    assert drained == [3, 4] and not window.pending


def test_rows_naming_one_contact_go_one_after_the_other(journal: Journal) -> None:
    pool = HeldExecutor()
    window = SendWindow(pool, journal, concurrency=8)
    assert send(window, prepared(1, "email:same")) == []
    assert send(window, prepared(2, "email:other")) == []
    sent_when_settled: list[tuple[int, int]] = []
    window.send(
        prepared(3, "email:same"), lambda entry, _: sent_when_settled.append((entry.row.number, len(pool.calls)))
    )
    # The first is settled (its answer awaited) while only two requests have left: the third waited for it.
    assert sent_when_settled == [(1, 2)]
    assert len(pool.calls) == 3 and [entry.row.number for entry, _ in window.pending] == [2, 3]


def test_a_stopping_run_cancels_the_requests_not_started(journal: Journal) -> None:
    pool = HeldExecutor()
    window = SendWindow(pool, journal, concurrency=8)
    for number in (1, 2):
        assert send(window, prepared(number, None)) == []
    pool.calls[0][1].set_running_or_notify_cancel()
    window.cancel_waiting()
    assert [future.cancelled() for _, future in window.pending] == [False, True]


def test_the_window_refuses_a_row_that_cannot_be_sent(journal: Journal) -> None:
    window = SendWindow(HeldExecutor(), journal, concurrency=1)
    with pytest.raises(ValueError, match="row 5 cannot be sent: bad row"):
        send(window, prepared(5, None, send=None))
    assert journal.rows() == {}


# --- settle ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "failure"),
    [
        (errors.DailyLimitError("the day's quota is spent", limit=200_000), Failure.DAILY_LIMIT),
        (status_error(401), Failure.FATAL),
        (status_error(403), Failure.FATAL),
        (status_error(422), Failure.REJECTED),
        (status_error(404), Failure.REJECTED),
        (status_error(500), Failure.UNKNOWN),
        (status_error(503), Failure.UNKNOWN),
        (connection_error(), Failure.UNKNOWN),
        (connection_error(may_have_reached_server=False), Failure.UNREACHED),
    ],
)
def test_each_failure_is_classified(error: Exception, failure: Failure) -> None:
    assert classify_failure(error) is failure


def test_an_answer_marks_the_row_done_with_the_contact_it_made(journal: Journal, reporter: Reporter) -> None:
    outcome = Outcome()
    ImportSettler(RecordingService(), journal, outcome, reporter).answered(prepared(1, "email:a"), succeeded("c-1"))
    assert journal.rows()[1] == RowRecord(1, DONE, None, "c-1", None, None)
    assert outcome.counts == {"sent": 1} and reporter.done == 1


def test_a_refused_row_is_rejected_with_the_services_words(journal: Journal, reporter: Reporter) -> None:
    outcome = Outcome()
    settler = ImportSettler(RecordingService(), journal, outcome, reporter)
    settler.answered(prepared(1, "email:a"), failed(status_error(422, "email is invalid")))
    assert journal.rows()[1] == RowRecord(1, REJECTED, None, None, 422, "email is invalid")
    assert outcome.counts == {"rejected": 1} and reporter.done == 1


def test_a_lost_answer_is_settled_by_a_lookup(journal: Journal, reporter: Reporter) -> None:
    service = RecordingService(found={"a@example.com": "c-9"})
    outcome = Outcome()
    ImportSettler(service, journal, outcome, reporter).answered(
        prepared(1, "email:a@example.com"), failed(connection_error())
    )
    assert journal.rows()[1].state == DONE and journal.rows()[1].remote_id == "c-9"
    assert outcome.counts == {"settled by lookup": 1} and service.sent == []


def test_a_lost_answer_not_found_is_left_sending_for_the_next_run(journal: Journal, reporter: Reporter) -> None:
    journal.mark_sending([(1, "email:a@example.com")])
    outcome = Outcome()
    ImportSettler(RecordingService(), journal, outcome, reporter).answered(
        prepared(1, "email:a@example.com"), failed(status_error(503, "try later"))
    )
    assert states(journal) == {1: SENDING}
    assert outcome.counts == {"left to the next run": 1} and outcome.exit_code == 1
    assert outcome.notes == ["row 1: not created after try later; run again to send it"]


def test_a_lost_answer_without_a_key_is_unknown(journal: Journal, reporter: Reporter) -> None:
    outcome = Outcome()
    service = RecordingService()
    ImportSettler(service, journal, outcome, reporter).answered(prepared(1, None), failed(connection_error()))
    entry = journal.rows()[1]
    assert entry.state == UNKNOWN and entry.error == "outcome unknown, no e-mail or phone: Connection error."
    assert outcome.counts == {"unknown": 1} and service.looked_up == []


def test_the_days_quota_stops_the_run_and_forgets_the_unsent_row(journal: Journal, reporter: Reporter) -> None:
    journal.mark_sending([(1, "email:a")])
    settler = ImportSettler(RecordingService(), journal, Outcome(), reporter)
    with pytest.raises(FatalError, match=r"quota is spent\. The journal keeps the rows done"):
        settler.answered(prepared(1, "email:a"), failed(errors.DailyLimitError("the day's quota is spent")))
    assert journal.rows() == {}


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (status_error(401, "bad token"), "bad token"),
        (status_error(403, "not yours"), "not yours"),
        (connection_error(may_have_reached_server=False), "the service could not be reached: Connection error"),
    ],
)
def test_a_request_the_service_surely_did_not_carry_out_stops_the_run_and_forgets_its_row(
    journal: Journal, reporter: Reporter, error: Exception, message: str
) -> None:
    """Refused unread (credentials, access) or never delivered: the row was not carried out, so the
    journal forgets it (the corrected run sends it as new, rather than settling it as unknown)."""
    journal.mark_sending([(1, "email:a"), (2, None)])
    settler = ImportSettler(RecordingService(), journal, Outcome(), reporter)
    with pytest.raises(FatalError, match=message):
        settler.answered(prepared(1, "email:a"), failed(error))
    settler.stopped([(prepared(2, None), failed(error))])
    assert journal.rows() == {}


def test_a_failed_lookup_stops_the_run_naming_it(journal: Journal, reporter: Reporter) -> None:
    service = RecordingService(lookup_error=status_error(500, "search is down"))
    settler = ImportSettler(service, journal, Outcome(), reporter)
    with pytest.raises(FatalError, match="could not look up a contact to settle a row: search is down"):
        settler.answered(prepared(1, "email:a"), failed(connection_error()))


def test_rows_needing_no_request_are_settled_without_one(journal: Journal, reporter: Reporter) -> None:
    service = RecordingService(found={"a@example.com": "c-1"})
    outcome = Outcome()
    settler = ImportSettler(service, journal, outcome, reporter)
    assert settler.unsent(RowPlan(Step.EARLIER, row(1, KEYED), earlier="done before"))
    assert settler.unsent(RowPlan(Step.INVALID, row(2, {}), error="no field"))
    assert settler.unsent(RowPlan(Step.UNKNOWABLE, row(3, KEYLESS), prepared(3, None)))
    assert settler.unsent(RowPlan(Step.LOOK_UP, row(4, KEYED), prepared(4, "email:a@example.com")))
    assert not settler.unsent(RowPlan(Step.LOOK_UP, row(5, KEYED), prepared(5, "email:b@example.com")))
    assert not settler.unsent(RowPlan(Step.SEND, row(6, KEYED), prepared(6, "email:c@example.com")))
    assert states(journal) == {2: REJECTED, 3: UNKNOWN, 4: DONE}
    assert journal.rows()[2].error == "no field" and journal.rows()[4].remote_id == "c-1"
    assert outcome.counts == {"done before": 1, "rejected": 1, "unknown": 1, "settled by lookup": 1}
    assert reporter.done == 4 and service.sent == []


def test_a_stopped_run_settles_what_it_can_still_know(journal: Journal, reporter: Reporter) -> None:
    journal.mark_sending([(number, None) for number in range(1, 5)])
    cancelled: Future[str] = Future()
    cancelled.cancel()
    pending = [
        (prepared(1, None), cancelled),  # never left: the next run sends it as new
        (prepared(2, None), failed(errors.DailyLimitError("spent"))),  # refused before it was sent
        (prepared(3, None), succeeded("c-3")),  # answered after the run began to stop
        (prepared(4, None), failed(connection_error())),  # unsure: the next run looks it up
    ]
    ImportSettler(RecordingService(), journal, Outcome(), reporter).stopped(pending)
    assert states(journal) == {3: DONE, 4: SENDING}
    assert journal.rows()[3].remote_id == "c-3"
