"""The fixture files are exactly the samples of the seed documents."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are not beside this checkout")
def test_fixtures_are_the_seed_samples() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "extract_samples.py"), "--check", "--seeds", str(SEEDS)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
