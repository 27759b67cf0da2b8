"""Contacts into a warehouse with dlt: HighLevel contacts (per location, incremental), notes and tasks, Sakari
contacts and messages, into DuckDB by default or any destination dlt loads.

Needs the ``warehouse`` extra (``pip install "contacts-sdk[warehouse]"``); without it, the names below raise an
``ImportError`` whose message is that command. ``contacts_warehouse.dagster`` (the ``dagster`` extra) runs the
same source partitioned by location. The names are imported on first use, so that the Dagster module names
its own extra when that is the one missing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._highlevel import CONTACTS_CURSOR, agency_clients, highlevel_source
    from ._pipeline import DEFAULT_DUCKDB_FILE, Loaded, default_destination, load
    from ._sakari import sakari_source

__all__ = [
    "CONTACTS_CURSOR",
    "DEFAULT_DUCKDB_FILE",
    "Loaded",
    "agency_clients",
    "default_destination",
    "highlevel_source",
    "load",
    "sakari_source",
]

_HOMES = {
    "CONTACTS_CURSOR": "._highlevel",
    "agency_clients": "._highlevel",
    "highlevel_source": "._highlevel",
    "DEFAULT_DUCKDB_FILE": "._pipeline",
    "Loaded": "._pipeline",
    "default_destination": "._pipeline",
    "load": "._pipeline",
    "sakari_source": "._sakari",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from contacts_runtime._extras import requires_extra

    with requires_extra("warehouse"):
        value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value
