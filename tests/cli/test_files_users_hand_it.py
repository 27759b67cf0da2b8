"""The command line handles what users hand it (issue #24): formula cells are neutralised on export and
given back on import, other encodings are read, and an unreadable file is a clean error."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from contacts_cli._records import CsvFlattener, escape_formula, read_rows, unescape_formula
from contacts_sandbox import Sandbox

from .conftest import highlevel_contacts, run

TRIGGERED = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")']
LEFT_ALONE = ["+15551234567", "-5", "+3.25", "-1e5", "42", "Ada", "", "'plain", "a=b"]
AMBIGUOUS = ["'=already", "''two", "'+15551234567", "'-5"]


@pytest.mark.parametrize("text", TRIGGERED)
def test_a_cell_a_spreadsheet_would_run_gets_a_leading_quote(text: str) -> None:
    assert escape_formula(text) == "'" + text


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_numbers_phone_numbers_and_plain_text_are_left_alone(text: str) -> None:
    assert escape_formula(text) == text


@pytest.mark.parametrize("text", TRIGGERED + LEFT_ALONE + AMBIGUOUS)
def test_the_round_trip_is_lossless(text: str) -> None:
    assert unescape_formula(escape_formula(text)) == text


def test_the_flattener_escapes_every_kind_of_cell_unless_told_not_to() -> None:
    columns = {"firstName": "string", "tags": "array"}
    contact = {"firstName": "=cmd", "tags": ["x"], "undocumented": "@x"}
    escaped = CsvFlattener(dict(columns)).row(contact)  # type: ignore[arg-type]
    assert escaped[0] == "'=cmd"
    assert CsvFlattener(dict(columns), escape_formulas=False).row(contact)[0] == "=cmd"  # type: ignore[arg-type]


def _seed_highlevel(sandbox: Sandbox, names: list[str]) -> None:
    from highlevel_client import HighLevel

    with HighLevel() as client:
        for number, name in enumerate(names):
            client.contacts.create(first_name=name, email=f"p{number}@example.com")


def test_export_escapes_by_default_and_not_with_no_escape_formulas(sandbox: Sandbox, work: Path) -> None:
    _seed_highlevel(sandbox, ["=1+1", "Ada"])
    assert run("export", "highlevel", "--out", "a.csv").exit_code == 0
    assert run("export", "highlevel", "--out", "b.csv", "--no-escape-formulas").exit_code == 0
    escaped = {row["firstName"] for row in csv.DictReader((work / "a.csv").open(encoding="utf-8"))}
    raw = {row["firstName"] for row in csv.DictReader((work / "b.csv").open(encoding="utf-8"))}
    assert escaped == {"'=1+1", "Ada"} and raw == {"=1+1", "Ada"}


def test_an_escaped_export_imports_back_as_it_was(sandbox: Sandbox, work: Path) -> None:
    (work / "people.csv").write_text("firstName,email\n'=1+1,f@example.com\n'@home,g@example.com\n", encoding="utf-8")
    result = run("import", "highlevel", "people.csv")
    assert result.exit_code == 0, result
    assert {contact["firstName"] for contact in highlevel_contacts(sandbox)} == {"=1+1", "@home"}


@pytest.mark.parametrize(
    ("encoding", "option"),
    [
        ("latin-1", ["--encoding", "latin-1"]),
        ("utf-16", []),
        ("utf-8-sig", []),
        ("utf-16-le", ["--encoding", "utf-16-le"]),
    ],
)
def test_a_file_in_another_encoding_is_read(encoding: str, option: list[str], sandbox: Sandbox, work: Path) -> None:
    (work / "people.csv").write_bytes("firstName,email\nJosé,jose@example.com\n".encode(encoding))
    result = run("import", "highlevel", "people.csv", *option)
    assert result.exit_code == 0, result
    assert [contact["firstName"] for contact in highlevel_contacts(sandbox)] == ["José"]


def test_an_undecodable_file_is_a_clean_error_naming_the_file_and_line(sandbox: Sandbox, work: Path) -> None:
    (work / "people.csv").write_bytes(b"firstName,email\nAda,a@example.com\nJos\xe9,j@example.com\n")
    result = run("import", "highlevel", "people.csv")
    assert result.exit_code == 2, result
    assert "people.csv, line" in result.stderr and "--encoding" in result.stderr and "Traceback" not in result.stderr
    assert highlevel_contacts(sandbox) == []


def test_a_field_over_the_csv_limit_is_a_clean_error(sandbox: Sandbox, work: Path) -> None:
    (work / "people.csv").write_text("firstName,email\n" + "x" * (csv.field_size_limit() + 1) + ",a@example.com\n")
    result = run("import", "highlevel", "people.csv")
    assert result.exit_code == 2 and "people.csv, line 2" in result.stderr, result


def test_an_unknown_encoding_is_a_usage_error(sandbox: Sandbox, work: Path) -> None:
    (work / "people.csv").write_text("firstName,email\nAda,a@example.com\n")
    result = run("import", "highlevel", "people.csv", "--encoding", "klingon")
    assert result.exit_code == 2 and "klingon" in result.stderr


def test_a_deeply_nested_jsonl_line_is_a_rejected_row_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "people.jsonl"
    path.write_text('{"firstName": "Ada"}\n{"x": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    rows = list(read_rows(path, "jsonl"))
    assert rows[1].fields == {"_invalid": "line 2 is nested too deeply to read"}
