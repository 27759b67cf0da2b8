"""Pytest fixtures: the sandbox on a free port for the whole session, emptied before each test, and clients.

Installed with the package, so a user's own tests can ask for ``sakari_sandbox`` or
``highlevel_sandbox`` and get a ready client talking to a fresh sandbox. Pytest loads this plugin in
every project where the distribution is installed, so it imports nothing optional (starlette,
uvicorn, jsonschema, yaml) until a sandbox fixture is used; then, if the ``sandbox`` extra is
missing, the test errors with the ``pip install "contacts-sdk[sandbox]"`` to run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from . import import_module

if TYPE_CHECKING:
    from highlevel_client import HighLevel
    from sakari_client import Sakari

    from . import Sandbox, SandboxServer


def _sandbox_module(relative: str) -> Any:
    from contacts_runtime._extras import ExtraMissing  # not at the top: see import_module

    try:
        return import_module(relative)
    except ExtraMissing as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def contacts_sandbox_server() -> Iterator[SandboxServer]:
    """The sandbox server, started once per test session on a free port of 127.0.0.1."""
    with _sandbox_module("._server").SandboxServer() as server:
        yield server


@pytest.fixture
def contacts_sandbox(contacts_sandbox_server: SandboxServer) -> Iterator[Sandbox]:
    """The sandbox, empty and with default settings; change them with ``contacts_sandbox.configure(...)``."""
    defaults = vars(_sandbox_module("._app").SandboxSettings())
    sandbox = contacts_sandbox_server.sandbox
    sandbox.configure(**defaults)
    sandbox.reset()
    yield sandbox
    sandbox.configure(**defaults)


@pytest.fixture
def sakari_sandbox(contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox) -> Iterator[Sakari]:
    """A ``Sakari`` client for account ``acct-1`` of the sandbox."""
    from sakari_client import Sakari

    app = _sandbox_module("._app")
    with Sakari(
        client_id=app.SAKARI_CLIENT_ID,
        client_secret=app.SAKARI_CLIENT_SECRET,
        account_id="acct-1",
        base_url=contacts_sandbox_server.sakari_base_url,
    ) as client:
        yield client


@pytest.fixture
def highlevel_sandbox(contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox) -> Iterator[HighLevel]:
    """A ``HighLevel`` client for location ``loc-1`` of the sandbox."""
    from highlevel_client import HighLevel

    app = _sandbox_module("._app")
    with HighLevel(
        token=app.HIGHLEVEL_TOKEN, location_id="loc-1", base_url=contacts_sandbox_server.highlevel_base_url
    ) as client:
        yield client
