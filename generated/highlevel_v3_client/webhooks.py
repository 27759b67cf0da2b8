"""Webhook deliveries of the HighLevelV3 service as typed events.

Events whose ``type`` is not listed here come back as ``UnknownEvent`` (the type and the raw payload),
never as an error, so a new kind of event the service starts sending does not break a receiver. A
payload that leaves its event's schema is kept as delivered, as tolerant answers are.
"""

from collections.abc import Mapping
from typing import Any

from contacts_runtime._drift import lenient
from contacts_runtime.webhooks import highlevel as _runtime
from contacts_runtime.webhooks.highlevel import (
    DEFAULT_TOLERANCE,
    InMemorySeenStore,
    SeenStore,
    UnknownEvent,
    WebhookVerificationError,
)

from .models.contact_create_event import ContactCreateEvent
from .models.contact_delete_event import ContactDeleteEvent
from .models.contact_dnd_update_event import ContactDndUpdateEvent
from .models.contact_tag_update_event import ContactTagUpdateEvent
from .models.contact_update_event import ContactUpdateEvent
from .models.note_create_event import NoteCreateEvent
from .models.note_delete_event import NoteDeleteEvent
from .models.note_update_event import NoteUpdateEvent
from .models.task_complete_event import TaskCompleteEvent
from .models.task_create_event import TaskCreateEvent
from .models.task_delete_event import TaskDeleteEvent

__all__ = [
    "EVENTS",
    "Event",
    "InMemorySeenStore",
    "SeenStore",
    "UnknownEvent",
    "WebhookVerificationError",
    "verify",
]

Event = (
    ContactCreateEvent
    | ContactDeleteEvent
    | ContactDndUpdateEvent
    | ContactTagUpdateEvent
    | ContactUpdateEvent
    | NoteCreateEvent
    | NoteDeleteEvent
    | NoteUpdateEvent
    | TaskCompleteEvent
    | TaskCreateEvent
    | TaskDeleteEvent
    | UnknownEvent
)

EVENTS: Mapping[str, Any] = {
    "ContactCreate": lenient(ContactCreateEvent),
    "ContactDelete": lenient(ContactDeleteEvent),
    "ContactDndUpdate": lenient(ContactDndUpdateEvent),
    "ContactTagUpdate": lenient(ContactTagUpdateEvent),
    "ContactUpdate": lenient(ContactUpdateEvent),
    "NoteCreate": lenient(NoteCreateEvent),
    "NoteDelete": lenient(NoteDeleteEvent),
    "NoteUpdate": lenient(NoteUpdateEvent),
    "TaskComplete": lenient(TaskCompleteEvent),
    "TaskCreate": lenient(TaskCreateEvent),
    "TaskDelete": lenient(TaskDeleteEvent),
}
"""What builds the event of each delivery ``type``."""


def verify(
    body: bytes,
    headers: Mapping[str, str],
    *,
    public_key: str | None = None,
    ed25519_public_key: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    seen: SeenStore | None = None,
) -> Event:
    """Check a delivery's signature, timestamp and id, and return its typed event (see ``contacts_runtime.webhooks.highlevel.verify``).

    Raises:
        WebhookVerificationError: a missing or wrong signature, a stale timestamp or a replayed delivery.
    """
    event: Event = _runtime.verify(
        body,
        headers,
        events=EVENTS,
        public_key=public_key,
        ed25519_public_key=ed25519_public_key,
        tolerance=tolerance,
        seen=seen,
    )
    return event
