"""Running a source into a destination: the pipeline, its default destination and what a run reports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dlt
from dlt.common.destination.reference import TDestinationReferenceArg
from dlt.common.pipeline import LoadInfo
from dlt.extract.source import DltSource

__all__ = ["DEFAULT_DUCKDB_FILE", "Loaded", "default_destination", "load"]

DEFAULT_DUCKDB_FILE = "contacts.duckdb"


def default_destination(path: str | Path = DEFAULT_DUCKDB_FILE) -> Any:
    """DuckDB in one file (``contacts.duckdb`` in the working directory unless given): no server needed."""
    return dlt.destinations.duckdb(str(path))


@dataclass(frozen=True)
class Loaded:
    """What one run did: dlt's load info and the rows each table received (child tables included)."""

    info: LoadInfo
    row_counts: dict[str, int]

    @property
    def load_id(self) -> str:
        return self.info.loads_ids[-1] if self.info.loads_ids else ""


def load(
    source: DltSource,
    *,
    pipeline_name: str,
    destination: TDestinationReferenceArg | None = None,
    dataset_name: str | None = None,
    pipelines_dir: str | Path | None = None,
) -> Loaded:
    """Extract, normalise and load ``source``; ``destination`` is a dlt destination or its name (default: DuckDB
    in ``contacts.duckdb``), configured as dlt configures it (``.dlt/``, environment variables)."""
    settings: dict[str, Any] = {"pipelines_dir": str(pipelines_dir)} if pipelines_dir is not None else {}
    pipeline = dlt.pipeline(
        pipeline_name=pipeline_name,
        destination=destination if destination is not None else default_destination(),
        dataset_name=dataset_name or source.name,
        **settings,
    )
    info = pipeline.run(source)
    trace = pipeline.last_trace
    normalized = trace.last_normalize_info if trace is not None else None
    return Loaded(info=info, row_counts=dict(normalized.row_counts) if normalized is not None else {})
