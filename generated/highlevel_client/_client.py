"""The HighLevel clients: one attribute per resource (a tag of the spec), settings from arguments or the environment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

import httpx
from contacts_runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_WAIT,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    BearerToken,
    SyncAPIClient,
)

from ._config import CONFIG
from .resources.appointments import AppointmentsResource, AsyncAppointmentsResource
from .resources.businesses import AsyncBusinessesResource, BusinessesResource
from .resources.campaigns import AsyncCampaignsResource, CampaignsResource
from .resources.contacts import AsyncContactsResource, ContactsResource
from .resources.followers import AsyncFollowersResource, FollowersResource
from .resources.notes import AsyncNotesResource, NotesResource
from .resources.tags import AsyncTagsResource, TagsResource
from .resources.tasks import AsyncTasksResource, TasksResource
from .resources.workflows import AsyncWorkflowsResource, WorkflowsResource

__all__ = ["AsyncHighLevel", "HighLevel"]


def _auth(token: str | None) -> BearerToken:
    return BearerToken(CONFIG.credential(token, "token"))


class HighLevel(SyncAPIClient):
    """Client of the HighLevel API.

    Credentials and settings not given are read from the environment:
    ``HIGHLEVEL_TOKEN``,
    ``HIGHLEVEL_LOCATION_ID``,
    ``HIGHLEVEL_VERSION``,
    ``HIGHLEVEL_BASE_URL``. ``http_client`` may be your own ``httpx.Client``; it is
    then yours to close. Use the client as a context manager to close what it opened; a closed
    client raises ``ClientClosedError``. ``max_wait`` caps every wait (pacing, ``Retry-After``,
    backoff), in seconds: when the service asks for longer, its error answer is raised instead.

    Answers are parsed tolerantly by default: a field that does not match the spec keeps the value
    as received, and ``drift`` records where (types only, never values). With
    ``strict_response_validation=True`` such an answer raises ``APIResponseValidationError``
    instead; the type annotations are a promise in strict mode only.
    """

    appointments: AppointmentsResource
    businesses: BusinessesResource
    campaigns: CampaignsResource
    contacts: ContactsResource
    followers: FollowersResource
    notes: NotesResource
    tags: TagsResource
    tasks: TasksResource
    workflows: WorkflowsResource

    def __init__(
        self,
        *,
        token: str | None = None,
        location_id: str | None = None,
        version: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_wait: float = DEFAULT_MAX_WAIT,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            config=CONFIG,
            auth=_auth(token),
            base_url=base_url,
            options={
                "location_id": location_id,
                "version": version,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )
        self._attach_resources()

    def _attach_resources(self) -> None:
        self.appointments = AppointmentsResource(self)
        self.businesses = BusinessesResource(self)
        self.campaigns = CampaignsResource(self)
        self.contacts = ContactsResource(self)
        self.followers = FollowersResource(self)
        self.notes = NotesResource(self)
        self.tags = TagsResource(self)
        self.tasks = TasksResource(self)
        self.workflows = WorkflowsResource(self)

    def with_options(
        self,
        *,
        token: str | None = None,
        location_id: str | None = None,
        version: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
    ) -> Self:
        """A copy of this client with other settings (headers are added to the client's), sharing its connections.

        It shares the token too, unless other credentials are given: then it
        fetches its own, so a copy made for another account never sends this client's token.
        """
        auth = None if token is None else _auth(token)
        return self._copy(
            auth=auth,
            base_url=base_url,
            options={
                "location_id": location_id,
                "version": version,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )


class AsyncHighLevel(AsyncAPIClient):
    """Asynchronous client of the HighLevel API.

    Credentials and settings not given are read from the environment:
    ``HIGHLEVEL_TOKEN``,
    ``HIGHLEVEL_LOCATION_ID``,
    ``HIGHLEVEL_VERSION``,
    ``HIGHLEVEL_BASE_URL``. ``http_client`` may be your own ``httpx.AsyncClient``; it is
    then yours to close. Use the client as a context manager to close what it opened; a closed
    client raises ``ClientClosedError``. ``max_wait`` caps every wait (pacing, ``Retry-After``,
    backoff), in seconds: when the service asks for longer, its error answer is raised instead.

    Answers are parsed tolerantly by default: a field that does not match the spec keeps the value
    as received, and ``drift`` records where (types only, never values). With
    ``strict_response_validation=True`` such an answer raises ``APIResponseValidationError``
    instead; the type annotations are a promise in strict mode only.
    """

    appointments: AsyncAppointmentsResource
    businesses: AsyncBusinessesResource
    campaigns: AsyncCampaignsResource
    contacts: AsyncContactsResource
    followers: AsyncFollowersResource
    notes: AsyncNotesResource
    tags: AsyncTagsResource
    tasks: AsyncTasksResource
    workflows: AsyncWorkflowsResource

    def __init__(
        self,
        *,
        token: str | None = None,
        location_id: str | None = None,
        version: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_wait: float = DEFAULT_MAX_WAIT,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            config=CONFIG,
            auth=_auth(token),
            base_url=base_url,
            options={
                "location_id": location_id,
                "version": version,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )
        self._attach_resources()

    def _attach_resources(self) -> None:
        self.appointments = AsyncAppointmentsResource(self)
        self.businesses = AsyncBusinessesResource(self)
        self.campaigns = AsyncCampaignsResource(self)
        self.contacts = AsyncContactsResource(self)
        self.followers = AsyncFollowersResource(self)
        self.notes = AsyncNotesResource(self)
        self.tags = AsyncTagsResource(self)
        self.tasks = AsyncTasksResource(self)
        self.workflows = AsyncWorkflowsResource(self)

    def with_options(
        self,
        *,
        token: str | None = None,
        location_id: str | None = None,
        version: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
    ) -> Self:
        """A copy of this client with other settings (headers are added to the client's), sharing its connections.

        It shares the token too, unless other credentials are given: then it
        fetches its own, so a copy made for another account never sends this client's token.
        """
        auth = None if token is None else _auth(token)
        return self._copy(
            auth=auth,
            base_url=base_url,
            options={
                "location_id": location_id,
                "version": version,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
