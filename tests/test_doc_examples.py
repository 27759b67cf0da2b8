"""Every fenced code block of README.md and docs/**/*.md, run as a reader would run it, so a stale example fails.

The conventions (docs/pages/guides are written by several people against them):

- ``python`` blocks of one page run in order in one namespace, against a fresh sandbox served on 127.0.0.1 for
  that page, with the environment of ``page_environment`` set (both services' credentials, and an agency
  installation covering loc-1, loc-2 and loc-3, each holding a few contacts) and a fresh temporary directory
  as the working directory.
- ``console`` blocks: each line starting with ``$ `` is run by the shell in that same environment, the
  project's virtualenv first on PATH, and must exit 0; the other lines are the output a reader would see and
  are not checked (their content varies: ids, timings).
- ``bash``, ``sh`` and ``shell`` blocks run as one script (``bash -e``) the same way.
- Any other language (yaml, toml, text, json, a block without one...) is not code and is not run.
- A block that cannot run here carries ``<!-- no-run: <reason> -->`` on the line right before its fence; a
  marker without a reason fails.

The python blocks of the README and the quickstart, a user's first code, also pass ``mypy --strict``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from doc_blocks import (
    CONSOLE_LANGUAGES,
    PYTHON_LANGUAGES,
    SCRIPT_LANGUAGES,
    Block,
    DocExampleError,
    extract_blocks,
    python_code,
)

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
COMMAND_TIMEOUT = 300  # seconds a shell line or script may take: an export or an import of a few contacts
MYPY_CHECKED_PAGES = ("README.md", "docs/pages/quickstart.md")

AGENCY_LOCATIONS = ("loc-1", "loc-2", "loc-3")
CONTACTS_PER_LOCATION = 3
LIBRARY_LOGGERS = ("sakari_client", "highlevel_client", "highlevel_v3_client", "contacts_runtime", "contacts_cli")


def console_commands(block: Block) -> list[tuple[int, str]]:
    """The ``$ `` lines of a console block with their line numbers; a trailing backslash continues a line."""
    commands: list[tuple[int, str]] = []
    lines = block.code.splitlines()
    at = 0
    while at < len(lines):
        if not lines[at].startswith("$ "):
            at += 1
            continue
        number, command = block.line + 1 + at, lines[at][2:]
        while command.endswith("\\") and at + 1 < len(lines):
            at += 1
            command += "\n" + lines[at]  # the shell reads the backslash-newline as one line
        commands.append((number, command))
        at += 1
    return commands


def _shell_failure(where: str, what: str, result: subprocess.CompletedProcess[str]) -> DocExampleError:
    output = textwrap.indent((result.stdout + result.stderr)[-4000:], "    ")
    return DocExampleError(f"{where}: {what} exited {result.returncode}:\n{output}")


def run_block(block: Block, namespace: dict[str, object], environment: Mapping[str, str], cwd: Path) -> None:
    """Run one block per the conventions above (python in ``namespace``, the rest through the shell)."""
    if not block.runs:
        return
    if block.language in PYTHON_LANGUAGES:
        # Blank lines before the code make a traceback's line numbers the Markdown file's own.
        code = compile("\n" * block.line + block.code, block.path, "exec")
        exec(code, namespace)
        return
    shell_environment = {**os.environ, **environment, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    if block.language in CONSOLE_LANGUAGES:
        for number, command in console_commands(block):
            result = subprocess.run(
                ["bash", "-c", command],
                cwd=cwd,
                env=shell_environment,
                capture_output=True,
                text=True,
                timeout=COMMAND_TIMEOUT,
            )
            if result.returncode != 0:
                raise _shell_failure(f"{block.path}:{number}", f"`{command}`", result)
        return
    result = subprocess.run(
        ["bash", "-e", "-c", block.code],
        cwd=cwd,
        env=shell_environment,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
    )
    if result.returncode != 0:
        raise _shell_failure(block.where, f"the {block.language} script", result)


def run_page(blocks: list[Block], environment: Mapping[str, str], cwd: Path) -> None:
    """Every block of one page in order, the python ones sharing one namespace; the first failure names its block."""
    namespace: dict[str, object] = {"__name__": "__doc_example__"}
    for block in blocks:
        try:
            run_block(block, namespace, environment, cwd)
        except DocExampleError:
            raise
        except subprocess.TimeoutExpired as error:
            raise DocExampleError(f"{block.where}: still running after {error.timeout} s") from error
        except BaseException as error:  # an example's SystemExit is a failure of the page too
            raise DocExampleError(f"{block.where}: the {block.language} block raised {error!r}") from error


def documentation_pages() -> list[str]:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    return [page.relative_to(ROOT).as_posix() for page in pages if "node_modules" not in page.parts]


# --- the environment: a fresh sandbox per page, both services' credentials, an agency installation ----


@contextlib.contextmanager
def page_environment(state: Path) -> Iterator[dict[str, str]]:
    """A fresh sandbox served on 127.0.0.1 and the environment variables the docs' examples read."""
    from highlevel_client import HighLevel, oauth

    from contacts_sandbox import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, Sandbox, SandboxServer
    from contacts_sandbox._highlevel_oauth import DEFAULT_COMPANY_ID, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET

    sandbox = Sandbox()
    with SandboxServer(sandbox) as server:
        highlevel_url = server.highlevel_base_url
        for location in AGENCY_LOCATIONS:
            with HighLevel(token=HIGHLEVEL_TOKEN, base_url=highlevel_url, location_id=location) as highlevel:
                for number in range(1, CONTACTS_PER_LOCATION + 1):
                    highlevel.contacts.create(
                        first_name=f"Contact {number}",
                        last_name=location,
                        email=f"contact{number}@{location}.example.com",
                        phone=f"+1555{AGENCY_LOCATIONS.index(location) + 1:03d}{number:04d}",
                    )
        code = sandbox.highlevel.oauth.mint_code(user_type="Company", approved_locations=AGENCY_LOCATIONS)
        with HighLevel(token=HIGHLEVEL_TOKEN, base_url=highlevel_url, location_id=AGENCY_LOCATIONS[0]) as transport:
            agency = oauth.exchange_code(
                transport, client_id=OAUTH_CLIENT_ID, client_secret=OAUTH_CLIENT_SECRET, code=code, user_type="Company"
            )
        yield {
            "SAKARI_BASE_URL": server.sakari_base_url,
            "SAKARI_CLIENT_ID": SAKARI_CLIENT_ID,
            "SAKARI_CLIENT_SECRET": SAKARI_CLIENT_SECRET,
            "SAKARI_ACCOUNT_ID": "acct-1",
            "HIGHLEVEL_BASE_URL": highlevel_url,
            "HIGHLEVEL_TOKEN": HIGHLEVEL_TOKEN,
            "HIGHLEVEL_LOCATION_ID": AGENCY_LOCATIONS[0],
            "HIGHLEVEL_CLIENT_ID": OAUTH_CLIENT_ID,
            "HIGHLEVEL_CLIENT_SECRET": OAUTH_CLIENT_SECRET,
            "HIGHLEVEL_APP_ID": OAUTH_CLIENT_ID.split("-")[0],  # HighLevel's client ids are "<appId>-<suffix>"
            "HIGHLEVEL_AGENCY_ACCESS_TOKEN": agency.access_token,
            "HIGHLEVEL_AGENCY_REFRESH_TOKEN": agency.refresh_token,
            "HIGHLEVEL_COMPANY_ID": DEFAULT_COMPANY_ID,
            "RUNTIME__DLTHUB_TELEMETRY": "false",
            # The command line's journals go to the page's own folder, never the user's state directory.
            "CONTACTS_SDK_STATE_DIR": str(state),
            "XDG_STATE_HOME": str(state),
        }


@contextlib.contextmanager
def process_state_restored() -> Iterator[None]:
    """The process's environment and logging set-up as they were, whatever a page's example changes in
    them (the examples run in the test suite's own process)."""
    loggers = [logging.getLogger(name) for name in ("", *LIBRARY_LOGGERS)]
    saved = [(logger, logger.level, logger.handlers[:], logger.propagate) for logger in loggers]
    environ = dict(os.environ)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(environ)
        for logger, level, handlers, propagate in saved:
            logger.setLevel(level)
            logger.handlers[:] = handlers
            logger.propagate = propagate


@pytest.mark.parametrize("page", documentation_pages())
def test_every_code_block_of_the_page_runs(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = extract_blocks((ROOT / page).read_text(), page)
    if not any(block.runs for block in blocks):
        pytest.skip(f"{page} has no block to run")
    workdir, state = tmp_path / "work", tmp_path / "state"
    workdir.mkdir()
    with page_environment(state) as environment:
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        monkeypatch.chdir(workdir)
        with process_state_restored():
            run_page(blocks, environment, workdir)


@pytest.mark.parametrize("page", [page for page in MYPY_CHECKED_PAGES if (ROOT / page).exists()])
def test_the_python_blocks_of_the_first_pages_pass_mypy_strict(page: str, tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    code = python_code(ROOT / page, ROOT)
    assert code, f"{page} has no python block to check"
    module = tmp_path / "doc_example.py"
    module.write_text(code)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- the runner's own behaviour ---------------------------------------------------------------------


def _page(text: str) -> list[Block]:
    return extract_blocks(textwrap.dedent(text), "page.md")


def test_blocks_are_found_with_their_language_line_and_marker() -> None:
    blocks = _page(
        """\
        # Title

        ```python
        if True:
            x = 1
        ```
        <!-- no-run: needs a real warehouse -->
        ```console
        $ dlt pipeline run
        ```

        - a list item:

          ```yaml
          key: value
          ```
        """
    )
    assert [(block.line, block.language, block.no_run_reason) for block in blocks] == [
        (3, "python", None),
        (8, "console", "needs a real warehouse"),
        (14, "yaml", None),
    ]
    assert blocks[0].code == "if True:\n    x = 1\n" and blocks[2].code == "key: value\n"
    assert [block.runs for block in blocks] == [True, False, False]


@pytest.mark.parametrize("marker", ["<!-- no-run: -->", "<!-- no-run:    -->", "<!-- no-run -->"])
def test_a_no_run_marker_without_a_reason_fails(marker: str) -> None:
    with pytest.raises(DocExampleError, match=r"page\.md:2: a no-run marker needs a reason"):
        extract_blocks(f"text\n{marker}\n```python\nraise SystemExit(1)\n```\n", "page.md")


def test_an_unclosed_fence_fails() -> None:
    with pytest.raises(DocExampleError, match=r"page\.md:1: the code block opened here is never closed"):
        extract_blocks("```python\nx = 1\n", "page.md")


def test_unknown_languages_and_unlabelled_blocks_are_not_run(tmp_path: Path) -> None:
    blocks = _page(
        """\
        ```text
        $ false
        ```

        ```
        $ false
        ```

        ```toml
        [tool] = !
        ```
        """
    )
    assert [block.runs for block in blocks] == [False, False, False]
    run_page(blocks, {}, tmp_path)


def test_python_blocks_share_one_namespace_and_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = _page(
        """\
        ```python
        import os
        greeting = os.environ["DOC_GREETING"]
        ```

        ```python
        print(greeting)
        ```
        """
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOC_GREETING", "hello")
        run_page(blocks, {"DOC_GREETING": "hello"}, tmp_path)
    assert capsys.readouterr().out == "hello\n"


def test_a_stale_python_example_fails_naming_its_file_and_line(tmp_path: Path) -> None:
    blocks = _page(
        """\
        Intro.

        ```python
        from sakari_client import Sakari

        Sakari.no_such_method()
        ```
        """
    )
    with pytest.raises(DocExampleError, match=r"page\.md:3: the python block raised AttributeError") as raised:
        run_page(blocks, {}, tmp_path)
    traceback_lines = [
        frame.lineno for frame in _traceback_frames(raised.value.__cause__) if frame.filename == "page.md"
    ]
    assert traceback_lines == [6]  # the Markdown file's own line


def _traceback_frames(error: BaseException | None) -> list[FrameLine]:
    import traceback

    assert error is not None
    return [FrameLine(frame.filename, frame.lineno or 0) for frame in traceback.extract_tb(error.__traceback__)]


@dataclass(frozen=True)
class FrameLine:
    filename: str
    lineno: int


def test_console_lines_run_in_the_environment_and_output_lines_are_not_checked(tmp_path: Path) -> None:
    blocks = _page(
        """\
        ```console
        $ test "$DOC_VALUE" = 42 && test "$PWD" = "$EXPECTED_DIR"
        whatever the reader would see, not run
        $ echo continued \\
          line > out.txt
        ```
        """
    )
    run_page(blocks, {"DOC_VALUE": "42", "EXPECTED_DIR": str(tmp_path)}, tmp_path)
    assert (tmp_path / "out.txt").read_text() == "continued line\n"


def test_a_failing_console_line_fails_naming_its_line(tmp_path: Path) -> None:
    blocks = _page(
        """\
        ```console
        $ true
        $ contacts-sdk no-such-command
        ```
        """
    )
    with pytest.raises(DocExampleError, match=r"page\.md:3: `contacts-sdk no-such-command` exited 2"):
        run_page(blocks, {}, tmp_path)


def test_the_project_commands_are_on_the_path_of_console_lines(tmp_path: Path) -> None:
    run_page(_page("```console\n$ contacts-sdk --help\n```\n"), {}, tmp_path)


@pytest.mark.parametrize("language", sorted(SCRIPT_LANGUAGES))
def test_scripts_stop_at_their_first_failing_command(language: str, tmp_path: Path) -> None:
    blocks = _page(f"```{language}\nfalse\ntouch reached\n```\n")
    with pytest.raises(DocExampleError, match=rf"page\.md:1: the {language} script exited 1"):
        run_page(blocks, {}, tmp_path)
    assert not (tmp_path / "reached").exists()


def test_a_marked_block_is_not_run(tmp_path: Path) -> None:
    blocks = _page(
        """\
        <!-- no-run: talks to the real HighLevel -->
        ```python
        raise SystemExit("ran")
        ```
        """
    )
    run_page(blocks, {}, tmp_path)


def test_the_page_environment_holds_an_agency_installation_with_contacts(tmp_path: Path) -> None:
    import httpx
    from highlevel_client import HighLevel

    with page_environment(tmp_path) as environment:
        assert environment["HIGHLEVEL_LOCATION_ID"] in AGENCY_LOCATIONS
        installed = httpx.get(
            f"{environment['HIGHLEVEL_BASE_URL']}/oauth/installedLocations",
            params={
                "companyId": environment["HIGHLEVEL_COMPANY_ID"],
                "appId": environment["HIGHLEVEL_APP_ID"],
                "isInstalled": "true",
            },
            headers={
                "Authorization": f"Bearer {environment['HIGHLEVEL_AGENCY_ACCESS_TOKEN']}",
                "Version": "2021-07-28",
            },
        )
        assert installed.status_code == 200, installed.text
        assert [location["_id"] for location in installed.json()["locations"]] == list(AGENCY_LOCATIONS)
        for location in AGENCY_LOCATIONS:
            with HighLevel(
                token=environment["HIGHLEVEL_TOKEN"], base_url=environment["HIGHLEVEL_BASE_URL"], location_id=location
            ) as highlevel:
                assert len(list(highlevel.contacts.search())) == CONTACTS_PER_LOCATION


def test_the_python_of_a_page_is_its_runnable_python_blocks_in_order(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "quick.md"
    page.parent.mkdir()
    page.write_text(
        "```python\na = 1\n```\n\n<!-- no-run: needs a real account -->\n```python\nb = 2\n```\n\n"
        "```console\n$ c\n```\n\n```python\nd = 4\n```\n"
    )
    assert python_code(page, tmp_path) == "# docs/quick.md:1\na = 1\n# docs/quick.md:14\nd = 4\n"


def test_a_page_leaves_the_process_environment_and_logging_as_they_were(tmp_path: Path) -> None:
    blocks = _page(
        """\
        ```python
        import logging
        import os

        os.environ["DOC_LEAK"] = "1"
        logging.basicConfig(level=logging.DEBUG)
        logging.getLogger("sakari_client").setLevel(logging.DEBUG)
        ```
        """
    )
    root_handlers = logging.getLogger().handlers[:]
    with process_state_restored():
        run_page(blocks, {}, tmp_path)
    assert "DOC_LEAK" not in os.environ
    assert logging.getLogger().handlers == root_handlers
    assert logging.getLogger("sakari_client").level == logging.NOTSET
