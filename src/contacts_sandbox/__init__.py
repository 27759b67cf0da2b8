"""A stateful local sandbox of the Sakari and HighLevel contact APIs, served from the clients' own specs.

``contacts-sandbox --port 8080`` serves it from the command line; ``SandboxServer`` runs it in a thread;
the pytest plugin gives the fixtures ``contacts_sandbox``, ``sakari_sandbox`` and ``highlevel_sandbox``.
"""

from ._app import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, Sandbox, SandboxSettings
from ._server import SandboxServer
from ._service import RateLimit

__all__ = [
    "HIGHLEVEL_TOKEN",
    "SAKARI_CLIENT_ID",
    "SAKARI_CLIENT_SECRET",
    "RateLimit",
    "Sandbox",
    "SandboxServer",
    "SandboxSettings",
]
