"""Run schemathesis against the sandbox, both specs, with its response-conformance checks.

The sandbox runs in this process on a free loopback port; schemathesis gets a valid token for each
API, a bounded number of examples per operation, and a time budget. Exits with schemathesis's code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from contacts_sandbox import (
    HIGHLEVEL_TOKEN,
    SAKARI_CLIENT_ID,
    SAKARI_CLIENT_SECRET,
    Sandbox,
    SandboxServer,
    SandboxSettings,
)

ROOT = Path(__file__).resolve().parent.parent
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
MAX_EXAMPLES = "15"
MAX_SECONDS = "40"


def main() -> int:
    # No rate limit: schemathesis sends far more than 100 requests in 10 s, and a 429 is not what it checks.
    settings = SandboxSettings(highlevel_rate_limit=None)
    with SandboxServer(Sandbox(settings)) as server:
        token = httpx.post(
            f"{server.url}/oauth2/token",
            json={
                "grant_type": "client_credentials",
                "client_id": SAKARI_CLIENT_ID,
                "client_secret": SAKARI_CLIENT_SECRET,
            },
        ).json()["access_token"]
        runs = [
            ("spec/sakari.yaml", server.sakari_base_url, f"Authorization: Bearer {token}"),
            ("spec/highlevel.yaml", server.highlevel_base_url, f"Authorization: Bearer {HIGHLEVEL_TOKEN}"),
        ]
        worst = 0
        for spec, url, header in runs:
            command = [
                str(Path(sys.executable).parent / "schemathesis"),
                "run",
                str(ROOT / spec),
                "--url",
                url,
                "--header",
                header,
                "--checks",
                CHECKS,
                "--mode",
                "positive",
                "--phases",
                "examples,coverage,fuzzing",
                "--max-examples",
                MAX_EXAMPLES,
                "--max-time",
                MAX_SECONDS,
                "--seed",
                "1",
                "--workers",
                "1",
                "--request-timeout",
                "10",
                "--generation-with-security-parameters",
                "false",
            ]
            print(f"schemathesis: {spec} against {url}", flush=True)
            worst = max(worst, subprocess.run(command, cwd=ROOT).returncode)
        return worst


if __name__ == "__main__":
    sys.exit(main())
