"""Answers that drift from the spec as real services' answers do (``X-Sandbox-Drift: 1``).

The drift is read from the answer's own schema, so it covers every operation: each object of the
answer gains an undocumented field, and among its documented string fields, in the spec's order,
the first free-form one becomes a number, the first enum one takes a value the spec does not list,
and the next one not marked nullable becomes ``null``. The same answer always drifts the same way.
Ids, the paging fields the spec's ``x-sdk-pagination`` names and the token answer never drift, so
pagers and authentication keep working while the client's tolerance is tested.
"""

from __future__ import annotations

from typing import Any

from ._service import Answer
from ._spec import MAX_DEPTH, Operation, Spec

EXTRA_FIELD = "sandboxDrift"
"""The undocumented field added to every object of a drifted answer."""
UNKNOWN_ENUM_VALUE = "sandbox-unknown-value"
NUMBER_FOR_STRING = 7


def drift(spec: Spec, operation: Operation, answer: Answer) -> Any:
    """The answer's body, drifted from the schema the spec documents for its status."""
    schema = spec.response_schema(operation, answer.status)
    if schema is None or operation.raw.get("x-sdk-internal"):
        return answer.body
    return _drift(spec, schema, answer.body, _protected(operation), 0)


def _protected(operation: Operation) -> frozenset[str]:
    names = {"id"}
    for role, value in operation.raw.get("x-sdk-pagination", {}).items():
        if role == "items":  # the page's items drift like any answer; their cursors and the page's meta do not
            continue
        names.update(item for item in (value if isinstance(value, list) else [value]) if isinstance(item, str))
    return frozenset(names)


def _drift(spec: Spec, schema: dict[str, Any], value: Any, protected: frozenset[str], depth: int) -> Any:
    if depth > MAX_DEPTH:
        return value
    schema = spec.resolve(schema)
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            for alternative in schema[combinator]:
                if not spec.errors(alternative, value, ""):
                    return _drift(spec, alternative, value, protected, depth + 1)
            return value
    if isinstance(value, list):
        return [_drift(spec, schema.get("items", {}), item, protected, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    return _drift_object(spec, schema, value, protected, depth)


def _drift_object(
    spec: Spec, schema: dict[str, Any], value: dict[str, Any], protected: frozenset[str], depth: int
) -> dict[str, Any]:
    properties, _ = spec.object_properties(schema)
    drifted = {
        key: _drift(spec, properties[key], item, protected, depth + 1)
        if key in properties and key not in protected
        else item
        for key, item in value.items()
    }
    _drift_strings(spec, properties, drifted, protected)
    drifted[EXTRA_FIELD] = {"undocumented": True}
    return drifted


def _drift_strings(spec: Spec, properties: dict[str, Any], drifted: dict[str, Any], protected: frozenset[str]) -> None:
    """Change the first free-form string to a number, the first enum to an unknown value, the next to null."""
    done: set[str] = set()
    for key, property_schema in properties.items():
        if key in protected or not isinstance(drifted.get(key), str):
            continue
        resolved = spec.resolve(property_schema)
        if "enum" in resolved:
            if "enum" not in done:
                drifted[key] = UNKNOWN_ENUM_VALUE
                done.add("enum")
        elif "number" not in done and "format" not in resolved:
            drifted[key] = NUMBER_FOR_STRING
            done.add("number")
        elif "null" not in done and not resolved.get("nullable"):
            drifted[key] = None
            done.add("null")
