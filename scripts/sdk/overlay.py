"""OpenAPI Overlay 1.0 documents applied to a spec: how a second version of an API is told as what it changes.

Only the part of the Overlay specification the specs need is supported, and anything else is refused
(``SpecError``) rather than half applied: a ``target`` is a JSONPath of plain member steps (``$.paths``,
``['/contacts/']``), each naming one node that must exist; an action either ``remove``s it or ``update``s it
(objects merged key by key, recursively; an array of the update appended to the target's; anything else
replaced), in the order the actions are listed.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .errors import SpecError

_STEP = re.compile(r"\.([A-Za-z_][\w-]*)|\[(?:'([^']*)'|\"([^\"]*)\")\]")


def target_steps(target: str) -> list[str]:
    """The member names of a plain JSONPath (``$.a['b/c'].d``); ``SpecError`` for any other expression."""
    if not target.startswith("$"):
        raise SpecError(f"overlay target {target!r} does not start at the root ($)")
    steps, position = [], 1
    while position < len(target):
        found = _STEP.match(target, position)
        if found is None:
            raise SpecError(f"overlay target {target!r}: only member steps (.name, ['name']) are supported")
        steps.append(next(group for group in found.groups() if group is not None))
        position = found.end()
    return steps


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        merged = dict(target)
        for key, value in update.items():
            merged[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return merged
    if isinstance(target, list) and isinstance(update, list):
        return [*target, *copy.deepcopy(update)]
    return copy.deepcopy(update)


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` with the overlay's actions applied (the spec itself is left as it is)."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise SpecError("an overlay document must say `overlay: 1.x`")
    result = copy.deepcopy(spec)
    for number, action in enumerate(overlay.get("actions") or []):
        steps = target_steps(str(action.get("target", "")))
        where = f"overlay action {number} ({action.get('target')})"
        parent: Any = result
        for step in steps[:-1]:
            if not isinstance(parent, dict) or step not in parent:
                raise SpecError(f"{where}: {step!r} is not in the spec")
            parent = parent[step]
        if steps and (not isinstance(parent, dict) or steps[-1] not in parent):
            raise SpecError(f"{where}: {steps[-1]!r} is not in the spec")
        if action.get("remove") is True:
            if not steps:
                raise SpecError(f"{where}: the root cannot be removed")
            del parent[steps[-1]]
        elif "update" in action:
            if steps:
                parent[steps[-1]] = _merge(parent[steps[-1]], action["update"])
            else:
                result = _merge(result, action["update"])
        else:
            raise SpecError(f"{where}: an action either removes its target or updates it")
    return result
