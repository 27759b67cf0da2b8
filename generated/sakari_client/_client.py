"""The Sakari clients: one attribute per resource (a tag of the spec), settings from arguments or the environment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self
from urllib.parse import urljoin

import httpx
from contacts_runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_WAIT,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    ClientCredentials,
    Request,
    SyncAPIClient,
)
from contacts_runtime._auth import TokenAnswer

from ._config import CONFIG
from .api.authentication import fetch_token
from .models.token_request import TokenRequest
from .resources.attributes import AsyncAttributesResource, AttributesResource
from .resources.campaigns import AsyncCampaignsResource, CampaignsResource
from .resources.contacts import AsyncContactsResource, ContactsResource
from .resources.conversations import AsyncConversationsResource, ConversationsResource
from .resources.files import AsyncFilesResource, FilesResource
from .resources.messages import AsyncMessagesResource, MessagesResource
from .resources.templates import AsyncTemplatesResource, TemplatesResource
from .resources.webhooks import AsyncWebhooksResource, WebhooksResource
from .types import Unset

__all__ = ["AsyncSakari", "Sakari"]


def _token_request(client_id: str, client_secret: str) -> Request:
    body = TokenRequest(grant_type="client_credentials", client_id=client_id, client_secret=client_secret)
    return fetch_token.build_request(body=body)


def _token_answer(response: httpx.Response) -> TokenAnswer:
    answer = fetch_token.parse_response(response)
    return answer.access_token, None if isinstance(answer.expires_in, Unset) else answer.expires_in


def _token_url(base_url: str | None) -> str:
    return urljoin(CONFIG.base_url(base_url) + "/", "../oauth2/token")


def _auth(
    client_id: str | None, client_secret: str | None, token_url: str | None, base_url: str | None
) -> ClientCredentials:
    return ClientCredentials(
        CONFIG.credential(client_id, "client_id"),
        CONFIG.credential(client_secret, "client_secret"),
        token_url or _token_url(base_url),
        token_request=_token_request,
        parse=_token_answer,
    )


class Sakari(SyncAPIClient):
    """Client of the Sakari API.

    Credentials and settings not given are read from the environment:
    ``SAKARI_CLIENT_ID``, ``SAKARI_CLIENT_SECRET``,
    ``SAKARI_ACCOUNT_ID``,
    ``SAKARI_BASE_URL``. ``http_client`` may be your own ``httpx.Client``; it is
    then yours to close. Use the client as a context manager to close what it opened; a closed
    client raises ``ClientClosedError``. ``max_wait`` caps every wait (pacing, ``Retry-After``,
    backoff), in seconds: when the service asks for longer, its error answer is raised instead.

    Answers are parsed tolerantly by default: a field that does not match the spec keeps the value
    as received, and ``drift`` records where (types only, never values). With
    ``strict_response_validation=True`` such an answer raises ``APIResponseValidationError``
    instead; the type annotations are a promise in strict mode only.
    """

    attributes: AttributesResource
    campaigns: CampaignsResource
    contacts: ContactsResource
    conversations: ConversationsResource
    files: FilesResource
    messages: MessagesResource
    templates: TemplatesResource
    webhooks: WebhooksResource

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        account_id: str | None = None,
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
            auth=_auth(client_id, client_secret, token_url, base_url),
            base_url=base_url,
            options={
                "account_id": account_id,
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
        self.attributes = AttributesResource(self)
        self.campaigns = CampaignsResource(self)
        self.contacts = ContactsResource(self)
        self.conversations = ConversationsResource(self)
        self.files = FilesResource(self)
        self.messages = MessagesResource(self)
        self.templates = TemplatesResource(self)
        self.webhooks = WebhooksResource(self)

    def with_options(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
    ) -> Self:
        """A copy of this client with other settings (headers are added to the client's), sharing its connections.

        It shares the token too, unless other credentials, another base URL or account_id are given: then it
        fetches its own, so a copy made for another account never sends this client's token.
        """
        auth = None
        if any(value is not None for value in (client_id, client_secret, token_url, base_url, account_id)):
            assert isinstance(self._auth, ClientCredentials)
            auth = self._auth.with_changes(
                client_id=client_id,
                client_secret=client_secret,
                token_url=token_url or (None if base_url is None else _token_url(base_url)),
            )
        return self._copy(
            auth=auth,
            base_url=base_url,
            options={
                "account_id": account_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )


class AsyncSakari(AsyncAPIClient):
    """Asynchronous client of the Sakari API.

    Credentials and settings not given are read from the environment:
    ``SAKARI_CLIENT_ID``, ``SAKARI_CLIENT_SECRET``,
    ``SAKARI_ACCOUNT_ID``,
    ``SAKARI_BASE_URL``. ``http_client`` may be your own ``httpx.AsyncClient``; it is
    then yours to close. Use the client as a context manager to close what it opened; a closed
    client raises ``ClientClosedError``. ``max_wait`` caps every wait (pacing, ``Retry-After``,
    backoff), in seconds: when the service asks for longer, its error answer is raised instead.

    Answers are parsed tolerantly by default: a field that does not match the spec keeps the value
    as received, and ``drift`` records where (types only, never values). With
    ``strict_response_validation=True`` such an answer raises ``APIResponseValidationError``
    instead; the type annotations are a promise in strict mode only.
    """

    attributes: AsyncAttributesResource
    campaigns: AsyncCampaignsResource
    contacts: AsyncContactsResource
    conversations: AsyncConversationsResource
    files: AsyncFilesResource
    messages: AsyncMessagesResource
    templates: AsyncTemplatesResource
    webhooks: AsyncWebhooksResource

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        account_id: str | None = None,
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
            auth=_auth(client_id, client_secret, token_url, base_url),
            base_url=base_url,
            options={
                "account_id": account_id,
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
        self.attributes = AsyncAttributesResource(self)
        self.campaigns = AsyncCampaignsResource(self)
        self.contacts = AsyncContactsResource(self)
        self.conversations = AsyncConversationsResource(self)
        self.files = AsyncFilesResource(self)
        self.messages = AsyncMessagesResource(self)
        self.templates = AsyncTemplatesResource(self)
        self.webhooks = AsyncWebhooksResource(self)

    def with_options(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
    ) -> Self:
        """A copy of this client with other settings (headers are added to the client's), sharing its connections.

        It shares the token too, unless other credentials, another base URL or account_id are given: then it
        fetches its own, so a copy made for another account never sends this client's token.
        """
        auth = None
        if any(value is not None for value in (client_id, client_secret, token_url, base_url, account_id)):
            assert isinstance(self._auth, ClientCredentials)
            auth = self._auth.with_changes(
                client_id=client_id,
                client_secret=client_secret,
                token_url=token_url or (None if base_url is None else _token_url(base_url)),
            )
        return self._copy(
            auth=auth,
            base_url=base_url,
            options={
                "account_id": account_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
