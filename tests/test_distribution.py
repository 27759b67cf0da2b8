"""The distribution as users get it: what ``python -m build`` puts in the sdist and the wheel, and the wheel
installed with no extras in a fresh virtual environment."""

from __future__ import annotations

import configparser
import email.parser
import importlib
import importlib.metadata
import os
import re
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from pathlib import Path

import pytest
import trove_classifiers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from venvs import ROOT, build_distributions, create_venv, dev_pin, pyproject

PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "spec/sakari.yaml", "spec/highlevel.yaml")


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_distributions(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def wheel_names(distributions: tuple[Path, Path]) -> set[str]:
    with zipfile.ZipFile(distributions[1]) as wheel:
        return set(wheel.namelist())


def read_from_wheel(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = (name for name in archive.namelist() if name.endswith(suffix))
        return archive.read(name).decode()


def declared_packages() -> dict[str, Path]:
    """The packages the wheel is declared to hold: import name -> source folder."""
    folders = pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    return {Path(folder).name: ROOT / folder for folder in folders}


def source_files(folder: Path) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}
    ]


def without_python_path() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}


def test_every_package_in_the_source_tree_is_declared() -> None:
    in_tree = {
        folder.name
        for parent in (ROOT / "generated", ROOT / "src")
        for folder in parent.iterdir()
        if (folder / "__init__.py").is_file()
    }
    assert in_tree == set(declared_packages())


def test_sdist_holds_every_file_of_every_package_and_the_project_files(distributions: tuple[Path, Path]) -> None:
    with tarfile.open(distributions[0]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    expected = {
        path.relative_to(ROOT).as_posix() for folder in declared_packages().values() for path in source_files(folder)
    }
    assert sorted(expected - names) == []
    assert sorted(set(PROJECT_FILES) - names) == []


def test_wheel_holds_every_declared_package_whole_with_py_typed_and_nothing_else(wheel_names: set[str]) -> None:
    for package, folder in declared_packages().items():
        expected = {f"{package}/{path.relative_to(folder).as_posix()}" for path in source_files(folder)}
        assert sorted(expected - wheel_names) == [], package
        assert f"{package}/py.typed" in wheel_names
    top_level = {name.split("/")[0] for name in wheel_names if ".dist-info/" not in name}
    assert top_level == set(declared_packages())


def test_wheel_entry_points_are_the_declared_ones_and_name_modules_it_holds(
    distributions: tuple[Path, Path], wheel_names: set[str]
) -> None:
    entry_points = configparser.ConfigParser(delimiters=("=",))
    entry_points.optionxform = str  # configparser would lowercase names
    entry_points.read_string(read_from_wheel(distributions[1], ".dist-info/entry_points.txt"))
    project = pyproject()["project"]
    declared = {"console_scripts": project["scripts"], **project["entry-points"]}
    found = {section: dict(entry_points[section]) for section in entry_points.sections()}
    assert found == declared
    for group in found.values():
        for target in group.values():
            module_path = target.split(":")[0].replace(".", "/")
            assert {f"{module_path}.py", f"{module_path}/__init__.py"} & wheel_names, target


def test_wheel_metadata_has_the_license_urls_and_known_classifiers(distributions: tuple[Path, Path]) -> None:
    metadata = email.parser.Parser().parsestr(read_from_wheel(distributions[1], ".dist-info/METADATA"))
    project = pyproject()["project"]
    assert metadata["License-Expression"] == project["license"] == "MIT"
    assert "MIT License" in read_from_wheel(distributions[1], ".dist-info/licenses/LICENSE")
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL", []))
    assert urls == project["urls"]
    assert all(url.startswith("https://") for url in urls.values())
    classifiers = metadata.get_all("Classifier", [])
    assert "Typing :: Typed" in classifiers
    assert [name for name in classifiers if name not in trove_classifiers.classifiers] == []


@pytest.mark.parametrize("package", ["sakari_client", "highlevel_client"])
def test_version_is_the_distributions(package: str) -> None:
    module = importlib.import_module(package)
    assert module.__version__ == importlib.metadata.version("contacts-sdk")


@pytest.fixture(scope="module")
def user_environment(distributions: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel (no extras) and pytest, as a user's project has."""
    return create_venv(tmp_path_factory.mktemp("user") / "venv", [str(distributions[1]), dev_pin("pytest")])


def test_wheel_without_extras_imports_both_clients(user_environment: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import importlib.util
        import highlevel_client, sakari_client
        from highlevel_client import HighLevel
        from sakari_client import Sakari
        assert "site-packages" in sakari_client.__file__ and "site-packages" in highlevel_client.__file__
        assert [name for name in ("starlette", "uvicorn", "msgspec") if importlib.util.find_spec(name)] == []
        print("imported")
        """
    )
    result = subprocess.run(
        [str(user_environment / "python"), "-c", script],
        cwd=tmp_path,
        env=without_python_path(),
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stdout.strip()) == (0, "imported"), result.stderr


def test_pytest_runs_in_an_unrelated_project_with_the_wheel_without_extras(
    user_environment: Path, tmp_path: Path
) -> None:
    (tmp_path / "test_mine.py").write_text(
        textwrap.dedent(
            """
            from sakari_client import Sakari


            def test_my_own_code():
                assert Sakari.__name__ == "Sakari"
            """
        )
    )
    result = subprocess.run(
        [str(user_environment / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=without_python_path(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_published_metadata_has_the_run_time_extras_and_no_dev_tools(distributions: tuple[Path, Path]) -> None:
    """The build's pinned tools are a PEP 735 dependency group: not an extra a user could install."""
    metadata = email.parser.Parser().parsestr(read_from_wheel(distributions[1], ".dist-info/METADATA"))
    assert set(metadata.get_all("Provides-Extra", [])) == set(pyproject()["project"]["optional-dependencies"])
    assert "dev" not in metadata.get_all("Provides-Extra", [])
    assert [line for line in metadata.get_all("Requires-Dist", []) if re.match(r"[\w.-]+\s*==", line)] == []
    group = pyproject()["dependency-groups"]["dev"]
    assert dev_pin("twine") in group and dev_pin("pytest") in group


def test_classifiers_name_the_python_ci_tests_and_the_project_urls_its_pages() -> None:
    project = pyproject()["project"]
    tested = f"Programming Language :: Python :: {sys.version_info.major}.{sys.version_info.minor}"
    versions = [
        name for name in project["classifiers"] if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", name)
    ]
    assert tested in versions and project["requires-python"] == ">=3.11"
    assert all(int(name.rsplit(".", 1)[1]) >= 11 for name in versions)
    assert {"Source", "Documentation", "Issues", "Changelog"} <= set(project["urls"])


def test_twine_accepts_both_distributions(distributions: tuple[Path, Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, distributions)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
