"""The ``campaigns`` resource: Reusable sends with a contact filter, a template and a trigger."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from contacts_runtime import (
    AsyncAPIClient,
    AsyncPaginator,
    OffsetPaging,
    RequestOptions,
    SyncAPIClient,
    SyncPage,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from contacts_runtime._arguments import resolve_body

from ..api.campaigns import create_campaign, delete_campaign, get_campaign, list_campaigns, update_campaign
from ..models.campaign import Campaign
from ..models.campaign_filters import CampaignFilters
from ..models.campaign_reporting import CampaignReporting
from ..models.campaign_request import CampaignRequest
from ..models.campaign_response import CampaignResponse
from ..models.campaign_trigger import CampaignTrigger
from ..models.campaigns_response import CampaignsResponse
from ..models.success_response import SuccessResponse
from ..params import CampaignFiltersParam, CampaignReportingParam, CampaignRequestParam, CampaignTriggerParam
from ..types import UNSET, Unset

__all__ = [
    "AsyncCampaignsResource",
    "AsyncCampaignsResourceWithRawResponse",
    "CampaignsResource",
    "CampaignsResourceWithRawResponse",
]

_LIST_PAGING = OffsetPaging(
    items="data",
    offset_param="offset",
    offset_argument="offset",
    meta="pagination",
    has_next="has_next",
    total="total_count",
    wire={"items": "data", "meta": "pagination", "has-next": "hasNext", "total": "totalCount"},
)


class CampaignsResource:
    """Reusable sends with a contact filter, a template and a trigger."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CampaignsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return CampaignsResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[CampaignsResponse, Campaign]:
        """List campaigns.

        ``listCampaigns``: ``GET /accounts/{accountId}/campaigns``.
        Returns the first page; iterate it (``for item in ...``) for every item of every page.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            name: Keeps the records whose name contains this value.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SyncPage[CampaignsResponse, Campaign]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_campaigns.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            name=name,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_campaigns.parse_response, options)

    def create(
        self,
        *,
        account_id: str | None = None,
        body: CampaignRequest | CampaignRequestParam | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | CampaignTriggerParam | Unset = UNSET,
        filters: CampaignFilters | CampaignFiltersParam | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | CampaignReportingParam | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CampaignResponse:
        """Create a campaign.

        ``createCampaign``: ``POST /accounts/{accountId}/campaigns``.
        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `CampaignRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            trigger: What starts a campaign.
            filters: Who a campaign reaches. Unlike a send's filters, Sakari's description types each attribute
                condition here as a string.
            template: The text the campaign sends, with placeholders.
            reporting: When a campaign reports (only in Sakari's samples, which send `NoReport`).
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CampaignResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CampaignRequest,
            body,
            {
                "name": name,
                "trigger": trigger,
                "filters": filters,
                "template": template,
                "reporting": reporting,
            },
            required=(),
            nested={"trigger": CampaignTrigger, "filters": CampaignFilters, "reporting": CampaignReporting},
        )
        request = create_campaign.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, create_campaign.parse_response, options)

    def get(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CampaignResponse:
        """Get a campaign.

        ``getCampaign``: ``GET /accounts/{accountId}/campaigns/{campaignId}``.

        Args:
            campaign_id: Identifier of the campaign.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CampaignResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_campaign.build_request(
            account_id=self._client.option("account_id", account_id),
            campaign_id=campaign_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, get_campaign.parse_response, options)

    def update(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        body: CampaignRequest | CampaignRequestParam | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | CampaignTriggerParam | Unset = UNSET,
        filters: CampaignFilters | CampaignFiltersParam | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | CampaignReportingParam | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CampaignResponse:
        """Update a campaign.

        ``updateCampaign``: ``PUT /accounts/{accountId}/campaigns/{campaignId}``.
        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.

        Args:
            campaign_id: Identifier of the campaign.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `CampaignRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            trigger: What starts a campaign.
            filters: Who a campaign reaches. Unlike a send's filters, Sakari's description types each attribute
                condition here as a string.
            template: The text the campaign sends, with placeholders.
            reporting: When a campaign reports (only in Sakari's samples, which send `NoReport`).
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CampaignResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CampaignRequest,
            body,
            {
                "name": name,
                "trigger": trigger,
                "filters": filters,
                "template": template,
                "reporting": reporting,
            },
            required=(),
            nested={"trigger": CampaignTrigger, "filters": CampaignFilters, "reporting": CampaignReporting},
        )
        request = update_campaign.build_request(
            account_id=self._client.option("account_id", account_id),
            campaign_id=campaign_id,
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, update_campaign.parse_response, options)

    def delete(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SuccessResponse:
        """Delete a campaign.

        ``deleteCampaign``: ``DELETE /accounts/{accountId}/campaigns/{campaignId}``.

        Args:
            campaign_id: Identifier of the campaign.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SuccessResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_campaign.build_request(
            account_id=self._client.option("account_id", account_id),
            campaign_id=campaign_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.request(request, delete_campaign.parse_response, options)


class CampaignsResourceWithRawResponse:
    """``CampaignsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: CampaignsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncCampaignsResource:
    """Reusable sends with a contact filter, a template and a trigger."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCampaignsResourceWithRawResponse:
        """The same methods, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncCampaignsResourceWithRawResponse(self)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[CampaignsResponse, Campaign]:
        """List campaigns.

        ``listCampaigns``: ``GET /accounts/{accountId}/campaigns``.
        Returns the first page; iterate it (``async for item in ...``) for every item of every page.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            offset: Number of results to skip when paging through a result set. (at least 0)
            limit: Largest number of results to return in one page. (1 to 100)
            name: Keeps the records whose name contains this value.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``AsyncPaginator[CampaignsResponse, Campaign]``: iterate it for every item of every page.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = list_campaigns.build_request(
            account_id=self._client.option("account_id", account_id),
            offset=offset,
            limit=limit,
            name=name,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.get_page(_LIST_PAGING, request, list_campaigns.parse_response, options)

    async def create(
        self,
        *,
        account_id: str | None = None,
        body: CampaignRequest | CampaignRequestParam | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | CampaignTriggerParam | Unset = UNSET,
        filters: CampaignFilters | CampaignFiltersParam | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | CampaignReportingParam | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CampaignResponse:
        """Create a campaign.

        ``createCampaign``: ``POST /accounts/{accountId}/campaigns``.
        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        Not idempotent: never resent once the request may have reached the service.

        Args:
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `CampaignRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            trigger: What starts a campaign.
            filters: Who a campaign reaches. Unlike a send's filters, Sakari's description types each attribute
                condition here as a string.
            template: The text the campaign sends, with placeholders.
            reporting: When a campaign reports (only in Sakari's samples, which send `NoReport`).
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CampaignResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CampaignRequest,
            body,
            {
                "name": name,
                "trigger": trigger,
                "filters": filters,
                "template": template,
                "reporting": reporting,
            },
            required=(),
            nested={"trigger": CampaignTrigger, "filters": CampaignFilters, "reporting": CampaignReporting},
        )
        request = create_campaign.build_request(
            account_id=self._client.option("account_id", account_id),
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, create_campaign.parse_response, options)

    async def get(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CampaignResponse:
        """Get a campaign.

        ``getCampaign``: ``GET /accounts/{accountId}/campaigns/{campaignId}``.

        Args:
            campaign_id: Identifier of the campaign.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CampaignResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = get_campaign.build_request(
            account_id=self._client.option("account_id", account_id),
            campaign_id=campaign_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, get_campaign.parse_response, options)

    async def update(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        body: CampaignRequest | CampaignRequestParam | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | CampaignTriggerParam | Unset = UNSET,
        filters: CampaignFilters | CampaignFiltersParam | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | CampaignReportingParam | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CampaignResponse:
        """Update a campaign.

        ``updateCampaign``: ``PUT /accounts/{accountId}/campaigns/{campaignId}``.
        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.

        Args:
            campaign_id: Identifier of the campaign.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            body: the whole body: a `CampaignRequest` or its JSON form (a dict); or give its fields as keywords
            name: ``name`` as the service names it
            trigger: What starts a campaign.
            filters: Who a campaign reaches. Unlike a send's filters, Sakari's description types each attribute
                condition here as a string.
            template: The text the campaign sends, with placeholders.
            reporting: When a campaign reports (only in Sakari's samples, which send `NoReport`).
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``CampaignResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        body = resolve_body(
            CampaignRequest,
            body,
            {
                "name": name,
                "trigger": trigger,
                "filters": filters,
                "template": template,
                "reporting": reporting,
            },
            required=(),
            nested={"trigger": CampaignTrigger, "filters": CampaignFilters, "reporting": CampaignReporting},
        )
        request = update_campaign.build_request(
            account_id=self._client.option("account_id", account_id),
            campaign_id=campaign_id,
            body=body,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, update_campaign.parse_response, options)

    async def delete(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SuccessResponse:
        """Delete a campaign.

        ``deleteCampaign``: ``DELETE /accounts/{accountId}/campaigns/{campaignId}``.

        Args:
            campaign_id: Identifier of the campaign.
            account_id: Account the operation applies to. Defaults to the client's `account_id`.
            extra_headers: headers added to this call (``None`` as a value removes one).
            extra_query: query parameters added to this call.
            extra_body: JSON body fields added to this call (for what the spec does not know).
            timeout: this call's timeout, instead of the client's.

        Returns:
            ``SuccessResponse``.

        Raises:
            ValueError: an argument the spec does not allow (``ArgumentError`` names it); nothing is sent.
            APIStatusError: the service answered an error status (a subclass per status).
            APIConnectionError: no answer came (``APITimeoutError`` when it took too long).
            APIResponseValidationError: the answer is not JSON (in strict mode: or it leaves the spec).
        """

        request = delete_campaign.build_request(
            account_id=self._client.option("account_id", account_id),
            campaign_id=campaign_id,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return await self._client.request(request, delete_campaign.parse_response, options)


class AsyncCampaignsResourceWithRawResponse:
    """``AsyncCampaignsResource``'s methods, each answering with its ``RawResponse``."""

    def __init__(self, resource: AsyncCampaignsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
