"""The search filters HighLevel documents, as the sandbox applies them: each operator, ranges and groups."""

from __future__ import annotations

from typing import Any

import pytest
from highlevel_client import HighLevel
from highlevel_client.models import SearchFilter

from contacts_sandbox import Sandbox

PEOPLE = [
    {"firstName": "Ann", "email": "ann@example.com", "companyName": "Acme", "tags": ["vip"]},
    {"firstName": "Bob", "email": "bob@example.org", "tags": ["lead"]},
    {"firstName": "Cleo", "email": "cleo@example.com", "companyName": "Initech", "tags": ["vip", "lead"]},
]


@pytest.fixture
def people(highlevel_sandbox: HighLevel) -> dict[str, Any]:
    created = [highlevel_sandbox.contacts.create(body={"locationId": "loc-1", **person}) for person in PEOPLE]
    return {str(answer.contact.first_name): answer.contact for answer in created}


def _names(client: HighLevel, *filters: dict[str, Any] | SearchFilter) -> list[str]:
    return sorted(str(contact.first_name) for contact in client.contacts.search(filters=list(filters)))


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ({"field": "tags", "operator": "eq", "value": "vip"}, ["Ann", "Cleo"]),
        ({"field": "tags", "operator": "not_eq", "value": "vip"}, ["Bob"]),
        ({"field": "email", "operator": "contains", "value": "EXAMPLE.COM"}, ["Ann", "Cleo"]),
        ({"field": "email", "operator": "not_contains", "value": "example.com"}, ["Bob"]),
        ({"field": "companyName", "operator": "exists"}, ["Ann", "Cleo"]),
        ({"field": "companyName", "operator": "not_exists"}, ["Bob"]),
        ({"field": "firstName", "operator": "range", "value": {"gte": "B", "lte": "Bz"}}, ["Bob"]),
        ({"field": "firstName", "operator": "range", "value": {"gte": 1}}, []),  # a number against strings
    ],
)
def test_each_documented_operator(
    highlevel_sandbox: HighLevel, people: dict[str, Any], condition: dict[str, Any], expected: list[str]
) -> None:
    assert _names(highlevel_sandbox, condition) == expected


def test_a_range_of_dates_added(
    highlevel_sandbox: HighLevel, people: dict[str, Any], contacts_sandbox: Sandbox
) -> None:
    stored = contacts_sandbox.highlevel.locations["loc-1"].values()
    added = sorted(str(contact["dateAdded"]) for contact in stored)  # as the service writes them
    since_second = {"field": "dateAdded", "operator": "range", "value": {"gte": added[1]}}
    until_second = {"field": "dateAdded", "operator": "range", "value": {"lte": added[1]}}
    assert len(_names(highlevel_sandbox, since_second)) == sum(1 for stamp in added if stamp >= added[1]) >= 2
    assert len(_names(highlevel_sandbox, until_second)) == sum(1 for stamp in added if stamp <= added[1]) >= 2


def test_groups_join_their_filters_with_and_or_or(highlevel_sandbox: HighLevel, people: dict[str, Any]) -> None:
    either = {
        "group": "OR",
        "filters": [
            {"field": "firstName", "operator": "eq", "value": "Bob"},
            {"field": "companyName", "operator": "eq", "value": "Acme"},
        ],
    }
    both = {
        "group": "AND",
        "filters": [
            {"field": "tags", "operator": "eq", "value": "vip"},
            {"field": "tags", "operator": "eq", "value": "lead"},
        ],
    }
    assert _names(highlevel_sandbox, either) == ["Ann", "Bob"]
    assert _names(highlevel_sandbox, both) == ["Cleo"]
    assert _names(highlevel_sandbox, either, both) == []  # the search's own filters are joined with AND


def test_a_filter_model_is_built_with_keywords_and_sends_what_the_dict_sends(
    highlevel_sandbox: HighLevel, people: dict[str, Any]
) -> None:
    group = SearchFilter(
        group="OR",  # type: ignore[arg-type]
        filters=[SearchFilter(field="tags", operator="eq", value="lead")],  # type: ignore[arg-type]
    )
    as_dict = {"group": "OR", "filters": [{"field": "tags", "operator": "eq", "value": "lead"}]}
    assert group.to_dict() == as_dict
    assert _names(highlevel_sandbox, group) == _names(highlevel_sandbox, as_dict) == ["Bob", "Cleo"]


def test_an_operator_the_documentation_does_not_give_is_refused_before_sending(
    highlevel_sandbox: HighLevel, people: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match="operator"):
        _names(highlevel_sandbox, {"field": "tags", "operator": "startswith", "value": "v"})
