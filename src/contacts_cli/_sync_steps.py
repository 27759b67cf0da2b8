"""The steps of ``contacts-sdk sync highlevel sakari``, each readable and testable on its own.

- **plan**: what one HighLevel contact needs in Sakari, from its record, what the journal mirrored of
  it and Sakari's contacts by key (``plan_mirror``, no I/O);
- **send** and **settle**: carry the plan out, the journal marking each change ``sending`` before it
  leaves and ``done`` after (``carry_out``).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
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


# --- plan --------------------------------------------------------------------------------------------


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
    sakari_ids: Mapping[str, str],
    *,
    match: str,
    since: datetime.datetime | None,
) -> MirrorPlan:
    """What the HighLevel contact ``record`` needs in Sakari; ``sakari_ids``: Sakari's contacts by key."""
    updated = record.get("dateUpdated")
    if since is not None and isinstance(updated, str) and parse_since(updated) < since:
        return MirrorPlan("unchanged (before --since)")
    state, target, last_digest = mirrored
    body = mapped_fields(record)
    key = match_key(body, match)
    if sms_blocked(record):
        target = (target or sakari_ids.get(key or "")) if state in (DONE, SENDING) else None
        if target:
            return MirrorPlan("opt-outs removed from Sakari", Action.REMOVE, target)
        return MirrorPlan("opt-outs (not sent)")
    if key is None:
        return MirrorPlan(f"skipped (no {match})")
    digest = content_hash(body)
    if state == DONE and last_digest == digest:
        return MirrorPlan("unchanged")
    target = target or sakari_ids.get(key)
    return MirrorPlan("updates" if target else "creates", Action.SEND, target, body, key, digest)


# --- send and settle ---------------------------------------------------------------------------------


def carry_out(
    plan: MirrorPlan,
    source_id: str,
    sakari: SakariService,
    journal: Journal,
    sakari_ids: dict[str, str],
    outcome: Outcome,
) -> None:
    """Send what ``plan`` says; a refused contact is counted and noted, a failure no request can pass
    (credentials, connection) stops the run."""
    if plan.action is Action.REMOVE and plan.target:
        journal.mirror(source_id, SENDING, plan.target, None, None)
        _delete_opted_out(sakari, plan.target)
        journal.mirror(source_id, OPTED_OUT, None, None, None)
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
        sakari_ids[plan.key] = target
        journal.mirror(source_id, DONE, target, plan.digest, plan.key)


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
