"""``--api-version``: the HighLevel version export and import speak (issue 25)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from highlevel_client import HighLevel
from highlevel_client.models import DndSetting, DndSettings, DndStatus

from contacts_sandbox import Sandbox

from .conftest import highlevel_contacts, run, sakari_contacts


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


@pytest.mark.parametrize("api_version", ["2021-07-28", "v3"])
def test_a_sync_in_either_version_reads_the_sms_opt_out_as_that_version_spells_it(
    sandbox: Sandbox, work: Path, api_version: str
) -> None:
    """v3 spells the channel ``sms`` where 2021-07-28 spells it ``SMS``: an opted-out contact is blocked in both."""
    opted_out = DndSettings(sms=DndSetting(status=DndStatus.PERMANENT))
    with HighLevel() as client:
        ann, _ = (
            str(client.contacts.create(**person).contact.id)
            for person in (
                {"first_name": "Ann", "phone": "+15551230001"},
                {"first_name": "Cid", "phone": "+15551230003", "dnd_settings": opted_out},
            )
        )
    first = run("sync", "highlevel", "sakari", "--api-version", api_version)
    assert first.exit_code == 0, first
    assert "1 creates" in first.stdout and "1 opt-outs (not sent)" in first.stdout
    assert [contact["firstName"] for contact in sakari_contacts(sandbox)] == ["Ann"]

    with HighLevel() as client:
        client.contacts.update(ann, dnd_settings=opted_out)
    again = run("sync", "highlevel", "sakari", "--api-version", api_version)
    assert again.exit_code == 0, again
    assert "1 opt-outs removed from Sakari" in again.stdout
    assert sakari_contacts(sandbox) == []


def test_an_import_keeps_fields_nested_two_objects_deep(sandbox: Sandbox, work: Path) -> None:
    """`dndSettings.SMS.status` sits two objects deep: a JSONL row's value reaches the service (it was dropped)."""
    row = {"firstName": "Cy", "dndSettings": {"SMS": {"status": "active", "message": "STOP"}}}
    (work / "in.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert run("import", "highlevel", "in.jsonl").exit_code == 0
    assert highlevel_contacts(sandbox)[0]["dndSettings"] == row["dndSettings"]
