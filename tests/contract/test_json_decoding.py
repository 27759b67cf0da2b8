"""Answer bodies read the same with msgspec (the `fast` extra) as with the standard library."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

import contacts_runtime.types
import highlevel_client.types
import pytest
import sakari_client.types

BODIES = [
    b'{"id": "c-1", "n": 1.5, "ok": true, "none": null, "list": [1, -2, 3e2]}',
    b'{"big": 1180591620717411303425, "negative": -1180591620717411303425, "u64": 18446744073709551615}',
    b'\xef\xbb\xbf{"with": "a byte-order mark"}',
    b'{"value": NaN, "other": -Infinity}',
    b'{"huge": 1e400}',
    b'"\\ud800 a lone surrogate"',
    b'{"twice": 1, "twice": 2}',
    '{"utf16": "é"}'.encode("utf-16"),
    '{"name": "Zoë 名前 \\u00e9"}'.encode(),
]


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, float) and isinstance(right, float) and math.isnan(left):
        return math.isnan(right)
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(_same(left[key], right[key]) for key in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(_same(a, b) for a, b in zip(left, right, strict=True))
    return type(left) is type(right) and left == right


@pytest.mark.parametrize("types", [sakari_client.types, highlevel_client.types])
def test_msgspec_is_used_when_installed(types: Any) -> None:
    assert types.json_loads is not json.loads


@pytest.mark.parametrize("types", [sakari_client.types, highlevel_client.types])
@pytest.mark.parametrize("body", BODIES)
def test_every_body_reads_as_the_standard_library_reads_it(types: Any, body: bytes) -> None:
    assert _same(types.json_loads(body), json.loads(body))


@pytest.mark.parametrize("body", [b"", b"{", b'{"a": }', b"\xff\xfe\x00", b"[1, 2,]"])
def test_bodies_that_are_not_json_raise_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        sakari_client.types.json_loads(body)


def test_without_msgspec_the_standard_library_reads_bodies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msgspec", None)  # what `import msgspec` meets when it is not installed
    assert contacts_runtime.types._fastest_json_loads() is json.loads
