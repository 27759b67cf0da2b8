"""Parsing Sakari webhook deliveries into the generated event models."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from contacts_runtime._drift import lenient
from contacts_runtime.webhooks.sakari import UnknownEvent, WebhookPayloadError, parse
from sakari_client.models import AccountEvent, EventType, MessageIncomingEvent, MessageStatusEvent

# What the generator will bind from the schemas marked `x-sdk-webhook-event`; built by hand here.
EVENTS: Mapping[str, Callable[[Mapping[str, Any]], Any]] = {
    "messageStatus": lenient(MessageStatusEvent),
    "messageIncoming": lenient(MessageIncomingEvent),
    "account": lenient(AccountEvent),
}

STATUS = {
    "eventId": "ev-1",
    "type": "messageStatus",
    "accountId": "acct-1",
    "data": {"contact": {"id": "c-1", "mobile": {"number": "+15550001"}}, "message": "Hi", "status": "delivered"},
}


def _body(value: Any) -> bytes:
    return json.dumps(value).encode()


def test_message_status_event() -> None:
    event = parse(_body(STATUS), events=EVENTS)
    assert isinstance(event, MessageStatusEvent)
    assert event.type_ == EventType.MESSAGESTATUS
    assert (event.data.status, event.data.contact.id, event.data.message) == ("delivered", "c-1", "Hi")
    assert event.to_dict() == STATUS


def test_incoming_message_and_account_events() -> None:
    incoming = {"eventId": "ev-2", "type": "messageIncoming", "accountId": "a", "data": {"message": "STOP"}}
    account = {"eventId": "ev-3", "type": "account", "accountId": "a", "data": {"balance": 12.5}}
    assert isinstance(parse(_body(incoming), events=EVENTS), MessageIncomingEvent)
    parsed = parse(_body(account), events=EVENTS)
    assert isinstance(parsed, AccountEvent) and parsed.data.balance == 12.5


@pytest.mark.parametrize(
    ("spelling", "model"), [("message-status", MessageStatusEvent), ("message-received", MessageIncomingEvent)]
)
def test_subscription_spellings_find_the_delivery_event(spelling: str, model: type) -> None:
    event = parse(_body({**STATUS, "type": spelling}), events=EVENTS)
    assert isinstance(event, model)
    assert event.data.status == "delivered"


STRICT_EVENTS: Mapping[str, Callable[[Mapping[str, Any]], Any]] = {
    "messageStatus": MessageStatusEvent.from_dict,
    "messageIncoming": MessageIncomingEvent.from_dict,
    "account": AccountEvent.from_dict,
}


@pytest.mark.parametrize("events", [STRICT_EVENTS, EVENTS], ids=["strict-from-dict", "lenient"])
@pytest.mark.parametrize(
    ("spelling", "model", "delivery_type"),
    [
        ("message-status", MessageStatusEvent, EventType.MESSAGESTATUS),
        ("message-received", MessageIncomingEvent, EventType.MESSAGEINCOMING),
    ],
)
def test_a_subscription_spelling_is_read_as_the_delivery_it_names_by_strict_and_lenient_builders(
    events: Mapping[str, Callable[[Mapping[str, Any]], Any]], spelling: str, model: type, delivery_type: EventType
) -> None:
    event = parse(_body({**STATUS, "type": spelling}), events=events)
    assert isinstance(event, model)
    assert event.type_ == delivery_type
    assert event.to_dict() == {**STATUS, "type": delivery_type.value}


def test_a_subscription_spelling_without_its_delivery_builder_stays_unknown_and_untouched() -> None:
    delivery = {**STATUS, "type": "message-status"}
    event = parse(_body(delivery), events={"account": AccountEvent.from_dict})
    assert isinstance(event, UnknownEvent)
    assert (event.type, dict(event.raw)) == ("message-status", delivery)


@pytest.mark.parametrize(
    "delivery",
    [
        {"eventId": "ev-9", "type": "contact-created", "data": {"contact": {"id": "c-1"}}},
        {"eventId": "ev-9", "type": "somethingNew", "data": [1, 2]},
    ],
)
def test_unknown_event_types_come_back_generic(delivery: dict[str, Any]) -> None:
    event = parse(_body(delivery), events=EVENTS)
    assert isinstance(event, UnknownEvent)
    assert (event.type, event.event_id, dict(event.raw)) == (delivery["type"], "ev-9", delivery)


def test_a_delivery_without_a_type_is_generic() -> None:
    event = parse(b'{"eventId": 5, "data": {}}', events=EVENTS)
    assert isinstance(event, UnknownEvent) and event.type is None and event.event_id is None


@pytest.mark.parametrize(
    "body",
    [b"", b"<html>502</html>", b'{"type": "messageStatus"', b"[1, 2]", b'"text"', b"\xff\xfe{}", b"NaN"],
    ids=["empty", "html", "truncated", "array", "string", "not-utf8", "nan"],
)
def test_a_body_that_is_not_a_json_object_raises_a_typed_value_error(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        parse(body, events=EVENTS)
    assert isinstance(caught.value, ValueError)


def test_a_payload_that_does_not_fit_its_model_is_kept_as_delivered() -> None:
    delivery = {**STATUS, "data": {"status": ["secret-personal-value"]}}
    event = parse(_body(delivery), events=EVENTS)
    assert isinstance(event, MessageStatusEvent)
    assert event.to_dict() == delivery


def test_a_strict_model_that_refuses_a_payload_names_the_type_not_the_data() -> None:
    delivery = {**STATUS, "data": {"status": ["secret-personal-value"]}}
    strict = {"messageStatus": MessageStatusEvent.from_dict}
    with pytest.raises(WebhookPayloadError) as caught:
        parse(_body(delivery), events=strict)
    assert caught.value.event_type == "messageStatus"
    assert "secret-personal-value" not in str(caught.value)


def test_text_instead_of_bytes_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="bytes"):
        parse(json.dumps(STATUS), events=EVENTS)  # type: ignore[arg-type]


def test_the_raw_delivery_is_not_in_the_repr() -> None:
    event = parse(_body({"type": "other", "data": {"mobile": "+15550001"}}), events=EVENTS)
    assert "+15550001" not in repr(event)
