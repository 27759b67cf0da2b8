"""Built distributions and fresh virtual environments: the checks that try the package as a user installs it.

Used by ``build_and_check_wheel.py`` (``make wheel-smoke``), ``floors.py`` (``make test-floors``) and
``tests/test_distribution.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NETWORK_TIMEOUT = int(os.environ.get("NETWORK_TIMEOUT", "60"))
"""Seconds pip waits for an answer from the package index before it retries (twice), as ``make install``."""


def pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def build_distributions(out_dir: Path) -> tuple[Path, Path]:
    """``python -m build``: the sdist, then the wheel built from that sdist (so a file the sdist lacks is
    missing from the wheel too). Returns (sdist, wheel).

    Without build isolation: the dev environment pins the same hatchling as ``[build-system]``, and
    this way the build needs no download.
    """
    if out_dir.exists():
        shutil.rmtree(out_dir)
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out_dir), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"python -m build failed:\n{result.stdout}{result.stderr}")
    (sdist,) = out_dir.glob("*.tar.gz")
    (wheel,) = out_dir.glob("*.whl")
    return sdist, wheel


def create_venv(path: Path, requirements: Sequence[str]) -> Path:
    """A new virtual environment at ``path`` (replacing any) holding ``requirements`` and what they need.

    The environment gets no pip of its own: this interpreter's pip installs into it (``pip --python``),
    which saves bootstrapping pip in every environment. Returns the environment's ``bin`` folder.
    """
    if path.exists():
        shutil.rmtree(path)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    bin_dir = path / "bin"
    if requirements:
        print(
            f"{path.name}: waiting for the package index: {len(requirements)} requirements and what they need, "
            f"at most {NETWORK_TIMEOUT} s per read",
            flush=True,
        )
        # -qq: the machine's pip configuration names mirrors that may be absent, and pip warns about each.
        subprocess.run(
            [
                *(sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install", "-qq"),
                *("--timeout", str(NETWORK_TIMEOUT), "--retries", "2", *requirements),
            ],
            check=True,
        )
    return bin_dir


def dev_pin(name: str) -> str:
    """The exact requirement (``name==version``) that the ``dev`` dependency group pins for ``name``."""
    wanted = canonical_name(name)
    requirements: list[str] = pyproject()["dependency-groups"]["dev"]
    for requirement in requirements:
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==(\S+)", requirement)
        if match and canonical_name(match[1]) == wanted:
            return requirement
    raise LookupError(f"the dev dependency group pins no version of {name}")


def canonical_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
