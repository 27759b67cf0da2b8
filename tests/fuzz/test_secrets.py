"""Errors travel (pickle, as multiprocessing, Celery and pytest-xdist do) and keep no secret in the pickle.

One error of each kind a call can end with, for both clients; the text and repr of every error are
also checked by the answer fuzzing in test_answers.py.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable

import httpx
import pytest
from contacts_runtime.errors import APIError

from .operations import SECRETS, Recorder, client_for, minimal_arguments, operations, send


def _fail_connect(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


ENDINGS: dict[str, Callable[[httpx.Request], httpx.Response]] = {
    "status-500": lambda _: httpx.Response(500, json={"message": "boom"}),
    "status-404": lambda _: httpx.Response(404, json={"message": "no"}),
    "not-json-200": lambda _: httpx.Response(200, content=b"<html>"),
    "connect-error": _fail_connect,
}


def _error(package: str, ending: str) -> APIError:
    operation = next(op for op in operations() if op.package == package and op.operation_id == "getContact")
    recorder = Recorder(ENDINGS[ending])
    with client_for(package, recorder, max_retries=0) as client, pytest.raises(APIError) as caught:
        send(client, operation, minimal_arguments(operation))
    return caught.value


_PACKAGES = ["sakari_client", "highlevel_client"]


@pytest.mark.parametrize(
    "ending",
    [
        "status-500",
        "status-404",
        "not-json-200",
        "connect-error",
    ],
)
@pytest.mark.parametrize("package", _PACKAGES)
def test_an_error_survives_a_pickle(package: str, ending: str) -> None:
    error = _error(package, ending)
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is type(error)
    assert str(restored) == str(error)


@pytest.mark.parametrize("ending", list(ENDINGS))
@pytest.mark.parametrize("package", _PACKAGES)
def test_an_error_pickles_without_the_token(package: str, ending: str) -> None:
    pickled = pickle.dumps(_error(package, ending))
    for secret in SECRETS:
        assert secret.encode() not in pickled
