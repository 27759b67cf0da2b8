"""`make drift-report`: a client's drift dump becomes the spec changes to consider, with their lines."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import httpx
from sakari_client import Sakari

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from drift_report import suggest  # noqa: E402

SAMPLE = json.loads((ROOT / "tests" / "contract" / "samples" / "sakari_list_contacts_response.json").read_text())


def _line_of(text: str, after: str, key: str) -> int:
    """The line of `key:` in spec/sakari.yaml after the line holding `after`."""
    lines = text.splitlines()
    start = next(number for number, line in enumerate(lines) if line.strip() == after)
    return next(number for number in range(start, len(lines)) if lines[number].strip().startswith(f"{key}:")) + 1


def _dump() -> str:
    body = copy.deepcopy(SAMPLE)
    body["data"][0]["mobile"]["valid"] = "yes"
    body["data"][0]["firstName"] = None
    body["data"][0]["carrierTier"] = 3
    transport = httpx.MockTransport(
        lambda request: (
            httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
            if request.url.path.endswith("/token")
            else httpx.Response(200, json=body)
        )
    )
    with Sakari(
        client_id="c", client_secret="s", account_id="a", http_client=httpx.Client(transport=transport)
    ) as client:
        client.contacts.list().data  # noqa: B018
        return client.drift.to_json()


def test_each_record_names_the_schema_property_line_and_change() -> None:
    spec_text = (ROOT / "spec" / "sakari.yaml").read_text()
    found = {(item.schema, item.property): item for item in suggest(json.loads(_dump()))}
    valid = found[("Mobile", "valid")]
    assert valid.spec == "spec/sakari.yaml" and valid.operation_id == "listContacts"
    assert valid.line == _line_of(spec_text, "Mobile:", "valid")
    assert valid.change == "widen the type: documented boolean, the service sends string"
    assert found[("Contact", "firstName")].change == "allow null (nullable: true)"
    assert found[("Contact", "firstName")].line == _line_of(spec_text, "Contact:", "firstName")
    extra = found[("Contact", "carrierTier")]
    assert extra.change.startswith("add the field") and "integer" in extra.change
    assert extra.line == _line_of(spec_text, "schemas:", "Contact")  # the schema that lacks the field


def test_the_command_prints_one_line_per_record(tmp_path: Path) -> None:
    dump = tmp_path / "dump.json"
    dump.write_text(_dump())
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "drift_report.py"), str(dump)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("spec/sakari.yaml:") for line in lines)
