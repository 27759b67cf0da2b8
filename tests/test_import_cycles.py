"""No import cycles among the project's own modules (src/ and generated/).

Python tolerates many cycles at run time, but each one is a seam that cannot be read or tested apart,
and an import moved inside a function or under ``TYPE_CHECKING`` only hides it: every import counts
here, wherever it is written.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping, Set
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_ROOTS = (ROOT / "src", ROOT / "generated")


def module_files(roots: Iterable[Path]) -> dict[str, Path]:
    """Every module of the project by dotted name (a package by the name of its ``__init__``)."""
    modules: dict[str, Path] = {}
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def imported_modules(module: str, path: Path, known: Set[str]) -> set[str]:
    """The project's modules that ``module`` imports anywhere in its text (functions, ``TYPE_CHECKING``)."""
    package = _package_of(module, path)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            # `from pkg import name` imports the submodule pkg.name when there is one, else pkg itself.
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in known else base)
    return {name for name in found if name in known and name != module}


def import_graph(modules: Mapping[str, Path]) -> dict[str, set[str]]:
    known = set(modules)
    return {module: imported_modules(module, path, known) for module, path in modules.items()}


def reachable(graph: Mapping[str, Set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for successor in graph[todo.pop()]:
            if successor not in seen:
                seen.add(successor)
                todo.append(successor)
    return seen


def strongly_connected(graph: Mapping[str, Set[str]]) -> list[list[str]]:
    """The groups of modules that each reach every other one of their group (a few hundred modules: plain
    reachability is quick and plainly right)."""
    reach = {module: reachable(graph, module) for module in graph}
    components = {
        tuple(sorted(other for other in reach[module] if module in reach[other]))
        for module in graph
        if module in reach[module]
    }
    return sorted(list(component) for component in components)


def one_cycle(graph: Mapping[str, Set[str]], component: list[str]) -> list[str]:
    """A shortest way from the component's first module back to itself, inside the component."""
    start, members = component[0], set(component)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for successor in sorted(graph[node] & members):
                if successor == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if successor not in came_from:
                    came_from[successor] = node
                    following.append(successor)
        frontier = following
    raise AssertionError(f"{component} is not strongly connected")


def describe_cycles(graph: Mapping[str, Set[str]]) -> list[str]:
    """Each tangle of modules that import one another, by its members and one cycle through them."""
    return [
        f"{', '.join(component)}: {' -> '.join(one_cycle(graph, component))}" for component in strongly_connected(graph)
    ]


def test_the_project_has_no_import_cycle() -> None:
    graph = import_graph(module_files(SOURCE_ROOTS))
    cycles = describe_cycles(graph)
    assert cycles == [], "import cycles (every import counts, in functions and TYPE_CHECKING too):\n" + "\n".join(
        cycles
    )


def _write(root: Path, files: Mapping[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_every_kind_of_import_counts_towards_a_cycle(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from .b import helper\n",
            "pkg/b.py": "def helper():\n    from . import c\n",
            "pkg/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n",
            "pkg/sub/__init__.py": "",
            "pkg/sub/d.py": "from ..e import thing\n",
            "pkg/e.py": "from pkg.sub import d\n",
            "pkg/leaf.py": "import json\nimport pkg\n",
        },
    )
    graph = import_graph(module_files([root]))
    assert graph["pkg.a"] == {"pkg.b"}
    assert graph["pkg.b"] == {"pkg.c"}  # `from . import c` names the submodule, not the package
    assert graph["pkg.c"] == {"pkg.a"}
    assert graph["pkg.sub.d"] == {"pkg.e"}
    assert graph["pkg.leaf"] == {"pkg"}  # the standard library is not the project's
    assert strongly_connected(graph) == [["pkg.a", "pkg.b", "pkg.c"], ["pkg.e", "pkg.sub.d"]]
    assert describe_cycles(graph) == [
        "pkg.a, pkg.b, pkg.c: pkg.a -> pkg.b -> pkg.c -> pkg.a",
        "pkg.e, pkg.sub.d: pkg.e -> pkg.sub.d -> pkg.e",
    ]


def test_a_graph_without_cycles_has_no_components(tmp_path: Path) -> None:
    root = _write(tmp_path, {"pkg/__init__.py": "from .a import x\n", "pkg/a.py": "from .b import y\n", "pkg/b.py": ""})
    graph = import_graph(module_files([root]))
    assert graph == {"pkg": {"pkg.a"}, "pkg.a": {"pkg.b"}, "pkg.b": set()}
    assert describe_cycles(graph) == []
