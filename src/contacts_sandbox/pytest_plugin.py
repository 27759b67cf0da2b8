"""Pytest fixtures: the sandbox on a free port for the whole session, emptied before each test, and clients.

Installed with the package (``pip install 'contacts-sdk[sandbox]'``), so a user's own tests can ask for
``sakari_sandbox`` or ``highlevel_sandbox`` and get a ready client talking to a fresh sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from highlevel_client import HighLevel
    from sakari_client import Sakari

    from . import Sandbox, SandboxServer


@pytest.fixture(scope="session")
def contacts_sandbox_server() -> Iterator[SandboxServer]:
    """The sandbox server, started once per test session on a free port of 127.0.0.1."""
    from ._server import SandboxServer

    with SandboxServer() as server:
        yield server


@pytest.fixture
def contacts_sandbox(contacts_sandbox_server: SandboxServer) -> Iterator[Sandbox]:
    """The sandbox, empty and with default settings; change them with ``contacts_sandbox.configure(...)``."""
    from ._app import SandboxSettings

    sandbox = contacts_sandbox_server.sandbox
    sandbox.configure(**vars(SandboxSettings()))
    sandbox.reset()
    yield sandbox
    sandbox.configure(**vars(SandboxSettings()))


@pytest.fixture
def sakari_sandbox(contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox) -> Iterator[Sakari]:
    """A ``Sakari`` client for account ``acct-1`` of the sandbox."""
    from sakari_client import Sakari

    from ._app import SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET

    with Sakari(
        client_id=SAKARI_CLIENT_ID,
        client_secret=SAKARI_CLIENT_SECRET,
        account_id="acct-1",
        base_url=contacts_sandbox_server.sakari_base_url,
    ) as client:
        yield client


@pytest.fixture
def highlevel_sandbox(contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox) -> Iterator[HighLevel]:
    """A ``HighLevel`` client for location ``loc-1`` of the sandbox."""
    from highlevel_client import HighLevel

    from ._app import HIGHLEVEL_TOKEN

    with HighLevel(
        token=HIGHLEVEL_TOKEN, location_id="loc-1", base_url=contacts_sandbox_server.highlevel_base_url
    ) as client:
        yield client
