"""Repository habits: the git hooks lint as CI does, the changelog keeps its format, the docs name every
make target, the README opens with its two commands and says why the license."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CHANGE_GROUPS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def make_lint_commands() -> list[str]:
    """The commands ``make lint`` runs, as make prints them (``-o install``: not the install step)."""
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "-o", "install", "lint"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if line.strip()]


def hook_command(hook: dict[str, Any]) -> str:
    """The command line of a hook; ``bash -c 'X'`` is X, as make runs X through a shell."""
    words = [*shlex.split(hook["entry"]), *hook.get("args", [])]
    if words[:2] == ["bash", "-c"] and len(words) == 3:
        return words[2]
    return shlex.join(words)


def test_pre_commit_config_is_valid() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", ".pre-commit-config.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pre_commit_hooks_run_the_commands_of_make_lint() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert all(repo["repo"] == "local" for repo in config["repos"])  # the pinned tools of .venv, no download
    assert all(hook["language"] == "system" and hook["pass_filenames"] is False for hook in hooks)
    assert [hook_command(hook) for hook in hooks] == make_lint_commands()


def test_lint_holds_every_hand_written_function_to_complexity_12() -> None:
    """``ruff check .`` (in make lint and the hook) reads pyproject: C901 on, at 12, off only for generated/."""
    ruff = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["ruff"]["lint"]
    assert "C901" in ruff["select"] and ruff["mccabe"]["max-complexity"] == 12
    exempt = [pattern for pattern, rules in ruff.get("per-file-ignores", {}).items() if "C901" in rules]
    assert exempt == ["generated/**"]
    assert ".venv/bin/ruff check ." in make_lint_commands()  # the whole tree, with pyproject's settings


def test_changelog_keeps_a_changelog_with_an_unreleased_section() -> None:
    text = (ROOT / "CHANGELOG.md").read_text()
    versions = re.findall(r"^## \[(.+?)\](.*)$", text, flags=re.MULTILINE)
    assert versions[0] == ("Unreleased", "")
    for version, date in versions[1:]:
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), version
        assert re.fullmatch(r" - \d{4}-\d{2}-\d{2}", date), (version, date)
    groups = re.findall(r"^### (.+)$", text, flags=re.MULTILINE)
    assert groups
    assert set(groups) <= CHANGE_GROUPS


def test_contributing_explains_every_make_target() -> None:
    makefile = (ROOT / "Makefile").read_text()
    targets = re.findall(r"^([a-z][a-z0-9-]*):(?!=)", makefile, flags=re.MULTILINE)
    assert {"install", "test", "lint", "docs", "wheel-smoke", "test-floors"} <= set(targets)
    contributing = (ROOT / "CONTRIBUTING.md").read_text()
    assert sorted(target for target in targets if f"`make {target}`" not in contributing) == []


def test_readme_opens_with_the_install_then_the_two_commands_and_explains_the_license() -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL)
    assert readme.index("```sh") < readme.index("\n## ")
    install, checkout = ([line.split("#")[0].strip() for line in block.splitlines()] for block in blocks[:2])
    assert install == ["pip install contacts-sdk", 'pip install "contacts-sdk[sandbox,cli,webhooks]"']
    assert checkout == ["make demo", "make test"]
    license_section = readme.split("\n## License\n", 1)[1].split("\n## ", 1)[0]
    assert "MIT" in license_section and "LICENSE" in license_section


def planned_commands(*arguments: str) -> list[str]:
    """What make would run for ``arguments`` with the Python and npm set-ups out of date (``make -n``).

    ``make -n`` still runs a recipe line that calls ``$(MAKE)``; ``TIMED=:`` makes those of ``make test``
    (each stage timed into build/timings.txt) do nothing, so a running ``make test`` keeps its timings.
    """
    result = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", "-W", "tools/package.json", "TIMED=:", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_make_demo_needs_only_python_and_the_npm_tools_install_for_their_targets() -> None:
    assert [line for line in planned_commands("demo") if "npm" in line] == []
    for target in ("lint", "prism-check", "conformance", "test"):
        assert any("npm ci" in line for line in planned_commands(target)), target


def test_every_download_of_the_set_up_is_bounded_and_says_what_it_waits_for() -> None:
    lines = planned_commands("install", "tools")
    downloads = [at for at, line in enumerate(lines) if re.search(r"pip install|npm ci", line)]
    assert len(downloads) == 3
    for at in downloads:
        assert re.search(r"--timeout \d+|--fetch-timeout=\d+", lines[at]), lines[at]
        assert "waiting for" in lines[at - 1], lines[at - 1]
