"""``contacts-sdk load`` end to end against the sandbox: DuckDB by default, only changes the second time,
any dlt destination by name, usage errors before anything is sent."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from highlevel_client import HighLevel
from sakari_client import Sakari
from sakari_client.models import Mobile
from typer.testing import CliRunner

from contacts_cli._app import app
from contacts_sandbox import Sandbox, SandboxServer

from ..cli.conftest import sandbox_environment
from .conftest import query

pytest.importorskip("dlt")


@pytest.fixture
def environment(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    for name, value in sandbox_environment(contacts_sandbox_server).items():
        monkeypatch.setenv(name, value)
    yield


def _run(*arguments: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(arguments))
    return result.exit_code, result.stdout, result.stderr


def test_load_highlevel_into_duckdb_here_then_only_what_changed(
    environment: None, highlevel_sandbox: HighLevel, offline_dlt: Path
) -> None:
    ids = [str(highlevel_sandbox.contacts.create(first_name=f"Gus{n}").contact.id) for n in range(6)]
    code, out, err = _run("load", "highlevel", "--pipelines-dir", "pipelines")
    assert code == 0, err
    assert "6 contacts" in out and "into duckdb (highlevel)" in out
    database = offline_dlt / "contacts.duckdb"
    assert sorted(row[0] for row in query(database, "select id from highlevel.contacts")) == sorted(ids)

    highlevel_sandbox.contacts.update(ids[0], last_name="Moved")
    code, out, err = _run("load", "highlevel", "--pipelines-dir", "pipelines", "--quiet")
    assert (code, out) == (0, "")
    rows = query(database, "select last_name, count(*) from highlevel.contacts group by 1 order by 1")
    assert rows == [("Moved", 1), (None, 5)]


def test_load_sakari_into_a_dataset_of_its_own(environment: None, sakari_sandbox: Sakari, offline_dlt: Path) -> None:
    for n in range(3):
        sakari_sandbox.contacts.create(first_name=f"Hal{n}", mobile=Mobile(number=f"+1555010800{n}", country="US"))
    code, out, err = _run("load", "sakari", "--dataset", "sakari_raw", "--pipelines-dir", "pipelines")
    assert code == 0, err
    assert "3 contacts" in out
    assert query(offline_dlt / "contacts.duckdb", "select count(*) from sakari_raw.contacts") == [(3,)]


def test_any_dlt_destination_by_name_with_dlts_own_configuration(
    environment: None, highlevel_sandbox: HighLevel, offline_dlt: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = {str(highlevel_sandbox.contacts.create(first_name=f"Ida{n}").contact.id) for n in range(2)}
    bucket = offline_dlt / "bucket"
    monkeypatch.setenv("DESTINATION__FILESYSTEM__BUCKET_URL", bucket.as_uri())
    code, out, err = _run("load", "highlevel", "--to", "filesystem", "--pipelines-dir", "pipelines")
    assert code == 0, err
    assert "2 contacts into filesystem" in out
    assert not (offline_dlt / "contacts.duckdb").exists()
    files = list((bucket / "highlevel" / "contacts").glob("*.jsonl*"))
    assert files
    loaded = set()
    for path in files:
        with gzip.open(path, "rt") as lines:
            loaded |= {json.loads(line)["id"] for line in lines}
    assert loaded == ids


def calls_to(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The operations either service answers from now on."""
    seen: list[str] = []
    for service in (sandbox.highlevel, sandbox.sakari):
        for operation, handler in list(service.handlers.items()):

            def recorded(call: Any, operation: str = operation, handler: Any = handler) -> Any:
                seen.append(operation)
                return handler(call)

            monkeypatch.setitem(service.handlers, operation, recorded)
    return seen


AGENCY = {
    "HIGHLEVEL_AGENCY_ACCESS_TOKEN": "agency-token",
    "HIGHLEVEL_COMPANY_ID": "company-1",
    "HIGHLEVEL_APP_ID": "app-1",
}
"""An agency's settings, each case below leaving out or overriding what it is about."""


@pytest.mark.parametrize(
    ("arguments", "unset", "said", "code"),
    [
        (
            ["highlevel", "--all-locations", "--locations", "loc-1"],
            (),
            "--all-locations and --locations: choose one",
            2,
        ),
        (["highlevel", "--locations", "loc-1,,loc-2"], (), "--locations 'loc-1,,loc-2': an empty location id", 2),
        (["highlevel", "--locations", "loc-1,loc-2,loc-1"], (), "--locations names loc-1 more than once", 2),
        (["highlevel", "--all-locations"], ("HIGHLEVEL_APP_ID",), "Give --app-id or set HIGHLEVEL_APP_ID", 2),
        (["highlevel", "--all-locations", "--app-id", ""], (), "Give --app-id or set HIGHLEVEL_APP_ID", 2),
        (["highlevel", "--locations", "loc-1"], ("HIGHLEVEL_AGENCY_ACCESS_TOKEN",), "HIGHLEVEL_AGENCY_ACCESS_TOKEN", 3),
        (["highlevel", "--locations", "loc-1"], ("HIGHLEVEL_COMPANY_ID",), "--company-id or HIGHLEVEL_COMPANY_ID", 3),
        (["highlevel", "--locations", "loc-1", "--company-id", ""], (), "--company-id or HIGHLEVEL_COMPANY_ID", 3),
        (
            ["highlevel", "--locations", "loc-1", "--token-file", "pair"],
            (),
            "HIGHLEVEL_CLIENT_ID and HIGHLEVEL_CLIENT_SECRET",
            3,
        ),
        (["sakari", "--all-locations"], (), "HighLevel's", 2),
        (["sakari", "--locations", "loc-1"], (), "HighLevel's", 2),
        (["highlevel", "--to", "no_such_destination"], (), "no_such_destination", 2),
    ],
)
def test_a_wrong_command_line_or_missing_credentials_stop_before_anything_is_sent_or_written(
    environment: None,
    offline_dlt: Path,
    contacts_sandbox: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    unset: tuple[str, ...],
    said: str,
    code: int,
) -> None:
    # 2: the command line is wrong; 3: it cannot start (credentials), as every command of contacts-sdk exits.
    for name, value in AGENCY.items():
        monkeypatch.setenv(name, value)
    for name in unset:
        monkeypatch.delenv(name)
    answered = calls_to(contacts_sandbox, monkeypatch)
    exited, _, err = _run("load", *arguments, "--pipelines-dir", "pipelines")
    assert exited == code, err
    assert said in err
    assert not (offline_dlt / "contacts.duckdb").exists() and not (offline_dlt / "pipelines").exists()
    assert not (offline_dlt / "pair").exists()
    assert answered == []


@pytest.mark.parametrize(
    "kept",
    [
        "not-json secret-looking-text",
        '{"access_token": null, "refresh_token": "secret-looking-text", "expires_at": 1}',
        '{"access_token": "secret-looking-text", "refresh_token": "", "expires_at": 1}',
        '{"access_token": "secret-looking-text", "refresh_token": "r", "expires_at": "soon"}',
        '{"access_token": "secret-looking-text", "refresh_token": "r"}',
    ],
    ids=["not json", "a null token", "an empty token", "a text expiry", "no expiry"],
)
def test_a_token_file_that_is_not_one_is_a_credentials_error_that_does_not_quote_it(
    environment: None, offline_dlt: Path, monkeypatch: pytest.MonkeyPatch, kept: str
) -> None:
    for name, value in AGENCY.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HIGHLEVEL_CLIENT_ID", "client-1")
    monkeypatch.setenv("HIGHLEVEL_CLIENT_SECRET", "app-secret")
    (offline_dlt / "pair").write_text(kept)
    code, _, err = _run("load", "highlevel", "--locations", "loc-1", "--token-file", "pair")
    assert code == 3, err
    assert "pair is not a token file" in err
    assert "secret-looking-text" not in err and "app-secret" not in err
    assert not (offline_dlt / "contacts.duckdb").exists()


def test_a_service_failure_ends_the_load_with_its_message(
    environment: None, monkeypatch: pytest.MonkeyPatch, offline_dlt: Path
) -> None:
    monkeypatch.setenv("HIGHLEVEL_TOKEN", "not-a-token")
    code, _, err = _run("load", "highlevel", "--pipelines-dir", "pipelines")
    assert code == 3
    assert "the service failed" in err and "not-a-token" not in err


def test_missing_credentials_end_the_load_before_anything_is_written(
    environment: None, monkeypatch: pytest.MonkeyPatch, offline_dlt: Path
) -> None:
    monkeypatch.delenv("HIGHLEVEL_TOKEN")
    code, _, err = _run("load", "highlevel", "--pipelines-dir", "pipelines")
    assert code == 3
    assert "credentials:" in err and "HIGHLEVEL_TOKEN" in err
    assert not (offline_dlt / "contacts.duckdb").exists() and not (offline_dlt / "pipelines").exists()
