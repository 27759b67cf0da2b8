"""Turn a client's drift dump into the spec changes to consider.

    python scripts/drift_report.py dump.json            # or: make drift-report DRIFT=dump.json

``dump.json`` is what ``client.drift.to_json()`` wrote. For each record the report names the spec file,
the schema and property the answer left (with the line of the property, or of the schema for a field
the spec does not name), and what to change: allow null, add the field, add the enum value, or widen
the type. Records name JSON types only, so the report never holds an answer's values.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = (ROOT / "spec" / "sakari.yaml", ROOT / "spec" / "highlevel.yaml")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
JSON_TYPES = {"string", "integer", "number", "boolean", "array", "object"}


@dataclass(frozen=True)
class Suggestion:
    spec: str
    operation_id: str
    path: str
    schema: str
    property: str
    line: int
    change: str
    count: int

    def __str__(self) -> str:
        return (
            f"{self.spec}:{self.line}: {self.schema}.{self.property} ({self.operation_id} {self.path}, "
            f"seen {self.count}x): {self.change}"
        )


class _Spec:
    """One spec file: its data, and the line of every mapping key (from the YAML nodes)."""

    def __init__(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        self.path = path
        self.data: dict[str, Any] = yaml.safe_load(text)
        self.lines: dict[tuple[str, ...], int] = {}
        self._index(yaml.compose(text), ())

    def _index(self, node: Any, where: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                self.lines[(*where, key.value)] = key.start_mark.line + 1
                self._index(value, (*where, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                self._index(value, (*where, str(index)))

    def operation(self, operation_id: str) -> dict[str, Any] | None:
        for item in self.data.get("paths", {}).values():
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    return operation
        return None

    def resolve(self, node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        """(component name, schema) of a schema that may be a ``$ref``."""
        name = None
        while "$ref" in node:
            reference = node["$ref"]
            parts = reference.lstrip("#/").split("/")
            target: Any = self.data
            for part in parts:
                target = target[part]
            if parts[:2] == ["components", "schemas"]:
                name = parts[2]
            elif parts[:2] == ["components", "responses"]:
                contents: list[dict[str, Any]] = list(target.get("content", {}).values())
                target = contents[0].get("schema", {}) if contents else {}
            node = target
        return name, node

    def properties(self, schema: dict[str, Any], owner: str | None) -> dict[str, tuple[str | None, dict[str, Any]]]:
        found: dict[str, tuple[str | None, dict[str, Any]]] = {}
        for part in schema.get("allOf", []):
            part_owner, part_schema = self.resolve(part)
            found.update(self.properties(part_schema, part_owner or owner))
        for key, value in (schema.get("properties") or {}).items():
            found[key] = (owner, value)
        return found


_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[\*\]|\[(\"(?:[^\"\\]|\\.)*\")\]")


def _steps(path: str) -> list[str | None]:
    """The steps of a folded JSON path: field names, and ``None`` for ``[*]``."""
    steps: list[str | None] = []
    for match in _STEP.finditer(path[1:]):
        if match.group(1):
            steps.append(match.group(1))
        elif match.group(2):
            steps.append(json.loads(match.group(2)))
        else:
            steps.append(None)
    return steps


def _answer_schema(spec: _Spec, operation: dict[str, Any]) -> tuple[str | None, dict[str, Any]] | None:
    for status, answer in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            _, answer = spec.resolve(answer) if "$ref" in answer and "content" not in answer else (None, answer)
            content = answer.get("content", {}).get("application/json", {})
            if "schema" in content:
                return spec.resolve(content["schema"])
    return None


def _change(expected: str, received: str, schema: dict[str, Any]) -> str:
    if expected.startswith("no field of this name"):
        kind = received if received in JSON_TYPES else "its JSON type"
        return f"add the field (the service sends it, as {kind})"
    if received == "null":
        return "allow null (nullable: true)"
    if expected.startswith("one of") or "enum" in schema:
        return "add the enum value the service sends (records keep no values: look it up in a captured answer)"
    if expected.startswith("a value (required)"):
        return "drop it from `required` (the service leaves it out)"
    return f"widen the type: documented {expected}, the service sends {received}"


def suggest(dump: dict[str, Any], specs: tuple[Path, ...] = SPECS) -> list[Suggestion]:
    """One suggestion per drift record, in the order of the dump; records no spec knows are skipped."""
    loaded = [_Spec(path) for path in specs]
    found = []
    for record in dump.get("records", []):
        for spec in loaded:
            operation = spec.operation(record["operation_id"])
            if operation is None:
                continue
            suggestion = _locate(spec, operation, record)
            if suggestion is not None:
                found.append(suggestion)
            break
    return found


def _locate(spec: _Spec, operation: dict[str, Any], record: dict[str, Any]) -> Suggestion | None:
    start = _answer_schema(spec, operation)
    if start is None:
        return None
    owner, schema = start
    steps = _steps(record["path"])
    for index, step in enumerate(steps):
        if step is None:
            item_owner, schema = spec.resolve(schema.get("items", {}))
            owner = item_owner or owner
            continue
        properties = spec.properties(schema, owner)
        last = index == len(steps) - 1
        if step not in properties:
            if not last:
                return None
            line = spec.lines.get(("components", "schemas", owner or ""), 0)
            change = _change(record["expected"], record["received"], {})
            return _suggestion(spec, record, owner, step, line, change)
        property_owner, property_schema = properties[step]
        if last:
            line = spec.lines.get(("components", "schemas", property_owner or "", "properties", step), 0)
            _, resolved = spec.resolve(property_schema)
            change = _change(record["expected"], record["received"], resolved)
            return _suggestion(spec, record, property_owner, step, line, change)
        name_owner, schema = spec.resolve(property_schema)
        owner = name_owner or property_owner
    return None


def _suggestion(
    spec: _Spec, record: dict[str, Any], owner: str | None, step: str, line: int, change: str
) -> Suggestion:
    return Suggestion(
        spec=str(spec.path.relative_to(ROOT)) if spec.path.is_relative_to(ROOT) else str(spec.path),
        operation_id=record["operation_id"],
        path=record["path"],
        schema=owner or "(inline)",
        property=step,
        line=line,
        change=change,
        count=int(record.get("count", 1)),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dump", type=Path, help="what client.drift.to_json() wrote")
    args = parser.parse_args()
    suggestions = suggest(json.loads(args.dump.read_text(encoding="utf-8")))
    for suggestion in suggestions:
        print(suggestion)
    if not suggestions:
        print("no drift to report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
