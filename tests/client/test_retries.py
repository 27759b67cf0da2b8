"""Retries with backoff, Retry-After, and the rule that a create is never sent twice."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
import respx
from highlevel_client import HighLevel
from sakari_client import Sakari, errors

from .conftest import Service, sample

LIST_OK = httpx.Response(200, json=sample("sakari_list_contacts_response"))
CREATE_OK = httpx.Response(201, json=sample("sakari_create_contact_response"))


def _unavailable(headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(503, json={"success": False, "error": {"code": "SYS", "message": "down"}}, headers=headers)


def test_503_then_success(sakari: Sakari, service: Service, sleeps: list[float]) -> None:
    service.answers = [_unavailable(), LIST_OK]
    assert sakari.contacts.list().data
    assert len(service.api_requests()) == 2
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


def test_backoff_doubles_with_jitter_until_retries_run_out(
    sakari: Sakari, service: Service, sleeps: list[float]
) -> None:
    service.answers = [_unavailable() for _ in range(6)]
    with pytest.raises(errors.InternalServerError):
        sakari.with_options(max_retries=5).contacts.list()
    assert len(service.api_requests()) == 6
    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0]
    assert all(0.75 * ceiling <= slept <= ceiling for slept, ceiling in zip(sleeps, ceilings, strict=True))


def test_backoff_is_capped_at_eight_seconds(sakari: Sakari, service: Service, sleeps: list[float]) -> None:
    service.answers = [_unavailable() for _ in range(8)]
    with pytest.raises(errors.InternalServerError):
        sakari.with_options(max_retries=7).contacts.list()
    assert max(sleeps) <= 8.0 and sleeps[-1] >= 6.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.25"}, 0.25),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "200", "retry-after": "9"}, 0.2),
    ],
)
def test_429_honours_retry_after(
    sakari: Sakari, service: Service, sleeps: list[float], headers: dict[str, str], expected: float
) -> None:
    service.answers = [httpx.Response(429, headers=headers, json={}), LIST_OK]
    sakari.contacts.list()
    assert sleeps == [expected]


def test_retry_after_as_http_date(sakari: Sakari, service: Service, sleeps: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    service.answers = [httpx.Response(429, headers={"retry-after": when}, json={}), LIST_OK]
    sakari.contacts.list()
    assert 8.0 <= sleeps[0] <= 10.0


def test_retry_after_beyond_max_wait_surfaces_the_rate_limit_error(
    sakari: Sakari, service: Service, sleeps: list[float]
) -> None:
    service.answers = [httpx.Response(429, headers={"retry-after": "3600"}, json={}), LIST_OK]
    with pytest.raises(errors.RateLimitError):
        sakari.contacts.list()
    assert sleeps == []
    assert len(service.api_requests()) == 1


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 520])
def test_retried_statuses_for_idempotent_calls(sakari: Sakari, service: Service, status: int) -> None:
    service.answers = [httpx.Response(status, json={}), LIST_OK]
    sakari.contacts.list()
    assert len(service.api_requests()) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(sakari: Sakari, service: Service, status: int) -> None:
    service.default = lambda request: httpx.Response(status, json={})
    with pytest.raises(errors.APIStatusError):
        sakari.contacts.update("c-1", first_name="A")
    expected = 2 if status == 401 else 1  # a 401 renews the token once
    assert len(service.api_requests()) == expected


def test_timeout_on_get_is_retried(sakari: Sakari, service: Service) -> None:
    service.answers = [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), LIST_OK]
    assert sakari.contacts.list().data
    assert len(service.api_requests()) == 3


# --- creates: retried only when the service cannot have acted on the request -----------------------


def test_create_is_retried_after_a_connection_failure_before_sending(sakari: Sakari, service: Service) -> None:
    service.answers = [httpx.ConnectError("refused"), httpx.ConnectTimeout("no route"), CREATE_OK]
    assert sakari.contacts.create(first_name="Ann").data
    assert len(service.api_requests()) == 3


def test_create_is_retried_after_429(sakari: Sakari, service: Service) -> None:
    service.answers = [httpx.Response(429, json={}, headers={"retry-after": "1"}), CREATE_OK]
    sakari.contacts.create(first_name="Ann")
    assert len(service.api_requests()) == 2


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("sent, no answer"), httpx.ReadError("reset after sending"), httpx.RemoteProtocolError("closed")],
)
def test_create_is_not_retried_once_it_may_have_been_sent(sakari: Sakari, service: Service, failure: Exception) -> None:
    service.answers = [failure, CREATE_OK]
    with pytest.raises(errors.APIConnectionError):
        sakari.contacts.create(first_name="Ann")
    assert len(service.api_requests()) == 1


@pytest.mark.parametrize("status", [500, 503, 408, 409])
def test_create_is_not_retried_after_a_server_error(sakari: Sakari, service: Service, status: int) -> None:
    service.answers = [httpx.Response(status, json={}), CREATE_OK]
    with pytest.raises(errors.APIStatusError) as caught:
        sakari.contacts.create(first_name="Ann")
    assert caught.value.status_code == status
    assert len(service.api_requests()) == 1


def test_highlevel_create_follows_the_same_rule(highlevel: HighLevel, service: Service) -> None:
    service.answers = [httpx.Response(502, json={})]
    with pytest.raises(Exception) as caught:
        highlevel.contacts.create()
    assert caught.value.status_code == 502  # type: ignore[attr-defined]
    assert len(service.requests) == 1


def test_max_retries_zero_sends_once(sakari: Sakari, service: Service) -> None:
    service.answers = [_unavailable(), LIST_OK]
    with pytest.raises(errors.InternalServerError):
        sakari.with_options(max_retries=0).contacts.list()
    assert len(service.api_requests()) == 1


@respx.mock(assert_all_called=True)
def test_retries_through_respx(respx_mock: respx.MockRouter) -> None:
    respx_mock.post("https://api.sakari.io/oauth2/token").respond(200, json={"access_token": "x", "expires_in": 60})
    route = respx_mock.get("https://api.sakari.io/v1/accounts/a/contacts").mock(
        side_effect=[httpx.Response(503), httpx.Response(429, headers={"retry-after": "0"}), LIST_OK]
    )
    client = Sakari(client_id="i", client_secret="s", account_id="a")
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    assert client.contacts.list().data
    assert route.call_count == 3


# --- upsert: resent only when it can only update ----------------------------------------------------

UPSERT_OK = httpx.Response(200, json={"new": False, "contact": {"id": "c1"}, "traceId": "t"})


@pytest.mark.parametrize(
    ("fields", "resent"),
    [
        ({"email": "ann@example.com"}, True),  # matches on the e-mail: a second call updates the same contact
        ({"phone": "+15550100"}, True),
        ({"email": "ann@example.com", "create_new_if_duplicate_allowed": True}, False),  # creates on a duplicate
        ({"first_name": "Ann"}, False),  # nothing to match on: every call creates
        ({"email": "", "phone": None}, False),
    ],
)
def test_upsert_is_resent_only_when_it_cannot_create(
    highlevel: HighLevel, service: Service, fields: dict[str, object], resent: bool
) -> None:
    service.answers = [httpx.ReadTimeout("sent, no answer"), UPSERT_OK]
    if resent:
        assert highlevel.contacts.upsert(**fields).contact.id == "c1"  # type: ignore[arg-type,union-attr]
        assert len(service.requests) == 2
    else:
        with pytest.raises(errors.APIConnectionError):
            highlevel.contacts.upsert(**fields)  # type: ignore[arg-type]
        assert len(service.requests) == 1
