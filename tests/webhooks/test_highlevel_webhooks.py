"""HighLevel webhook verification: signatures made with key pairs generated here, freshness, replays, events."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from contacts_runtime.webhooks.highlevel import (
    HIGHLEVEL_PUBLIC_KEY,
    InMemorySeenStore,
    UnknownEvent,
    WebhookVerificationError,
    verify,
)
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa
from highlevel_client import models

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "highlevel"
NOW = 1_738_075_000.0  # 2025-01-28T14:36:40Z
SENT_AT = "2025-01-28T14:35:00Z"  # 100 s before NOW

# Built by hand from the generated models marked x-sdk-webhook-event; the generator will bind this itself.
EVENTS: Mapping[str, Callable[[Mapping[str, Any]], Any]] = {
    "ContactCreate": models.ContactCreateEvent.from_dict,
    "ContactUpdate": models.ContactUpdateEvent.from_dict,
    "ContactDelete": models.ContactDeleteEvent.from_dict,
    "ContactTagUpdate": models.ContactTagUpdateEvent.from_dict,
    "ContactDndUpdate": models.ContactDndUpdateEvent.from_dict,
    "NoteCreate": models.NoteCreateEvent.from_dict,
    "NoteUpdate": models.NoteUpdateEvent.from_dict,
    "NoteDelete": models.NoteDeleteEvent.from_dict,
    "TaskCreate": models.TaskCreateEvent.from_dict,
    "TaskComplete": models.TaskCompleteEvent.from_dict,
    "TaskDelete": models.TaskDeleteEvent.from_dict,
}


def _pem(key: rsa.RSAPublicKey | ed25519.Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def other_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def ed_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


def rsa_sign(key: rsa.RSAPrivateKey, body: bytes) -> str:
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()


def ed_sign(key: ed25519.Ed25519PrivateKey, body: bytes) -> str:
    return base64.b64encode(key.sign(body)).decode()


def delivery(**fields: Any) -> bytes:
    payload = {"type": "ContactCreate", "timestamp": SENT_AT, "webhookId": "wh-1", "id": "c-1", **fields}
    return json.dumps(payload).encode()


def check(body: bytes, headers: Mapping[str, str], **options: Any) -> Any:
    options.setdefault("seen", InMemorySeenStore())
    options.setdefault("now", lambda: NOW)
    return verify(body, headers, events=EVENTS, **options)


# --- signatures -----------------------------------------------------------------------------------


def test_valid_rsa_signature_gives_the_typed_event(rsa_key: rsa.RSAPrivateKey) -> None:
    body = delivery(email="rosan@deos.com", firstName=None)
    event = check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, public_key=_pem(rsa_key.public_key()))
    assert isinstance(event, models.ContactCreateEvent)
    assert (event.id, event.email, event.first_name) == ("c-1", "rosan@deos.com", None)
    assert event.type_ == models.ContactCreateEventType.CONTACTCREATE


def test_valid_ed25519_signature_gives_the_typed_event(ed_key: ed25519.Ed25519PrivateKey) -> None:
    body = delivery(type="NoteCreate", body="Called back", contactId="c-1")
    event = check(body, {"X-GHL-Signature": ed_sign(ed_key, body)}, ed25519_public_key=_pem(ed_key.public_key()))
    assert isinstance(event, models.NoteCreateEvent)
    assert (event.body, event.contact_id) == ("Called back", "c-1")


def test_ed25519_is_preferred_and_decides_alone(ed_key: ed25519.Ed25519PrivateKey, rsa_key: rsa.RSAPrivateKey) -> None:
    body = delivery()
    keys = {"public_key": _pem(rsa_key.public_key()), "ed25519_public_key": _pem(ed_key.public_key())}
    # A good Ed25519 signature is enough even beside a broken RSA one ...
    assert check(body, {"x-ghl-signature": ed_sign(ed_key, body), "x-wh-signature": "AAAA"}, **keys)
    # ... and a bad one is not rescued by a good RSA signature.
    wrong = ed_sign(ed25519.Ed25519PrivateKey.generate(), body)
    with pytest.raises(WebhookVerificationError, match="x-ghl-signature signature does not match"):
        check(body, {"x-ghl-signature": wrong, "x-wh-signature": rsa_sign(rsa_key, body)}, **keys)


def test_without_an_ed25519_key_the_rsa_signature_is_checked(
    ed_key: ed25519.Ed25519PrivateKey, rsa_key: rsa.RSAPrivateKey
) -> None:
    body = delivery()
    headers = {"x-ghl-signature": ed_sign(ed_key, body), "x-wh-signature": rsa_sign(rsa_key, body)}
    assert check(body, headers, public_key=_pem(rsa_key.public_key()))
    with pytest.raises(WebhookVerificationError, match="pass ed25519_public_key"):
        check(body, {"x-ghl-signature": ed_sign(ed_key, body)}, public_key=_pem(rsa_key.public_key()))


@pytest.mark.parametrize("scheme", ["rsa", "ed25519"])
def test_tampered_body_is_refused(scheme: str, rsa_key: rsa.RSAPrivateKey, ed_key: ed25519.Ed25519PrivateKey) -> None:
    body = delivery(email="rosan@deos.com")
    tampered = body.replace(b"rosan@deos.com", b"mallory@evil.example")
    if scheme == "rsa":
        headers, keys = {"x-wh-signature": rsa_sign(rsa_key, body)}, {"public_key": _pem(rsa_key.public_key())}
    else:
        headers, keys = {"x-ghl-signature": ed_sign(ed_key, body)}, {"ed25519_public_key": _pem(ed_key.public_key())}
    assert check(body, headers, **keys)
    with pytest.raises(WebhookVerificationError, match="does not match the body"):
        check(tampered, headers, **keys)


def test_signature_by_another_key_is_refused(rsa_key: rsa.RSAPrivateKey, other_rsa_key: rsa.RSAPrivateKey) -> None:
    body = delivery()
    with pytest.raises(WebhookVerificationError, match="x-wh-signature signature does not match"):
        check(body, {"x-wh-signature": rsa_sign(other_rsa_key, body)}, public_key=_pem(rsa_key.public_key()))


def test_highlevels_published_key_is_the_default(rsa_key: rsa.RSAPrivateKey) -> None:
    body = delivery()
    # Our key is not HighLevel's, so without an override the published key refuses the signature.
    with pytest.raises(WebhookVerificationError, match="does not match"):
        check(body, {"x-wh-signature": rsa_sign(rsa_key, body)})
    published = serialization.load_pem_public_key(HIGHLEVEL_PUBLIC_KEY.encode())
    assert isinstance(published, rsa.RSAPublicKey) and published.key_size == 4096
    guide = REFERENCE / "WebhookAuthentication.md"
    if guide.exists():
        documented = re.search(r"-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----", guide.read_text(), re.S)
        assert documented is not None and documented.group(0) == HIGHLEVEL_PUBLIC_KEY.strip()


@pytest.mark.parametrize(
    "headers",
    [{}, {"content-type": "application/json"}, {"x-wh-signature": ""}, {"x-wh-signature": "not base64!"}],
    ids=["none", "unrelated", "empty", "not-base64"],
)
def test_missing_or_malformed_signature_headers_are_refused(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError, match=r"signature|base64"):
        check(delivery(), headers)


def test_keys_of_the_wrong_kind_are_a_configuration_error(
    rsa_key: rsa.RSAPrivateKey, ed_key: ed25519.Ed25519PrivateKey
) -> None:
    body = delivery()
    with pytest.raises(ValueError, match="must be an RSA public key") as caught:
        check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, public_key=_pem(ed_key.public_key()))
    assert not isinstance(caught.value, WebhookVerificationError)
    with pytest.raises(ValueError, match="must be an Ed25519 public key"):
        check(body, {"x-ghl-signature": ed_sign(ed_key, body)}, ed25519_public_key=_pem(rsa_key.public_key()))
    with pytest.raises(ValueError, match="not a PEM public key"):
        check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, public_key="-----BEGIN NOTHING-----")


def test_body_must_be_bytes_and_a_json_object(rsa_key: rsa.RSAPrivateKey) -> None:
    key = {"public_key": _pem(rsa_key.public_key())}
    with pytest.raises(TypeError, match="raw body as bytes"):
        check(delivery().decode(), {"x-wh-signature": "AAAA"}, **key)  # type: ignore[arg-type]
    for body in (b"[1, 2]", b"{not json", b"\xff\xfe"):
        with pytest.raises(WebhookVerificationError, match=r"not (an object|JSON|UTF-8)"):
            check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, **key)


# --- freshness and replays -------------------------------------------------------------------------


@pytest.mark.parametrize(("offset", "accepted"), [(-299, True), (299, True), (-301, False), (301, False)])
def test_timestamp_must_be_within_the_tolerance(offset: float, accepted: bool, rsa_key: rsa.RSAPrivateKey) -> None:
    body = delivery()
    sent = 1_738_074_900.0  # SENT_AT in seconds
    headers = {"x-wh-signature": rsa_sign(rsa_key, body)}
    options: dict[str, Any] = {"public_key": _pem(rsa_key.public_key()), "now": lambda: sent + offset}
    if accepted:
        assert check(body, headers, **options)
    else:
        with pytest.raises(WebhookVerificationError, match=r"timestamp is 301 s from now"):
            check(body, headers, **options)


def test_tolerance_is_configurable_and_checked(rsa_key: rsa.RSAPrivateKey) -> None:
    body = delivery()
    headers, key = {"x-wh-signature": rsa_sign(rsa_key, body)}, _pem(rsa_key.public_key())
    with pytest.raises(WebhookVerificationError, match="timestamp"):
        check(body, headers, public_key=key, tolerance=60)  # NOW is 100 s after SENT_AT
    for tolerance in (0, -1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="tolerance"):
            check(body, headers, public_key=key, tolerance=tolerance)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"timestamp": None}, "no timestamp"),
        ({"timestamp": 1738075000}, "no timestamp"),
        ({"timestamp": "yesterday"}, "not an ISO 8601"),
        ({"webhookId": None}, "no webhookId"),
        ({"webhookId": ""}, "no webhookId"),
    ],
)
def test_timestamp_and_webhook_id_are_required(
    fields: dict[str, Any], message: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    body = delivery(**fields)
    with pytest.raises(WebhookVerificationError, match=message):
        check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, public_key=_pem(rsa_key.public_key()))


def test_replayed_webhook_id_is_refused(rsa_key: rsa.RSAPrivateKey) -> None:
    seen = InMemorySeenStore()
    body = delivery()
    headers, key = {"x-wh-signature": rsa_sign(rsa_key, body)}, _pem(rsa_key.public_key())
    assert check(body, headers, public_key=key, seen=seen)
    with pytest.raises(WebhookVerificationError, match="'wh-1' was already received"):
        check(body, headers, public_key=key, seen=seen)
    other = delivery(webhookId="wh-2")
    assert check(other, {"x-wh-signature": rsa_sign(rsa_key, other)}, public_key=key, seen=seen)


def test_a_refused_delivery_does_not_use_up_its_webhook_id(rsa_key: rsa.RSAPrivateKey) -> None:
    seen = InMemorySeenStore()
    body = delivery()
    key = _pem(rsa_key.public_key())
    with pytest.raises(WebhookVerificationError):
        check(body, {"x-wh-signature": rsa_sign(rsa_key, body + b" ")}, public_key=key, seen=seen)
    assert check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, public_key=key, seen=seen)


def test_the_default_seen_store_is_shared_between_calls(rsa_key: rsa.RSAPrivateKey) -> None:
    body = delivery(webhookId="wh-default-store-test")
    headers, key = {"x-wh-signature": rsa_sign(rsa_key, body)}, _pem(rsa_key.public_key())
    assert verify(body, headers, events=EVENTS, public_key=key, now=lambda: NOW)
    with pytest.raises(WebhookVerificationError, match="already received"):
        verify(body, headers, events=EVENTS, public_key=key, now=lambda: NOW)


def test_in_memory_seen_store_expires_and_stays_bounded() -> None:
    store = InMemorySeenStore(max_entries=2)
    assert store.add("a", now=0, expires_at=10)
    assert not store.add("a", now=5, expires_at=15)
    assert store.add("a", now=10, expires_at=20)  # expired, so accepted again
    assert store.add("b", now=11, expires_at=21)
    assert store.add("c", now=12, expires_at=22)  # full: the oldest ("a") is forgotten
    assert len(store) == 2
    assert not store.add("c", now=13, expires_at=23)
    assert store.add("a", now=13, expires_at=23)
    with pytest.raises(ValueError, match="max_entries"):
        InMemorySeenStore(max_entries=0)


# --- events -----------------------------------------------------------------------------------------


def test_unknown_event_type_comes_back_as_a_generic_event(rsa_key: rsa.RSAPrivateKey) -> None:
    key = _pem(rsa_key.public_key())
    body = delivery(type="OpportunityCreate", pipelineId="p-1")
    event = check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, public_key=key)
    assert isinstance(event, UnknownEvent)
    assert (event.type, event.webhook_id, event.raw["pipelineId"]) == ("OpportunityCreate", "wh-1", "p-1")
    untyped = delivery(type=None)
    event = check(untyped, {"x-wh-signature": rsa_sign(rsa_key, untyped)}, public_key=key)
    assert isinstance(event, UnknownEvent) and event.type is None


def test_payload_refused_by_its_event_class_is_named_without_its_values(rsa_key: rsa.RSAPrivateKey) -> None:
    body = delivery(dnd="secret-looking-value")
    with pytest.raises(WebhookVerificationError, match=r"\$\.dnd: expected boolean, got string") as caught:
        check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, public_key=_pem(rsa_key.public_key()))
    assert "secret-looking-value" not in str(caught.value)


def test_custom_field_values_of_any_json_type(rsa_key: rsa.RSAPrivateKey) -> None:
    values = ["text", 12.5, ["red", "blue"], {"f1": {"url": "https://example.com/f.pdf"}}]
    body = delivery(type="ContactUpdate", customFields=[{"id": f"cf{n}", "value": v} for n, v in enumerate(values)])
    event = check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, public_key=_pem(rsa_key.public_key()))
    assert isinstance(event, models.ContactUpdateEvent)
    assert [field["value"] for field in event.to_dict()["customFields"]] == values


def _reference_examples() -> list[Any]:
    folder = REFERENCE / "webhook-events"
    if not folder.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{folder} is not there"))]
    cases = []
    for page in sorted(folder.glob("*.md")):
        found = re.search(r"#### Example\s*```json\s*(\{.*?\})\s*```", page.read_text(encoding="utf-8"), re.S)
        assert found is not None, f"{page.name}: no example"
        cases.append(pytest.param(json.loads(found.group(1)), id=page.stem))
    return cases


@pytest.mark.parametrize("example", _reference_examples())
def test_each_event_parses_its_reference_example(example: dict[str, Any], rsa_key: rsa.RSAPrivateKey) -> None:
    payload = {**example, "timestamp": SENT_AT, "webhookId": f"wh-{example['type']}"}
    body = json.dumps(payload).encode()
    event = check(body, {"x-wh-signature": rsa_sign(rsa_key, body)}, public_key=_pem(rsa_key.public_key()))
    model = getattr(models, f"{example['type']}Event")
    assert isinstance(event, model)
    assert event.to_dict() == payload  # every field typed or kept, nothing lost
    assert not event.additional_properties, f"fields the spec lacks: {event.additional_keys}"
