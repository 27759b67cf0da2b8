"""The HighLevelV3 clients: one attribute per resource (a tag of the spec), settings from arguments or the environment."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Self

import httpx
from contacts_runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_WAIT,
    DEFAULT_TIMEOUT,
    ArgumentError,
    AsyncAPIClient,
    BearerToken,
    SyncAPIClient,
    _agency,
)
from contacts_runtime._custom_field_keys import (
    AsyncCustomFieldKeyCache,
    CustomFieldKeyCache,
    CustomFieldKeys,
    KeyedDefinitions,
)
from contacts_runtime._oauth import given_pair

from . import oauth as _oauth_flow
from ._config import CONFIG
from .models.installed_location import InstalledLocation
from .oauth import OAuthTokens, TokenPair, TokenStoreError
from .resources.appointments import AppointmentsResource, AsyncAppointmentsResource
from .resources.businesses import AsyncBusinessesResource, BusinessesResource
from .resources.campaigns import AsyncCampaignsResource, CampaignsResource
from .resources.contacts import AsyncContactsResource, ContactsResource
from .resources.custom_fields import AsyncCustomFieldsResource, CustomFieldsResource
from .resources.custom_values import AsyncCustomValuesResource, CustomValuesResource
from .resources.followers import AsyncFollowersResource, FollowersResource
from .resources.location_tags import AsyncLocationTagsResource, LocationTagsResource
from .resources.notes import AsyncNotesResource, NotesResource
from .resources.tags import AsyncTagsResource, TagsResource
from .resources.tasks import AsyncTasksResource, TasksResource
from .resources.workflows import AsyncWorkflowsResource, WorkflowsResource
from .types import Unset

__all__ = ["AsyncHighLevelV3", "HighLevelV3"]

# Where the definitions answer keeps what naming custom fields by key needs (info.x-sdk.custom-field-keys).
_CUSTOM_FIELD_KEYS = KeyedDefinitions(
    items="customFields",
    key_field="fieldKey",
    id_field="id",
    key_prefix="contact.",
    input_key="key",
    input_value="field_value",
    answer_field="custom_fields",
    answer_wire_field="customFields",
)


def _auth(token: str | None) -> BearerToken:
    return BearerToken(CONFIG.credential(token, "token"))


class HighLevelV3(SyncAPIClient):
    """Client of the HighLevelV3 API.

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
    custom_fields: CustomFieldsResource
    custom_values: CustomValuesResource
    followers: FollowersResource
    location_tags: LocationTagsResource
    notes: NotesResource
    tags: TagsResource
    tasks: TasksResource
    workflows: WorkflowsResource
    # The clients for_location made (a location client's own is empty); copies made with with_options share them.
    _locations: _agency.LocationClients[Self]

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
        # Shared with the copies with_options makes: it keeps each location of each base URL apart.
        self._custom_field_key_cache = CustomFieldKeyCache(_CUSTOM_FIELD_KEYS)
        self._locations = _agency.LocationClients()
        self._attach_resources()

    def custom_field_keys(self, location_id: str | None = None) -> CustomFieldKeys:
        """The custom field definitions of a location (the client's unless given), by key.

        Looked up once per client and location (copies made with ``with_options`` share it); call
        ``forget_custom_field_keys()`` after changing definitions.
        """
        location = self.option("location_id", location_id)

        def lookup() -> dict[str, Any]:
            answer = self.custom_fields.list(location_id=location, model="contact")
            return answer.to_dict()

        return self._custom_field_key_cache.keys((str(self.base_url), location), lookup)

    def forget_custom_field_keys(self) -> None:
        """Drop the definitions looked up, so the next use of a key looks them up again."""
        self._custom_field_key_cache.forget()

    def custom_field_inputs(self, values: Mapping[str, object], location_id: str | Unset | None = None) -> list[Any]:
        """Custom field values by key (``{"contact.pincode": "94107"}``; ``pincode`` means ``contact.pincode``)
        as the list of inputs a body takes. A key the location does not define raises ``ArgumentError``
        naming it, before anything is sent.
        """
        location = None if isinstance(location_id, Unset) else location_id
        return (self.custom_field_keys(location)).inputs(values)

    def custom_field_value(self, contact: object, key: str, *, location_id: str | None = None) -> object:
        """The value a contact of an answer (a model or its JSON form) holds for the custom field with
        this key, ``None`` when it holds none; ``ArgumentError`` when the location has no such field.
        """
        return (self.custom_field_keys(location_id)).value(contact, key)

    def _attach_resources(self) -> None:
        self.appointments = AppointmentsResource(self)
        self.businesses = BusinessesResource(self)
        self.campaigns = CampaignsResource(self)
        self.contacts = ContactsResource(self)
        self.custom_fields = CustomFieldsResource(self)
        self.custom_values = CustomValuesResource(self)
        self.followers = FollowersResource(self)
        self.location_tags = LocationTagsResource(self)
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

    @classmethod
    def from_oauth(
        cls,
        *,
        client_id: str,
        client_secret: str,
        on_tokens: Callable[[TokenPair], object],
        tokens: TokenPair | None = None,
        access_token: str | None = None,
        refresh_token: str | None = None,
        expires_at: float | None = None,
        user_type: str | None = None,
        clock: Callable[[], float] = time.time,
        **settings: Any,
    ) -> Self:
        """A client that authenticates with an OAuth token pair and renews it on its own.

        The pair is ``tokens`` (a ``TokenPair`` as ``oauth.exchange_code`` or ``on_tokens`` received it,
        with the answer's ``details``) or its parts as you stored them: ``access_token``, ``refresh_token``
        and ``expires_at``, when the access token expires (seconds since the epoch). Every new pair goes to
        ``on_tokens`` before it is used (the refresh token sent stops working once renewed); if
        it raises, the call fails with ``TokenStoreError`` and the pair waits in ``oauth_tokens.unsaved``.
        ``settings`` are the constructor's (``location_id=``, ``base_url=``, ...).
        """
        pair = given_pair(tokens, access_token, refresh_token, expires_at)
        return cls._oauth_client(pair, client_id, client_secret, on_tokens, user_type, clock, settings)

    @classmethod
    def from_authorization_code(
        cls,
        *,
        client_id: str,
        client_secret: str,
        code: str,
        on_tokens: Callable[[TokenPair], object],
        redirect_uri: str | None = None,
        user_type: str | None = None,
        clock: Callable[[], float] = time.time,
        **settings: Any,
    ) -> Self:
        """Exchange the ``code`` the redirect URI received (once), store the pair with ``on_tokens``, and
        return a client that renews it as ``from_oauth`` does.

        ``TokenStoreError`` if ``on_tokens`` raises: its ``unsaved`` holds the pair.
        """
        client = cls(token="oauth", **settings)
        pair = _oauth_flow.exchange_code(
            client,
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            redirect_uri=redirect_uri,
            user_type=user_type,
            clock=clock,
        )
        try:
            on_tokens(pair)
        except Exception as exc:
            client.close()
            raise TokenStoreError(
                f"on_tokens failed ({type(exc).__name__}) to store the token pair of the code; the pair is in `unsaved`",
                unsaved=pair,
            ) from exc
        client._auth = OAuthTokens(
            pair,
            client_id=client_id,
            client_secret=client_secret,
            spec=_oauth_flow.SPEC,
            operations=_oauth_flow.OPERATIONS,
            on_tokens=on_tokens,
            user_type=user_type,
            clock=clock,
        )
        return client

    @classmethod
    def _oauth_client(
        cls,
        tokens: TokenPair,
        client_id: str,
        client_secret: str,
        on_tokens: Callable[[TokenPair], object],
        user_type: str | None,
        clock: Callable[[], float],
        settings: dict[str, Any],
    ) -> Self:
        auth = OAuthTokens(
            tokens,
            client_id=client_id,
            client_secret=client_secret,
            spec=_oauth_flow.SPEC,
            operations=_oauth_flow.OPERATIONS,
            on_tokens=on_tokens,
            user_type=user_type,
            clock=clock,
        )
        # The constructor takes every setting; its fixed-token auth is then replaced by the renewing one.
        client = cls(token="oauth", **settings)
        client._auth = auth
        return client

    @property
    def oauth_tokens(self) -> OAuthTokens:
        """The renewing OAuth auth of a client built by ``from_oauth`` or ``from_authorization_code``."""
        if not isinstance(self._auth, OAuthTokens):
            raise ArgumentError("this client was not built from OAuth tokens (use from_oauth)")
        return self._auth

    def close(self) -> None:
        """Close this client and its locations' clients (``for_location``); none can be used after."""
        for location in self._locations.take_all():
            location.close()
        super().close()

    def installed_locations(
        self, *, app_id: str, company_id: str | None = None, **filters: bool | str
    ) -> Iterator[InstalledLocation]:
        """Every location where the app ``app_id`` is installed, across every page (``for``), for an agency client.

        The client's token is an agency (Company) token; ``company_id`` defaults to the company its token
        answer named (a client built from a plain token needs it). ``filters`` narrow the listing:
        ``on_trial``, ``plan_id``, ``query``, ``version_id``.
        A missing company id or an unknown filter raises ``ArgumentError`` before anything is sent; each
        location comes once (``PaginationError`` if the service repeats a whole page).
        """
        return _agency.installed_locations(
            self, _oauth_flow.INSTALLED_LOCATIONS, app_id=app_id, company_id=company_id, filters=filters
        )

    def for_location(self, location_id: str, *, company_id: str | None = None) -> Self:
        """A client of this agency client's class for one of its locations, with that location's own token.

        The token is got with this client's agency token (``company_id`` as for ``installed_locations``),
        kept, and got again before it expires and once after a 401; a location client has its own pacer
        and daily count, and this client's settings (base URL, version, timeouts, strictness). The same
        id gives the same client; closing this client closes them. A call refused on a fresh token, or
        a token refused, raises ``LocationUninstalledError`` (at most two token calls, never a loop).
        """
        return self._locations.get(location_id, lambda: self._location_client(location_id, company_id))

    def _location_client(self, location_id: str, company_id: str | None) -> Self:
        auth = _agency.location_tokens(
            self, location_id, company_id, _oauth_flow.INSTALLED_LOCATIONS, _oauth_flow.SPEC, _oauth_flow.OPERATIONS
        )
        client = self._copy(auth=auth, options={"location_id": location_id})
        client._locations = _agency.LocationClients()
        return client


class AsyncHighLevelV3(AsyncAPIClient):
    """Asynchronous client of the HighLevelV3 API.

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
    custom_fields: AsyncCustomFieldsResource
    custom_values: AsyncCustomValuesResource
    followers: AsyncFollowersResource
    location_tags: AsyncLocationTagsResource
    notes: AsyncNotesResource
    tags: AsyncTagsResource
    tasks: AsyncTasksResource
    workflows: AsyncWorkflowsResource
    # The clients for_location made (a location client's own is empty); copies made with with_options share them.
    _locations: _agency.LocationClients[Self]

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
        # Shared with the copies with_options makes: it keeps each location of each base URL apart.
        self._custom_field_key_cache = AsyncCustomFieldKeyCache(_CUSTOM_FIELD_KEYS)
        self._locations = _agency.LocationClients()
        self._attach_resources()

    async def custom_field_keys(self, location_id: str | None = None) -> CustomFieldKeys:
        """The custom field definitions of a location (the client's unless given), by key.

        Looked up once per client and location (copies made with ``with_options`` share it); call
        ``forget_custom_field_keys()`` after changing definitions.
        """
        location = self.option("location_id", location_id)

        async def lookup() -> dict[str, Any]:
            answer = await self.custom_fields.list(location_id=location, model="contact")
            return answer.to_dict()

        return await self._custom_field_key_cache.keys((str(self.base_url), location), lookup)

    def forget_custom_field_keys(self) -> None:
        """Drop the definitions looked up, so the next use of a key looks them up again."""
        self._custom_field_key_cache.forget()

    async def custom_field_inputs(
        self, values: Mapping[str, object], location_id: str | Unset | None = None
    ) -> list[Any]:
        """Custom field values by key (``{"contact.pincode": "94107"}``; ``pincode`` means ``contact.pincode``)
        as the list of inputs a body takes. A key the location does not define raises ``ArgumentError``
        naming it, before anything is sent.
        """
        location = None if isinstance(location_id, Unset) else location_id
        return (await self.custom_field_keys(location)).inputs(values)

    async def custom_field_value(self, contact: object, key: str, *, location_id: str | None = None) -> object:
        """The value a contact of an answer (a model or its JSON form) holds for the custom field with
        this key, ``None`` when it holds none; ``ArgumentError`` when the location has no such field.
        """
        return (await self.custom_field_keys(location_id)).value(contact, key)

    def _attach_resources(self) -> None:
        self.appointments = AsyncAppointmentsResource(self)
        self.businesses = AsyncBusinessesResource(self)
        self.campaigns = AsyncCampaignsResource(self)
        self.contacts = AsyncContactsResource(self)
        self.custom_fields = AsyncCustomFieldsResource(self)
        self.custom_values = AsyncCustomValuesResource(self)
        self.followers = AsyncFollowersResource(self)
        self.location_tags = AsyncLocationTagsResource(self)
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

    @classmethod
    def from_oauth(
        cls,
        *,
        client_id: str,
        client_secret: str,
        on_tokens: Callable[[TokenPair], object],
        tokens: TokenPair | None = None,
        access_token: str | None = None,
        refresh_token: str | None = None,
        expires_at: float | None = None,
        user_type: str | None = None,
        clock: Callable[[], float] = time.time,
        **settings: Any,
    ) -> Self:
        """A client that authenticates with an OAuth token pair and renews it on its own.

        The pair is ``tokens`` (a ``TokenPair`` as ``oauth.exchange_code`` or ``on_tokens`` received it,
        with the answer's ``details``) or its parts as you stored them: ``access_token``, ``refresh_token``
        and ``expires_at``, when the access token expires (seconds since the epoch). Every new pair goes to
        ``on_tokens`` before it is used (the refresh token sent stops working once renewed); if
        it raises, the call fails with ``TokenStoreError`` and the pair waits in ``oauth_tokens.unsaved``.
        ``settings`` are the constructor's (``location_id=``, ``base_url=``, ...).
        """
        pair = given_pair(tokens, access_token, refresh_token, expires_at)
        return cls._oauth_client(pair, client_id, client_secret, on_tokens, user_type, clock, settings)

    @classmethod
    async def from_authorization_code(
        cls,
        *,
        client_id: str,
        client_secret: str,
        code: str,
        on_tokens: Callable[[TokenPair], object],
        redirect_uri: str | None = None,
        user_type: str | None = None,
        clock: Callable[[], float] = time.time,
        **settings: Any,
    ) -> Self:
        """Exchange the ``code`` the redirect URI received (once), store the pair with ``on_tokens``, and
        return a client that renews it as ``from_oauth`` does.

        ``TokenStoreError`` if ``on_tokens`` raises: its ``unsaved`` holds the pair.
        """
        client = cls(token="oauth", **settings)
        pair = await _oauth_flow.aexchange_code(
            client,
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            redirect_uri=redirect_uri,
            user_type=user_type,
            clock=clock,
        )
        try:
            on_tokens(pair)
        except Exception as exc:
            await client.close()
            raise TokenStoreError(
                f"on_tokens failed ({type(exc).__name__}) to store the token pair of the code; the pair is in `unsaved`",
                unsaved=pair,
            ) from exc
        client._auth = OAuthTokens(
            pair,
            client_id=client_id,
            client_secret=client_secret,
            spec=_oauth_flow.SPEC,
            operations=_oauth_flow.OPERATIONS,
            on_tokens=on_tokens,
            user_type=user_type,
            clock=clock,
        )
        return client

    @classmethod
    def _oauth_client(
        cls,
        tokens: TokenPair,
        client_id: str,
        client_secret: str,
        on_tokens: Callable[[TokenPair], object],
        user_type: str | None,
        clock: Callable[[], float],
        settings: dict[str, Any],
    ) -> Self:
        auth = OAuthTokens(
            tokens,
            client_id=client_id,
            client_secret=client_secret,
            spec=_oauth_flow.SPEC,
            operations=_oauth_flow.OPERATIONS,
            on_tokens=on_tokens,
            user_type=user_type,
            clock=clock,
        )
        # The constructor takes every setting; its fixed-token auth is then replaced by the renewing one.
        client = cls(token="oauth", **settings)
        client._auth = auth
        return client

    @property
    def oauth_tokens(self) -> OAuthTokens:
        """The renewing OAuth auth of a client built by ``from_oauth`` or ``from_authorization_code``."""
        if not isinstance(self._auth, OAuthTokens):
            raise ArgumentError("this client was not built from OAuth tokens (use from_oauth)")
        return self._auth

    async def close(self) -> None:
        """Close this client and its locations' clients (``for_location``); none can be used after."""
        for location in self._locations.take_all():
            await location.close()
        await super().close()

    def installed_locations(
        self, *, app_id: str, company_id: str | None = None, **filters: bool | str
    ) -> AsyncIterator[InstalledLocation]:
        """Every location where the app ``app_id`` is installed, across every page (``async for``), for an agency client.

        The client's token is an agency (Company) token; ``company_id`` defaults to the company its token
        answer named (a client built from a plain token needs it). ``filters`` narrow the listing:
        ``on_trial``, ``plan_id``, ``query``, ``version_id``.
        A missing company id or an unknown filter raises ``ArgumentError`` before anything is sent; each
        location comes once (``PaginationError`` if the service repeats a whole page).
        """
        return _agency.ainstalled_locations(
            self, _oauth_flow.INSTALLED_LOCATIONS, app_id=app_id, company_id=company_id, filters=filters
        )

    def for_location(self, location_id: str, *, company_id: str | None = None) -> Self:
        """A client of this agency client's class for one of its locations, with that location's own token.

        The token is got with this client's agency token (``company_id`` as for ``installed_locations``),
        kept, and got again before it expires and once after a 401; a location client has its own pacer
        and daily count, and this client's settings (base URL, version, timeouts, strictness). The same
        id gives the same client; closing this client closes them. A call refused on a fresh token, or
        a token refused, raises ``LocationUninstalledError`` (at most two token calls, never a loop).
        """
        return self._locations.get(location_id, lambda: self._location_client(location_id, company_id))

    def _location_client(self, location_id: str, company_id: str | None) -> Self:
        auth = _agency.location_tokens(
            self, location_id, company_id, _oauth_flow.INSTALLED_LOCATIONS, _oauth_flow.SPEC, _oauth_flow.OPERATIONS
        )
        client = self._copy(auth=auth, options={"location_id": location_id})
        client._locations = _agency.LocationClients()
        return client
