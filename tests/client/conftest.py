"""Clients wired to in-process mock transports, with sleeps recorded instead of slept.

The project's own tests parse answers strictly, so drift in our own spec or sandbox fails them.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from highlevel_client import AsyncHighLevel, HighLevel
from sakari_client import AsyncSakari, Sakari

SAMPLES = Path(__file__).resolve().parents[1] / "contract" / "samples"
SECRET = "s3cr3t-client-secret"
TOKEN = "t0ken-value"
HIGHLEVEL_TOKEN = "hl-pit-t0ken"

Handler = Callable[[httpx.Request], httpx.Response]


def sample(name: str) -> Any:
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def jwt(expires_at: float) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    return f"{part({'alg': 'none'})}.{part({'exp': expires_at})}.signature"


class Service:
    """A scripted fake of both APIs: answers queued per path, every request kept."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.token_answers: list[httpx.Response | Exception] = []
        self.answers: list[httpx.Response | Exception] = []
        self.default: Handler | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self.token_answers if request.url.path.endswith("/oauth2/token") else self.answers
        if queue:
            answer = queue.pop(0)
            if isinstance(answer, Exception):
                raise answer
            return answer
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json={"access_token": TOKEN, "token_type": "bearer", "expires_in": 3600})
        assert self.default is not None, f"unexpected request {request.method} {request.url}"
        return self.default(request)

    def api_requests(self) -> list[httpx.Request]:
        return [request for request in self.requests if not request.url.path.endswith("/oauth2/token")]

    def token_requests(self) -> list[httpx.Request]:
        return [request for request in self.requests if request.url.path.endswith("/oauth2/token")]


@pytest.fixture
def service() -> Service:
    return Service()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def sakari(service: Service, sleeps: list[float]) -> Iterator[Sakari]:
    client = Sakari(
        client_id="client-1",
        client_secret=SECRET,
        account_id="acc-1",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
    )
    client._sleep = sleeps.append  # type: ignore[method-assign]
    yield client
    client.close()


@pytest.fixture
def async_sakari(service: Service, sleeps: list[float]) -> AsyncSakari:
    client = AsyncSakari(
        client_id="client-1",
        client_secret=SECRET,
        account_id="acc-1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
    )

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    client._sleep = record  # type: ignore[method-assign]
    return client


@pytest.fixture
def highlevel(service: Service, sleeps: list[float]) -> Iterator[HighLevel]:
    client = HighLevel(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
    )
    client._sleep = sleeps.append  # type: ignore[method-assign]
    yield client
    client.close()


@pytest.fixture
def async_highlevel(service: Service) -> AsyncHighLevel:
    return AsyncHighLevel(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
    )
