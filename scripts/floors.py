"""``make test-floors``: the client and contract tests on the lowest versions the distribution declares.

Every requirement of the distribution and of its run-time extras (all but ``docs``, which only the
build uses, and the warehouse extras, see ``LEFT_OUT``) must state a floor (``>=``); each is installed
at exactly that version, beside the wheel, in a fresh virtual environment (``build/floors``) with the
test tools the ``dev`` dependency group pins.
A floor that does not install or fails a test is not true: raise it in ``pyproject.toml``.

    python scripts/floors.py            # build, install, run the tests
    python scripts/floors.py --print    # only print the floor requirements
    python scripts/floors.py --extra warehouse   # tests/warehouse on the warehouse extra's floors
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from packaging.requirements import Requirement
from venvs import ROOT, build_distributions, create_venv, dev_pin, pyproject

WORK = ROOT / "build" / "floors"
BUILD_ONLY_EXTRAS = {"docs"}
# The warehouse extras stay out of this run: dlt, DuckDB and Dagster add some 43 packages and 190 MB to
# the environment (Dagster alone pulls grpcio, alembic, SQLAlchemy), which would push the CI job toward
# its 15 minutes, and the client and contract tests this run holds never import them. Their floors are
# proven apart, on demand: ``python scripts/floors.py --extra warehouse`` runs tests/warehouse with the
# extra's requirements at their floors (the rest at the dev group's pins).
LEFT_OUT = {
    "warehouse": "dlt and DuckDB: heavy, not used by the client and contract tests; tests/warehouse runs them",
    "dagster": "Dagster and dlt: heavy, not used by the client and contract tests; tests/warehouse runs them",
}
TEST_TOOLS = ("pytest", "pytest-asyncio", "respx")
TEST_PATHS = ("tests/client", "tests/contract")


def run_time_extras() -> list[str]:
    return sorted(set(pyproject()["project"]["optional-dependencies"]) - BUILD_ONLY_EXTRAS - set(LEFT_OUT))


def floor_of(text: str) -> str:
    """``name==floor`` of one requirement, which must state exactly one floor (``>=``)."""
    requirement = Requirement(text)
    lowest = [specifier.version for specifier in requirement.specifier if specifier.operator == ">="]
    if len(lowest) != 1:
        raise SystemExit(f"floors: {text!r} must state exactly one floor (>=)")
    return f"{requirement.name}=={lowest[0]}"


def floor_requirements() -> list[str]:
    """``name==floor`` for every requirement of the distribution and of its run-time extras."""
    project = pyproject()["project"]
    texts: list[str] = list(project["dependencies"])
    for extra in run_time_extras():
        texts.extend(project["optional-dependencies"][extra])
    return [floor_of(text) for text in texts]


def left_out_extra(extra: str) -> int:
    """tests/warehouse with one left-out extra's requirements at their floors, beside the wheel with the
    extras those tests use (sandbox, cli) at the dev group's pins."""
    floors = [floor_of(text) for text in pyproject()["project"]["optional-dependencies"][extra]]
    _, wheel = build_distributions(WORK / "dist")
    print(f"floors of [{extra}]: {' '.join(floors)}", flush=True)
    pins = [dev_pin(name) for name in ("starlette", "uvicorn", "jsonschema", "pyyaml", "typer", "rich", "platformdirs")]
    bin_dir = create_venv(
        WORK / f"venv-{extra}",
        [f"{wheel}[sandbox,cli,{extra}]", *floors, *pins, *(dev_pin(tool) for tool in TEST_TOOLS)],
    )
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    return subprocess.run(
        [str(bin_dir / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/warehouse"],
        cwd=ROOT,
        env=environment,
    ).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print the floor requirements and stop")
    parser.add_argument(
        "--extra", choices=sorted(LEFT_OUT), help="only the tests of this left-out extra, at its floors"
    )
    arguments = parser.parse_args()
    if arguments.extra:
        return left_out_extra(arguments.extra)
    floors = floor_requirements()
    if arguments.print:
        print("\n".join(floors))
        return 0
    _, wheel = build_distributions(WORK / "dist")
    print(f"floors: {' '.join(floors)}", flush=True)
    extras = ",".join(run_time_extras())
    bin_dir = create_venv(WORK / "venv", [f"{wheel}[{extras}]", *floors, *(dev_pin(tool) for tool in TEST_TOOLS)])
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    return subprocess.run(
        [str(bin_dir / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", *TEST_PATHS],
        cwd=ROOT,
        env=environment,
    ).returncode


if __name__ == "__main__":
    sys.exit(main())
