"""Every sandbox setting takes effect, also when changed while serving, or is refused with a clear error."""

from __future__ import annotations

import base64
import dataclasses
import json
import math
import time
from collections.abc import Callable

import httpx
import pytest
from sakari_client import Sakari, errors

from contacts_sandbox import RateLimit, Sandbox, SandboxServer, SandboxSettings
from contacts_sandbox._drift import EXTRA_FIELD
from contacts_sandbox._service import Answer

from .helpers import highlevel_headers, message_of, sakari_headers, sakari_token


def test_token_ttl_expires_tokens_and_the_client_fetches_a_new_one(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> None:
    contacts_sandbox.configure(token_ttl=1)
    token_requests: list[httpx.Response] = []

    def count_tokens(response: httpx.Response) -> None:
        if response.request.url.path.endswith("/oauth2/token"):
            response.read()
            token_requests.append(response)

    http = httpx.Client(event_hooks={"response": [count_tokens]})
    client = Sakari(
        client_id="sandbox-client",
        client_secret="sandbox-secret",
        account_id="a",
        base_url=contacts_sandbox_server.sakari_base_url,
        http_client=http,
    )
    client.contacts.list()
    assert token_requests and all(answer.json()["expires_in"] == 1 for answer in token_requests)
    fetched = len(token_requests)
    first_token = token_requests[-1].json()["access_token"]
    claims = json.loads(base64.urlsafe_b64decode(first_token.split(".")[1] + "=="))
    time.sleep(max(0.0, claims["exp"] - time.time()) + 0.1)  # past the token's life (its exp is a whole second)
    expired = httpx.get(
        f"{contacts_sandbox_server.sakari_base_url}/accounts/a/contacts",
        headers={"Authorization": f"Bearer {first_token}"},
    )
    assert expired.status_code == 401 and "expired" in message_of(expired)
    client.contacts.list()
    assert len(token_requests) > fetched and token_requests[-1].json()["access_token"] != first_token


def _probe_latency(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(latency_ms=400)
    with pytest.raises(httpx.TimeoutException):
        httpx.get(f"{server.highlevel_base_url}/contacts/x", headers=highlevel_headers(), timeout=0.05)


def _probe_fault(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(fault="503")
    assert httpx.get(f"{server.highlevel_base_url}/contacts/x", headers=highlevel_headers()).status_code == 503


def _probe_sakari_rate_limit(server: SandboxServer, sandbox: Sandbox) -> None:
    headers = sakari_headers(server)
    sandbox.configure(sakari_rate_limit=RateLimit(1, 60.0))
    url = f"{server.sakari_base_url}/accounts/a/contacts"
    assert [httpx.get(url, headers=headers).status_code for _ in range(2)] == [200, 429]


def _probe_highlevel_rate_limit(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(highlevel_rate_limit=RateLimit(1, 60.0))
    url = f"{server.highlevel_base_url}/contacts/search/duplicate?locationId=l&email=a@b.c"
    assert [httpx.get(url, headers=highlevel_headers()).status_code for _ in range(2)] == [200, 429]


def _probe_sakari_credentials(server: SandboxServer, sandbox: Sandbox) -> None:
    old_token = sakari_token(server)
    sandbox.configure(sakari_credentials={"other-client": "other-secret"})
    url = f"{server.sakari_base_url}/accounts/a/contacts"
    assert httpx.get(url, headers={"Authorization": f"Bearer {old_token}"}).status_code == 401
    assert (
        httpx.post(
            f"{server.url}/oauth2/token",
            json={"grant_type": "client_credentials", "client_id": "sandbox-client", "client_secret": "sandbox-secret"},
        ).status_code
        == 401
    )
    new_token = sakari_token(server, "other-client", "other-secret")
    assert httpx.get(url, headers={"Authorization": f"Bearer {new_token}"}).status_code == 200


def _probe_sakari_accounts(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(sakari_accounts={"sandbox-client": "acct-a"})
    headers = sakari_headers(server)
    assert httpx.get(f"{server.sakari_base_url}/accounts/acct-a/contacts", headers=headers).status_code == 200
    assert httpx.get(f"{server.sakari_base_url}/accounts/acct-b/contacts", headers=headers).status_code == 403


def _probe_highlevel_tokens(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(highlevel_tokens=frozenset({"fresh-token"}))
    url = f"{server.highlevel_base_url}/contacts/search/duplicate?locationId=l&email=a@b.c"
    assert httpx.get(url, headers=highlevel_headers()).status_code == 401
    assert httpx.get(url, headers=highlevel_headers("fresh-token")).status_code == 200


def _probe_highlevel_locations(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(highlevel_locations={"sandbox-token": "loc-a"})
    url = f"{server.highlevel_base_url}/contacts/search/duplicate?email=a@b.c&locationId="
    assert httpx.get(url + "loc-a", headers=highlevel_headers()).status_code == 200
    assert httpx.get(url + "loc-b", headers=highlevel_headers()).status_code == 403


def _probe_token_ttl(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(token_ttl=120)
    answer = httpx.post(
        f"{server.url}/oauth2/token",
        json={"grant_type": "client_credentials", "client_id": "sandbox-client", "client_secret": "sandbox-secret"},
    )
    assert answer.json()["expires_in"] == 120


def _probe_allow_duplicates(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(allow_duplicates=True)
    url = f"{server.highlevel_base_url}/contacts/"
    body = {"locationId": "l", "email": "same@example.com"}
    assert [httpx.post(url, json=body, headers=highlevel_headers()).status_code for _ in range(2)] == [201, 201]


def _probe_drift(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(drift=True)
    url = f"{server.highlevel_base_url}/contacts/"
    answer = httpx.post(url, json={"locationId": "l", "email": "a@example.com"}, headers=highlevel_headers())
    assert EXTRA_FIELD in answer.json()["contact"]


def _probe_max_body_bytes(server: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.configure(max_body_bytes=100)
    url = f"{server.highlevel_base_url}/contacts/"
    answer = httpx.post(url, json={"locationId": "l", "firstName": "x" * 200}, headers=highlevel_headers())
    assert answer.status_code == 413


def _probe_check_answers(server: SandboxServer, sandbox: Sandbox) -> None:
    original = sandbox.highlevel.handlers["getDuplicateContact"]
    sandbox.highlevel.handlers["getDuplicateContact"] = lambda call: Answer(200, {"contact": "not an object"})
    try:
        url = f"{server.highlevel_base_url}/contacts/search/duplicate?locationId=l&email=a@b.c"
        assert httpx.get(url, headers=highlevel_headers()).status_code == 500
        sandbox.configure(check_answers=False)
        assert httpx.get(url, headers=highlevel_headers()).json() == {"contact": "not an object"}
    finally:
        sandbox.highlevel.handlers["getDuplicateContact"] = original


PROBES: dict[str, Callable[[SandboxServer, Sandbox], None]] = {
    "latency_ms": _probe_latency,
    "fault": _probe_fault,
    "sakari_rate_limit": _probe_sakari_rate_limit,
    "highlevel_rate_limit": _probe_highlevel_rate_limit,
    "sakari_credentials": _probe_sakari_credentials,
    "sakari_accounts": _probe_sakari_accounts,
    "highlevel_tokens": _probe_highlevel_tokens,
    "highlevel_locations": _probe_highlevel_locations,
    "token_ttl": _probe_token_ttl,
    "allow_duplicates": _probe_allow_duplicates,
    "drift": _probe_drift,
    "max_body_bytes": _probe_max_body_bytes,
    "check_answers": _probe_check_answers,
}


def test_every_setting_has_a_probe() -> None:
    assert set(PROBES) == {setting.name for setting in dataclasses.fields(SandboxSettings)}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_each_setting_takes_effect_while_serving(
    name: str, contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> None:
    PROBES[name](contacts_sandbox_server, contacts_sandbox)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"latency_ms": -1}, "latency_ms"),
        ({"latency_ms": math.inf}, "latency_ms"),
        ({"latency_ms": math.nan}, "latency_ms"),
        ({"latency_ms": 10**9}, "latency_ms"),
        ({"latency_ms": "fast"}, "latency_ms"),
        ({"fault": "boom"}, "fault"),
        ({"fault": "404"}, "fault"),
        ({"token_ttl": 0}, "token_ttl"),
        ({"token_ttl": True}, "token_ttl"),
        ({"token_ttl": 1.5}, "token_ttl"),
        ({"max_body_bytes": 0}, "max_body_bytes"),
        ({"highlevel_rate_limit": "5/1"}, "highlevel_rate_limit"),
        ({"sakari_credentials": {"id": ""}}, "sakari_credentials"),
        ({"sakari_accounts": {"ghost": "acct"}}, "sakari_accounts"),
        ({"highlevel_tokens": "one-token"}, "highlevel_tokens"),
        ({"highlevel_locations": {"ghost": "loc"}}, "highlevel_locations"),
        ({"drift": "yes"}, "drift"),
    ],
)
def test_settings_it_cannot_honour_are_refused(changes: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        SandboxSettings(**changes)  # type: ignore[arg-type]
    sandbox = Sandbox()
    with pytest.raises(ValueError, match=named):
        sandbox.configure(**changes)
    assert sandbox.settings == SandboxSettings()  # a refused change changes nothing


def test_unknown_setting_is_refused_by_name() -> None:
    with pytest.raises(TypeError, match="tokenTtl"):
        Sandbox().configure(tokenTtl=5)


@pytest.mark.parametrize(("limit", "interval"), [(0, 1.0), (1, 0.0), (1, math.inf), (1, math.nan), (1, 10**7)])
def test_rate_limits_it_cannot_honour_are_refused(limit: int, interval: float) -> None:
    with pytest.raises(ValueError, match="rate limit"):
        RateLimit(limit, interval)
    with pytest.raises(ValueError, match="rate limit"):
        RateLimit.parse(f"{limit}/{interval}")


def test_wrong_client_secret_is_refused_through_the_client(contacts_sandbox_server: SandboxServer) -> None:
    client = Sakari(
        client_id="sandbox-client",
        client_secret="nope",
        account_id="a",
        base_url=contacts_sandbox_server.sakari_base_url,
    )
    with pytest.raises(errors.AuthenticationError):
        client.contacts.list()


@pytest.mark.parametrize(
    ("arguments", "named"),
    [(["--latency-ms", "-1"], "latency_ms"), (["--fault", "boom"], "fault"), (["--token-ttl", "0"], "token_ttl")],
)
def test_command_line_refuses_what_it_cannot_honour(
    arguments: list[str], named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from contacts_sandbox._server import main

    with pytest.raises(SystemExit) as exited:
        main(["--port", "0", *arguments])
    assert exited.value.code == 2
    assert named in capsys.readouterr().err
