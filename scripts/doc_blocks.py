"""The fenced code blocks of a Markdown page, as the docs' runner (tests/test_doc_examples.py) and the wheel smoke
run (build_and_check_wheel.py, the quickstart's python) read them.

A block's language is the first word of its fence's info string; ``python``, ``console`` and the shell
languages run, any other is not code. A block that cannot run carries ``<!-- no-run: <reason> -->`` on the
line right before its fence, and a marker without a reason is an error, as is a fence never closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Block", "DocExampleError", "extract_blocks", "python_code"]

PYTHON_LANGUAGES = frozenset({"python", "py"})
CONSOLE_LANGUAGES = frozenset({"console"})
SCRIPT_LANGUAGES = frozenset({"bash", "sh", "shell"})

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_MARKER = re.compile(r"^\s*<!--\s*no-run\b(?P<rest>.*?)-->\s*$")


class DocExampleError(AssertionError):
    """A code block of the docs that is malformed or failed when run; the message names file:line."""


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it starts (the fence's line, 1-based), its language and its text."""

    path: str
    line: int
    language: str
    code: str
    no_run_reason: str | None

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def runs(self) -> bool:
        return self.no_run_reason is None and self.language in PYTHON_LANGUAGES | CONSOLE_LANGUAGES | SCRIPT_LANGUAGES


def _no_run_reason(previous_line: str, where: str) -> str | None:
    marker = _MARKER.match(previous_line)
    if marker is None:
        return None
    reason = marker["rest"].strip()
    reason = reason[1:].strip() if reason.startswith(":") else ""
    if not reason:
        raise DocExampleError(f"{where}: a no-run marker needs a reason: <!-- no-run: why it cannot run here -->")
    return reason


def _outdent(line: str, indent: int) -> str:
    """A line of a block whose fence is indented (inside a list item), without that indentation."""
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, indent) :]


def extract_blocks(text: str, path: str) -> list[Block]:
    """The fenced blocks of a Markdown text, in order; an unclosed fence or a marker without reason raises."""
    lines = text.splitlines()
    blocks: list[Block] = []
    at = 0
    while at < len(lines):
        opening = _FENCE.match(lines[at])
        if opening is None:
            at += 1
            continue
        fence, indent, start = opening["fence"], len(opening["indent"]), at
        where = f"{path}:{start + 1}"
        body: list[str] = []
        at += 1
        while at < len(lines) and not re.match(rf"^ *{re.escape(fence[0])}{{{len(fence)},}}\s*$", lines[at]):
            body.append(_outdent(lines[at], indent))
            at += 1
        if at == len(lines):
            raise DocExampleError(f"{where}: the code block opened here is never closed")
        at += 1
        info = opening["info"].strip()
        language = info.split()[0].lower().strip("{}.") if info else ""
        reason = _no_run_reason(lines[start - 1], f"{path}:{start}") if start > 0 else None
        blocks.append(Block(path, start + 1, language, "\n".join(body) + "\n", reason))
    return blocks


def python_code(page: Path, root: Path) -> str:
    """The runnable python blocks of ``page`` as one module, each headed by a comment naming its file:line."""
    path = page.relative_to(root).as_posix()
    blocks = [block for block in extract_blocks(page.read_text(), path) if block.runs]
    return "".join(f"# {block.where}\n{block.code}" for block in blocks if block.language in PYTHON_LANGUAGES)
