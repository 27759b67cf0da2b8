"""The sync's steps on their own: what each HighLevel contact needs in Sakari (plan_mirror, pure), and
carrying it out against a Sakari that records its calls (carry_out), with the journal in step."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from sakari_client import errors

from contacts_cli._journal import DONE, SENDING, JobMismatch, Journal
from contacts_cli._outcome import Outcome
from contacts_cli._records import content_hash
from contacts_cli._runtime import Traffic
from contacts_cli._services import FatalError, HighLevelService
from contacts_cli._sync_steps import (
    NOT_MIRRORED,
    OPTED_OUT,
    Action,
    MirrorPlan,
    carry_out,
    mapped_fields,
    match_key,
    needs_detail,
    parse_since,
    plan_mirror,
    since_filter,
    sms_blocked,
    unchanged,
)

ADA = {"id": "hl-1", "firstName": "Ada", "email": "Ada@Example.com", "phone": "+1 555 000 1111", "country": "US"}
ADA_BODY = {"firstName": "Ada", "email": "Ada@Example.com", "mobile": {"number": "+1 555 000 1111", "country": "US"}}
EMAIL_KEY = "email:ada@example.com"


def plan(record: dict[str, Any], mirrored: Any = NOT_MIRRORED, ids: Any = None, **options: Any) -> MirrorPlan:
    """The plan; Sakari's contacts by key (``ids``) stand for the lookup, the keys looked up go to ``LOOKED_UP``."""
    known: dict[str, str] = ids or {}

    def find_target(key: str) -> str | None:
        LOOKED_UP.append(key)
        return known.get(key)

    return plan_mirror(record, mirrored, find_target, **{"match": "email", "sms_channel": "SMS", **options})


LOOKED_UP: list[str] = []


def status_error(status: int, message: str = "refused") -> errors.APIStatusError:
    response = httpx.Response(status, request=httpx.Request("PUT", "http://127.0.0.1/contacts/x"))
    return errors.status_error_class(status)(message, response=response, body=None)


class RecordingContacts:
    """Sakari's contacts resource: records each call; ``failures`` by method raise in turn."""

    def __init__(self, **failures: Exception) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.failures = failures

    def _call(self, method: str, argument: Any) -> None:
        self.calls.append((method, argument))
        if method in self.failures:
            raise self.failures.pop(method)

    def update(self, target: str, *, body: Any) -> None:
        self._call("update", target)

    def create(self, *, body: Any, merge_strategy: str) -> Any:
        self._call("create", body.to_dict())
        return SimpleNamespace(data=[SimpleNamespace(id="sk-new")])

    def delete(self, target: str) -> None:
        self._call("delete", target)


def sakari(contacts: RecordingContacts) -> Any:
    return SimpleNamespace(client=SimpleNamespace(contacts=contacts))


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal") as opened:
        yield opened


# --- plan --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "blocked"),
    [
        ({"dnd": True}, True),
        ({"dndSettings": {"SMS": {"status": "active"}}}, True),
        ({"dndSettings": {"SMS": {"status": "permanent"}}}, True),
        ({"dndSettings": {"SMS": {"status": "inactive"}}}, False),
        ({"dndSettings": {"Email": {"status": "active"}}}, False),
        ({"dnd": False, "dndSettings": "not an object"}, False),
        ({}, False),
    ],
)
def test_sms_blocked_reads_do_not_disturb_for_all_channels_or_sms(record: dict[str, Any], blocked: bool) -> None:
    assert sms_blocked(record, "SMS") is blocked


@pytest.mark.parametrize(
    ("record", "blocked"),
    [
        ({"dndSettings": {"sms": {"status": "active"}}}, True),
        ({"dndSettings": {"sms": {"status": "permanent"}}}, True),
        ({"dndSettings": {"sms": {"status": "inactive"}}}, False),
        ({"dndSettings": {"SMS": {"status": "active"}}}, False),  # 2021-07-28's key means nothing in v3
        ({"dnd": True}, True),
    ],
)
def test_sms_blocked_reads_v3s_lower_case_channel(record: dict[str, Any], blocked: bool) -> None:
    assert sms_blocked(record, "sms") is blocked


@pytest.mark.parametrize(("api_version", "channel"), [("2021-07-28", "SMS"), ("v3", "sms")])
def test_each_highlevel_version_names_its_own_sms_channel_from_its_models(
    api_version: str, channel: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HIGHLEVEL_TOKEN", "token")
    monkeypatch.setenv("HIGHLEVEL_LOCATION_ID", "location")
    service = HighLevelService(Traffic(), "http://127.0.0.1:9", api_version=api_version)
    try:
        assert service.sms_channel == channel
    finally:
        service.close()


def test_mapped_fields_keep_what_sakari_takes_and_skip_empty_or_odd_values() -> None:
    assert mapped_fields({**ADA, "tags": ["vip", 7], "lastName": "", "companyName": "Analytical"}) == {
        **ADA_BODY,
        "tags": [{"tag": "vip"}, {"tag": "7"}],
    }
    assert mapped_fields({"phone": "no digits", "email": None, "tags": []}) == {}


def test_match_key_is_the_lowercased_email_or_the_phones_digits() -> None:
    assert match_key(ADA_BODY, "email") == EMAIL_KEY
    assert match_key(ADA_BODY, "phone") == "mobile:15550001111"
    assert match_key({"firstName": "Ada"}, "email") is None
    assert match_key({"mobile": "not an object"}, "phone") is None


def test_parse_since_reads_dates_and_date_times_as_utc_unless_told() -> None:
    assert parse_since("2026-01-02") == datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)
    assert parse_since("2026-01-02T03:04:05Z") == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert parse_since("2026-01-02T03:04:05+02:00").utcoffset() == datetime.timedelta(hours=2)
    with pytest.raises(JobMismatch, match="--since 'yesterday' is not an ISO 8601 date"):
        parse_since("yesterday")


def test_a_new_contact_is_created_and_one_sakari_has_by_key_updated() -> None:
    created = plan(ADA)
    assert created == MirrorPlan("creates", Action.SEND, None, ADA_BODY, EMAIL_KEY, content_hash(ADA_BODY))
    updated = plan(ADA, ids={EMAIL_KEY: "sk-7"})
    assert (updated.count, updated.action, updated.target) == ("updates", Action.SEND, "sk-7")


def test_the_journals_target_wins_and_sakari_is_not_looked_up() -> None:
    mirrored = (DONE, "sk-journal", "an older hash")
    LOOKED_UP.clear()
    assert plan(ADA, mirrored, ids={EMAIL_KEY: "sk-index"}).target == "sk-journal"
    assert plan(ADA, (DONE, "sk-1", content_hash(ADA_BODY))) == MirrorPlan("unchanged")
    assert plan({**ADA, "dnd": True}) == MirrorPlan("opt-outs (not sent)")
    assert LOOKED_UP == []  # nothing needed Sakari: nothing read
    plan(ADA)
    assert LOOKED_UP == [EMAIL_KEY]  # a contact to send whose target is not known: one lookup


def test_a_contact_sent_unchanged_is_not_sent_again_and_a_changed_one_is() -> None:
    assert plan(ADA, (DONE, "sk-1", content_hash(ADA_BODY))) == MirrorPlan("unchanged")
    # Still `sending`: the last run stopped before it knew; send it again (an update of the same contact).
    assert plan(ADA, (SENDING, "sk-1", None)).action is Action.SEND
    assert plan({**ADA, "firstName": "Augusta"}, (DONE, "sk-1", content_hash(ADA_BODY))).count == "updates"


def test_a_contact_without_the_matching_field_is_skipped() -> None:
    assert plan({"firstName": "Ada", "phone": "+15550001111"}) == MirrorPlan("skipped (no email)")
    assert plan({"firstName": "Ada", "email": "a@example.com"}, match="phone") == MirrorPlan("skipped (no phone)")


def test_since_is_a_search_filter_on_date_updated_from_that_moment() -> None:
    since = parse_since("2026-03-01T02:00:00+02:00")
    assert since_filter(since) == {
        "field": "dateUpdated",
        "operator": "range",
        "value": {"gte": "2026-03-01T00:00:00.000Z"},
    }


@pytest.mark.parametrize(
    ("journaled", "same"),
    [
        ((DONE, "sk-1", "h", "2026-03-01T00:00:00.000Z"), True),
        ((OPTED_OUT, None, None, "2026-03-01T00:00:00.000Z"), True),
        ((None, None, None, "2026-03-01T00:00:00.000Z"), True),  # skipped, settled at this date
        ((SENDING, "sk-1", None, "2026-03-01T00:00:00.000Z"), False),  # left mid-send: send again
        ((DONE, "sk-1", "h", "2026-02-01T00:00:00.000Z"), False),
        ((DONE, "sk-1", "h", None), False),
    ],
)
def test_a_contact_settled_at_its_date_updated_is_unchanged(journaled: Any, same: bool) -> None:
    assert unchanged({**ADA, "dateUpdated": "2026-03-01T00:00:00.000Z"}, journaled) is same
    assert unchanged(ADA, journaled) is False  # no date: it may have changed


@pytest.mark.parametrize(
    ("record", "needed"),
    [
        (ADA, True),
        ({**ADA, "dnd": False}, True),
        ({**ADA, "dnd": True}, False),
        ({**ADA, "dndSettings": {}}, False),
        ({**ADA, "dnd": False, "dndSettings": {"SMS": {"status": "active"}}}, False),
    ],
)
def test_a_contact_is_read_only_when_its_search_item_lacks_what_the_mapping_needs(
    record: dict[str, Any], needed: bool
) -> None:
    assert needs_detail(record) is needed


def test_an_opted_out_contact_is_removed_only_if_it_was_sent() -> None:
    blocked = {**ADA, "dnd": True}
    assert plan(blocked, (DONE, "sk-1", "hash")) == MirrorPlan("opt-outs removed from Sakari", Action.REMOVE, "sk-1")
    # Sent, but the journal lost the id (it was in flight): Sakari's index names it.
    assert plan(blocked, (SENDING, None, None), ids={EMAIL_KEY: "sk-2"}).target == "sk-2"
    # Never sent: even a Sakari contact with the same e-mail is someone else's to keep.
    assert plan(blocked, ids={EMAIL_KEY: "sk-3"}) == MirrorPlan("opt-outs (not sent)")
    assert plan(blocked, (OPTED_OUT, None, None)) == MirrorPlan("opt-outs (not sent)")


# --- send and settle ---------------------------------------------------------------------------------


def test_a_created_contact_is_mirrored_done_and_settled_at_its_date(journal: Journal) -> None:
    contacts, outcome = RecordingContacts(), Outcome()
    carry_out(plan(ADA), "hl-1", "2026-03-01T00:00:00.000Z", sakari(contacts), journal, outcome)
    assert contacts.calls == [("create", ADA_BODY)]
    assert journal.mirrored() == {"hl-1": (DONE, "sk-new", content_hash(ADA_BODY))}
    assert journal.mirrored_of(["hl-1", "hl-2"]) == {
        "hl-1": (DONE, "sk-new", content_hash(ADA_BODY), "2026-03-01T00:00:00.000Z")
    }
    assert outcome.counts == {}


def test_a_refused_contact_is_not_settled_so_the_next_run_tries_again(journal: Journal) -> None:
    contacts = RecordingContacts(update=status_error(422, "mobile is invalid"))
    carry_out(
        plan(ADA, ids={EMAIL_KEY: "sk-1"}), "hl-1", "2026-03-01T00:00:00.000Z", sakari(contacts), journal, Outcome()
    )
    assert journal.mirrored_of(["hl-1"]) == {"hl-1": (SENDING, "sk-1", None, None)}


def test_a_plan_with_nothing_to_send_is_settled_at_its_date(journal: Journal) -> None:
    carry_out(
        MirrorPlan("skipped (no email)"),
        "hl-9",
        "2026-03-01T00:00:00.000Z",
        sakari(RecordingContacts()),
        journal,
        Outcome(),
    )
    assert journal.mirrored_of(["hl-9"]) == {"hl-9": (None, None, None, "2026-03-01T00:00:00.000Z")}


def test_an_update_of_a_contact_gone_from_sakari_creates_it_again(journal: Journal) -> None:
    contacts = RecordingContacts(update=status_error(404, "no such contact"))
    carry_out(plan(ADA, ids={EMAIL_KEY: "sk-gone"}), "hl-1", None, sakari(contacts), journal, Outcome())
    assert [method for method, _ in contacts.calls] == ["update", "create"]
    assert journal.mirrored()["hl-1"][:2] == (DONE, "sk-new")


def test_a_refused_contact_is_counted_noted_and_left_sending(journal: Journal) -> None:
    contacts, outcome = RecordingContacts(update=status_error(422, "mobile is invalid")), Outcome()
    carry_out(plan(ADA, ids={EMAIL_KEY: "sk-1"}), "hl-1", None, sakari(contacts), journal, outcome)
    assert outcome.counts == {"rejected": 1}
    assert outcome.notes == ["HighLevel contact hl-1: 422 mobile is invalid"]
    assert journal.mirrored() == {"hl-1": (SENDING, "sk-1", None)}


@pytest.mark.parametrize(
    "error",
    [status_error(401, "bad token"), errors.APIConnectionError(request=httpx.Request("GET", "http://127.0.0.1/"))],
)
def test_credentials_or_connection_failures_stop_the_sync(journal: Journal, error: Exception) -> None:
    contacts = RecordingContacts(create=error)
    with pytest.raises(FatalError):
        carry_out(plan(ADA), "hl-1", None, sakari(contacts), journal, Outcome())
    assert journal.mirrored() == {"hl-1": (SENDING, None, None)}


def test_an_opted_out_contact_is_deleted_even_if_sakari_lost_it(journal: Journal) -> None:
    for failure in ({}, {"delete": status_error(404)}):
        contacts = RecordingContacts(**failure)
        carry_out(plan({**ADA, "dnd": True}, (DONE, "sk-1", "h")), "hl-1", None, sakari(contacts), journal, Outcome())
        assert contacts.calls == [("delete", "sk-1")]
        assert journal.mirrored() == {"hl-1": (OPTED_OUT, None, None)}


def test_a_failed_delete_leaves_the_contact_sending(journal: Journal) -> None:
    contacts = RecordingContacts(delete=status_error(500, "down"))
    with pytest.raises(errors.InternalServerError):
        carry_out(plan({**ADA, "dnd": True}, (DONE, "sk-1", "h")), "hl-1", None, sakari(contacts), journal, Outcome())
    assert journal.mirrored() == {"hl-1": (SENDING, "sk-1", None)}


def test_a_plan_with_nothing_to_send_sends_nothing(journal: Journal) -> None:
    contacts = RecordingContacts()
    for nothing in (MirrorPlan("unchanged"), MirrorPlan("opt-outs (not sent)"), MirrorPlan("skipped (no email)")):
        carry_out(nothing, "hl-1", None, sakari(contacts), journal, Outcome())
    assert contacts.calls == [] and journal.mirrored() == {}
