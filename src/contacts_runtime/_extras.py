"""The distribution's optional extras: which modules each one brings, and the error naming its install command.

A user who calls into an extra that is not installed gets an ``ImportError`` whose message is the
command to run (``pip install "contacts-sdk[webhooks]"``), not the name of a module they never asked
for. Double quotes, so that the command works as typed in a POSIX shell, PowerShell and cmd alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

DISTRIBUTION = "contacts-sdk"

# The top-level modules each extra installs (one place: tests/test_extras.py holds it to pyproject.toml).
EXTRA_MODULES: Mapping[str, frozenset[str]] = {
    "cli": frozenset({"typer", "click", "rich", "yaml", "platformdirs"}),
    "dagster": frozenset({"dagster", "dlt", "duckdb", "adbc_driver_duckdb"}),
    "docs": frozenset({"mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers"}),
    "fast": frozenset({"msgspec"}),
    "sandbox": frozenset({"starlette", "uvicorn", "jsonschema", "referencing", "yaml"}),
    "warehouse": frozenset({"dlt", "duckdb", "adbc_driver_duckdb"}),
    "webhooks": frozenset({"cryptography"}),
}


class ExtraMissing(ImportError):
    """An optional extra of the distribution is not installed; the message is the command that installs it."""


def install_command(extra: str) -> str:
    if extra not in EXTRA_MODULES:
        raise ValueError(f"{DISTRIBUTION} has no extra {extra!r} (it has {', '.join(sorted(EXTRA_MODULES))})")
    return f'pip install "{DISTRIBUTION}[{extra}]"'


@contextmanager
def requires_extra(extra: str) -> Iterator[None]:
    """Imports inside the block that fail for want of ``extra`` raise ``ExtraMissing`` (chained to the
    original, whose ``name`` it keeps); a missing module the extra does not bring is left as it was."""
    command = install_command(extra)
    try:
        yield
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] not in EXTRA_MODULES[extra]:
            raise
        raise ExtraMissing(command, name=error.name) from error
