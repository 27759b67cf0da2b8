"""Each ``example`` in the specs validates against its own schema, and parses into its generated model."""

from __future__ import annotations

import functools
import importlib
from enum import Enum
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from .conftest import same_json

SPECS = Path(__file__).resolve().parents[2] / "spec"
PACKAGES = {"sakari.yaml": "sakari_client", "highlevel.yaml": "highlevel_client"}


def _as_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema objects as JSON Schema: ``nullable`` becomes a ``null`` type."""
    if isinstance(node, list):
        return [_as_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _as_json_schema(value) for key, value in node.items() if not key.startswith("x-")}
    if converted.pop("nullable", False) and "type" in converted:
        converted["type"] = [converted["type"], "null"]
    return converted


def _examples() -> list[Any]:
    cases = []
    for spec_name, package in PACKAGES.items():
        spec = _spec(spec_name)
        for name, schema in spec["components"]["schemas"].items():
            cases.append(pytest.param(spec_name, package, name, id=f"{spec_name}:{name}"))
            assert "example" in schema, f"{spec_name}: schema {name} has no example"
    return cases


@functools.cache
def _spec(spec_name: str) -> Any:
    """A spec as committed, parsed once (the tests only read it)."""
    return yaml.safe_load((SPECS / spec_name).read_text(encoding="utf-8"))


@functools.cache
def _validators(spec_name: str) -> tuple[Any, Registry[Any]]:
    """A spec as JSON Schema, and the registry that resolves its references, built once."""
    document = _as_json_schema(_spec(spec_name))
    return document, Registry().with_resource("urn:spec", Resource(contents=document, specification=DRAFT4))


@pytest.mark.parametrize(("spec_name", "package", "name"), _examples())
def test_example_validates_against_its_schema(spec_name: str, package: str, name: str) -> None:
    document, registry = _validators(spec_name)
    schema = {"$ref": f"urn:spec#/components/schemas/{name}"}
    example = document["components"]["schemas"][name]["example"]
    jsonschema.Draft4Validator(schema, registry=registry).validate(example)


def _parameter_examples() -> list[Any]:
    """Every parameter that gives an example, where the path item, the operation or the components declare it."""
    cases = []
    for spec_name in PACKAGES:
        spec = _spec(spec_name)
        declared = [("components", parameter) for parameter in (spec["components"].get("parameters") or {}).values()]
        for path, item in spec["paths"].items():
            declared += [(path, parameter) for parameter in item.get("parameters", [])]
            for method, operation in item.items():
                if isinstance(operation, dict) and method != "parameters":
                    declared += [(f"{method} {path}", parameter) for parameter in operation.get("parameters", [])]
        cases += [
            pytest.param(spec_name, parameter, id=f"{spec_name}:{where}:{parameter['name']}")
            for where, parameter in declared
            if "example" in parameter
        ]
    return cases


@pytest.mark.parametrize(("spec_name", "parameter"), _parameter_examples())
def test_parameter_example_validates_against_its_schema(spec_name: str, parameter: dict[str, Any]) -> None:
    _, registry = _validators(spec_name)
    schema = _as_json_schema(parameter["schema"])
    jsonschema.Draft4Validator(schema, registry=registry).validate(parameter["example"])


def _is_inlined_union(schema: dict[str, Any]) -> bool:
    """A ``oneOf``/``anyOf`` of plain values, or a bare ``anyOf`` of types: the generator inlines it where it
    is used, with no class of its own (the models that use it parse their own examples)."""
    if "oneOf" in schema:
        return all(branch.get("type") not in ("object", None) for branch in schema["oneOf"])
    return "anyOf" in schema and "type" not in schema and "properties" not in schema


def _model_examples() -> list[Any]:
    return [
        case
        for case in _examples()
        if not _is_inlined_union(_spec(case.values[0])["components"]["schemas"][case.values[2]])
    ]


@pytest.mark.parametrize(("spec_name", "package", "name"), _model_examples())
def test_example_parses_into_its_model(spec_name: str, package: str, name: str) -> None:
    example = _spec(spec_name)["components"]["schemas"][name]["example"]
    model = getattr(importlib.import_module(f"{package}.models"), name)
    if issubclass(model, Enum):
        assert model(example).value == example
    else:
        assert same_json(model.from_dict(example).to_dict(), example)


def test_broken_example_is_caught() -> None:
    """The validation above can fail: a wrong type in an example is reported."""
    document = _as_json_schema(_spec("sakari.yaml"))
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource(contents=document, specification=DRAFT4))
    validator = jsonschema.Draft4Validator({"$ref": "urn:spec#/components/schemas/Mobile"}, registry=registry)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"valid": "yes"})
