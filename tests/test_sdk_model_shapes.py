"""A webhook event whose schema is allOf a shared schema and its own fields derives from that schema's class
(scripts/sdk/models.py: model_shape); the generated events decode and write every field as before."""

from __future__ import annotations

import copy

import highlevel_client.models as models
import pytest
import yaml

from .test_sdk_model import ROOT, model

EVENTS = {
    "WebhookContact": [
        "ContactCreateEvent",
        "ContactUpdateEvent",
        "ContactDeleteEvent",
        "ContactTagUpdateEvent",
        "ContactDndUpdateEvent",
    ],
    "WebhookNote": ["NoteCreateEvent", "NoteUpdateEvent", "NoteDeleteEvent"],
    "WebhookTask": ["TaskCreateEvent", "TaskCompleteEvent", "TaskDeleteEvent"],
}


def test_all_of_events_derive_from_their_shared_base_and_declare_only_their_own_fields() -> None:
    from sdk.models import model_shape  # scripts/ is on the path once test_sdk_model is imported

    sdk = model("highlevel_client")
    for base, events in EVENTS.items():
        for event in events:
            shape = model_shape(sdk.models[event], sdk.models)
            assert shape.base == base, event
            assert {str(prop.python_name) for prop in shape.properties} <= {"type_", "dnd_settings"}, event
            assert issubclass(getattr(models, event), getattr(models, base))
    # allOf without x-sdk-webhook-event keeps every field: an upsert body is no create body
    upsert = model_shape(sdk.models["UpsertContactRequest"], sdk.models)
    assert upsert.base is None and not issubclass(models.UpsertContactRequest, models.CreateContactRequest)


@pytest.mark.parametrize("event", [event for events in EVENTS.values() for event in events])
def test_an_event_decodes_its_example_and_writes_it_back(event: str) -> None:
    spec = yaml.safe_load((ROOT / "spec" / "highlevel.yaml").read_text(encoding="utf-8"))
    example = spec["components"]["schemas"][event]["example"]
    cls = getattr(models, event)
    parsed = cls.from_dict(copy.deepcopy(example))
    assert type(parsed) is cls and parsed.additional_properties == {}
    assert parsed.to_dict() == example
    strict_error = {**example, "type": "SomethingElse"}
    with pytest.raises(ValueError, match=r"\$\.type"):
        cls.from_dict(strict_error)
