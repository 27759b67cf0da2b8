"""``make conformance`` without Prism: the documents it builds, reading Prism's log, the allowlist, unused entries."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import conformance  # noqa: E402
from conformance import AllowedCase, AllowlistError, Router, Violation, judge, load_allowlist, parse_prism_log  # noqa: E402

DESCRIPTION = {
    "paths": {
        "/contacts/": {"post": {"operationId": "create-contact"}, "get": {"operationId": "get-contacts"}},
        "/contacts/search": {"post": {"operationId": "search-contacts"}},
        "/contacts/{contactId}": {"get": {"operationId": "get-contact"}},
        "/contacts/{contactId}/tags": {"post": {}},
    }
}

PRISM_LOG = """\
[7:35:06 AM] \u203a [CLI] \u25b6  start     Prism is listening on http://127.0.0.1:18773
[7:35:21 AM] \u203a [HTTP SERVER] post /contacts/search \u2139  info      Request received
[7:35:21 AM] \u203a     [PROXY] \u2139  info      > Forwarding "post" request to http://127.0.0.1:18771/contacts/search...
[7:35:23 AM] \u203a [HTTP SERVER] get /contacts/abc?x=1 \u2139  info      Request received
[7:35:23 AM] \u203a     [VALIDATOR] \u2716  error     Violation: response.body.contact.dateAdded \
Response body property contact.dateAdded must be string
[7:35:24 AM] \u203a [HTTP SERVER] post /contacts/ \u2139  info      Request received
[7:35:24 AM] \u203a     [VALIDATOR] \u26a0  warning   Violation: request.body.customFields.0.value \
Request body property customFields.0.value must be string
[7:35:25 AM] \u203a [HTTP SERVER] get /nowhere \u2139  info      Request received
[7:35:25 AM] \u203a     [VALIDATOR] \u26a0  warning   Violation: request Selected route not found
"""


def violation(operation: str = "get-contact", location: str = "response.body.contact.dateAdded") -> Violation:
    return Violation(
        "highlevel", operation, location, "error", "Response body property contact.dateAdded must be string"
    )


def case(**changes: str) -> AllowedCase:
    fields = {
        "service": "highlevel",
        "operation": "get-contact",
        "location": "response.body.contact.dateAdded",
        "message": "must be string$",
        "reason": "the file says so",
    }
    return AllowedCase(**{**fields, **changes})


def test_the_router_names_operations_preferring_literal_paths_and_ignoring_queries() -> None:
    router = Router(DESCRIPTION)
    assert router.operation("POST", "/contacts/search") == "search-contacts"
    assert router.operation("get", "/contacts/abc?locationId=1") == "get-contact"
    assert router.operation("get", "/contacts/") == "get-contacts"
    assert router.operation("get", "/contacts") == "get-contacts"
    assert router.operation("post", "/contacts/abc/tags") == "POST /contacts/{contactId}/tags"
    assert router.operation("delete", "/contacts/abc") == "DELETE /contacts/abc (not in the description)"
    assert router.operation("get", "/contacts/a/b/c") == "GET /contacts/a/b/c (not in the description)"


def test_the_log_gives_each_violation_the_request_before_it_with_list_indices_folded() -> None:
    found = parse_prism_log("highlevel", PRISM_LOG, Router(DESCRIPTION))
    assert found == [
        Violation(
            "highlevel",
            "get-contact",
            "response.body.contact.dateAdded",
            "error",
            "Response body property contact.dateAdded must be string",
        ),
        Violation(
            "highlevel",
            "create-contact",
            "request.body.customFields[*].value",
            "warning",
            "Request body property customFields.0.value must be string",
        ),
        Violation(
            "highlevel", "GET /nowhere (not in the description)", "request", "warning", "Selected route not found"
        ),
    ]


def test_an_allowed_violation_passes_and_every_other_fails_by_name() -> None:
    allowed = [case()]
    other_place = violation(location="response.body.contact.dateUpdated")
    other_operation = violation(operation="create-contact")
    unexpected, unused = judge([violation(), violation(), other_place, other_operation], allowed)
    assert unexpected == [other_place, other_operation] and unused == []
    assert "dateUpdated" in other_place.describe() and "get-contact" in other_place.describe()


def test_each_field_of_an_entry_must_match() -> None:
    assert case().matches(violation())
    assert not case(service="sakari").matches(violation())
    assert not case(operation="get-contacts").matches(violation())
    assert not case(location="response.body.contact").matches(violation())  # the whole location, not a prefix
    assert not case(message="must be number").matches(violation())


def test_only_the_star_is_a_wildcard() -> None:
    folded = violation(location="response.body.responses[*]")
    assert case(location="response.body.responses[*]").matches(folded)
    assert case(location="response.body.*").matches(folded)
    assert not case(location="response.body.responses[*]").matches(violation(location="response.body.responsesX"))
    assert case(operation="get-*").matches(violation())
    assert not case(operation="get.contact").matches(violation())


def test_an_entry_that_matches_nothing_is_reported_unused() -> None:
    stale = case(operation="search-contacts")
    unexpected, unused = judge([violation()], [case(), stale])
    assert unexpected == [] and unused == [stale]
    assert judge([], [stale]) == ([], [stale])


def test_the_allowlist_file_is_read_strictly() -> None:
    entry = "  - {service: s, operation: o, location: l, message: m, reason: r}\n"
    assert load_allowlist("allowed:\n" + entry) == [AllowedCase("s", "o", "l", "m", "r")]
    assert load_allowlist("allowed: []\n") == []
    for broken in (
        "",
        "allowed: {}\n",
        "allowed:\n  - {service: s, operation: o, location: l, message: m}\n",  # no reason
        "allowed:\n  - {service: s, operation: o, location: l, message: m, reason: ' '}\n",
        "allowed:\n  - {service: s, operation: o, location: l, message: m, reason: r, why: x}\n",
        "allowed:\n  - {service: s, operation: o, location: l, message: '(', reason: r}\n",
        "allowed:\n  - just text\n",
    ):
        with pytest.raises(AllowlistError):
            load_allowlist(broken)


def test_the_checked_in_allowlist_is_valid_and_gives_every_entry_a_reason() -> None:
    allowed = load_allowlist(conformance.ALLOWLIST.read_text())
    assert allowed
    assert all(entry.service in {"sakari", "highlevel", "highlevel-v3"} and len(entry.reason) > 40 for entry in allowed)


def test_without_the_references_the_stage_is_skipped_saying_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(conformance, "REFERENCE", tmp_path / "absent")
    assert conformance.main() == 0
    assert "skipped" in capsys.readouterr().out


def test_the_stage_fails_naming_what_is_not_allowed_and_what_is_unused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    allowlist = tmp_path / "allowlist.yaml"
    allowlist.write_text(
        "allowed:\n  - {service: highlevel, operation: search-contacts, location: request, message: x, reason: r}\n"
    )
    monkeypatch.setattr(conformance, "REFERENCE", tmp_path)
    monkeypatch.setattr(conformance, "ALLOWLIST", allowlist)
    monkeypatch.setattr(conformance, "run", lambda: [violation(), violation()])
    assert conformance.main() == 1
    out = capsys.readouterr().out
    assert "NOT ALLOWED (2x): highlevel get-contact response.body.contact.dateAdded" in out
    assert "UNUSED ALLOWLIST ENTRY" in out and "search-contacts" in out

    allowlist.write_text(
        "allowed:\n  - {service: highlevel, operation: get-contact, location: response.*, message: string, reason: r}\n"
    )
    assert conformance.main() == 0


def test_a_reference_resolves_only_to_something_inside_the_document() -> None:
    document = {
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/schemas/A~1B"}}}}},
        "components": {
            "schemas": {
                "A/B": {"items": [{"$ref": "#/components/schemas/Missing"}]},
                "C": {"$ref": "../common/common-schemas.json#/components/schemas/C"},
            }
        },
    }
    assert conformance.unresolved_references(document) == [
        "#/components/schemas/Missing",
        "../common/common-schemas.json#/components/schemas/C",
    ]


def _built(build: Callable[[Path], Path], tmp_path: Path) -> dict[str, Any]:
    if not conformance.REFERENCE.is_dir():
        pytest.skip(f"the services' own descriptions are not at {conformance.REFERENCE}")
    document: dict[str, Any] = json.loads(build(tmp_path).read_text())
    return document


def test_the_v3_document_has_both_v3_files_with_v3_common_schemas_inlined(tmp_path: Path) -> None:
    document = _built(conformance.highlevel_v3_description, tmp_path)
    text = json.dumps(document)
    assert "common-schemas.json" not in text
    assert conformance.unresolved_references(document) == []
    paths, schemas = document["paths"], document["components"]["schemas"]
    assert "/contacts/{contactId}/campaigns/remove-all" in paths  # contacts-v3.json
    assert "/contacts/{contactId}/campaigns/removeAll" not in paths  # the 2021-07-28 path
    assert "/locations/{locationId}/customFields/{id}" in paths  # locations-v3.json
    assert {"ForbiddenDTO", "NotFoundDTO", "BadRequestDTO"} <= set(schemas)  # v3's own common schemas
    # the two files' different CustomFieldSchema both kept, the locations one renamed
    assert {"CustomFieldSchema", "LocationsCustomFieldSchema"} <= set(schemas)
    assert schemas["CustomFieldSchema"] != schemas["LocationsCustomFieldSchema"]


def test_the_2021_07_28_document_resolves_every_reference_too(tmp_path: Path) -> None:
    document = _built(conformance.highlevel_description, tmp_path)
    assert "common-schemas.json" not in json.dumps(document)
    assert conformance.unresolved_references(document) == []
    assert "/contacts/{contactId}/campaigns/removeAll" in document["paths"]


def test_a_schema_defined_twice_stops_the_build(tmp_path: Path) -> None:
    def part(schema: str) -> dict[str, object]:
        return {"paths": {}, "components": {"schemas": {schema: {"type": "string"}}}}

    with pytest.raises(SystemExit, match="BadRequestDTO"):
        conformance._merged_highlevel(
            tmp_path / "x.json", [part("BadRequestDTO")], part("Location"), part("BadRequestDTO")
        )
