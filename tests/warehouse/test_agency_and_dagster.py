"""Every location of an agency into the warehouse: the command with --all-locations and --locations (an
uninstalled location reported and skipped), and Dagster's dynamic partitions filled from the installed
locations, a few materialised in-process, one after another, each into its own DuckDB file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from highlevel_client import HighLevel, oauth
from highlevel_client.oauth import TokenPair
from typer.testing import CliRunner

from contacts_cli._app import app
from contacts_sandbox import Sandbox, SandboxServer
from contacts_sandbox._highlevel_oauth import OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET

from ..cli.conftest import sandbox_environment
from .conftest import query

pytest.importorskip("dlt")

from contacts_warehouse import agency_clients

APP: dict[str, Any] = {"client_id": OAUTH_CLIENT_ID, "client_secret": OAUTH_CLIENT_SECRET}
APP_ID = OAUTH_CLIENT_ID.split("-")[0]  # the sandbox reads an app id from its client id, as HighLevel does
COMPANY = "company-7"
LOCATIONS = ("loc-1", "loc-2", "loc-3")


@pytest.fixture
def pair(contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer) -> TokenPair:
    code = contacts_sandbox.highlevel.oauth.mint_code(
        user_type="Company", company_id=COMPANY, approved_locations=LOCATIONS
    )
    with HighLevel(token="unused", base_url=contacts_sandbox_server.highlevel_base_url) as client:
        return oauth.exchange_code(client, **APP, code=code, user_type="Company")


def open_agency(server: SandboxServer, pair: TokenPair) -> HighLevel:
    return HighLevel.from_oauth(
        **APP,
        tokens=pair,
        on_tokens=lambda pair: None,
        base_url=server.highlevel_base_url,
        strict_response_validation=True,
    )


@pytest.fixture
def contacts(contacts_sandbox_server: SandboxServer, pair: TokenPair) -> Iterator[dict[str, set[str]]]:
    """Each location's contacts (2, 3 and 4), created through the agency's location clients."""
    with open_agency(contacts_sandbox_server, pair) as agency:
        yield {
            location: {
                str(agency.for_location(location).contacts.create(first_name=f"{location}-{n}").contact.id)
                for n in range(count)
            }
            for location, count in zip(LOCATIONS, (2, 3, 4), strict=True)
        }


@pytest.fixture
def agency_environment(
    contacts_sandbox_server: SandboxServer, pair: TokenPair, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in sandbox_environment(contacts_sandbox_server).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HIGHLEVEL_AGENCY_ACCESS_TOKEN", pair.access_token)
    monkeypatch.setenv("HIGHLEVEL_COMPANY_ID", COMPANY)
    monkeypatch.setenv("HIGHLEVEL_APP_ID", APP_ID)


def test_agency_clients_gives_a_location_client_per_installed_location(
    contacts_sandbox_server: SandboxServer, pair: TokenPair
) -> None:
    with open_agency(contacts_sandbox_server, pair) as agency:
        clients = agency_clients(agency, app_id=APP_ID)
        assert list(clients) == list(LOCATIONS)
        assert all(clients[location] is agency.for_location(location) for location in LOCATIONS)
        assert list(agency_clients(agency, location_ids=["loc-2", "loc-2"])) == ["loc-2"]


def test_load_all_locations_then_a_chosen_few_with_an_uninstalled_one_skipped(
    agency_environment: None, contacts: dict[str, set[str]], contacts_sandbox: Sandbox, offline_dlt: Path
) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["load", "highlevel", "--all-locations", "--pipelines-dir", "pipelines"])
    assert result.exit_code == 0, result.stderr
    assert "9 contacts" in result.stdout
    database = offline_dlt / "contacts.duckdb"
    by_location = query(database, "select location_id, count(*) from highlevel.contacts group by 1 order by 1")
    assert by_location == [(location, len(ids)) for location, ids in contacts.items()]

    contacts_sandbox.highlevel.oauth.uninstall("loc-2")
    result = runner.invoke(
        app, ["load", "highlevel", "--locations", "loc-1,loc-2", "--pipelines-dir", "pipelines", "--quiet"]
    )
    assert result.exit_code == 0, result.stderr
    assert "location loc-2 skipped: the app is no longer installed there" in result.stderr
    assert query(database, "select count(*) from highlevel.contacts") == [(9,)]


def test_dagster_partitions_are_filled_from_the_installed_locations_and_load_their_location(
    contacts_sandbox_server: SandboxServer,
    pair: TokenPair,
    contacts: dict[str, set[str]],
    contacts_sandbox: Sandbox,
    offline_dlt: Path,
) -> None:
    dagster = pytest.importorskip("dagster")
    from contacts_warehouse.dagster import LOCATIONS as PARTITIONS
    from contacts_warehouse.dagster import highlevel_definitions

    definitions = highlevel_definitions(
        lambda: open_agency(contacts_sandbox_server, pair), app_id=APP_ID, pipelines_dir=offline_dlt / "pipelines"
    )
    instance = dagster.DagsterInstance.ephemeral()
    sensor = definitions.resolve_sensor_def(f"{PARTITIONS}_sensor")
    result = sensor(dagster.build_sensor_context(instance=instance, definitions=definitions))
    for request in result.dynamic_partitions_requests:
        instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
    assert sorted(instance.get_dynamic_partitions(PARTITIONS)) == list(LOCATIONS)

    asset = definitions.resolve_assets_def("highlevel_contacts")
    for location in ("loc-1", "loc-3"):  # one after another, as DuckDB takes one writer
        run = dagster.materialize([asset], partition_key=location, instance=instance)
        assert run.success
        (materialization,) = run.asset_materializations_for_node("highlevel_contacts")
        assert materialization.metadata["row_counts"].data["contacts"] == len(contacts[location])
        rows = query(offline_dlt / f"contacts_{location}.duckdb", "select id from highlevel.contacts")
        assert {row[0] for row in rows} == contacts[location]
    assert not (offline_dlt / "contacts_loc-2.duckdb").exists()

    contacts_sandbox.highlevel.oauth.uninstall("loc-2")
    result = sensor(dagster.build_sensor_context(instance=instance, definitions=definitions))
    (removal,) = result.dynamic_partitions_requests
    assert isinstance(removal, dagster.DeleteDynamicPartitionsRequest) and list(removal.partition_keys) == ["loc-2"]


def test_load_takes_the_app_and_company_as_options_as_export_does(
    agency_environment: None,
    contacts: dict[str, set[str]],
    offline_dlt: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("HIGHLEVEL_COMPANY_ID")
    monkeypatch.delenv("HIGHLEVEL_APP_ID")
    arguments = ["load", "highlevel", "--all-locations", "--pipelines-dir", "pipelines"]

    without = CliRunner().invoke(app, [*arguments, "--app-id", APP_ID])
    loaded = CliRunner().invoke(app, [*arguments, "--app-id", APP_ID, "--company-id", COMPANY])

    assert without.exit_code == 3 and "--company-id or HIGHLEVEL_COMPANY_ID" in without.stderr
    assert loaded.exit_code == 0, loaded.stderr
    by_location = query(
        offline_dlt / "contacts.duckdb", "select location_id, count(*) from highlevel.contacts group by 1 order by 1"
    )
    assert by_location == [(location, len(ids)) for location, ids in contacts.items()]


def test_load_renews_the_agency_pair_in_its_token_file_and_reads_it_from_then_on(
    agency_environment: None,
    pair: TokenPair,
    contacts: dict[str, set[str]],
    contacts_sandbox: Sandbox,
    offline_dlt: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HIGHLEVEL_AGENCY_REFRESH_TOKEN", pair.refresh_token)
    monkeypatch.setenv("HIGHLEVEL_CLIENT_ID", OAUTH_CLIENT_ID)
    monkeypatch.setenv("HIGHLEVEL_CLIENT_SECRET", OAUTH_CLIENT_SECRET)
    oauth_state = contacts_sandbox.highlevel.oauth
    oauth_state.access_tokens[pair.access_token].expires_at = 0  # expired: the first call is refused
    arguments = ["load", "highlevel", "--locations", "loc-1,loc-3", "--pipelines-dir", "pipelines"]

    renewed = CliRunner().invoke(app, [*arguments, "--token-file", "pair"])

    assert renewed.exit_code == 0, renewed.stderr
    kept = json.loads((offline_dlt / "pair").read_text())
    assert (offline_dlt / "pair").stat().st_mode & 0o777 == 0o600
    assert pair.refresh_token in oauth_state.used_refresh_tokens  # spent: the file holds the live pair
    assert kept["refresh_token"] != pair.refresh_token and kept["access_token"] in oauth_state.access_tokens
    for secret in (pair.access_token, pair.refresh_token, kept["access_token"], kept["refresh_token"]):
        assert secret not in renewed.stdout + renewed.stderr
    database = offline_dlt / "contacts.duckdb"
    assert {row[0] for row in query(database, "select id from highlevel.contacts")} == contacts["loc-1"] | contacts[
        "loc-3"
    ]

    monkeypatch.setenv("HIGHLEVEL_AGENCY_TOKEN_FILE", "pair")  # the option's variable
    monkeypatch.delenv("HIGHLEVEL_AGENCY_ACCESS_TOKEN")  # spent: only the file's pair works now
    again = CliRunner().invoke(app, arguments)

    assert again.exit_code == 0, again.stderr
    assert json.loads((offline_dlt / "pair").read_text()) == kept  # still valid: not renewed


def test_an_app_installed_nowhere_loads_nothing_and_says_so(
    agency_environment: None, contacts: dict[str, set[str]], contacts_sandbox: Sandbox, offline_dlt: Path
) -> None:
    for location in LOCATIONS:
        contacts_sandbox.highlevel.oauth.uninstall(location)

    result = CliRunner().invoke(app, ["load", "highlevel", "--all-locations", "--pipelines-dir", "pipelines"])

    assert result.exit_code == 0, result.stderr
    assert "installed in none of the agency's locations; nothing to load" in result.stdout
    assert not (offline_dlt / "contacts.duckdb").exists() and not (offline_dlt / "pipelines").exists()
