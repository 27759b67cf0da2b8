"""Answers off the spec: tolerant by default (kept as received, recorded), strict on request."""

from __future__ import annotations

import copy
import datetime
import importlib
import importlib.resources
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml
from contacts_runtime._drift import DriftLog, lenient, parsing
from highlevel_client import HighLevel
from highlevel_client.models import DndStatus
from sakari_client import Sakari, errors

from .conftest import HIGHLEVEL_TOKEN, SECRET, Service, sample

PAGE = sample("sakari_list_contacts_response")


def _contact(number: int) -> dict[str, Any]:
    contact = copy.deepcopy(PAGE["data"][0])
    contact["id"] = f"c{number}"
    return contact


def _drifted_page() -> dict[str, Any]:
    """Three contacts, each off the spec in its own way and some in the same way."""
    page = copy.deepcopy(PAGE)
    page["pagination"]["hasNext"] = False
    page["data"] = [_contact(n) for n in range(3)]
    page["data"][0]["mobile"]["valid"] = "yes"  # a string where a boolean is documented
    page["data"][1]["mobile"]["valid"] = "no"  # the same place again
    page["data"][1]["firstName"] = None  # null where a string is documented
    page["data"][2]["lastName"] = 42  # a number where a string is documented
    page["data"][2]["mobile"]["verified"] = "yesterday"  # not a date-time
    page["data"][2]["loyaltyTier"] = "gold"  # a field the spec does not name
    page["data"][0]["tags"] = {"not": "a list"}
    return page


@pytest.fixture
def tolerant_sakari(service: Service) -> Iterator[Sakari]:
    client = Sakari(
        client_id="client-1",
        client_secret=SECRET,
        account_id="acc-1",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
    )
    yield client
    client.close()


def test_tolerant_is_the_default_and_keeps_what_came(tolerant_sakari: Sakari, service: Service) -> None:
    body = _drifted_page()
    service.default = lambda request: httpx.Response(200, json=body)
    page = tolerant_sakari.contacts.list()
    first, second, third = page.data
    assert first.mobile.valid == "yes"  # type: ignore[union-attr,comparison-overlap]
    assert first.tags == {"not": "a list"}  # type: ignore[comparison-overlap]
    assert second.first_name is None
    assert third.last_name == 42  # type: ignore[comparison-overlap]
    assert third.mobile.verified == "yesterday"  # type: ignore[union-attr,comparison-overlap]
    assert third.additional_properties == {"loyaltyTier": "gold"}
    # what matched is decoded as usual
    assert first.mobile.verified == datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=datetime.UTC)  # type: ignore[union-attr]
    assert first.mobile.number == "123-456-7890"  # type: ignore[union-attr]
    # nothing lost: the model writes back exactly what was received
    assert json.dumps(page.response.to_dict(), sort_keys=True) == json.dumps(body, sort_keys=True)


def test_drift_is_recorded_once_per_place_with_types_only(tolerant_sakari: Sakari, service: Service) -> None:
    body = _drifted_page()
    service.default = lambda request: httpx.Response(200, json=body)
    tolerant_sakari.contacts.list()
    tolerant_sakari.contacts.list()
    records = {record.path: record for record in tolerant_sakari.drift.records}
    assert set(records) == {
        "$.data[*].mobile.valid",
        "$.data[*].firstName",
        "$.data[*].lastName",
        "$.data[*].mobile.verified",
        "$.data[*].loyaltyTier",
        "$.data[*].tags",
    }
    valid = records["$.data[*].mobile.valid"]
    assert (valid.operation_id, valid.expected, valid.received, valid.count) == ("listContacts", "boolean", "string", 4)
    assert valid.example == "$.data[0].mobile.valid"
    assert records["$.data[*].firstName"].received == "null"
    assert records["$.data[*].lastName"].received == "integer"
    assert "no field of this name" in records["$.data[*].loyaltyTier"].expected
    dumped = tolerant_sakari.drift.to_json()
    for value in ('"yes"', "yesterday", "gold", "not"):
        assert value not in dumped  # answers are personal data: no value is ever kept
    assert json.loads(dumped)["records"][0]["operation_id"] == "listContacts"
    tolerant_sakari.drift.clear()
    assert tolerant_sakari.drift.records == []


def test_the_first_occurrence_of_each_place_logs_one_warning(
    tolerant_sakari: Sakari, service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    body = _drifted_page()
    service.default = lambda request: httpx.Response(200, json=body)
    with caplog.at_level(logging.WARNING, logger="sakari_client"):
        tolerant_sakari.contacts.list()
        tolerant_sakari.contacts.list()
    warnings = [record for record in caplog.records if record.name == "sakari_client"]
    assert len(warnings) == 6
    assert any("$.data[*].mobile.valid" in record.getMessage() for record in warnings)
    assert not any(
        "yes" in record.getMessage().split("got")[-1] for record in warnings if "valid" in record.getMessage()
    )


def test_an_undocumented_field_on_a_conforming_answer_is_recorded(tolerant_sakari: Sakari, service: Service) -> None:
    body = copy.deepcopy(PAGE)
    body["pagination"]["hasNext"] = False
    body["data"][0]["mobile"]["carrier"] = "Acme"
    service.default = lambda request: httpx.Response(200, json=body)
    contact = tolerant_sakari.contacts.list().data[0]
    assert contact.mobile.additional_properties == {"carrier": "Acme"}  # type: ignore[union-attr]
    assert [record.path for record in tolerant_sakari.drift.records] == ["$.data[*].mobile.carrier"]


def test_strict_mode_raises_naming_the_path(tolerant_sakari: Sakari, service: Service) -> None:
    body = _drifted_page()
    service.default = lambda request: httpx.Response(200, json=body)
    strict = tolerant_sakari.with_options(strict_response_validation=True)
    with pytest.raises(errors.APIResponseValidationError) as caught:
        strict.contacts.list()
    assert caught.value.json_path == "$.data[0].mobile.valid"


@pytest.mark.parametrize("content", [b"<html>oops</html>", b'{"success": true, "data": [', b""])
@pytest.mark.parametrize("strict", [False, True])
def test_a_body_that_is_not_json_raises_in_both_modes(
    tolerant_sakari: Sakari, service: Service, content: bytes, strict: bool
) -> None:
    service.default = lambda request: httpx.Response(200, content=content)
    client = tolerant_sakari.with_options(strict_response_validation=strict)
    with pytest.raises(errors.APIResponseValidationError, match="a JSON body"):
        client.contacts.get("c-1")


def test_an_unknown_enum_value_is_kept_as_its_string(service: Service) -> None:
    body = sample("highlevel_create_contact_response")
    body["contact"]["dndSettings"]["SMS"]["status"] = "snoozed"
    service.default = lambda request: httpx.Response(201, json=body)
    with HighLevel(
        token=HIGHLEVEL_TOKEN, location_id="loc-1", http_client=httpx.Client(transport=httpx.MockTransport(service))
    ) as client:
        created = client.contacts.create(first_name="Ann")
        settings = created.contact.dnd_settings  # type: ignore[union-attr]
        assert settings.sms.status == "snoozed"  # type: ignore[union-attr]
        assert settings.call.status is DndStatus.ACTIVE  # type: ignore[union-attr]
        assert json.dumps(created.to_dict(), sort_keys=True) == json.dumps(body, sort_keys=True)
        [record] = client.drift.records
        assert record.path == "$.contact.dndSettings.SMS.status" and record.received == "string"
        assert record.expected.startswith("one of ")


def test_the_number_of_distinct_records_is_capped(tolerant_sakari: Sakari, service: Service) -> None:
    body = copy.deepcopy(PAGE)
    body["pagination"]["hasNext"] = False
    body["data"][0].update({f"extra{n}": n for n in range(40)})
    service.default = lambda request: httpx.Response(200, json=body)
    tolerant_sakari.drift._max = 10
    tolerant_sakari.contacts.list()
    assert len(tolerant_sakari.drift.records) == 10
    assert tolerant_sakari.drift.dropped == 30


@pytest.mark.parametrize(
    "text", ["2023-11-07T05:31:56Z", "2023-11-07t05:31:56z", "2023-11-07 05:31:56+01:00", "2023-11-07T05:31:56.5Z"]
)
def test_every_rfc3339_form_of_a_date_time_is_read(sakari: Sakari, service: Service, text: str) -> None:
    body = copy.deepcopy(PAGE)
    body["pagination"]["hasNext"] = False
    body["data"][0]["mobile"]["verified"] = text
    service.default = lambda request: httpx.Response(200, json=body)
    verified = sakari.contacts.list().data[0].mobile.verified  # type: ignore[union-attr]
    assert isinstance(verified, datetime.datetime) and verified.tzinfo is not None


@pytest.mark.parametrize("text", ["2023-11-07T05:31:56", "2023-11-07", "2023-11-07T05:31Z"])
def test_a_date_time_without_offset_or_seconds_is_not_rfc3339(sakari: Sakari, service: Service, text: str) -> None:
    body = copy.deepcopy(PAGE)
    body["data"][0]["mobile"]["verified"] = text
    service.default = lambda request: httpx.Response(200, json=body)
    with pytest.raises(errors.APIResponseValidationError, match=r"\$\.data\[0\]\.mobile\.verified"):
        sakari.contacts.list()


def _model_classes(package: str) -> list[type]:
    module = importlib.import_module(f"{package}.models")
    return [cls for cls in vars(module).values() if isinstance(cls, type) and hasattr(cls, "__tolerant__")]


def _open_schemas(node: object) -> int:
    """How many schemas of a spec say ``additionalProperties: true``: their objects take keys it does not name."""
    if isinstance(node, dict):
        return int(node.get("additionalProperties") is True) + sum(_open_schemas(value) for value in node.values())
    if isinstance(node, list):
        return sum(_open_schemas(value) for value in node)
    return 0


def _decode_with_an_unnamed_key(cls: type) -> DriftLog:
    """Decode ``{"customKey": ...}`` into ``cls`` as a tolerant client would (missing required fields kept so)."""
    log = DriftLog("test")
    with parsing(strict=False, log=log, operation_id="op"):
        lenient(cls)({"customKey": "custom value"})
    return log


@pytest.mark.parametrize("package", ["sakari_client", "highlevel_client"])
def test_objects_the_spec_leaves_open_take_any_key_without_drift_and_closed_ones_record_it(package: str) -> None:
    classes = _model_classes(package)
    spec = yaml.safe_load(importlib.resources.files(package).joinpath("openapi.yaml").read_text(encoding="utf-8"))
    open_classes = [cls for cls in classes if cls.__tolerant__.open]  # type: ignore[attr-defined]
    assert len(open_classes) == _open_schemas(spec) > 0
    for cls in classes:
        paths = {record.path for record in _decode_with_an_unnamed_key(cls).records}
        assert ("$.customKey" in paths) == (cls not in open_classes), cls.__name__


def test_a_sakari_contact_with_custom_attributes_parses_strictly_and_records_no_drift(
    tolerant_sakari: Sakari, service: Service
) -> None:
    body = copy.deepcopy(PAGE)
    body["data"][0]["attributes"] = {"company": "Acme", "plan": "gold", "seats": 12}
    service.default = lambda request: httpx.Response(200, json=body)
    page = tolerant_sakari.contacts.list()
    assert page.data[0].attributes.additional_properties == {"company": "Acme", "plan": "gold", "seats": 12}
    assert tolerant_sakari.drift.records == []
    strict = tolerant_sakari.with_options(strict_response_validation=True)
    assert strict.contacts.list().data[0].attributes["seats"] == 12
