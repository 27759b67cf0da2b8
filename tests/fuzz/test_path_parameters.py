"""Every path parameter of every operation stays in its own URL segment or is refused before sending."""

from __future__ import annotations

import contextlib

import httpx
import pytest
from contacts_runtime.errors import APIError

from .operations import Operation, Recorder, client_for, minimal_arguments, operation_ids, operations, send

HOSTILE_IDS = [
    "",
    ".",
    "..",
    "a/b",
    "%2e%2e",
    "%2F",
    "?x=1",
    "#f",
    "x" * 4096,
    "kontakt-ü-ø-☃-中",
    "a\\b",
    " ",
    "..;x",
]
_WITH_PATH_PARAMETERS = [operation for operation in operations() if operation.path_parameters()]


def _segments(path: str) -> list[str]:
    return path.split("?", 1)[0].split("/")


def _answer(_: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


def _check_built_path(operation: Operation, name: str, built: str) -> None:
    template = _segments(operation.path)
    segments = _segments(built)
    assert len(segments) == len(template), f"{name}: {built!r} does not have the segments of {operation.path!r}"
    for segment in segments:
        assert segment not in (".", ".."), f"{name}: dot segment in {built!r}"


@pytest.mark.parametrize("operation", _WITH_PATH_PARAMETERS, ids=operation_ids(_WITH_PATH_PARAMETERS))
@pytest.mark.parametrize("hostile", HOSTILE_IDS, ids=range(len(HOSTILE_IDS)))
def test_each_path_parameter_stays_in_its_segment_or_is_refused(operation: Operation, hostile: str) -> None:
    for name in operation.path_parameters():
        arguments = {**minimal_arguments(operation), name: hostile}
        recorder = Recorder(_answer)
        with client_for(operation.package, recorder, strict=False) as client:
            try:
                built = operation.build_request(**arguments)
            except ValueError as refused:
                assert f"`{name}`" in str(refused), f"the refusal does not name {name}: {refused}"
                with pytest.raises(ValueError, match=f"`{name}`"):
                    send(client, operation, arguments)
                assert recorder.api_requests == [], "a refused call was sent"
                continue
            _check_built_path(operation, name, built.path)
            with contextlib.suppress(APIError):
                send(client, operation, arguments)
            (sent,) = recorder.api_requests
            sent_path = sent.url.raw_path.decode("ascii").split("?", 1)[0]
            assert sent_path.endswith(built.path), f"{name}: sent {sent_path!r}, built {built.path!r}"
            assert not sent.url.fragment, f"{name}: {hostile!r} became a fragment"


@pytest.mark.parametrize("hostile", HOSTILE_IDS, ids=range(len(HOSTILE_IDS)))
def test_the_account_id_of_the_constructor_stays_in_its_segment_or_is_refused(hostile: str) -> None:
    sakari_operations = [
        op for op in operations() if op.package == "sakari_client" and "account_id" in op.path_parameters()
    ]
    for operation in sakari_operations:
        recorder = Recorder(_answer)
        with client_for(operation.package, recorder, strict=False, account_id=hostile) as client:
            # What a facade method does with the client's account id (``self._client.option``).
            try:
                arguments = {**minimal_arguments(operation), "account_id": client.option("account_id", None)}
                built = operation.build_request(**arguments)
            except ValueError as refused:
                assert "account_id" in str(refused), refused
                assert recorder.api_requests == []
                continue
            _check_built_path(operation, "account_id", built.path)


@pytest.mark.filterwarnings("ignore:list\\(\\) calls listContacts:DeprecationWarning")
@pytest.mark.parametrize("package", ["sakari_client", "highlevel_client"])
@pytest.mark.parametrize("hostile", HOSTILE_IDS, ids=range(len(HOSTILE_IDS)))
def test_facade_list_methods_with_a_hostile_client_id_send_nothing_outside_their_path(
    package: str, hostile: str
) -> None:
    option = "account_id" if package == "sakari_client" else "location_id"
    recorder = Recorder(_answer)
    sakari = package == "sakari_client"
    account_id, location_id = (hostile, "loc-1") if sakari else ("acc-1", hostile)
    with client_for(package, recorder, strict=False, account_id=account_id, location_id=location_id) as client:
        try:
            client.contacts.list()
        except ValueError as refused:
            assert option in str(refused), refused
            assert recorder.api_requests == []
            return
        except APIError:
            pass
    (sent,) = recorder.api_requests
    path = sent.url.raw_path.decode("ascii").split("?", 1)[0]
    assert all(segment not in (".", "..") for segment in path.split("/")), path
    expected_depth = {"sakari_client": len(["", "v1", "accounts", "<id>", "contacts"]), "highlevel_client": 3}[package]
    assert len(path.split("/")) == expected_depth, path
