"""Contains all the data models used in inputs/outputs"""

from .api_version import ApiVersion
from .bad_request_error import BadRequestError
from .contact import Contact
from .create_contact_request import CreateContactRequest
from .create_contact_response import CreateContactResponse
from .custom_field_input import CustomFieldInput
from .custom_field_input_field_value_type_3 import CustomFieldInputFieldValueType3
from .custom_field_value import CustomFieldValue
from .dnd_setting import DndSetting
from .dnd_settings import DndSettings
from .dnd_status import DndStatus
from .inbound_dnd_setting import InboundDndSetting
from .inbound_dnd_settings import InboundDndSettings
from .inbound_dnd_status import InboundDndStatus
from .unauthorized_error import UnauthorizedError
from .unprocessable_entity_error import UnprocessableEntityError

__all__ = (
    "ApiVersion",
    "BadRequestError",
    "Contact",
    "CreateContactRequest",
    "CreateContactResponse",
    "CustomFieldInput",
    "CustomFieldInputFieldValueType3",
    "CustomFieldValue",
    "DndSetting",
    "DndSettings",
    "DndStatus",
    "InboundDndSetting",
    "InboundDndSettings",
    "InboundDndStatus",
    "UnauthorizedError",
    "UnprocessableEntityError",
)
