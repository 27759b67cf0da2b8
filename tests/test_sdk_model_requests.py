"""Request plans (scripts/sdk/requests.py): what each endpoint's ``build_request`` takes, checks and sends, and
whether it may be resent."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from sdk.requests import Check, RequestPlan, idempotent, request_plan

from .test_sdk_model import SPECS, SdkModel, SpecError, model, operation, raw


def plan_of(sdk: SdkModel, operation_id: str) -> RequestPlan:
    return next(plan for _, e in sdk.endpoints() if (plan := request_plan(sdk, e)).operation_id == operation_id)


@pytest.mark.parametrize("package", sorted(SPECS))
def test_every_operation_that_may_create_is_never_resent(package: str) -> None:
    spec = raw(package)
    sdk = model(package)
    for _, endpoint in sdk.endpoints():
        plan = sdk.request_plan(endpoint)
        op = operation(spec, plan.operation_id)
        marked = bool(op.get("x-sdk-idempotent", False))
        safe_method = plan.method in {"GET", "PUT", "DELETE", "HEAD", "OPTIONS"}
        assert plan.idempotent == (safe_method or marked), plan.operation_id


def test_a_conditional_idempotency_tests_the_body() -> None:
    sdk = model("highlevel_client")
    upsert = next(sdk.request_plan(e) for _, e in sdk.endpoints() if str(e.name) == "upsert_contact")
    assert upsert.idempotent_expression == (
        "conditionally_idempotent(body, needs_any=('email', 'phone'), unless={'create_new_if_duplicate_allowed': True})"
    )
    spec = copy.deepcopy(raw("highlevel_client"))
    operation(spec, "upsertContact")["x-sdk-idempotent"] = {"when-body-has-any": ["mail"]}
    with pytest.raises(SpecError, match="names no body field"):
        model("highlevel_client", spec)


def test_path_parameters_each_stay_in_their_segment() -> None:
    sdk = model("sakari_client")
    plans = {sdk.request_plan(endpoint).operation_id: sdk.request_plan(endpoint) for _, endpoint in sdk.endpoints()}
    assert plans["getContact"].path_expression == (
        '/accounts/{path_segment("account_id", account_id)}/contacts/{path_segment("contact_id", contact_id)}'
    )
    for plan in plans.values():
        assert "{" not in plan.path_expression.replace("{path_segment(", "").replace(")}", "")


def test_ranges_become_checks_before_sending() -> None:
    sdk = model("sakari_client")
    plan = next(sdk.request_plan(e) for _, e in sdk.endpoints() if sdk.request_plan(e).operation_id == "listContacts")
    ranges = {(check.name, check.minimum, check.maximum) for check in plan.checks}
    assert ranges == {("offset", 0, None), ("limit", 1, 100)}


def test_x_sdk_idempotent_lets_a_post_be_resent() -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    operation(spec, "createTemplate")["x-sdk-idempotent"] = True
    marked = model("sakari_client", spec)
    endpoint = next(e for _, e in marked.endpoints() if str(e.name) == "create_template")
    assert idempotent(marked, endpoint) and plan_of(marked, "createTemplate").idempotent_expression == "True"
    assert plan_of(model("sakari_client"), "createTemplate").idempotent_expression == "False"


def test_a_conditional_idempotency_needs_a_json_body() -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    operation(spec, "deleteContact")["x-sdk-idempotent"] = {"when-body-has-any": ["email"]}
    with pytest.raises(SpecError, match="deleteContact: a conditional x-sdk-idempotent needs a JSON body"):
        model("sakari_client", spec)


def test_body_field_ranges_are_checked_on_the_body() -> None:
    plan = plan_of(model("highlevel_client"), "searchContacts")
    assert plan.body_checks == (
        Check("page_limit", "body.page_limit", 1, 500, on_body=True),
        Check("page", "body.page", 1, None, on_body=True),
    )
    assert not plan.parameter_checks
    listing = plan_of(model("sakari_client"), "listContacts")
    assert listing.parameter_checks == listing.checks and not listing.body_checks


def test_a_parameters_doc_says_its_range() -> None:
    docs = {argument.name: argument.doc for argument in plan_of(model("sakari_client"), "listContacts").arguments}
    assert docs["limit"].endswith("(1 to 100)") and docs["offset"].endswith("(at least 0)")
    assert "(" not in docs["email"]


def test_a_body_it_cannot_send_is_refused() -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    media = {"type": "object", "properties": {"media": {"type": "string", "format": "binary"}}}
    operation(spec, "shareFile")["requestBody"]["content"]["multipart/form-data"] = {"schema": media}
    with pytest.raises(SpecError, match="unsupported body multipart/form-data"):
        model("sakari_client", spec)
