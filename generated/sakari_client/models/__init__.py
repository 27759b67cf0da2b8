"""The Sakari API's request and answer models."""

from .account_event import AccountEvent
from .account_event_payload import AccountEventPayload
from .actor import Actor
from .attribute import Attribute
from .attribute_condition import AttributeCondition
from .attribute_created_amounts import AttributeCreatedAmounts
from .attribute_created_response import AttributeCreatedResponse
from .attribute_type import AttributeType
from .attributes_response import AttributesResponse
from .campaign import Campaign
from .campaign_filters import CampaignFilters
from .campaign_reporting import CampaignReporting
from .campaign_request import CampaignRequest
from .campaign_response import CampaignResponse
from .campaign_trigger import CampaignTrigger
from .campaign_trigger_code import CampaignTriggerCode
from .campaigns_response import CampaignsResponse
from .change_stamp import ChangeStamp
from .contact import Contact
from .contact_attributes import ContactAttributes
from .contact_error import ContactError
from .contact_identifiers import ContactIdentifiers
from .contact_import_response import ContactImportResponse
from .contact_import_summary import ContactImportSummary
from .contact_list import ContactList
from .contact_request import ContactRequest
from .contact_response import ContactResponse
from .contacts_response import ContactsResponse
from .conversation import Conversation
from .conversation_ref import ConversationRef
from .conversation_response import ConversationResponse
from .conversations_response import ConversationsResponse
from .double_opt_in import DoubleOptIn
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .event_type import EventType
from .integration_link import IntegrationLink
from .list_filter import ListFilter
from .list_source import ListSource
from .media_link import MediaLink
from .merge_strategy import MergeStrategy
from .message import Message
from .message_event_payload import MessageEventPayload
from .message_filters import MessageFilters
from .message_filters_attributes_item import MessageFiltersAttributesItem
from .message_incoming_event import MessageIncomingEvent
from .message_media import MessageMedia
from .message_response import MessageResponse
from .message_status_event import MessageStatusEvent
from .message_type import MessageType
from .messages_response import MessagesResponse
from .mobile import Mobile
from .pagination import Pagination
from .phone_number import PhoneNumber
from .send_messages_request import SendMessagesRequest
from .send_messages_response import SendMessagesResponse
from .send_messages_result import SendMessagesResult
from .share_file_response import ShareFileResponse
from .shared_file import SharedFile
from .success_response import SuccessResponse
from .tag import Tag
from .template import Template
from .template_request import TemplateRequest
from .template_response import TemplateResponse
from .template_type import TemplateType
from .templates_response import TemplatesResponse
from .token_request import TokenRequest
from .token_response import TokenResponse
from .webhook import Webhook
from .webhook_event import WebhookEvent
from .webhook_event_data import WebhookEventData
from .webhook_event_name import WebhookEventName
from .webhook_request import WebhookRequest
from .webhook_response import WebhookResponse
from .webhooks_response import WebhooksResponse

__all__ = (
    "AccountEvent",
    "AccountEventPayload",
    "Actor",
    "Attribute",
    "AttributeCondition",
    "AttributeCreatedAmounts",
    "AttributeCreatedResponse",
    "AttributeType",
    "AttributesResponse",
    "Campaign",
    "CampaignFilters",
    "CampaignReporting",
    "CampaignRequest",
    "CampaignResponse",
    "CampaignTrigger",
    "CampaignTriggerCode",
    "CampaignsResponse",
    "ChangeStamp",
    "Contact",
    "ContactAttributes",
    "ContactError",
    "ContactIdentifiers",
    "ContactImportResponse",
    "ContactImportSummary",
    "ContactList",
    "ContactRequest",
    "ContactResponse",
    "ContactsResponse",
    "Conversation",
    "ConversationRef",
    "ConversationResponse",
    "ConversationsResponse",
    "DoubleOptIn",
    "ErrorDetail",
    "ErrorResponse",
    "EventType",
    "IntegrationLink",
    "ListFilter",
    "ListSource",
    "MediaLink",
    "MergeStrategy",
    "Message",
    "MessageEventPayload",
    "MessageFilters",
    "MessageFiltersAttributesItem",
    "MessageIncomingEvent",
    "MessageMedia",
    "MessageResponse",
    "MessageStatusEvent",
    "MessageType",
    "MessagesResponse",
    "Mobile",
    "Pagination",
    "PhoneNumber",
    "SendMessagesRequest",
    "SendMessagesResponse",
    "SendMessagesResult",
    "ShareFileResponse",
    "SharedFile",
    "SuccessResponse",
    "Tag",
    "Template",
    "TemplateRequest",
    "TemplateResponse",
    "TemplateType",
    "TemplatesResponse",
    "TokenRequest",
    "TokenResponse",
    "Webhook",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventName",
    "WebhookRequest",
    "WebhookResponse",
    "WebhooksResponse",
)
