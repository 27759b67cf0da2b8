"""Answers that break the spec are rejected with an error naming the JSON path, never accepted silently."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from highlevel_client.api.contacts import create_contact as highlevel_create_contact
from highlevel_client.errors import APIResponseValidationError as HighLevelValidationError
from highlevel_client.models import ApiVersion, CreateContactRequest
from sakari_client.api.contacts import list_contacts
from sakari_client.errors import APIResponseValidationError, DecodeError
from sakari_client.models import ContactsResponse

from .conftest import Recorder, exchange, load_sample


def _broken(mutate: Callable[[Any], None]) -> Any:
    body = load_sample("sakari_create_contact_response")
    mutate(body)
    return body


@pytest.mark.parametrize(
    ("mutate", "json_path", "expected"),
    [
        (
            lambda b: b["data"][0]["mobile"].update(valid="yes"),
            "$.data[0].mobile.valid",
            "expected boolean, got string",
        ),
        (
            lambda b: b["data"][0]["created"].update(at="07/11/2023"),
            "$.data[0].created.at",
            "expected RFC 3339 date-time string, got a malformed string",
        ),
        (
            lambda b: b["data"][0]["lists"][0].update(optIn="2023-11-07"),
            "$.data[0].lists[0].optIn",
            "malformed string",
        ),
        (lambda b: b["data"][0]["hubspot"].update(id="123"), "$.data[0].hubspot.id", "expected integer, got string"),
        (lambda b: b["data"][0]["hubspot"].update(id=True), "$.data[0].hubspot.id", "expected integer, got boolean"),
        (
            lambda b: b["data"][0]["lists"][0]["filter"]["attributes"][0].update(value=["a", 1]),
            "$.data[0].lists[0].filter.attributes[0].value[1]",
            "expected string, got integer",
        ),
        (
            lambda b: b["data"][0]["lists"][0]["filter"]["attributes"][0].update(value=["a", "b", None, None]),
            "$.data[0].lists[0].filter.attributes[0].value[2]",
            "expected string, got null",
        ),
        (lambda b: b.update(data={}), "$.data", "expected array, got object"),
        (lambda b: b["data"].append("contact"), "$.data[1]", "expected object, got string"),
        (
            lambda b: b["data"].extend([dict(b["data"][0]), dict(b["data"][0], tags=[{"tag": "a"}, {"tag": 7}])]),
            "$.data[2].tags[1].tag",
            "expected string, got integer",
        ),
        (lambda b: b.pop("pagination"), "$.pagination", "expected a value (required), got nothing"),
        (lambda b: b["data"][0].update(email=None), "$.data[0].email", "expected string, got null"),
    ],
)
def test_wrong_field_is_named_by_json_path(
    sakari_client: Callable[[Recorder], Any], mutate: Callable[[Any], None], json_path: str, expected: str
) -> None:
    client = sakari_client(Recorder(200, _broken(mutate)))
    with pytest.raises(APIResponseValidationError) as caught:
        exchange(list_contacts, "acc-1", client=client)
    assert caught.value.json_path == json_path
    assert expected in str(caught.value)
    assert json_path in str(caught.value)


def test_decode_error_from_models_directly() -> None:
    with pytest.raises(DecodeError) as caught:
        ContactsResponse.from_dict(_broken(lambda b: b["data"][0]["mobile"].update(valid="yes")))
    assert caught.value.path == ["data", 0, "mobile", "valid"]
    assert isinstance(caught.value, ValueError)


def test_error_message_never_shows_the_bad_value() -> None:
    with pytest.raises(DecodeError) as caught:
        ContactsResponse.from_dict(_broken(lambda b: b["data"][0].update(firstName=["secret-value"])))
    assert "secret-value" not in str(caught.value)


def test_success_body_that_is_not_json_is_rejected(sakari_client: Callable[[Recorder], Any]) -> None:
    client = sakari_client(Recorder(200, content=b"<html>maintenance</html>"))
    with pytest.raises(APIResponseValidationError, match="expected a JSON body, got a body that is not JSON"):
        exchange(list_contacts, "acc-1", client=client)


def test_error_body_that_does_not_match_gives_no_parsed_model(sakari_client: Callable[[Recorder], Any]) -> None:
    response = exchange(list_contacts, "acc-1", client=sakari_client(Recorder(502, content=b"<html>Bad gateway")))
    assert response.status_code == 502
    assert response.parsed is None
    assert response.content == b"<html>Bad gateway"


def test_status_outside_http_status_is_kept(sakari_client: Callable[[Recorder], Any]) -> None:
    response = exchange(list_contacts, "acc-1", client=sakari_client(Recorder(520, {"success": False})))
    assert response.status_code == 520


def test_highlevel_wrong_enum_type_is_named(highlevel_client: Callable[[Recorder], Any]) -> None:
    body = load_sample("highlevel_create_contact_response")
    body["contact"]["dndSettings"]["SMS"]["status"] = 3
    client = highlevel_client(Recorder(201, body))
    with pytest.raises(HighLevelValidationError) as caught:
        exchange(
            highlevel_create_contact,
            client=client,
            body=CreateContactRequest(location_id="l"),
            version=ApiVersion.V2021_07_28,
        )
    assert caught.value.json_path == "$.contact.dndSettings.SMS.status"


def test_unknown_enum_value_fails_strict_parsing(highlevel_client: Callable[[Recorder], Any]) -> None:
    body = load_sample("highlevel_create_contact_response")
    body["contact"]["dndSettings"]["SMS"]["status"] = "paused"
    with pytest.raises(HighLevelValidationError) as caught:
        exchange(
            highlevel_create_contact,
            client=highlevel_client(Recorder(201, body)),
            body=CreateContactRequest(location_id="l"),
            version=ApiVersion.V2021_07_28,
        )
    assert caught.value.json_path == "$.contact.dndSettings.SMS.status"
    assert "one of 'active'" in str(caught.value) and "paused" not in str(caught.value)


def test_integers_past_64_bits_keep_every_digit(sakari_client: Callable[[Recorder], Any]) -> None:
    body = load_sample("sakari_list_contacts_response")
    body["data"][0]["hubspot"]["id"] = 2**70 + 1
    parsed = exchange(list_contacts, "acc-1", client=sakari_client(Recorder(200, body))).parsed
    assert parsed.data[0].hubspot.id == 2**70 + 1
