"""The Sakari contact page schema as pydantic v2 models and msgspec Structs, for the parse benchmark.

Written by hand from ``spec/sakari.yaml`` (the same fields, types and optionality), so the libraries
parse exactly what our generated models parse: extra fields are kept, date-times are parsed.
"""

from __future__ import annotations

import datetime

import msgspec
import pydantic
from pydantic import ConfigDict, Field


class _Model(pydantic.BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PMobile(_Model):
    country: str | None = None
    number: str | None = None
    verified: datetime.datetime | None = None
    valid: bool | None = None
    line_type: str | None = Field(None, alias="lineType")


class PListSource(_Model):
    id: str | None = None
    integration: str | None = None
    last_synced: str | None = Field(None, alias="lastSynced")


class PDoubleOptIn(_Model):
    enabled: bool | None = None
    prompt: str | None = None


class PAttributeCondition(_Model):
    attribute: str | None = None
    comparator: str | None = None
    value: list[str] | None = None


class PListFilter(_Model):
    q: str | None = None
    attributes: list[PAttributeCondition] | None = None
    list_: str | None = Field(None, alias="list")
    valid: bool | None = None
    invalid: bool | None = None
    blocked: bool | None = None
    unblocked: bool | None = None
    opt_in: bool | None = Field(None, alias="optIn")


class PContactList(_Model):
    id: str | None = None
    name: str | None = None
    source: PListSource | None = None
    keyword: str | None = None
    double_opt_in: PDoubleOptIn | None = Field(None, alias="doubleOptIn")
    filter: PListFilter | None = None
    opt_in_confirmation: str | None = Field(None, alias="optInConfirmation")
    opt_in: datetime.datetime | None = Field(None, alias="optIn")
    opt_out: datetime.datetime | None = Field(None, alias="optOut")


class PIntegrationLink(_Model):
    id: int | None = None


class PContactError(_Model):
    code: str | None = None
    description: str | None = None


class PActor(_Model):
    id: str | None = None
    name: str | None = None
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    email: str | None = None
    source: str | None = None
    sub_source: str | None = Field(None, alias="subSource")


class PChangeStamp(_Model):
    at: datetime.datetime | None = None
    by: PActor | None = None


class PTag(_Model):
    tag: str | None = None
    visible: bool | None = None


class PContact(_Model):
    id: str | None = None
    email: str | None = None
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    mobile: PMobile | None = None
    lists: list[PContactList] | None = None
    attributes: dict[str, object] | None = None
    tags: list[PTag] | None = None
    opt_in: datetime.datetime | None = Field(None, alias="optIn")
    blocked: datetime.datetime | None = None
    activecampaign: PIntegrationLink | None = None
    hubspot: PIntegrationLink | None = None
    pipedrive: PIntegrationLink | None = None
    valid: bool | None = None
    error: PContactError | None = None
    created: PChangeStamp | None = None
    updated: PChangeStamp | None = None


class PPagination(_Model):
    total_count: int | None = Field(None, alias="totalCount")
    limit: int | None = None
    offset: int | None = None
    has_next: bool | None = Field(None, alias="hasNext")


class PContactsResponse(_Model):
    success: bool
    pagination: PPagination
    data: list[PContact]


class PContactRequest(_Model):
    email: str | None = None
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    mobile: PMobile | None = None
    attributes: dict[str, object] | None = None
    tags: list[PTag] | None = None


class _Struct(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=False):
    pass


class MMobile(_Struct):
    country: str | msgspec.UnsetType = msgspec.UNSET
    number: str | msgspec.UnsetType = msgspec.UNSET
    verified: datetime.datetime | msgspec.UnsetType = msgspec.UNSET
    valid: bool | msgspec.UnsetType = msgspec.UNSET
    lineType: str | msgspec.UnsetType = msgspec.UNSET


class MListSource(_Struct):
    id: str | msgspec.UnsetType = msgspec.UNSET
    integration: str | msgspec.UnsetType = msgspec.UNSET
    lastSynced: str | msgspec.UnsetType = msgspec.UNSET


class MDoubleOptIn(_Struct):
    enabled: bool | msgspec.UnsetType = msgspec.UNSET
    prompt: str | msgspec.UnsetType = msgspec.UNSET


class MAttributeCondition(_Struct):
    attribute: str | msgspec.UnsetType = msgspec.UNSET
    comparator: str | msgspec.UnsetType = msgspec.UNSET
    value: list[str] | msgspec.UnsetType = msgspec.UNSET


class MListFilter(_Struct):
    q: str | msgspec.UnsetType = msgspec.UNSET
    attributes: list[MAttributeCondition] | msgspec.UnsetType = msgspec.UNSET
    list_: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="list")
    valid: bool | msgspec.UnsetType = msgspec.UNSET
    invalid: bool | msgspec.UnsetType = msgspec.UNSET
    blocked: bool | msgspec.UnsetType = msgspec.UNSET
    unblocked: bool | msgspec.UnsetType = msgspec.UNSET
    optIn: bool | msgspec.UnsetType = msgspec.UNSET


class MContactList(_Struct):
    id: str | msgspec.UnsetType = msgspec.UNSET
    name: str | msgspec.UnsetType = msgspec.UNSET
    source: MListSource | msgspec.UnsetType = msgspec.UNSET
    keyword: str | msgspec.UnsetType = msgspec.UNSET
    doubleOptIn: MDoubleOptIn | msgspec.UnsetType = msgspec.UNSET
    filter: MListFilter | msgspec.UnsetType = msgspec.UNSET
    optInConfirmation: str | msgspec.UnsetType = msgspec.UNSET
    optIn: datetime.datetime | msgspec.UnsetType = msgspec.UNSET
    optOut: datetime.datetime | msgspec.UnsetType = msgspec.UNSET


class MIntegrationLink(_Struct):
    id: int | msgspec.UnsetType = msgspec.UNSET


class MContactError(_Struct):
    code: str | msgspec.UnsetType = msgspec.UNSET
    description: str | msgspec.UnsetType = msgspec.UNSET


class MActor(_Struct):
    id: str | msgspec.UnsetType = msgspec.UNSET
    name: str | msgspec.UnsetType = msgspec.UNSET
    firstName: str | msgspec.UnsetType = msgspec.UNSET
    lastName: str | msgspec.UnsetType = msgspec.UNSET
    email: str | msgspec.UnsetType = msgspec.UNSET
    source: str | msgspec.UnsetType = msgspec.UNSET
    subSource: str | msgspec.UnsetType = msgspec.UNSET


class MChangeStamp(_Struct):
    at: datetime.datetime | msgspec.UnsetType = msgspec.UNSET
    by: MActor | msgspec.UnsetType = msgspec.UNSET


class MTag(_Struct):
    tag: str | msgspec.UnsetType = msgspec.UNSET
    visible: bool | msgspec.UnsetType = msgspec.UNSET


class MContact(_Struct):
    id: str | msgspec.UnsetType = msgspec.UNSET
    email: str | msgspec.UnsetType = msgspec.UNSET
    firstName: str | msgspec.UnsetType = msgspec.UNSET
    lastName: str | msgspec.UnsetType = msgspec.UNSET
    mobile: MMobile | msgspec.UnsetType = msgspec.UNSET
    lists: list[MContactList] | msgspec.UnsetType = msgspec.UNSET
    attributes: dict[str, object] | msgspec.UnsetType = msgspec.UNSET
    tags: list[MTag] | msgspec.UnsetType = msgspec.UNSET
    optIn: datetime.datetime | msgspec.UnsetType = msgspec.UNSET
    blocked: datetime.datetime | msgspec.UnsetType = msgspec.UNSET
    activecampaign: MIntegrationLink | msgspec.UnsetType = msgspec.UNSET
    hubspot: MIntegrationLink | msgspec.UnsetType = msgspec.UNSET
    pipedrive: MIntegrationLink | msgspec.UnsetType = msgspec.UNSET
    valid: bool | msgspec.UnsetType = msgspec.UNSET
    error: MContactError | msgspec.UnsetType = msgspec.UNSET
    created: MChangeStamp | msgspec.UnsetType = msgspec.UNSET
    updated: MChangeStamp | msgspec.UnsetType = msgspec.UNSET


class MPagination(_Struct):
    totalCount: int | msgspec.UnsetType = msgspec.UNSET
    limit: int | msgspec.UnsetType = msgspec.UNSET
    offset: int | msgspec.UnsetType = msgspec.UNSET
    hasNext: bool | msgspec.UnsetType = msgspec.UNSET


class MContactsResponse(_Struct):
    success: bool
    pagination: MPagination
    data: list[MContact]


class MContactRequest(_Struct):
    email: str | msgspec.UnsetType = msgspec.UNSET
    firstName: str | msgspec.UnsetType = msgspec.UNSET
    lastName: str | msgspec.UnsetType = msgspec.UNSET
    mobile: MMobile | msgspec.UnsetType = msgspec.UNSET
    attributes: dict[str, object] | msgspec.UnsetType = msgspec.UNSET
    tags: list[MTag] | msgspec.UnsetType = msgspec.UNSET
