"""The generator's decisions on answers (scripts/sdk/answers.py): each service's table of error bodies, and
the parsers of success answers its endpoint modules have."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from .test_sdk_model import SpecError, methods, model, operation, raw


def test_each_service_has_one_table_of_error_bodies_from_its_spec() -> None:
    sakari = {entry.status: entry.model for entry in model("sakari_client").error_bodies()}
    assert sakari == {'"4XX"': "ErrorResponse", '"5XX"': "ErrorResponse"}
    highlevel = {entry.status: entry.model for entry in model("highlevel_client").error_bodies()}
    assert highlevel == {
        "400": "BadRequestErrorBody",
        "401": "UnauthorizedErrorBody",
        "404": "BadRequestErrorBody",
        "422": "UnprocessableEntityErrorBody",
    }


def test_operations_that_disagree_on_an_error_body_are_a_spec_error(tmp_path: Path) -> None:
    spec = copy.deepcopy(raw("highlevel_client"))
    answers = operation(spec, "getContact")["responses"]
    answers["401"] = copy.deepcopy(answers["400"])
    with pytest.raises(SpecError, match=r"getContact: its 401 answer's body is a BadRequestErrorBody"):
        model("highlevel_client", spec, tmp_path)  # refused before anything is written


def test_a_one_of_answer_has_a_parser_per_model_for_the_method_that_names_it() -> None:
    sdk = model("sakari_client")
    found = methods(sdk)
    assert found["contacts.create"].parser == "parse_contacts_response"
    assert found["contacts.import_csv"].parser == "parse_contact_import_response"
    assert found["contacts.get"].parser == "parse_response"


@pytest.mark.parametrize("package", ["sakari_client", "highlevel_client"])
def test_every_facade_method_parses_with_a_function_its_endpoint_module_has(package: str) -> None:
    import importlib

    for name, method in methods(model(package)).items():
        tag = name.split(".")[0]
        module = importlib.import_module(f"{package}.api.{_api_folder(package, method.module)}.{method.module}")
        assert callable(getattr(module, method.parser)), (tag, method.parser)


def _api_folder(package: str, module: str) -> str:
    root = Path(__file__).resolve().parents[1] / "generated" / package / "api"
    return next(path.parent.name for path in root.rglob(f"{module}.py"))
