"""examples/send_to_filter.py against the sandbox: a templated message to a tag's contacts, delivery awaited."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from contacts_sandbox import SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, Sandbox, SandboxServer

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "send_to_filter.py"


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("send_to_filter", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def sandbox_environment(
    monkeypatch: pytest.MonkeyPatch, contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> Sandbox:
    monkeypatch.setenv("SAKARI_BASE_URL", contacts_sandbox_server.sakari_base_url)
    monkeypatch.setenv("SAKARI_CLIENT_ID", SAKARI_CLIENT_ID)
    monkeypatch.setenv("SAKARI_CLIENT_SECRET", SAKARI_CLIENT_SECRET)
    monkeypatch.setenv("SAKARI_ACCOUNT_ID", "acct-1")
    return contacts_sandbox


def test_sends_once_to_the_tagged_contacts_and_waits_for_delivery(
    sandbox_environment: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _example().main(["--seed-demo-contacts", "--interval", "0"]) == 0
    output = capsys.readouterr().out
    assert "3 contact(s) tagged 'vip': Chris, Ann, Dee" in output
    assert "2 delivered, 1 not delivered" in output
    messages = sandbox_environment.sakari.messaging.messages["acct-1"].values()
    assert sorted(message["message"] for message in messages) == [
        f"Hi {name}, 20% off for our VIPs today only!" for name in ("Ann", "Chris", "Dee")
    ]
    templates = list(sandbox_environment.sakari.messaging.templates["acct-1"].values())
    assert [template["name"] for template in templates] == ["VIP sale"]


def test_a_second_run_reuses_the_stored_template(sandbox_environment: Sandbox) -> None:
    example = _example()
    assert example.main(["--seed-demo-contacts", "--interval", "0"]) == 0
    assert example.main(["--interval", "0"]) == 0
    assert len(sandbox_environment.sakari.messaging.templates["acct-1"]) == 1


def test_the_wait_is_bounded(sandbox_environment: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    assert _example().main(["--seed-demo-contacts", "--timeout", "0"]) == 1
    assert "3 message(s) not final after 0.0 s" in capsys.readouterr().out
