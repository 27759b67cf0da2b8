"""The sync and the async ``send`` are the same loop: one scripted answer sequence, the same decisions.

Each client runs against an httpx ``MockTransport`` that plays 429, 401, 503, a read timeout and 200 to
one ``contacts.get``; its ``CallPlan`` records every decision, ``_sleep`` records every wait, the
transport every request. Both runs must record exactly the same.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from contacts_runtime._request_loop import RENEW, RETURN, SEND, CallPlan, Failure, Retry, RetryRules
from sakari_client import AsyncSakari, Sakari

SAMPLES = Path(__file__).resolve().parents[1] / "contract" / "samples"
CONTACT = json.loads((SAMPLES / "sakari_create_contact_response.json").read_text(encoding="utf-8"))["data"][0]
TOKEN_PATH = "/oauth2/token"

Record = list[tuple[str, object, object]]


def recording(decisions: Record) -> type[CallPlan]:
    """A ``CallPlan`` that notes each question it is asked and the decision it gave."""

    class RecordingPlan(CallPlan):
        __slots__ = ()

        def pace(self) -> Any:
            decision = super().pace()
            decisions.append(("pace", None, decision))
            return decision

        def answered(self, status_code: int, headers: Mapping[str, str]) -> Any:
            decision = super().answered(status_code, headers)
            decisions.append(("answered", status_code, decision))
            return decision

        def failed(self, failure: Failure | None) -> Any:
            decision = super().failed(failure)
            decisions.append(("failed", failure, decision))
            return decision

    return RecordingPlan


class ScriptedService:
    """Tokens on request (a new one each time); the API's answers in the order scripted."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, str | None]] = []
        self.tokens = 0
        self.script: list[Callable[[httpx.Request], httpx.Response]] = [
            lambda _: httpx.Response(429, headers={"retry-after-ms": "250"}, json={"error": {"message": "slow"}}),
            lambda _: httpx.Response(401, json={"error": {"message": "expired"}}),
            lambda _: httpx.Response(503, json={"error": {"message": "down"}}),
            self.time_out,
            lambda _: httpx.Response(200, json={"success": True, "data": CONTACT}),
        ]

    @staticmethod
    def time_out(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.method, request.url.path, request.headers.get("authorization")))
        if request.url.path.endswith(TOKEN_PATH):
            self.tokens += 1
            return httpx.Response(200, json={"access_token": f"token-{self.tokens}", "expires_in": 3600})
        return self.script.pop(0)(request)


RULES = RetryRules(3, 60.0, random=lambda: 0.5)
EXPECTED_SLEEPS = [0.25, 1.0 * 0.875, 2.0 * 0.875]


def run_sync() -> tuple[Record, list[float], ScriptedService, str]:
    service, decisions, sleeps = ScriptedService(), Record(), list[float]()
    client = Sakari(
        client_id="client-1",
        client_secret="secret",
        account_id="acc-1",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
    )
    client._rules = RULES
    client._plan_type = recording(decisions)
    client._sleep = sleeps.append  # type: ignore[method-assign,assignment]
    with client:
        contact = client.contacts.get("contact-1")
    return decisions, sleeps, service, str(contact.to_dict()["data"]["id"])


def run_async() -> tuple[Record, list[float], ScriptedService, str]:
    service, decisions, sleeps = ScriptedService(), Record(), list[float]()

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    async def call() -> str:
        client = AsyncSakari(
            client_id="client-1",
            client_secret="secret",
            account_id="acc-1",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(service)),
            strict_response_validation=True,
        )
        client._rules = RULES
        client._plan_type = recording(decisions)
        client._sleep = record  # type: ignore[method-assign]
        async with client:
            contact = await client.contacts.get("contact-1")
        return str(contact.to_dict()["data"]["id"])

    return decisions, sleeps, service, asyncio.run(call())


def test_one_answer_sequence_gives_the_same_decisions_through_the_sync_and_the_async_loop() -> None:
    sync_decisions, sync_sleeps, sync_service, sync_id = run_sync()
    async_decisions, async_sleeps, async_service, async_id = run_async()

    token_call = [("pace", None, SEND), ("answered", 200, RETURN)]
    expected = [
        *token_call,
        ("pace", None, SEND),
        ("answered", 429, Retry(0.25, 1)),
        ("pace", None, SEND),
        ("answered", 401, RENEW),
        *token_call,
        ("pace", None, SEND),
        ("answered", 503, Retry(0.875, 2)),
        ("pace", None, SEND),
        ("failed", Failure.TIMED_OUT, Retry(1.75, 3)),
        ("pace", None, SEND),
        ("answered", 200, RETURN),
    ]
    assert sync_decisions == expected
    assert async_decisions == sync_decisions
    assert sync_sleeps == async_sleeps == EXPECTED_SLEEPS
    contact_path = "/v1/accounts/acc-1/contacts/contact-1"
    assert sync_service.requests == async_service.requests
    assert [(path.endswith(TOKEN_PATH), token) for _, path, token in sync_service.requests] == [
        (True, None),
        (False, "Bearer token-1"),
        (False, "Bearer token-1"),
        (True, None),
        (False, "Bearer token-2"),
        (False, "Bearer token-2"),
        (False, "Bearer token-2"),
    ]
    assert {path for _, path, _ in sync_service.requests if not path.endswith(TOKEN_PATH)} == {contact_path}
    assert sync_id == async_id == CONTACT["id"]


@pytest.mark.parametrize("run", [run_sync, run_async])
def test_the_scripted_sequence_logs_each_decision(
    run: Callable[[], tuple[Record, list[float], ScriptedService, str]], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("INFO", logger="sakari_client"):
        run()
    assert [record.getMessage() for record in caplog.records if record.name == "sakari_client"] == [
        "Retrying GET getContact in 0.25 s after 429",
        "Answer 401: fetching a new token and trying once more",
        "Retrying GET getContact in 0.88 s after 503",
        "Retrying GET getContact in 1.75 s after ReadTimeout",
    ]
