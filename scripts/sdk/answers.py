"""How a generated client reads answers: each endpoint module parses its success answers only, and each service
has one table of error bodies (status to model), read by the runtime (``contacts_runtime.ErrorBodies``).

Decided here from openapi-python-client's parse of an endpoint's responses; ``endpoint_module.py.jinja``
prints the parsers and ``facade/config.py.jinja`` the table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import snake_case

from sdk.errors import SpecError
from sdk.names import code, kind


@dataclass(frozen=True)
class AnswerParser:
    """A function of an endpoint module that parses a success answer: ``name(response) -> return_type``."""

    name: str
    return_type: str
    body: str  # the expression returned: a call of contacts_runtime._response
    models: tuple[str, ...]  # the models it names (imports)


@dataclass(frozen=True)
class ErrorBody:
    """An entry of a service's table of error bodies: a status (``404``) or range (``"4XX"``) and its model."""

    status: str  # the key as Python code
    model: str


def _status_key(response: Any) -> str:
    low, high = response.status_code.range
    if low == high:
        return str(low)
    if high - low == 99 and low % 100 == 0:
        return f'"{low // 100}XX"'
    raise SpecError(f"an answer for the statuses {low} to {high}: name one status or a range like 4XX")


def _returns_nothing(response: Any) -> bool:
    source = response.source
    return (source.get("return_type") if isinstance(source, dict) else getattr(source, "return_type", None)) == "None"


def answer_type(response: Any) -> str:
    """The type a success answer parses to: ``None`` for one without a body (a 204)."""
    return "None" if _returns_nothing(response) else code(response.prop.get_type_string())


def _successes(endpoint: Any) -> list[Any]:
    return [response for response in endpoint.responses.patterns if response.status_code.range[0] < 300]


def success_type(endpoint: Any, operation_id: str) -> str:
    """The type every success answer of an operation parses to (one type: the success statuses agree)."""
    types = list(dict.fromkeys(answer_type(response) for response in _successes(endpoint)))
    if len(types) > 1:
        raise SpecError(f"{operation_id}: its success statuses answer different types ({', '.join(types)})")
    return types[0] if types else ""


def _models(response: Any) -> tuple[str, ...]:
    """The models a success answer is one of; () for one that is not an object of a model."""
    prop = response.prop
    if kind(prop) == "ModelProperty":
        return (str(prop.class_info.name),)
    if kind(prop) == "UnionProperty" and all(kind(inner) == "ModelProperty" for inner in prop.inner_properties):
        return tuple(str(inner.class_info.name) for inner in prop.inner_properties)
    return ()


def answer_parsers(endpoint: Any, operation_id: str, acts: bool = False) -> tuple[AnswerParser, ...]:
    """``parse_response`` (the operation's success type), and for an answer documented as one of several models,
    a ``parse_<model>`` per model, for the facade method that names the one it returns (``x-sdk-returns``).

    ``acts``: the operation changes state, so its parsers keep a success whatever its body (``acts=True``).
    """
    return_type = success_type(endpoint, operation_id)
    flag = ", acts=True" if acts else ""
    successes = _successes(endpoint)
    if not successes or return_type == "None":
        return (AnswerParser("parse_response", "None", "None", ()),)
    models = _models(successes[0])
    if not models:
        return (AnswerParser("parse_response", return_type, "parse_json(response)", ()),)
    if len(models) == 1:
        return (AnswerParser("parse_response", return_type, f"parse_answer(response, {models[0]}{flag})", models),)
    one_of = AnswerParser("parse_response", return_type, f"parse_one_of(response, ({', '.join(models)}){flag})", models)
    each = tuple(
        AnswerParser(f"parse_{snake_case(model)}", model, f"parse_answer(response, {model}{flag})", (model,))
        for model in models
    )
    return (one_of, *each)


def parser_for(endpoint: Any, operation_id: str, result_type: str) -> str:
    """The endpoint module's parser of the answer a facade method returning ``result_type`` gets."""
    for parser in answer_parsers(endpoint, operation_id):
        if parser.return_type == result_type:
            return parser.name
    raise SpecError(f"{operation_id}: no success answer is a {result_type}")


def error_bodies(endpoints: Iterable[tuple[str, Any]]) -> tuple[ErrorBody, ...]:
    """The service's table of error bodies: each documented error status and the model of its body, the same
    for every operation that documents it."""
    table: dict[str, tuple[str, str]] = {}
    for operation_id, endpoint in endpoints:
        for response in endpoint.responses.patterns:
            if response.status_code.range[0] < 400 or _returns_nothing(response) or not _models(response):
                continue
            status, models = _status_key(response), _models(response)
            if len(models) != 1:
                raise SpecError(f"{operation_id}: the body of its {status} answer is one of several models")
            known = table.setdefault(status, (models[0], operation_id))
            if known[0] != models[0]:
                raise SpecError(
                    f"{operation_id}: its {status} answer's body is a {models[0]}, {known[1]}'s a {known[0]}; "
                    "the service's error bodies are one table"
                )
    ordered = sorted(table.items(), key=lambda entry: entry[0].strip('"'))  # statuses, then ranges (4XX after 499)
    return tuple(ErrorBody(status, model) for status, (model, _) in ordered)
