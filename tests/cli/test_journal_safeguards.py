"""What users hand the command line (issue #24): a journal that is truncated or not a journal is a one-line
error naming it (exit 3), and the journal never lands on the job's input or output file (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from contacts_cli._journal import Journal, JournalUnreadable, check_journal_path
from contacts_sandbox import Sandbox

from .conftest import highlevel_contacts, run
from .test_commands import write_highlevel_file


@pytest.mark.parametrize("damage", ["not a journal", "a truncated journal", "an unreadable meta value"])
def test_a_journal_that_is_not_one_is_a_one_line_error_naming_it(
    damage: str, sandbox: Sandbox, work: Path, state_dir: Path
) -> None:
    write_highlevel_file(work / "people.csv")
    assert run("import", "highlevel", "people.csv").exit_code == 1  # its journal stays: rows were settled
    (journal,) = state_dir.glob("import-*.journal")
    if damage == "not a journal":
        journal.write_text("firstName,lastName\nAda,Lovelace\n")
    elif damage == "a truncated journal":
        with Journal(journal) as opened:
            opened.mark_sending([(row, f"email:{row}@example.com") for row in range(100, 3000)])
        data = journal.read_bytes()
        journal.write_bytes(data[: len(data) // 2])
    else:
        with Journal(journal) as opened:
            opened.db.execute("update meta set value = '{' where name = 'job'")
    sent = len(highlevel_contacts(sandbox))
    result = run("import", "highlevel", "people.csv")
    assert result.exit_code == 3, result
    assert journal.name in result.stderr.replace("\n", "") and "Traceback" not in result.stderr
    assert len(highlevel_contacts(sandbox)) == sent


def test_journal_refuses_a_damaged_file_directly(tmp_path: Path) -> None:
    path = tmp_path / "j"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with pytest.raises(JournalUnreadable, match=str(path)), Journal(path):
        pass


@pytest.mark.parametrize("option", ["output", "input", "rejects"])
def test_the_journal_never_lands_on_the_jobs_files(option: str, tmp_path: Path) -> None:
    journal = tmp_path / "d.csv"
    with pytest.raises(ValueError, match=f"would be the {option} file"):
        check_journal_path(journal, **{option: tmp_path / "." / "d.csv"})


def test_the_journal_companion_files_are_checked_too(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="journal's"):
        check_journal_path(tmp_path / "j", output=tmp_path / "j-wal")
    check_journal_path(tmp_path / "j", output=tmp_path / "k")  # another file: fine
