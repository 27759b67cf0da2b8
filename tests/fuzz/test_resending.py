"""A request that may create or send is never resent once it may have reached the service.

Checked for every operation of both specs: which requests are idempotent follows from the spec
(HTTP method, ``x-sdk-idempotent``), and the client resends exactly those after a failure that may
have reached the service, while failures that surely did not (a refused connection, a 429) are
retried for every operation.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from contacts_runtime.errors import APIError, APIResponseValidationError

from .operations import (
    Operation,
    Recorder,
    async_client_for,
    client_for,
    minimal_arguments,
    minimal_value,
    operation_ids,
    operations,
    send,
)

Failure = Callable[[httpx.Request], httpx.Response]
_SAFE_METHODS = ("GET", "PUT", "DELETE")


def _raises(error: type[httpx.TransportError]) -> Failure:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error("scripted failure", request=request)

    return fail


def _status(code: int) -> Failure:
    return lambda _: httpx.Response(code, json={"message": "scripted"})


MAY_HAVE_ARRIVED = {
    "read-timeout": _raises(httpx.ReadTimeout),
    "remote-protocol-error": _raises(httpx.RemoteProtocolError),
    "500": _status(500),
    "502": _status(502),
    "503": _status(503),
}
SURELY_NOT_DONE = {
    "connect-error": _raises(httpx.ConnectError),
    "429": lambda _: httpx.Response(429, headers={"Retry-After": "1"}, json={"message": "slow down"}),
}
_ALL = list(operations())
_NOT_IDEMPOTENT = [op for op in _ALL if not op.build_request(**minimal_arguments(op)).idempotent]


def _success(operation: Operation) -> httpx.Response:
    status, schema = operation.success_schema()
    if schema is None:
        return httpx.Response(status)
    return httpx.Response(status, json=minimal_value(operation.package, schema))


def _calls_after(operation: Operation, failure: Failure) -> int:
    answers = [failure]

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)(request) if answers else _success(operation)

    recorder = Recorder(handler, answer_tokens=operation.authenticated)
    with client_for(operation.package, recorder, strict=False, max_retries=2) as client:
        try:
            send(client, operation, minimal_arguments(operation))
        except APIResponseValidationError:
            pass  # the answer's shape is not what this test is about
        except APIError:
            pass
    return len(recorder.api_requests)


@pytest.mark.parametrize("operation", _ALL, ids=operation_ids(_ALL))
def test_idempotency_follows_the_spec(operation: Operation) -> None:
    request = operation.build_request(**minimal_arguments(operation))
    expected = operation.method in _SAFE_METHODS or operation.spec.get("x-sdk-idempotent") is True
    assert request.idempotent is expected, (operation.method, operation.path)


@pytest.mark.parametrize("failure", list(MAY_HAVE_ARRIVED), ids=list(MAY_HAVE_ARRIVED))
@pytest.mark.parametrize("operation", _NOT_IDEMPOTENT, ids=operation_ids(_NOT_IDEMPOTENT))
def test_a_request_that_may_create_is_never_resent(operation: Operation, failure: str) -> None:
    assert _calls_after(operation, MAY_HAVE_ARRIVED[failure]) == 1


@pytest.mark.parametrize("failure", list(SURELY_NOT_DONE), ids=list(SURELY_NOT_DONE))
@pytest.mark.parametrize("operation", _ALL, ids=operation_ids(_ALL))
def test_a_request_that_surely_was_not_done_is_retried(operation: Operation, failure: str) -> None:
    assert _calls_after(operation, SURELY_NOT_DONE[failure]) == 2


@pytest.mark.parametrize("failure", list(MAY_HAVE_ARRIVED), ids=list(MAY_HAVE_ARRIVED))
@pytest.mark.parametrize(
    "operation",
    [op for op in _ALL if op not in _NOT_IDEMPOTENT],
    ids=operation_ids([op for op in _ALL if op not in _NOT_IDEMPOTENT]),
)
def test_an_idempotent_request_is_retried_after_any_failure(operation: Operation, failure: str) -> None:
    assert _calls_after(operation, MAY_HAVE_ARRIVED[failure]) == 2


async def _async_calls_after(operation: Operation, failure: Failure) -> int:
    answers = [failure]

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)(request) if answers else _success(operation)

    recorder = Recorder(handler, answer_tokens=operation.authenticated)
    client = async_client_for(operation.package, recorder, max_retries=2)
    try:
        request = operation.build_request(**minimal_arguments(operation))
        await client.request(request, operation.parse_response, authenticated=operation.authenticated)
    except APIError:
        pass
    finally:
        await client.close()
    return len(recorder.api_requests)


@pytest.mark.parametrize("failure", list(MAY_HAVE_ARRIVED), ids=list(MAY_HAVE_ARRIVED))
@pytest.mark.parametrize("operation", _NOT_IDEMPOTENT, ids=operation_ids(_NOT_IDEMPOTENT))
async def test_the_async_client_never_resends_a_request_that_may_create(operation: Operation, failure: str) -> None:
    assert await _async_calls_after(operation, MAY_HAVE_ARRIVED[failure]) == 1


@pytest.mark.parametrize("failure", list(SURELY_NOT_DONE), ids=list(SURELY_NOT_DONE))
@pytest.mark.parametrize("operation", _NOT_IDEMPOTENT, ids=operation_ids(_NOT_IDEMPOTENT))
async def test_the_async_client_retries_a_request_that_surely_was_not_done(operation: Operation, failure: str) -> None:
    assert await _async_calls_after(operation, SURELY_NOT_DONE[failure]) == 2
