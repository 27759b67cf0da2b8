"""The project's own tests parse every answer strictly, so drift in our spec or sandbox fails them; and no test
writes to the user's state directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from highlevel_client import HighLevel
from sakari_client import Sakari


@pytest.fixture
def sakari_sandbox(sakari_sandbox: Sakari) -> Sakari:
    return sakari_sandbox.with_options(strict_response_validation=True)


@pytest.fixture
def highlevel_sandbox(highlevel_sandbox: HighLevel) -> HighLevel:
    return highlevel_sandbox.with_options(strict_response_validation=True)


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where every ``contacts-sdk`` command of a test keeps its journals (subprocesses too, through the
    environment): the variable the command reads, and the XDG one platformdirs would fall back to."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("CONTACTS_SDK_STATE_DIR", str(folder))
    monkeypatch.setenv("XDG_STATE_HOME", str(folder / "xdg"))
    return folder
