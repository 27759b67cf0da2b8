"""The HighLevelV3 API's request and answer models."""

import warnings
from typing import Any

from .add_followers_response import AddFollowersResponse
from .additional_email import AdditionalEmail
from .additional_phone import AdditionalPhone
from .api_version import ApiVersion
from .appointment import Appointment
from .appointments_response import AppointmentsResponse
from .attribution_source import AttributionSource
from .bad_request_error_body import BadRequestErrorBody
from .bulk_tags_action import BulkTagsAction
from .bulk_tags_outcome import BulkTagsOutcome
from .bulk_tags_request import BulkTagsRequest
from .bulk_tags_response import BulkTagsResponse
from .bulk_tags_result import BulkTagsResult
from .business_assignment_request import BusinessAssignmentRequest
from .business_assignment_response import BusinessAssignmentResponse
from .business_contacts_response import BusinessContactsResponse
from .campaign_enrollment_request import CampaignEnrollmentRequest
from .contact_create_event import ContactCreateEvent
from .contact_create_event_type import ContactCreateEventType
from .contact_created_by import ContactCreatedBy
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
from .create_custom_field_request import CreateCustomFieldRequest
from .create_custom_field_request_model import CreateCustomFieldRequestModel
from .create_note_request import CreateNoteRequest
from .create_task_request import CreateTaskRequest
from .custom_field import CustomField
from .custom_field_input import CustomFieldInput
from .custom_field_model import CustomFieldModel
from .custom_field_object_value import CustomFieldObjectValue
from .custom_field_response import CustomFieldResponse
from .custom_field_value import CustomFieldValue
from .custom_fields_response import CustomFieldsResponse
from .custom_value import CustomValue
from .custom_value_request import CustomValueRequest
from .custom_value_response import CustomValueResponse
from .custom_values_response import CustomValuesResponse
from .delete_contact_response import DeleteContactResponse
from .dnd_setting import DndSetting
from .dnd_settings import DndSettings
from .dnd_status import DndStatus
from .duplicate_contact_response import DuplicateContactResponse
from .followers_request import FollowersRequest
from .get_contact_response import GetContactResponse
from .inbound_dnd_setting import InboundDndSetting
from .inbound_dnd_settings import InboundDndSettings
from .inbound_dnd_status import InboundDndStatus
from .installed_location import InstalledLocation
from .installed_locations_response import InstalledLocationsResponse
from .list_contacts_meta import ListContactsMeta
from .list_contacts_response import ListContactsResponse
from .list_custom_fields_model import ListCustomFieldsModel
from .location_tag import LocationTag
from .location_tag_request import LocationTagRequest
from .location_tag_response import LocationTagResponse
from .location_tags_response import LocationTagsResponse
from .location_token_request import LocationTokenRequest
from .location_token_response import LocationTokenResponse
from .note import Note
from .note_create_event import NoteCreateEvent
from .note_create_event_type import NoteCreateEventType
from .note_delete_event import NoteDeleteEvent
from .note_delete_event_type import NoteDeleteEventType
from .note_response import NoteResponse
from .note_update_event import NoteUpdateEvent
from .note_update_event_type import NoteUpdateEventType
from .notes_response import NotesResponse
from .remove_followers_response import RemoveFollowersResponse
from .search_contacts_request import SearchContactsRequest
from .search_contacts_response import SearchContactsResponse
from .search_filter import SearchFilter
from .search_filter_group import SearchFilterGroup
from .search_filter_operator import SearchFilterOperator
from .search_sort import SearchSort
from .search_sort_direction import SearchSortDirection
from .searched_contact import SearchedContact
from .succeeded_response import SucceededResponse
from .tags_request import TagsRequest
from .tags_response import TagsResponse
from .task import Task
from .task_complete_event import TaskCompleteEvent
from .task_complete_event_type import TaskCompleteEventType
from .task_completion_request import TaskCompletionRequest
from .task_create_event import TaskCreateEvent
from .task_create_event_type import TaskCreateEventType
from .task_delete_event import TaskDeleteEvent
from .task_delete_event_type import TaskDeleteEventType
from .task_response import TaskResponse
from .tasks_response import TasksResponse
from .text_box_list_option import TextBoxListOption
from .token_grant_type import TokenGrantType
from .token_request import TokenRequest
from .token_response import TokenResponse
from .token_user_type import TokenUserType
from .unauthorized_error_body import UnauthorizedErrorBody
from .unprocessable_entity_error_body import UnprocessableEntityErrorBody
from .update_contact_request import UpdateContactRequest
from .update_contact_response import UpdateContactResponse
from .update_custom_field_request import UpdateCustomFieldRequest
from .update_custom_field_request_model import UpdateCustomFieldRequestModel
from .update_note_request import UpdateNoteRequest
from .update_task_request import UpdateTaskRequest
from .upsert_contact_request import UpsertContactRequest
from .upsert_contact_response import UpsertContactResponse
from .webhook_contact import WebhookContact
from .webhook_note import WebhookNote
from .webhook_task import WebhookTask
from .workflow_enrollment_request import WorkflowEnrollmentRequest

__all__ = (
    "AddFollowersResponse",
    "AdditionalEmail",
    "AdditionalPhone",
    "ApiVersion",
    "Appointment",
    "AppointmentsResponse",
    "AttributionSource",
    "BadRequestErrorBody",
    "BulkTagsAction",
    "BulkTagsOutcome",
    "BulkTagsRequest",
    "BulkTagsResponse",
    "BulkTagsResult",
    "BusinessAssignmentRequest",
    "BusinessAssignmentResponse",
    "BusinessContactsResponse",
    "CampaignEnrollmentRequest",
    "ContactCreateEvent",
    "ContactCreateEventType",
    "ContactCreatedBy",
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
    "CreateCustomFieldRequest",
    "CreateCustomFieldRequestModel",
    "CreateNoteRequest",
    "CreateTaskRequest",
    "CustomField",
    "CustomFieldInput",
    "CustomFieldModel",
    "CustomFieldObjectValue",
    "CustomFieldResponse",
    "CustomFieldValue",
    "CustomFieldsResponse",
    "CustomValue",
    "CustomValueRequest",
    "CustomValueResponse",
    "CustomValuesResponse",
    "DeleteContactResponse",
    "DndSetting",
    "DndSettings",
    "DndStatus",
    "DuplicateContactResponse",
    "FollowersRequest",
    "GetContactResponse",
    "InboundDndSetting",
    "InboundDndSettings",
    "InboundDndStatus",
    "InstalledLocation",
    "InstalledLocationsResponse",
    "ListContactsMeta",
    "ListContactsResponse",
    "ListCustomFieldsModel",
    "LocationTag",
    "LocationTagRequest",
    "LocationTagResponse",
    "LocationTagsResponse",
    "LocationTokenRequest",
    "LocationTokenResponse",
    "Note",
    "NoteCreateEvent",
    "NoteCreateEventType",
    "NoteDeleteEvent",
    "NoteDeleteEventType",
    "NoteResponse",
    "NoteUpdateEvent",
    "NoteUpdateEventType",
    "NotesResponse",
    "RemoveFollowersResponse",
    "SearchContactsRequest",
    "SearchContactsResponse",
    "SearchFilter",
    "SearchFilterGroup",
    "SearchFilterOperator",
    "SearchSort",
    "SearchSortDirection",
    "SearchedContact",
    "SucceededResponse",
    "TagsRequest",
    "TagsResponse",
    "Task",
    "TaskCompleteEvent",
    "TaskCompleteEventType",
    "TaskCompletionRequest",
    "TaskCreateEvent",
    "TaskCreateEventType",
    "TaskDeleteEvent",
    "TaskDeleteEventType",
    "TaskResponse",
    "TasksResponse",
    "TextBoxListOption",
    "TokenGrantType",
    "TokenRequest",
    "TokenResponse",
    "TokenUserType",
    "UnauthorizedErrorBody",
    "UnprocessableEntityErrorBody",
    "UpdateContactRequest",
    "UpdateContactResponse",
    "UpdateCustomFieldRequest",
    "UpdateCustomFieldRequestModel",
    "UpdateNoteRequest",
    "UpdateTaskRequest",
    "UpsertContactRequest",
    "UpsertContactResponse",
    "WebhookContact",
    "WebhookNote",
    "WebhookTask",
    "WorkflowEnrollmentRequest",
)

# Models renamed (an old name also named an exception of the package): the old name still works, with
# a DeprecationWarning, until the next minor version.
_RENAMED = {
    "BadRequestError": "BadRequestErrorBody",
    "Contact": "ContactDetail",
    "UnauthorizedError": "UnauthorizedErrorBody",
    "UnprocessableEntityError": "UnprocessableEntityErrorBody",
}


def __getattr__(name: str) -> Any:
    if name in _RENAMED:
        warnings.warn(
            f"{__name__}.{name} is now {_RENAMED[name]}; the old name goes in the next minor version",
            DeprecationWarning,
            stacklevel=2,
        )
        return globals()[_RENAMED[name]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
