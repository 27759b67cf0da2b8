"""The runtime's modules import each other without cycles, counting every import: at module level,
inside functions and under ``TYPE_CHECKING`` alike."""

from __future__ import annotations

import ast
from pathlib import Path

RUNTIME = Path(__file__).resolve().parents[2] / "src" / "contacts_runtime"


def _imports() -> dict[str, set[str]]:
    """Each runtime module and the runtime modules it imports anywhere in its text."""
    modules = {path.stem for path in RUNTIME.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in RUNTIME.glob("*.py"):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                found |= {node.module.split(".")[0]} if node.module else {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("contacts_runtime."):
                found.add((node.module or "").split(".")[1])
        graph[path.stem] = found & modules
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    def visit(module: str, path: list[str]) -> list[str] | None:
        for imported in sorted(graph[module]):
            if imported in path:
                return [*path[path.index(imported) :], imported]
            if imported not in done and (found := visit(imported, [*path, imported])) is not None:
                return found
        done.add(module)
        return None

    done: set[str] = set()
    for module in sorted(graph):
        if (found := visit(module, [module])) is not None:
            return found
    return None


def test_no_runtime_module_imports_itself_back_through_others() -> None:
    assert _cycle(_imports()) is None


def test_pages_name_their_client_by_a_protocol_and_the_client_imports_pages_at_module_level() -> None:
    graph = _imports()
    assert "_base_client" not in graph["_pagination"]
    tree = ast.parse((RUNTIME / "_base_client.py").read_text(encoding="utf-8"))
    top_level = {node.module for node in tree.body if isinstance(node, ast.ImportFrom)}
    assert "_pagination" in top_level


def test_a_cycle_is_found_where_there_is_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"b"}}) is None
