"""HighLevel custom fields as ``customField.<key>`` columns: export writes them, import sends them by key."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from highlevel_client import HighLevel

from contacts_cli._custom_field_columns import CustomFieldColumns
from contacts_sandbox import Sandbox

from .conftest import HIGHLEVEL_LOCATION, highlevel_contacts, run


def _define(sandbox: Sandbox, location: str = HIGHLEVEL_LOCATION) -> dict[str, str]:
    definitions = sandbox.highlevel.definitions
    made = [definitions.define_custom_field(location, "Pincode"), definitions.define_custom_field(location, "Colours")]
    return {field["fieldKey"]: field["id"] for field in made}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def _count_definition_lookups(sandbox: Sandbox) -> list[str]:
    seen: list[str] = []
    original = sandbox.highlevel.handlers["listCustomFields"]

    def counting(call: Any) -> Any:
        seen.append(call.path["locationId"])
        return original(call)

    sandbox.highlevel.handlers["listCustomFields"] = counting
    return seen


def test_export_writes_a_column_per_custom_field_and_import_sends_them_by_key(
    sandbox: Sandbox, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _define(sandbox)
    with HighLevel() as client:
        for n in range(30):
            fields: dict[str, object] = {"pincode": f"9{n:04d}"}
            if n % 2:
                fields["contact.colours"] = ["red", f"c{n}"]
            client.contacts.create(first_name=f"P{n}", email=f"p{n}@example.com", custom_fields=fields)
        # A value whose field the location does not define stays in customFields.
        client.contacts.create(
            first_name="Orphan", email="o@example.com", custom_fields=[{"id": "gone", "field_value": "x"}]
        )
    lookups = _count_definition_lookups(sandbox)
    result = run("export", "highlevel", "--out", "all.csv", "--page-size", "7")
    assert result.exit_code == 0, result
    assert lookups == [HIGHLEVEL_LOCATION]  # once per run, however many pages
    rows = {row["firstName"]: row for row in _rows(work / "all.csv")}
    assert rows["P3"]["customField.contact.pincode"] == "90003"
    assert json.loads(rows["P3"]["customField.contact.colours"]) == ["red", "c3"]
    assert rows["P4"]["customField.contact.colours"] == ""
    assert json.loads(rows["Orphan"]["customFields"]) == [{"id": "gone", "value": "x"}]
    assert rows["P3"]["customFields"] == ""

    # Into another location with the same keys (other ids): the values arrive by key.
    other_ids = _define(sandbox, "loc-2")
    lookups.clear()
    monkeypatch.setenv("HIGHLEVEL_LOCATION_ID", "loc-2")
    result = run("import", "highlevel", "all.csv")
    assert result.exit_code == 0, result
    assert lookups == ["loc-2"]
    assert "customField." not in result.stderr  # the columns are sent, not reported as ignored
    copied = {contact["firstName"]: contact for contact in highlevel_contacts(sandbox, "loc-2")}
    assert {field["id"]: field["value"] for field in copied["P3"]["customFields"]} == {
        other_ids["contact.pincode"]: "90003",
        other_ids["contact.colours"]: ["red", "c3"],
    }
    assert ids["contact.pincode"] != other_ids["contact.pincode"]
    assert len(copied) == 31


def test_an_unknown_key_column_rejects_its_row_naming_the_key(sandbox: Sandbox, work: Path) -> None:
    _define(sandbox)
    (work / "people.csv").write_text(
        "firstName,email,customField.contact.pincode,customField.contact.shoe_size\n"
        "Ann,ann@example.com,94107,\n"
        "Bob,bob@example.com,10115,44\n"
    )
    result = run("import", "highlevel", "people.csv")
    assert result.exit_code == 1, result
    assert "1 sent" in result.stdout and "1 rejected" in result.stdout
    rejects = _rows(work / "people.csv.rejects.csv")
    assert [row["firstName"] for row in rejects] == ["Bob"]
    assert "'contact.shoe_size'" in json.dumps(rejects[0])
    (ann,) = highlevel_contacts(sandbox)
    assert [field["value"] for field in ann["customFields"]] == ["94107"]


def test_the_header_names_each_custom_field_by_key_in_key_order(sandbox: Sandbox, work: Path) -> None:
    _define(sandbox)
    assert run("export", "highlevel", "--out", "a.csv").exit_code == 0
    header = (work / "a.csv").read_text().splitlines()[0]
    assert "customField.contact.colours,customField.contact.pincode" in header


def test_spreading_moves_only_values_of_known_fields() -> None:
    columns = CustomFieldColumns({"id-1": "contact.pincode"})
    contact = {"id": "c", "customFields": [{"id": "id-1", "value": "94107"}, {"id": "id-9", "value": 3}]}
    assert columns.spread(contact) == {
        "id": "c",
        "customFields": [{"id": "id-9", "value": 3}],
        "customField.contact.pincode": "94107",
    }
    assert columns.spread({"id": "d"}) == {"id": "d"}
    assert columns.columns == {"customField.contact.pincode": "string"}
