"""Hypothesis profiles: ``ci`` (bounded, the default, for ``make test``) and ``fuzz`` (``make fuzz``).

``HYPOTHESIS_PROFILE=fuzz`` selects the long run: about 13 times the examples, new ones on every run
(``ci`` is derandomized so that ``make test`` is repeatable), failures kept in ``.hypothesis/``.
Deadlines are off in both: the machine running CI is shared, and a slow example is not a failure
(waits are checked by the tests themselves, with a recording ``_sleep``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SUPPRESSED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
# ``caplog`` is cleared by each example itself.
_SUPPRESSED.append(HealthCheck.function_scoped_fixture)

settings.register_profile("ci", max_examples=15, deadline=None, suppress_health_check=_SUPPRESSED, derandomize=True)
settings.register_profile("fuzz", max_examples=200, deadline=None, suppress_health_check=_SUPPRESSED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
