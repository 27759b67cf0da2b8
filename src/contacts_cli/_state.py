"""Where jobs keep their journals and locks: one state directory, never beside the files a job reads or writes.

The directory is ``--state-dir``, else ``$CONTACTS_SDK_STATE_DIR``, else the user's state directory as
platformdirs gives it (``$XDG_STATE_HOME/contacts-sdk``, by default ``~/.local/state/contacts-sdk`` on
Linux; ``~/Library/Application Support/contacts-sdk`` on macOS; ``%LOCALAPPDATA%\\contacts-sdk`` on
Windows). A job's journal is named after what makes the job itself: the command, a readable label, and a
digest of its identity (the file it writes or reads, the service and account it talks to), so that two
jobs never share a journal and the same job always finds its own.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "contacts-sdk"
STATE_DIR_VARIABLE = "CONTACTS_SDK_STATE_DIR"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def default_state_dir() -> Path:
    return platformdirs.user_state_path(APP_NAME, appauthor=False)


def journal_path(state_dir: Path | None, command: str, label: str, identity: Mapping[str, Any]) -> Path:
    """The journal of the job ``identity`` describes, in ``state_dir`` (the default one when ``None``)."""
    digest = hashlib.sha256(json.dumps(dict(identity), sort_keys=True, default=str).encode()).hexdigest()[:16]
    readable = _UNSAFE.sub("_", label).strip("_")[:60]
    return (state_dir or default_state_dir()) / f"{command}-{readable}-{digest}.journal"
