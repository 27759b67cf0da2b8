"""The pytest plugin loads in a project without the sandbox extra, and says what to install when it is needed."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap
from pathlib import Path

OPTIONAL = ("starlette", "uvicorn", "jsonschema", "yaml")

RUNNER = textwrap.dedent(
    """
    import importlib.abc, sys

    BLOCKED = set(sys.argv[1].split(","))

    class BlockOptional(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, BlockOptional())
    import pytest

    code = pytest.main(sys.argv[2:])
    print("PLUGIN LOADED:", "contacts_sandbox.pytest_plugin" in sys.modules)
    print("OPTIONAL LOADED:", sorted({name.split(".")[0] for name in sys.modules} & BLOCKED))
    sys.exit(code)
    """
)


def _run(tmp_path: Path, test_source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_user.py").write_text(textwrap.dedent(test_source))
    (tmp_path / "runner.py").write_text(RUNNER)
    # Other installed plugins (schemathesis, hypothesis) import jsonschema or yaml themselves: leave them out.
    others = [
        f"-pno:{entry.name}"
        for entry in importlib.metadata.entry_points(group="pytest11")
        if entry.name != "contacts_sandbox"
    ]
    return subprocess.run(
        [sys.executable, "runner.py", ",".join(OPTIONAL), "-q", "-p", "no:cacheprovider", *others, "test_user.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_plugin_loads_without_the_sandbox_extra(tmp_path: Path) -> None:
    result = _run(tmp_path, "def test_plain():\n    assert 1 + 1 == 2\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PLUGIN LOADED: True" in result.stdout
    assert "OPTIONAL LOADED: []" in result.stdout


def test_a_sandbox_fixture_without_the_extra_names_it(tmp_path: Path) -> None:
    result = _run(tmp_path, "def test_uses(sakari_sandbox):\n    pass\n")
    assert result.returncode != 0
    assert 'pip install "contacts-sdk[sandbox]"' in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stdout
