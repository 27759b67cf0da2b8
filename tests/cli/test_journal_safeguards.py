"""What users hand the command line (issue #24): a journal that is truncated or not a journal is a one-line
error naming it (exit 3), and the journal never lands on the job's input or output file (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from contacts_cli._journal import Journal, JournalUnreadable, check_journal_path
from contacts_sandbox import Sandbox

from .conftest import highlevel_contacts, run
from .test_commands import seed_sakari, write_highlevel_file


def _a_real_journal(path: Path) -> None:
    with Journal(path) as journal:
        journal.set(job={"command": "import"})
        journal.mark_sending([(row, f"email:{row}@example.com") for row in range(1, 3000)])


@pytest.mark.parametrize(
    "damage",
    ["not a journal", "a truncated journal", "an empty meta value"],
)
def test_a_journal_that_is_not_one_is_a_one_line_error_naming_it(damage: str, sandbox: Sandbox, work: Path) -> None:
    write_highlevel_file(work / "people.csv")
    journal = work / "people.csv.import.journal"
    if damage == "not a journal":
        journal.write_text("firstName,lastName\nAda,Lovelace\n")
    elif damage == "a truncated journal":
        _a_real_journal(journal)
        data = journal.read_bytes()
        journal.write_bytes(data[: len(data) // 2])
    else:
        _a_real_journal(journal)
        with Journal(journal) as opened:
            opened.db.execute("update meta set value = '{' where name = 'job'")
    result = run("import", "highlevel", "people.csv")
    assert result.exit_code == 3, result
    assert str(journal.name) in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert highlevel_contacts(sandbox) == []


def test_journal_refuses_a_damaged_file_directly(tmp_path: Path) -> None:
    path = tmp_path / "j"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with pytest.raises(JournalUnreadable, match=str(path)), Journal(path):
        pass


def test_the_journal_never_lands_on_the_export_file(sandbox: Sandbox, work: Path) -> None:
    seed_sakari(3)
    result = run("export", "sakari", "--out", "d.csv", "--state", "d.csv")
    assert result.exit_code == 2 and "output" in result.stderr, result
    assert not (work / "d.csv").exists()


def test_the_journal_never_lands_on_the_import_file(sandbox: Sandbox, work: Path) -> None:
    write_highlevel_file(work / "people.csv")
    before = (work / "people.csv").read_bytes()
    result = run("import", "highlevel", "people.csv", "--state", "./people.csv")
    assert result.exit_code == 2 and "input" in result.stderr, result
    assert (work / "people.csv").read_bytes() == before and highlevel_contacts(sandbox) == []
    rejects = run("import", "highlevel", "people.csv", "--state", "people.csv.rejects.csv")
    assert rejects.exit_code == 2 and "rejects" in rejects.stderr


def test_the_journal_companion_files_are_checked_too(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="journal's"):
        check_journal_path(tmp_path / "j", output=tmp_path / "j-wal")
    check_journal_path(tmp_path / "j", output=tmp_path / "k")  # another file: fine
