"""`pip install .` gives one distribution holding both typed packages."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_holds_both_packages_with_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("contacts_sdk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("sakari_client", "highlevel_client"):
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
        assert f"{package}/_client.py" in names
        assert f"{package}/models/contact.py" in names
        assert f"{package}/openapi.yaml" in names  # the sandbox serves the spec that ships with its client
    assert "contacts_sandbox/pytest_plugin.py" in names
    assert "contacts_cli/_app.py" in names and "contacts_cli/__main__.py" in names
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "contacts-sandbox = contacts_sandbox._server:main" in text
    assert "contacts-sdk = contacts_cli._app:main" in text
    assert "contacts_sandbox = contacts_sandbox.pytest_plugin" in text
    assert not any(name.startswith(("tests/", "spec/", "templates/", "generated/")) for name in names)
