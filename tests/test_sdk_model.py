"""The generator's decisions, made in Python from the specs' x-sdk extensions (scripts/sdk_model.py)."""

from __future__ import annotations

import copy
import functools
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from generate import parse_spec  # noqa: E402
from sdk_model import SdkModel, SpecError  # noqa: E402

SPECS = {"sakari_client": "sakari.yaml", "highlevel_client": "highlevel.yaml"}


def raw(package: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "spec" / SPECS[package]).read_text(encoding="utf-8"))
    return loaded


def model(package: str, spec: dict[str, Any] | None = None, tmp: Path = Path("/nonexistent")) -> SdkModel:
    if spec is None and tmp == Path("/nonexistent"):
        return _committed_model(package)
    return parse_spec(spec or raw(package), package, ROOT / "spec" / SPECS[package], tmp)[2]


@functools.cache
def _committed_model(package: str) -> SdkModel:
    """The model of the spec as committed: parsed once, as the tests only read it."""
    return parse_spec(raw(package), package, ROOT / "spec" / SPECS[package], Path("/nonexistent"))[2]


def methods(sdk: SdkModel) -> dict[str, Any]:
    return {f"{resource.tag}.{method.name}": method for resource in sdk.resources() for method in resource.methods}


def operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for value in item.values():
            if isinstance(value, dict) and value.get("operationId") == operation_id:
                return value
    raise KeyError(operation_id)


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


def test_sakari_list_is_offset_paged_from_the_spec() -> None:
    listing = methods(model("sakari_client"))["contacts.list"]
    assert listing.paging is not None and listing.paging.style == "offset"
    values = listing.paging.arguments
    assert (values["offset_param"], values["has_next"], values["total"]) == ("offset", "has_next", "total_count")
    wire_names = {"items": "data", "meta": "pagination", "has-next": "hasNext", "total": "totalCount"}
    assert values["wire"] == wire_names  # what iter_json reads in the answers' JSON
    assert listing.sync_return == "SyncPage[ContactsResponse, Contact]"
    assert listing.async_return == "AsyncPaginator[ContactsResponse, Contact]"


def test_highlevel_search_pages_through_the_body_and_list_by_cursor() -> None:
    found = methods(model("highlevel_client"))
    assert found["contacts.search"].paging.style == "search"  # type: ignore[union-attr]
    assert found["contacts.search"].paging.arguments["window"] == 10000  # type: ignore[union-attr]
    assert found["contacts.list"].paging.style == "cursor"  # type: ignore[union-attr]
    for name in ("contacts.search", "contacts.list"):  # what items_json reads in the answers' JSON
        assert found[name].paging.arguments["wire"] == {"items": "contacts"}, name  # type: ignore[union-attr]
    assert found["contacts.list"].deprecated


def test_client_options_fill_parameters_and_body_fields() -> None:
    sdk = model("highlevel_client")
    assert {option.name: option.default for option in sdk.service.options} == {
        "location_id": None,
        "version": "2021-07-28",
    }
    create = methods(sdk)["contacts.create"]
    assert 'version=self._client.option("version", version)' in create.request_arguments
    assert create.body_option_fields == {"location_id": "location_id"}
    assert ("version", "str | None", "None") in [(a.name, a.annotation, a.default) for a in create.arguments]


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


def test_every_request_model_has_its_json_form_as_a_typed_dict() -> None:
    sdk = model("highlevel_client")
    params = {param.name: param for param in sdk.params()}
    search = {item.wire_name: item for item in params["SearchFilterParam"].fields}
    assert search["filters"].annotation == "list[SearchFilterParam]"  # a schema that refers to itself
    assert search["operator"].annotation.startswith('Literal["eq", "not_eq", "contains"')
    sort = {item.wire_name: item for item in params["SearchSortParam"].fields}
    assert sort["field"].required and sort["direction"].annotation == 'Literal["asc", "desc"]'
    odd = raw("highlevel_client")
    odd["components"]["schemas"]["SearchSort"]["properties"]["from"] = {"type": "string"}
    with pytest.raises(SpecError, match="SearchSort: the field 'from' cannot be a key"):
        model("highlevel_client", odd).params()
    search_method = methods(sdk)["contacts.search"]
    annotations = {argument.name: argument.annotation for argument in search_method.arguments}
    assert annotations["filters"] == "builtins.list[SearchFilter | SearchFilterParam] | Unset"
    assert "from ..params import SearchFilterParam" in search_method.imports
    sakari = methods(model("sakari_client"))["contacts.create"]
    sakari_annotations = {argument.name: argument.annotation for argument in sakari.arguments}
    assert sakari_annotations["attributes"] == "ContactAttributes | Mapping[str, Any] | Unset"  # open: any key
    assert sakari_annotations["body"] == "ContactRequest | ContactRequestParam | None"


def test_fields_every_answer_carries_are_required_in_answer_models_only() -> None:
    sdk = model("highlevel_client")
    for name, field in [("ContactDetail", "id"), ("CreateContactResponse", "contact"), ("SearchedContact", "id")]:
        assert field in [str(prop.python_name) for prop in sdk.models[name].required_properties], name
    marked = raw("highlevel_client")
    marked["components"]["schemas"]["CreateContactRequest"]["x-sdk-always-present"] = ["email"]
    with pytest.raises(SpecError, match="CreateContactRequest, which a request body uses"):
        model("highlevel_client", marked)
    unknown = raw("highlevel_client")
    unknown["components"]["schemas"]["ContactDetail"]["x-sdk-always-present"] = ["nickname"]
    with pytest.raises(SpecError, match="ContactDetail: x-sdk-always-present names nickname"):
        model("highlevel_client", unknown)


def test_internal_operations_have_no_facade_method() -> None:
    assert "authentication" not in {resource.tag for resource in model("sakari_client").resources()}
    assert model("sakari_client").service.token is not None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda op: op.pop("x-sdk-method"), "has no x-sdk-method"),
        (lambda op: op.__setitem__("x-sdk-pagination", {"style": "pages"}), "unknown x-sdk-pagination style"),
        (lambda op: op["x-sdk-pagination"].__setitem__("items", "nothing"), "is not a list of the answer"),
        (lambda op: op["x-sdk-pagination"].__setitem__("has-next", "more"), "names 'more', which Pagination lacks"),
        (lambda op: op["x-sdk-pagination"].__setitem__("limit-param", "size"), "limit-param 'size' is no parameter"),
    ],
)
def test_spec_errors_name_the_operation(change: Any, message: str) -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    change(operation(spec, "listContacts"))
    with pytest.raises(SpecError, match=message) as caught:
        model("sakari_client", spec)
    assert "listContacts" in str(caught.value)


def test_two_success_models_need_x_sdk_returns() -> None:
    spec = copy.deepcopy(raw("sakari_client"))
    operation(spec, "createContact").pop("x-sdk-returns")
    with pytest.raises(SpecError, match="x-sdk-returns"):
        model("sakari_client", spec)


def test_a_union_of_models_reports_the_alternative_that_got_furthest() -> None:
    from contacts_runtime._drift import decode_first_match
    from contacts_runtime.errors import DecodeError

    def shallow(value: object) -> object:
        raise DecodeError("object", value, "a")

    def deep(value: object) -> object:
        error = DecodeError("boolean", "x", "valid")
        error.path[0:0] = ["mobile"]
        raise error

    with pytest.raises(DecodeError) as caught:
        decode_first_match((shallow, deep, shallow), {})
    assert caught.value.json_path == "$.mobile.valid"
    assert decode_first_match((shallow, lambda value: "ok"), {}) == "ok"
