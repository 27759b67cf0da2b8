"""Hostile arguments: values outside an enum, numbers outside a range, CR/LF in header values.

Each is refused with a ``ValueError`` naming the argument before anything is sent (or, for a number
the spec does not bound, sent as it is).
"""

from __future__ import annotations

import enum
import inspect
import re
from typing import Any

import httpx
import pytest
from contacts_runtime.errors import APIError
from hypothesis import given
from hypothesis import strategies as st

from .operations import (
    Operation,
    Recorder,
    _members,
    client_for,
    minimal_arguments,
    openapi,
    operation_ids,
    operations,
    send,
)

_ALL = list(operations())


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _spec_parameters(operation: Operation) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for parameter in operation.spec.get("parameters", []):
        if "$ref" in parameter:
            parameter = openapi(operation.package)["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
        found[_snake(parameter["name"])] = parameter.get("schema", {})
    return found


def _typed(operation: Operation, wanted: type) -> list[str]:
    names = []
    for name, parameter in operation.signature().parameters.items():
        members = _members(parameter.annotation)
        if wanted is enum.Enum:
            if any(isinstance(member, type) and issubclass(member, enum.Enum) for member in members):
                names.append(name)
        elif wanted in members:
            names.append(name)
    return names


def _answer(_: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


def _refused_before_sending(operation: Operation, name: str, arguments: dict[str, Any]) -> None:
    recorder = Recorder(_answer, answer_tokens=operation.authenticated)
    with client_for(operation.package, recorder, strict=False) as client, pytest.raises(ValueError, match=f"`{name}`"):
        send(client, operation, arguments)
    assert recorder.api_requests == []


_WITH_ENUMS = [pytest.param(op, id=op.name) for op in _ALL if _typed(op, enum.Enum)]
_WITH_INTS = [op for op in _ALL if _typed(op, int)]


@pytest.mark.parametrize("operation", _WITH_ENUMS)
@given(outsider=st.text(max_size=30))
def test_an_enum_argument_outside_its_enum_is_refused(operation: Operation, outsider: str) -> None:
    for name in _typed(operation, enum.Enum):
        annotation = operation.signature().parameters[name].annotation
        enum_class = next(m for m in _members(annotation) if isinstance(m, type) and issubclass(m, enum.Enum))
        if outsider in {member.value for member in enum_class}:
            continue
        _refused_before_sending(operation, name, {**minimal_arguments(operation), name: outsider})


@pytest.mark.parametrize("operation", _WITH_INTS, ids=operation_ids(_WITH_INTS))
@pytest.mark.parametrize("huge", [10**100, -(10**100), 2**63, -1], ids=["googol", "minus-googol", "2^63", "-1"])
def test_a_number_outside_the_spec_range_is_refused(operation: Operation, huge: int) -> None:
    bounds = _spec_parameters(operation)
    for name in _typed(operation, int):
        schema = bounds.get(name, {})
        arguments = {**minimal_arguments(operation), name: huge}
        outside = ("minimum" in schema and huge < schema["minimum"]) or (
            "maximum" in schema and huge > schema["maximum"]
        )
        if outside:
            _refused_before_sending(operation, name, arguments)
        else:
            assert operation.build_request(**arguments).params  # an unbounded number is sent as it is


HEADER_INJECTIONS = ["a\r\nX-Injected: 1", "a\nX-Injected: 1", "a\rb", "a\x00b"]


@pytest.mark.parametrize("package", ["sakari_client", "highlevel_client"])
@pytest.mark.parametrize("value", HEADER_INJECTIONS, ids=range(len(HEADER_INJECTIONS)))
def test_a_header_value_with_a_line_break_never_reaches_the_wire(package: str, value: str) -> None:
    operation = next(op for op in _ALL if op.package == package and op.operation_id == "getContact")
    recorder = Recorder(_answer)
    with client_for(package, recorder, strict=False) as client:
        request = operation.build_request(**minimal_arguments(operation))
        try:
            client.request(request, operation.parse_response, _options(value))
        except (ValueError, APIError) as refused:
            assert "X-Trace" in str(refused) or "header" in str(refused).lower(), refused
    for sent in recorder.api_requests:
        for header_value in sent.headers.values():
            assert not set(header_value) & {"\r", "\n", "\x00"}, f"sent {header_value!r}"


def _options(value: str) -> Any:
    from contacts_runtime import RequestOptions

    return RequestOptions(extra_headers={"X-Trace": value})


@pytest.mark.parametrize("value", HEADER_INJECTIONS, ids=range(len(HEADER_INJECTIONS)))
def test_a_version_with_a_line_break_is_refused(value: str) -> None:
    operation = next(op for op in _ALL if op.package == "highlevel_client" and op.operation_id == "getContact")
    assert "version" in inspect.signature(operation.build_request).parameters
    _refused_before_sending(operation, "version", {**minimal_arguments(operation), "version": value})
