"""A stateful local sandbox of the Sakari and HighLevel contact APIs, served from the clients' own specs.

``contacts-sandbox --port 8080`` serves it from the command line; ``SandboxServer`` runs it in a thread;
the pytest plugin gives the fixtures ``contacts_sandbox``, ``sakari_sandbox`` and ``highlevel_sandbox``.

The sandbox needs the ``sandbox`` extra (``pip install "contacts-sdk[sandbox]"``). Its names are
imported on first use, so that the pytest plugin, which pytest loads in every project where the
distribution is installed, costs nothing and needs no extra until a sandbox fixture is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, Sandbox, SandboxSettings
    from ._server import SandboxServer, main
    from ._service import RateLimit

__all__ = [
    "HIGHLEVEL_TOKEN",
    "SAKARI_CLIENT_ID",
    "SAKARI_CLIENT_SECRET",
    "RateLimit",
    "Sandbox",
    "SandboxServer",
    "SandboxSettings",
    "main",
]

_HOMES = {
    "HIGHLEVEL_TOKEN": "._app",
    "SAKARI_CLIENT_ID": "._app",
    "SAKARI_CLIENT_SECRET": "._app",
    "Sandbox": "._app",
    "SandboxSettings": "._app",
    "SandboxServer": "._server",
    "RateLimit": "._service",
    "main": "._server",  # the contacts-sandbox command, so that it too names the extra when it is missing
}


def import_module(relative: str) -> Any:
    """A module of this package, or an ``ImportError`` whose message is ``pip install "contacts-sdk[sandbox]"``
    when a dependency of the extra is absent."""
    # Imported here, not above: the runtime takes a third of a second to load, which the pytest plugin
    # must not cost a project until a sandbox fixture is used (and the sandbox loads the runtime anyway).
    from contacts_runtime._extras import requires_extra

    with requires_extra("sandbox"):
        return importlib.import_module(relative, __name__)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
