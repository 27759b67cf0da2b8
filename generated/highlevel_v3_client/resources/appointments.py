"""The ``appointments`` resource: Calendar appointments booked with a contact."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

from ..api.appointments import list_contact_appointments
from ..models.appointments_response import AppointmentsResponse

__all__ = [
    "AppointmentsResource",
    "AppointmentsResourceWithRawResponse",
    "AsyncAppointmentsResource",
    "AsyncAppointmentsResourceWithRawResponse",
]


class AppointmentsResource:
    """Calendar appointments booked with a contact."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AppointmentsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AppointmentsResourceWithRawResponse(self)

    def list(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AppointmentsResponse:
        """List the appointments of a contact.

        ``listContactAppointments``: ``GET /contacts/{contactId}/appointments``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AppointmentsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_contact_appointments.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, list_contact_appointments.parse_response, options)


class AppointmentsResourceWithRawResponse:
    """``AppointmentsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AppointmentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncAppointmentsResource:
    """Calendar appointments booked with a contact."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAppointmentsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncAppointmentsResourceWithRawResponse(self)

    async def list(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AppointmentsResponse:
        """List the appointments of a contact.

        ``listContactAppointments``: ``GET /contacts/{contactId}/appointments``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AppointmentsResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_contact_appointments.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, list_contact_appointments.parse_response, options)


class AsyncAppointmentsResourceWithRawResponse:
    """``AsyncAppointmentsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncAppointmentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
