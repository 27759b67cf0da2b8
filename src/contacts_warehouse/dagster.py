"""The HighLevel source on Dagster, partitioned by location: where one machine is not enough for an agency.

``highlevel_definitions(open_agency, app_id=...)`` gives ``Definitions`` holding

- ``highlevel_locations``, a ``DynamicPartitionsDefinition`` of location ids;
- the sensor ``highlevel_locations_sensor``, which fills it from the agency's ``installed_locations`` (adding
  new locations, removing those the app left);
- the asset ``highlevel_contacts``, one materialisation per location: the dlt source for that location alone,
  on the agency's ``for_location`` client, into its own pipeline (``contacts_highlevel_<location>``), so each
  partition keeps its own cursor and runs apart from the others.

Dagster's own daemon, executor and run queue schedule the partitions; this module adds none. DuckDB takes one
writer at a time, so the default destination is a DuckDB file per location; give ``destination`` to load them
all into one warehouse (a function of the location id, returning a dlt destination or its name).

Needs the ``dagster`` extra (``pip install "contacts-sdk[dagster]"``).
"""

# No ``from __future__ import annotations``: Dagster reads the asset's ``context`` annotation as a class.
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from contacts_runtime._extras import requires_extra

with requires_extra("dagster"):
    import dagster

    from ._highlevel import Agency, highlevel_source
    from ._pipeline import default_destination, load

__all__ = ["LOCATIONS", "highlevel_definitions", "one_duckdb_file_per_location"]

LOCATIONS = "highlevel_locations"
"""The name of the dynamic partitions: one per location id."""


def one_duckdb_file_per_location(location_id: str) -> Any:
    """``contacts_<location>.duckdb`` in the working directory: partitions may then run side by side."""
    return default_destination(f"contacts_{location_id}.duckdb")


def highlevel_definitions(
    open_agency: Callable[[], AbstractContextManager[Agency]],
    *,
    app_id: str,
    company_id: str | None = None,
    destination: Callable[[str], Any] = one_duckdb_file_per_location,
    dataset_name: str = "highlevel",
    pipelines_dir: str | Path | None = None,
    notes: bool = True,
    tasks: bool = True,
    sensor_interval_seconds: int = 3600,
) -> dagster.Definitions:
    """Dagster definitions loading each installed location of an agency as a partition.

    ``open_agency`` opens the agency client (``HighLevel.from_oauth(...)``, say) as a context manager; the
    sensor and every partition's run open their own and close it when done. ``company_id`` as the agency
    client takes it: needed where its token answer named none (a client made from a plain token).
    """
    if not app_id or not isinstance(app_id, str):
        raise ValueError(f"`app_id`: the Marketplace app's id, got {app_id!r}")
    partitions = dagster.DynamicPartitionsDefinition(name=LOCATIONS)

    @dagster.sensor(name=f"{LOCATIONS}_sensor", minimum_interval_seconds=sensor_interval_seconds)
    def locations_sensor(context: dagster.SensorEvaluationContext) -> dagster.SensorResult:
        with open_agency() as agency:
            listed = agency.installed_locations(app_id=app_id, company_id=company_id)
            installed = [str(location.id) for location in listed]
        known = set(context.instance.get_dynamic_partitions(LOCATIONS))
        added = [location for location in dict.fromkeys(installed) if location not in known]
        gone = sorted(known - set(installed))
        requests: list[dagster.AddDynamicPartitionsRequest | dagster.DeleteDynamicPartitionsRequest] = []
        if added:
            requests.append(partitions.build_add_request(added))
        if gone:
            requests.append(partitions.build_delete_request(gone))
        return dagster.SensorResult(dynamic_partitions_requests=requests)

    @dagster.asset(name="highlevel_contacts", partitions_def=partitions)
    def highlevel_contacts(context: dagster.AssetExecutionContext) -> dagster.MaterializeResult[Any]:
        location_id = context.partition_key
        with open_agency() as agency:
            client = agency.for_location(location_id, company_id=company_id)
            loaded = load(
                highlevel_source({location_id: client}, notes=notes, tasks=tasks),
                pipeline_name=f"contacts_highlevel_{location_id}",
                destination=destination(location_id),
                dataset_name=dataset_name,
                pipelines_dir=pipelines_dir,
            )
        counts = {table: count for table, count in loaded.row_counts.items() if not table.startswith("_dlt")}
        return dagster.MaterializeResult(metadata={"load_id": loaded.load_id, "row_counts": counts})

    return dagster.Definitions(assets=[highlevel_contacts], sensors=[locations_sensor])
