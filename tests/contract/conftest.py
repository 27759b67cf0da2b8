"""Shared helpers of the contract tests: the seed samples and a recording mock transport."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from contacts_runtime import NO_BODY

SAMPLES = Path(__file__).parent / "samples"


def load_sample(name: str) -> Any:
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def same_json(actual: Any, expected: Any) -> bool:
    """The same JSON document: equal values of equal JSON types (``1``, ``1.0`` and ``true`` differ).

    Object key order is not compared: JSON objects are unordered, and the seed pages themselves
    write one object's keys in different orders on different pages.
    """
    return json.dumps(actual, sort_keys=True) == json.dumps(expected, sort_keys=True)


class Recorder:
    """An httpx mock transport that answers every request with one canned response and keeps the requests."""

    def __init__(self, status: int, body: Any = None, *, content: bytes | None = None) -> None:
        self.status = status
        self.content = content if content is not None else json.dumps(body).encode()
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, content=self.content, headers={"content-type": "application/json"})

    @property
    def only_request(self) -> httpx.Request:
        assert len(self.requests) == 1, self.requests
        return self.requests[0]


@attrs.frozen
class Wire:
    """A service at ``base_url`` answered by ``recorder``: operations are sent to it without retries or auth."""

    base_url: str
    recorder: Recorder


@attrs.frozen
class Exchange:
    status_code: int
    content: bytes
    parsed: Any


def exchange(module: Any, *args: Any, client: Wire, **kwargs: Any) -> Exchange:
    """One operation on the wire: its endpoint module's request with a bearer token, and the answer it parses."""
    request = module.build_request(*args, **kwargs)
    with httpx.Client(transport=httpx.MockTransport(client.recorder)) as http:
        response = http.request(
            request.method,
            client.base_url + request.path,
            params=request.params,
            headers={**request.headers, "Authorization": "Bearer test-token"},
            json=None if request.json is NO_BODY else request.json,
            content=request.content,
        )
    if response.is_success:
        return Exchange(response.status_code, response.content, module.parse_response(response))
    # An error answer's body is read through its service's table of error bodies, as the client reads it.
    config = importlib.import_module(module.__name__.split(".")[0] + "._config").CONFIG
    return Exchange(response.status_code, response.content, config.error_bodies.parse(response))


@pytest.fixture
def sakari_client() -> Callable[[Recorder], Wire]:
    return lambda recorder: Wire("https://api.sakari.io/v1", recorder)


@pytest.fixture
def highlevel_client() -> Callable[[Recorder], Wire]:
    return lambda recorder: Wire("https://services.leadconnectorhq.com", recorder)
