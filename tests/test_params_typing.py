"""Dict arguments are typed as TypedDicts: mypy checks their keys and values in a user's own code."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[1]

USER_CODE = """
from highlevel_client import HighLevel
from sakari_client import Sakari


def sync(sakari: Sakari, highlevel: HighLevel) -> None:
    sakari.contacts.create(first_name="Ann", mobile={"number": "+15550100", "country": "US"}, tags=[{"tag": "vip"}])
    sakari.contacts.create(body={"firstName": "Ann", "attributes": {"company": "Acme", "seats": 12}})
    highlevel.contacts.create(dnd_settings={"SMS": {"status": "permanent"}})
    created_id: str = highlevel.contacts.create(first_name="Ann").contact.id  # no Unset: every answer carries it
    highlevel.contacts.search(
        filters=[
            {"field": "tags", "operator": "eq", "value": "vip"},
            {"group": "OR", "filters": [{"field": "companyName", "operator": "exists"}]},
        ],
        sort=[{"field": "dateAdded", "direction": "desc"}],
    )
    sakari.contacts.create(mobile={"numbr": "+15550100"})  # error: a key the spec does not name
    sakari.contacts.create(mobile={"number": 15550100})  # error: the wrong type
    highlevel.contacts.create(dnd_settings={"SMS": {"status": "blocked"}})  # error: outside the enum
    highlevel.contacts.search(filters=[{"field": "tags", "operator": "startswith"}])  # error: an operator
    highlevel.contacts.search(sort=[{"direction": "desc"}])  # error: a required key missing
    highlevel.contacts.search(filters=[{"group": "OR", "filters": [{"operator": "near"}]}])  # error: nested
"""


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("user")
    (folder / "user_code.py").write_text(textwrap.dedent(USER_CODE), encoding="utf-8")
    stdout, _, _ = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(folder / ".mypy"), str(folder / "user_code.py")]
    )
    return stdout


def test_mypy_accepts_dicts_that_match_and_names_each_that_does_not(mypy_report: str) -> None:
    flagged = {int(line) for line in re.findall(r"user_code\.py:(\d+): error", mypy_report)}
    lines = textwrap.dedent(USER_CODE).splitlines()
    expected = {number for number, text in enumerate(lines, start=1) if "# error:" in text}
    assert flagged == expected, mypy_report
