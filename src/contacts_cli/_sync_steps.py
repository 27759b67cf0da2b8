"""The steps of ``contacts-sdk sync highlevel sakari``, each readable and testable on its own.

A run costs pages, not contacts: the search items are whole contacts, so a contact is fetched only
when its item lacks what the mapping needs (``needs_detail``, counted as drift); a contact whose
``dateUpdated`` the journal settled already costs nothing beyond its share of a page (``unchanged``);
Sakari is read lazily, one filtered lookup for a changed contact whose target the journal does not know.

- **plan**: what one HighLevel contact needs in Sakari, from its record, what the journal mirrored of
  it and a lookup of Sakari's contact by key, called only when needed (``plan_mirror``, no I/O of its own);
- **send** and **settle**: carry the plan out, the journal marking each change ``sending`` before it
  leaves and ``done`` after (``carry_out``).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sakari_client.models import ContactRequest

from ._journal import DONE, SENDING, JobMismatch, Journal
from ._outcome import Outcome
from ._records import content_hash, digits
from ._services import API_ERRORS, CONNECTION_ERRORS, STATUS_ERRORS, FatalError, SakariService, describe_error, is_fatal

OPTED_OUT = "opted-out"
_BLOCKING = {"active", "permanent"}

Mirrored = tuple[str | None, str | None, str | None]
"""What the journal holds of a contact: (state, Sakari id, hash of the fields last sent)."""
NOT_MIRRORED: Mirrored = (None, None, None)
Journaled = tuple[str | None, str | None, str | None, str | None]
"""``Mirrored`` and the ``dateUpdated`` the contact was last settled at."""
NOT_JOURNALED: Journaled = (None, None, None, None)
SEARCH_PAGE = 100
"""Contacts per search page: HighLevel's largest, so that a run costs as few pages as it can."""
DETAIL_FIELDS = ("dndSettings",)
"""What the mapping needs that a search item may lack: do-not-disturb per channel (unless ``dnd`` is on)."""


# --- plan --------------------------------------------------------------------------------------------


def sms_blocked(detail: Mapping[str, Any], sms_channel: str) -> bool:
    """HighLevel's do-not-disturb stops texting: all channels (``dnd``) or the SMS channel's own setting,
    under ``sms_channel``, its key as the API version spoken spells it (``HighLevelService.sms_channel``)."""
    if detail.get("dnd") is True:
        return True
    settings = detail.get("dndSettings")
    sms = settings.get(sms_channel) if isinstance(settings, Mapping) else None
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


def unchanged(record: Mapping[str, Any], journaled: Journaled) -> bool:
    """Settled at this very ``dateUpdated`` already (and not left mid-send): nothing to read or send."""
    state, _, _, settled_at = journaled
    updated = record.get("dateUpdated")
    return isinstance(updated, str) and updated == settled_at and state != SENDING


def needs_detail(record: Mapping[str, Any]) -> bool:
    """The search item lacks what the mapping needs, so the contact's own record must be read."""
    if record.get("dnd") is True:
        return False  # blocked on every channel: the per-channel settings change nothing
    return any(field not in record for field in DETAIL_FIELDS)


def since_filter(since: datetime.datetime) -> dict[str, Any]:
    """``--since`` as the search filter HighLevel applies: ``dateUpdated`` from that moment on."""
    stamp = since.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return {"field": "dateUpdated", "operator": "range", "value": {"gte": stamp}}


def parse_since(since: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError:
        raise JobMismatch(f"--since {since!r} is not an ISO 8601 date or date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


class Action(enum.Enum):
    NOTHING = "nothing to send"
    REMOVE = "remove the opted-out contact from Sakari"
    SEND = "create or update the contact in Sakari"


@dataclass(frozen=True)
class MirrorPlan:
    """What one HighLevel contact needs, and the count it goes under (dry run or not)."""

    count: str
    action: Action = Action.NOTHING
    target: str | None = None
    """The Sakari contact it is (or will be) mirrored to, when known."""
    body: dict[str, Any] | None = None
    key: str | None = None
    digest: str | None = None


def plan_mirror(
    record: Mapping[str, Any],
    mirrored: Mirrored,
    find_target: Callable[[str], str | None],
    *,
    match: str,
    sms_channel: str,
) -> MirrorPlan:
    """What the HighLevel contact ``record`` needs in Sakari. ``find_target`` looks Sakari's contact up by
    key; it is called only for a contact to send or remove whose target the journal does not know.
    ``sms_channel`` is the SMS channel's key in ``dndSettings`` (see ``sms_blocked``)."""
    state, target, last_digest = mirrored
    body = mapped_fields(record)
    key = match_key(body, match)
    if sms_blocked(record, sms_channel):
        if state in (DONE, SENDING) and not target and key:
            target = find_target(key)
        if state in (DONE, SENDING) and target:
            return MirrorPlan("opt-outs removed from Sakari", Action.REMOVE, target)
        return MirrorPlan("opt-outs (not sent)")
    if key is None:
        return MirrorPlan(f"skipped (no {match})")
    digest = content_hash(body)
    if state == DONE and last_digest == digest:
        return MirrorPlan("unchanged")
    target = target or find_target(key)
    return MirrorPlan("updates" if target else "creates", Action.SEND, target, body, key, digest)


# --- send and settle ---------------------------------------------------------------------------------


def carry_out(
    plan: MirrorPlan,
    source_id: str,
    date_updated: str | None,
    sakari: SakariService,
    journal: Journal,
    outcome: Outcome,
) -> None:
    """Send what ``plan`` says and settle the contact at ``date_updated``; a refused contact is counted,
    noted and left unsettled (tried again next run), a failure no request can pass (credentials,
    connection) stops the run."""
    settled: tuple[str, str | None, str | None, str | None] | None = None
    if plan.action is Action.REMOVE and plan.target:
        journal.mirror(source_id, SENDING, plan.target, None, None)
        _delete_opted_out(sakari, plan.target)
        settled = (OPTED_OUT, None, None, None)
    elif plan.action is Action.SEND and plan.body is not None and plan.key is not None:
        journal.mirror(source_id, SENDING, plan.target, None, plan.key)
        try:
            target = _send_to_sakari(sakari, plan.target, plan.body)
        except API_ERRORS as error:
            if is_fatal(error) or isinstance(error, CONNECTION_ERRORS):
                raise FatalError(describe_error(error)[1]) from None
            status, message = describe_error(error)
            outcome.add("rejected")
            outcome.notes.append(f"HighLevel contact {source_id}: {status or ''} {message}".replace("  ", " "))
            return
        settled = (DONE, target, plan.digest, plan.key)
    if date_updated is None:
        if settled is not None:
            journal.mirror(source_id, *settled)
        return
    journal.settle_seen(source_id, date_updated, settled)


def sakari_target(sakari: SakariService, key: str) -> str | None:
    """Sakari's contact with this match key (``mobile:<digits>`` or ``email:<address>``): one filtered list."""
    kind, value = key.split(":", 1)
    return sakari.lookup({"mobile": {"number": value}} if kind == "mobile" else {"email": value})


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
