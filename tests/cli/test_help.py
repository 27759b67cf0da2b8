"""--help as the tools people know have it: flags without type placeholders, options in groups, an example each."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from contacts_cli._app import app

COMMANDS = ("export", "import", "sync")
# typer's own placeholders (<bool>, <str>, <int range>, <file>, <path>): a flag takes none, an option names its value.
TYPE_PLACEHOLDER = re.compile(r"<(bool|str|text|int|int range|float|file|path|directory)>", re.IGNORECASE)


def help_of(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=120)
    assert result.exit_code == 0, result.output
    return result.output


def option_rows(text: str) -> list[str]:
    """The rows of the option tables (the arguments' table names each argument's kind: left out)."""
    panels = re.split(r"^╭─ ", text, flags=re.MULTILINE)
    return [line for panel in panels if not panel.startswith("Arguments") for line in panel.splitlines()]


@pytest.mark.parametrize("command", COMMANDS)
def test_no_option_shows_a_type_placeholder(command: str) -> None:
    rows = option_rows(help_of(command))
    assert [row for row in rows if TYPE_PLACEHOLDER.search(row)] == []
    assert any("--concurrency" in row for row in rows) or command == "sync"


@pytest.mark.parametrize("command", COMMANDS)
def test_flags_take_no_value_and_options_name_theirs(command: str) -> None:
    lines = [line for line in option_rows(help_of(command)) if line.startswith("│")]

    def row(flag: str) -> str:
        (found,) = (line for line in lines if re.search(rf"\s{re.escape(flag)}\s", line))
        return found

    for flag in ("--dry-run", "--quiet", "--resume", "--restart"):
        if any(re.search(rf"\s{flag}\s", line) for line in lines):
            assert re.search(rf"{flag}\s+(-q\s+)?[A-Z][a-z]", row(flag)), row(flag)  # straight to its help
    assert re.search(r"--state-dir\s+DIR\s", row("--state-dir"))


@pytest.mark.parametrize(
    ("command", "groups"),
    [
        ("export", ["What to do", "Filters", "Connection", "Journal and resuming", "Output"]),
        ("import", ["What to do", "Connection", "Journal and resuming", "Output"]),
        ("sync", ["What to do", "Filters", "Connection", "Journal and resuming", "Output"]),
    ],
)
def test_options_are_grouped(command: str, groups: list[str]) -> None:
    text = help_of(command)
    positions = [text.find(f"─ {group} ─") for group in groups]
    assert -1 not in positions, dict(zip(groups, positions, strict=True))


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_gives_an_example_of_itself(command: str) -> None:
    text = help_of(command)
    assert "Examples" in text
    assert re.search(rf"^\s*contacts-sdk {command} \S", text, re.MULTILINE), text


def test_the_top_level_help_lists_the_commands_and_where_credentials_come_from() -> None:
    text = help_of()
    assert all(re.search(rf"^│ {command}\s", text, re.MULTILINE) for command in COMMANDS), text
    assert "SAKARI_CLIENT_ID" in text and "HIGHLEVEL_TOKEN" in text and TYPE_PLACEHOLDER.search(text) is None
