"""The generation driver: what `make check-generated` reports."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from generate import differences


def test_differences_name_changed_missing_and_extra_files(tmp_path: Path) -> None:
    expected, actual = tmp_path / "expected", tmp_path / "actual"
    for folder in (expected, actual):
        (folder / "models").mkdir(parents=True)
        (folder / "same.py").write_text("x = 1\n")
    (expected / "models" / "changed.py").write_text("a = 1\n")
    (actual / "models" / "changed.py").write_text("a = 2\n")
    (expected / "only_expected.py").write_text("")
    (actual / "only_actual.py").write_text("")
    (actual / "__pycache__").mkdir()
    (actual / "__pycache__" / "ignored.pyc").write_bytes(b"")
    assert differences(expected, actual) == ["models/changed.py", "only_actual.py", "only_expected.py"]
