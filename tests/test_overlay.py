"""``spec/highlevel-v3.overlay.yaml`` and its applier: v3 is 2021-07-28 with only what the overlay names changed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from sdk.errors import SpecError
from sdk.overlay import apply_overlay, target_steps

ROOT = Path(__file__).resolve().parents[1]


def load(name: str) -> Any:
    return yaml.safe_load((ROOT / "spec" / name).read_text(encoding="utf-8"))


def operations(spec: dict[str, Any]) -> set[str]:
    return {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method != "parameters"
    }


def test_v3_has_every_operation_of_2021_07_28_but_the_deprecated_list() -> None:
    v2, v3 = load("highlevel.yaml"), apply_overlay(load("highlevel.yaml"), load("highlevel-v3.overlay.yaml"))
    assert operations(v2) - operations(v3) == {"listContacts"}
    assert operations(v3) <= operations(v2)
    assert "/contacts/{contactId}/campaigns/remove-all" in v3["paths"]


def test_an_operation_added_to_the_spec_is_in_v3_too() -> None:
    spec = load("highlevel.yaml")
    spec["paths"]["/locations/{locationId}/tags"] = {"get": {"operationId": "listLocationTags", "responses": {}}}
    assert "listLocationTags" in operations(apply_overlay(spec, load("highlevel-v3.overlay.yaml")))


def test_the_bundled_v3_spec_is_the_overlay_applied() -> None:
    bundled = yaml.safe_load((ROOT / "generated" / "highlevel_v3_client" / "openapi.yaml").read_text(encoding="utf-8"))
    assert bundled == apply_overlay(load("highlevel.yaml"), load("highlevel-v3.overlay.yaml"))


def test_updates_merge_objects_append_arrays_and_replace_the_rest() -> None:
    spec = {"a": {"b": 1, "list": [1]}, "c": "x"}
    overlay = {"overlay": "1.0.0", "actions": [{"target": "$.a", "update": {"list": [2], "d": 3}}]}
    overlay["actions"] += [{"target": "$['c']", "update": "y"}, {"target": "$.a.b", "remove": True}]
    assert apply_overlay(spec, overlay) == {"a": {"list": [1, 2], "d": 3}, "c": "y"}
    assert spec == {"a": {"b": 1, "list": [1]}, "c": "x"}  # the spec itself is left as it is


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"target": "$.paths[*]", "remove": True}, "only member steps"),
        ({"target": "paths", "remove": True}, "does not start at the root"),
        ({"target": "$.nowhere.deeper", "remove": True}, "'nowhere' is not in the spec"),
        ({"target": "$.info"}, "either removes its target or updates it"),
    ],
)
def test_what_the_applier_cannot_do_is_refused_naming_the_action(action: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        apply_overlay({"info": {}, "paths": {}}, {"overlay": "1.0.0", "actions": [action]})


def test_target_steps() -> None:
    assert target_steps("$.paths['/contacts/'].get") == ["paths", "/contacts/", "get"]
    assert target_steps("$.info.x-sdk") == ["info", "x-sdk"]
