"""The three commands against the sandbox, through typer's runner."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from highlevel_client import HighLevel
from sakari_client import Sakari

from contacts_cli import _jobs
from contacts_cli._journal import Journal
from contacts_sandbox import Sandbox

from .conftest import highlevel_contacts, journals, run, sakari_contacts


def seed_sakari(count: int) -> list[str]:
    rows = ["firstName,lastName,mobile,email,company"]
    rows += [f"S{n},Seed,+1555{n:07d},s{n}@example.com,Acme {n}" for n in range(count)]
    with Sakari() as client:
        assert client.contacts.import_csv("\n".join(rows).encode()).data.inserted == count
        return [str(contact.id) for contact in client.contacts.list(limit=100)]


def test_export_csv_flattens_nested_fields_in_the_services_order(sandbox: Sandbox, work: Path) -> None:
    ids = seed_sakari(250)
    result = run("export", "sakari", "--out", "all.csv", "--page-size", "40", "--concurrency", "4")
    assert result.exit_code == 0, result
    with (work / "all.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["id"] for row in rows] == ids
    assert rows[7]["mobile.number"] == "+15550000007" and rows[7]["mobile.valid"] == "true"
    assert json.loads(rows[7]["attributes"]) == {"company": "Acme 7"}
    assert rows[7]["created.by.id"] == "sandbox-client"
    assert "export sakari: 250 written" in result.stdout and "requests" in result.stdout


def test_export_jsonl_keeps_each_contact_as_sent(sandbox: Sandbox, work: Path) -> None:
    seed_sakari(30)
    assert run("export", "sakari", "--out", "all.jsonl").exit_code == 0
    written = [json.loads(line) for line in (work / "all.jsonl").read_text().splitlines()]
    assert written == sakari_contacts(sandbox)


@pytest.mark.parametrize("checkpoint_every", [0.0, 3600.0])
def test_an_export_that_stopped_resumes_from_its_last_checkpoint(
    sandbox: Sandbox, work: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch, checkpoint_every: float
) -> None:
    """Checkpointed after every page, the rerun fetches only the rest; never checkpointed since the
    start, the stopped run leaves no journal (it recorded nothing) and the rerun writes everything anew:
    each contact is written once."""
    ids = seed_sakari(50)
    monkeypatch.setattr(_jobs, "CHECKPOINT_EVERY", checkpoint_every)
    encode = _jobs.jsonl_lines
    pages: list[int] = []

    def stops_at_the_fourth_page(contacts: list[dict[str, object]]) -> bytes:
        pages.append(len(contacts))
        if len(pages) == 4:
            raise RuntimeError("the process stops here")
        return encode(contacts)

    monkeypatch.setattr(_jobs, "jsonl_lines", stops_at_the_fourth_page)
    arguments = ("export", "sakari", "--out", "all.jsonl", "--page-size", "10", "--concurrency", "2")
    with pytest.raises(RuntimeError):
        run(*arguments)
    assert len((work / "all.jsonl").read_bytes().splitlines()) == 30  # three pages reached the file
    if checkpoint_every:
        assert journals(state_dir) == []
        done = 0
    else:
        (journal_file,) = journals(state_dir)
        with Journal(journal_file) as journal:
            done = journal.get("checkpoint")["written"]
        assert done == 30

    monkeypatch.setattr(_jobs, "jsonl_lines", encode)
    again = run(*arguments)
    assert again.exit_code == 0, again
    assert [json.loads(line)["id"] for line in (work / "all.jsonl").read_text().splitlines()] == ids
    assert f"{(50 - done) // 10 + 1} requests" in again.stdout  # the token, then only the pages not recorded


def test_export_filters_belong_to_their_service(sandbox: Sandbox, work: Path) -> None:
    seed_sakari(20)
    assert run("export", "sakari", "--out", "some.csv", "--email", "s1").exit_code == 0
    with (work / "some.csv").open(newline="") as handle:
        emails = sorted(row["email"] for row in csv.DictReader(handle))
    assert emails == sorted(f"s{n}@example.com" for n in range(20) if "s1" in f"s{n}@")
    wrong = run("export", "highlevel", "--out", "h.csv", "--email", "x")
    assert wrong.exit_code == 2 and "--email: not a filter of highlevel" in wrong.stderr


def test_export_then_import_round_trip_ignores_read_only_fields(sandbox: Sandbox, work: Path) -> None:
    seed_sakari(25)
    assert run("export", "sakari", "--out", "all.csv").exit_code == 0
    result = run("import", "sakari", "all.csv")
    assert result.exit_code == 0, result
    assert "columns not sent" in result.stderr and "created.at" in result.stderr
    # The same account: every row merges into the contact with its number, so nothing new appears.
    assert len(sakari_contacts(sandbox)) == 25
    assert "25 sent" in result.stdout


def test_import_into_another_account_recreates_the_contacts(
    sandbox: Sandbox, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_sakari(12)
    assert run("export", "sakari", "--out", "all.jsonl").exit_code == 0
    monkeypatch.setenv("SAKARI_ACCOUNT_ID", "acct-2")
    assert run("import", "sakari", "all.jsonl").exit_code == 0
    source, copied = sakari_contacts(sandbox), sakari_contacts(sandbox, "acct-2")
    assert {(c["firstName"], c["mobile"]["number"], c["email"]) for c in copied} == {
        (c["firstName"], c["mobile"]["number"], c["email"]) for c in source
    }
    assert {c["id"] for c in copied}.isdisjoint({c["id"] for c in source})


def write_highlevel_file(path: Path) -> None:
    lines = ["firstName,lastName,email,phone,dnd,tags,id,dateAdded"]
    lines += [f'H{n},Row,h{n}@example.com,+1666{n:07d},false,"[""t{n}""]",old-{n},2020-01-01' for n in range(6)]
    lines += ["Bad,Row,bad@example.com,,maybe,,,", "H1,Again,h1@example.com,,,,,", "NoKey,Row,,,,,,"]
    path.write_text("\n".join(lines) + "\n")


def test_import_writes_rejects_with_the_services_error_and_exits_1(sandbox: Sandbox, work: Path) -> None:
    write_highlevel_file(work / "people.csv")
    # One at a time, so that the first of two rows with one e-mail is the one created.
    result = run("import", "highlevel", "people.csv", "--concurrency", "1")
    assert result.exit_code == 1, result
    assert "7 sent" in result.stdout and "2 rejected" in result.stdout
    with (work / "people.csv.rejects.csv").open(newline="") as handle:
        rejects = list(csv.DictReader(handle))
    assert [row["_row"] for row in rejects] == ["7", "8"]
    assert "column 'dnd'" in rejects[0]["_error"] and rejects[0]["email"] == "bad@example.com"
    assert rejects[1]["_status"] == "400" and "duplicated" in rejects[1]["_error"]
    stored = {contact["email"]: contact for contact in highlevel_contacts(sandbox) if contact.get("email")}
    assert stored["h3@example.com"]["tags"] == ["t3"]
    assert not any(contact["id"].startswith("old-") for contact in highlevel_contacts(sandbox))
    assert all(not contact["dateAdded"].startswith("2020") for contact in highlevel_contacts(sandbox))


def test_import_dry_run_sends_nothing_and_prints_the_plan(sandbox: Sandbox, work: Path) -> None:
    write_highlevel_file(work / "people.csv")
    result = run("import", "highlevel", "people.csv", "--dry-run")
    assert result.exit_code == 0, result
    assert highlevel_contacts(sandbox) == []
    assert "plan (dry run, nothing sent)" in result.stderr and "row 7: column 'dnd'" in result.stderr
    assert "8 to create" in result.stdout and "1 invalid" in result.stdout and "0 requests" in result.stdout


def test_import_upsert_strategy_and_strategy_checks(sandbox: Sandbox, work: Path) -> None:
    (work / "people.jsonl").write_text(
        "\n".join(json.dumps({"email": "u@example.com", "firstName": name}) for name in ("One", "Two")) + "\n"
    )
    assert run("import", "highlevel", "people.jsonl", "--merge-strategy", "upsert").exit_code == 0
    assert [c["firstName"] for c in highlevel_contacts(sandbox)] == ["Two"]
    wrong = run("import", "highlevel", "people.jsonl", "--merge-strategy", "append")
    assert wrong.exit_code == 2 and "highlevel takes create, upsert" in wrong.stderr


def test_a_rerun_sends_nothing_again(sandbox: Sandbox, work: Path) -> None:
    write_highlevel_file(work / "people.csv")
    assert run("import", "highlevel", "people.csv").exit_code == 1
    again = run("import", "highlevel", "people.csv")
    assert again.exit_code == 1 and "7 done before" in again.stdout and "0 requests" in again.stdout
    assert len(highlevel_contacts(sandbox)) == 7


def test_a_changed_file_or_changed_arguments_are_refused(sandbox: Sandbox, work: Path) -> None:
    write_highlevel_file(work / "people.csv")
    assert run("import", "highlevel", "people.csv").exit_code == 1
    other = run("import", "highlevel", "people.csv", "--merge-strategy", "upsert")
    assert other.exit_code == 2 and "merge_strategy: was 'create', now 'upsert'" in other.stderr
    with (work / "people.csv").open("a") as handle:
        handle.write("Late,Row,late@example.com,,,,,\n")
    changed = run("import", "highlevel", "people.csv")
    assert changed.exit_code == 2 and "the input file changed" in changed.stderr
    assert len(highlevel_contacts(sandbox)) == 7


def test_two_runs_of_one_job_cannot_both_send(sandbox: Sandbox, work: Path, state_dir: Path) -> None:
    write_highlevel_file(work / "people.csv")
    (work / "other.csv").write_text("email\nx@example.com\n")
    assert run("import", "highlevel", "other.csv").exit_code == 0  # another job: its own journal
    assert run("import", "highlevel", "people.csv", "--dry-run").exit_code == 0  # leaves none
    assert run("import", "highlevel", "people.csv").exit_code == 1
    (_, people_journal) = sorted(journals(state_dir), key=lambda path: "people" in path.name)
    assert "people.csv" in people_journal.name
    with Journal(people_journal):
        held = run("import", "highlevel", "people.csv", "--restart")
    assert held.exit_code == 3 and "another run of this job holds" in held.stderr
    assert len(highlevel_contacts(sandbox)) == 8


def test_missing_credentials_and_a_dead_service_are_fatal(
    sandbox: Sandbox, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_highlevel_file(work / "people.csv")
    monkeypatch.delenv("HIGHLEVEL_TOKEN")
    missing = run("import", "highlevel", "people.csv")
    assert missing.exit_code == 3 and "HIGHLEVEL_TOKEN" in missing.stderr
    monkeypatch.setenv("HIGHLEVEL_TOKEN", "wrong-token")
    refused = run("import", "highlevel", "people.csv")
    assert refused.exit_code == 3, refused
    assert "wrong-token" not in refused.stderr + refused.stdout
    dead = run("export", "sakari", "--out", "x.csv", "--base-url", "http://127.0.0.1:9/v1")
    assert dead.exit_code == 3 and "the service failed" in dead.stderr


def test_a_usage_error_exits_2(sandbox: Sandbox, work: Path) -> None:
    assert run("export", "nowhere", "--out", "x.csv").exit_code == 2
    assert run("sync", "sakari", "highlevel").exit_code == 2


def test_quiet_prints_nothing_and_plain_progress_lines_off_a_terminal(sandbox: Sandbox, work: Path) -> None:
    seed_sakari(10)
    quiet = run("export", "sakari", "--out", "q.csv", "--quiet")
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_the_summary_counts_429_answers_and_retries(sandbox: Sandbox, work: Path) -> None:
    from contacts_sandbox import RateLimit

    seed_sakari(100)
    # Two calls a second and four side by side: the first burst meets 429s however slow the machine is.
    sandbox.configure(sakari_rate_limit=RateLimit(2, 1.0))
    result = run("export", "sakari", "--out", "limited.csv", "--concurrency", "4", "--page-size", "20")
    assert result.exit_code == 0, result
    summary = result.stdout.strip().splitlines()[-1]
    requests = int(summary.split("; ")[1].split(" requests")[0])
    retries = int(summary.split("requests, ")[1].split(" retries")[0])
    throttled = int(summary.split("retries, ")[1].split(" answered 429")[0])
    # The client starts paced (one call until the limit is known), so 429s are rare: each one is retried once.
    assert retries == throttled and requests >= 4 + throttled


def seed_highlevel(*people: dict[str, object]) -> list[str]:
    with HighLevel() as client:
        return [str(client.contacts.create(**person).contact.id) for person in people]  # type: ignore[arg-type]


def test_sync_mirrors_one_way_with_consent_and_only_what_changed(sandbox: Sandbox, work: Path) -> None:
    from highlevel_client.models import DndSetting, DndSettings, DndStatus

    ids = seed_highlevel(
        {"first_name": "Ann", "email": "ann@example.com", "phone": "+15551230001"},
        {"first_name": "Bob", "email": "bob@example.com", "phone": "+15551230002", "dnd": True},
        {
            "first_name": "Cid",
            "phone": "+15551230003",
            "dnd_settings": DndSettings(sms=DndSetting(status=DndStatus.PERMANENT)),
        },
        {"first_name": "Dee", "email": "dee@example.com"},
    )
    plan = run("sync", "highlevel", "sakari", "--dry-run")
    assert plan.exit_code == 0, plan
    assert sakari_contacts(sandbox) == [] and list(work.iterdir()) == []
    assert (
        "1 creates" in plan.stdout and "2 opt-outs (not sent)" in plan.stdout and "1 skipped (no phone)" in plan.stdout
    )
    assert "deletions are not mirrored" in plan.stderr

    first = run("sync", "highlevel", "sakari")
    assert first.exit_code == 0, first
    assert [(c["firstName"], c["mobile"]["number"]) for c in sakari_contacts(sandbox)] == [("Ann", "+15551230001")]

    again = run("sync", "highlevel", "sakari")
    # Every contact, sent or not, was settled at its dateUpdated: the run costs its one search page.
    assert "4 unchanged" in again.stdout and "creates" not in again.stdout and "; 1 requests" in again.stdout

    with HighLevel() as client:
        client.contacts.update(ids[0], last_name="Changed")
    changed = run("sync", "highlevel", "sakari")
    assert "1 updates" in changed.stdout
    assert [c.get("lastName") for c in sakari_contacts(sandbox)] == ["Changed"]

    with HighLevel() as client:
        client.contacts.update(ids[0], dnd=True)
    opted_out = run("sync", "highlevel", "sakari")
    assert "1 opt-outs removed from Sakari" in opted_out.stdout
    assert sakari_contacts(sandbox) == []


def test_sync_matches_existing_sakari_contacts_by_email(sandbox: Sandbox, work: Path) -> None:
    with Sakari() as client:
        existing = str(client.contacts.create(email="dee@example.com", first_name="Old").data[0].id)
    seed_highlevel({"first_name": "Dee", "email": "dee@example.com"})
    result = run("sync", "highlevel", "sakari", "--match", "email")
    assert "1 updates" in result.stdout, result
    assert [(c["id"], c["firstName"]) for c in sakari_contacts(sandbox)] == [(existing, "Dee")]


def test_the_console_script_is_installed() -> None:
    import subprocess
    import sys

    script = Path(sys.executable).parent / "contacts-sdk"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert all(command in result.stdout for command in ("export", "import", "sync"))


def test_import_stops_at_the_daily_limit_and_resumes_the_next_day(
    sandbox: Sandbox, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from contacts_sandbox import RateLimit

    sandbox.configure(highlevel_rate_limit=RateLimit(1000, 1.0))
    monkeypatch.setattr(sandbox.highlevel, "daily_limit", 4)
    rows = [{"email": f"d{number}@example.com"} for number in range(6)] + [{"firstName": "No key"}]
    (work / "people.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    stopped = run("import", "highlevel", "people.jsonl", "--concurrency", "3")
    assert stopped.exit_code == 3, stopped
    assert "daily limit of 4 calls is spent" in stopped.stderr and "run the same command then" in stopped.stderr
    assert len(highlevel_contacts(sandbox)) == 4
    sandbox.highlevel.daily_used.clear()  # the next day
    monkeypatch.setattr(sandbox.highlevel, "daily_limit", 3)  # exactly what is left: nothing is looked up or resent
    resumed = run("import", "highlevel", "people.jsonl", "--concurrency", "3")
    assert resumed.exit_code == 0, resumed
    assert "4 done before" in resumed.stdout and "3 sent" in resumed.stdout and "3 requests" in resumed.stdout
    people = highlevel_contacts(sandbox)
    assert sorted(contact.get("email") or "" for contact in people) == ["", *(row["email"] for row in rows[:6])]
