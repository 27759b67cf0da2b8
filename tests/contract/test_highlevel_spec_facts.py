"""Facts from HighLevel's own descriptions that ``spec/highlevel.yaml`` must keep (issues 11 and 13)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from highlevel_client import models

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "highlevel.yaml").read_text(encoding="utf-8"))
REFERENCE = ROOT.parent / "shared" / "reference" / "highlevel"
RATE_HEADERS = {
    "X-RateLimit-Max",
    "X-RateLimit-Remaining",
    "X-RateLimit-Interval-Milliseconds",
    "X-RateLimit-Limit-Daily",
    "X-RateLimit-Daily-Remaining",
}
# `required` a source states (the token answers' userId), or that the generated pager needs for now.
SOURCED_REQUIRED = {
    "TokenResponse": ["userId"],
    "LocationTokenResponse": ["userId"],
    "SearchContactsResponse": ["contacts"],
    "ListContactsResponse": ["contacts"],
    # contacts.json marks these (UpdateTagsResponseDTO, ContactsBulkUpateResponse)
    "BulkTagsResponse": ["succeded", "errorCount", "responses"],
    "BusinessAssignmentResponse": ["success", "ids"],
}


def _operations() -> list[Any]:
    return [
        pytest.param(path, method, operation, id=operation["operationId"])
        for path, item in SPEC["paths"].items()
        for method, operation in item.items()
        if method in ("get", "post", "put", "delete", "patch")
    ]


def _resolve(node: dict[str, Any], kind: str) -> dict[str, Any]:
    while "$ref" in node:
        node = SPEC["components"][kind][node["$ref"].rsplit("/", 1)[-1]]
    return node


def test_rate_limit_headers_are_named_in_info() -> None:
    named = SPEC["info"]["x-sdk"]["rate-limit-headers"]
    assert set(named.values()) == RATE_HEADERS
    assert (named["limit"], named["remaining"], named["interval-ms"]) == (
        "X-RateLimit-Max",
        "X-RateLimit-Remaining",
        "X-RateLimit-Interval-Milliseconds",
    )


@pytest.mark.parametrize(("path", "method", "operation"), _operations())
def test_every_answer_declares_the_rate_limit_headers(path: str, method: str, operation: dict[str, Any]) -> None:
    for status, response in operation["responses"].items():
        declared = set(_resolve(response, "responses").get("headers", {}))
        assert declared == RATE_HEADERS, f"{method.upper()} {path} {status}"


@pytest.mark.parametrize(("path", "method", "operation"), _operations())
def test_every_operation_names_its_scope(path: str, method: str, operation: dict[str, Any]) -> None:
    scheme = SPEC["components"]["securitySchemes"]["bearer"]
    if operation.get("security") == []:
        assert path == "/oauth/token"  # the only call authenticated by its body
        return
    scopes = operation.get("x-sdk-scopes")
    assert scopes and set(scopes) <= set(scheme["x-scopes"]), f"{method.upper()} {path}"
    expected = "contacts.readonly" if method == "get" or path.startswith("/contacts/search") else "contacts.write"
    if path.startswith("/oauth/"):
        expected = "oauth.readonly" if method == "get" else "oauth.write"
    if path.startswith("/locations/"):
        # A location's definitions take the scope of their kind (the reference names it on the list and
        # the create; its reads and writes of one definition name none, so they take the same).
        kind = path.split("/")[3]
        expected = f"locations/{kind}.readonly" if method == "get" else f"locations/{kind}.write"
    assert scopes == [expected]


def test_bearer_format_and_scopes_match_scopes_md() -> None:
    scheme = SPEC["components"]["securitySchemes"]["bearer"]
    assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
    listed = REFERENCE / "Scopes.md"
    if listed.exists():
        text = listed.read_text(encoding="utf-8")
        for scope in scheme["x-scopes"]:
            assert f"| {scope} " in text, scope


@pytest.mark.parametrize(("path", "method", "operation"), _operations())
def test_no_unsourced_required_in_answers(path: str, method: str, operation: dict[str, Any]) -> None:
    for status, response in operation["responses"].items():
        if not status.startswith("2"):
            continue
        schema_ref = _resolve(response, "responses")["content"]["application/json"]["schema"]["$ref"]
        name = schema_ref.rsplit("/", 1)[-1]
        assert SPEC["components"]["schemas"][name].get("required", []) == SOURCED_REQUIRED.get(name, []), name


def test_deprecated_list_limit_defaults_to_20() -> None:
    parameters = SPEC["paths"]["/contacts/"]["get"]["parameters"]
    limit = next(parameter for parameter in parameters if parameter.get("name") == "limit")
    assert limit["schema"]["default"] == 20


def test_oauth_facts_for_the_token_manager() -> None:
    oauth = SPEC["info"]["x-sdk"]["oauth"]
    assert oauth["authorize-url"] == "https://marketplace.gohighlevel.com/v2/oauth/chooselocation"
    assert oauth["white-label-authorize-url"] == "https://marketplace.leadconnectorhq.com/v2/oauth/chooselocation"
    assert oauth["login-window-open-mode"] == {"parameter": "loginWindowOpenMode", "values": ["self"]}
    assert oauth["refresh-token-rotates"] is True
    operations = {
        operation["operationId"]: (path, operation) for path, _, operation in (p.values for p in _operations())
    }
    named = [oauth["token-operation"], oauth["location-token-operation"], oauth["installed-locations"]["operation"]]
    for operation_id in named:
        path, operation = operations[operation_id]
        assert path.startswith("/oauth/") and operation["tags"] == ["oauth"] and operation["x-sdk-internal"] is True
    token_body = SPEC["paths"]["/oauth/token"]["post"]["requestBody"]["content"]
    assert list(token_body) == ["application/x-www-form-urlencoded"]


def test_custom_field_input_takes_an_id_or_a_key() -> None:
    schema = SPEC["components"]["schemas"]["CustomFieldInput"]
    assert "required" not in schema and schema["x-sdk-required-one-of"] == ["id", "key"]
    assert models.CustomFieldInput(key="contact.colour").to_dict() == {"key": "contact.colour"}


def test_every_webhook_event_of_the_reference_has_a_marked_schema() -> None:
    marked = {
        schema["x-sdk-webhook-event"]: name
        for name, schema in SPEC["components"]["schemas"].items()
        if "x-sdk-webhook-event" in schema
    }
    folder = REFERENCE / "webhook-events"
    documented = {page.stem for page in folder.glob("*.md")} if folder.is_dir() else set(marked)
    assert set(marked) == documented
    for event_type, name in marked.items():
        assert name == f"{event_type}Event" and hasattr(models, name)


def test_oauth_secrets_are_marked_as_passwords() -> None:
    """``format: password`` tells the generator which fields must stay out of a repr."""
    schemas = SPEC["components"]["schemas"]
    secrets = {
        "TokenRequest": ("client_secret", "refresh_token"),
        "TokenResponse": ("access_token", "refresh_token"),
        "LocationTokenResponse": ("access_token",),
    }
    for name, fields in secrets.items():
        for field in fields:
            assert schemas[name]["properties"][field].get("format") == "password", f"{name}.{field}"
