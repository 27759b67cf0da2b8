"""A client's life at both ends: the constructor checks base_url, a refused connection says what failed,
a closed client says so and leaves no resource open."""

from __future__ import annotations

import asyncio
import gc
import socket
import warnings

import httpx
import pytest
from contacts_runtime import errors
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client import errors as highlevel_errors
from sakari_client import AsyncSakari, Sakari

from .conftest import Service

CLIENTS = [Sakari, AsyncSakari, HighLevel, AsyncHighLevel]
CREDENTIALS = {Sakari: {"client_id": "i", "client_secret": "s"}, HighLevel: {"token": "t"}}


def _credentials(cls: type) -> dict[str, str]:
    return CREDENTIALS[Sakari if "Sakari" in cls.__name__ else HighLevel]


@pytest.mark.parametrize(
    ("base_url", "why"),
    [
        ("api.sakari.io/v1", "scheme"),
        ("ftp://api.sakari.io", "scheme"),
        ("https://", "host"),
        ("https:///v1", "host"),
        ("http://host:port", "not a URL"),
    ],
)
@pytest.mark.parametrize("cls", CLIENTS)
def test_a_base_url_without_scheme_or_host_is_refused(cls: type, base_url: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        cls(base_url=base_url, **_credentials(cls))


def test_the_base_url_error_does_not_show_its_password() -> None:
    with pytest.raises(ValueError) as caught:
        HighLevel(token="t", base_url="ftp://user:pw-secret@host")
    assert "pw-secret" not in str(caught.value)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_refused_connection_says_so_in_its_message() -> None:
    port = _closed_port()
    client = HighLevel(token="t", location_id="l", base_url=f"http://127.0.0.1:{port}", max_retries=0)
    with client, pytest.raises(errors.APIConnectionError) as caught:
        client.contacts.get("c-1")
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and ("refused" in message.lower() or "connect" in message.lower())
    assert caught.value.may_have_reached_server is False


def test_a_sync_client_used_after_close_raises_client_closed_error(service: Service) -> None:
    client = HighLevel(token="t", location_id="l", http_client=httpx.Client(transport=httpx.MockTransport(service)))
    with client:
        pass
    with pytest.raises(errors.ClientClosedError, match="closed"):
        client.contacts.get("c-1")
    own = HighLevel(token="t", location_id="l")
    own.close()
    with pytest.raises(errors.ClientClosedError):
        own.contacts.get("c-1")
    with pytest.raises(errors.ClientClosedError):
        own.with_options(max_retries=0).contacts.get("c-1")
    assert service.requests == []
    assert issubclass(highlevel_errors.ClientClosedError, errors.APIConnectionError)
    assert highlevel_errors.ClientClosedError().may_have_reached_server is False


def test_an_async_client_used_after_close_raises_client_closed_error() -> None:
    async def scenario() -> None:
        async with AsyncHighLevel(token="t", location_id="l") as client:
            pass
        with pytest.raises(errors.ClientClosedError):
            await client.contacts.get("c-1")

    asyncio.run(scenario())


@pytest.mark.parametrize("cls", [Sakari, HighLevel])
def test_a_closed_client_leaves_no_resource_warning(cls: type) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with cls(**_credentials(cls)):
            pass
        client = cls(**_credentials(cls))
        client.close()
        del client
        gc.collect()
    assert [warning for warning in caught if issubclass(warning.category, ResourceWarning)] == []
