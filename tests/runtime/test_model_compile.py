"""contacts_runtime._model: from_dict and to_dict compiled from a model's one field table.

The generated models are covered by the client, contract and fuzz tests; these models are written
here to reach what the specs do not have today (a model holding itself, a model deriving from
another, a typed additional property, unions of objects, nullable objects and date-times).
"""

from __future__ import annotations

import datetime
import enum
import uuid
from typing import Any

import pytest
from attrs import define, field
from contacts_runtime import _drift as tolerant
from contacts_runtime._model import AdditionalProperties, Model
from contacts_runtime.errors import DecodeError
from contacts_runtime.types import UNSET, Unset


class Colour(enum.StrEnum):
    RED = "red"
    BLUE = "blue"


@define
class Leaf(Model, AdditionalProperties[Any]):
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)


Leaf.__tolerant__ = tolerant.TolerantModel(Leaf, (tolerant.Field("name", "name", tolerant.string()),))


@define
class Tree(Model, AdditionalProperties[Any]):
    label: str
    when: datetime.datetime | Unset = UNSET
    colour: Colour | Unset = UNSET
    leaf: Leaf | Unset = UNSET
    leaves: list[Leaf] | Unset = UNSET
    parent: Tree | Unset | None = UNSET
    children: list[Tree] | Unset = UNSET
    either: str | float | Leaf | Unset = UNSET
    note: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)


Tree.__tolerant__ = tolerant.TolerantModel(
    Tree,
    (
        # in the spec's order: to_dict writes keys in this order, not the declaration's
        tolerant.Field("note", "note", tolerant.string(nullable=True)),
        tolerant.Field("label", "label", tolerant.string(), required=True),
        tolerant.Field("when", "when", tolerant.date_time()),
        tolerant.Field("colour", "colour", tolerant.enum(Colour)),
        tolerant.Field("leaf", "leaf", tolerant.model(Leaf)),
        tolerant.Field("leaves", "leaves", tolerant.array(tolerant.model(Leaf))),
        tolerant.Field("parent", "parent", tolerant.model(Tree, nullable=True)),
        tolerant.Field("children", "children", tolerant.array(tolerant.model(Tree))),
        tolerant.Field("either", "either", tolerant.union(tolerant.string(), tolerant.number(), tolerant.model(Leaf))),
    ),
)


@define
class Counts(Model, AdditionalProperties[int]):
    total: int | Unset = UNSET
    additional_properties: dict[str, int] = field(init=False, factory=dict)


Counts.__tolerant__ = tolerant.TolerantModel(
    Counts, (tolerant.Field("total", "total", tolerant.integer()),), additional=tolerant.integer()
)


@define
class Closed(Model):
    code: int | Unset = UNSET


Closed.__tolerant__ = tolerant.TolerantModel(Closed, (tolerant.Field("code", "code", tolerant.integer()),))


@define
class Event(Leaf):
    """Derives from Leaf (its fields and more), as an allOf event derives from its shared base."""

    kind: str | Unset = UNSET


Event.__tolerant__ = tolerant.TolerantModel(
    Event, (*Leaf.__tolerant__.fields, tolerant.Field("kind", "kind", tolerant.string()))
)

TREE = {
    "label": "root",
    "note": None,
    "when": "2024-05-01T10:00:00.250Z",
    "colour": "red",
    "leaf": {"name": "a"},
    "leaves": [{"name": "b"}, {"name": "c"}],
    "parent": None,
    "children": [{"label": "kid", "parent": {"label": "root"}}],
    "either": {"name": "d"},
}


def _error(cls: type[Model], data: Any) -> DecodeError:
    with pytest.raises(DecodeError) as caught:
        cls.from_dict(data)
    return caught.value


def test_a_model_that_holds_itself_decodes_and_writes_back_what_came() -> None:
    tree = Tree.from_dict(TREE)
    assert tree.when == datetime.datetime(2024, 5, 1, 10, 0, 0, 250000, tzinfo=datetime.UTC)
    assert tree.colour is Colour.RED
    assert isinstance(tree.leaf, Leaf) and [leaf.name for leaf in tree.leaves] == ["b", "c"]  # type: ignore[union-attr]
    assert isinstance(tree.children, list) and isinstance(tree.children[0].parent, Tree)
    assert isinstance(tree.either, Leaf)
    assert tree.to_dict() == TREE
    assert list(tree.to_dict()) == ["note", "label", "when", "colour", "leaf", "leaves", "parent", "children", "either"]


@pytest.mark.parametrize(
    ("change", "path", "expected"),
    [
        ({"label": 1}, "$.label", "string"),
        ({"note": 1}, "$.note", "string or null"),
        ({"when": "2024-05-01"}, "$.when", "RFC 3339 date-time string"),
        ({"when": 5}, "$.when", "RFC 3339 date-time string"),
        ({"colour": "green"}, "$.colour", "one of 'red', 'blue'"),
        ({"leaf": {"name": 2}}, "$.leaf.name", "string"),
        ({"leaves": [{"name": "ok"}, {"name": 3}]}, "$.leaves[1].name", "string"),
        ({"leaves": {"name": "x"}}, "$.leaves", "array"),
        ({"children": [{"label": "kid", "parent": {"label": 7}}]}, "$.children[0].parent.label", "string"),
        ({"either": True}, "$.either", "string or number or object"),
        ({"either": {"name": False}}, "$.either.name", "string"),
        ({"extra": 1, "label": "x"}, "$", ""),
    ],
)
def test_strict_decoding_names_the_path_and_what_was_expected(change: dict[str, Any], path: str, expected: str) -> None:
    data = {**TREE, **change}
    if expected == "":  # an undocumented key of a model with additional properties is kept
        assert Tree.from_dict(data).additional_properties == {"extra": 1}
        return
    error = _error(Tree, data)
    assert (error.json_path, error.expected) == (path, expected)


def test_a_missing_required_field_and_a_value_that_is_not_an_object() -> None:
    assert (_error(Tree, {}).json_path, _error(Tree, {}).expected) == ("$.label", "a value (required)")
    assert _error(Tree, ["label"]).expected == "object"


def test_typed_additional_properties_are_checked_and_a_closed_model_refuses_other_keys() -> None:
    assert Counts.from_dict({"total": 1, "a": 2})["a"] == 2
    assert _error(Counts, {"total": 1, "a": "two"}).json_path == "$.a"
    assert _error(Closed, {"code": 1, "other": 2}).json_path == "$.other"
    assert Closed.from_dict({"code": 1}).to_dict() == {"code": 1}


def test_a_derived_model_decodes_its_own_table_and_its_base_keeps_its_own() -> None:
    assert Leaf.from_dict({"name": "a"}).to_dict() == {"name": "a"}
    event = Event.from_dict({"name": "a", "kind": "created"})
    assert type(event) is Event and event.kind == "created"
    assert Leaf.from_dict({"name": "a", "kind": "created"}).additional_properties == {"kind": "created"}


def test_a_users_subclass_is_built_as_itself() -> None:
    @define
    class Mine(Closed):
        pass

    assert type(Mine.from_dict({"code": 3})) is Mine
    assert Mine(code=4).to_dict() == {"code": 4}


def test_a_method_patched_and_restored_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    @define
    class Fresh(Model):
        value: int | Unset = UNSET

    Fresh.__tolerant__ = tolerant.TolerantModel(Fresh, (tolerant.Field("value", "value", tolerant.integer()),))
    with monkeypatch.context() as patch:
        patch.setattr(Fresh, "to_dict", lambda self: {"patched": True})
        assert Fresh.from_dict({"value": 1}).to_dict() == {"patched": True}  # from_dict's compile leaves it
    assert Fresh.from_dict({"value": 1}).to_dict() == {"value": 1}


def test_to_dict_writes_a_value_a_tolerant_parse_kept_as_it_came() -> None:
    tree = Tree(label="x", when="yesterday", colour="green", leaf={"raw": 1}, leaves=[{"raw": 2}])  # type: ignore[arg-type, list-item]
    assert tree.to_dict() == {
        "label": "x",
        "when": "yesterday",
        "colour": "green",
        "leaf": {"raw": 1},
        "leaves": [{"raw": 2}],
    }


def test_a_traceback_through_compiled_code_shows_its_line() -> None:
    import traceback

    error = _error(Tree, {**TREE, "label": 1})
    assert "raise DecodeError('string', v1, 'label')" in "".join(traceback.format_tb(error.__traceback__))


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@define
class Kinds(Model):
    day: datetime.date | Unset = UNSET
    key: uuid.UUID | Unset = UNSET
    level: Level | Unset = UNSET
    colours: list[Colour] | Unset = UNSET
    mixed: list[str | float] | Unset = UNSET
    seen: datetime.datetime | Unset | None = UNSET


Kinds.__tolerant__ = tolerant.TolerantModel(
    Kinds,
    (
        tolerant.Field("day", "day", tolerant.date()),
        tolerant.Field("key", "key", tolerant.uuid_string()),
        tolerant.Field("level", "level", tolerant.enum(Level)),
        tolerant.Field("colours", "colours", tolerant.array(tolerant.enum(Colour))),
        tolerant.Field("mixed", "mixed", tolerant.array(tolerant.union(tolerant.string(), tolerant.number()))),
        tolerant.Field("seen", "seen", tolerant.date_time(nullable=True)),
    ),
)

KINDS = {
    "day": "2024-05-01",
    "key": "12345678-1234-5678-1234-567812345678",
    "level": 2,
    "colours": ["red", "blue"],
    "mixed": ["a", 1, 2.5],
    "seen": None,
}


def test_the_decoders_of_dates_uuids_enums_arrays_and_nullable_date_times_round_trip() -> None:
    kinds = Kinds.from_dict(KINDS)
    assert kinds.day == datetime.date(2024, 5, 1) and kinds.key == uuid.UUID(KINDS["key"])  # type: ignore[arg-type]
    assert kinds.level is Level.HIGH and kinds.colours == [Colour.RED, Colour.BLUE] and kinds.seen is None
    assert kinds.to_dict() == KINDS
    assert Kinds.from_dict({"seen": "2024-05-01t10:00:00z"}).seen == datetime.datetime(
        2024, 5, 1, 10, tzinfo=datetime.UTC
    )


@pytest.mark.parametrize(
    ("change", "path", "expected"),
    [
        ({"day": "May 1st"}, "$.day", "ISO 8601 date string"),
        ({"key": 7}, "$.key", "UUID string"),
        ({"level": 3}, "$.level", "one of 1, 2"),
        ({"level": "2"}, "$.level", "one of 1, 2"),
        ({"colours": ["red", "green"]}, "$.colours[1]", "one of 'red', 'blue'"),
        ({"colours": "red"}, "$.colours", "array"),
        ({"mixed": ["a", None]}, "$.mixed[1]", "string or number"),
        ({"seen": "2024-05-01"}, "$.seen", "RFC 3339 date-time string"),
    ],
)
def test_the_decoders_name_the_path_and_what_was_expected(change: dict[str, Any], path: str, expected: str) -> None:
    error = _error(Kinds, {**KINDS, **change})
    assert (error.json_path, error.expected) == (path, expected)
