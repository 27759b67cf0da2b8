"""Every failure surfaces as one typed error of the tree, whatever the body looks like."""

from __future__ import annotations

import httpx
import pytest
from highlevel_client import HighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_client.models import BadRequestErrorBody as BadRequestBody
from highlevel_client.models import UnprocessableEntityErrorBody as UnprocessableBody
from sakari_client import Sakari, errors
from sakari_client.models import ErrorResponse

from .conftest import Service, sample

SAKARI_ERROR = {"success": False, "error": {"code": "CONT-001", "message": "Invalid mobile number"}}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (520, errors.InternalServerError),
        (499, errors.APIStatusError),
        (418, errors.APIStatusError),
    ],
)
def test_status_maps_to_its_error(sakari: Sakari, service: Service, status: int, error_class: type) -> None:
    service.default = lambda request: httpx.Response(status, json=SAKARI_ERROR, headers={"x-request-id": "req-1"})
    with pytest.raises(error_class) as caught:
        sakari.with_options(max_retries=0).contacts.update("c-1", first_name="A")
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.APIError)
    assert error.status_code == status
    assert error.code == "CONT-001"
    hint = " (a renewed token was refused too: " if status == 401 else ""
    assert error.message.startswith(f"Error code: {status} - Invalid mobile number{hint}")
    assert error.request_id == "req-1"
    assert isinstance(error.body, ErrorResponse)
    assert error.body.error.message == "Invalid mobile number"
    assert error.response.status_code == status


@pytest.mark.parametrize(
    "content",
    [b"", b"<html><body>Bad gateway</body></html>", b"{not json", b'"just a string"', b'{"success": "no"}'],
)
def test_bodies_that_are_not_the_documented_error_still_give_the_typed_error(
    sakari: Sakari, service: Service, content: bytes
) -> None:
    service.default = lambda request: httpx.Response(502, content=content, headers={"content-type": "text/html"})
    with pytest.raises(errors.InternalServerError) as caught:
        sakari.with_options(max_retries=0).contacts.list()
    assert caught.value.status_code == 502
    assert caught.value.message == "Error code: 502 - Bad Gateway"
    assert caught.value.code is None
    assert not isinstance(caught.value.body, ErrorResponse)


def test_unknown_status_without_reason(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(599, content=b"")
    with pytest.raises(errors.InternalServerError, match="Error code: 599"):
        sakari.with_options(max_retries=0).contacts.list()


def test_highlevel_error_bodies(highlevel: HighLevel, service: Service) -> None:
    service.answers = [
        httpx.Response(422, json=sample("highlevel_error_422")),
        httpx.Response(400, json=sample("highlevel_error_400")),
        httpx.Response(403, json={"statusCode": 403, "message": "The token is not authorized for this scope."}),
    ]
    with pytest.raises(highlevel_errors.UnprocessableEntityError) as unprocessable:
        highlevel.contacts.create()
    assert isinstance(unprocessable.value.body, UnprocessableBody)
    assert unprocessable.value.message == "Error code: 422 - Unprocessable Entity"
    with pytest.raises(highlevel_errors.BadRequestError) as bad:
        highlevel.contacts.create()
    assert isinstance(bad.value.body, BadRequestBody)
    with pytest.raises(highlevel_errors.PermissionDeniedError) as denied:
        highlevel.contacts.create()
    assert denied.value.body == {"statusCode": 403, "message": "The token is not authorized for this scope."}
    assert denied.value.message.endswith("not authorized for this scope.")


def test_highlevel_message_list_is_joined(highlevel: HighLevel, service: Service) -> None:
    service.answers = [
        httpx.Response(422, json={"statusCode": 422, "message": ["email must be an email", "phone is bad"]})
    ]
    with pytest.raises(highlevel_errors.UnprocessableEntityError, match="email must be an email; phone is bad"):
        highlevel.contacts.create()


def test_success_body_that_breaks_the_spec(sakari: Sakari, service: Service) -> None:
    body = sample("sakari_list_contacts_response")
    body["data"][0]["mobile"]["valid"] = "yes"
    service.default = lambda request: httpx.Response(200, json=body)
    with pytest.raises(errors.APIResponseValidationError) as caught:
        sakari.contacts.list()
    assert caught.value.json_path == "$.data[0].mobile.valid"
    assert caught.value.status_code == 200


def test_undocumented_success_status_is_parsed(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(202, json=sample("sakari_create_contact_response"))
    result = sakari.contacts.create(first_name="Ann")
    assert result.data[0].first_name == "Chris"


def test_connection_failure_and_timeout(service: Service, sakari: Sakari) -> None:
    service.answers = [httpx.ConnectError("refused")]
    with pytest.raises(errors.APIConnectionError) as refused:
        sakari.with_options(max_retries=0).contacts.list()
    assert not isinstance(refused.value, errors.APITimeoutError)
    assert isinstance(refused.value.__cause__, httpx.ConnectError)
    service.answers = [httpx.ReadTimeout("slow")]
    with pytest.raises(errors.APITimeoutError):
        sakari.with_options(max_retries=0).contacts.list()


@pytest.mark.parametrize(
    ("old", "new"),
    [("BadRequestError", "BadRequestErrorBody"), ("UnprocessableEntityError", "UnprocessableEntityErrorBody")],
)
def test_error_body_models_no_longer_share_an_exception_name(old: str, new: str) -> None:
    from highlevel_client import errors as package_errors
    from highlevel_client import models

    assert hasattr(package_errors, old) and new in models.__all__ and old not in models.__all__
    with pytest.warns(DeprecationWarning, match=f"{old} is now {new}"):
        assert getattr(models, old) is getattr(models, new)
    with pytest.raises(AttributeError):
        models.NoSuchModel  # type: ignore[attr-defined]  # noqa: B018
