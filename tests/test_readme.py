"""The README is the front page, and the operations reference (docs/pages/reference/operations.md) is complete.

The README's examples themselves are run and type-checked by tests/test_doc_examples.py, like every page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from highlevel_client import HighLevel
from sakari_client import Sakari

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
OPERATIONS = ROOT / "docs" / "pages" / "reference" / "operations.md"
README_MAX_LINES = 200


def operation_rows() -> list[tuple[str, str]]:
    """(facade call, operation id) of every row of the reference's operation table."""
    rows = []
    for line in OPERATIONS.read_text().splitlines():
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) == 3 and (operation := re.match(r"`(\w+)`", cells[1])):
            rows.append((cells[0], operation[1]))
    return rows


def spec_operations(name: str) -> set[str]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "spec" / name).read_text())
    return {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in {"get", "put", "post", "delete", "patch"}
    }


def test_the_readme_is_a_front_page_of_at_most_200_lines_linking_into_the_guides() -> None:
    readme = README.read_text()
    assert len(readme.splitlines()) <= README_MAX_LINES
    for link in re.findall(r"\]\(((?:docs|CONTRIBUTING|CHANGELOG)[^)#]*)", readme):
        assert (ROOT / link).is_file(), f"the README links to {link}, which does not exist"
    assert "docs/pages/quickstart.md" in readme and "CONTRIBUTING.md" in readme


@pytest.mark.parametrize("spec", ["sakari.yaml", "highlevel.yaml"])
def test_the_reference_table_names_every_operation_of_each_spec(spec: str) -> None:
    listed = {operation for _, operation in operation_rows()}
    missing = spec_operations(spec) - listed
    assert not missing, f"operations of spec/{spec} without a row in {OPERATIONS.relative_to(ROOT)}: {sorted(missing)}"


def test_every_facade_call_the_reference_names_exists() -> None:
    clients = {
        "sakari": Sakari(client_id="id", client_secret="secret", account_id="account"),
        "highlevel": HighLevel(token="token", location_id="location"),
    }
    named = 0
    for call, operation in operation_rows():
        path = re.match(r"`(sakari|highlevel)\.([\w.]+)\(", call)
        if path is None:
            continue
        target: object = clients[path[1]]
        for attribute in path[2].split("."):
            assert hasattr(target, attribute), f"{operation}: {call} names {attribute!r}, which does not exist"
            target = getattr(target, attribute)
        assert callable(target), call
        named += 1
    for client in clients.values():
        client.close()
    assert named >= 70
    assert "none yet" not in OPERATIONS.read_text()
