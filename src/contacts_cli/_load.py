"""``contacts-sdk load``: contacts into a warehouse with the dlt source (the ``warehouse`` extra).

DuckDB in ``contacts.duckdb`` by default: nothing to run beside it. ``--to`` names any destination dlt knows
(``postgres``, ``bigquery``, ``snowflake``, ``filesystem`` ...), configured as dlt configures it (``.dlt/``
files, ``DESTINATION__...`` environment variables). Each run loads what changed since the last one: the
cursors live in the pipeline's state (in ``--pipelines-dir``, and in the destination, which dlt restores from).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._agency import (
    AGENCY_CREDENTIALS_HELP,
    AgencyCredentialsError,
    AllLocations,
    AppId,
    CompanyId,
    LocationListError,
    Locations,
    TokenFileOption,
    chosen_locations,
    open_agency,
)
from ._outcome import EXIT_FATAL, EXIT_USAGE
from ._runtime import Traffic
from ._services import API_ERRORS, describe_error

if TYPE_CHECKING:
    from highlevel_client import HighLevel

__all__ = ["LOAD_EXAMPLE", "load_command"]

DEFAULT_DESTINATION = "duckdb"

WHERE = "Where to"
CONNECTION = "Connection"

LOAD_EXAMPLE = f"""[bold]Examples[/bold]

  contacts-sdk load highlevel                 (into contacts.duckdb here)

  contacts-sdk load highlevel --all-locations --app-id 6500... --to postgres

  contacts-sdk load highlevel --locations loc-1,loc-2 --company-id 5DP4...

  contacts-sdk load highlevel --all-locations --token-file agency-pair.json

  contacts-sdk load sakari --to filesystem --dataset sakari_raw

Run again, a load brings only what changed since the last run (HighLevel contacts by dateUpdated, per \
location; Sakari has no such filter and is read whole, merged on id).

{AGENCY_CREDENTIALS_HELP} A location where the app was uninstalled is reported and skipped."""


class LoadService(enum.StrEnum):
    sakari = "sakari"
    highlevel = "highlevel"


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"contacts-sdk: {message}", err=True)
    return typer.Exit(code)


_AGENCY_CONNECTIONS = 16
"""Connections of an agency's load, shared by its locations' clients: dlt extracts 5 resources at once by
default (more if its ``workers`` is raised), and the agency's own calls (location tokens) need one besides."""

_API_VERSION = "2021-07-28"
"""The HighLevel API the warehouse source reads (its resources are that version's calls)."""


def _highlevel_clients(
    stack: ExitStack,
    base_url: str | None,
    location_ids: list[str] | None,
    *,
    app_id: str | None,
    company_id: str | None,
    token_file: Path | None,
) -> dict[str, HighLevel]:
    """A client per location to load: the agency's location clients (``location_ids``, or, given ``None``,
    every location where the app is installed: none, when it is installed nowhere)."""
    from highlevel_client import HighLevel

    from contacts_warehouse import agency_clients

    agency = stack.enter_context(
        open_agency(
            Traffic(),
            base_url=base_url,
            api_version=_API_VERSION,
            connections=_AGENCY_CONNECTIONS,
            company_id=company_id,
            token_file=token_file,
        )
    )
    assert isinstance(agency, HighLevel)  # the client of _API_VERSION
    return agency_clients(agency, app_id=app_id, location_ids=location_ids, company_id=company_id)


def _destination(name: str) -> Any:
    """The destination ``--to`` names, resolved before any service is called (a wrong name is a usage error)."""
    from dlt.common.destination import Destination
    from dlt.common.exceptions import DltException

    from contacts_warehouse import default_destination

    if name == DEFAULT_DESTINATION:
        return default_destination()
    try:
        return Destination.from_reference(name)
    except DltException as error:
        raise _fail(f"--to {name!r}: not a destination dlt knows or is configured for ({error})", EXIT_USAGE) from None


@contextmanager
def _load_errors() -> Iterator[None]:
    """What ends a load, as a message and its exit code: 2 for usage (a missing extra too), 3 for the rest,
    credentials included (as every other command of ``contacts-sdk`` exits)."""
    from contacts_runtime._extras import ExtraMissing
    from contacts_runtime.errors import ArgumentError, MissingCredentialsError

    try:
        yield
    except (ExtraMissing, ArgumentError) as error:
        raise _fail(str(error), EXIT_USAGE) from None
    except AgencyCredentialsError as error:
        raise _fail(str(error), EXIT_FATAL) from None
    except MissingCredentialsError as error:
        raise _fail(f"credentials: {error}", EXIT_FATAL) from None
    except API_ERRORS as error:
        raise _fail(f"the service failed: {describe_error(error)[1]}", EXIT_FATAL) from None
    except Exception as error:
        from dlt.common.exceptions import DltException

        if not isinstance(error, DltException):
            raise
        cause: BaseException | None = error
        while cause is not None and not isinstance(cause, API_ERRORS):  # dlt wraps what a resource raised
            cause = cause.__cause__ or cause.__context__
        if isinstance(cause, API_ERRORS):
            raise _fail(f"the service failed: {describe_error(cause)[1]}", EXIT_FATAL) from None
        raise _fail(f"the load failed: {error}", EXIT_FATAL) from None


def load_command(
    service: Annotated[
        LoadService, typer.Argument(metavar="SERVICE", help="sakari or highlevel: the service to read.")
    ],
    to: Annotated[
        str,
        typer.Option(
            "--to",
            metavar="DESTINATION",
            help="A dlt destination by name, configured as dlt configures it (default: duckdb, "
            "in contacts.duckdb here).",
            rich_help_panel=WHERE,
        ),
    ] = DEFAULT_DESTINATION,
    dataset: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="The dataset (schema) to load into (default: the service's name).",
            rich_help_panel=WHERE,
        ),
    ] = None,
    pipelines_dir: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR",
            file_okay=False,
            help="Where dlt keeps the pipeline's working state (default: dlt's, ~/.dlt/pipelines).",
            rich_help_panel=WHERE,
        ),
    ] = None,
    all_locations: AllLocations = False,
    locations: Locations = None,
    app_id: AppId = None,
    company_id: CompanyId = None,
    token_file: TokenFileOption = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url", metavar="URL", help="The service's base URL (the sandbox's, say).", rich_help_panel=CONNECTION
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary; errors only.")] = False,
) -> None:
    """Load contacts into a warehouse (DuckDB by default), bringing only what changed since the last run."""
    of_agency = all_locations or locations is not None
    if service is LoadService.sakari and of_agency:
        raise _fail("--all-locations and --locations are HighLevel's; Sakari has one account", EXIT_USAGE)
    try:
        # A location's rows are named by its id in the tables, never a file: any id the service has will do.
        chosen = chosen_locations(all_locations, locations, app_id, ids_name_files=False) if of_agency else None
    except LocationListError as error:
        raise _fail(str(error), EXIT_USAGE) from None
    uninstalled: list[str] = []
    with _load_errors(), ExitStack() as stack:
        # Each name imports dlt, or raises ExtraMissing naming the install command.
        from contacts_warehouse import highlevel_source, load, sakari_source

        destination = _destination(to)
        if service is LoadService.highlevel:
            if of_agency:
                clients = _highlevel_clients(
                    stack, base_url, chosen, app_id=app_id, company_id=company_id, token_file=token_file
                )
            else:
                from highlevel_client import HighLevel

                client = stack.enter_context(HighLevel(base_url=base_url))
                clients = {client.option("location_id", None): client}
            if not clients:
                if not quiet:
                    typer.echo(
                        "load highlevel: the app is installed in none of the agency's locations; nothing to load"
                    )
                return
            source = highlevel_source(clients, uninstalled=uninstalled)
        else:
            from sakari_client import Sakari

            source = sakari_source(stack.enter_context(Sakari(base_url=base_url)))
        loaded = load(
            source,
            pipeline_name=f"contacts_{service.value}",
            destination=destination,
            dataset_name=dataset,
            pipelines_dir=pipelines_dir,
        )
    for location in uninstalled:
        typer.echo(f"contacts-sdk: location {location} skipped: the app is no longer installed there", err=True)
    if not quiet:
        counts = {table: count for table, count in loaded.row_counts.items() if not table.startswith("_dlt")}
        rows = ", ".join(f"{count} {table}" for table, count in sorted(counts.items())) or "nothing new"
        typer.echo(f"load {service.value}: {rows} into {to} ({loaded.info.dataset_name}); load id {loaded.load_id}")
