"""Answers drawn from our spec's schemas, then mutated, fed to every operation through the client.

The only acceptable outcomes are a typed result or an ``APIError`` subclass: never a raw Python
exception, a wait without bound, a resend, or a configured secret in an exception or a log line.
In tolerant mode a decodable JSON object comes back unchanged from ``to_dict()``.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from contacts_runtime._drift import parse_rfc3339
from contacts_runtime.errors import APIError, APIStatusError
from hypothesis import given
from hypothesis import strategies as st

from .operations import (
    JSON_VALUES,
    SECRETS,
    Hang,
    Operation,
    Recorder,
    answers,
    client_for,
    minimal_arguments,
    operation_ids,
    operations,
    resolve,
    send,
)

_ALL = list(operations())
ODD_STATUSES = [100, 101, 199, 204, 205, 299, 301, 302, 304, 307, 400, 401, 404, 409, 418, 422, 429, 500, 520, 599]
ODD_HEADERS = [
    {"Retry-After": "-1"},
    {"Retry-After": "1e12"},
    {"Retry-After": "nan"},
    {"Retry-After": "soon"},
    {"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"},
    {"Retry-After-Ms": "-5"},
    {"X-RateLimit-Max": "abc", "X-RateLimit-Remaining": "", "X-RateLimit-Interval-Milliseconds": "1.5"},
    {"Content-Type": "text/html; charset=utf-8"},
    {"Content-Type": "application/json; charset=latin-1"},
]
# Rate-limit headers that once asked for a wait without bound: each is tested on its own below, where a
# failure names it, rather than left to a draw of the fuzzing above.
HOSTILE_RATE_LIMITS = {
    "max-0": {"X-RateLimit-Max": "0", "X-RateLimit-Remaining": "0", "X-RateLimit-Interval-Milliseconds": "10000"},
    "max-negative": {
        "X-RateLimit-Max": "-1",
        "X-RateLimit-Remaining": "-1",
        "X-RateLimit-Interval-Milliseconds": "10000",
    },
    "interval-huge": {
        "X-RateLimit-Max": "100",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Interval-Milliseconds": str(10**15),
    },
}


@dataclass
class Answer:
    """One scripted HTTP answer and, when its body is a JSON object, that object."""

    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)
    json_object: dict[str, Any] | None = None
    mutation: str = "valid"


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replaced(value[path[0]], path[1:], new)
    return copy


@st.composite
def mutated_answers(draw: st.DrawFn, operation: Operation) -> Answer:
    status, schema = operation.success_schema()
    value: Any = draw(answers(operation.package, schema)) if schema is not None else None
    mutation = draw(
        st.sampled_from(
            [
                "valid",
                "wrong-type",
                "null",
                "unknown-key",
                "deep",
                "huge",
                "bad-encoding",
                "truncated",
                "status",
                "headers",
            ]
        )
    )
    headers: dict[str, str] = {}
    if mutation == "wrong-type":
        value = _replaced(value, draw(st.sampled_from(_paths(value))), draw(JSON_VALUES))
    elif mutation == "null":
        value = _replaced(value, draw(st.sampled_from(_paths(value))), None)
    elif mutation == "unknown-key":
        dicts = [path for path in _paths(value) if isinstance(_at(value, path), dict)]
        if dicts:
            where = draw(st.sampled_from(dicts))
            value = _replaced(value, where, {**_at(value, where), "zzUnknownKey": draw(JSON_VALUES)})
    elif mutation == "deep":
        depth = draw(st.sampled_from([200, 5_000, 100_000]))
        nested = "[" * depth + "]" * depth
        return Answer(status, ('{"a": ' + nested + "}").encode(), mutation=mutation)
    elif mutation == "huge":
        size = draw(st.sampled_from([100_000, 1_000_000]))
        value = _replaced(value, draw(st.sampled_from(_paths(value))), "x" * size)
    elif mutation == "bad-encoding":
        raw = json.dumps(value).encode()
        cut = draw(st.integers(0, len(raw)))
        return Answer(
            status, raw[:cut] + draw(st.sampled_from([b"\xff\xfe", b"\xc3", b"\x80abc"])) + raw[cut:], mutation=mutation
        )
    elif mutation == "truncated":
        raw = json.dumps(value).encode()
        return Answer(status, raw[: draw(st.integers(0, max(len(raw) - 1, 0)))], mutation=mutation)
    elif mutation == "status":
        status = draw(st.sampled_from(ODD_STATUSES))
    elif mutation == "headers":
        headers = draw(st.sampled_from(ODD_HEADERS))
    content = b"" if value is None and schema is None else json.dumps(value).encode()
    return Answer(status, content, headers, value if isinstance(value, dict) and schema is not None else None, mutation)


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def _check_secrets_kept(error: BaseException, log_text: str) -> None:
    # Pickles are checked in test_secrets.py.
    shown = [str(error), repr(error), repr(error.args), log_text]
    for secret in SECRETS:
        for text in shown:
            assert secret not in text, f"a secret is shown in {text[:200]!r}"


def _run(operation: Operation, strict: bool, answer: Answer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.clear()

    def handler(_: httpx.Request) -> httpx.Response:
        return httpx.Response(answer.status, content=answer.content, headers=answer.headers)

    recorder = Recorder(handler, answer_tokens=operation.authenticated)
    sleeps: list[float] = []
    with (
        caplog.at_level(logging.DEBUG),
        client_for(operation.package, recorder, strict=strict, max_retries=0, sleeps=sleeps) as client,
    ):
        arguments = minimal_arguments(operation)
        for attempt in range(2):  # the second call meets what the first answer's headers taught the pacer
            try:
                result = send(client, operation, arguments)
            except Hang:
                raise
            except APIError as error:
                _check_secrets_kept(error, caplog.text)
                if 400 <= answer.status <= 599:
                    assert isinstance(error, APIStatusError), f"{answer.status} answer became {error!r}"
                    assert error.status_code == answer.status
                continue
            assert len(recorder.api_requests) == attempt + 1 or answer.status == 401
            if not strict and answer.json_object is not None and hasattr(result, "to_dict"):
                assert _same_json(result.to_dict(), answer.json_object)
        # A 401 is answered once more with a fresh token (the call was refused, so nothing was done).
        assert len(recorder.api_requests) == 2 or answer.status == 401, "a call was resent or not sent"
    for secret in SECRETS:
        assert secret not in caplog.text


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "tolerant"])
@pytest.mark.parametrize("operation", _ALL, ids=operation_ids(_ALL))
@given(data=st.data())
def test_mutated_answers_give_a_result_or_a_typed_error(
    operation: Operation, strict: bool, data: st.DataObject, caplog: pytest.LogCaptureFixture
) -> None:
    _run(operation, strict, data.draw(mutated_answers(operation)), caplog)


def _get_contact(package: str) -> Operation:
    return next(op for op in _ALL if op.package == package and op.operation_id == "getContact")


@pytest.mark.parametrize("headers", list(HOSTILE_RATE_LIMITS.values()), ids=list(HOSTILE_RATE_LIMITS))
def test_hostile_rate_limit_headers_never_make_a_wait_without_bound(
    headers: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    answer = Answer(200, json.dumps({"contact": None}).encode(), headers, mutation="headers")
    _run(_get_contact("highlevel_client"), False, answer, caplog)


@pytest.mark.parametrize("package", ["sakari_client", "highlevel_client"])
def test_a_body_not_in_its_content_encoding_is_a_typed_error(package: str, caplog: pytest.LogCaptureFixture) -> None:
    answer = Answer(200, b'{"id": "c-1"}', {"Content-Encoding": "gzip"}, mutation="headers")
    _run(_get_contact(package), False, answer, caplog)


def _same_json(kept: Any, sent: Any) -> bool:
    """``kept`` holds the values ``sent`` held; a date-time may be spelled otherwise, as the same instant
    with the same offset (``to_dict()`` writes the model's own spelling; ``items_json()`` keeps the service's)."""
    if isinstance(kept, dict) and isinstance(sent, dict):
        return kept.keys() == sent.keys() and all(_same_json(kept[key], sent[key]) for key in sent)
    if isinstance(kept, list) and isinstance(sent, list):
        return len(kept) == len(sent) and all(_same_json(a, b) for a, b in zip(kept, sent, strict=True))
    if isinstance(kept, str) and isinstance(sent, str) and kept != sent:
        kept_at, sent_at = parse_rfc3339(kept), parse_rfc3339(sent)
        return (
            kept_at is not None
            and sent_at is not None
            and (kept_at, kept_at.utcoffset()) == (sent_at, sent_at.utcoffset())
        )
    return bool(kept == sent)


def _object_answers() -> list[Operation]:
    found = []
    for operation in _ALL:
        _, schema = operation.success_schema()
        if schema is not None and resolve(operation.package, schema).get("required"):
            found.append(operation)
    return found


@pytest.mark.parametrize(
    "operation",
    [pytest.param(op, id=op.name, marks=[]) for op in _object_answers()],
)
def test_tolerant_to_dict_of_an_answer_missing_required_fields_is_what_came(operation: Operation) -> None:
    status, _ = operation.success_schema()
    recorder = Recorder(lambda _: httpx.Response(status, json={}), answer_tokens=operation.authenticated)
    with client_for(operation.package, recorder, strict=False) as client:
        result = send(client, operation, minimal_arguments(operation))
    assert result.to_dict() == {}  # type: ignore[attr-defined]


_DEEP_BODY = ('{"message": ' + "[" * 20_000 + "]" * 20_000 + "}").encode()


@pytest.mark.parametrize("status", [400, 500])
@pytest.mark.parametrize("operation", _ALL, ids=operation_ids(_ALL))
def test_the_status_error_survives_a_deeply_nested_body(operation: Operation, status: int) -> None:
    recorder = Recorder(lambda _: httpx.Response(status, content=_DEEP_BODY), answer_tokens=operation.authenticated)
    with client_for(operation.package, recorder, strict=True) as client, pytest.raises(APIStatusError) as caught:
        send(client, operation, minimal_arguments(operation))
    assert caught.value.status_code == status
