"""Raw HTTP helpers for sandbox tests that must send what no client sends."""

from __future__ import annotations

from typing import Any

import httpx

from contacts_sandbox import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, SandboxServer

VERSION = "2021-07-28"


def sakari_token(
    server: SandboxServer, client_id: str = SAKARI_CLIENT_ID, client_secret: str = SAKARI_CLIENT_SECRET
) -> str:
    answer = httpx.post(
        f"{server.url}/oauth2/token",
        json={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
    )
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["access_token"]
    return token


def sakari_headers(server: SandboxServer, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {sakari_token(server)}", **extra}


def highlevel_headers(token: str = HIGHLEVEL_TOKEN, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Version": VERSION, **extra}


def message_of(answer: httpx.Response) -> str:
    """The error text of either service's error body."""
    body: Any = answer.json()
    if "error" in body and isinstance(body["error"], dict):
        return str(body["error"]["message"])
    return str(body["message"])
