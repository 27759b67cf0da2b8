"""Facade methods (scripts/sdk/methods.py): a resource per tag, a method per operation and per non-JSON body, their
arguments and what they pass on to ``build_request``."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from sdk.methods import OPTIONS_ARGUMENTS, _refuse_clashes, resources
from sdk.requests import Argument

from .test_sdk_model import SpecError, methods, model, operation, raw


def test_a_csv_body_gets_its_own_method_returning_what_x_sdk_returns_names() -> None:
    found = methods(model("sakari_client"))
    assert found["contacts.import_csv"].file_content_type == "text/csv"
    assert found["contacts.import_csv"].result_type == "ContactImportResponse"
    assert found["contacts.create"].result_type == "ContactsResponse"
    assert not found["contacts.create"].idempotent and not found["contacts.import_csv"].idempotent


def test_a_required_body_without_fields_is_sent_as_an_empty_object_with_no_body_argument() -> None:
    found = methods(model("highlevel_client"))
    add = found["campaigns.add"]
    assert add.body_empty and add.body_model == "CampaignEnrollmentRequest"
    assert [argument.name for argument in add.arguments] == ["contact_id", "campaign_id", "version"]
    assert "body=body" in add.request_arguments
    every_other = [method for method in found.values() if method.body_model and method is not add]
    assert every_other and not any(method.body_empty for method in every_other)


def test_internal_operations_have_no_facade_method() -> None:
    assert "authentication" not in {resource.tag for resource in model("sakari_client").resources()}
    assert model("sakari_client").service.token is not None


def test_two_success_models_need_x_sdk_returns() -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    operation(spec, "createContact").pop("x-sdk-returns")
    with pytest.raises(SpecError, match="x-sdk-returns"):
        model("sakari_client", spec)


def test_a_file_method_takes_the_file_first_and_sends_it_read_whole() -> None:
    found = methods(model("sakari_client"))
    csv = found["contacts.import_csv"]
    assert [(argument.name, argument.keyword_only) for argument in csv.arguments][:2] == [
        ("file", False),
        ("account_id", True),
    ]
    assert csv.request_arguments == (
        'account_id=self._client.option("account_id", account_id)',
        "body=read_file(file)",
        "merge_strategy=merge_strategy",
    )
    create = found["contacts.create"]
    assert "body=body" in create.request_arguments and "file" not in [a.name for a in create.arguments]
    names = [argument.name for argument in create.arguments]
    assert names.index("merge_strategy") < names.index("body") < names.index("email")  # the body's fields come last


def test_resources_are_one_class_per_tag_by_tag() -> None:
    found = resources(model("sakari_client"))
    assert [resource.tag for resource in found] == sorted(resource.tag for resource in found)
    contacts = next(resource for resource in found if resource.tag == "contacts")
    assert contacts.class_name == "ContactsResource"
    assert [method.name for method in contacts.paged_methods] == ["list"]
    assert contacts.imports == sorted(contacts.imports)


@pytest.mark.parametrize(
    "names",
    [["limit", "limit"], ["self"], *([name] for name in OPTIONS_ARGUMENTS)],
)
def test_an_argument_named_twice_or_like_a_call_option_is_refused(names: list[str]) -> None:
    with pytest.raises(SpecError, match=rf"listThings: two arguments are named \['{names[0]}'\]"):
        _refuse_clashes("listThings", [Argument(name, "str") for name in ["account_id", *names]])
    _refuse_clashes("listThings", [Argument(name, "str") for name in ["account_id", "limit"]])


def _query(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string"}}


@pytest.mark.parametrize(
    ("operation_id", "parameter", "clash"),
    [("listContacts", "timeout", "timeout"), ("createContact", "email", "email")],
)
def test_a_spec_whose_arguments_clash_is_refused(operation_id: str, parameter: str, clash: str) -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    operation(spec, operation_id).setdefault("parameters", []).append(_query(parameter))
    with pytest.raises(SpecError, match=rf"{operation_id}: two arguments are named \['{clash}'\]"):
        model("sakari_client", spec).resources()


def test_a_body_of_another_type_needs_its_content_method() -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    operation(spec, "createContact").pop("x-sdk-content-methods")
    with pytest.raises(SpecError, match="createContact: no x-sdk-content-methods entry for text/csv"):
        model("sakari_client", spec)
