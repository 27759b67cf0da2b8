"""HighLevel's own description of its Contacts API, read as examples for our models and facade.

The reference gives an example per field rather than per body, so each operation's request and answer
example is assembled from the examples of its schema's fields (following ``$ref``). The generated
models must parse each one, and ``to_dict()`` must give it back unchanged; the facade must send a
request example as it is and return an answer example as it is.

Where the reference contradicts itself, the example is corrected the one way its own schema allows;
each correction first checks that the contradiction is still there, so a fixed reference shows up.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from highlevel_client import HighLevel, SyncPage, models

from .conftest import same_json

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference" / "highlevel"
HAS_REFERENCE = (REFERENCE / "contacts.json").is_file()
pytestmark = pytest.mark.skipif(not HAS_REFERENCE, reason="HighLevel's reference is not beside this checkout")

_NOTHING = object()


def _document(name: str) -> Any:
    return json.loads((REFERENCE / name).read_text(encoding="utf-8")) if HAS_REFERENCE else {}


CONTACTS = _document("contacts.json")
COMMON = _document("common-schemas.json")


def _schema(reference: str) -> dict[str, Any]:
    document = COMMON if reference.startswith("../") else CONTACTS
    node: dict[str, Any] = document
    for step in reference.split("#/", 1)[1].split("/"):
        node = node[step]
    return node


def assemble(schema: dict[str, Any]) -> Any:
    """The example of a schema: its own, else one built from its fields' or items' examples."""
    if "$ref" in schema:
        schema = _schema(schema["$ref"])
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if schema.get("type") == "array" and "items" in schema:
        item = assemble(schema["items"])
        return _NOTHING if item is _NOTHING else [item]
    if "properties" in schema:
        built = {name: assemble(field) for name, field in schema["properties"].items()}
        return {name: value for name, value in built.items() if value is not _NOTHING}
    return _NOTHING


def _operation(method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = CONTACTS["paths"][path][method]
    return operation


def request_example(method: str, path: str) -> Any:
    schema = _operation(method, path)["requestBody"]["content"]["application/json"]["schema"]
    return assemble(schema)


def answer_example(method: str, path: str) -> tuple[int, Any]:
    for status, answer in _operation(method, path)["responses"].items():
        if status.startswith("2"):
            return int(status), assemble(answer["content"]["application/json"]["schema"])
    raise AssertionError(f"{method} {path} documents no success")


# --- the reference's contradictions, each corrected the one way its schema allows --------------------


def _remove_all_tags_is_a_boolean(example: Any) -> Any:
    field = CONTACTS["components"]["schemas"]["UpdateTagsDTO"]["properties"]["removeAllTags"]
    assert field["type"] == "boolean" and field["example"] == "false", "the reference has changed"
    return {**example, "removeAllTags": False}


def _followers_are_a_list(example: Any) -> Any:
    field = CONTACTS["components"]["schemas"]["ContactsSearchSchema"]["properties"]["followers"]
    assert field["type"] == "array" and isinstance(field["example"], str), "the reference has changed"
    return {
        **example,
        "contacts": [{**contact, "followers": [contact["followers"]]} for contact in example["contacts"]],
    }


def test_bulk_tag_results_are_objects_though_typed_as_strings() -> None:
    """The reference types each bulk tag result as a string; its example gives objects, which we model."""
    field = CONTACTS["components"]["schemas"]["UpdateTagsResponseDTO"]["properties"]["responses"]
    assert field["items"] == {"type": "string"}
    assert all(isinstance(result, dict) for result in field["example"])
    for result in field["example"]:
        assert same_json(models.BulkTagsResult.from_dict(result).to_dict(), result)


Fix = Callable[[Any], Any]


def _unchanged(example: Any) -> Any:
    return example


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    request_model: str | None
    answer_model: str
    call: Callable[[HighLevel, Any], Any] | None
    """The facade call, given the request body model (``None`` where the facade cannot call it yet)."""
    fix_request: Fix = _unchanged
    fix_answer: Fix = _unchanged


OPERATIONS = [
    Operation("get", "/contacts/{contactId}/notes", None, "NotesResponse", lambda c, b: c.notes.list("c1")),
    Operation("post", "/contacts/{contactId}/notes", "CreateNoteRequest", "NoteResponse", None),
    Operation("get", "/contacts/{contactId}/notes/{id}", None, "NoteResponse", lambda c, b: c.notes.get("c1", "n1")),
    Operation("put", "/contacts/{contactId}/notes/{id}", "UpdateNoteRequest", "NoteResponse", None),
    Operation(
        "delete", "/contacts/{contactId}/notes/{id}", None, "SucceededResponse", lambda c, b: c.notes.delete("c1", "n1")
    ),
    Operation("get", "/contacts/{contactId}/tasks", None, "TasksResponse", lambda c, b: c.tasks.list("c1")),
    Operation("post", "/contacts/{contactId}/tasks", "CreateTaskRequest", "TaskResponse", None),
    Operation(
        "get", "/contacts/{contactId}/tasks/{taskId}", None, "TaskResponse", lambda c, b: c.tasks.get("c1", "t1")
    ),
    Operation("put", "/contacts/{contactId}/tasks/{taskId}", "UpdateTaskRequest", "TaskResponse", None),
    Operation(
        "delete",
        "/contacts/{contactId}/tasks/{taskId}",
        None,
        "SucceededResponse",
        lambda c, b: c.tasks.delete("c1", "t1"),
    ),
    Operation(
        "put",
        "/contacts/{contactId}/tasks/{taskId}/completed",
        "TaskCompletionRequest",
        "TaskResponse",
        lambda c, b: c.tasks.complete("c1", "t1", body=b),
    ),
    Operation(
        "get",
        "/contacts/{contactId}/appointments",
        None,
        "AppointmentsResponse",
        lambda c, b: c.appointments.list("c1"),
    ),
    Operation(
        "post",
        "/contacts/{contactId}/followers",
        "FollowersRequest",
        "AddFollowersResponse",
        lambda c, b: c.followers.add("c1", body=b),
    ),
    Operation(
        "delete",
        "/contacts/{contactId}/followers",
        "FollowersRequest",
        "RemoveFollowersResponse",
        lambda c, b: c.followers.remove("c1", body=b),
    ),
    Operation(
        "post",
        "/contacts/{contactId}/campaigns/{campaignId}",
        "CampaignEnrollmentRequest",
        "SucceededResponse",
        lambda c, b: c.campaigns.add("c1", "k1"),  # its body has no fields: the facade sends {}
    ),
    Operation(
        "delete",
        "/contacts/{contactId}/campaigns/{campaignId}",
        None,
        "SucceededResponse",
        lambda c, b: c.campaigns.remove("c1", "k1"),
    ),
    Operation(
        "delete",
        "/contacts/{contactId}/campaigns/removeAll",
        None,
        "SucceededResponse",
        lambda c, b: c.campaigns.remove_all("c1"),
    ),
    Operation(
        "post",
        "/contacts/{contactId}/workflow/{workflowId}",
        "WorkflowEnrollmentRequest",
        "SucceededResponse",
        lambda c, b: c.workflows.add("c1", "w1", body=b),
    ),
    Operation(
        "delete",
        "/contacts/{contactId}/workflow/{workflowId}",
        "WorkflowEnrollmentRequest",
        "SucceededResponse",
        lambda c, b: c.workflows.remove("c1", "w1", body=b),
    ),
    Operation(
        "post",
        "/contacts/bulk/tags/update/{type}",
        "BulkTagsRequest",
        "BulkTagsResponse",
        lambda c, b: c.tags.bulk_update("remove", body=b),
        fix_request=_remove_all_tags_is_a_boolean,
    ),
    Operation(
        "post",
        "/contacts/bulk/business",
        "BusinessAssignmentRequest",
        "BusinessAssignmentResponse",
        lambda c, b: c.businesses.assign(body=b),
    ),
    Operation(
        "get",
        "/contacts/business/{businessId}",
        None,
        "BusinessContactsResponse",
        lambda c, b: c.businesses.list_contacts("b1"),
        fix_answer=_followers_are_a_list,
    ),
]
IDS = [f"{operation.method.upper()} {operation.path}" for operation in OPERATIONS]


def test_every_operation_of_the_reference_is_covered_here_or_by_the_seed_contract_tests() -> None:
    """The 22 operations above and the 10 the spec had before make the reference's 32."""
    earlier = {
        ("post", "/contacts/"),
        ("get", "/contacts/"),
        ("get", "/contacts/{contactId}"),
        ("put", "/contacts/{contactId}"),
        ("delete", "/contacts/{contactId}"),
        ("post", "/contacts/upsert"),
        ("post", "/contacts/{contactId}/tags"),
        ("delete", "/contacts/{contactId}/tags"),
        ("post", "/contacts/search"),
        ("get", "/contacts/search/duplicate"),
    }
    documented = {(method, path) for path, item in CONTACTS["paths"].items() for method in item}
    here = {(operation.method, operation.path) for operation in OPERATIONS}
    assert len(documented) == 32 and here | earlier == documented and not here & earlier


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_request_example_parses_and_round_trips(operation: Operation) -> None:
    if operation.request_model is None:
        assert "requestBody" not in _operation(operation.method, operation.path)
        return
    example = operation.fix_request(request_example(operation.method, operation.path))
    model = getattr(models, operation.request_model)
    assert same_json(model.from_dict(example).to_dict(), example)


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_answer_example_parses_and_round_trips(operation: Operation) -> None:
    _, example = answer_example(operation.method, operation.path)
    example = operation.fix_answer(example)
    assert example, "the reference gives no example for this answer"
    model = getattr(models, operation.answer_model)
    assert same_json(model.from_dict(example).to_dict(), example)


CALLABLE = [operation for operation in OPERATIONS if operation.call is not None]


@pytest.mark.parametrize("operation", CALLABLE, ids=[f"{op.method.upper()} {op.path}" for op in CALLABLE])
def test_facade_sends_the_request_example_and_returns_the_answer_example(operation: Operation) -> None:
    status, answer = answer_example(operation.method, operation.path)
    answer = operation.fix_answer(answer)
    sent: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, json=answer)

    body = None
    request = None
    if operation.request_model is not None:
        request = operation.fix_request(request_example(operation.method, operation.path))
        body = getattr(models, operation.request_model).from_dict(request)
    with HighLevel(
        token="t", location_id="loc-1", http_client=httpx.Client(transport=httpx.MockTransport(reply))
    ) as client:
        assert operation.call is not None
        result = operation.call(client, body)
        if isinstance(result, SyncPage):  # a list that pages: its first page holds the answer
            result = result.response
    (wire,) = sent
    assert wire.method == operation.method.upper()
    if request is not None:
        assert same_json(json.loads(wire.content), request)
    else:
        assert wire.content == b""
    assert same_json(result.to_dict(), answer)


@pytest.mark.parametrize(
    ("reference", "model"),
    [
        ("BadRequestDTO", "BadRequestErrorBody"),
        ("UnauthorizedDTO", "UnauthorizedErrorBody"),
        ("UnprocessableDTO", "UnprocessableEntityErrorBody"),
    ],
)
def test_error_examples_parse_into_the_error_models(reference: str, model: str) -> None:
    example = assemble({"$ref": f"../common/common-schemas.json#/components/schemas/{reference}"})
    assert example
    assert same_json(getattr(models, model).from_dict(example).to_dict(), example)
