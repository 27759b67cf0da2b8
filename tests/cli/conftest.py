"""The command against the sandbox: credentials in the environment as a user sets them, and helpers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from contacts_cli._app import app
from contacts_sandbox import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, Sandbox, SandboxServer

SAKARI_ACCOUNT = "acct-1"
HIGHLEVEL_LOCATION = "loc-1"


def sandbox_environment(server: SandboxServer) -> dict[str, str]:
    return {
        "SAKARI_BASE_URL": server.sakari_base_url,
        "SAKARI_CLIENT_ID": SAKARI_CLIENT_ID,
        "SAKARI_CLIENT_SECRET": SAKARI_CLIENT_SECRET,
        "SAKARI_ACCOUNT_ID": SAKARI_ACCOUNT,
        "HIGHLEVEL_BASE_URL": server.highlevel_base_url,
        "HIGHLEVEL_TOKEN": HIGHLEVEL_TOKEN,
        "HIGHLEVEL_LOCATION_ID": HIGHLEVEL_LOCATION,
    }


@pytest.fixture
def sandbox(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Sandbox]:
    """The emptied sandbox, without HighLevel's rate limit (benchmarks measure pacing), credentials set."""
    contacts_sandbox.configure(highlevel_rate_limit=None)
    for name, value in sandbox_environment(contacts_sandbox_server).items():
        monkeypatch.setenv(name, value)
    yield contacts_sandbox


def journals(state_dir: Path) -> list[Path]:
    return sorted(state_dir.glob("*.journal"))


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


class Run:
    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr

    def __repr__(self) -> str:
        return f"Run(exit_code={self.exit_code}, stdout={self.stdout!r}, stderr={self.stderr!r})"


def run(*arguments: str) -> Run:
    result = CliRunner().invoke(app, list(arguments))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def sakari_contacts(sandbox: Sandbox, account: str = SAKARI_ACCOUNT) -> list[dict[str, Any]]:
    return list(sandbox.sakari.accounts.get(account, {}).values())


def highlevel_contacts(sandbox: Sandbox, location: str = HIGHLEVEL_LOCATION) -> list[dict[str, Any]]:
    return list(sandbox.highlevel.locations.get(location, {}).values())


def environment_for_subprocess(server: SandboxServer) -> dict[str, str]:
    return {**os.environ, **sandbox_environment(server)}
