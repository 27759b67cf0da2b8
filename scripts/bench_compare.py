"""``make bench-compare BASE=<rev>``: ``make bench`` of an earlier revision and of the work tree, run one
after the other on this machine, side by side.

A change that must keep the benchmark's ratios "within 5% of the figures before it" is judged here: the
two trees run in turns (``--rounds`` each, the median kept), so a machine that slows down part way
through slows both. The earlier revision (and ``--after``'s, if given) is unpacked with ``git archive``
into ``build/`` and installed in a virtual environment of its own, as that revision's ``make install``
would (its console scripts, such as ``contacts-sandbox``, must be its own); the work tree runs in
``.venv``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
# The figures the issues hold changes to; the rest are printed too.
WATCHED = (
    "parse_default_vs_ours",
    "parse_ours_vs_pydantic",
    "to_dict_ours_vs_pydantic",
    "call_overhead_ratio",
    "export_speedup[8]",
    "export_speedup[12]",
)
# Figures where more is better (speed-ups, shares of an allowed rate); for every other one (times, cost
# ratios, 429 counts) less is.
HIGHER_IS_BETTER = ("parse_default_vs_ours", "to_dict_default_vs_ours", "export_speedup", "import_rate_share", "scale_")


def unpack(revision: str, folder: Path) -> Path:
    """The tree of ``revision``, written afresh into ``folder``."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryFile() as archive:
        subprocess.run(["git", "archive", "--format=tar", revision], cwd=ROOT, stdout=archive, check=True)
        archive.seek(0)
        with tarfile.open(fileobj=archive) as tar:
            tar.extractall(folder, filter="data")
    return folder


def installed_python(tree: Path) -> Path:
    """The Python of a virtual environment holding ``tree`` installed with its development tools."""
    if tree == ROOT:
        return Path(sys.executable)
    python = tree / ".venv" / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(tree / ".venv")], check=True)
        pip = [str(python), "-m", "pip", "--quiet", "--disable-pip-version-check", "--timeout", "60"]
        subprocess.run([*pip, "install", "pip>=25.1"], check=True)
        # A revision before the PEP 735 group kept its tools in a `dev` extra.
        groups = tomllib.loads((tree / "pyproject.toml").read_text()).get("dependency-groups", {})
        extras = "[sandbox,docs,webhooks,cli,fast]" if "dev" in groups else "[dev]"
        subprocess.run(
            [
                *pip,
                "install",
                "-e",
                f"{tree}{extras}",
                *(["--group", f"{tree}/pyproject.toml:dev"] if "dev" in groups else []),
            ],
            check=True,
        )
    return python


def run_bench(tree: Path) -> dict[str, float]:
    """One ``benchmarks/run.py`` of ``tree``, in the environment that has that tree installed."""
    subprocess.run([str(installed_python(tree)), str(tree / "benchmarks" / "run.py"), "--quiet"], cwd=tree, check=True)
    figures: dict[str, float] = json.loads((tree / "build" / "bench.json").read_text())
    return figures


def change(name: str, before: float, after: float) -> str:
    if before == 0:
        return "n/a"
    relative = (after - before) / before
    worse = relative < 0 if name.startswith(HIGHER_IS_BETTER) else relative > 0
    return f"{relative:+.1%}{' worse' if worse and abs(relative) > 0.05 else ''}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--base", required=True, help="the earlier revision (a commit, tag or branch)")
    parser.add_argument("--after", help="a later revision to compare instead of the work tree")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each tree, in turns; the median is kept")
    arguments = parser.parse_args()
    base = unpack(arguments.base, BUILD / "bench-base")
    after = ROOT if arguments.after is None else unpack(arguments.after, BUILD / "bench-after")
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for round_number in range(arguments.rounds):
        for label, tree in (("before", base), ("after", after)):
            print(f"round {round_number + 1}/{arguments.rounds}: {label} ({tree})", flush=True)
            runs[label].append(run_bench(tree))
    medians = {
        label: {name: statistics.median(run[name] for run in results) for name in results[0]}
        for label, results in runs.items()
    }
    common = [name for name in medians["after"] if name in medians["before"]]
    names = [name for name in common if name in WATCHED] + [name for name in common if name not in WATCHED]
    width = max(len(name) for name in names)
    print(f"\n{'measure'.ljust(width)}  {'before':>12}  {'after':>12}  change")
    for name in names:
        old, new = medians["before"][name], medians["after"][name]
        marker = "*" if name in WATCHED else " "
        print(f"{marker}{name.ljust(width)} {old:>12.4g}  {new:>12.4g}  {change(name, old, new)}")
    compared = f"{arguments.base} against {arguments.after or 'the work tree'}"
    print(f"\n* the ratios the issues hold to 5%; {compared}, {arguments.rounds} round(s) each")
    (BUILD / "bench-compare.json").write_text(json.dumps(medians, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
