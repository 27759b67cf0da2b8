"""The ``campaigns`` resource: Putting a contact in campaigns and taking it out."""

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

from ..api.campaigns import add_to_campaign, remove_from_all_campaigns, remove_from_campaign
from ..models.campaign_enrollment_request import CampaignEnrollmentRequest
from ..models.succeeded_response import SucceededResponse

__all__ = [
    "AsyncCampaignsResource",
    "AsyncCampaignsResourceWithRawResponse",
    "CampaignsResource",
    "CampaignsResourceWithRawResponse",
]


class CampaignsResource:
    """Putting a contact in campaigns and taking it out."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CampaignsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return CampaignsResourceWithRawResponse(self)

    def add(
        self,
        contact_id: str,
        campaign_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Add a contact to a campaign.

        ``addToCampaign``: ``POST /contacts/{contactId}/campaigns/{campaignId}``.
        Sends ``{}`` as its body (``CampaignEnrollmentRequest`` has no fields), as the service requires.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            contact_id: Identifier of the contact.
            campaign_id: Identifier of the campaign.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = CampaignEnrollmentRequest()
        request = add_to_campaign.build_request(
            contact_id=contact_id,
            campaign_id=campaign_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, add_to_campaign.parse_response, options)

    def remove(
        self,
        contact_id: str,
        campaign_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Remove a contact from a campaign.

        ``removeFromCampaign``: ``DELETE /contacts/{contactId}/campaigns/{campaignId}``.

        Args:
            contact_id: Identifier of the contact.
            campaign_id: Identifier of the campaign.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = remove_from_campaign.build_request(
            contact_id=contact_id,
            campaign_id=campaign_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, remove_from_campaign.parse_response, options)

    def remove_all(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Remove a contact from every campaign.

        ``removeFromAllCampaigns``: ``DELETE /contacts/{contactId}/campaigns/remove-all``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = remove_from_all_campaigns.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, remove_from_all_campaigns.parse_response, options)


class CampaignsResourceWithRawResponse:
    """``CampaignsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: CampaignsResource) -> None:
        self.add = to_raw_response_wrapper(resource.add)
        self.remove = to_raw_response_wrapper(resource.remove)
        self.remove_all = to_raw_response_wrapper(resource.remove_all)


class AsyncCampaignsResource:
    """Putting a contact in campaigns and taking it out."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCampaignsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncCampaignsResourceWithRawResponse(self)

    async def add(
        self,
        contact_id: str,
        campaign_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Add a contact to a campaign.

        ``addToCampaign``: ``POST /contacts/{contactId}/campaigns/{campaignId}``.
        Sends ``{}`` as its body (``CampaignEnrollmentRequest`` has no fields), as the service requires.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            contact_id: Identifier of the contact.
            campaign_id: Identifier of the campaign.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = CampaignEnrollmentRequest()
        request = add_to_campaign.build_request(
            contact_id=contact_id,
            campaign_id=campaign_id,
            body=body,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, add_to_campaign.parse_response, options)

    async def remove(
        self,
        contact_id: str,
        campaign_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Remove a contact from a campaign.

        ``removeFromCampaign``: ``DELETE /contacts/{contactId}/campaigns/{campaignId}``.

        Args:
            contact_id: Identifier of the contact.
            campaign_id: Identifier of the campaign.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = remove_from_campaign.build_request(
            contact_id=contact_id,
            campaign_id=campaign_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, remove_from_campaign.parse_response, options)

    async def remove_all(
        self,
        contact_id: str,
        *,
        version: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SucceededResponse:
        """Remove a contact from every campaign.

        ``removeFromAllCampaigns``: ``DELETE /contacts/{contactId}/campaigns/remove-all``.

        Args:
            contact_id: Identifier of the contact.
            version: API version the call is written against. Defaults to the client's `version`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SucceededResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = remove_from_all_campaigns.build_request(
            contact_id=contact_id,
            version=self._client.option("version", version),
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, remove_from_all_campaigns.parse_response, options)


class AsyncCampaignsResourceWithRawResponse:
    """``AsyncCampaignsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncCampaignsResource) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)
        self.remove_all = async_to_raw_response_wrapper(resource.remove_all)
