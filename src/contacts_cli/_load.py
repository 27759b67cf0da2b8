"""``contacts-sdk load``: contacts into a warehouse with the dlt source (the ``warehouse`` extra).

DuckDB in ``contacts.duckdb`` by default: nothing to run beside it. ``--to`` names any destination dlt knows
(``postgres``, ``bigquery``, ``snowflake``, ``filesystem`` ...), configured as dlt configures it (``.dlt/``
files, ``DESTINATION__...`` environment variables). Each run loads what changed since the last one: the
cursors live in the pipeline's state (in ``--pipelines-dir``, and in the destination, which dlt restores from).
"""

from __future__ import annotations

import enum
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._outcome import EXIT_FATAL, EXIT_USAGE
from ._services import API_ERRORS, describe_error

if TYPE_CHECKING:
    from highlevel_client import HighLevel

__all__ = ["LOAD_EXAMPLE", "load_command"]

DEFAULT_DESTINATION = "duckdb"

WHAT = "What to load"
WHERE = "Where to"
CONNECTION = "Connection"

LOAD_EXAMPLE = """[bold]Examples[/bold]

  contacts-sdk load highlevel                 (into contacts.duckdb here)

  contacts-sdk load highlevel --all-locations --to postgres

  contacts-sdk load sakari --to filesystem --dataset sakari_raw

Run again, a load brings only what changed since the last run (HighLevel contacts by dateUpdated, per
location; Sakari has no such filter and is read whole, merged on id)."""


class LoadService(enum.StrEnum):
    sakari = "sakari"
    highlevel = "highlevel"


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"contacts-sdk: {message}", err=True)
    return typer.Exit(code)


def _location_ids(text: str | None) -> list[str] | None:
    if text is None:
        return None
    ids = [part.strip() for part in text.split(",")]
    if not all(ids):
        raise _fail(f"--locations {text!r}: give location ids separated by commas", EXIT_USAGE)
    return list(dict.fromkeys(ids))


def _agency(stack: ExitStack, base_url: str | None) -> tuple[HighLevel, str]:
    """The agency client of ``HIGHLEVEL_AGENCY_ACCESS_TOKEN`` and the company of ``HIGHLEVEL_COMPANY_ID``.

    The access token as it is, not renewed: a renewal hands out a new refresh token, which a command has
    nowhere to keep (the agency's own code keeps its pair; ``HighLevel.from_oauth``).
    """
    from highlevel_client import HighLevel

    access = os.environ.get("HIGHLEVEL_AGENCY_ACCESS_TOKEN")
    company_id = os.environ.get("HIGHLEVEL_COMPANY_ID")
    if not access or not company_id:
        raise _fail(
            "--all-locations and --locations need HIGHLEVEL_AGENCY_ACCESS_TOKEN and HIGHLEVEL_COMPANY_ID "
            "(an agency token and its company)",
            EXIT_USAGE,
        )
    return stack.enter_context(HighLevel(token=access, base_url=base_url)), company_id


def _highlevel_clients(
    stack: ExitStack, base_url: str | None, all_locations: bool, locations: list[str] | None
) -> dict[str, HighLevel]:
    from highlevel_client import HighLevel

    if all_locations and locations is not None:
        raise _fail("--all-locations and --locations: choose one", EXIT_USAGE)
    if not all_locations and locations is None:
        client = stack.enter_context(HighLevel(base_url=base_url))
        return {client.option("location_id", None): client}
    agency, company_id = _agency(stack, base_url)
    app_id = os.environ.get("HIGHLEVEL_APP_ID")
    if all_locations and not app_id:
        raise _fail("--all-locations needs HIGHLEVEL_APP_ID (the app whose installations to load)", EXIT_USAGE)
    from contacts_warehouse import agency_clients

    return agency_clients(agency, app_id=app_id, location_ids=locations, company_id=company_id)


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
    """What ends a load, as a message and its exit code: 2 for usage (a missing extra too), 3 for the rest."""
    from contacts_runtime._extras import ExtraMissing
    from contacts_runtime.errors import ArgumentError, MissingCredentialsError

    try:
        yield
    except (ExtraMissing, ArgumentError, MissingCredentialsError) as error:
        raise _fail(str(error), EXIT_USAGE) from None
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
    all_locations: Annotated[
        bool,
        typer.Option(
            "--all-locations",
            help="HighLevel: every location the app (HIGHLEVEL_APP_ID) is installed in, with the agency token.",
            rich_help_panel=WHAT,
        ),
    ] = False,
    locations: Annotated[
        str | None,
        typer.Option(metavar="ID,...", help="HighLevel: these locations, with the agency token.", rich_help_panel=WHAT),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url", metavar="URL", help="The service's base URL (the sandbox's, say).", rich_help_panel=CONNECTION
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary; errors only.")] = False,
) -> None:
    """Load contacts into a warehouse (DuckDB by default), bringing only what changed since the last run."""
    chosen = _location_ids(locations)
    if service is LoadService.sakari and (all_locations or chosen is not None):
        raise _fail("--all-locations and --locations are HighLevel's; Sakari has one account", EXIT_USAGE)
    uninstalled: list[str] = []
    with _load_errors(), ExitStack() as stack:
        # Each name imports dlt, or raises ExtraMissing naming the install command.
        from contacts_warehouse import highlevel_source, load, sakari_source

        destination = _destination(to)
        if service is LoadService.highlevel:
            clients = _highlevel_clients(stack, base_url, all_locations, chosen)
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
