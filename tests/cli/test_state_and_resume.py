"""Journals live in one state directory; a finished export runs anew, an interrupted one resumes; --resume and
--restart make the choice explicit; a run that failed before doing anything leaves nothing in the way."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sakari_client import Sakari

from contacts_cli import _jobs
from contacts_cli._journal import Journal, Start
from contacts_cli._state import default_state_dir, journal_path
from contacts_sandbox import Sandbox

from .conftest import highlevel_contacts, journals, run, sakari_contacts


def seed_sakari(first: int, count: int) -> None:
    rows = ["firstName,mobile"] + [f"S{n},+1555{n:07d}" for n in range(first, first + count)]
    with Sakari() as client:
        assert client.contacts.import_csv("\n".join(rows).encode()).data.inserted == count


def exported_ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


def stop_at_page(monkeypatch: pytest.MonkeyPatch, page: int) -> None:
    """The next export stops (as if killed) while writing ``page``, checkpointed after every page."""
    monkeypatch.setattr(_jobs, "CHECKPOINT_EVERY", 0.0)
    encode = _jobs.jsonl_lines
    pages: list[int] = []

    def stops(contacts: list[dict[str, object]]) -> bytes:
        pages.append(len(contacts))
        if len(pages) == page:
            monkeypatch.setattr(_jobs, "jsonl_lines", encode)
            raise RuntimeError("the process stops here")
        return encode(contacts)

    monkeypatch.setattr(_jobs, "jsonl_lines", stops)


EXPORT = ("export", "sakari", "--out", "all.jsonl", "--page-size", "10", "--concurrency", "1")


def test_journals_and_locks_live_in_the_state_directory_not_beside_the_files(
    sandbox: Sandbox, work: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_sakari(0, 40)
    stop_at_page(monkeypatch, 3)
    with pytest.raises(RuntimeError):
        run(*EXPORT)
    (interrupted,) = journals(state_dir)
    assert interrupted.name.startswith("export-all.jsonl-")
    assert run(*EXPORT).exit_code == 0
    assert journals(state_dir) == []  # a finished export's journal has nothing left to resume: gone
    assert run("import", "sakari", "all.jsonl").exit_code == 0
    assert sorted(path.name for path in work.iterdir()) == ["all.jsonl"]
    names = sorted(path.name for path in state_dir.iterdir() if path.is_file())
    assert [name.split("-")[0] for name in names] == ["import", "import"]  # the journal and its lock
    assert names[1] == names[0] + ".lock"


def test_state_dir_flag_wins_over_the_variable(sandbox: Sandbox, work: Path, state_dir: Path) -> None:
    seed_sakari(0, 5)
    assert run(*EXPORT).exit_code == 0
    assert run("import", "sakari", "all.jsonl", "--state-dir", str(work / "mine")).exit_code == 0
    assert journals(work / "mine") and journals(state_dir) == []


def test_without_flag_or_variable_the_journal_goes_to_the_users_state_directory(
    sandbox: Sandbox, work: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONTACTS_SDK_STATE_DIR")
    assert default_state_dir() == state_dir / "xdg" / "contacts-sdk"  # platformdirs, under XDG_STATE_HOME
    seed_sakari(0, 5)
    assert run(*EXPORT).exit_code == 0
    assert run("import", "sakari", "all.jsonl").exit_code == 0
    assert [path.parent for path in journals(default_state_dir())] == [default_state_dir()]


def test_a_job_keeps_its_journal_name_and_other_jobs_get_others(tmp_path: Path) -> None:
    one = journal_path(tmp_path, "export", "all.csv", {"out": "/a/all.csv"})
    assert one == journal_path(tmp_path, "export", "all.csv", {"out": "/a/all.csv"})
    assert one != journal_path(tmp_path, "export", "all.csv", {"out": "/b/all.csv"})
    assert one.parent == tmp_path and one.name.startswith("export-all.csv-") and one.suffix == ".journal"
    odd = journal_path(tmp_path, "import", "../ é/x y.csv", {"file": 1})
    assert odd.parent == tmp_path and "/" not in odd.name and " " not in odd.name


def test_a_finished_export_run_again_exports_anew(sandbox: Sandbox, work: Path) -> None:
    seed_sakari(0, 15)
    first = run(*EXPORT)
    assert first.exit_code == 0 and "15 written" in first.stdout
    seed_sakari(100, 10)
    again = run(*EXPORT)
    assert again.exit_code == 0, again
    assert "25 written" in again.stdout and "resumed" not in again.stderr
    assert exported_ids(work / "all.jsonl") == [contact["id"] for contact in sakari_contacts(sandbox)]


def test_an_interrupted_export_resumes_by_default_and_with_resume(
    sandbox: Sandbox, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_sakari(0, 40)
    for flags in ((), ("--resume",)):
        assert run(*EXPORT, "--restart").exit_code == 0  # a finished run to start from
        stop_at_page(monkeypatch, 3)
        with pytest.raises(RuntimeError):
            run(*EXPORT, "--restart")
        resumed = run(*EXPORT, *flags)
        assert resumed.exit_code == 0, resumed
        # The token, then the pages from the third on: 20 contacts were recorded before the stop.
        assert "40 written" in resumed.stdout and "3 requests" in resumed.stdout, flags
        assert "resumed the interrupted export" in resumed.stderr
        assert exported_ids(work / "all.jsonl") == [contact["id"] for contact in sakari_contacts(sandbox)]


def test_restart_discards_an_interrupted_export(sandbox: Sandbox, work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_sakari(0, 40)
    stop_at_page(monkeypatch, 3)
    with pytest.raises(RuntimeError):
        run(*EXPORT)
    restarted = run(*EXPORT, "--restart")
    assert restarted.exit_code == 0 and "5 requests" in restarted.stdout  # the token and every page
    assert exported_ids(work / "all.jsonl") == [contact["id"] for contact in sakari_contacts(sandbox)]


def test_an_interrupted_export_with_other_arguments_is_refused_naming_restart(
    sandbox: Sandbox, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_sakari(0, 40)
    stop_at_page(monkeypatch, 3)
    with pytest.raises(RuntimeError):
        run(*EXPORT)
    other = run(*EXPORT, "--first-name", "S1")
    assert other.exit_code == 2 and "--restart" in other.stderr and "filters" in other.stderr
    assert run(*EXPORT, "--first-name", "S1", "--restart").exit_code == 0


def test_resume_with_nothing_to_resume_is_a_usage_error(sandbox: Sandbox, work: Path, state_dir: Path) -> None:
    seed_sakari(0, 5)
    nothing = run(*EXPORT, "--resume")
    assert nothing.exit_code == 2 and "no interrupted run of this job" in nothing.stderr
    assert not (work / "all.jsonl").exists() and journals(state_dir) == []
    assert run(*EXPORT).exit_code == 0
    finished = run(*EXPORT, "--resume")
    assert finished.exit_code == 2 and "no interrupted run of this job" in finished.stderr
    both = run(*EXPORT, "--resume", "--restart")
    assert both.exit_code == 2 and "--resume and --restart: choose one" in both.stderr


def test_an_export_that_failed_before_writing_leaves_no_journal(
    sandbox: Sandbox, work: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_sakari(0, 5)
    wrong_url = run(*EXPORT, "--base-url", "http://127.0.0.1:9/v1")
    assert wrong_url.exit_code == 3 and journals(state_dir) == []
    secret = os.environ["SAKARI_CLIENT_SECRET"]
    monkeypatch.setenv("SAKARI_CLIENT_SECRET", "wrong-secret")
    refused = run(*EXPORT)
    assert refused.exit_code == 3 and journals(state_dir) == []
    monkeypatch.setenv("SAKARI_CLIENT_SECRET", secret)
    corrected = run(*EXPORT, "--resume")
    assert corrected.exit_code == 2  # nothing was left to resume: the failed runs did nothing


def test_an_import_that_failed_before_sending_leaves_nothing_in_the_corrected_runs_way(
    sandbox: Sandbox, work: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [{"email": f"p{n}@example.com"} for n in range(3)] + [{"firstName": "Keyless"}]
    (work / "people.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    wrong_url = run("import", "highlevel", "people.jsonl", "--base-url", "http://127.0.0.1:9")
    assert wrong_url.exit_code == 3 and "could not be reached" in wrong_url.stderr, wrong_url
    assert journals(state_dir) == []
    token = os.environ["HIGHLEVEL_TOKEN"]
    monkeypatch.setenv("HIGHLEVEL_TOKEN", "wrong-token")
    refused = run("import", "highlevel", "people.jsonl", "--concurrency", "2")
    assert refused.exit_code == 3 and journals(state_dir) == []
    monkeypatch.setenv("HIGHLEVEL_TOKEN", token)
    corrected = run("import", "highlevel", "people.jsonl")
    assert corrected.exit_code == 0 and "4 sent" in corrected.stdout, corrected
    assert len(highlevel_contacts(sandbox)) == 4  # the keyless row too: it was never unsure


def test_a_finished_import_sends_nothing_again_unless_restarted(sandbox: Sandbox, work: Path) -> None:
    sandbox.configure(allow_duplicates=True)
    (work / "people.jsonl").write_text('{"firstName": "Ann"}\n{"firstName": "Bob"}\n')
    assert run("import", "highlevel", "people.jsonl").exit_code == 0
    again = run("import", "highlevel", "people.jsonl", "--resume")
    assert again.exit_code == 0 and "2 done before" in again.stdout and "0 requests" in again.stdout
    other = run("import", "highlevel", "people.jsonl", "--merge-strategy", "upsert")
    assert other.exit_code == 2 and "add --restart to discard it" in other.stderr
    restarted = run("import", "highlevel", "people.jsonl", "--restart")
    assert restarted.exit_code == 0 and "2 sent" in restarted.stdout
    assert sorted(contact["firstName"] for contact in highlevel_contacts(sandbox)) == ["Ann", "Ann", "Bob", "Bob"]


def test_the_state_option_is_gone(sandbox: Sandbox, work: Path) -> None:
    result = run("export", "sakari", "--out", "all.csv", "--state", "x.journal")
    assert result.exit_code == 2 and "No such option" in result.stderr


def test_begin_decides_by_start_and_by_whether_the_earlier_run_finished(tmp_path: Path) -> None:
    job = {"command": "export"}
    with Journal(tmp_path / "j") as journal:
        assert journal.begin(job, Start.AUTO, finished_starts_anew=True) is False
        journal.set(checkpoint={"written": 3})
        assert journal.begin(job, Start.AUTO, finished_starts_anew=True) is True  # interrupted: resumed
        assert journal.begin(job, Start.RESUME, finished_starts_anew=True) is True
        journal.set(complete=True)  # an export that finished, yet whose journal is still there (killed then)
        assert journal.begin(job, Start.AUTO, finished_starts_anew=False) is True  # an import's: kept
        assert journal.get("checkpoint") == {"written": 3}
        assert journal.begin(job, Start.AUTO, finished_starts_anew=True) is False  # an export's: anew
        assert journal.get("checkpoint") is None and journal.get("complete") is None
        journal.set(checkpoint={"written": 3})
        assert journal.begin(job, Start.RESTART, finished_starts_anew=False) is False
        assert journal.get("checkpoint") is None


def test_a_sync_with_other_arguments_is_refused_and_restart_compares_everything_again(
    sandbox: Sandbox, work: Path
) -> None:
    from highlevel_client import HighLevel

    with HighLevel() as client:
        client.contacts.create(first_name="Ann", email="ann@example.com", phone="+15551230001")
    assert run("sync", "highlevel", "sakari").exit_code == 0
    other = run("sync", "highlevel", "sakari", "--match", "email")
    assert other.exit_code == 2 and "match: was 'phone', now 'email'" in other.stderr and "--restart" in other.stderr
    plan = run("sync", "highlevel", "sakari", "--match", "email", "--restart", "--dry-run")
    assert plan.exit_code == 0 and "1 updates" in plan.stdout, plan
    restarted = run("sync", "highlevel", "sakari", "--match", "email", "--restart")
    assert restarted.exit_code == 0 and "1 updates" in restarted.stdout, restarted
    assert [contact["firstName"] for contact in sakari_contacts(sandbox)] == ["Ann"]  # matched, not created again
    again = run("sync", "highlevel", "sakari", "--match", "email")
    assert "1 unchanged" in again.stdout
