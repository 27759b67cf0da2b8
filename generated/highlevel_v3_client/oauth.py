"""HighLevelV3 Marketplace OAuth (authorization-code flow): the authorization URL, code exchange, refresh
and location tokens, from the facts of the spec's ``info.x-sdk.oauth``.

The token calls go through a HighLevelV3 client's transport (its timeouts, retries and typed errors) and are
never resent once they may have reached the service: a code works once, and a refresh token
is retired by the refresh that uses it. Build a client that renews its own token
with ``HighLevelV3.from_oauth(...)`` or ``HighLevelV3.from_authorization_code(...)``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import httpx
from contacts_runtime import AsyncAPIClient, Request, SyncAPIClient, _oauth
from contacts_runtime._agency import InstalledLocations
from contacts_runtime._oauth import (
    AccessToken,
    AuthorizationURL,
    OAuthAnswer,
    OAuthOperations,
    OAuthSpec,
    OAuthStateError,
    OAuthTokens,
    TokenPair,
    check_state,
)
from contacts_runtime.errors import TokenStoreError

from .api.oauth import get_access_token, get_installed_locations, get_location_access_token
from .models.location_token_request import LocationTokenRequest
from .models.token_request import TokenRequest

__all__ = [
    "SPEC",
    "AccessToken",
    "AuthorizationURL",
    "OAuthStateError",
    "OAuthTokens",
    "TokenPair",
    "TokenStoreError",
    "aexchange_code",
    "alocation_token",
    "arefresh",
    "authorization_url",
    "check_state",
    "exchange_code",
    "location_token",
    "refresh",
]

SPEC = OAuthSpec(
    authorize_url="https://marketplace.gohighlevel.com/v2/oauth/chooselocation",
    white_label_authorize_url="https://marketplace.leadconnectorhq.com/v2/oauth/chooselocation",
    response_type="code",
    authorize_parameters=(
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
    ),
    scope_separator=" ",
    login_window_parameter="loginWindowOpenMode",
    login_window_values=("self",),
    access_token_lifetime=86400.0,
    refresh_token_rotates=True,
)
"""The facts of the flow, from the spec."""


def _code_request(
    client_id: str, client_secret: str, code: str, redirect_uri: str | None, user_type: str | None
) -> Request:
    fields = {"client_id": client_id, "client_secret": client_secret, "grant_type": "authorization_code", "code": code}
    if redirect_uri is not None:
        fields["redirect_uri"] = redirect_uri
    if user_type is not None:
        fields["user_type"] = user_type
    return get_access_token.build_request(body=TokenRequest.from_dict(fields))


def _refresh_request(client_id: str, client_secret: str, refresh_token: str, user_type: str | None) -> Request:
    fields = {
        "client_id": client_id,
        "client_secret": client_secret,
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
    }
    if user_type is not None:
        fields["user_type"] = user_type
    return get_access_token.build_request(body=TokenRequest.from_dict(fields))


def _token_answer(response: httpx.Response) -> OAuthAnswer:
    answer = get_access_token.parse_response(response)
    return OAuthAnswer.from_model(answer, response)


def _location_request(client: Any, company_id: str, location_id: str) -> Request:
    body = LocationTokenRequest.from_dict({"companyId": company_id, "locationId": location_id})
    return get_location_access_token.build_request(
        body=body,
        version=client.option("version", None),
    )


def _location_answer(response: httpx.Response) -> OAuthAnswer:
    answer = get_location_access_token.parse_response(response)
    return OAuthAnswer.from_model(answer, response)


def _installed_locations_request(
    client: Any, company_id: str, app_id: str, skip: int, limit: int, filters: Mapping[str, Any]
) -> Request:
    return get_installed_locations.build_request(
        company_id=company_id,
        app_id=app_id,
        is_installed=True,
        skip=str(skip),
        limit=str(limit),
        version=client.option("version", None),
        **filters,
    )


INSTALLED_LOCATIONS = InstalledLocations(
    request=_installed_locations_request,
    parse=get_installed_locations.parse_response,
    items=lambda answer: answer.locations,
    count=lambda answer: answer.count,
    # A location a tolerant answer kept as something else than an object has no id to read.
    item_id=lambda location: getattr(location, "id", None),
    filters={
        "on_trial": (bool,),
        "plan_id": (str,),
        "query": (str,),
        "version_id": (str,),
    },
    page_size=100,
    company_id_field="companyId",
)
"""The agency's listing of installed locations (``info.x-sdk.oauth.installed-locations``)."""


OPERATIONS = OAuthOperations(
    code_request=_code_request,
    refresh_request=_refresh_request,
    parse_token=_token_answer,
    location_request=_location_request,
    parse_location_token=_location_answer,
)


def authorization_url(
    client_id: str,
    redirect_uri: str,
    scopes: Iterable[str],
    *,
    white_label: bool = False,
    state: str | None = None,
    login_window_open_mode: str | None = None,
) -> AuthorizationURL:
    """Where to send the installing admin's browser (the white-label page with ``white_label=True``).

    ``scopes`` are scope names; ``state`` comes back to ``redirect_uri`` with the code (one is generated
    when none is given: the URL returned, a ``str``, holds it as ``.state``; check the callback's with
    ``check_state(url.state, received_state)``, a constant-time compare);     ``login_window_open_mode`` (``"self"``) asks the page to open its login in the same tab.    ``ValueError`` names an argument that cannot be sent.
    """
    return _oauth.authorization_url(
        SPEC,
        client_id,
        redirect_uri,
        scopes,
        white_label=white_label,
        state=state,
        login_window_open_mode=login_window_open_mode,
    )


def exchange_code(
    client: SyncAPIClient,
    *,
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str | None = None,
    user_type: str | None = None,
    clock: Callable[[], float] = time.time,
) -> TokenPair:
    """The token pair for the ``code`` the redirect URI received, through ``client``'s transport (its token is not sent)."""
    return _oauth.exchange_code(
        client,
        SPEC,
        OPERATIONS,
        client_id=client_id,
        client_secret=client_secret,
        code=code,
        redirect_uri=redirect_uri,
        user_type=user_type,
        clock=clock,
    )


async def aexchange_code(
    client: AsyncAPIClient,
    *,
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str | None = None,
    user_type: str | None = None,
    clock: Callable[[], float] = time.time,
) -> TokenPair:
    """``exchange_code`` through an async client."""
    return await _oauth.aexchange_code(
        client,
        SPEC,
        OPERATIONS,
        client_id=client_id,
        client_secret=client_secret,
        code=code,
        redirect_uri=redirect_uri,
        user_type=user_type,
        clock=clock,
    )


def refresh(
    client: SyncAPIClient,
    *,
    client_id: str,
    client_secret: str,
    refresh_token: str,
    user_type: str | None = None,
    clock: Callable[[], float] = time.time,
) -> TokenPair:
    """A new token pair for ``refresh_token``, which stops working: store the new pair before anything else."""
    return _oauth.refresh(
        client,
        SPEC,
        OPERATIONS,
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=refresh_token,
        user_type=user_type,
        clock=clock,
    )


async def arefresh(
    client: AsyncAPIClient,
    *,
    client_id: str,
    client_secret: str,
    refresh_token: str,
    user_type: str | None = None,
    clock: Callable[[], float] = time.time,
) -> TokenPair:
    """``refresh`` through an async client."""
    return await _oauth.arefresh(
        client,
        SPEC,
        OPERATIONS,
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=refresh_token,
        user_type=user_type,
        clock=clock,
    )


def location_token(
    client: SyncAPIClient, *, company_id: str, location_id: str, clock: Callable[[], float] = time.time
) -> AccessToken:
    """An access token for ``location_id``, got with the agency (company) token ``client`` authenticates with."""
    return _oauth.location_token(client, SPEC, OPERATIONS, company_id=company_id, location_id=location_id, clock=clock)


async def alocation_token(
    client: AsyncAPIClient, *, company_id: str, location_id: str, clock: Callable[[], float] = time.time
) -> AccessToken:
    """``location_token`` through an async client."""
    return await _oauth.alocation_token(
        client, SPEC, OPERATIONS, company_id=company_id, location_id=location_id, clock=clock
    )
