"""What a job reports when it ends: its counts, its notes and the command's exit code."""

from __future__ import annotations

from dataclasses import dataclass, field

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3


@dataclass
class Outcome:
    """What a job did: counts in the order they are shown, notes for the user, the exit code."""

    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    exit_code: int = EXIT_OK

    def add(self, name: str, count: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + count
