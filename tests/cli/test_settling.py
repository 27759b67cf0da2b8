"""A create whose answer is lost is settled by the row's natural key, never by sending it again."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from highlevel_client import errors

from contacts_cli._jobs import run_import
from contacts_cli._journal import Journal, Start
from contacts_cli._runtime import Reporter, Traffic
from contacts_cli._services import HighLevelService
from contacts_sandbox import Sandbox

from .conftest import highlevel_contacts


class AnswerLost(HighLevelService):
    """HighLevel whose creates are carried out, but whose answers never arrive."""

    def prepare(self, body: dict[str, Any], strategy: str) -> Callable[[], str]:
        send = super().prepare(body, strategy)

        def carried_out_then_lost() -> str:
            send()
            raise errors.APIConnectionError(httpx.Request("POST", "http://127.0.0.1/contacts/"))

        return carried_out_then_lost


def test_lost_answers_are_settled_by_lookup_and_keyless_rows_reported(sandbox: Sandbox, work: Path) -> None:
    sandbox.configure(allow_duplicates=True, highlevel_rate_limit=None)
    source = work / "people.jsonl"
    people = [{"firstName": "Keyed", "email": "k@example.com"}, {"firstName": "Phone", "phone": "+15550001111"}]
    people.append({"firstName": "Keyless"})
    source.write_text("".join(json.dumps(person) + "\n" for person in people))
    service = AnswerLost(Traffic(), None)
    try:
        with Reporter("import", quiet=True) as reporter:
            outcome = run_import(
                service,
                path=source,
                file_format="jsonl",
                strategy="create",
                state=work / "journal",
                start=Start.AUTO,
                dry_run=False,
                concurrency=1,
                job={"test": 1},
                reporter=reporter,
            )
    finally:
        service.close()
    assert outcome.counts == {"settled by lookup": 2, "unknown": 1} and outcome.exit_code == 1
    assert sorted(contact["firstName"] for contact in highlevel_contacts(sandbox)) == ["Keyed", "Keyless", "Phone"]
    with Journal(work / "journal") as journal:
        states = {number: record.state for number, record in journal.rows().items()}
    assert states == {1: "done", 2: "done", 3: "unknown"}
    rejects = (work / "people.jsonl.rejects.csv").read_text()
    assert "outcome unknown, no e-mail or phone" in rejects and "Keyless" in rejects
