"""``--api-version``: the HighLevel version export and import speak (issue 25)."""

from __future__ import annotations

import json
from pathlib import Path

from contacts_sandbox import Sandbox

from .conftest import highlevel_contacts, run


def test_export_and_import_speak_v3_when_asked(sandbox: Sandbox, work: Path) -> None:
    rows = [
        {"firstName": "Ann", "email": "ann@example.org", "dndSettings": {"sms": {"status": "permanent"}}},
        {"firstName": "Bo", "email": "bo@example.org"},
    ]
    (work / "in.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    imported = run("import", "highlevel", "in.jsonl", "--api-version", "v3")
    assert imported.exit_code == 0, imported
    stored = {contact["firstName"]: contact for contact in highlevel_contacts(sandbox)}
    assert stored["Ann"]["dndSettings"] == {"SMS": {"status": "permanent"}}  # the sandbox keeps 2021-07-28's form
    assert run("export", "highlevel", "--out", "v3.jsonl", "--api-version", "v3").exit_code == 0
    assert run("export", "highlevel", "--out", "v2.jsonl").exit_code == 0
    v3 = {row["firstName"]: row for row in map(json.loads, (work / "v3.jsonl").read_text().splitlines())}
    v2 = {row["firstName"]: row for row in map(json.loads, (work / "v2.jsonl").read_text().splitlines())}
    assert v3["Ann"]["dndSettings"] == {"sms": {"status": "permanent"}}
    assert v2["Ann"]["dndSettings"] == {"SMS": {"status": "permanent"}}


def test_a_version_that_is_not_highlevel_s_or_not_for_the_command_is_a_usage_error(
    sandbox: Sandbox, work: Path
) -> None:
    unknown = run("export", "highlevel", "--out", "x.jsonl", "--api-version", "2021-04-15")
    assert unknown.exit_code == 2 and "--api-version" in unknown.stderr
    sakari = run("export", "sakari", "--out", "x.jsonl", "--api-version", "v3")
    assert sakari.exit_code == 2 and "Sakari has one version" in sakari.stderr
    sync = run("sync", "highlevel", "sakari", "--api-version", "v3")
    assert sync.exit_code == 2 and "2021-07-28 only" in sync.stderr


def test_an_import_keeps_fields_nested_two_objects_deep(sandbox: Sandbox, work: Path) -> None:
    """`dndSettings.SMS.status` sits two objects deep: a JSONL row's value reaches the service (it was dropped)."""
    row = {"firstName": "Cy", "dndSettings": {"SMS": {"status": "active", "message": "STOP"}}}
    (work / "in.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert run("import", "highlevel", "in.jsonl").exit_code == 0
    assert highlevel_contacts(sandbox)[0]["dndSettings"] == row["dndSettings"]
