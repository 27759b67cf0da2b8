"""Token answers are never thrown away (issue #22): the matrix of every property of every token answer
in the specs (HighLevel's ``getAccessToken`` and ``getLocationAccessToken``, Sakari's ``fetchToken``)
missing, null, of another JSON type and, for an enum, with an unknown value.

Each case is the schema's own example with one property changed, served as the token endpoint's answer,
through every call that reads that answer (sync and async, strict and tolerant clients alike: a token
answer is read tolerantly whatever the mode). Where the answer still holds an access token (and, for a
code exchange, a refresh token) the pair reaches ``on_tokens``, the drift is in ``client.drift`` and the
next call sends the new access token; otherwise the call fails with ``APIResponseValidationError``
naming the field, and nothing reaches ``on_tokens``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml
from contacts_runtime import _oauth
from contacts_runtime._auth import MAX_TOKEN_LIFETIME, MIN_TOKEN_LIFETIME
from highlevel_client import AsyncHighLevel, HighLevel, oauth
from highlevel_client.errors import APIResponseValidationError as HighLevelValidationError
from highlevel_client.oauth import TokenPair
from sakari_client import AsyncSakari, Sakari
from sakari_client.errors import APIResponseValidationError as SakariValidationError

from .conftest import jwt, sample

SPECS = Path(__file__).resolve().parents[2] / "spec"
# Each token answer: the spec it is in and the operation that answers it.
TOKEN_OPERATIONS = {
    "getAccessToken": "highlevel.yaml",
    "getLocationAccessToken": "highlevel.yaml",
    "fetchToken": "sakari.yaml",
}
# The matrix as the schemas stand when this was written; a schema that loses a property lowers it on purpose.
FLOOR = 82
APP = {"client_id": "app-client", "client_secret": "app-s3cr3t"}
SENT_ACCESS_TOKEN = "access-sent"
SENT_REFRESH_TOKEN = "refresh-sent"
AGENCY_TOKEN = "agency-t0ken"
NOW = 1_000_000.0
# What a client calls once it holds a token: an answer that parses strictly and leaves no drift.
HIGHLEVEL_CONTACT = {"contact": {"id": "contact-1"}}
SECRET_FIELDS = {"access_token", "refresh_token"}


# --------------------------------------------------------------------------- the matrix, from the specs


@functools.cache
def load_spec(name: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((SPECS / name).read_text(encoding="utf-8"))
    return spec


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for step in node["$ref"].removeprefix("#/").split("/"):
            target = target[step]
        node = target
    return node


def answer_schema(operation_id: str) -> dict[str, Any]:
    """The JSON schema of the success answer of ``operation_id``, its ``$ref``s resolved."""
    spec = load_spec(TOKEN_OPERATIONS[operation_id])
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                for status, answer in operation["responses"].items():
                    if str(status).startswith("2"):
                        schema = resolve(spec, answer)["content"]["application/json"]["schema"]
                        return resolve(spec, schema)
    raise LookupError(operation_id)


def properties(operation_id: str) -> dict[str, dict[str, Any]]:
    spec = load_spec(TOKEN_OPERATIONS[operation_id])
    return {name: resolve(spec, node) for name, node in answer_schema(operation_id)["properties"].items()}


def nullable(schema: dict[str, Any]) -> bool:
    declared = schema.get("type")
    return schema.get("nullable") is True or (isinstance(declared, list) and "null" in declared)


def other_type(schema: dict[str, Any], example: object) -> object:
    """A value of a JSON type the property does not declare; numbers come as the strings services send."""
    declared = schema["type"]
    if declared in ("number", "integer"):
        return str(example if isinstance(example, int | float) else 60)
    return {"string": 12345, "boolean": "true", "array": "one-value", "object": []}[declared]


def unknown_member(schema: dict[str, Any]) -> str:
    # "Agency" is what HighLevel sends for userType beside the documented Company and Location.
    return next(value for value in ("Agency", "unknown-value") if value not in schema["enum"])


ABSENT = object()


@attrs.frozen
class Case:
    operation_id: str
    property: str
    mutation: str
    value: object
    off_spec: bool

    @property
    def id(self) -> str:
        return f"{self.operation_id}.{self.property}:{self.mutation}"

    def body(self) -> dict[str, Any]:
        answer = dict(answer_schema(self.operation_id)["example"])
        if self.value is ABSENT:
            answer.pop(self.property, None)
        else:
            answer[self.property] = self.value
        return answer


def cases_of(operation_id: str) -> list[Case]:
    schema = answer_schema(operation_id)
    required = set(schema.get("required", ()))
    example = schema["example"]
    found = []
    for name, prop in properties(operation_id).items():
        found.append(Case(operation_id, name, "missing", ABSENT, off_spec=name in required))
        found.append(Case(operation_id, name, "null", None, off_spec=not nullable(prop)))
        found.append(Case(operation_id, name, "other-type", other_type(prop, example.get(name)), off_spec=True))
        if "enum" in prop:
            found.append(Case(operation_id, name, "unknown-enum", unknown_member(prop), off_spec=True))
    return found


CASES = {operation_id: cases_of(operation_id) for operation_id in TOKEN_OPERATIONS}


def params(operation_id: str) -> list[Any]:
    return [pytest.param(case, id=case.id) for case in CASES[operation_id]]


def test_the_matrix_is_every_property_of_every_token_answer_four_ways() -> None:
    counted = 0
    for operation_id in TOKEN_OPERATIONS:
        props = answer_schema(operation_id)["properties"]
        spec = load_spec(TOKEN_OPERATIONS[operation_id])
        enums = [name for name, node in props.items() if "enum" in resolve(spec, node)]
        counted += 3 * len(props) + len(enums)
        seen = {(case.property, case.mutation) for case in CASES[operation_id]}
        assert seen == {(name, kind) for name in props for kind in ("missing", "null", "other-type")} | {
            (name, "unknown-enum") for name in enums
        }
    total = sum(len(cases) for cases in CASES.values())
    assert total == counted
    assert total >= FLOOR
    assert ("userType", "unknown-enum") in {(case.property, case.mutation) for case in CASES["getAccessToken"]}


@pytest.mark.parametrize("operation_id", list(TOKEN_OPERATIONS))
def test_each_example_is_a_usable_token_answer(operation_id: str) -> None:
    """The base of every case: the unchanged example holds what a token answer needs."""
    example = answer_schema(operation_id)["example"]
    assert usable(example["access_token"])
    assert isinstance(example["expires_in"], int)
    if operation_id == "getAccessToken":
        assert usable(example["refresh_token"])


# --------------------------------------------------------------------------- what each case must give


def usable(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def oauth_facts() -> dict[str, Any]:
    facts: dict[str, Any] = load_spec("highlevel.yaml")["info"]["x-sdk"]["oauth"]
    return facts


def lifetime(body: dict[str, Any], default: float | None) -> float | None:
    """Seconds the client gives the access token: ``expires_in`` when readable, else ``default``."""
    value = body.get("expires_in")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        return float(value)
    return default


def drift_paths(client: Any, operation_id: str) -> list[str]:
    return sorted(record.path for record in client.drift.records if record.operation_id == operation_id)


def expected_drift(case: Case, *, kept_refresh_token: bool = False) -> list[str]:
    """The decoder records what is off the spec; a refresh that keeps the refresh token sent records that
    where the spec says refresh tokens rotate (a missing one is not off the schema, so only then)."""
    paths = [f"$.{case.property}"] if case.off_spec else []
    if kept_refresh_token and case.mutation == "missing" and oauth_facts()["refresh-token-rotates"]:
        paths.append("$.refresh_token")
    return sorted(paths)


def details(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key not in SECRET_FIELDS}


def no_secret_in(error: BaseException, body: dict[str, Any]) -> None:
    shown = f"{error!s} {error!r}"
    for name in SECRET_FIELDS:
        if usable(body.get(name)):
            assert body[name] not in shown
    assert APP["client_secret"] not in shown


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


class HighLevelService:
    """Answers the token calls with the case's body, and every other call with a contact."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.api_answer: dict[str, Any] = HIGHLEVEL_CONTACT
        self.token_forms: list[dict[str, str]] = []
        self.api_tokens: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path in ("/oauth/token", "/oauth/locationToken"):
            self.token_forms.append(dict(httpx.QueryParams(request.content.decode())))
            return httpx.Response(200, json=self.body)
        self.api_tokens.append(request.headers["authorization"])
        return httpx.Response(200, json=self.api_answer)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


class Store:
    def __init__(self) -> None:
        self.pairs: list[TokenPair] = []

    def __call__(self, pair: TokenPair) -> None:
        self.pairs.append(pair)


@pytest.fixture(params=[False, True], ids=["tolerant", "strict"])
def strict(request: pytest.FixtureRequest) -> bool:
    mode: bool = request.param
    return mode


# --------------------------------------------------------------------------- HighLevel: refresh


def expired_client(service: HighLevelService, store: Store, clock: Clock, strict: bool) -> HighLevel:
    """A client whose pair has expired: its first call refreshes."""
    return HighLevel.from_oauth(
        **APP,
        access_token=SENT_ACCESS_TOKEN,
        refresh_token=SENT_REFRESH_TOKEN,
        expires_at=NOW - 1,
        on_tokens=store,
        clock=clock,
        location_id="loc-1",
        strict_response_validation=strict,
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
    )


def expired_async_client(service: HighLevelService, store: Store, clock: Clock, strict: bool) -> AsyncHighLevel:
    return AsyncHighLevel.from_oauth(
        **APP,
        access_token=SENT_ACCESS_TOKEN,
        refresh_token=SENT_REFRESH_TOKEN,
        expires_at=NOW - 1,
        on_tokens=store,
        clock=clock,
        location_id="loc-1",
        strict_response_validation=strict,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(service.handle_async)),
    )


def check_refresh(
    case: Case, client: HighLevel | AsyncHighLevel, service: HighLevelService, store: Store, error: BaseException | None
) -> None:
    body = case.body()
    assert [form["grant_type"] for form in service.token_forms] == ["refresh_token"]
    assert drift_paths(client, case.operation_id) == expected_drift(
        case, kept_refresh_token=not usable(body.get("refresh_token"))
    )
    if not usable(body.get("access_token")):
        assert isinstance(error, HighLevelValidationError)
        assert error.json_path == "$.access_token"
        no_secret_in(error, body)
        assert store.pairs == [] and service.api_tokens == []
        assert client.oauth_tokens.tokens.refresh_token == SENT_REFRESH_TOKEN
        assert client.oauth_tokens.unsaved is None
        return
    assert error is None
    refresh_token = body["refresh_token"] if usable(body.get("refresh_token")) else SENT_REFRESH_TOKEN
    default = float(oauth_facts()["access-token-lifetime-seconds"])
    [pair] = store.pairs
    assert (pair.access_token, pair.refresh_token) == (body["access_token"], refresh_token)
    assert pair.expires_at == NOW + lifetime(body, default)  # type: ignore[operator]
    assert pair.scope == (body["scope"] if isinstance(body.get("scope"), str) else None)
    assert pair.details == details(body)
    assert client.oauth_tokens.tokens is pair
    # Both calls carry the new token; the second needs no refresh.
    assert service.api_tokens == [f"Bearer {body['access_token']}"] * 2


@pytest.mark.parametrize("case", params("getAccessToken"))
def test_refresh(case: Case, strict: bool) -> None:
    service, store, clock = HighLevelService(case.body()), Store(), Clock()
    error = None
    with expired_client(service, store, clock, strict) as client:
        try:
            client.contacts.get("contact-1")
            client.contacts.get("contact-1")
        except HighLevelValidationError as exc:
            error = exc
        check_refresh(case, client, service, store, error)


@pytest.mark.parametrize("case", params("getAccessToken"))
async def test_async_refresh(case: Case, strict: bool) -> None:
    service, store, clock = HighLevelService(case.body()), Store(), Clock()
    error = None
    async with expired_async_client(service, store, clock, strict) as client:
        try:
            await client.contacts.get("contact-1")
            await client.contacts.get("contact-1")
        except HighLevelValidationError as exc:
            error = exc
        check_refresh(case, client, service, store, error)


# --------------------------------------------------------------------------- HighLevel: code exchange


def code_exchange_fails(case: Case) -> str | None:
    """The field whose absence leaves a code exchange nothing to keep, if any."""
    body = case.body()
    if not usable(body.get("access_token")):
        return "$.access_token"
    if not usable(body.get("refresh_token")):
        return "$.refresh_token"
    return None


def check_exchanged_pair(case: Case, pair: TokenPair) -> None:
    body = case.body()
    default = float(oauth_facts()["access-token-lifetime-seconds"])
    assert (pair.access_token, pair.refresh_token) == (body["access_token"], body["refresh_token"])
    assert pair.expires_at == NOW + lifetime(body, default)  # type: ignore[operator]
    assert pair.details == details(body)


def check_code_client(case: Case, client: HighLevel | AsyncHighLevel, service: HighLevelService, store: Store) -> None:
    body = case.body()
    [pair] = store.pairs
    check_exchanged_pair(case, pair)  # its expiry too, on the clock the client was given
    assert client.oauth_tokens.tokens is pair
    assert service.api_tokens == [f"Bearer {body['access_token']}"]
    assert [form["grant_type"] for form in service.token_forms] == ["authorization_code"] * 2
    assert drift_paths(client, case.operation_id) == expected_drift(case)


@pytest.mark.parametrize("case", params("getAccessToken"))
def test_code_exchange(case: Case, strict: bool) -> None:
    service, store = HighLevelService(case.body()), Store()
    settings: dict[str, Any] = {
        "strict_response_validation": strict,
        "location_id": "loc-1",
        "http_client": httpx.Client(transport=httpx.MockTransport(service)),
    }
    failing = code_exchange_fails(case)
    with HighLevel(token="unused", **settings) as plain:
        if failing is not None:
            with pytest.raises(HighLevelValidationError) as caught:
                oauth.exchange_code(plain, **APP, code="c0de", clock=Clock())
            assert caught.value.json_path == failing
            no_secret_in(caught.value, case.body())
            assert drift_paths(plain, case.operation_id) == expected_drift(case)
        else:
            check_exchanged_pair(case, oauth.exchange_code(plain, **APP, code="c0de", clock=Clock()))
    if failing is not None:
        with pytest.raises(HighLevelValidationError, match=f"\\{failing}"):
            HighLevel.from_authorization_code(**APP, code="c0de", on_tokens=store, **settings)
        assert store.pairs == []
        return
    with HighLevel.from_authorization_code(**APP, code="c0de", on_tokens=store, clock=Clock(), **settings) as client:
        client.contacts.get("contact-1")
        check_code_client(case, client, service, store)


@pytest.mark.parametrize("case", params("getAccessToken"))
async def test_async_code_exchange(case: Case, strict: bool) -> None:
    service, store = HighLevelService(case.body()), Store()
    settings: dict[str, Any] = {
        "strict_response_validation": strict,
        "location_id": "loc-1",
        "http_client": httpx.AsyncClient(transport=httpx.MockTransport(service.handle_async)),
    }
    failing = code_exchange_fails(case)
    async with AsyncHighLevel(token="unused", **settings) as plain:
        if failing is not None:
            with pytest.raises(HighLevelValidationError) as caught:
                await oauth.aexchange_code(plain, **APP, code="c0de", clock=Clock())
            assert caught.value.json_path == failing
            no_secret_in(caught.value, case.body())
            assert drift_paths(plain, case.operation_id) == expected_drift(case)
        else:
            check_exchanged_pair(case, await oauth.aexchange_code(plain, **APP, code="c0de", clock=Clock()))
    if failing is not None:
        with pytest.raises(HighLevelValidationError, match=f"\\{failing}"):
            await AsyncHighLevel.from_authorization_code(**APP, code="c0de", on_tokens=store, **settings)
        assert store.pairs == []
        return
    client = await AsyncHighLevel.from_authorization_code(
        **APP, code="c0de", on_tokens=store, clock=Clock(), **settings
    )
    async with client:
        await client.contacts.get("contact-1")
        check_code_client(case, client, service, store)


# --------------------------------------------------------------------------- HighLevel: location token


def check_location_token(case: Case, agency: HighLevel | AsyncHighLevel, token: oauth.AccessToken) -> None:
    body = case.body()
    default = float(oauth_facts()["access-token-lifetime-seconds"])
    assert token.access_token == body["access_token"]
    assert token.expires_at == NOW + lifetime(body, default)  # type: ignore[operator]
    assert token.details == details(body)
    assert drift_paths(agency, case.operation_id) == expected_drift(case)


def check_location_failure(case: Case, agency: HighLevel | AsyncHighLevel, error: HighLevelValidationError) -> None:
    assert not usable(case.body().get("access_token"))
    assert error.json_path == "$.access_token"
    no_secret_in(error, case.body())
    assert drift_paths(agency, case.operation_id) == expected_drift(case)


@pytest.mark.parametrize("case", params("getLocationAccessToken"))
def test_location_token(case: Case, strict: bool) -> None:
    service = HighLevelService(case.body())
    transport = httpx.Client(transport=httpx.MockTransport(service))
    with HighLevel(token=AGENCY_TOKEN, strict_response_validation=strict, http_client=transport) as agency:
        try:
            token = oauth.location_token(agency, company_id="company-1", location_id="loc-1", clock=Clock())
        except HighLevelValidationError as error:
            check_location_failure(case, agency, error)
            return
        check_location_token(case, agency, token)
    with HighLevel(
        token=token.access_token, location_id="loc-1", strict_response_validation=strict, http_client=transport
    ) as location:
        location.contacts.get("contact-1")
    assert service.api_tokens == [f"Bearer {case.body()['access_token']}"]


@pytest.mark.parametrize("case", params("getLocationAccessToken"))
async def test_async_location_token(case: Case, strict: bool) -> None:
    service = HighLevelService(case.body())
    transport = httpx.AsyncClient(transport=httpx.MockTransport(service.handle_async))
    async with AsyncHighLevel(token=AGENCY_TOKEN, strict_response_validation=strict, http_client=transport) as agency:
        try:
            token = await oauth.alocation_token(agency, company_id="company-1", location_id="loc-1", clock=Clock())
        except HighLevelValidationError as error:
            check_location_failure(case, agency, error)
            return
        check_location_token(case, agency, token)
    async with AsyncHighLevel(
        token=token.access_token, location_id="loc-1", strict_response_validation=strict, http_client=transport
    ) as location:
        await location.contacts.get("contact-1")
    assert service.api_tokens == [f"Bearer {case.body()['access_token']}"]


# --------------------------------------------------------------------------- Sakari: client credentials


class SakariService:
    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.token_calls = 0
        self.api_tokens: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            self.token_calls += 1
            return httpx.Response(200, json=self.body)
        self.api_tokens.append(request.headers["authorization"])
        return httpx.Response(200, json=sample("sakari_list_contacts_response"))

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def sakari_settings(strict: bool) -> dict[str, Any]:
    return {
        "client_id": "client-1",
        "client_secret": APP["client_secret"],
        "account_id": "acc-1",
        "strict_response_validation": strict,
    }


def check_sakari(case: Case, client: Sakari | AsyncSakari, service: SakariService, error: BaseException | None) -> None:
    body = case.body()
    assert drift_paths(client, case.operation_id) == expected_drift(case)
    if not usable(body.get("access_token")):
        assert isinstance(error, SakariValidationError)
        assert error.json_path == "$.access_token"
        no_secret_in(error, body)
        assert service.api_tokens == []
        return
    assert error is None
    # Both calls carry the token; within its lifetime (expires_in, else the JWT's exp) the second fetches none.
    assert service.api_tokens == [f"Bearer {body['access_token']}"] * 2
    assert service.token_calls == 1


@pytest.mark.parametrize("case", params("fetchToken"))
def test_sakari_token(case: Case, strict: bool) -> None:
    service, clock = SakariService(case.body()), Clock()
    error = None
    with Sakari(**sakari_settings(strict), http_client=httpx.Client(transport=httpx.MockTransport(service))) as client:
        client._auth._clock = clock  # type: ignore[attr-defined]
        try:
            client.contacts.list()
            clock.now += 60
            client.contacts.list()
        except SakariValidationError as exc:
            error = exc
        check_sakari(case, client, service, error)


@pytest.mark.parametrize("case", params("fetchToken"))
async def test_async_sakari_token(case: Case, strict: bool) -> None:
    service, clock = SakariService(case.body()), Clock()
    error = None
    transport = httpx.AsyncClient(transport=httpx.MockTransport(service.handle_async))
    async with AsyncSakari(**sakari_settings(strict), http_client=transport) as client:
        client._auth._clock = clock  # type: ignore[attr-defined]
        try:
            await client.contacts.list()
            clock.now += 60
            await client.contacts.list()
        except SakariValidationError as exc:
            error = exc
        check_sakari(case, client, service, error)


# --------------------------------------------------------------------------- beyond the matrix


def refreshed(body: dict[str, Any], *, strict: bool = True) -> tuple[HighLevel, HighLevelService, Store]:
    """A client that has refreshed once with ``body`` as the answer (and made one call with the result)."""
    service, store = HighLevelService(body), Store()
    client = expired_client(service, store, Clock(), strict)
    client.contacts.get("contact-1")
    return client, service, store


@pytest.mark.parametrize("refresh_token", [ABSENT, "", "   "], ids=["missing", "empty", "blank"])
def test_a_refresh_without_a_new_refresh_token_keeps_the_one_sent_and_records_it(
    refresh_token: object, caplog: pytest.LogCaptureFixture
) -> None:
    body = dict(answer_schema("getAccessToken")["example"])
    if refresh_token is ABSENT:
        del body["refresh_token"]
    else:
        body["refresh_token"] = refresh_token
    client, service, store = refreshed(body)
    with client:
        assert [pair.refresh_token for pair in store.pairs] == [SENT_REFRESH_TOKEN]
        [record] = client.drift.records
        assert (record.operation_id, record.path) == ("getAccessToken", "$.refresh_token")
        assert "the one sent was kept" in record.expected
        assert record.received == ("nothing" if refresh_token is ABSENT else "string")
        # The kept refresh token is the one the next refresh sends.
        client.oauth_tokens.invalidate(body["access_token"])
        client.contacts.get("contact-1")
        assert [form["refresh_token"] for form in service.token_forms] == [SENT_REFRESH_TOKEN] * 2
    for secret in (body["access_token"], SENT_REFRESH_TOKEN, SENT_ACCESS_TOKEN, APP["client_secret"]):
        assert secret not in caplog.text


def test_a_service_that_does_not_rotate_leaves_no_record_when_it_keeps_the_refresh_token() -> None:
    body = dict(answer_schema("getAccessToken")["example"])
    del body["refresh_token"]
    service = HighLevelService(body)
    with HighLevel(token="unused", http_client=httpx.Client(transport=httpx.MockTransport(service))) as client:
        spec = attrs.evolve(oauth.SPEC, refresh_token_rotates=False)
        pair = _oauth.refresh(client, spec, oauth.OPERATIONS, **APP, refresh_token=SENT_REFRESH_TOKEN, clock=Clock())
        assert pair.refresh_token == SENT_REFRESH_TOKEN
        assert client.drift.records == []


DEFAULT_LIFETIME = float(oauth_facts()["access-token-lifetime-seconds"])


@pytest.mark.parametrize(
    ("expires_in", "seconds"),
    [
        (7200, 7200.0),
        (7200.5, 7200.5),
        ("7200", 7200.0),
        (" 7200 ", 7200.0),
        ("7.2e3", 7200.0),
        (-5, MIN_TOKEN_LIFETIME),
        (10**30, MAX_TOKEN_LIFETIME),
        (ABSENT, DEFAULT_LIFETIME),
        (None, DEFAULT_LIFETIME),
        (True, DEFAULT_LIFETIME),
        ({"seconds": 7200}, DEFAULT_LIFETIME),
        ([7200], DEFAULT_LIFETIME),
        ("", DEFAULT_LIFETIME),
        ("two hours", DEFAULT_LIFETIME),
        ("nan", DEFAULT_LIFETIME),
        ("inf", DEFAULT_LIFETIME),
        ("1e400", DEFAULT_LIFETIME),
    ],
)
def test_expires_in_is_read_when_it_holds_seconds_else_the_documented_default(
    expires_in: object, seconds: float
) -> None:
    body = dict(answer_schema("getAccessToken")["example"])
    if expires_in is ABSENT:
        del body["expires_in"]
    else:
        body["expires_in"] = expires_in
    client, _, store = refreshed(body)
    with client:
        [pair] = store.pairs
        assert pair.expires_at == NOW + seconds


@pytest.mark.parametrize(("expires_in", "refetched"), [("120", True), ("two minutes", False), (None, False)])
def test_sakari_reads_expires_in_from_a_string_else_the_jwt_expiry(expires_in: object, refetched: bool) -> None:
    # The JWT expires in 300 s (renewed 30 s before); "120" expires first (renewed 12 s before).
    service, clock = SakariService({"access_token": jwt(NOW + 300), "expires_in": expires_in}), Clock()
    transport = httpx.Client(transport=httpx.MockTransport(service))
    with Sakari(**sakari_settings(True), http_client=transport) as client:
        client._auth._clock = clock  # type: ignore[attr-defined]
        client.contacts.list()
        clock.now += 200
        client.contacts.list()
    assert service.token_calls == (2 if refetched else 1)


def test_sakari_keeps_a_token_without_a_readable_lifetime_until_a_401() -> None:
    service, clock = SakariService({"access_token": "opaque-t0ken", "expires_in": "soon"}), Clock()
    with Sakari(**sakari_settings(True), http_client=httpx.Client(transport=httpx.MockTransport(service))) as client:
        client._auth._clock = clock  # type: ignore[attr-defined]
        client.contacts.list()
        clock.now += 366 * 24 * 3600
        client.contacts.list()
        assert [record.path for record in client.drift.records] == ["$.expires_in"]
    assert service.token_calls == 1
    assert service.api_tokens == ["Bearer opaque-t0ken"] * 2


def test_a_strict_client_reads_token_answers_tolerantly_and_every_other_answer_strictly() -> None:
    body = {**answer_schema("getAccessToken")["example"], "userType": "Agency"}
    client, service, store = refreshed(body, strict=True)
    with client:
        assert store.pairs[0].details["userType"] == "Agency"
        assert [record.path for record in client.drift.records] == ["$.userType"]
        service.api_answer = {"contact": {"id": 7}}
        with pytest.raises(HighLevelValidationError, match=r"\$\.contact\.id"):
            client.contacts.get("contact-1")
