"""Sakari's own description (``../shared/reference/sakari``) against our spec and generated models.

Every operation of the reference is in our spec at the same method and path. Each request body its
samples send, and an answer with every field its answer schemas describe (their example values where
they give one), validate against our spec and go through the generated model and back losslessly.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from contacts_sandbox._spec import Spec, load_spec

from .conftest import same_json

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "sakari" / "ballerina-openapi.yaml"
pytestmark = pytest.mark.skipif(
    not REFERENCE.is_file(), reason="Sakari's reference description is not beside this checkout"
)

# The reference's operation ids, by ours.
OPERATIONS = {
    "auth.token": "fetchToken",
    "fetchAllContacts": "listContacts",
    "createContact": "createContact",
    "fetchContact": "getContact",
    "contacts.update": "updateContact",
    "removeContact": "deleteContact",
    "fetchAllMessages": "listMessages",
    "sendMessage": "sendMessage",
    "fetchMessages": "getMessage",
    "fetchAllTemplates": "listTemplates",
    "createTemplate": "createTemplate",
    "fetchTemplate": "getTemplate",
    "updateTemplate": "updateTemplate",
    "removeTemplate": "deleteTemplate",
    "fetchAllCampaigns": "listCampaigns",
    "createCampaigns": "createCampaign",
    "fetchCampaign": "getCampaign",
    "updateCampaign": "updateCampaign",
    "removeCampaign": "deleteCampaign",
    "fetchAllConversations": "listConversations",
    "fetchConversation": "getConversation",
    "closeConversation": "closeConversation",
    "shareFile": "shareFile",
    "fetchAllWebhooks": "listWebhooks",
    "subscribeWebhooks": "subscribeWebhook",
    "unsubscribeWebhooks": "unsubscribeWebhook",
}
# Samples whose body our spec deliberately does not take, and why (the spec's descriptions say so too).
BODIES_NOT_TAKEN = {
    "fetchAllWebhooks": "the reference's samples send a body with a GET",
}
SAMPLE_BODY = re.compile(r"-d '(.*?)'\s*$", re.DOTALL)


@functools.cache
def _reference() -> dict[str, Any]:
    """Sakari's description, parsed once (the tests only read it)."""
    document: dict[str, Any] = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
    return document


def _reference_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    if not REFERENCE.is_file():
        return {}
    found = {}
    for path, item in _reference()["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method, path, operation)
    return found


OURS = Spec(load_spec("sakari_client"))
BY_ID = {operation.operation_id: operation for operation in OURS.operations}
MODELS = importlib.import_module("sakari_client.models")


def _schema_name(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[-1])
    return str(schema["oneOf"][0]["$ref"].rsplit("/", 1)[-1])  # createContact: the JSON body's answer


def _round_trips(schema_name: str, value: Any) -> None:
    problems = OURS.errors({"$ref": f"#/components/schemas/{schema_name}"}, value, schema_name)
    assert problems == []
    model = getattr(MODELS, schema_name)
    assert same_json(model.from_dict(value).to_dict(), value)


def test_every_reference_operation_is_in_our_spec_at_the_same_place() -> None:
    reference = _reference_operations()
    assert len(reference) == 26 and set(reference) == set(OPERATIONS)
    base = "/v1"
    for reference_id, (method, path, _) in reference.items():
        ours = BY_ID[OPERATIONS[reference_id]]
        expected_path = path if path.startswith("/oauth2") else base + path
        reference_method = method.upper()
        assert (ours.method, ours.path) == (reference_method, expected_path), reference_id


def _sample_bodies() -> list[Any]:
    cases = []
    for reference_id, (_, _, operation) in _reference_operations().items():
        for sample in operation.get("x-code-samples", []):
            found = SAMPLE_BODY.search(sample["source"]) if sample["lang"] == "CURL" else None
            if found:
                cases.append(pytest.param(reference_id, json.loads(found.group(1)), id=reference_id))
    return cases


@pytest.mark.parametrize(("reference_id", "body"), _sample_bodies())
def test_sample_request_bodies_fit_our_request_models(reference_id: str, body: Any) -> None:
    ours = BY_ID[OPERATIONS[reference_id]]
    if reference_id in BODIES_NOT_TAKEN:
        assert "application/json" not in ours.body_schemas
        return
    _round_trips(_schema_name(ours.body_schemas["application/json"]), body)


def test_the_sample_bodies_cover_the_operations_that_take_one() -> None:
    covered = {case.values[0] for case in _sample_bodies()}
    assert {"sendMessage", "createTemplate", "updateTemplate", "createCampaigns", "updateCampaign"} <= covered
    assert {"subscribeWebhooks", "createContact", "contacts.update"} <= covered


PLACEHOLDERS = {"string": "text", "integer": 7, "number": 1.5, "boolean": True}
FORMATTED = {"date-time": "2023-11-07T05:31:56Z", "uri": "https://example.test/hook"}


def _instance(schema: dict[str, Any], schemas: dict[str, Any], seen: frozenset[str] = frozenset()) -> Any:
    """A value with every field a reference schema describes: its example value where it gives one, else a
    value of its type (a loop of references stops at the second visit)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return None if name in seen else _instance(schemas[name], schemas, seen | {name})
    if "example" in schema:
        return schema["example"]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(_instance(part, schemas, seen) or {})
        return merged
    if "oneOf" in schema:
        return _instance(schema["oneOf"][0], schemas, seen)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "array":
        item = _instance(schema.get("items", {}), schemas, seen)
        return [] if item is None else [item]
    if kind == "object":
        found = {}
        for name, part in (schema.get("properties") or {}).items():
            value = _instance(part, schemas, seen)
            if value is not None:
                found[name] = value
        return found
    return FORMATTED.get(schema.get("format", ""), PLACEHOLDERS[kind])


def _answers() -> list[Any]:
    cases = []
    for reference_id, (_, _, operation) in _reference_operations().items():
        for status, response in operation.get("responses", {}).items():
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if str(status).startswith("2") and schema is not None:
                cases.append(pytest.param(reference_id, int(status), schema, id=f"{reference_id}-{status}"))
    return cases


@pytest.mark.parametrize(("reference_id", "status", "schema"), _answers())
def test_answers_built_from_reference_examples_fit_our_answer_models(
    reference_id: str, status: int, schema: dict[str, Any]
) -> None:
    answer = _instance(schema, _reference()["components"]["schemas"])
    ours = BY_ID[OPERATIONS[reference_id]]
    our_schema = OURS.response_schema(ours, status)
    assert our_schema is not None, f"{reference_id} answers {status} in the reference, not in our spec"
    if "$ref" not in our_schema and "oneOf" not in our_schema:
        pytest.fail(f"{reference_id}: our answer schema is inline")
    _round_trips(_schema_name(our_schema), answer)


def test_some_built_answers_carry_reference_values() -> None:
    schemas = _reference()["components"]["schemas"]
    message = _instance({"$ref": "#/components/schemas/MessagesResponse"}, schemas)
    assert message["data"][0]["phoneNumber"] == "+1234567890"
    assert message["data"][0]["contact"]["mobile"]["number"] == "123-456-7890"
    _round_trips("MessagesResponse", message)


def test_the_reference_documents_unsubscribe_as_an_empty_204() -> None:
    _, _, operation = _reference_operations()["unsubscribeWebhooks"]
    assert "content" not in operation["responses"][204]
    assert "content" not in BY_ID["unsubscribeWebhook"].responses["204"]


# --- what the spec promises the generator and the runtime, independently of the reference -----------


def test_sending_is_never_marked_idempotent_and_says_it_is_not_retried() -> None:
    send = BY_ID["sendMessage"].raw
    assert "x-sdk-idempotent" not in send
    assert "never retries this call once the request may" in " ".join(send["description"].split())
    assert send["security"] == [{"sakari_auth": ["messages:send"]}]


def test_every_new_list_pages_like_contacts() -> None:
    style = BY_ID["listContacts"].raw["x-sdk-pagination"]
    for operation_id in ("listMessages", "listTemplates", "listCampaigns", "listConversations"):
        assert BY_ID[operation_id].raw["x-sdk-pagination"] == style, operation_id


def test_webhook_event_schemas_are_marked_for_the_generator() -> None:
    schemas = OURS.document["components"]["schemas"]
    marked = {
        schema["x-sdk-webhook-event"]: name for name, schema in schemas.items() if "x-sdk-webhook-event" in schema
    }
    assert marked == {
        "messageStatus": "MessageStatusEvent",
        "messageIncoming": "MessageIncomingEvent",
        "account": "AccountEvent",
    }
    assert set(marked) == set(schemas["EventType"]["enum"])


def test_the_unsubscribe_url_is_percent_encoded_into_one_segment() -> None:
    from sakari_client.api.webhooks import unsubscribe_webhook

    request = unsubscribe_webhook.build_request(account_id="a/../b", url_path="https://x.test/h/../../contacts?q=1#f")
    assert request.path == "/accounts/a%2F..%2Fb/webhooks/https%3A%2F%2Fx.test%2Fh%2F..%2F..%2Fcontacts%3Fq%3D1%23f"
    path_item = OURS.document["paths"]["/accounts/{accountId}/webhooks/{url}"]
    url_parameter = next(parameter for parameter in path_item["parameters"] if parameter.get("name") == "url")
    assert url_parameter["x-sdk-path-segment"] == "whole-url"
