"""A 2xx is never reported as a failure of the action (issue #24).

The matrix is generated from the specs: every operation that changes state (not a GET, not a paginated
read such as a search, not a token call) x an empty 200/201/202/204 x a body the spec does not expect,
in strict and tolerant mode. The answer is the documented model decoded from ``{}`` with the drift
``$: expected a JSON body`` recorded, or ``SucceededUnreadableError`` (``acted``) when the model has
fields it cannot do without. Reads keep raising ``APIResponseValidationError``.
"""

from __future__ import annotations

import importlib
import re
import typing
from pathlib import Path
from types import ModuleType

import httpx
import pytest
import yaml
from contacts_runtime._drift import DriftLog, parsing
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client import errors as highlevel_errors
from sakari_client import AsyncSakari, Sakari
from sakari_client import errors as sakari_errors
from sakari_client.models import SendMessagesResponse

from .conftest import Service

SPECS = Path(__file__).resolve().parents[2] / "spec"
PACKAGES = {"sakari": "sakari_client", "highlevel": "highlevel_client"}
WRITE_METHODS = ("post", "put", "patch", "delete")


def _endpoint_modules(package: str) -> dict[str, str]:
    """operationId -> the generated endpoint module that holds it (each names its operation first)."""
    root = Path(importlib.import_module(package).__file__ or "").parent / "api"
    modules = {}
    for path in root.glob("*/*.py"):
        named = re.match(r'"""``(\w+)``', path.read_text(encoding="utf-8"))
        if named:
            modules[named.group(1)] = f"{package}.api.{path.parent.name}.{path.stem}"
    return modules


def _operations(acting: bool) -> list[tuple[str, str, ModuleType]]:
    found = []
    for service, package in PACKAGES.items():
        spec = yaml.safe_load((SPECS / f"{service}.yaml").read_text(encoding="utf-8"))
        for item in spec["paths"].values():
            for method, operation in item.items():
                if method not in ("get", *WRITE_METHODS):
                    continue
                acts = (
                    method in WRITE_METHODS
                    and "x-sdk-pagination" not in operation
                    and not operation.get("x-sdk-internal")
                    and operation.get("security") != []
                )
                if acts != acting:
                    continue
                module = importlib.import_module(_endpoint_modules(package)[operation["operationId"]])
                if typing.get_type_hints(module.parse_response)["return"] is type(None):
                    continue  # unsubscribeWebhook: documented without a body, it already returns None
                found.append((service, operation["operationId"], module))
    return found


ACTING = _operations(acting=True)
READS = _operations(acting=False)
STATUSES = (200, 201, 202, 204)
UNEXPECTED_BODIES = (b"", b"  ", b"OK", b"[]", b"null", b'"done"', b"true")


def test_the_matrix_covers_every_state_changing_operation_of_both_specs() -> None:
    # Sakari: 14 (unsubscribeWebhook answers without a body); HighLevel: 31 (search and the token calls
    # read; the location's custom fields, tags and custom values are created, updated and deleted: 9)
    assert len([name for service, name, _ in ACTING if service == "sakari"]) == 14
    assert len([name for service, name, _ in ACTING if service == "highlevel"]) == 31
    assert len(ACTING) * len(STATUSES) * len(UNEXPECTED_BODIES) * 2 == 2520


def _answer(method: str, status: int, content: bytes) -> httpx.Response:
    return httpx.Response(status, content=content, request=httpx.Request(method, "https://api.example.test/x"))


def _cannot_do_without(models: tuple[type, ...]) -> bool:
    """No documented model (one, or each of a oneOf) can be built from ``{}``: each has required fields."""
    return all(any(field.required for field in model.__tolerant__.fields) for model in models)  # type: ignore[attr-defined]


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "tolerant"])
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("service", "operation_id", "module"), ACTING, ids=[f"{s}.{o}" for s, o, _ in ACTING])
def test_an_empty_or_unexpected_success_body_is_never_a_failure_of_the_action(
    service: str, operation_id: str, module: ModuleType, status: int, strict: bool
) -> None:
    answered = typing.get_type_hints(module.parse_response)["return"]
    models = typing.get_args(answered) or (answered,)
    for content in UNEXPECTED_BODIES:
        log = DriftLog("test")
        with parsing(strict=strict, log=log, operation_id=operation_id):
            if _cannot_do_without(models):
                with pytest.raises(sakari_errors.SucceededUnreadableError) as caught:
                    module.parse_response(_answer("POST", status, content))
                assert caught.value.acted is True and caught.value.status_code == status
                assert isinstance(caught.value, highlevel_errors.APIResponseValidationError)
            else:
                assert isinstance(module.parse_response(_answer("POST", status, content)), models)
        assert [(record.path, record.expected) for record in log.records] == [("$", "a JSON body")]


@pytest.mark.parametrize(("service", "operation_id", "module"), READS, ids=[f"{s}.{o}" for s, o, _ in READS])
def test_a_read_with_an_empty_answer_keeps_raising(service: str, operation_id: str, module: ModuleType) -> None:
    for strict in (True, False):
        with (
            parsing(strict=strict, log=DriftLog("test"), operation_id=operation_id),
            pytest.raises(sakari_errors.APIResponseValidationError) as caught,
        ):
            module.parse_response(_answer("GET", 200, b""))
        assert not isinstance(caught.value, sakari_errors.SucceededUnreadableError)


def test_the_errors_are_exported_by_both_packages() -> None:
    assert sakari_errors.SucceededUnreadableError is highlevel_errors.SucceededUnreadableError
    assert issubclass(sakari_errors.SucceededUnreadableError, sakari_errors.APIResponseValidationError)


# --- through the facades, sync and async ------------------------------------------------------------


@pytest.mark.parametrize("status", STATUSES)
def test_a_sent_sms_answered_with_an_empty_success_is_not_reported_as_failed(
    status: int, sakari: Sakari, service: Service
) -> None:
    service.default = lambda request: httpx.Response(status)
    assert isinstance(sakari.messages.send(conversations=["conv-1"], template="Hi"), SendMessagesResponse)
    assert [record.path for record in sakari.drift.records] == ["$"]
    assert len(service.api_requests()) == 1


@pytest.mark.parametrize("strict", [True, False])
async def test_async_a_sent_sms_answered_with_an_empty_success_is_not_reported_as_failed(
    strict: bool, async_sakari: AsyncSakari, service: Service
) -> None:
    service.default = lambda request: httpx.Response(202, text="Accepted")
    client = async_sakari.with_options(strict_response_validation=strict)
    assert isinstance(await client.messages.send(conversations=["conv-1"], template="Hi"), SendMessagesResponse)


def test_a_delete_answered_204_returns_and_a_create_without_its_record_says_it_acted(
    highlevel: HighLevel, service: Service
) -> None:
    service.answers = [httpx.Response(204), httpx.Response(201)]
    highlevel.contacts.delete("c-1")
    with pytest.raises(highlevel_errors.SucceededUnreadableError) as caught:
        highlevel.contacts.create(first_name="Ann")
    assert caught.value.acted and "$.contact" in str(caught.value)


async def test_async_a_delete_answered_204_returns_and_a_create_without_its_record_says_it_acted(
    async_highlevel: AsyncHighLevel, service: Service
) -> None:
    service.answers = [httpx.Response(204), httpx.Response(201)]
    await async_highlevel.contacts.delete("c-1")
    with pytest.raises(highlevel_errors.SucceededUnreadableError) as caught:
        await async_highlevel.with_options(strict_response_validation=False).contacts.create(first_name="Ann")
    assert caught.value.acted
