"""Nested request objects as plain dicts (their JSON form): sent exactly as the equal model, checked first."""

from __future__ import annotations

import importlib
import json

import httpx
import pytest
from contacts_runtime import ArgumentError
from contacts_runtime._arguments import resolve_body
from highlevel_client import HighLevel
from highlevel_client.models import DndSetting, DndSettings, DndStatus
from sakari_client import Sakari
from sakari_client.models import ContactRequest, Mobile, Tag

from .conftest import Service, sample

CREATED = httpx.Response(200, json=sample("sakari_create_contact_response"))


def _sent(service: Service) -> list[object]:
    return [json.loads(request.content) for request in service.api_requests()]


def test_a_dict_sends_exactly_what_the_equal_model_sends(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: CREATED
    sakari.contacts.create(first_name="Ann", mobile=Mobile(number="+15550100", country="US"), tags=[Tag(tag="vip")])
    sakari.contacts.create(first_name="Ann", mobile={"number": "+15550100", "country": "US"}, tags=[{"tag": "vip"}])
    sakari.contacts.create(
        body={"firstName": "Ann", "mobile": {"number": "+15550100", "country": "US"}, "tags": [{"tag": "vip"}]}
    )
    model, as_dicts, whole = _sent(service)
    assert model == as_dicts == whole


def test_highlevel_nested_settings_and_search_filters_take_dicts(highlevel: HighLevel, service: Service) -> None:
    service.default = lambda request: httpx.Response(201, json=sample("highlevel_create_contact_response"))
    highlevel.contacts.create(first_name="Ann", dnd_settings=DndSettings(sms=DndSetting(status=DndStatus.PERMANENT)))
    highlevel.contacts.create(first_name="Ann", dnd_settings={"SMS": {"status": "permanent"}})
    first, second = _sent(service)
    assert first == second


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"mobile": {"number": 15550100}}, "mobile.number: expected string, got integer"),
        ({"mobile": {"number": "+1", "carrier": "Acme"}}, "mobile: no field named 'carrier'"),
        ({"tags": [{"tag": "vip"}, {"tag": 7}]}, r"tags\[1\].tag: expected string, got integer"),
    ],
)
def test_a_bad_dict_is_refused_naming_its_path_before_anything_is_sent(
    sakari: Sakari, service: Service, arguments: dict[str, object], message: str
) -> None:
    service.default = lambda request: CREATED
    with pytest.raises(ArgumentError, match=message):
        sakari.contacts.create(first_name="Ann", **arguments)  # type: ignore[arg-type]
    assert service.api_requests() == []
    assert issubclass(ArgumentError, ValueError)


def test_a_whole_body_dict_is_checked_too(sakari: Sakari, service: Service) -> None:
    with pytest.raises(ArgumentError, match=r"body.mobile.valid: expected boolean, got string"):
        sakari.contacts.create(body={"mobile": {"valid": "yes"}})
    with pytest.raises(ArgumentError, match=r"body: no field named 'nickname'"):
        sakari.contacts.create(body={"nickname": "Al"})
    assert service.api_requests() == []


def test_an_enum_value_outside_the_spec_is_refused_before_sending(sakari: Sakari, service: Service) -> None:
    with pytest.raises(ArgumentError, match="`merge_strategy` must be one of 'append', 'core', 'remove'"):
        sakari.contacts.create(first_name="Ann", merge_strategy="merge")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match="`attribute_type` must be one of"):
        sakari.attributes.list("people")  # type: ignore[arg-type]
    assert service.api_requests() == []


def test_a_body_model_and_keyword_fields_together_are_refused(sakari: Sakari, service: Service) -> None:
    with pytest.raises(ValueError, match="not both"):
        sakari.contacts.create(body=ContactRequest(first_name="Ann"), last_name="Lee")
    assert service.api_requests() == []


def test_custom_attributes_take_any_key_as_a_dict(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: CREATED
    sakari.contacts.create(first_name="Ann", attributes={"company": "Acme", "seats": 12})
    sakari.contacts.create(body={"firstName": "Ann", "attributes": {"company": "Acme", "seats": 12}})
    assert [sent["attributes"] for sent in _sent(service)] == [{"company": "Acme", "seats": 12}] * 2  # type: ignore[index]


@pytest.mark.parametrize("package", ["sakari_client", "highlevel_client"])
def test_only_objects_the_spec_leaves_open_take_keys_it_does_not_name(package: str) -> None:
    models = importlib.import_module(f"{package}.models")
    classes = [cls for cls in vars(models).values() if isinstance(cls, type) and hasattr(cls, "__tolerant__")]
    assert any(cls.__tolerant__.open for cls in classes)
    for cls in classes:
        try:
            resolve_body(cls, {"customKey": 1}, {}, ())
        except ArgumentError as error:
            assert not cls.__tolerant__.open or "customKey" not in str(error), cls.__name__
        else:
            assert cls.__tolerant__.open, cls.__name__
