"""The warehouse tests run offline, outside the home directory: dlt's telemetry off, its pipelines and the DuckDB
files in the test's temporary directory, which is also the working directory. Each test module skips where
the ``warehouse`` extra is missing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from highlevel_client import HighLevel

from contacts_sandbox import HIGHLEVEL_TOKEN, SandboxServer


@pytest.fixture(autouse=True)
def offline_dlt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """dlt's settings for a test: no telemetry, no home directory (its data dir and pipelines in ``tmp_path``)."""
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt-data"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def pipelines_dir(tmp_path: Path) -> Path:
    return tmp_path / "pipelines"


@pytest.fixture
def location_client(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Any
) -> Iterator[Callable[..., HighLevel]]:
    """A strict HighLevel client per location of the sandbox (each its own, as an agency's ``for_location`` gives)."""
    opened: list[HighLevel] = []
    given_http: list[httpx.Client] = []

    def open_client(location_id: str, **options: Any) -> HighLevel:
        if "http_client" in options:
            given_http.append(options["http_client"])  # a client never closes one it was given
        client = HighLevel(
            token=HIGHLEVEL_TOKEN,
            location_id=location_id,
            base_url=contacts_sandbox_server.highlevel_base_url,
            strict_response_validation=options.pop("strict_response_validation", True),
            **options,
        )
        opened.append(client)
        return client

    yield open_client
    for client in opened:
        client.close()
    for http in given_http:
        http.close()


def query(database: Path, sql: str, *parameters: Any) -> list[tuple[Any, ...]]:
    import duckdb  # here: each test module skips where the warehouse extra is missing

    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(sql, list(parameters)).fetchall()


def columns(database: Path, dataset: str, table: str) -> set[str]:
    rows = query(
        database,
        "select column_name from information_schema.columns where table_schema = ? and table_name = ?",
        dataset,
        table,
    )
    return {row[0] for row in rows}
