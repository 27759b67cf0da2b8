"""Webhook deliveries of the Sakari service as typed events.

Events whose ``type`` is not listed here come back as ``UnknownEvent`` (the type and the raw payload),
never as an error, so a new kind of event the service starts sending does not break a receiver. A
payload that leaves its event's schema is kept as delivered, as tolerant answers are.
"""

from collections.abc import Mapping
from typing import Any

from contacts_runtime._drift import lenient
from contacts_runtime.webhooks import sakari as _runtime
from contacts_runtime.webhooks.sakari import UnknownEvent, WebhookPayloadError

from .models.account_event import AccountEvent
from .models.message_incoming_event import MessageIncomingEvent
from .models.message_status_event import MessageStatusEvent

__all__ = [
    "EVENTS",
    "Event",
    "UnknownEvent",
    "WebhookPayloadError",
    "parse",
]

Event = AccountEvent | MessageIncomingEvent | MessageStatusEvent | UnknownEvent

EVENTS: Mapping[str, Any] = {
    "account": lenient(AccountEvent),
    "messageIncoming": lenient(MessageIncomingEvent),
    "messageStatus": lenient(MessageStatusEvent),
}
"""What builds the event of each delivery ``type``."""


def parse(body: bytes) -> Event:
    """The typed event of one delivery (see ``contacts_runtime.webhooks.sakari.parse``).

    Raises:
        WebhookPayloadError: the body is not a JSON object.
    """
    event: Event = _runtime.parse(body, events=EVENTS)
    return event
