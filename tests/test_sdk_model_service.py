"""The service's facts (scripts/sdk/service.py): client options, the security scheme and its token operation,
webhooks."""

from __future__ import annotations

import copy
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from sdk.service import client_options, token_operation, webhooks

from .test_sdk_model import SpecError, methods, model, raw


def test_client_options_fill_parameters_and_body_fields() -> None:
    sdk = model("highlevel_client")
    assert {option.name: option.default for option in client_options(sdk)} == {
        "location_id": None,
        "version": "2021-07-28",
    }
    assert sdk.service.options == client_options(sdk)
    create = methods(sdk)["contacts.create"]
    assert 'version=self._client.option("version", version)' in create.request_arguments
    assert create.body_option_fields == {"location_id": "location_id"}
    assert ("version", "str | None", "None") in [(a.name, a.annotation, a.default) for a in create.arguments]
    assert [option.name for option in client_options(model("sakari_client"))] == ["account_id"]


def test_the_token_operation_is_found_outside_the_servers_path() -> None:
    sdk = model("sakari_client")
    token = sdk.service.token
    assert token is not None and sdk.service.client_credentials
    assert (token.module, token.tag, token.path) == ("fetch_token", "authentication", "../oauth2/token")
    assert (token.request_model, token.response_model) == ("TokenRequest", "TokenResponse")
    assert token_operation(sdk, "/v1/oauth2/token", "/v1") == replace(token, path="oauth2/token")
    with pytest.raises(SpecError, match="no operation serves the token URL path /v1/other"):
        token_operation(sdk, "/v1/other", "/v1")
    highlevel = model("highlevel_client").service
    assert highlevel.token is None and not highlevel.client_credentials


def _two_schemes(spec: dict[str, Any]) -> None:
    spec["components"]["securitySchemes"]["other"] = {"type": "http", "scheme": "bearer"}


def _api_key(spec: dict[str, Any]) -> None:
    spec["components"]["securitySchemes"]["sakari_auth"] = {"type": "apiKey", "in": "header", "name": "X-Key"}


def _authorization_code_only(spec: dict[str, Any]) -> None:
    flows = spec["components"]["securitySchemes"]["sakari_auth"]["flows"]
    flows["authorizationCode"] = {
        "authorizationUrl": "https://api.sakari.io/authorize",
        **flows.pop("clientCredentials"),
    }


def _token_url_nowhere(spec: dict[str, Any]) -> None:
    spec["components"]["securitySchemes"]["sakari_auth"]["flows"]["clientCredentials"]["tokenUrl"] = (
        "https://api.sakari.io/nowhere"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda spec: spec["info"].pop("x-sdk"), "info.x-sdk is missing"),
        (_two_schemes, "exactly one security scheme"),
        (_api_key, "unsupported security scheme apiKey"),
        (_authorization_code_only, "needs a clientCredentials flow"),
        (_token_url_nowhere, "no operation serves the token URL path /nowhere"),
    ],
)
def test_a_service_the_client_cannot_serve_is_refused(change: Any, message: str) -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    change(spec)
    with pytest.raises(SpecError, match=message):
        model("sakari_client", spec)


def test_webhook_events_are_the_marked_schemas_sorted_by_type() -> None:
    sdk = model("highlevel_client")
    found = webhooks(sdk, {"runtime": "highlevel", "function": "verify"})
    assert found is not None and found == sdk.service.webhooks
    types = [event.type for event in found.events]
    assert types and types == sorted(types)
    for event in found.events:
        assert sdk.models[event.model].data.model_extra["x-sdk-webhook-event"] == event.type
    assert webhooks(sdk, None) is None and webhooks(sdk, {}) is None
    with pytest.raises(SpecError, match="function is parse or verify"):
        webhooks(sdk, {"runtime": "highlevel", "function": "sign"})


def test_webhooks_without_a_marked_event_schema_are_refused() -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    for schema in spec["components"]["schemas"].values():
        schema.pop("x-sdk-webhook-event", None)
    with pytest.raises(SpecError, match="no schema is marked x-sdk-webhook-event"):
        model("sakari_client", spec)
