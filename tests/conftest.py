"""The project's own tests parse every answer strictly, so drift in our spec or sandbox fails them."""

from __future__ import annotations

import pytest
from highlevel_client import HighLevel
from sakari_client import Sakari


@pytest.fixture
def sakari_sandbox(sakari_sandbox: Sakari) -> Sakari:
    return sakari_sandbox.with_options(strict_response_validation=True)


@pytest.fixture
def highlevel_sandbox(highlevel_sandbox: HighLevel) -> HighLevel:
    return highlevel_sandbox.with_options(strict_response_validation=True)
