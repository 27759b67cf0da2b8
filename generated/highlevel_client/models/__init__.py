"""Contains all the data models used in inputs/outputs"""

from .api_version import ApiVersion
from .attribution_source import AttributionSource
from .bad_request_error import BadRequestError
from .contact import Contact
from .contact_create_event import ContactCreateEvent
from .contact_create_event_type import ContactCreateEventType
from .contact_delete_event import ContactDeleteEvent
from .contact_delete_event_type import ContactDeleteEventType
from .contact_detail import ContactDetail
from .contact_dnd_update_event import ContactDndUpdateEvent
from .contact_dnd_update_event_type import ContactDndUpdateEventType
from .contact_tag_update_event import ContactTagUpdateEvent
from .contact_tag_update_event_type import ContactTagUpdateEventType
from .contact_update_event import ContactUpdateEvent
from .contact_update_event_type import ContactUpdateEventType
from .create_contact_request import CreateContactRequest
from .create_contact_response import CreateContactResponse
from .custom_field_input import CustomFieldInput
from .custom_field_object_value import CustomFieldObjectValue
from .custom_field_value import CustomFieldValue
from .delete_contact_response import DeleteContactResponse
from .dnd_setting import DndSetting
from .dnd_settings import DndSettings
from .dnd_status import DndStatus
from .duplicate_contact_response import DuplicateContactResponse
from .get_contact_response import GetContactResponse
from .inbound_dnd_setting import InboundDndSetting
from .inbound_dnd_settings import InboundDndSettings
from .inbound_dnd_status import InboundDndStatus
from .installed_location import InstalledLocation
from .installed_locations_response import InstalledLocationsResponse
from .list_contacts_meta import ListContactsMeta
from .list_contacts_response import ListContactsResponse
from .location_token_request import LocationTokenRequest
from .location_token_response import LocationTokenResponse
from .note_create_event import NoteCreateEvent
from .note_create_event_type import NoteCreateEventType
from .note_delete_event import NoteDeleteEvent
from .note_delete_event_type import NoteDeleteEventType
from .note_update_event import NoteUpdateEvent
from .note_update_event_type import NoteUpdateEventType
from .search_contacts_request import SearchContactsRequest
from .search_contacts_response import SearchContactsResponse
from .search_filter import SearchFilter
from .search_sort import SearchSort
from .search_sort_direction import SearchSortDirection
from .searched_contact import SearchedContact
from .tags_request import TagsRequest
from .tags_response import TagsResponse
from .task_complete_event import TaskCompleteEvent
from .task_complete_event_type import TaskCompleteEventType
from .task_create_event import TaskCreateEvent
from .task_create_event_type import TaskCreateEventType
from .task_delete_event import TaskDeleteEvent
from .task_delete_event_type import TaskDeleteEventType
from .token_grant_type import TokenGrantType
from .token_request import TokenRequest
from .token_response import TokenResponse
from .token_user_type import TokenUserType
from .unauthorized_error import UnauthorizedError
from .unprocessable_entity_error import UnprocessableEntityError
from .update_contact_request import UpdateContactRequest
from .update_contact_response import UpdateContactResponse
from .upsert_contact_request import UpsertContactRequest
from .upsert_contact_response import UpsertContactResponse
from .webhook_contact import WebhookContact
from .webhook_note import WebhookNote
from .webhook_task import WebhookTask

__all__ = (
    "ApiVersion",
    "AttributionSource",
    "BadRequestError",
    "Contact",
    "ContactCreateEvent",
    "ContactCreateEventType",
    "ContactDeleteEvent",
    "ContactDeleteEventType",
    "ContactDetail",
    "ContactDndUpdateEvent",
    "ContactDndUpdateEventType",
    "ContactTagUpdateEvent",
    "ContactTagUpdateEventType",
    "ContactUpdateEvent",
    "ContactUpdateEventType",
    "CreateContactRequest",
    "CreateContactResponse",
    "CustomFieldInput",
    "CustomFieldObjectValue",
    "CustomFieldValue",
    "DeleteContactResponse",
    "DndSetting",
    "DndSettings",
    "DndStatus",
    "DuplicateContactResponse",
    "GetContactResponse",
    "InboundDndSetting",
    "InboundDndSettings",
    "InboundDndStatus",
    "InstalledLocation",
    "InstalledLocationsResponse",
    "ListContactsMeta",
    "ListContactsResponse",
    "LocationTokenRequest",
    "LocationTokenResponse",
    "NoteCreateEvent",
    "NoteCreateEventType",
    "NoteDeleteEvent",
    "NoteDeleteEventType",
    "NoteUpdateEvent",
    "NoteUpdateEventType",
    "SearchContactsRequest",
    "SearchContactsResponse",
    "SearchFilter",
    "SearchSort",
    "SearchSortDirection",
    "SearchedContact",
    "TagsRequest",
    "TagsResponse",
    "TaskCompleteEvent",
    "TaskCompleteEventType",
    "TaskCreateEvent",
    "TaskCreateEventType",
    "TaskDeleteEvent",
    "TaskDeleteEventType",
    "TokenGrantType",
    "TokenRequest",
    "TokenResponse",
    "TokenUserType",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "UpdateContactRequest",
    "UpdateContactResponse",
    "UpsertContactRequest",
    "UpsertContactResponse",
    "WebhookContact",
    "WebhookNote",
    "WebhookTask",
)
