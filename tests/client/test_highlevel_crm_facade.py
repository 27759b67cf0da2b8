"""The facade methods of HighLevel's notes, tasks, appointments, followers, campaigns, workflows, bulk tag
and business operations: what each sends, what it returns, sync, async and raw, and which are retried.

The answers are the examples of ``spec/highlevel.yaml``; the requests are checked on the wire.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from highlevel_client import AsyncHighLevel, AsyncPage, HighLevel, SyncPage, models
from highlevel_client import errors as highlevel_errors

from .conftest import HIGHLEVEL_TOKEN, Service

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "highlevel.yaml").read_text(encoding="utf-8"))


def example(schema: str) -> Any:
    return SPEC["components"]["schemas"][schema]["example"]


@dataclass(frozen=True)
class Case:
    resource: str
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    http_method: str
    path: str
    status: int
    answer_schema: str
    body: Any = None
    query: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.method}"


CASES = [
    Case("notes", "list", ("c1",), {}, "GET", "/contacts/c1/notes", 200, "NotesResponse"),
    Case("notes", "get", ("c1", "n1"), {}, "GET", "/contacts/c1/notes/n1", 200, "NoteResponse"),
    Case("notes", "delete", ("c1", "n1"), {}, "DELETE", "/contacts/c1/notes/n1", 200, "SucceededResponse"),
    Case("tasks", "list", ("c1",), {}, "GET", "/contacts/c1/tasks", 200, "TasksResponse"),
    Case("tasks", "get", ("c1", "t1"), {}, "GET", "/contacts/c1/tasks/t1", 200, "TaskResponse"),
    Case("tasks", "delete", ("c1", "t1"), {}, "DELETE", "/contacts/c1/tasks/t1", 200, "SucceededResponse"),
    Case(
        "tasks",
        "complete",
        ("c1", "t1"),
        {"completed": True},
        "PUT",
        "/contacts/c1/tasks/t1/completed",
        200,
        "TaskResponse",
        body={"completed": True},
    ),
    Case("appointments", "list", ("c1",), {}, "GET", "/contacts/c1/appointments", 200, "AppointmentsResponse"),
    Case(
        "followers",
        "add",
        ("c1",),
        {"followers": ["u1", "u2"]},
        "POST",
        "/contacts/c1/followers",
        201,
        "AddFollowersResponse",
        body={"followers": ["u1", "u2"]},
    ),
    Case(
        "followers",
        "remove",
        ("c1",),
        {"followers": ["u2"]},
        "DELETE",
        "/contacts/c1/followers",
        200,
        "RemoveFollowersResponse",
        body={"followers": ["u2"]},
    ),
    # The reference requires a JSON body whose schema has no fields: the facade sends {}.
    Case("campaigns", "add", ("c1", "k1"), {}, "POST", "/contacts/c1/campaigns/k1", 201, "SucceededResponse", body={}),
    Case("campaigns", "remove", ("c1", "k1"), {}, "DELETE", "/contacts/c1/campaigns/k1", 200, "SucceededResponse"),
    Case(
        "campaigns", "remove_all", ("c1",), {}, "DELETE", "/contacts/c1/campaigns/removeAll", 200, "SucceededResponse"
    ),
    Case(
        "workflows",
        "add",
        ("c1", "w1"),
        {"event_start_time": "2030-06-23T03:30:00+01:00"},
        "POST",
        "/contacts/c1/workflow/w1",
        200,
        "SucceededResponse",
        body={"eventStartTime": "2030-06-23T03:30:00+01:00"},
    ),
    Case("workflows", "remove", ("c1", "w1"), {}, "DELETE", "/contacts/c1/workflow/w1", 200, "SucceededResponse", {}),
    Case(
        "tags",
        "bulk_update",
        ("remove",),
        {"contacts": ["c1", "c2"], "tags": ["old"], "remove_all_tags": False},
        "POST",
        "/contacts/bulk/tags/update/remove",
        201,
        "BulkTagsResponse",
        body={"contacts": ["c1", "c2"], "tags": ["old"], "locationId": "loc-1", "removeAllTags": False},
    ),
    Case(
        "businesses",
        "assign",
        (),
        {"ids": ["c1", "c2"], "business_id": None},
        "POST",
        "/contacts/bulk/business",
        200,
        "BusinessAssignmentResponse",
        body={"locationId": "loc-1", "ids": ["c1", "c2"], "businessId": None},
    ),
    Case(
        "businesses",
        "list_contacts",
        ("b1",),
        {"limit": 10, "skip": 20, "query": "deo"},
        "GET",
        "/contacts/business/b1",
        200,
        "BusinessContactsResponse",
        query={"locationId": "loc-1", "limit": "10", "skip": "20", "query": "deo"},
    ),
]


def _answer(case: Case) -> httpx.Response:
    return httpx.Response(case.status, json=example(case.answer_schema))


def _check_request(request: httpx.Request, case: Case) -> None:
    assert (request.method, request.url.path) == (case.http_method, case.path)
    assert request.headers["authorization"] == f"Bearer {HIGHLEVEL_TOKEN}"
    assert request.headers["version"] == "2021-07-28"
    if case.body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == case.body
    if case.query:
        assert dict(request.url.params) == case.query


def _check_result(result: Any, case: Case) -> None:
    model = getattr(models, case.answer_schema)
    if isinstance(result, SyncPage | AsyncPage):  # a list that pages: its first page holds the answer
        result = result.response
    assert isinstance(result, model)
    assert json.dumps(result.to_dict(), sort_keys=True) == json.dumps(example(case.answer_schema), sort_keys=True)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_sync_call_sends_and_parses(highlevel: HighLevel, service: Service, case: Case) -> None:
    service.answers = [_answer(case)]
    result = getattr(getattr(highlevel, case.resource), case.method)(*case.args, **case.kwargs)
    _check_request(service.api_requests()[0], case)
    _check_result(result, case)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_async_call_sends_and_parses(async_highlevel: AsyncHighLevel, service: Service, case: Case) -> None:
    service.answers = [_answer(case)]
    async with async_highlevel as client:
        result = await getattr(getattr(client, case.resource), case.method)(*case.args, **case.kwargs)
    _check_request(service.api_requests()[0], case)
    _check_result(result, case)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_raw_response_gives_status_headers_and_the_parsed_result(
    highlevel: HighLevel, service: Service, case: Case
) -> None:
    service.answers = [_answer(case)]
    raw = getattr(getattr(highlevel, case.resource).with_raw_response, case.method)(*case.args, **case.kwargs)
    assert raw.status_code == case.status and raw.headers["content-type"] == "application/json"
    _check_result(raw.parse(), case)


def test_the_documented_errors_become_typed_errors(highlevel: HighLevel, service: Service) -> None:
    service.answers = [
        httpx.Response(400, json={"statusCode": 400, "message": "Contact with id c1 not found"}),
        httpx.Response(401, json=example("UnauthorizedErrorBody")),
        httpx.Response(422, json=example("UnprocessableEntityErrorBody")),
    ]
    with pytest.raises(highlevel_errors.BadRequestError, match="not found"):
        highlevel.notes.list("c1")
    with pytest.raises(highlevel_errors.AuthenticationError):
        highlevel.tasks.complete("c1", "t1", completed=True)
    with pytest.raises(highlevel_errors.UnprocessableEntityError) as caught:
        highlevel.businesses.assign(ids=["c1"], business_id="b1")
    assert caught.value.status_code == 422


def _server_error() -> httpx.Response:
    return httpx.Response(503, json={"statusCode": 503, "message": "down"})


@pytest.mark.parametrize(
    "call",
    [
        lambda client: client.campaigns.add("c1", "k1"),
        lambda client: client.workflows.add("c1", "w1"),
        lambda client: client.followers.add("c1", followers=["u1"]),
        lambda client: client.tags.bulk_update("add", contacts=["c1"], tags=["t"]),
    ],
    ids=["campaigns.add", "workflows.add", "followers.add", "tags.bulk_update"],
)
def test_calls_that_may_create_or_send_are_never_sent_twice(highlevel: HighLevel, service: Service, call: Any) -> None:
    service.answers = [_server_error(), _server_error()]
    with pytest.raises(highlevel_errors.APIStatusError):
        call(highlevel)
    assert len(service.api_requests()) == 1


def test_business_assignment_is_retried_like_a_read(highlevel: HighLevel, service: Service) -> None:
    service.answers = [_server_error(), httpx.Response(200, json=example("BusinessAssignmentResponse"))]
    assert highlevel.businesses.assign(ids=["c1"], business_id="b1").success is True
    assert len(service.api_requests()) == 2


def test_bad_arguments_are_refused_before_sending(highlevel: HighLevel, service: Service) -> None:
    with pytest.raises(ValueError, match="followers"):
        highlevel.followers.add("c1")
    with pytest.raises(ValueError, match="business_id"):
        highlevel.businesses.assign(ids=["c1"])
    with pytest.raises(ValueError, match="skip"):
        highlevel.businesses.list_contacts("b1", skip=-1)
    assert service.api_requests() == []


def test_path_parameters_stay_in_their_segment(highlevel: HighLevel, service: Service) -> None:
    service.answers = [httpx.Response(200, json=example("NoteResponse"))]
    highlevel.notes.get("c1/../x", "n1?y")
    request = service.api_requests()[0]
    assert request.url.raw_path.decode() == "/contacts/c1%2F..%2Fx/notes/n1%3Fy"
