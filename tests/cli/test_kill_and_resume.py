"""A real import and a real export, killed with SIGKILL at random moments, then resumed: nothing lost, nothing twice."""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sakari_client import Sakari

from contacts_sandbox import Sandbox, SandboxServer

from .conftest import environment_for_subprocess, highlevel_contacts, sakari_contacts

KEYED, KEYLESS = 360, 40


def command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "contacts_cli", *arguments]


def kill_at_random(
    arguments: list[str],
    environment: dict[str, str],
    folder: Path,
    rng: random.Random,
    done: Callable[[], int],
    total: int,
) -> int:
    """Start the job and SIGKILL it after a random delay, a few times; then let it finish. The last exit code.

    ``done`` tells how far the job got; at least one kill must land in the middle of it.
    """
    kills = 0
    seen: list[int] = []
    for _ in range(3):
        before = done()
        process = subprocess.Popen(
            arguments, env=environment, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        # Once the job makes progress (starting the process takes a while), kill it at a random moment soon after.
        deadline = time.monotonic() + 60
        while done() == before and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.4))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.communicate(timeout=30)
        seen.append(done())
    assert kills and any(0 < count < total for count in seen), f"no kill landed mid-job: {seen}"
    final = subprocess.run(arguments, env=environment, cwd=folder, capture_output=True, text=True, timeout=300)
    assert final.returncode in (0, 1), final.stderr
    return final.returncode


def test_import_killed_and_resumed_creates_every_keyed_row_exactly_once(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox, tmp_path: Path
) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    # Duplicates allowed, so that a row sent twice would show as two contacts; latency, so that kills land mid-run.
    contacts_sandbox.configure(allow_duplicates=True, highlevel_rate_limit=None, latency_ms=15)
    rows = [{"firstName": f"Keyed{n}", "email": f"person{n}@example.com"} for n in range(KEYED)]
    rows += [{"firstName": f"Keyless{n}", "lastName": "Nokey"} for n in range(KEYLESS)]
    rng.shuffle(rows)
    source = tmp_path / "people.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows))

    arguments = command("import", "highlevel", str(source), "--concurrency", "4")
    environment = environment_for_subprocess(contacts_sandbox_server)
    exit_code = kill_at_random(
        arguments, environment, tmp_path, rng, lambda: len(highlevel_contacts(contacts_sandbox)), len(rows)
    )

    stored = highlevel_contacts(contacts_sandbox)
    names = [contact["firstName"] for contact in stored]
    for row in rows:
        if "email" in row:
            assert names.count(row["firstName"]) == 1, (seed, row)
    unknown: set[str] = set()
    rejects = tmp_path / "people.jsonl.rejects.csv"
    if rejects.exists():
        with rejects.open(newline="") as handle:
            for line in csv.DictReader(handle):
                assert line["_error"].startswith("unknown: "), (seed, line)
                unknown.add(json.loads(line["_contact"])["firstName"])
    assert exit_code == (1 if unknown else 0), seed
    for row in rows:
        if "email" not in row:
            # A keyless row is never sent twice; one missing was lost in a kill and is reported, not guessed.
            assert names.count(row["firstName"]) <= 1, (seed, row)
            if names.count(row["firstName"]) == 0:
                assert row["firstName"] in unknown, (seed, row)
    assert len(stored) == len(set(names)), seed


def test_export_killed_and_resumed_writes_every_contact_exactly_once(
    contacts_sandbox_server: SandboxServer, sandbox: Sandbox, tmp_path: Path
) -> None:
    contacts_sandbox = sandbox
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    environment = environment_for_subprocess(contacts_sandbox_server)
    rows = ["firstName,lastName,mobile,email"] + [f"E{n},Port,+1777{n:07d},e{n}@example.com" for n in range(4000)]
    with Sakari() as client:
        assert client.contacts.import_csv("\n".join(rows).encode()).data.inserted == 4000
    contacts_sandbox.configure(latency_ms=10)
    out = tmp_path / "all.csv"
    arguments = command("export", "sakari", "--out", str(out), "--page-size", "10", "--concurrency", "4")

    def lines_written() -> int:
        return max(len(out.read_bytes().splitlines()) - 1, 0) if out.exists() else 0

    assert kill_at_random(arguments, environment, tmp_path, rng, lines_written, 4000) == 0

    with out.open(newline="") as handle:
        written = list(csv.DictReader(handle))
    expected = sakari_contacts(contacts_sandbox)
    assert [row["id"] for row in written] == [contact["id"] for contact in expected], seed
    assert [row["mobile.number"] for row in written] == [contact["mobile"]["number"] for contact in expected]
