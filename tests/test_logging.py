"""The packages log as the logging HOWTO asks of a library: each package's logger has a ``NullHandler``, so a
drift warning reaches the handlers a user configures and never stderr uninvited; ``<PREFIX>_LOG`` still
turns on the package's own stderr output, and ``client.drift`` still holds every record.

Each case runs in a fresh interpreter: pytest installs its own logging handlers, and whether Python's
last-resort handler prints depends on there being none anywhere.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# One answer off the spec in two places: two drift records, two warnings the first time they are seen.
SCRIPT = textwrap.dedent(
    """
    import asyncio, logging, sys
    import httpx
    from highlevel_client import AsyncHighLevel, HighLevel

    mode, configure = sys.argv[1], sys.argv[2]
    if configure == "root-handler":
        logging.basicConfig(stream=sys.stdout, format="user-handler %(name)s %(levelname)s %(message)s")

    def answer(request):
        return httpx.Response(200, json={"contact": {"id": "c-1", "firstName": 42, "tags": "not-a-list"}})

    async def run_async():
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncHighLevel(token="t", location_id="l", http_client=http) as client:
            await client.contacts.get("c-1")
            return client.drift.records

    if mode == "async":
        records = asyncio.run(run_async())
    else:
        http = httpx.Client(transport=httpx.MockTransport(answer))
        with HighLevel(token="t", location_id="l", http_client=http) as client:
            client.contacts.get("c-1")
            records = client.drift.records
    print("records", len(records))
    """
)


def _run(mode: str, configure: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "HIGHLEVEL_LOG"}
    env.update(environment, PYTHONPATH=str(ROOT / "generated"))
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode, configure], capture_output=True, text=True, env=env, check=True
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_with_no_logging_configured_drift_stays_off_stderr_but_is_recorded(mode: str) -> None:
    result = _run(mode, "nothing")
    assert result.stderr == ""
    assert result.stdout.splitlines() == ["records 2"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_handler_the_user_adds_receives_each_drift_warning(mode: str) -> None:
    result = _run(mode, "root-handler")
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    warnings = [line for line in lines if line.startswith("user-handler highlevel_client WARNING getContact")]
    assert len(warnings) == 2 and any("$.contact.firstName" in line for line in warnings)
    assert lines[-1] == "records 2"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_log_variable_still_sends_the_packages_records_to_stderr(mode: str) -> None:
    result = _run(mode, "nothing", HIGHLEVEL_LOG="info")
    drift_lines = [line for line in result.stderr.splitlines() if "answered off the spec" in line]
    assert len(drift_lines) == 2 and all("highlevel_client WARNING" in line for line in drift_lines)


@pytest.mark.parametrize("package", ["sakari_client", "highlevel_client", "contacts_runtime"])
def test_each_package_logger_has_a_null_handler_and_still_propagates(package: str) -> None:
    __import__(package)
    logger = logging.getLogger(package)
    assert any(isinstance(handler, logging.NullHandler) for handler in logger.handlers)
    assert logger.propagate
