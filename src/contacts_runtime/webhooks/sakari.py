"""Sakari webhook deliveries as typed events.

A delivery is a JSON object: ``eventId``, ``type``, ``accountId`` and a ``data`` payload whose shape
the ``type`` decides (``messageStatus`` and ``messageIncoming`` carry a message payload, ``account``
the account's balance). ``parse`` picks the event class for the ``type`` from the ``events`` mapping
(the generated models whose schema is marked ``x-sdk-webhook-event``) and builds it from the whole
delivery. A type that the mapping does not know is not an error: it comes back as an ``UnknownEvent``
with its type and the raw delivery, so a new kind of event Sakari starts sending never breaks a receiver.

Sakari names the same events two ways: a subscription asks for ``message-status`` or
``message-received``, while a delivery's ``type`` is ``messageStatus`` or ``messageIncoming``. Both
spellings are accepted: a delivery typed with a subscription name is built as the delivery it names, its
``type`` read as the delivery name, so a strict builder (a model's ``from_dict``, whose ``type`` enum
holds the delivery names only) takes it as readily as a tolerant one.

Sakari documents no signature for its deliveries (no header, no shared secret), so there is nothing
to verify: authenticate deliveries another way, for example with a secret path in the callback URL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..errors import WebhookPayloadError

__all__ = ["SUBSCRIPTION_TO_DELIVERY_NAMES", "UnknownEvent", "WebhookPayloadError", "parse"]

EventT = TypeVar("EventT")

SUBSCRIPTION_TO_DELIVERY_NAMES: Mapping[str, str] = {
    "message-status": "messageStatus",
    "message-received": "messageIncoming",
}
"""The hyphenated names a subscription uses, by the name a delivery's ``type`` carries for them."""


@dataclass(frozen=True)
class UnknownEvent:
    """A delivery whose ``type`` the ``events`` mapping does not know (or that has no ``type``)."""

    type: str | None
    raw: Mapping[str, Any] = field(repr=False)
    """The whole delivery, decoded from JSON and otherwise untouched."""

    @property
    def event_id(self) -> str | None:
        event_id = self.raw.get("eventId")
        return event_id if isinstance(event_id, str) else None


def _decode(body: bytes | bytearray | memoryview) -> dict[str, Any]:
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError(f"parse() takes the delivery's raw body as bytes, not {type(body).__name__}")
    try:
        decoded = json.loads(bytes(body))
    except UnicodeDecodeError:
        raise WebhookPayloadError("the webhook body is not UTF-8 text") from None
    except ValueError as error:
        raise WebhookPayloadError(f"the webhook body is not JSON ({error.__class__.__name__}: {error})") from None
    except RecursionError:
        raise WebhookPayloadError("the webhook body is nested too deeply to read") from None
    if not isinstance(decoded, dict):
        raise WebhookPayloadError(f"the webhook body is a JSON {type(decoded).__name__}, not an object")
    return decoded


def parse(
    body: bytes | bytearray | memoryview,
    *,
    events: Mapping[str, Callable[[Mapping[str, Any]], EventT]],
) -> EventT | UnknownEvent:
    """The typed event of one delivery, or an ``UnknownEvent`` for a type ``events`` does not name.

    ``events`` maps a delivery type (``"messageStatus"``, ``"messageIncoming"``, ``"account"``) to what
    builds its event from the decoded delivery, such as a generated model's ``from_dict``.

    Raises:
        WebhookPayloadError: the body is not a UTF-8 JSON object, is nested too deeply to read, or the
            event class refuses it.
        TypeError: ``body`` is not bytes.
    """
    delivery = _decode(body)
    event_type = delivery.get("type")
    if not isinstance(event_type, str):
        return UnknownEvent(type=None, raw=delivery)
    build = events.get(event_type)
    delivery_name = SUBSCRIPTION_TO_DELIVERY_NAMES.get(event_type)
    if build is None and delivery_name is not None and delivery_name in events:
        build = events[delivery_name]
        delivery = {**delivery, "type": delivery_name}
    if build is None:
        return UnknownEvent(type=event_type, raw=delivery)
    try:
        return build(delivery)
    except RecursionError:
        raise WebhookPayloadError(
            f"the {event_type!r} delivery is nested too deeply to read", event_type=event_type
        ) from None
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise WebhookPayloadError(
            f"the {event_type!r} delivery does not fit its event class ({type(error).__name__})", event_type=event_type
        ) from error
