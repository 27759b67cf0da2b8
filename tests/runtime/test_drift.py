"""Tolerant decoding (``_drift``) on its own, with small hand-described models: what came is kept, every
place it left the spec is recorded once and counted, and the record holds JSON types, never values."""

from __future__ import annotations

import datetime
import json
import logging
import uuid
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

import attrs
import httpx
import pytest
from contacts_runtime._drift import (
    DriftLog,
    Field,
    Kind,
    TolerantModel,
    _Context,
    _Sink,
    any_value,
    array,
    boolean,
    date,
    date_time,
    decode_answer,
    decode_first_match,
    enum,
    integer,
    lenient,
    model,
    note_undocumented,
    number,
    parse_rfc3339,
    parsing,
    string,
    union,
    uuid_string,
)
from contacts_runtime.errors import APIResponseValidationError, DecodeError
from contacts_runtime.types import UNSET

PRIVATE = "Ada Lovelace +15550001111"  # personal data: must never reach a record, a log line or a dump


class Species(Enum):
    CAT = "cat"
    DOG = "dog"


@attrs.define
class Tag:
    label: Any
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Tag:
        if not isinstance(data, Mapping):
            raise DecodeError("object", data)
        if not isinstance(data.get("label"), str):
            raise DecodeError("string", data.get("label"), "label")
        if set(data) - {"label"}:
            note_undocumented()
        return cls(data["label"], {key: value for key, value in data.items() if key != "label"})


@attrs.define
class Pet:
    name: Any
    species: Any = UNSET
    tags: Any = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Pet:
        if not isinstance(data, Mapping) or not isinstance(data.get("name"), str):
            raise DecodeError("string", data.get("name") if isinstance(data, Mapping) else data, "name")
        try:
            species = Species(data["species"]) if "species" in data else UNSET
        except ValueError:
            raise DecodeError("one of 'cat', 'dog'", data["species"], "species") from None
        tags = [Tag.from_dict(item) for item in data["tags"]] if "tags" in data else UNSET
        return cls(data["name"], species, tags)


Tag.__tolerant__ = TolerantModel(Tag, [Field("label", "label", string(), required=True)])  # type: ignore[attr-defined]
Pet.__tolerant__ = TolerantModel(  # type: ignore[attr-defined]
    Pet,
    [
        Field("name", "name", string(), required=True),
        Field("species", "species", enum(Species)),
        Field("tags", "tags", array(model(Tag))),
    ],
)
SCORES = TolerantModel(Tag, [Field("label", "label", string())], additional=integer())
"""An open object: keys the spec does not name are allowed, and must be integers."""


def _response() -> httpx.Response:
    return httpx.Response(200, request=httpx.Request("GET", "https://api.example.test/pets/1"))


def _refuse(data: Any) -> Any:
    raise DecodeError("nothing", data)


PET = lenient(Pet)


def scores(value: Any) -> Any:
    """An answer whose strict decoder refuses everything, decoded by the open ``SCORES`` description."""
    return decode_answer(_response(), value, _refuse, SCORES)


def decoded(value: Any, build: Callable[[Any], Any] = PET) -> tuple[Any, DriftLog]:
    """``value`` built as a tolerant client builds an answer, and the drift it recorded."""
    log = DriftLog("tests.drift")
    with parsing(strict=False, log=log, operation_id="getPet"):
        return build(value), log


def places(log: DriftLog) -> list[tuple[str, str, str, str, int]]:
    return [(drift.path, drift.example, drift.expected, drift.received, drift.count) for drift in log.records]


# --- keep what came, record where -------------------------------------------------------------------


def test_a_conforming_answer_takes_the_strict_path_and_records_nothing() -> None:
    pet, log = decoded({"name": "Tom", "species": "cat", "tags": [{"label": "indoor"}]})
    assert pet == Pet("Tom", Species.CAT, [Tag("indoor")])
    assert log.records == []


def test_values_off_the_spec_are_kept_as_received_and_recorded_by_type() -> None:
    pet, log = decoded({"name": 7, "species": "hamster", "tags": [{"label": "a"}, {"label": None}]})
    assert (pet.name, pet.species) == (7, "hamster")  # kept, not dropped or coerced
    assert pet.tags == [Tag("a"), Tag(None)]
    assert places(log) == [
        ("$.name", "$.name", "string", "integer", 1),
        ("$.species", "$.species", "one of 'cat', 'dog'", "string", 1),
        ("$.tags[*].label", "$.tags[1].label", "string", "null", 1),
    ]


def test_a_missing_required_field_is_unset_and_recorded() -> None:
    pet, log = decoded({"species": "dog"})
    assert pet.name is UNSET and pet.species is Species.DOG
    assert places(log) == [("$.name", "$.name", "a value (required)", "nothing", 1)]


def test_keys_a_closed_object_does_not_name_are_kept_and_recorded() -> None:
    pet, log = decoded({"name": 1, "nickname": PRIVATE})
    assert pet.additional_properties == {"nickname": PRIVATE}
    assert ("$.nickname", "$.nickname", "no field of this name in the spec", "string", 1) in places(log)


def test_undocumented_keys_on_the_strict_path_are_recorded_but_the_strict_result_is_kept() -> None:
    pet, log = decoded({"name": "Tom", "tags": [{"label": "x", "colour": PRIVATE}]})
    assert pet == Pet("Tom", UNSET, [Tag("x", {"colour": PRIVATE})])
    assert places(log) == [("$.tags[*].colour", "$.tags[0].colour", "no field of this name in the spec", "string", 1)]


def test_an_open_object_decodes_its_other_keys_by_their_kind() -> None:
    opened, log = decoded({"label": "s", "maths": 3, "art": "high"}, scores)
    assert opened.additional_properties == {"maths": 3, "art": "high"}
    assert places(log) == [("$.art", "$.art", "integer", "string", 1)]


def test_not_an_object_where_one_is_expected_is_kept_and_recorded() -> None:
    pet, log = decoded({"name": "Tom", "tags": ["indoor", {"label": "x"}]})
    assert pet.tags == ["indoor", Tag("x")]
    assert places(log) == [("$.tags[*]", "$.tags[0]", "object", "string", 1)]
    opened, log = decoded([1, 2], scores)
    assert opened == [1, 2] and places(log) == [("$", "$", "object", "array", 1)]


def test_the_same_place_is_counted_not_repeated_and_examples_keep_the_first() -> None:
    _, log = decoded({"name": "Tom", "tags": [{"label": 1}, {"label": 2}, {"label": "ok"}, {"label": 3}]})
    assert places(log) == [("$.tags[*].label", "$.tags[0].label", "string", "integer", 3)]


def test_records_hold_types_never_values(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="tests.drift"):
        _, log = decoded({"name": PRIVATE.split(), "species": PRIVATE, "other": PRIVATE, "tags": [PRIVATE]})
    dumped = log.to_json() + repr(log) + repr(log.records) + caplog.text
    assert len(log.records) == len(caplog.records) == 4
    for word in PRIVATE.split():
        assert word not in dumped


def test_strict_parsing_and_parsing_outside_a_client_raise_the_typed_error() -> None:
    def decode(data: Any) -> Pet:
        return Pet.from_dict(data)

    with (
        parsing(strict=True, log=DriftLog("tests.drift"), operation_id="getPet"),
        pytest.raises(APIResponseValidationError) as strict,
    ):
        decode_answer(_response(), {"name": 7}, decode, Pet.__tolerant__)  # type: ignore[attr-defined]
    assert "$.name: expected string, got integer" in str(strict.value) and "7" not in str(strict.value)
    with pytest.raises(APIResponseValidationError):
        decode_answer(_response(), {"name": 7}, decode, Pet.__tolerant__)  # type: ignore[attr-defined]
    with parsing(strict=False, log=None, operation_id="getPet"), pytest.raises(APIResponseValidationError):
        decode_answer(_response(), {"name": 7}, decode, None)  # no tolerant description: nothing to fall back on


def test_a_tolerant_client_without_a_log_keeps_what_came() -> None:
    with parsing(strict=False, log=None, operation_id="getPet"):
        pet = decode_answer(_response(), {"name": 7}, Pet.from_dict, Pet.__tolerant__)  # type: ignore[attr-defined]
    assert pet.name == 7


# --- the log -----------------------------------------------------------------------------------------


def test_the_log_caps_its_places_and_counts_what_it_dropped(caplog: pytest.LogCaptureFixture) -> None:
    log = DriftLog("tests.drift", max_records=2)
    with caplog.at_level(logging.WARNING, logger="tests.drift"):
        for key in ("a", "b", "c", "d", "a"):
            log.record("op", [key], "string", "integer")
    assert [(drift.path, drift.count) for drift in log.records] == [("$.a", 2), ("$.b", 1)]
    assert log.dropped == 2 and len(caplog.records) == 2
    assert json.loads(log.to_json())["dropped"] == 2
    log.clear()
    assert (log.records, log.dropped) == ([], 0)


def test_the_records_handed_out_are_copies() -> None:
    log = DriftLog("tests.drift")
    log.record("op", ["a"], "string", "integer")
    log.records[0].count = 99
    assert log.records[0].count == 1


def test_paths_quote_keys_that_are_not_identifiers() -> None:
    log = DriftLog("tests.drift")
    log.record("op", ["data", 3, "first name"], "string", "null")
    assert (log.records[0].path, log.records[0].example) == ('$.data[*]["first name"]', '$.data[3]["first name"]')


# --- kinds -------------------------------------------------------------------------------------------

ID = "9b2c7f9e-8f5e-4e7a-9c1d-2f1d3c4b5a6e"


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (string(), "x", (True, "x")),
        (string(), 1, (False, 1)),
        (integer(), 3, (True, 3)),
        (integer(), True, (False, True)),  # JSON true is not a number
        (integer(), 3.0, (False, 3.0)),
        (number(), 3.5, (True, 3.5)),
        (number(), False, (False, False)),
        (boolean(), False, (True, False)),
        (boolean(), 0, (False, 0)),
        (string(nullable=True), None, (True, None)),
        (any_value(), {"x": [1]}, (True, {"x": [1]})),
        (date(), "2026-02-03", (True, datetime.date(2026, 2, 3))),
        (date(), 20260203, (False, 20260203)),
        (uuid_string(), ID, (True, uuid.UUID(ID))),
        (uuid_string(), "not-a-uuid", (False, "not-a-uuid")),
        (enum(Species), "dog", (True, Species.DOG)),
        (enum(Species), "DOG", (False, "DOG")),
        (array(integer()), [1, 2], (True, [1, 2])),
        (array(integer()), [1, "2"], (False, [1, "2"])),
        (array(integer()), "1,2", (False, "1,2")),
        (union(integer(), string()), "x", (True, "x")),
        (union(integer(), boolean()), "x", (False, "x")),
        (union(integer(), string(nullable=True)), None, (True, None)),
        (model(Tag), {"label": "x"}, (True, Tag("x"))),
        (model(Tag), {"label": 1}, (False, {"label": 1})),
    ],
)
def test_each_kind_says_whether_a_value_matches(kind: Kind, value: Any, expected: tuple[bool, Any]) -> None:
    assert kind.matches(value) == expected


def test_a_union_with_one_model_decodes_an_object_through_it_keeping_what_came() -> None:
    log = DriftLog("tests.drift")
    sink = _Sink(_Context(strict=False, log=log, operation_id="op"))
    kind = union(string(), model(Tag))
    assert kind.decode("plain", sink, ["owner"]) == "plain"
    assert kind.decode({"label": 5}, sink, ["owner"]) == Tag(5)
    assert kind.decode(5, sink, ["owner"]) == 5
    assert places(log) == [
        ("$.owner.label", "$.owner.label", "string", "integer", 1),
        ("$.owner", "$.owner", "string or object", "integer", 1),
    ]


def test_a_union_records_a_key_its_matching_model_does_not_name() -> None:
    """An object that decodes as one of the union's models is kept whole, and its unnamed keys are drift."""
    log = DriftLog("tests.drift")
    sink = _Sink(_Context(strict=True, log=log, operation_id="op"))
    decoded = union(string(), model(Tag)).decode({"label": "vip", "colour": "red"}, sink, ["owner"])
    assert decoded.label == "vip" and decoded.additional_properties == {"colour": "red"}
    assert places(log) == [("$.owner.colour", "$.owner.colour", "no field of this name in the spec", "string", 1)]


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("2026-02-03T04:05:06Z", datetime.datetime(2026, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)),
        ("2026-02-03t04:05:06z", datetime.datetime(2026, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)),
        ("2026-02-03 04:05:06+02:00", datetime.datetime.fromisoformat("2026-02-03T04:05:06+02:00")),
        ("2026-02-03T04:05:06", None),  # no offset: not RFC 3339
        ("2026-02-03", None),
        ("yesterday", None),
        (1_770_000_000, None),
    ],
)
def test_rfc3339_date_times_need_an_offset_and_take_any_case(text: object, parsed: datetime.datetime | None) -> None:
    assert parse_rfc3339(text) == parsed
    log = DriftLog("tests.drift")
    kept = date_time().decode(text, _Sink(_Context(strict=False, log=log, operation_id="op")), ["at"])
    assert kept == (parsed or text)  # what does not parse is kept as it came
    assert len(log.records) == (0 if parsed else 1)


def test_the_first_alternative_that_decodes_wins_else_the_error_that_got_furthest() -> None:
    def shallow(value: Any) -> Any:
        raise DecodeError("string", value)

    def deep(value: Any) -> Any:
        error = DecodeError("integer", value, "count")
        error.path.insert(0, "data")
        raise error

    assert decode_first_match([shallow, lambda value: ("second", value)], 1) == ("second", 1)
    with pytest.raises(DecodeError) as furthest:
        decode_first_match([shallow, deep, shallow], 1)
    assert furthest.value.path == ["data", "count"]
