"""`highlevel_client.webhooks.verify` and `sakari_client.webhooks.parse`, bound by the generator to the
schemas the specs mark `x-sdk-webhook-event`."""

from __future__ import annotations

import base64
import datetime
import json

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from highlevel_client import models as highlevel_models
from highlevel_client import webhooks as highlevel_webhooks
from sakari_client import models as sakari_models
from sakari_client import webhooks as sakari_webhooks


def test_every_marked_schema_is_bound_to_its_delivery_type() -> None:
    assert set(highlevel_webhooks.EVENTS) == {
        "ContactCreate", "ContactUpdate", "ContactDelete", "ContactTagUpdate", "ContactDndUpdate",
        "NoteCreate", "NoteUpdate", "NoteDelete", "TaskCreate", "TaskComplete", "TaskDelete",
    }  # fmt: skip
    assert set(sakari_webhooks.EVENTS) == {"messageStatus", "messageIncoming", "account"}


def test_highlevel_verify_checks_the_signature_and_types_the_event() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = json.dumps({"type": "TaskCreate", "timestamp": now, "webhookId": "wh-bound-1", "id": "t-1"}).encode()
    signature = base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()
    seen = highlevel_webhooks.InMemorySeenStore()
    event = highlevel_webhooks.verify(body, {"x-wh-signature": signature}, public_key=pem.decode(), seen=seen)
    assert isinstance(event, highlevel_models.TaskCreateEvent) and event.id == "t-1"
    with pytest.raises(highlevel_webhooks.WebhookVerificationError):  # the same delivery again: a replay
        highlevel_webhooks.verify(body, {"x-wh-signature": signature}, public_key=pem.decode(), seen=seen)
    with pytest.raises(highlevel_webhooks.WebhookVerificationError):  # HighLevel's own key did not sign it
        highlevel_webhooks.verify(body, {"x-wh-signature": signature}, seen=highlevel_webhooks.InMemorySeenStore())
    with pytest.raises(highlevel_webhooks.WebhookVerificationError, match="not for this location"):
        highlevel_webhooks.verify(
            body,
            {"x-wh-signature": signature},
            public_key=pem.decode(),
            seen=highlevel_webhooks.InMemorySeenStore(),
            app_id="app-1",
            location_id="loc-1",
        )


def test_sakari_parse_types_known_events_and_keeps_unknown_ones() -> None:
    status = {"eventId": "e-1", "type": "messageStatus", "accountId": "a", "data": {"status": "delivered"}}
    event = sakari_webhooks.parse(json.dumps(status).encode())
    assert isinstance(event, sakari_models.MessageStatusEvent)
    unknown = sakari_webhooks.parse(json.dumps({"type": "invoicePaid", "data": {}}).encode())
    assert isinstance(unknown, sakari_webhooks.UnknownEvent) and unknown.type == "invoicePaid"
    with pytest.raises(sakari_webhooks.WebhookPayloadError):
        sakari_webhooks.parse(b"not json")
