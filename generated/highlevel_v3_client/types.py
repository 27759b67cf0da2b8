"""Types the HighLevelV3 models use, defined once in ``contacts_runtime.types``."""

from contacts_runtime.types import UNSET, File, Unset, datetime_fromisoformat, format_datetime, json_loads

__all__ = ["UNSET", "File", "Unset", "datetime_fromisoformat", "format_datetime", "json_loads"]
