"""``contacts-sdk``, the command line: export, import and sync contacts at scale, resumable, with progress.

Installed with the ``cli`` extra (``pip install "contacts-sdk[cli]"``); built on the clients' public API.
Without the extra, ``main`` raises an ``ImportError`` whose message is that command.
"""

from __future__ import annotations

from contacts_runtime._extras import requires_extra


def main(argv: list[str] | None = None) -> None:
    """The console script (and ``python -m contacts_cli``)."""
    with requires_extra("cli"):
        from ._app import main as run

    run(argv)


__all__ = ["main"]
