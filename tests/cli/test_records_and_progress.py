"""CSV columns from the spec, row conversion, the progress output off a terminal, and the process's heap."""

from __future__ import annotations

import gc
import io
import json

import pytest

from contacts_cli._app import main
from contacts_cli._records import CsvFlattener, RowError, leaf_columns, request_shape
from contacts_cli._runtime import Reporter


def test_csv_columns_flatten_nested_fields_and_keep_unknown_ones() -> None:
    columns = leaf_columns("sakari_client", "Contact")
    assert columns["mobile.number"] == "string" and columns["mobile.valid"] == "boolean"
    assert columns["tags"] == "json" and columns["attributes"] == "json" and columns["created.by.id"] == "string"
    flattener = CsvFlattener(columns)
    contact = {"id": "c1", "mobile": {"number": "+1 555", "valid": False}, "tags": [{"tag": "vip"}], "shoeSize": 44}
    row = dict(zip(flattener.header, flattener.row(contact), strict=True))
    assert (
        row["mobile.number"] == "'+1 555"
    )  # not E.164: escaped as a formula would be and row["mobile.valid"] == "false"
    assert row["tags"] == '[{"tag":"vip"}]' and row["_extra"] == '{"shoeSize":44}' and row["email"] == ""


def test_csv_keeps_what_has_no_column_in_extra_by_its_path() -> None:
    flattener = CsvFlattener(leaf_columns("sakari_client", "Contact"))
    contact = {"id": "c1", "mobile": {"number": "+15550100", "carrier": "Acme"}, "created": "yesterday"}
    row = dict(zip(flattener.header, flattener.row(contact), strict=True))
    assert row["mobile.number"] == "+15550100" and row["id"] == "c1"
    assert json.loads(row["_extra"]) == {"mobile.carrier": "Acme", "created": "yesterday"}


def test_import_keeps_only_what_a_request_may_send() -> None:
    shape = request_shape("sakari_client", "ContactRequest", frozenset({"id", "mobile.valid", "mobile.lineType"}))
    body = shape.body_from_csv(
        {"id": "x", "mobile.number": "+1555", "mobile.valid": "true", "mobile.verified": "2020-01-01T00:00:00Z",
         "tags": '[{"tag":"a"}]', "firstName": "", "created.at": "2020-01-01T00:00:00Z"}
    )  # fmt: skip
    assert body == {"mobile": {"number": "+1555"}, "tags": [{"tag": "a"}]}
    sent = {"id": "x", "email": "a@b.c", "mobile": {"number": "1", "lineType": "mobile"}, "created": {"at": "t"}}
    assert shape.body_from_json(sent) == {"email": "a@b.c", "mobile": {"number": "1"}}


def test_a_bad_cell_names_its_column() -> None:
    shape = request_shape("highlevel_client", "CreateContactRequest", frozenset())
    with pytest.raises(RowError, match="column 'dnd': expected true or false, got 'yes please'"):
        shape.body_from_csv({"dnd": "yes please"})
    with pytest.raises(RowError, match="column 'tags'"):
        shape.body_from_csv({"tags": "[not json"})


def test_off_a_terminal_progress_is_plain_periodic_lines() -> None:
    stream = io.StringIO()
    with Reporter("export sakari", quiet=False, stream=stream, interval=0) as reporter:
        reporter.start_at(0, 300)
        for _ in range(3):
            reporter.advance(100)
    lines = stream.getvalue().splitlines()
    assert [line.split(" contacts")[0] for line in lines] == [
        "export sakari: 100/300",
        "export sakari: 200/300",
        "export sakari: 300/300",
    ]
    assert "ETA" in lines[0] and "\x1b" not in stream.getvalue()
    quiet = io.StringIO()
    with Reporter("export sakari", quiet=True, stream=quiet, interval=0) as reporter:
        reporter.advance(5)
        reporter.note("a note")
    assert quiet.getvalue() == ""


def test_the_command_freezes_what_it_loaded_before_running(monkeypatch: pytest.MonkeyPatch) -> None:
    """Left in the collector's reach, the loaded modules are walked by every full pass of a long export."""
    calls: list[str] = []
    monkeypatch.setattr(gc, "collect", lambda *arguments: calls.append("collect") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--help"])
    assert stopped.value.code == 0
    assert calls == ["collect", "freeze"]
