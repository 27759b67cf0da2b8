"""The Sakari client: one resource per tag of the spec, one method per operation."""

from __future__ import annotations

import builtins
import copy
import datetime
import io
import os
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self, TypeVar
from urllib.parse import urljoin

import httpx

from . import errors
from ._auth import ClientCredentials
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, RawResponse, SyncAPIClient
from ._pagination import AsyncPage, AsyncPaginator, SyncPage, next_offset, offset_plan
from .api.attributes import create_attribute, list_attributes
from .api.campaigns import create_campaign, delete_campaign, get_campaign, list_campaigns, update_campaign
from .api.contacts import create_contact, delete_contact, get_contact, list_contacts, update_contact
from .api.conversations import close_conversation, get_conversation, list_conversations
from .api.messages import get_message, list_messages, send_message
from .api.templates import create_template, delete_template, get_template, list_templates, update_template
from .api.webhooks import list_webhooks, subscribe_webhook
from .models.attribute_created_response import AttributeCreatedResponse
from .models.attribute_type import AttributeType
from .models.attributes_response import AttributesResponse
from .models.campaign import Campaign
from .models.campaign_filters import CampaignFilters
from .models.campaign_reporting import CampaignReporting
from .models.campaign_request import CampaignRequest
from .models.campaign_response import CampaignResponse
from .models.campaign_trigger import CampaignTrigger
from .models.campaigns_response import CampaignsResponse
from .models.change_stamp import ChangeStamp
from .models.contact import Contact
from .models.contact_attributes import ContactAttributes
from .models.contact_error import ContactError
from .models.contact_import_response import ContactImportResponse
from .models.contact_list import ContactList
from .models.contact_request import ContactRequest
from .models.contact_response import ContactResponse
from .models.contacts_response import ContactsResponse
from .models.conversation import Conversation
from .models.conversation_response import ConversationResponse
from .models.conversations_response import ConversationsResponse
from .models.integration_link import IntegrationLink
from .models.media_link import MediaLink
from .models.merge_strategy import MergeStrategy
from .models.message import Message
from .models.message_filters import MessageFilters
from .models.message_response import MessageResponse
from .models.message_type import MessageType
from .models.messages_response import MessagesResponse
from .models.mobile import Mobile
from .models.send_messages_request import SendMessagesRequest
from .models.send_messages_response import SendMessagesResponse
from .models.success_response import SuccessResponse
from .models.tag import Tag
from .models.template import Template
from .models.template_request import TemplateRequest
from .models.template_response import TemplateResponse
from .models.template_type import TemplateType
from .models.templates_response import TemplatesResponse
from .models.webhook_request import WebhookRequest
from .models.webhook_response import WebhookResponse
from .models.webhooks_response import WebhooksResponse
from .types import UNSET, File, Unset

__all__ = ["AsyncSakari", "Sakari"]

DEFAULT_BASE_URL = "https://api.sakari.io/v1"
ResultT = TypeVar("ResultT")


def _setting(value: str | None, variable: str) -> str | None:
    return value if value is not None else os.environ.get(variable)


def _read_payload(file: str | os.PathLike[str] | bytes | BinaryIO) -> bytes:
    if isinstance(file, bytes):
        return file
    if isinstance(file, str | os.PathLike):
        return Path(file).read_bytes()
    return file.read()


def _expect(result: object, expected: type[ResultT], response: httpx.Response) -> ResultT:
    """The parsed answer, checked to be the model the facade method promises."""
    if not isinstance(result, expected):
        raise errors.APIResponseValidationError(response, errors.DecodeError(f"a {expected.__name__} object", result))
    return result


def _credential(value: str | None, argument: str, variable: str) -> str:
    resolved = _setting(value, variable)
    if not resolved:
        raise ValueError(f"Sakari needs `{argument}`: pass {argument}= or set {variable}")
    return resolved


class AttributesResource:
    """Operations tagged ``attributes``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AttributesResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AttributesResourceWithRawResponse(self._client)

    def list(
        self,
        attribute_type: AttributeType | str,
        *,
        account_id: str | None = None,
    ) -> AttributesResponse:
        """List custom attributes.

        ``account_id`` defaults to the client's.
        """

        spec = list_attributes._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            attribute_type=AttributeType(attribute_type),
        )
        response = self._client.request(spec, list_attributes._parse_response, idempotent=True)
        return _expect(list_attributes._parse_response(response), AttributesResponse, response)

    def create(
        self,
        attribute_type: AttributeType | str,
        *,
        account_id: str | None = None,
        body: Contact | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        lists: builtins.list[ContactList] | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
        opt_in: datetime.datetime | Unset = UNSET,
        blocked: datetime.datetime | Unset = UNSET,
        activecampaign: IntegrationLink | Unset = UNSET,
        hubspot: IntegrationLink | Unset = UNSET,
        pipedrive: IntegrationLink | Unset = UNSET,
        valid: bool | Unset = UNSET,
        error: ContactError | Unset = UNSET,
        created: ChangeStamp | Unset = UNSET,
        updated: ChangeStamp | Unset = UNSET,
    ) -> AttributeCreatedResponse:
        """Create custom attribute.

        Give the body as ``body=`` (a ``Contact``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = Contact(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                lists=lists,
                attributes=attributes,
                tags=tags,
                opt_in=opt_in,
                blocked=blocked,
                activecampaign=activecampaign,
                hubspot=hubspot,
                pipedrive=pipedrive,
                valid=valid,
                error=error,
                created=created,
                updated=updated,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                lists,
                attributes,
                tags,
                opt_in,
                blocked,
                activecampaign,
                hubspot,
                pipedrive,
                valid,
                error,
                created,
                updated,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_attribute._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            attribute_type=AttributeType(attribute_type),
            body=body,
        )
        response = self._client.request(spec, create_attribute._parse_response, idempotent=False)
        return _expect(create_attribute._parse_response(response), AttributeCreatedResponse, response)


class AttributesResourceWithRawResponse:
    """Operations tagged ``attributes``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        attribute_type: AttributeType | str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[AttributesResponse]:
        """List custom attributes.

        ``account_id`` defaults to the client's.
        """

        spec = list_attributes._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            attribute_type=AttributeType(attribute_type),
        )
        response = self._client.request(spec, list_attributes._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_attributes._parse_response(answer), AttributesResponse, answer)
        )

    def create(
        self,
        attribute_type: AttributeType | str,
        *,
        account_id: str | None = None,
        body: Contact | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        lists: builtins.list[ContactList] | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
        opt_in: datetime.datetime | Unset = UNSET,
        blocked: datetime.datetime | Unset = UNSET,
        activecampaign: IntegrationLink | Unset = UNSET,
        hubspot: IntegrationLink | Unset = UNSET,
        pipedrive: IntegrationLink | Unset = UNSET,
        valid: bool | Unset = UNSET,
        error: ContactError | Unset = UNSET,
        created: ChangeStamp | Unset = UNSET,
        updated: ChangeStamp | Unset = UNSET,
    ) -> RawResponse[AttributeCreatedResponse]:
        """Create custom attribute.

        Give the body as ``body=`` (a ``Contact``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = Contact(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                lists=lists,
                attributes=attributes,
                tags=tags,
                opt_in=opt_in,
                blocked=blocked,
                activecampaign=activecampaign,
                hubspot=hubspot,
                pipedrive=pipedrive,
                valid=valid,
                error=error,
                created=created,
                updated=updated,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                lists,
                attributes,
                tags,
                opt_in,
                blocked,
                activecampaign,
                hubspot,
                pipedrive,
                valid,
                error,
                created,
                updated,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_attribute._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            attribute_type=AttributeType(attribute_type),
            body=body,
        )
        response = self._client.request(spec, create_attribute._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_attribute._parse_response(answer), AttributeCreatedResponse, answer)
        )


class AsyncAttributesResource:
    """Operations tagged ``attributes``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAttributesResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncAttributesResourceWithRawResponse(self._client)

    async def list(
        self,
        attribute_type: AttributeType | str,
        *,
        account_id: str | None = None,
    ) -> AttributesResponse:
        """List custom attributes.

        ``account_id`` defaults to the client's.
        """

        spec = list_attributes._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            attribute_type=AttributeType(attribute_type),
        )
        response = await self._client.request(spec, list_attributes._parse_response, idempotent=True)
        return _expect(list_attributes._parse_response(response), AttributesResponse, response)

    async def create(
        self,
        attribute_type: AttributeType | str,
        *,
        account_id: str | None = None,
        body: Contact | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        lists: builtins.list[ContactList] | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
        opt_in: datetime.datetime | Unset = UNSET,
        blocked: datetime.datetime | Unset = UNSET,
        activecampaign: IntegrationLink | Unset = UNSET,
        hubspot: IntegrationLink | Unset = UNSET,
        pipedrive: IntegrationLink | Unset = UNSET,
        valid: bool | Unset = UNSET,
        error: ContactError | Unset = UNSET,
        created: ChangeStamp | Unset = UNSET,
        updated: ChangeStamp | Unset = UNSET,
    ) -> AttributeCreatedResponse:
        """Create custom attribute.

        Give the body as ``body=`` (a ``Contact``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = Contact(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                lists=lists,
                attributes=attributes,
                tags=tags,
                opt_in=opt_in,
                blocked=blocked,
                activecampaign=activecampaign,
                hubspot=hubspot,
                pipedrive=pipedrive,
                valid=valid,
                error=error,
                created=created,
                updated=updated,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                lists,
                attributes,
                tags,
                opt_in,
                blocked,
                activecampaign,
                hubspot,
                pipedrive,
                valid,
                error,
                created,
                updated,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_attribute._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            attribute_type=AttributeType(attribute_type),
            body=body,
        )
        response = await self._client.request(spec, create_attribute._parse_response, idempotent=False)
        return _expect(create_attribute._parse_response(response), AttributeCreatedResponse, response)


class AsyncAttributesResourceWithRawResponse:
    """Operations tagged ``attributes``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        attribute_type: AttributeType | str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[AttributesResponse]:
        """List custom attributes.

        ``account_id`` defaults to the client's.
        """

        spec = list_attributes._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            attribute_type=AttributeType(attribute_type),
        )
        response = await self._client.request(spec, list_attributes._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_attributes._parse_response(answer), AttributesResponse, answer)
        )

    async def create(
        self,
        attribute_type: AttributeType | str,
        *,
        account_id: str | None = None,
        body: Contact | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        lists: builtins.list[ContactList] | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
        opt_in: datetime.datetime | Unset = UNSET,
        blocked: datetime.datetime | Unset = UNSET,
        activecampaign: IntegrationLink | Unset = UNSET,
        hubspot: IntegrationLink | Unset = UNSET,
        pipedrive: IntegrationLink | Unset = UNSET,
        valid: bool | Unset = UNSET,
        error: ContactError | Unset = UNSET,
        created: ChangeStamp | Unset = UNSET,
        updated: ChangeStamp | Unset = UNSET,
    ) -> RawResponse[AttributeCreatedResponse]:
        """Create custom attribute.

        Give the body as ``body=`` (a ``Contact``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = Contact(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                lists=lists,
                attributes=attributes,
                tags=tags,
                opt_in=opt_in,
                blocked=blocked,
                activecampaign=activecampaign,
                hubspot=hubspot,
                pipedrive=pipedrive,
                valid=valid,
                error=error,
                created=created,
                updated=updated,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                lists,
                attributes,
                tags,
                opt_in,
                blocked,
                activecampaign,
                hubspot,
                pipedrive,
                valid,
                error,
                created,
                updated,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_attribute._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            attribute_type=AttributeType(attribute_type),
            body=body,
        )
        response = await self._client.request(spec, create_attribute._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_attribute._parse_response(answer), AttributeCreatedResponse, answer)
        )


class CampaignsResource:
    """Operations tagged ``campaigns``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CampaignsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return CampaignsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> SyncPage[CampaignsResponse, Campaign]:
        """List campaigns.

        Returns the first page; iterate it (``for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        def fetch(page_offset: int | Unset) -> SyncPage[CampaignsResponse, Campaign]:
            spec = list_campaigns._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
                name=name,
            )
            response = self._client.request(spec, list_campaigns._parse_response, idempotent=True)
            result = _expect(list_campaigns._parse_response(response), CampaignsResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return SyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return fetch(offset)

    def create(
        self,
        *,
        account_id: str | None = None,
        body: CampaignRequest | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | Unset = UNSET,
        filters: CampaignFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | Unset = UNSET,
    ) -> CampaignResponse:
        """Create a campaign.

        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = CampaignRequest(
                name=name,
                trigger=trigger,
                filters=filters,
                template=template,
                reporting=reporting,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                trigger,
                filters,
                template,
                reporting,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = self._client.request(spec, create_campaign._parse_response, idempotent=False)
        return _expect(create_campaign._parse_response(response), CampaignResponse, response)

    def get(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
    ) -> CampaignResponse:
        """Get a campaign.

        ``account_id`` defaults to the client's.
        """

        spec = get_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
        )
        response = self._client.request(spec, get_campaign._parse_response, idempotent=True)
        return _expect(get_campaign._parse_response(response), CampaignResponse, response)

    def update(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        body: CampaignRequest | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | Unset = UNSET,
        filters: CampaignFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | Unset = UNSET,
    ) -> CampaignResponse:
        """Update a campaign.

        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = CampaignRequest(
                name=name,
                trigger=trigger,
                filters=filters,
                template=template,
                reporting=reporting,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                trigger,
                filters,
                template,
                reporting,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
            body=body,
        )
        response = self._client.request(spec, update_campaign._parse_response, idempotent=True)
        return _expect(update_campaign._parse_response(response), CampaignResponse, response)

    def delete(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
    ) -> SuccessResponse:
        """Delete a campaign.

        ``account_id`` defaults to the client's.
        """

        spec = delete_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
        )
        response = self._client.request(spec, delete_campaign._parse_response, idempotent=True)
        return _expect(delete_campaign._parse_response(response), SuccessResponse, response)


class CampaignsResourceWithRawResponse:
    """Operations tagged ``campaigns``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> RawResponse[CampaignsResponse]:
        """List campaigns.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_campaigns._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
            name=name,
        )
        response = self._client.request(spec, list_campaigns._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_campaigns._parse_response(answer), CampaignsResponse, answer)
        )

    def create(
        self,
        *,
        account_id: str | None = None,
        body: CampaignRequest | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | Unset = UNSET,
        filters: CampaignFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | Unset = UNSET,
    ) -> RawResponse[CampaignResponse]:
        """Create a campaign.

        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = CampaignRequest(
                name=name,
                trigger=trigger,
                filters=filters,
                template=template,
                reporting=reporting,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                trigger,
                filters,
                template,
                reporting,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = self._client.request(spec, create_campaign._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_campaign._parse_response(answer), CampaignResponse, answer)
        )

    def get(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Get a campaign.

        ``account_id`` defaults to the client's.
        """

        spec = get_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
        )
        response = self._client.request(spec, get_campaign._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_campaign._parse_response(answer), CampaignResponse, answer)
        )

    def update(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        body: CampaignRequest | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | Unset = UNSET,
        filters: CampaignFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | Unset = UNSET,
    ) -> RawResponse[CampaignResponse]:
        """Update a campaign.

        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = CampaignRequest(
                name=name,
                trigger=trigger,
                filters=filters,
                template=template,
                reporting=reporting,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                trigger,
                filters,
                template,
                reporting,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
            body=body,
        )
        response = self._client.request(spec, update_campaign._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(update_campaign._parse_response(answer), CampaignResponse, answer)
        )

    def delete(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[SuccessResponse]:
        """Delete a campaign.

        ``account_id`` defaults to the client's.
        """

        spec = delete_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
        )
        response = self._client.request(spec, delete_campaign._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(delete_campaign._parse_response(answer), SuccessResponse, answer)
        )


class AsyncCampaignsResource:
    """Operations tagged ``campaigns``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCampaignsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncCampaignsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> AsyncPaginator[CampaignsResponse, Campaign]:
        """List campaigns.

        Returns the first page; iterate it (``async for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        async def fetch(page_offset: int | Unset) -> AsyncPage[CampaignsResponse, Campaign]:
            spec = list_campaigns._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
                name=name,
            )
            response = await self._client.request(spec, list_campaigns._parse_response, idempotent=True)
            result = _expect(list_campaigns._parse_response(response), CampaignsResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return AsyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return AsyncPaginator(lambda: fetch(offset))

    async def create(
        self,
        *,
        account_id: str | None = None,
        body: CampaignRequest | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | Unset = UNSET,
        filters: CampaignFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | Unset = UNSET,
    ) -> CampaignResponse:
        """Create a campaign.

        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = CampaignRequest(
                name=name,
                trigger=trigger,
                filters=filters,
                template=template,
                reporting=reporting,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                trigger,
                filters,
                template,
                reporting,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = await self._client.request(spec, create_campaign._parse_response, idempotent=False)
        return _expect(create_campaign._parse_response(response), CampaignResponse, response)

    async def get(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
    ) -> CampaignResponse:
        """Get a campaign.

        ``account_id`` defaults to the client's.
        """

        spec = get_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
        )
        response = await self._client.request(spec, get_campaign._parse_response, idempotent=True)
        return _expect(get_campaign._parse_response(response), CampaignResponse, response)

    async def update(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        body: CampaignRequest | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | Unset = UNSET,
        filters: CampaignFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | Unset = UNSET,
    ) -> CampaignResponse:
        """Update a campaign.

        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = CampaignRequest(
                name=name,
                trigger=trigger,
                filters=filters,
                template=template,
                reporting=reporting,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                trigger,
                filters,
                template,
                reporting,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
            body=body,
        )
        response = await self._client.request(spec, update_campaign._parse_response, idempotent=True)
        return _expect(update_campaign._parse_response(response), CampaignResponse, response)

    async def delete(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
    ) -> SuccessResponse:
        """Delete a campaign.

        ``account_id`` defaults to the client's.
        """

        spec = delete_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
        )
        response = await self._client.request(spec, delete_campaign._parse_response, idempotent=True)
        return _expect(delete_campaign._parse_response(response), SuccessResponse, response)


class AsyncCampaignsResourceWithRawResponse:
    """Operations tagged ``campaigns``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> RawResponse[CampaignsResponse]:
        """List campaigns.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_campaigns._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
            name=name,
        )
        response = await self._client.request(spec, list_campaigns._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_campaigns._parse_response(answer), CampaignsResponse, answer)
        )

    async def create(
        self,
        *,
        account_id: str | None = None,
        body: CampaignRequest | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | Unset = UNSET,
        filters: CampaignFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | Unset = UNSET,
    ) -> RawResponse[CampaignResponse]:
        """Create a campaign.

        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = CampaignRequest(
                name=name,
                trigger=trigger,
                filters=filters,
                template=template,
                reporting=reporting,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                trigger,
                filters,
                template,
                reporting,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = await self._client.request(spec, create_campaign._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_campaign._parse_response(answer), CampaignResponse, answer)
        )

    async def get(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Get a campaign.

        ``account_id`` defaults to the client's.
        """

        spec = get_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
        )
        response = await self._client.request(spec, get_campaign._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_campaign._parse_response(answer), CampaignResponse, answer)
        )

    async def update(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
        body: CampaignRequest | None = None,
        name: str | Unset = UNSET,
        trigger: CampaignTrigger | Unset = UNSET,
        filters: CampaignFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        reporting: CampaignReporting | Unset = UNSET,
    ) -> RawResponse[CampaignResponse]:
        """Update a campaign.

        Give the body as ``body=`` (a ``CampaignRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = CampaignRequest(
                name=name,
                trigger=trigger,
                filters=filters,
                template=template,
                reporting=reporting,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                trigger,
                filters,
                template,
                reporting,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
            body=body,
        )
        response = await self._client.request(spec, update_campaign._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(update_campaign._parse_response(answer), CampaignResponse, answer)
        )

    async def delete(
        self,
        campaign_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[SuccessResponse]:
        """Delete a campaign.

        ``account_id`` defaults to the client's.
        """

        spec = delete_campaign._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            campaign_id=campaign_id,
        )
        response = await self._client.request(spec, delete_campaign._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(delete_campaign._parse_response(answer), SuccessResponse, answer)
        )


class ContactsResource:
    """Operations tagged ``contacts``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return ContactsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        email: str | Unset = UNSET,
        tags: str | Unset = UNSET,
    ) -> SyncPage[ContactsResponse, Contact]:
        """List contacts.

        Returns the first page; iterate it (``for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        def fetch(page_offset: int | Unset) -> SyncPage[ContactsResponse, Contact]:
            spec = list_contacts._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                email=email,
                tags=tags,
            )
            response = self._client.request(spec, list_contacts._parse_response, idempotent=True)
            result = _expect(list_contacts._parse_response(response), ContactsResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return SyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return fetch(offset)

    def create(
        self,
        *,
        account_id: str | None = None,
        merge_strategy: MergeStrategy | str | Unset = UNSET,
        body: ContactRequest | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
    ) -> ContactsResponse:
        """Create contact.

        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = ContactRequest(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                attributes=attributes,
                tags=tags,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                attributes,
                tags,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            merge_strategy=UNSET if isinstance(merge_strategy, Unset) else MergeStrategy(merge_strategy),
            body=body,
        )
        response = self._client.request(spec, create_contact._parse_response, idempotent=False)
        return _expect(create_contact._parse_response(response), ContactsResponse, response)

    def import_csv(
        self,
        file: str | os.PathLike[str] | bytes | BinaryIO,
        *,
        account_id: str | None = None,
        merge_strategy: MergeStrategy | str | Unset = UNSET,
    ) -> ContactImportResponse:
        """Create contact.

        ``file`` is a path, bytes, or a binary file object holding the document to send.
        ``account_id`` defaults to the client's.
        """

        payload = _read_payload(file)
        body = File(payload=io.BytesIO(payload), mime_type="text/csv")
        spec = create_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            merge_strategy=UNSET if isinstance(merge_strategy, Unset) else MergeStrategy(merge_strategy),
            body=body,
        )
        spec["content"] = payload  # bytes, so that a retry sends the document again
        response = self._client.request(spec, create_contact._parse_response, idempotent=False)
        return _expect(create_contact._parse_response(response), ContactImportResponse, response)

    def get(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
    ) -> ContactResponse:
        """Get contact.

        ``account_id`` defaults to the client's.
        """

        spec = get_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
        )
        response = self._client.request(spec, get_contact._parse_response, idempotent=True)
        return _expect(get_contact._parse_response(response), ContactResponse, response)

    def update(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        body: ContactRequest | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
    ) -> ContactResponse:
        """Update contact.

        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = ContactRequest(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                attributes=attributes,
                tags=tags,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                attributes,
                tags,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
            body=body,
        )
        response = self._client.request(spec, update_contact._parse_response, idempotent=True)
        return _expect(update_contact._parse_response(response), ContactResponse, response)

    def delete(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
    ) -> SuccessResponse:
        """Delete contact.

        ``account_id`` defaults to the client's.
        """

        spec = delete_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
        )
        response = self._client.request(spec, delete_contact._parse_response, idempotent=True)
        return _expect(delete_contact._parse_response(response), SuccessResponse, response)


class ContactsResourceWithRawResponse:
    """Operations tagged ``contacts``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        email: str | Unset = UNSET,
        tags: str | Unset = UNSET,
    ) -> RawResponse[ContactsResponse]:
        """List contacts.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_contacts._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
            first_name=first_name,
            last_name=last_name,
            mobile=mobile,
            email=email,
            tags=tags,
        )
        response = self._client.request(spec, list_contacts._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_contacts._parse_response(answer), ContactsResponse, answer)
        )

    def create(
        self,
        *,
        account_id: str | None = None,
        merge_strategy: MergeStrategy | str | Unset = UNSET,
        body: ContactRequest | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
    ) -> RawResponse[ContactsResponse]:
        """Create contact.

        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = ContactRequest(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                attributes=attributes,
                tags=tags,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                attributes,
                tags,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            merge_strategy=UNSET if isinstance(merge_strategy, Unset) else MergeStrategy(merge_strategy),
            body=body,
        )
        response = self._client.request(spec, create_contact._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_contact._parse_response(answer), ContactsResponse, answer)
        )

    def import_csv(
        self,
        file: str | os.PathLike[str] | bytes | BinaryIO,
        *,
        account_id: str | None = None,
        merge_strategy: MergeStrategy | str | Unset = UNSET,
    ) -> RawResponse[ContactImportResponse]:
        """Create contact.

        ``file`` is a path, bytes, or a binary file object holding the document to send.
        ``account_id`` defaults to the client's.
        """

        payload = _read_payload(file)
        body = File(payload=io.BytesIO(payload), mime_type="text/csv")
        spec = create_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            merge_strategy=UNSET if isinstance(merge_strategy, Unset) else MergeStrategy(merge_strategy),
            body=body,
        )
        spec["content"] = payload  # bytes, so that a retry sends the document again
        response = self._client.request(spec, create_contact._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_contact._parse_response(answer), ContactImportResponse, answer)
        )

    def get(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[ContactResponse]:
        """Get contact.

        ``account_id`` defaults to the client's.
        """

        spec = get_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
        )
        response = self._client.request(spec, get_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_contact._parse_response(answer), ContactResponse, answer)
        )

    def update(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        body: ContactRequest | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
    ) -> RawResponse[ContactResponse]:
        """Update contact.

        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = ContactRequest(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                attributes=attributes,
                tags=tags,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                attributes,
                tags,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
            body=body,
        )
        response = self._client.request(spec, update_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(update_contact._parse_response(answer), ContactResponse, answer)
        )

    def delete(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[SuccessResponse]:
        """Delete contact.

        ``account_id`` defaults to the client's.
        """

        spec = delete_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
        )
        response = self._client.request(spec, delete_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(delete_contact._parse_response(answer), SuccessResponse, answer)
        )


class AsyncContactsResource:
    """Operations tagged ``contacts``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncContactsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        email: str | Unset = UNSET,
        tags: str | Unset = UNSET,
    ) -> AsyncPaginator[ContactsResponse, Contact]:
        """List contacts.

        Returns the first page; iterate it (``async for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        async def fetch(page_offset: int | Unset) -> AsyncPage[ContactsResponse, Contact]:
            spec = list_contacts._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                email=email,
                tags=tags,
            )
            response = await self._client.request(spec, list_contacts._parse_response, idempotent=True)
            result = _expect(list_contacts._parse_response(response), ContactsResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return AsyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return AsyncPaginator(lambda: fetch(offset))

    async def create(
        self,
        *,
        account_id: str | None = None,
        merge_strategy: MergeStrategy | str | Unset = UNSET,
        body: ContactRequest | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
    ) -> ContactsResponse:
        """Create contact.

        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = ContactRequest(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                attributes=attributes,
                tags=tags,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                attributes,
                tags,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            merge_strategy=UNSET if isinstance(merge_strategy, Unset) else MergeStrategy(merge_strategy),
            body=body,
        )
        response = await self._client.request(spec, create_contact._parse_response, idempotent=False)
        return _expect(create_contact._parse_response(response), ContactsResponse, response)

    async def import_csv(
        self,
        file: str | os.PathLike[str] | bytes | BinaryIO,
        *,
        account_id: str | None = None,
        merge_strategy: MergeStrategy | str | Unset = UNSET,
    ) -> ContactImportResponse:
        """Create contact.

        ``file`` is a path, bytes, or a binary file object holding the document to send.
        ``account_id`` defaults to the client's.
        """

        payload = _read_payload(file)
        body = File(payload=io.BytesIO(payload), mime_type="text/csv")
        spec = create_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            merge_strategy=UNSET if isinstance(merge_strategy, Unset) else MergeStrategy(merge_strategy),
            body=body,
        )
        spec["content"] = payload  # bytes, so that a retry sends the document again
        response = await self._client.request(spec, create_contact._parse_response, idempotent=False)
        return _expect(create_contact._parse_response(response), ContactImportResponse, response)

    async def get(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
    ) -> ContactResponse:
        """Get contact.

        ``account_id`` defaults to the client's.
        """

        spec = get_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
        )
        response = await self._client.request(spec, get_contact._parse_response, idempotent=True)
        return _expect(get_contact._parse_response(response), ContactResponse, response)

    async def update(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        body: ContactRequest | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
    ) -> ContactResponse:
        """Update contact.

        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = ContactRequest(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                attributes=attributes,
                tags=tags,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                attributes,
                tags,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
            body=body,
        )
        response = await self._client.request(spec, update_contact._parse_response, idempotent=True)
        return _expect(update_contact._parse_response(response), ContactResponse, response)

    async def delete(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
    ) -> SuccessResponse:
        """Delete contact.

        ``account_id`` defaults to the client's.
        """

        spec = delete_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
        )
        response = await self._client.request(spec, delete_contact._parse_response, idempotent=True)
        return _expect(delete_contact._parse_response(response), SuccessResponse, response)


class AsyncContactsResourceWithRawResponse:
    """Operations tagged ``contacts``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        email: str | Unset = UNSET,
        tags: str | Unset = UNSET,
    ) -> RawResponse[ContactsResponse]:
        """List contacts.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_contacts._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
            first_name=first_name,
            last_name=last_name,
            mobile=mobile,
            email=email,
            tags=tags,
        )
        response = await self._client.request(spec, list_contacts._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_contacts._parse_response(answer), ContactsResponse, answer)
        )

    async def create(
        self,
        *,
        account_id: str | None = None,
        merge_strategy: MergeStrategy | str | Unset = UNSET,
        body: ContactRequest | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
    ) -> RawResponse[ContactsResponse]:
        """Create contact.

        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = ContactRequest(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                attributes=attributes,
                tags=tags,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                attributes,
                tags,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            merge_strategy=UNSET if isinstance(merge_strategy, Unset) else MergeStrategy(merge_strategy),
            body=body,
        )
        response = await self._client.request(spec, create_contact._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_contact._parse_response(answer), ContactsResponse, answer)
        )

    async def import_csv(
        self,
        file: str | os.PathLike[str] | bytes | BinaryIO,
        *,
        account_id: str | None = None,
        merge_strategy: MergeStrategy | str | Unset = UNSET,
    ) -> RawResponse[ContactImportResponse]:
        """Create contact.

        ``file`` is a path, bytes, or a binary file object holding the document to send.
        ``account_id`` defaults to the client's.
        """

        payload = _read_payload(file)
        body = File(payload=io.BytesIO(payload), mime_type="text/csv")
        spec = create_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            merge_strategy=UNSET if isinstance(merge_strategy, Unset) else MergeStrategy(merge_strategy),
            body=body,
        )
        spec["content"] = payload  # bytes, so that a retry sends the document again
        response = await self._client.request(spec, create_contact._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_contact._parse_response(answer), ContactImportResponse, answer)
        )

    async def get(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[ContactResponse]:
        """Get contact.

        ``account_id`` defaults to the client's.
        """

        spec = get_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
        )
        response = await self._client.request(spec, get_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_contact._parse_response(answer), ContactResponse, answer)
        )

    async def update(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
        body: ContactRequest | None = None,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile: Mobile | Unset = UNSET,
        attributes: ContactAttributes | Unset = UNSET,
        tags: builtins.list[Tag] | Unset = UNSET,
    ) -> RawResponse[ContactResponse]:
        """Update contact.

        Give the body as ``body=`` (a ``ContactRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = ContactRequest(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                mobile=mobile,
                attributes=attributes,
                tags=tags,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                id,
                email,
                first_name,
                last_name,
                mobile,
                attributes,
                tags,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
            body=body,
        )
        response = await self._client.request(spec, update_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(update_contact._parse_response(answer), ContactResponse, answer)
        )

    async def delete(
        self,
        contact_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[SuccessResponse]:
        """Delete contact.

        ``account_id`` defaults to the client's.
        """

        spec = delete_contact._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            contact_id=contact_id,
        )
        response = await self._client.request(spec, delete_contact._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(delete_contact._parse_response(answer), SuccessResponse, answer)
        )


class ConversationsResource:
    """Operations tagged ``conversations``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ConversationsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return ConversationsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPage[ConversationsResponse, Conversation]:
        """List conversations.

        Returns the first page; iterate it (``for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        def fetch(page_offset: int | Unset) -> SyncPage[ConversationsResponse, Conversation]:
            spec = list_conversations._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
            )
            response = self._client.request(spec, list_conversations._parse_response, idempotent=True)
            result = _expect(list_conversations._parse_response(response), ConversationsResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return SyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return fetch(offset)

    def get(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
    ) -> ConversationResponse:
        """Get a conversation.

        ``account_id`` defaults to the client's.
        """

        spec = get_conversation._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            conversation_id=conversation_id,
        )
        response = self._client.request(spec, get_conversation._parse_response, idempotent=True)
        return _expect(get_conversation._parse_response(response), ConversationResponse, response)

    def close(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
    ) -> ConversationResponse:
        """Close a conversation.

        ``account_id`` defaults to the client's.
        """

        spec = close_conversation._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            conversation_id=conversation_id,
        )
        response = self._client.request(spec, close_conversation._parse_response, idempotent=True)
        return _expect(close_conversation._parse_response(response), ConversationResponse, response)


class ConversationsResourceWithRawResponse:
    """Operations tagged ``conversations``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[ConversationsResponse]:
        """List conversations.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_conversations._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
        )
        response = self._client.request(spec, list_conversations._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_conversations._parse_response(answer), ConversationsResponse, answer)
        )

    def get(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[ConversationResponse]:
        """Get a conversation.

        ``account_id`` defaults to the client's.
        """

        spec = get_conversation._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            conversation_id=conversation_id,
        )
        response = self._client.request(spec, get_conversation._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_conversation._parse_response(answer), ConversationResponse, answer)
        )

    def close(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[ConversationResponse]:
        """Close a conversation.

        ``account_id`` defaults to the client's.
        """

        spec = close_conversation._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            conversation_id=conversation_id,
        )
        response = self._client.request(spec, close_conversation._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(close_conversation._parse_response(answer), ConversationResponse, answer)
        )


class AsyncConversationsResource:
    """Operations tagged ``conversations``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncConversationsResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncConversationsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ConversationsResponse, Conversation]:
        """List conversations.

        Returns the first page; iterate it (``async for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        async def fetch(page_offset: int | Unset) -> AsyncPage[ConversationsResponse, Conversation]:
            spec = list_conversations._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
            )
            response = await self._client.request(spec, list_conversations._parse_response, idempotent=True)
            result = _expect(list_conversations._parse_response(response), ConversationsResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return AsyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return AsyncPaginator(lambda: fetch(offset))

    async def get(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
    ) -> ConversationResponse:
        """Get a conversation.

        ``account_id`` defaults to the client's.
        """

        spec = get_conversation._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            conversation_id=conversation_id,
        )
        response = await self._client.request(spec, get_conversation._parse_response, idempotent=True)
        return _expect(get_conversation._parse_response(response), ConversationResponse, response)

    async def close(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
    ) -> ConversationResponse:
        """Close a conversation.

        ``account_id`` defaults to the client's.
        """

        spec = close_conversation._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            conversation_id=conversation_id,
        )
        response = await self._client.request(spec, close_conversation._parse_response, idempotent=True)
        return _expect(close_conversation._parse_response(response), ConversationResponse, response)


class AsyncConversationsResourceWithRawResponse:
    """Operations tagged ``conversations``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[ConversationsResponse]:
        """List conversations.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_conversations._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
        )
        response = await self._client.request(spec, list_conversations._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_conversations._parse_response(answer), ConversationsResponse, answer)
        )

    async def get(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[ConversationResponse]:
        """Get a conversation.

        ``account_id`` defaults to the client's.
        """

        spec = get_conversation._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            conversation_id=conversation_id,
        )
        response = await self._client.request(spec, get_conversation._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_conversation._parse_response(answer), ConversationResponse, answer)
        )

    async def close(
        self,
        conversation_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[ConversationResponse]:
        """Close a conversation.

        ``account_id`` defaults to the client's.
        """

        spec = close_conversation._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            conversation_id=conversation_id,
        )
        response = await self._client.request(spec, close_conversation._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(close_conversation._parse_response(answer), ConversationResponse, answer)
        )


class MessagesResource:
    """Operations tagged ``messages``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return MessagesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        conversation_id: str | Unset = UNSET,
    ) -> SyncPage[MessagesResponse, Message]:
        """List messages.

        Returns the first page; iterate it (``for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        def fetch(page_offset: int | Unset) -> SyncPage[MessagesResponse, Message]:
            spec = list_messages._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
                contact_id=contact_id,
                conversation_id=conversation_id,
            )
            response = self._client.request(spec, list_messages._parse_response, idempotent=True)
            result = _expect(list_messages._parse_response(response), MessagesResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return SyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return fetch(offset)

    def send(
        self,
        *,
        account_id: str | None = None,
        body: SendMessagesRequest | None = None,
        conversations: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[ContactRequest] | Unset = UNSET,
        filters: MessageFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        type_: MessageType | Unset = UNSET,
        media: builtins.list[MediaLink] | Unset = UNSET,
        conversation_strategy: str | Unset = UNSET,
    ) -> SendMessagesResponse:
        """Send a message.

        Give the body as ``body=`` (a ``SendMessagesRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = SendMessagesRequest(
                conversations=conversations,
                contacts=contacts,
                filters=filters,
                template=template,
                type_=type_,
                media=media,
                conversation_strategy=conversation_strategy,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                conversations,
                contacts,
                filters,
                template,
                type_,
                media,
                conversation_strategy,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = send_message._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = self._client.request(spec, send_message._parse_response, idempotent=False)
        return _expect(send_message._parse_response(response), SendMessagesResponse, response)

    def get(
        self,
        message_id: str,
        *,
        account_id: str | None = None,
    ) -> MessageResponse:
        """Get a message.

        ``account_id`` defaults to the client's.
        """

        spec = get_message._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            message_id=message_id,
        )
        response = self._client.request(spec, get_message._parse_response, idempotent=True)
        return _expect(get_message._parse_response(response), MessageResponse, response)


class MessagesResourceWithRawResponse:
    """Operations tagged ``messages``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        conversation_id: str | Unset = UNSET,
    ) -> RawResponse[MessagesResponse]:
        """List messages.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_messages._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
            contact_id=contact_id,
            conversation_id=conversation_id,
        )
        response = self._client.request(spec, list_messages._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_messages._parse_response(answer), MessagesResponse, answer)
        )

    def send(
        self,
        *,
        account_id: str | None = None,
        body: SendMessagesRequest | None = None,
        conversations: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[ContactRequest] | Unset = UNSET,
        filters: MessageFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        type_: MessageType | Unset = UNSET,
        media: builtins.list[MediaLink] | Unset = UNSET,
        conversation_strategy: str | Unset = UNSET,
    ) -> RawResponse[SendMessagesResponse]:
        """Send a message.

        Give the body as ``body=`` (a ``SendMessagesRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = SendMessagesRequest(
                conversations=conversations,
                contacts=contacts,
                filters=filters,
                template=template,
                type_=type_,
                media=media,
                conversation_strategy=conversation_strategy,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                conversations,
                contacts,
                filters,
                template,
                type_,
                media,
                conversation_strategy,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = send_message._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = self._client.request(spec, send_message._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(send_message._parse_response(answer), SendMessagesResponse, answer)
        )

    def get(
        self,
        message_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[MessageResponse]:
        """Get a message.

        ``account_id`` defaults to the client's.
        """

        spec = get_message._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            message_id=message_id,
        )
        response = self._client.request(spec, get_message._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_message._parse_response(answer), MessageResponse, answer)
        )


class AsyncMessagesResource:
    """Operations tagged ``messages``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncMessagesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        conversation_id: str | Unset = UNSET,
    ) -> AsyncPaginator[MessagesResponse, Message]:
        """List messages.

        Returns the first page; iterate it (``async for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        async def fetch(page_offset: int | Unset) -> AsyncPage[MessagesResponse, Message]:
            spec = list_messages._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
                contact_id=contact_id,
                conversation_id=conversation_id,
            )
            response = await self._client.request(spec, list_messages._parse_response, idempotent=True)
            result = _expect(list_messages._parse_response(response), MessagesResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return AsyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return AsyncPaginator(lambda: fetch(offset))

    async def send(
        self,
        *,
        account_id: str | None = None,
        body: SendMessagesRequest | None = None,
        conversations: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[ContactRequest] | Unset = UNSET,
        filters: MessageFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        type_: MessageType | Unset = UNSET,
        media: builtins.list[MediaLink] | Unset = UNSET,
        conversation_strategy: str | Unset = UNSET,
    ) -> SendMessagesResponse:
        """Send a message.

        Give the body as ``body=`` (a ``SendMessagesRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = SendMessagesRequest(
                conversations=conversations,
                contacts=contacts,
                filters=filters,
                template=template,
                type_=type_,
                media=media,
                conversation_strategy=conversation_strategy,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                conversations,
                contacts,
                filters,
                template,
                type_,
                media,
                conversation_strategy,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = send_message._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = await self._client.request(spec, send_message._parse_response, idempotent=False)
        return _expect(send_message._parse_response(response), SendMessagesResponse, response)

    async def get(
        self,
        message_id: str,
        *,
        account_id: str | None = None,
    ) -> MessageResponse:
        """Get a message.

        ``account_id`` defaults to the client's.
        """

        spec = get_message._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            message_id=message_id,
        )
        response = await self._client.request(spec, get_message._parse_response, idempotent=True)
        return _expect(get_message._parse_response(response), MessageResponse, response)


class AsyncMessagesResourceWithRawResponse:
    """Operations tagged ``messages``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        conversation_id: str | Unset = UNSET,
    ) -> RawResponse[MessagesResponse]:
        """List messages.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_messages._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
            contact_id=contact_id,
            conversation_id=conversation_id,
        )
        response = await self._client.request(spec, list_messages._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_messages._parse_response(answer), MessagesResponse, answer)
        )

    async def send(
        self,
        *,
        account_id: str | None = None,
        body: SendMessagesRequest | None = None,
        conversations: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[ContactRequest] | Unset = UNSET,
        filters: MessageFilters | Unset = UNSET,
        template: str | Unset = UNSET,
        type_: MessageType | Unset = UNSET,
        media: builtins.list[MediaLink] | Unset = UNSET,
        conversation_strategy: str | Unset = UNSET,
    ) -> RawResponse[SendMessagesResponse]:
        """Send a message.

        Give the body as ``body=`` (a ``SendMessagesRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = SendMessagesRequest(
                conversations=conversations,
                contacts=contacts,
                filters=filters,
                template=template,
                type_=type_,
                media=media,
                conversation_strategy=conversation_strategy,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                conversations,
                contacts,
                filters,
                template,
                type_,
                media,
                conversation_strategy,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = send_message._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = await self._client.request(spec, send_message._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(send_message._parse_response(answer), SendMessagesResponse, answer)
        )

    async def get(
        self,
        message_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[MessageResponse]:
        """Get a message.

        ``account_id`` defaults to the client's.
        """

        spec = get_message._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            message_id=message_id,
        )
        response = await self._client.request(spec, get_message._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_message._parse_response(answer), MessageResponse, answer)
        )


class TemplatesResource:
    """Operations tagged ``templates``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TemplatesResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return TemplatesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> SyncPage[TemplatesResponse, Template]:
        """List templates.

        Returns the first page; iterate it (``for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        def fetch(page_offset: int | Unset) -> SyncPage[TemplatesResponse, Template]:
            spec = list_templates._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
                name=name,
            )
            response = self._client.request(spec, list_templates._parse_response, idempotent=True)
            result = _expect(list_templates._parse_response(response), TemplatesResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return SyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return fetch(offset)

    def create(
        self,
        *,
        account_id: str | None = None,
        body: TemplateRequest | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
    ) -> TemplatesResponse:
        """Create a template.

        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = TemplateRequest(
                name=name,
                type_=type_,
                template=template,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                template,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = self._client.request(spec, create_template._parse_response, idempotent=False)
        return _expect(create_template._parse_response(response), TemplatesResponse, response)

    def get(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
    ) -> TemplateResponse:
        """Get a template.

        ``account_id`` defaults to the client's.
        """

        spec = get_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
        )
        response = self._client.request(spec, get_template._parse_response, idempotent=True)
        return _expect(get_template._parse_response(response), TemplateResponse, response)

    def update(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        body: TemplateRequest | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
    ) -> TemplateResponse:
        """Update a template.

        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = TemplateRequest(
                name=name,
                type_=type_,
                template=template,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                template,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
            body=body,
        )
        response = self._client.request(spec, update_template._parse_response, idempotent=True)
        return _expect(update_template._parse_response(response), TemplateResponse, response)

    def delete(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
    ) -> SuccessResponse:
        """Delete a template.

        ``account_id`` defaults to the client's.
        """

        spec = delete_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
        )
        response = self._client.request(spec, delete_template._parse_response, idempotent=True)
        return _expect(delete_template._parse_response(response), SuccessResponse, response)


class TemplatesResourceWithRawResponse:
    """Operations tagged ``templates``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> RawResponse[TemplatesResponse]:
        """List templates.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_templates._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
            name=name,
        )
        response = self._client.request(spec, list_templates._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_templates._parse_response(answer), TemplatesResponse, answer)
        )

    def create(
        self,
        *,
        account_id: str | None = None,
        body: TemplateRequest | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
    ) -> RawResponse[TemplatesResponse]:
        """Create a template.

        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = TemplateRequest(
                name=name,
                type_=type_,
                template=template,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                template,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = self._client.request(spec, create_template._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_template._parse_response(answer), TemplatesResponse, answer)
        )

    def get(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[TemplateResponse]:
        """Get a template.

        ``account_id`` defaults to the client's.
        """

        spec = get_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
        )
        response = self._client.request(spec, get_template._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_template._parse_response(answer), TemplateResponse, answer)
        )

    def update(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        body: TemplateRequest | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
    ) -> RawResponse[TemplateResponse]:
        """Update a template.

        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = TemplateRequest(
                name=name,
                type_=type_,
                template=template,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                template,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
            body=body,
        )
        response = self._client.request(spec, update_template._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(update_template._parse_response(answer), TemplateResponse, answer)
        )

    def delete(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[SuccessResponse]:
        """Delete a template.

        ``account_id`` defaults to the client's.
        """

        spec = delete_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
        )
        response = self._client.request(spec, delete_template._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(delete_template._parse_response(answer), SuccessResponse, answer)
        )


class AsyncTemplatesResource:
    """Operations tagged ``templates``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTemplatesResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncTemplatesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> AsyncPaginator[TemplatesResponse, Template]:
        """List templates.

        Returns the first page; iterate it (``async for item in ...``) for every item of every page.
        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        async def fetch(page_offset: int | Unset) -> AsyncPage[TemplatesResponse, Template]:
            spec = list_templates._get_kwargs(
                account_id=self._client._option("account_id", account_id),
                offset=page_offset,
                limit=limit,
                name=name,
            )
            response = await self._client.request(spec, list_templates._parse_response, idempotent=True)
            result = _expect(list_templates._parse_response(response), TemplatesResponse, response)
            following = next_offset(
                len(result.data),
                page_offset,
                result.pagination,
                offset="offset",
                has_next="has_next",
                total="total_count",
            )
            return AsyncPage(
                response=result,
                data=result.data,
                next_page=None if following is None else lambda: fetch(following),
                plan=offset_plan(fetch, following, len(result.data), result.pagination, total="total_count"),
            )

        return AsyncPaginator(lambda: fetch(offset))

    async def create(
        self,
        *,
        account_id: str | None = None,
        body: TemplateRequest | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
    ) -> TemplatesResponse:
        """Create a template.

        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = TemplateRequest(
                name=name,
                type_=type_,
                template=template,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                template,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = await self._client.request(spec, create_template._parse_response, idempotent=False)
        return _expect(create_template._parse_response(response), TemplatesResponse, response)

    async def get(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
    ) -> TemplateResponse:
        """Get a template.

        ``account_id`` defaults to the client's.
        """

        spec = get_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
        )
        response = await self._client.request(spec, get_template._parse_response, idempotent=True)
        return _expect(get_template._parse_response(response), TemplateResponse, response)

    async def update(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        body: TemplateRequest | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
    ) -> TemplateResponse:
        """Update a template.

        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = TemplateRequest(
                name=name,
                type_=type_,
                template=template,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                template,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
            body=body,
        )
        response = await self._client.request(spec, update_template._parse_response, idempotent=True)
        return _expect(update_template._parse_response(response), TemplateResponse, response)

    async def delete(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
    ) -> SuccessResponse:
        """Delete a template.

        ``account_id`` defaults to the client's.
        """

        spec = delete_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
        )
        response = await self._client.request(spec, delete_template._parse_response, idempotent=True)
        return _expect(delete_template._parse_response(response), SuccessResponse, response)


class AsyncTemplatesResourceWithRawResponse:
    """Operations tagged ``templates``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        account_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> RawResponse[TemplatesResponse]:
        """List templates.

        ``account_id`` defaults to the client's.
        """
        if not isinstance(offset, Unset) and offset < 0:
            raise ValueError(f"`offset` must be 0 or more, got {offset!r}")
        if not isinstance(limit, Unset) and not 1 <= limit <= 100:
            raise ValueError(f"`limit` must be from 1 to 100, got {limit!r}")

        spec = list_templates._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            offset=offset,
            limit=limit,
            name=name,
        )
        response = await self._client.request(spec, list_templates._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_templates._parse_response(answer), TemplatesResponse, answer)
        )

    async def create(
        self,
        *,
        account_id: str | None = None,
        body: TemplateRequest | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
    ) -> RawResponse[TemplatesResponse]:
        """Create a template.

        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = TemplateRequest(
                name=name,
                type_=type_,
                template=template,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                template,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = create_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = await self._client.request(spec, create_template._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(create_template._parse_response(answer), TemplatesResponse, answer)
        )

    async def get(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[TemplateResponse]:
        """Get a template.

        ``account_id`` defaults to the client's.
        """

        spec = get_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
        )
        response = await self._client.request(spec, get_template._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(get_template._parse_response(answer), TemplateResponse, answer)
        )

    async def update(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
        body: TemplateRequest | None = None,
        name: str | Unset = UNSET,
        type_: TemplateType | Unset = UNSET,
        template: str | Unset = UNSET,
    ) -> RawResponse[TemplateResponse]:
        """Update a template.

        Give the body as ``body=`` (a ``TemplateRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = TemplateRequest(
                name=name,
                type_=type_,
                template=template,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                template,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = update_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
            body=body,
        )
        response = await self._client.request(spec, update_template._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(update_template._parse_response(answer), TemplateResponse, answer)
        )

    async def delete(
        self,
        template_id: str,
        *,
        account_id: str | None = None,
    ) -> RawResponse[SuccessResponse]:
        """Delete a template.

        ``account_id`` defaults to the client's.
        """

        spec = delete_template._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            template_id=template_id,
        )
        response = await self._client.request(spec, delete_template._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(delete_template._parse_response(answer), SuccessResponse, answer)
        )


class WebhooksResource:
    """Operations tagged ``webhooks``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return WebhooksResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
    ) -> WebhooksResponse:
        """List webhooks.

        ``account_id`` defaults to the client's.
        """

        spec = list_webhooks._get_kwargs(
            account_id=self._client._option("account_id", account_id),
        )
        response = self._client.request(spec, list_webhooks._parse_response, idempotent=True)
        return _expect(list_webhooks._parse_response(response), WebhooksResponse, response)

    def subscribe(
        self,
        *,
        account_id: str | None = None,
        body: WebhookRequest | None = None,
        url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        event_types: builtins.list[str] | Unset = UNSET,
    ) -> WebhookResponse:
        """Subscribe to events.

        Give the body as ``body=`` (a ``WebhookRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = WebhookRequest(
                url=url,
                callback_url=callback_url,
                event_types=event_types,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                url,
                callback_url,
                event_types,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = subscribe_webhook._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = self._client.request(spec, subscribe_webhook._parse_response, idempotent=False)
        return _expect(subscribe_webhook._parse_response(response), WebhookResponse, response)


class WebhooksResourceWithRawResponse:
    """Operations tagged ``webhooks``, answering with the raw HTTP response."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str | None = None,
    ) -> RawResponse[WebhooksResponse]:
        """List webhooks.

        ``account_id`` defaults to the client's.
        """

        spec = list_webhooks._get_kwargs(
            account_id=self._client._option("account_id", account_id),
        )
        response = self._client.request(spec, list_webhooks._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_webhooks._parse_response(answer), WebhooksResponse, answer)
        )

    def subscribe(
        self,
        *,
        account_id: str | None = None,
        body: WebhookRequest | None = None,
        url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        event_types: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[WebhookResponse]:
        """Subscribe to events.

        Give the body as ``body=`` (a ``WebhookRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = WebhookRequest(
                url=url,
                callback_url=callback_url,
                event_types=event_types,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                url,
                callback_url,
                event_types,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = subscribe_webhook._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = self._client.request(spec, subscribe_webhook._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(subscribe_webhook._parse_response(answer), WebhookResponse, answer)
        )


class AsyncWebhooksResource:
    """Operations tagged ``webhooks``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """The same operations, answering with the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncWebhooksResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        account_id: str | None = None,
    ) -> WebhooksResponse:
        """List webhooks.

        ``account_id`` defaults to the client's.
        """

        spec = list_webhooks._get_kwargs(
            account_id=self._client._option("account_id", account_id),
        )
        response = await self._client.request(spec, list_webhooks._parse_response, idempotent=True)
        return _expect(list_webhooks._parse_response(response), WebhooksResponse, response)

    async def subscribe(
        self,
        *,
        account_id: str | None = None,
        body: WebhookRequest | None = None,
        url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        event_types: builtins.list[str] | Unset = UNSET,
    ) -> WebhookResponse:
        """Subscribe to events.

        Give the body as ``body=`` (a ``WebhookRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = WebhookRequest(
                url=url,
                callback_url=callback_url,
                event_types=event_types,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                url,
                callback_url,
                event_types,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = subscribe_webhook._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = await self._client.request(spec, subscribe_webhook._parse_response, idempotent=False)
        return _expect(subscribe_webhook._parse_response(response), WebhookResponse, response)


class AsyncWebhooksResourceWithRawResponse:
    """Operations tagged ``webhooks``, answering with the raw HTTP response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        account_id: str | None = None,
    ) -> RawResponse[WebhooksResponse]:
        """List webhooks.

        ``account_id`` defaults to the client's.
        """

        spec = list_webhooks._get_kwargs(
            account_id=self._client._option("account_id", account_id),
        )
        response = await self._client.request(spec, list_webhooks._parse_response, idempotent=True)
        return RawResponse(
            response, lambda answer: _expect(list_webhooks._parse_response(answer), WebhooksResponse, answer)
        )

    async def subscribe(
        self,
        *,
        account_id: str | None = None,
        body: WebhookRequest | None = None,
        url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        event_types: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[WebhookResponse]:
        """Subscribe to events.

        Give the body as ``body=`` (a ``WebhookRequest``) or as keyword arguments named after its fields.
        ``account_id`` defaults to the client's.
        """

        if body is None:
            body = WebhookRequest(
                url=url,
                callback_url=callback_url,
                event_types=event_types,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                url,
                callback_url,
                event_types,
            )
        ):
            raise ValueError("pass the body either as `body=` or as keyword arguments, not both")

        spec = subscribe_webhook._get_kwargs(
            account_id=self._client._option("account_id", account_id),
            body=body,
        )
        response = await self._client.request(spec, subscribe_webhook._parse_response, idempotent=False)
        return RawResponse(
            response, lambda answer: _expect(subscribe_webhook._parse_response(answer), WebhookResponse, answer)
        )


class Sakari(SyncAPIClient):
    """Client of the Sakari API.

    Credentials and settings not given are read from the environment:
    ``SAKARI_CLIENT_ID``, ``SAKARI_CLIENT_SECRET``,
    ``SAKARI_ACCOUNT_ID``,
    ``SAKARI_BASE_URL``. ``http_client`` may be your own ``httpx.Client``; it is
    then yours to close. Use the client as a context manager to close what it opened.
    """

    attributes: AttributesResource
    campaigns: CampaignsResource
    contacts: ContactsResource
    conversations: ConversationsResource
    messages: MessagesResource
    templates: TemplatesResource
    webhooks: WebhooksResource

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        base_url = _setting(base_url, "SAKARI_BASE_URL") or DEFAULT_BASE_URL
        auth = ClientCredentials(
            _credential(client_id, "client_id", "SAKARI_CLIENT_ID"),
            _credential(client_secret, "client_secret", "SAKARI_CLIENT_SECRET"),
            token_url or urljoin(base_url.rstrip("/") + "/", "../oauth2/token"),
        )
        super().__init__(
            base_url=base_url,
            auth=auth,
            options={
                "account_id": _setting(account_id, "SAKARI_ACCOUNT_ID"),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._attach_resources()

    def _attach_resources(self) -> None:
        self.attributes = AttributesResource(self)
        self.campaigns = CampaignsResource(self)
        self.contacts = ContactsResource(self)
        self.conversations = ConversationsResource(self)
        self.messages = MessagesResource(self)
        self.templates = TemplatesResource(self)
        self.webhooks = WebhooksResource(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings (headers are added to the client's), sharing its connections and token."""
        clone = copy.copy(self)
        clone._configure(
            self.timeout if timeout is None else timeout, self.max_retries if max_retries is None else max_retries
        )
        clone._default_headers = {**self._default_headers, **(default_headers or {})}
        clone._owns_http_client = False
        clone._attach_resources()
        return clone

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncSakari(AsyncAPIClient):
    """Asynchronous client of the Sakari API.

    Credentials and settings not given are read from the environment:
    ``SAKARI_CLIENT_ID``, ``SAKARI_CLIENT_SECRET``,
    ``SAKARI_ACCOUNT_ID``,
    ``SAKARI_BASE_URL``. ``http_client`` may be your own ``httpx.AsyncClient``; it is
    then yours to close. Use the client as a context manager to close what it opened.
    """

    attributes: AsyncAttributesResource
    campaigns: AsyncCampaignsResource
    contacts: AsyncContactsResource
    conversations: AsyncConversationsResource
    messages: AsyncMessagesResource
    templates: AsyncTemplatesResource
    webhooks: AsyncWebhooksResource

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        base_url = _setting(base_url, "SAKARI_BASE_URL") or DEFAULT_BASE_URL
        auth = ClientCredentials(
            _credential(client_id, "client_id", "SAKARI_CLIENT_ID"),
            _credential(client_secret, "client_secret", "SAKARI_CLIENT_SECRET"),
            token_url or urljoin(base_url.rstrip("/") + "/", "../oauth2/token"),
        )
        super().__init__(
            base_url=base_url,
            auth=auth,
            options={
                "account_id": _setting(account_id, "SAKARI_ACCOUNT_ID"),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._attach_resources()

    def _attach_resources(self) -> None:
        self.attributes = AsyncAttributesResource(self)
        self.campaigns = AsyncCampaignsResource(self)
        self.contacts = AsyncContactsResource(self)
        self.conversations = AsyncConversationsResource(self)
        self.messages = AsyncMessagesResource(self)
        self.templates = AsyncTemplatesResource(self)
        self.webhooks = AsyncWebhooksResource(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings (headers are added to the client's), sharing its connections and token."""
        clone = copy.copy(self)
        clone._configure(
            self.timeout if timeout is None else timeout, self.max_retries if max_retries is None else max_retries
        )
        clone._default_headers = {**self._default_headers, **(default_headers or {})}
        clone._owns_http_client = False
        clone._attach_resources()
        return clone

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
