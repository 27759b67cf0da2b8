"""The sandbox behaves as the services' docs describe, driven through our own clients."""

from __future__ import annotations

import csv
import io
import time
import warnings

import httpx
import pytest
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client import errors as highlevel_errors
from sakari_client import Sakari, errors
from sakari_client.models import ContactAttributes, Mobile, Tag

from contacts_sandbox import HIGHLEVEL_TOKEN, RateLimit, Sandbox, SandboxServer, SandboxSettings


def _sakari_contact(client: Sakari, first: str, last: str, number: str, email: str | None = None) -> str:
    created = client.contacts.create(
        first_name=first,
        last_name=last,
        mobile=Mobile(number=number, country="US"),
        **({"email": email} if email else {}),
    )
    return str(created.data[0].id)


# --- Sakari -----------------------------------------------------------------------------------------


def test_created_contact_is_listed_updated_and_deleted(sakari_sandbox: Sakari) -> None:
    contact_id = _sakari_contact(sakari_sandbox, "Chris", "Bloggs", "+1 555 010 0001", "chris@sakari.io")
    listed = sakari_sandbox.contacts.list()
    assert [contact.id for contact in listed.data] == [contact_id]
    assert listed.response.pagination.total_count == 1 and listed.response.pagination.has_next is False
    assert sakari_sandbox.contacts.update(contact_id, last_name="Thomson").data.last_name == "Thomson"
    assert sakari_sandbox.contacts.get(contact_id).data.last_name == "Thomson"
    assert sakari_sandbox.contacts.delete(contact_id).success
    with pytest.raises(errors.NotFoundError) as caught:
        sakari_sandbox.contacts.get(contact_id)
    assert caught.value.code == "CONT-404"


def test_list_filters_match_parts_of_fields(sakari_sandbox: Sakari) -> None:
    _sakari_contact(sakari_sandbox, "Chris", "Bloggs", "+15550100001", "chris@sakari.io")
    _sakari_contact(sakari_sandbox, "Christine", "Lee", "+15550100002", "christine@example.com")
    _sakari_contact(sakari_sandbox, "Ann", "Bloggs", "+44 20 7946 0000", "ann@example.com")
    names = lambda **filters: sorted(c.first_name for c in sakari_sandbox.contacts.list(**filters))  # noqa: E731
    assert names(first_name="chris") == ["Chris", "Christine"]
    assert names(last_name="blog") == ["Ann", "Chris"]
    assert names(mobile="+44") == ["Ann"]
    assert names(email="example.com") == ["Ann", "Christine"]
    sakari_sandbox.contacts.create(first_name="Tagged", mobile=Mobile(number="+15550100009"), tags=[Tag(tag="vip")])
    assert names(tags="vip") == ["Tagged"]


def test_offset_limit_has_next_and_total(sakari_sandbox: Sakari) -> None:
    for number in range(25):
        _sakari_contact(sakari_sandbox, f"P{number:02}", "X", f"+1555020{number:04}")
    first = sakari_sandbox.contacts.list(limit=10)
    assert len(first.data) == 10 and first.response.pagination.has_next is True
    assert first.response.pagination.total_count == 25
    last = sakari_sandbox.contacts.list(limit=10, offset=20)
    assert len(last.data) == 5 and last.response.pagination.has_next is False
    assert sorted(contact.first_name for contact in first) == [f"P{number:02}" for number in range(25)]


@pytest.mark.parametrize(
    ("strategy", "expected"),
    [
        ("append", {"firstName": "Chris", "lastName": "Bloggs", "email": "new@example.com"}),
        ("core", {"firstName": "Christopher", "lastName": "Bloggs", "email": "new@example.com"}),
        ("remove", {"firstName": "Christopher", "lastName": None, "email": "new@example.com"}),
    ],
)
def test_merge_strategies_on_the_same_mobile(
    sakari_sandbox: Sakari, strategy: str, expected: dict[str, object]
) -> None:
    sakari_sandbox.contacts.create(first_name="Chris", last_name="Bloggs", mobile=Mobile(number="+1 555 010 0001"))
    merged = sakari_sandbox.contacts.create(
        first_name="Christopher", email="new@example.com", mobile=Mobile(number="15550100001"), merge_strategy=strategy
    ).data[0]
    everyone = list(sakari_sandbox.contacts.list())
    assert len(everyone) == 1
    shown = merged.to_dict()
    assert {key: shown.get(key) for key in expected} == expected


def test_csv_import_reports_inserted_updated_and_errors(sakari_sandbox: Sakari) -> None:
    _sakari_contact(sakari_sandbox, "Joe", "Old", "+15550100001")
    document = io.StringIO()
    writer = csv.writer(document)
    writer.writerows([["firstName", "lastName", "mobile", "colour"], ["Joe", "Bloggs", "15550100001", "red"]])
    writer.writerows([["Ann", "Lee", "15550100002", "blue"], ["Bad", "Number", "12", "green"]])
    summary = sakari_sandbox.contacts.import_csv(document.getvalue().encode(), merge_strategy="core").data
    assert (summary.submitted, summary.inserted, summary.updated, summary.success) == (3, 1, 1, 2)
    assert summary.errors[0].error.code == "CONT-001"
    assert sorted(contact.last_name for contact in sakari_sandbox.contacts.list()) == ["Bloggs", "Lee"]


def test_custom_attributes(sakari_sandbox: Sakari) -> None:
    created = sakari_sandbox.attributes.create(
        "contacts", attributes=ContactAttributes.from_dict({"colour": "red", "size": 3})
    )
    assert (created.data.amount, created.data.below) == (2, 2)
    listed = sakari_sandbox.attributes.list("contacts").data
    assert {(attribute.name, attribute.data_type) for attribute in listed} == {("colour", "text"), ("size", "number")}
    assert sakari_sandbox.attributes.list("deals").data == []


def test_missing_or_forged_token_is_401(contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox) -> None:
    url = f"{contacts_sandbox_server.sakari_base_url}/accounts/a/contacts"
    assert httpx.get(url).status_code == 401
    forged = contacts_sandbox.sakari.issue_token("x").rsplit(".", 1)[0] + ".forged"
    answer = httpx.get(url, headers={"Authorization": f"Bearer {forged}"})
    assert answer.status_code == 401 and answer.json()["success"] is False


def test_wrong_client_secret_is_401(contacts_sandbox_server: SandboxServer) -> None:
    client = Sakari(
        client_id="sandbox-client",
        client_secret="wrong",
        account_id="a",
        base_url=contacts_sandbox_server.sakari_base_url,
    )
    with pytest.raises(errors.AuthenticationError, match="Unknown client id or secret"):
        client.contacts.list()


def test_expired_tokens_are_renewed_by_the_client(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> None:
    contacts_sandbox.sakari.token_ttl = 1
    client = Sakari(
        client_id="sandbox-client",
        client_secret="sandbox-secret",
        account_id="a",
        base_url=contacts_sandbox_server.sakari_base_url,
    )
    client.contacts.list()
    first_token = client._auth._token  # type: ignore[attr-defined]
    time.sleep(1.1)  # the token, valid for 1 s, has expired: the service would answer 401 to it
    client.contacts.list()
    assert client._auth._token not in (None, first_token)  # type: ignore[attr-defined]
    contacts_sandbox.sakari.token_ttl = 3600


def test_body_that_breaks_the_spec_is_422(contacts_sandbox_server: SandboxServer, sakari_sandbox: Sakari) -> None:
    token = sakari_sandbox._auth.sync_token(sakari_sandbox)  # type: ignore[attr-defined]
    answer = httpx.post(
        f"{contacts_sandbox_server.sakari_base_url}/accounts/a/contacts",
        json={"firstName": 7, "mobile": {"valid": "yes"}},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "VALIDATION"
    assert "body.firstName" in answer.json()["error"]["message"]
    with pytest.raises(ValueError, match="limit"):
        sakari_sandbox.contacts.list(limit=0)
    out_of_range = httpx.get(
        f"{contacts_sandbox_server.sakari_base_url}/accounts/a/contacts?limit=500",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert out_of_range.status_code == 422


# --- HighLevel --------------------------------------------------------------------------------------


def test_highlevel_lifecycle(highlevel_sandbox: HighLevel) -> None:
    created = highlevel_sandbox.contacts.create(first_name="Rosan", last_name="Deo", email="Rosan@Deos.com").contact
    assert created.email_lower_case == "rosan@deos.com"
    contact_id = str(created.id)
    assert highlevel_sandbox.contacts.get(contact_id).contact.first_name == "Rosan"
    updated = highlevel_sandbox.contacts.update(contact_id, tags=["vip"], phone="+1 888 888 8888")
    assert updated.succeeded and updated.contact.tags == ["vip"]
    assert highlevel_sandbox.tags.add(contact_id, tags=["a"]).tags == ["vip", "a"]
    assert highlevel_sandbox.tags.remove(contact_id, tags=["vip"]).tags == ["a"]
    assert highlevel_sandbox.contacts.find_duplicate(number="+18888888888").contact.id == contact_id
    assert highlevel_sandbox.contacts.find_duplicate(email="nobody@example.com").contact is None
    upserted = highlevel_sandbox.contacts.upsert(email="rosan@deos.com", city="Dolomite")
    assert upserted.new is False and upserted.contact.city == "Dolomite"
    assert highlevel_sandbox.contacts.delete(contact_id).succeeded
    with pytest.raises(highlevel_errors.NotFoundError):
        highlevel_sandbox.contacts.get(contact_id)


def test_duplicate_rule(highlevel_sandbox: HighLevel, contacts_sandbox: Sandbox) -> None:
    first = highlevel_sandbox.contacts.create(email="ann@example.com").contact
    with pytest.raises(highlevel_errors.BadRequestError) as caught:
        highlevel_sandbox.contacts.create(email="ANN@example.com", first_name="Again")
    assert caught.value.body.additional_properties["meta"]["contactId"] == first.id
    contacts_sandbox.configure(allow_duplicates=True)
    assert highlevel_sandbox.contacts.create(email="ann@example.com").contact.id != first.id


def test_location_id_and_version_are_required(contacts_sandbox_server: SandboxServer) -> None:
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/"
    auth = {"Authorization": f"Bearer {HIGHLEVEL_TOKEN}"}
    missing_location = httpx.post(url, json={"firstName": "A"}, headers={**auth, "Version": "2021-07-28"})
    assert missing_location.status_code == 422
    assert missing_location.json()["error"] == "Unprocessable Entity" and isinstance(
        missing_location.json()["message"], list
    )
    missing_version = httpx.post(url, json={"locationId": "l"}, headers=auth)
    assert missing_version.status_code == 400 and "Version" in missing_version.json()["message"]
    assert httpx.post(url, json={"locationId": "l"}, headers={"Version": "2021-07-28"}).status_code == 401


def test_nan_and_infinity_are_not_json(contacts_sandbox_server: SandboxServer) -> None:
    headers = {"Authorization": f"Bearer {HIGHLEVEL_TOKEN}", "Version": "2021-07-28"}
    headers["Content-Type"] = "application/json"
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/"
    for literal in ("NaN", "Infinity", "-Infinity"):
        body = '{"locationId": "l", "firstName": "A", "customFields": [{"id": "f", "value": ' + literal + "}]}"
        answer = httpx.post(url, content=body, headers=headers)
        assert answer.status_code == 422, literal
        assert "not valid JSON" in str(answer.json()["message"])


def test_search_and_deprecated_list_page_through_everything(highlevel_sandbox: HighLevel) -> None:
    for number in range(45):
        highlevel_sandbox.contacts.create(first_name=f"Person{number}", email=f"p{number}@example.com")
    found = highlevel_sandbox.contacts.search(page_limit=20, query="person")
    assert found.response.total == 45
    assert len({contact.id for contact in found}) == 45
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert len({contact.id for contact in highlevel_sandbox.contacts.list(limit=20)}) == 45


def test_search_past_ten_thousand_needs_search_after(highlevel_sandbox: HighLevel) -> None:
    with pytest.raises(highlevel_errors.BadRequestError, match="searchAfter"):
        highlevel_sandbox.contacts.search(page_limit=500, page=21)


# --- knobs ------------------------------------------------------------------------------------------


def test_rate_limit_answers_429_with_retry_after_and_headers(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer
) -> None:
    contacts_sandbox.configure(highlevel_rate_limit=RateLimit(3, 60.0))
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/search/duplicate?locationId=l&email=a@b.c"
    headers = {"Authorization": f"Bearer {HIGHLEVEL_TOKEN}", "Version": "2021-07-28"}
    answers = [httpx.get(url, headers=headers) for _ in range(4)]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert [answer.headers["x-ratelimit-remaining"] for answer in answers] == ["2", "1", "0", "0"]
    assert answers[0].headers["x-ratelimit-max"] == "3"
    assert answers[0].headers["x-ratelimit-interval-milliseconds"] == "60000"
    assert answers[0].headers["x-ratelimit-limit-daily"] == "200000"
    assert 1 <= int(answers[3].headers["retry-after"]) <= 60
    assert 0 < int(answers[3].headers["retry-after-ms"]) <= 60_000
    assert answers[3].json()["statusCode"] == 429


def test_client_paces_itself_under_the_announced_limit(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer
) -> None:
    contacts_sandbox.configure(highlevel_rate_limit=RateLimit(3, 0.3))
    statuses: list[int] = []
    http = httpx.Client(event_hooks={"response": [lambda response: statuses.append(response.status_code)]})
    client = HighLevel(
        token=HIGHLEVEL_TOKEN, location_id="l", base_url=contacts_sandbox_server.highlevel_base_url, http_client=http
    )
    result = client.contacts.bulk_create(
        ({"locationId": "l", "email": f"p{n}@example.com"} for n in range(10)), concurrency=3
    )
    assert len(result.succeeded) == 10 and not result.failed
    assert statuses == [201] * 10  # no 429: the client waited for each window instead


def test_highlevel_refuses_calls_past_the_daily_limit_with_429(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contacts_sandbox.highlevel, "daily_limit", 2)
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/search"
    headers = {"Authorization": f"Bearer {HIGHLEVEL_TOKEN}", "Version": "2021-07-28"}
    with httpx.Client() as http:
        answers = [http.post(url, headers=headers, json={"locationId": "l", "pageLimit": 1}) for _ in range(3)]
    assert [answer.status_code for answer in answers] == [200, 200, 429]
    assert [answer.headers["x-ratelimit-daily-remaining"] for answer in answers] == ["1", "0", "0"]
    assert int(answers[2].headers["retry-after"]) <= 24 * 3600


@pytest.mark.parametrize("concurrency", [1, 4])
def test_bulk_create_stops_sending_when_the_daily_limit_is_spent(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer, monkeypatch: pytest.MonkeyPatch, concurrency: int
) -> None:
    monkeypatch.setattr(contacts_sandbox.highlevel, "daily_limit", 6)
    statuses: list[int] = []
    http = httpx.Client(event_hooks={"response": [lambda response: statuses.append(response.status_code)]})
    with HighLevel(
        token=HIGHLEVEL_TOKEN, location_id="l", base_url=contacts_sandbox_server.highlevel_base_url, http_client=http
    ) as client:
        result = client.contacts.bulk_create(
            ({"locationId": "l", "email": f"p{n}@example.com"} for n in range(10)), concurrency=concurrency
        )
    assert statuses == [201] * 6  # the six calls the day allowed; none sent only to be refused
    assert len(result.succeeded) == 6 and not result.unknown
    assert len(result.not_created) == 4
    if concurrency == 1:
        assert [index for index, _ in result.not_created] == [6, 7, 8, 9]
    for _, error in result.not_created:
        assert isinstance(error, highlevel_errors.DailyLimitError) and error.limit == 6
        assert "X-RateLimit-Daily-Remaining" in str(error)
    assert len(contacts_sandbox.highlevel.locations["l"]) == 6


async def test_async_client_stops_at_the_daily_limit(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contacts_sandbox.highlevel, "daily_limit", 3)
    async with AsyncHighLevel(
        token=HIGHLEVEL_TOKEN, location_id="l", base_url=contacts_sandbox_server.highlevel_base_url
    ) as client:
        result = await client.contacts.bulk_create(
            [{"locationId": "l", "email": f"p{n}@example.com"} for n in range(5)], concurrency=2
        )
    assert len(result.succeeded) == 3
    assert [type(error).__name__ for _, error in result.not_created] == ["DailyLimitError"] * 2


def test_default_highlevel_rate_limit_is_the_documented_one() -> None:
    assert SandboxSettings().highlevel_rate_limit == RateLimit(100, 10.0)
    assert SandboxSettings().sakari_rate_limit is None


def test_injected_server_error_does_nothing(sakari_sandbox: Sakari, contacts_sandbox: Sandbox) -> None:
    sakari_sandbox.contacts.list()  # fetch the token first: the fault would answer that too
    faulty = sakari_sandbox.with_options(default_headers={"X-Sandbox-Fault": "503"}, max_retries=1)
    with pytest.raises(errors.InternalServerError):
        faulty.contacts.create(first_name="Never", mobile=Mobile(number="+15550100001"))
    assert list(sakari_sandbox.contacts.list()) == []


def test_dropped_connection_after_a_create_is_not_retried(sakari_sandbox: Sakari) -> None:
    sakari_sandbox.contacts.list()  # fetch the token first: the fault would cut that answer too
    dropping = sakari_sandbox.with_options(default_headers={"X-Sandbox-Fault": "drop"})
    with pytest.raises(errors.APIConnectionError):
        dropping.contacts.create(first_name="Once", mobile=Mobile(number="+15550100001"))
    assert [contact.first_name for contact in sakari_sandbox.contacts.list()] == ["Once"]  # created exactly once


def test_slow_body_and_malformed_json(sakari_sandbox: Sakari) -> None:
    _sakari_contact(sakari_sandbox, "Slow", "Body", "+15550100001")
    slow = sakari_sandbox.with_options(default_headers={"X-Sandbox-Fault": "slow-body"})
    assert slow.contacts.list().data[0].first_name == "Slow"
    broken = sakari_sandbox.with_options(default_headers={"X-Sandbox-Fault": "malformed-json"}, max_retries=0)
    with pytest.raises(errors.APIResponseValidationError, match="not JSON"):
        broken.contacts.list()


def test_latency_past_the_timeout_times_out(sakari_sandbox: Sakari) -> None:
    sakari_sandbox.contacts.list()  # fetch the token first
    late = sakari_sandbox.with_options(timeout=0.2, max_retries=0, default_headers={"X-Sandbox-Latency-Ms": "1500"})
    with pytest.raises(errors.APITimeoutError):
        late.contacts.list()


def test_integers_past_64_bits_are_served_and_parsed(sakari_sandbox: Sakari) -> None:
    big = ContactAttributes.from_dict({"big": 2**70 + 1})
    created = sakari_sandbox.contacts.create(first_name="Big", mobile=Mobile(number="+15550100001"), attributes=big)
    assert sakari_sandbox.contacts.get(str(created.data[0].id)).data.attributes["big"] == 2**70 + 1


def test_lone_surrogates_are_served_and_parsed(contacts_sandbox_server: SandboxServer, sakari_sandbox: Sakari) -> None:
    # msgspec will not encode a lone surrogate; the sandbox falls back to the standard library's escape
    token = sakari_sandbox._auth.sync_token(sakari_sandbox)  # type: ignore[attr-defined]
    answer = httpx.post(
        f"{contacts_sandbox_server.sakari_base_url}/accounts/a/contacts",
        content=b'{"firstName": "Zo\\ud800e", "mobile": {"number": "+15550100002"}}',
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    assert answer.status_code == 201
    assert b"Zo\\ud800e" in answer.content
    assert answer.json()["data"][0]["firstName"] == "Zo\ud800e"


def test_rate_limit_per_request_header(contacts_sandbox_server: SandboxServer) -> None:
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/search/duplicate?locationId=l&email=a@b.c"
    headers = {"Authorization": f"Bearer {HIGHLEVEL_TOKEN}", "Version": "2021-07-28", "X-Sandbox-Rate-Limit": "2/60"}
    assert [httpx.get(url, headers=headers).status_code for _ in range(3)] == [200, 200, 429]
    unlimited = {**headers, "X-Sandbox-Rate-Limit": "none"}
    assert httpx.get(url, headers=unlimited).status_code == 200
    assert "x-ratelimit-max" not in httpx.get(url, headers=unlimited).headers
