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
    # What items_json reads in the answers' JSON; a search also its total and items' cursor (iter_json goes on by them).
    search_wire = found["contacts.search"].paging.arguments["wire"]  # type: ignore[union-attr]
    assert search_wire == {"items": "contacts", "total": "total", "item-cursor": "searchAfter"}
    assert found["contacts.list"].paging.arguments["wire"] == {"items": "contacts"}  # type: ignore[union-attr]
    assert found["contacts.list"].deprecated


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
