"""Run a command while the contacts sandbox serves on 127.0.0.1.

    python scripts/with_sandbox.py COMMAND [ARGS...]

The command runs with ``SAKARI_*`` and ``HIGHLEVEL_*`` pointing the clients at the sandbox.
"""

from __future__ import annotations

import os
import subprocess
import sys

from contacts_sandbox import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, SandboxServer


def main() -> int:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    with SandboxServer() as server:
        environment = {
            **os.environ,
            "SAKARI_BASE_URL": server.sakari_base_url,
            "SAKARI_CLIENT_ID": SAKARI_CLIENT_ID,
            "SAKARI_CLIENT_SECRET": SAKARI_CLIENT_SECRET,
            "SAKARI_ACCOUNT_ID": "demo-account",
            "HIGHLEVEL_BASE_URL": server.highlevel_base_url,
            "HIGHLEVEL_TOKEN": HIGHLEVEL_TOKEN,
            "HIGHLEVEL_LOCATION_ID": "demo-location",
        }
        return subprocess.run(sys.argv[1:], env=environment).returncode


if __name__ == "__main__":
    sys.exit(main())
