"""The README's usage example, run as a reader would: twice in a row against one sandbox, and under mypy --strict."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from contacts_sandbox import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, Sandbox, SandboxServer

ROOT = Path(__file__).resolve().parents[1]


def usage_example() -> str:
    """The first Python block of the README's Usage section."""
    usage = (ROOT / "README.md").read_text().split("\n## Usage\n", 1)[1]
    block = re.search(r"```python\n(.*?)```", usage, flags=re.DOTALL)
    assert block is not None, "the Usage section has no python block"
    return block[1]


def test_usage_example_runs_twice_against_one_sandbox(
    contacts_sandbox_server: SandboxServer,
    contacts_sandbox: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in {
        "SAKARI_BASE_URL": contacts_sandbox_server.sakari_base_url,
        "SAKARI_CLIENT_ID": SAKARI_CLIENT_ID,
        "SAKARI_CLIENT_SECRET": SAKARI_CLIENT_SECRET,
        "SAKARI_ACCOUNT_ID": "readme-account",
        "HIGHLEVEL_BASE_URL": contacts_sandbox_server.highlevel_base_url,
        "HIGHLEVEL_TOKEN": HIGHLEVEL_TOKEN,
        "HIGHLEVEL_LOCATION_ID": "readme-location",
    }.items():
        monkeypatch.setenv(name, value)
    code = compile(usage_example(), "README.md (Usage)", "exec")

    exec(code, {"__name__": "__readme__"})
    first = capsys.readouterr().out.splitlines()
    exec(code, {"__name__": "__readme__"})
    second = capsys.readouterr().out.splitlines()

    # The same contacts, found again: Sakari's create merges by mobile, HighLevel's upsert by e-mail.
    assert [len(contacts) for contacts in contacts_sandbox.sakari.accounts.values()] == [1]
    assert [len(contacts) for contacts in contacts_sandbox.highlevel.locations.values()] == [1]
    assert first[0].startswith("404 ") and second[0] == first[0]  # the update of an unknown id, both times
    upsert_first, upsert_second = first[-1].split(), second[-1].split()
    assert (upsert_first[0], upsert_second[0]) == ("True", "False")  # created, then updated
    assert upsert_first[1] == upsert_second[1]


def test_usage_example_passes_mypy_strict(tmp_path: Path) -> None:
    example = tmp_path / "readme_usage.py"
    example.write_text(usage_example())
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(example)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
