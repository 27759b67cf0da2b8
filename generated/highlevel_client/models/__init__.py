"""Contains all the data models used in inputs/outputs"""

from .api_version import ApiVersion
from .attribution_source import AttributionSource
from .bad_request_error import BadRequestError
from .contact import Contact
from .contact_detail import ContactDetail
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
from .list_contacts_meta import ListContactsMeta
from .list_contacts_response import ListContactsResponse
from .search_contacts_request import SearchContactsRequest
from .search_contacts_response import SearchContactsResponse
from .search_filter import SearchFilter
from .search_sort import SearchSort
from .search_sort_direction import SearchSortDirection
from .searched_contact import SearchedContact
from .tags_request import TagsRequest
from .tags_response import TagsResponse
from .unauthorized_error import UnauthorizedError
from .unprocessable_entity_error import UnprocessableEntityError
from .update_contact_request import UpdateContactRequest
from .update_contact_response import UpdateContactResponse
from .upsert_contact_request import UpsertContactRequest
from .upsert_contact_response import UpsertContactResponse

__all__ = (
    "ApiVersion",
    "AttributionSource",
    "BadRequestError",
    "Contact",
    "ContactDetail",
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
    "ListContactsMeta",
    "ListContactsResponse",
    "SearchContactsRequest",
    "SearchContactsResponse",
    "SearchFilter",
    "SearchSort",
    "SearchSortDirection",
    "SearchedContact",
    "TagsRequest",
    "TagsResponse",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "UpdateContactRequest",
    "UpdateContactResponse",
    "UpsertContactRequest",
    "UpsertContactResponse",
)
