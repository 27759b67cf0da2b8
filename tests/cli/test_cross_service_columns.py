"""Nothing lost between the two services' files (issue #24): every column one service's export writes
maps to the other's field where one exists, the dry run lists the mapping, and a column with no place is
reported, never dropped silently."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from highlevel_client import HighLevel
from sakari_client import Sakari
from sakari_client.models import ContactRequest, Mobile, Tag

from contacts_cli._custom_field_columns import KeyedRequestShape
from contacts_cli._records import CROSS_SERVICE_COLUMNS, leaf_columns, request_shape
from contacts_sandbox import Sandbox

from .conftest import HIGHLEVEL_LOCATION, highlevel_contacts, run, sakari_contacts

EXPORT_SCHEMAS = {"sakari_client": "Contact", "highlevel_client": "SearchedContact"}
REQUEST_SCHEMAS = {"sakari_client": "ContactRequest", "highlevel_client": "CreateContactRequest"}
OTHER = {"sakari_client": "highlevel_client", "highlevel_client": "sakari_client"}


def test_every_export_column_with_a_place_in_the_other_request_is_mapped_or_named_alike() -> None:
    # The places the services' documents give: a phone number, names, e-mail, tags.
    expected_places = {
        "highlevel_client": {
            "mobile.number": "phone",
            "firstName": "firstName",
            "lastName": "lastName",
            "email": "email",
            "tags": "tags",
        },
        "sakari_client": {
            "phone": "mobile.number",
            "firstName": "firstName",
            "lastName": "lastName",
            "email": "email",
            "tags": "tags",
        },
    }
    for target, places in expected_places.items():
        exported = leaf_columns(OTHER[target], EXPORT_SCHEMAS[OTHER[target]])
        requested = leaf_columns(target, REQUEST_SCHEMAS[target])
        mapped = {mapping.column: mapping.target for mapping in CROSS_SERVICE_COLUMNS[target]}
        for column, place in places.items():
            assert column in exported and place in requested
            assert mapped.get(column, column) == place, (target, column)


def test_a_row_of_a_sakari_export_fills_the_highlevel_request() -> None:
    shape = request_shape("highlevel_client", "CreateContactRequest", frozenset())
    body = shape.body_from_csv(
        {"firstName": "Ada", "mobile.number": "+15550100001", "tags": '[{"tag":"vip"},{"tag":"boston"}]', "id": "s-1"}
    )
    assert body == {"firstName": "Ada", "phone": "+15550100001", "tags": ["vip", "boston"]}


def test_a_row_of_a_highlevel_export_fills_the_sakari_request() -> None:
    shape = request_shape("sakari_client", "ContactRequest", frozenset({"id", "mobile.valid", "mobile.lineType"}))
    body = shape.body_from_csv({"firstName": "Ada", "phone": "+15550100001", "tags": '["vip"]', "dateAdded": "x"})
    assert body == {"firstName": "Ada", "mobile": {"number": "+15550100001"}, "tags": [{"tag": "vip"}]}
    assert shape.ignored_columns(["firstName", "phone", "tags", "dateAdded", "customFields"]) == [
        "dateAdded",
        "customFields",
    ]


def test_a_sakari_export_imported_into_highlevel_keeps_the_number_and_reruns_send_nothing(
    sandbox: Sandbox, work: Path
) -> None:
    with Sakari() as client:
        client.contacts.create(
            body=ContactRequest(first_name="Ada", mobile=Mobile(number="+15550100001"), tags=[Tag(tag="vip")])
        )
    assert run("export", "sakari", "--out", "sakari.csv").exit_code == 0
    header = next(csv.reader((work / "sakari.csv").open(encoding="utf-8")))
    assert "mobile.number" in header
    planned = run("import", "highlevel", "sakari.csv", "--dry-run", "--merge-strategy", "upsert")
    assert "mobile.number -> phone" in planned.stderr, planned
    assert "no place for them in highlevel" in planned.stderr and "mobile.lineType" in planned.stderr
    first = run("import", "highlevel", "sakari.csv", "--merge-strategy", "upsert")
    assert first.exit_code == 0, first
    (contact,) = highlevel_contacts(sandbox)
    assert contact["phone"] == "+15550100001" and contact["tags"] == ["vip"]
    again = run("import", "highlevel", "sakari.csv", "--merge-strategy", "upsert", "--restart")
    assert again.exit_code == 0, again
    assert len(highlevel_contacts(sandbox)) == 1  # the phone is the key: the upsert found the same contact


def test_a_highlevel_export_imported_into_sakari_keeps_the_number(sandbox: Sandbox, work: Path) -> None:
    with HighLevel() as client:
        client.contacts.create(first_name="Bo", phone="+15550100002", tags=["vip"])
    assert run("export", "highlevel", "--out", "hl.csv").exit_code == 0
    result = run("import", "sakari", "hl.csv")
    assert result.exit_code == 0, result
    assert "phone -> mobile.number" in result.stderr
    (contact,) = sakari_contacts(sandbox)
    assert contact["mobile"]["number"].endswith("5550100002") and contact["firstName"] == "Bo"


def test_sakari_attributes_imported_into_highlevel_fill_the_custom_fields_of_their_keys(
    sandbox: Sandbox, work: Path
) -> None:
    definitions = sandbox.highlevel.definitions
    definitions.define_custom_field(HIGHLEVEL_LOCATION, "Pincode")
    definitions.define_custom_field(HIGHLEVEL_LOCATION, "Colour")
    with Sakari() as client:
        client.contacts.create(
            body=ContactRequest.from_dict(
                {
                    "firstName": "Ada",
                    "mobile": {"number": "+15550100001"},
                    # `Colour` differs from its key `contact.colour` in case only: matched regardless of case.
                    "attributes": {"pincode": "94107", "Colour": "teal", "shoe_size": "41"},
                }
            )
        )
    assert run("export", "sakari", "--out", "sakari.csv").exit_code == 0
    planned = run("import", "highlevel", "sakari.csv", "--dry-run", "--merge-strategy", "upsert")
    assert planned.exit_code == 0, planned
    assert "attributes.pincode -> customField.contact.pincode" in planned.stderr, planned.stderr
    assert "attributes.Colour -> customField.contact.colour" in planned.stderr
    assert "no custom field for them in highlevel): shoe_size" in planned.stderr
    assert not highlevel_contacts(sandbox)
    result = run("import", "highlevel", "sakari.csv", "--merge-strategy", "upsert")
    assert result.exit_code == 0, result  # the attribute with no place rejects no row
    assert "no custom field for them in highlevel): shoe_size" in result.stderr
    with HighLevel() as client:
        keys = client.custom_field_keys()
        (contact,) = highlevel_contacts(sandbox)
        assert contact["firstName"] == "Ada" and contact["phone"] == "+15550100001"
        assert keys.value(contact, "pincode") == "94107"
        assert keys.value(contact, "colour") == "teal"
        assert len(contact["customFields"]) == 2


def test_a_sakari_attribute_row_fills_highlevel_custom_fields_in_both_file_formats(sandbox: Sandbox) -> None:
    sandbox.highlevel.definitions.define_custom_field(HIGHLEVEL_LOCATION, "Pincode")
    with HighLevel() as client:
        shape = KeyedRequestShape.of(
            request_shape("highlevel_client", "CreateContactRequest", frozenset()), client.custom_field_keys
        )
        from_csv = shape.body_from_csv({"firstName": "Ada", "attributes": '{"pincode": "94107", "other": "x"}'})
        from_json = shape.body_from_json({"firstName": "Ada", "attributes": {"pincode": "94107", "other": "x"}})
    for body in (from_csv, from_json):
        assert body == {"firstName": "Ada", "customFields": [{"key": "contact.pincode", "field_value": "94107"}]}
    assert shape.attribute_places(["other", "pincode"]) == (
        ["attributes.pincode -> customField.contact.pincode"],
        ["other"],
    )
    assert "attributes" not in shape.ignored_columns(["firstName", "attributes"])


def test_highlevel_custom_fields_imported_into_sakari_set_its_attributes(sandbox: Sandbox, work: Path) -> None:
    definitions = sandbox.highlevel.definitions
    pincode = definitions.define_custom_field(HIGHLEVEL_LOCATION, "Pincode")
    colours = definitions.define_custom_field(HIGHLEVEL_LOCATION, "Colours")
    with HighLevel() as client:
        client.contacts.create(
            first_name="Bo",
            phone="+15550100002",
            custom_fields=[
                {"id": pincode["id"], "field_value": "90210"},
                {"id": colours["id"], "field_value": ["red", "blue"]},
            ],
        )
    assert run("export", "highlevel", "--out", "hl.csv").exit_code == 0
    planned = run("import", "sakari", "hl.csv", "--dry-run")
    assert "customField.contact.pincode -> attributes.pincode" in planned.stderr, planned.stderr
    assert "customField.contact.colours -> attributes.colours" in planned.stderr
    (not_sent,) = [line for line in planned.stderr.splitlines() if "no place for them in sakari" in line]
    assert "customField." not in not_sent
    result = run("import", "sakari", "hl.csv")
    assert result.exit_code == 0, result
    (contact,) = sakari_contacts(sandbox)
    assert contact["firstName"] == "Bo"
    assert contact["attributes"]["pincode"] == "90210"
    assert json.loads(contact["attributes"]["colours"]) == ["red", "blue"]


def test_a_highlevel_custom_field_fills_the_sakari_attribute_in_both_file_formats() -> None:
    shape = request_shape("sakari_client", "ContactRequest", frozenset({"id", "mobile.valid", "mobile.lineType"}))
    row = {"firstName": "Bo", "customField.contact.pincode": "90210", "customField.shoe": ""}
    expected = {"firstName": "Bo", "attributes": {"pincode": "90210"}}
    assert shape.body_from_csv(row) == expected
    assert shape.body_from_json(row) == expected
    # The row's own attribute of the same name is what it means.
    own = {**row, "attributes": {"pincode": "10001"}}
    assert shape.body_from_json(own)["attributes"] == {"pincode": "10001"}
    assert shape.mapped_columns(list(row)) == [
        "customField.contact.pincode -> attributes.pincode",
        "customField.shoe -> attributes.shoe",
    ]
