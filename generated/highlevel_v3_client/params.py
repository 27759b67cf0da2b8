"""The request objects of the HighLevelV3 client in their JSON form, as ``TypedDict``s.

Wherever a method takes a model (``Mobile``, a search filter, the whole ``body=``...), it also takes
the model's JSON form as a dict: ``<Model>Param`` here, so that mypy and editors check its keys (the
wire names) and values. A dict is checked against the spec before anything is sent, and sends
exactly what the equal model sends.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "BulkTagsRequestParam",
    "BusinessAssignmentRequestParam",
    "CreateContactRequestParam",
    "CreateCustomFieldRequestParam",
    "CreateNoteRequestParam",
    "CreateTaskRequestParam",
    "CustomFieldInputParam",
    "CustomValueRequestParam",
    "DndSettingParam",
    "DndSettingsParam",
    "FollowersRequestParam",
    "InboundDndSettingParam",
    "InboundDndSettingsParam",
    "LocationTagRequestParam",
    "SearchContactsRequestParam",
    "SearchFilterParam",
    "SearchSortParam",
    "TagsRequestParam",
    "TaskCompletionRequestParam",
    "TextBoxListOptionParam",
    "UpdateContactRequestParam",
    "UpdateCustomFieldRequestParam",
    "UpdateNoteRequestParam",
    "UpdateTaskRequestParam",
    "UpsertContactRequestParam",
    "WorkflowEnrollmentRequestParam",
]


class BulkTagsRequestParam(TypedDict, total=False):
    """``BulkTagsRequest`` as a dict."""

    contacts: Required[list[str]]
    tags: Required[list[str]]
    locationId: Required[str]
    removeAllTags: bool


class BusinessAssignmentRequestParam(TypedDict, total=False):
    """``BusinessAssignmentRequest`` as a dict."""

    locationId: Required[str]
    ids: Required[list[str]]
    businessId: Required[str | None]


class CreateContactRequestParam(TypedDict, total=False):
    """``CreateContactRequest`` as a dict."""

    locationId: Required[str]
    firstName: str | None
    lastName: str | None
    name: str | None
    email: str | None
    gender: str
    phone: str | None
    address1: str | None
    city: str | None
    state: str | None
    postalCode: str
    website: str | None
    timezone: str | None
    dnd: bool
    dndSettings: DndSettingsParam
    inboundDndSettings: InboundDndSettingsParam
    tags: list[str]
    customFields: list[CustomFieldInputParam]
    source: str
    dateOfBirth: str | None
    country: str
    companyName: str | None
    assignedTo: str


class CreateCustomFieldRequestParam(TypedDict, total=False):
    """``CreateCustomFieldRequest`` as a dict."""

    name: Required[str]
    dataType: Required[str]
    placeholder: str
    acceptedFormat: list[str]
    isMultipleFile: bool
    maxNumberOfFiles: float
    textBoxListOptions: list[TextBoxListOptionParam]
    position: float
    model: Literal["contact", "opportunity"]


class CreateNoteRequestParam(TypedDict, total=False):
    """``CreateNoteRequest`` as a dict."""

    body: Required[str]
    userId: str
    title: str
    color: str
    pinned: bool


class CreateTaskRequestParam(TypedDict, total=False):
    """``CreateTaskRequest`` as a dict."""

    title: Required[str]
    dueDate: Required[str]
    completed: Required[bool]
    body: str
    assignedTo: str


class CustomFieldInputParam(TypedDict, total=False):
    """``CustomFieldInput`` as a dict."""

    id: str
    key: str
    field_value: str | list[str] | float | Mapping[str, Any]


class CustomValueRequestParam(TypedDict, total=False):
    """``CustomValueRequest`` as a dict."""

    name: Required[str]
    value: Required[str]


class DndSettingParam(TypedDict, total=False):
    """``DndSetting`` as a dict."""

    status: Required[Literal["active", "inactive", "permanent"]]
    message: str
    code: str


class DndSettingsParam(TypedDict, total=False):
    """``DndSettings`` as a dict."""

    call: DndSettingParam
    email: DndSettingParam
    sms: DndSettingParam
    whatsApp: DndSettingParam
    gmb: DndSettingParam
    fb: DndSettingParam


class FollowersRequestParam(TypedDict, total=False):
    """``FollowersRequest`` as a dict."""

    followers: Required[list[str]]


class InboundDndSettingParam(TypedDict, total=False):
    """``InboundDndSetting`` as a dict."""

    status: Required[Literal["active", "inactive"]]
    message: str


class InboundDndSettingsParam(TypedDict, total=False):
    """``InboundDndSettings`` as a dict."""

    all: InboundDndSettingParam


class LocationTagRequestParam(TypedDict, total=False):
    """``LocationTagRequest`` as a dict."""

    name: Required[str]


class SearchContactsRequestParam(TypedDict, total=False):
    """``SearchContactsRequest`` as a dict."""

    locationId: Required[str]
    pageLimit: int
    page: int
    searchAfter: list[str | float]
    filters: list[SearchFilterParam]
    sort: list[SearchSortParam]
    query: str


class SearchFilterParam(TypedDict, total=False):
    """``SearchFilter`` as a dict."""

    field: str
    operator: Literal["eq", "not_eq", "contains", "not_contains", "exists", "not_exists", "range"]
    value: Any
    group: Literal["AND", "OR"]
    filters: list[SearchFilterParam]


class SearchSortParam(TypedDict, total=False):
    """``SearchSort`` as a dict."""

    field: Required[str]
    direction: Required[Literal["asc", "desc"]]


class TagsRequestParam(TypedDict, total=False):
    """``TagsRequest`` as a dict."""

    tags: Required[list[str]]


class TaskCompletionRequestParam(TypedDict, total=False):
    """``TaskCompletionRequest`` as a dict."""

    completed: Required[bool]


class TextBoxListOptionParam(TypedDict, total=False):
    """``TextBoxListOption`` as a dict."""

    label: str
    prefillValue: str


class UpdateContactRequestParam(TypedDict, total=False):
    """``UpdateContactRequest`` as a dict."""

    firstName: str | None
    lastName: str | None
    name: str | None
    email: str | None
    phone: str | None
    address1: str | None
    city: str | None
    state: str | None
    postalCode: str
    website: str | None
    timezone: str | None
    dnd: bool
    dndSettings: DndSettingsParam
    inboundDndSettings: InboundDndSettingsParam
    tags: list[str]
    customFields: list[CustomFieldInputParam]
    source: str | None
    dateOfBirth: str | None
    country: str
    assignedTo: str | None


class UpdateCustomFieldRequestParam(TypedDict, total=False):
    """``UpdateCustomFieldRequest`` as a dict."""

    name: Required[str]
    placeholder: str
    acceptedFormat: list[str]
    isMultipleFile: bool
    maxNumberOfFiles: float
    textBoxListOptions: list[TextBoxListOptionParam]
    position: float
    model: Literal["contact", "opportunity"]


class UpdateNoteRequestParam(TypedDict, total=False):
    """``UpdateNoteRequest`` as a dict."""

    userId: str
    body: str
    title: str
    color: str
    pinned: bool


class UpdateTaskRequestParam(TypedDict, total=False):
    """``UpdateTaskRequest`` as a dict."""

    title: str
    body: str
    dueDate: str
    completed: bool
    assignedTo: str


class UpsertContactRequestParam(TypedDict, total=False):
    """``UpsertContactRequest`` as a dict."""

    locationId: Required[str]
    firstName: str | None
    lastName: str | None
    name: str | None
    email: str | None
    gender: str
    phone: str | None
    address1: str | None
    city: str | None
    state: str | None
    postalCode: str
    website: str | None
    timezone: str | None
    dnd: bool
    dndSettings: DndSettingsParam
    inboundDndSettings: InboundDndSettingsParam
    tags: list[str]
    customFields: list[CustomFieldInputParam]
    source: str
    dateOfBirth: str | None
    country: str
    companyName: str | None
    assignedTo: str
    createNewIfDuplicateAllowed: bool


class WorkflowEnrollmentRequestParam(TypedDict, total=False):
    """``WorkflowEnrollmentRequest`` as a dict."""

    eventStartTime: str
