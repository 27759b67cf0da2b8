"""Each optional extra's entry points, with the extra missing, raise an ImportError whose message is the install
command. (The wheel smoke run checks the same in a fresh virtual environment holding the wheel alone.)"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from contacts_runtime._extras import EXTRA_MODULES, ExtraMissing, install_command, requires_extra
from packaging.requirements import Requirement

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from venvs import pyproject

EXTRAS = pyproject()["project"]["optional-dependencies"]


def top_level_modules(distribution: str) -> set[str]:
    """The import names an installed distribution provides (the dev environment holds every extra)."""
    provided = importlib.metadata.packages_distributions()
    wanted = Requirement(distribution).name.lower().replace("_", "-")
    return {module for module, names in provided.items() if wanted in {n.lower().replace("_", "-") for n in names}}


def test_every_extra_of_the_distribution_has_its_modules_listed() -> None:
    assert set(EXTRA_MODULES) == set(EXTRAS)


@pytest.mark.parametrize("extra", sorted(EXTRAS))
def test_the_listed_modules_of_an_extra_are_those_its_requirements_install(extra: str) -> None:
    for requirement in EXTRAS[extra]:
        modules = {name for name in top_level_modules(requirement) if not name.startswith("_")}  # not imported by name
        assert modules, requirement
        assert modules <= EXTRA_MODULES[extra], (requirement, sorted(modules - EXTRA_MODULES[extra]))


@pytest.mark.parametrize("extra", sorted(EXTRAS))
def test_a_missing_module_of_an_extra_becomes_its_install_command(extra: str) -> None:
    for module in sorted(EXTRA_MODULES[extra]):
        with pytest.raises(ExtraMissing) as raised, requires_extra(extra):
            raise ModuleNotFoundError(f"No module named '{module}.sub'", name=f"{module}.sub")
        assert str(raised.value) == f'pip install "contacts-sdk[{extra}]"'
        assert raised.value.name == f"{module}.sub" and isinstance(raised.value.__cause__, ModuleNotFoundError)


def test_a_missing_module_no_extra_brings_is_left_as_it_was() -> None:
    with pytest.raises(ModuleNotFoundError) as raised, requires_extra("cli"):
        raise ModuleNotFoundError("No module named 'cryptography'", name="cryptography")
    assert not isinstance(raised.value, ExtraMissing)


def test_an_extra_the_distribution_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="has no extra 'gui'"):
        install_command("gui")


BLOCKING_RUNNER = textwrap.dedent(
    """
    import importlib.abc, sys

    BLOCKED = set(sys.argv[1].split(","))

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Block())
    try:
        exec(sys.argv[2])
    except ImportError as error:
        print(f"{type(error).__mro__[1].__name__}|{error}")
    else:
        print("no error")
    """
)

# What a user runs of each extra, as Python: the console scripts' own functions, the webhook check.
ENTRY_POINTS = {
    "cli": ["from contacts_cli import main; main(['--help'])"],
    "dagster": ["from contacts_warehouse.dagster import highlevel_definitions"],
    "sandbox": [
        "from contacts_sandbox import main; main(['--port', '0'])",
        "import contacts_sandbox; contacts_sandbox.SandboxServer",
    ],
    "warehouse": [
        "from contacts_warehouse import highlevel_source",
        "import contacts_warehouse; contacts_warehouse.sakari_source",
    ],
    "webhooks": [
        "from contacts_runtime.webhooks.highlevel import verify; verify(b'{}', {'x-wh-signature': 'AA=='}, events={})"
    ],
}


@pytest.mark.parametrize(
    ("extra", "source"), [(extra, source) for extra, sources in ENTRY_POINTS.items() for source in sources]
)
def test_an_entry_point_of_a_missing_extra_names_the_install_command(extra: str, source: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKING_RUNNER, ",".join(sorted(EXTRA_MODULES[extra])), source],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == f'ImportError|pip install "contacts-sdk[{extra}]"', result.stdout + result.stderr


def test_every_extra_with_an_entry_point_is_checked() -> None:
    """The extras a user calls into (all but ``fast``, an optional speed-up, and ``docs``, the build's)."""
    assert set(ENTRY_POINTS) == set(EXTRAS) - {"fast", "docs"}


def test_the_webhook_parser_of_sakari_needs_no_extra(tmp_path: Path) -> None:
    source = 'from contacts_runtime.webhooks.sakari import parse; print(type(parse(b\'{"type": "x"}\', events={})))'
    result = subprocess.run(
        [sys.executable, "-c", BLOCKING_RUNNER, ",".join(sorted(EXTRA_MODULES["webhooks"])), source],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "UnknownEvent" in result.stdout and "no error" in result.stdout, result.stdout + result.stderr


def test_the_load_command_without_the_warehouse_extra_names_its_install_command(tmp_path: Path) -> None:
    source = "from contacts_cli import main; main(['load', 'highlevel'])"
    result = subprocess.run(
        [sys.executable, "-c", BLOCKING_RUNNER, ",".join(sorted(EXTRA_MODULES["warehouse"])), source],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.strip() == 'contacts-sdk: pip install "contacts-sdk[warehouse]"'
    assert not list(tmp_path.iterdir())  # nothing written: no database, no pipeline


def test_the_floors_run_leaves_out_the_warehouse_extras_each_with_a_reason() -> None:
    import floors

    assert set(floors.LEFT_OUT) == {"warehouse", "dagster"}
    assert all(reason.strip() for reason in floors.LEFT_OUT.values())
    assert set(floors.run_time_extras()) == set(EXTRAS) - floors.BUILD_ONLY_EXTRAS - set(floors.LEFT_OUT)
    installed = {Requirement(text.replace("==", ">=")).name for text in floors.floor_requirements()}
    assert not installed & {"dlt", "duckdb", "dagster"}
    assert {"httpx", "typer", "cryptography"} <= installed  # the rest is still floored
