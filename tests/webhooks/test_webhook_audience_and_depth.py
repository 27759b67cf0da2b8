"""Webhook deliveries are bound to their audience, and a deeply nested body is the webhook error, never
``RecursionError``, in both services' modules (issue #24)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest
from contacts_runtime.webhooks import sakari as sakari_webhooks
from contacts_runtime.webhooks.highlevel import InMemorySeenStore, WebhookVerificationError, verify
from cryptography.hazmat.primitives.asymmetric import rsa
from highlevel_client import models

from .test_highlevel_webhooks import EVENTS, NOW, SENT_AT, _pem, rsa_sign

DEPTH = 100_000


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _delivery(**fields: Any) -> bytes:
    payload = {"type": "ContactCreate", "timestamp": SENT_AT, "webhookId": "wh-1", "id": "c-1", **fields}
    return json.dumps(payload).encode()


def _verify(key: rsa.RSAPrivateKey, body: bytes, **options: Any) -> Any:
    return verify(
        body,
        {"x-wh-signature": rsa_sign(key, body)},
        events=options.pop("events", EVENTS),
        public_key=_pem(key.public_key()),
        seen=InMemorySeenStore(),
        now=lambda: NOW,
        **options,
    )


@pytest.mark.parametrize(
    ("fields", "options"),
    [
        ({"locationId": "loc-other"}, {"location_id": "loc-1"}),
        ({}, {"location_id": "loc-1"}),  # no location named: not provably for this one
        ({"locationId": "loc-1", "appId": "app-other"}, {"app_id": "app-1", "location_id": "loc-1"}),
        ({"appId": "app-other"}, {"app_id": "app-1"}),
    ],
)
def test_a_delivery_signed_for_another_audience_is_refused(
    key: rsa.RSAPrivateKey, fields: dict[str, Any], options: dict[str, Any]
) -> None:
    with pytest.raises(WebhookVerificationError, match=r"another app|not for this location"):
        _verify(key, _delivery(**fields), **options)


@pytest.mark.parametrize(
    ("fields", "options"),
    [
        ({"locationId": "loc-1"}, {"location_id": "loc-1"}),
        ({"locationId": "loc-1", "appId": "app-1"}, {"app_id": "app-1", "location_id": "loc-1"}),
        ({"locationId": "loc-1"}, {"app_id": "app-1"}),  # contact events carry no appId
        ({"locationId": "loc-other", "appId": "app-other"}, {}),  # no audience given: not checked
    ],
)
def test_a_delivery_for_this_audience_is_accepted(
    key: rsa.RSAPrivateKey, fields: dict[str, Any], options: dict[str, Any]
) -> None:
    assert isinstance(_verify(key, _delivery(**fields), **options), models.ContactCreateEvent)


def _deep(prefix: bytes) -> bytes:
    return prefix + b'"deep": ' + b"[" * DEPTH + b"]" * DEPTH + b"}"


def test_a_deeply_nested_highlevel_body_is_a_verification_error(key: rsa.RSAPrivateKey) -> None:
    body = _deep(b'{"type": "ContactCreate", "timestamp": "' + SENT_AT.encode() + b'", "webhookId": "wh-9", ')
    with pytest.raises(WebhookVerificationError, match="nested too deeply"):
        _verify(key, body)


def _recursing(payload: Mapping[str, Any]) -> Any:
    return _recursing(payload)


def test_an_event_class_that_recurses_without_end_is_a_verification_error(key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(WebhookVerificationError, match="nested too deeply"):
        _verify(key, _delivery(), events={"ContactCreate": _recursing})


def test_a_deeply_nested_sakari_body_is_a_payload_error() -> None:
    with pytest.raises(sakari_webhooks.WebhookPayloadError, match="nested too deeply"):
        sakari_webhooks.parse(_deep(b'{"type": "messageStatus", '), events={})


def test_a_sakari_event_class_that_recurses_without_end_is_a_payload_error() -> None:
    with pytest.raises(sakari_webhooks.WebhookPayloadError, match="nested too deeply"):
        sakari_webhooks.parse(b'{"type": "messageStatus"}', events={"messageStatus": _recursing})
