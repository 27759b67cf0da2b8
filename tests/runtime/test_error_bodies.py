"""contacts_runtime.ErrorBodies: a service's error answers as data, read by the client for every error status."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from attrs import define
from contacts_runtime import ErrorBodies
from contacts_runtime import _drift as tolerant
from contacts_runtime._model import Model
from contacts_runtime.types import UNSET, Unset


@define
class Problem(Model):
    message: str | Unset = UNSET


Problem.__tolerant__ = tolerant.TolerantModel(Problem, (tolerant.Field("message", "message", tolerant.string()),))


@define
class NotFound(Model):
    message: str | Unset = UNSET


NotFound.__tolerant__ = tolerant.TolerantModel(NotFound, (tolerant.Field("message", "message", tolerant.string()),))

TABLE = ErrorBodies({404: NotFound, "4XX": Problem})


def _answer(status: int, content: bytes) -> httpx.Response:
    return httpx.Response(status, content=content, request=httpx.Request("GET", "https://example.test/x"))


@pytest.mark.parametrize(
    ("status", "content", "expected"),
    [
        (404, b'{"message": "gone"}', NotFound(message="gone")),  # a status before its range
        (400, b'{"message": "bad"}', Problem(message="bad")),
        (429, b"{}", Problem()),
        (500, b'{"message": "x"}', None),  # no entry
        (400, b"<html>", None),  # not JSON
        (400, b'{"message": 1}', None),  # does not match
        (400, b"[" * 100_000, None),  # nested too deep to read
    ],
)
def test_an_error_body_is_its_statuss_model_or_none(status: int, content: bytes, expected: Any) -> None:
    assert TABLE.parse(_answer(status, content)) == expected


def test_the_table_shows_its_entries() -> None:
    assert repr(TABLE) == "ErrorBodies({404: NotFound, 4XX: Problem})"
