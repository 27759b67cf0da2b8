"""Run a command while Prism mocks both specs, and HighLevel v3's as generated, on 127.0.0.1.

    python scripts/with_prism.py COMMAND [ARGS...]

Each spec gets its own Prism on a free loopback port; the command runs with ``SAKARI_BASE_URL``,
``HIGHLEVEL_BASE_URL`` and ``HIGHLEVEL_V3_BASE_URL`` pointing at them and dummy credentials set, and
every mock is stopped after.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "tools" / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 60
DUMMY_CREDENTIALS = {
    "SAKARI_CLIENT_ID": "demo-client",
    "SAKARI_CLIENT_SECRET": "demo-secret",
    "SAKARI_ACCOUNT_ID": "demo-account",
    "HIGHLEVEL_TOKEN": "demo-token",
    "HIGHLEVEL_LOCATION_ID": "ve9EPM428h8vShlRW1KT",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(process: subprocess.Popen[bytes], port: int, name: str) -> None:
    """Return once ``process`` listens on ``port``; fail if it exits or takes longer than STARTUP_SECONDS."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        if process.poll() is not None:
            output = process.stderr.read().decode() if process.stderr else "(see its log)"
            raise SystemExit(f"prism for {name} exited: {output}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"prism for {name} did not start within {STARTUP_SECONDS} s")
        time.sleep(0.2)


@contextlib.contextmanager
def prism(spec: str) -> Iterator[str]:
    """A Prism mock of ``<spec>`` (a path under the repository) on 127.0.0.1; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(ROOT / spec)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(process, port, spec)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def main() -> int:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    with (
        prism("spec/sakari.yaml") as sakari,
        prism("spec/highlevel.yaml") as highlevel,
        # v3 is spec/highlevel.yaml with the overlay applied, as generated next to its client
        prism("generated/highlevel_v3_client/openapi.yaml") as highlevel_v3,
    ):
        environment = {
            **os.environ,
            **DUMMY_CREDENTIALS,
            "SAKARI_BASE_URL": sakari,
            "HIGHLEVEL_BASE_URL": highlevel,
            "HIGHLEVEL_V3_BASE_URL": highlevel_v3,
        }
        return subprocess.run(sys.argv[1:], env=environment).returncode


if __name__ == "__main__":
    sys.exit(main())
