"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .attribute import Attribute
from .attribute_condition import AttributeCondition
from .attribute_created_amounts import AttributeCreatedAmounts
from .attribute_created_response import AttributeCreatedResponse
from .attribute_type import AttributeType
from .attributes_response import AttributesResponse
from .change_stamp import ChangeStamp
from .contact import Contact
from .contact_attributes import ContactAttributes
from .contact_error import ContactError
from .contact_import_response import ContactImportResponse
from .contact_import_summary import ContactImportSummary
from .contact_list import ContactList
from .contact_request import ContactRequest
from .contact_response import ContactResponse
from .contacts_response import ContactsResponse
from .double_opt_in import DoubleOptIn
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .integration_link import IntegrationLink
from .list_filter import ListFilter
from .list_source import ListSource
from .merge_strategy import MergeStrategy
from .mobile import Mobile
from .pagination import Pagination
from .success_response import SuccessResponse
from .tag import Tag
from .token_request import TokenRequest
from .token_response import TokenResponse

__all__ = (
    "Actor",
    "Attribute",
    "AttributeCondition",
    "AttributeCreatedAmounts",
    "AttributeCreatedResponse",
    "AttributeType",
    "AttributesResponse",
    "ChangeStamp",
    "Contact",
    "ContactAttributes",
    "ContactError",
    "ContactImportResponse",
    "ContactImportSummary",
    "ContactList",
    "ContactRequest",
    "ContactResponse",
    "ContactsResponse",
    "DoubleOptIn",
    "ErrorDetail",
    "ErrorResponse",
    "IntegrationLink",
    "ListFilter",
    "ListSource",
    "MergeStrategy",
    "Mobile",
    "Pagination",
    "SuccessResponse",
    "Tag",
    "TokenRequest",
    "TokenResponse",
)
