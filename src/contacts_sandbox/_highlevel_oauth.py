"""HighLevel's Marketplace OAuth, simulated: authorization codes, token exchange, rotation, location tokens.

The real authorization page (``https://marketplace.gohighlevel.com/v2/oauth/chooselocation``) asks an
admin to pick a location and sends the browser back to the app's redirect URI with ``?code=...``. The
sandbox has no admin to ask, so it offers two sandbox-only ways to get a code:

- ``GET /v2/oauth/chooselocation?response_type=code&client_id=...&redirect_uri=...&scope=...`` on the
  sandbox answers ``302`` to ``redirect_uri?code=...``, as if the admin had approved. Extra query
  parameters choose what was approved: ``locationId`` (default ``loc-1``), ``companyId`` (default
  ``company-1``), ``userType`` (``Location``, the default, or ``Company``) and, for a company,
  ``approvedLocations`` (comma separated, default the ``locationId``).
- ``sandbox.highlevel.oauth.mint_code(...)`` from Python, with the same choices.

Then, as on HighLevel: ``POST /oauth/token`` (form-encoded) exchanges the code (once, within
``code_ttl`` seconds, with the same ``redirect_uri``) for an access token valid ``access_ttl`` seconds
and a refresh token valid ``refresh_ttl`` seconds; a refresh answers a new pair and the refresh token
sent stops working (a second use is a 400 ``invalid_grant``). A company token exchanges for location
tokens at ``POST /oauth/locationToken`` and lists the company's locations at
``GET /oauth/installedLocations``. Access tokens work on the contact operations of their own location,
within their scopes; the app is ``sandbox-app-client``/``sandbox-app-secret``. ``uninstall(location_id)``
takes the app off a location (its tokens answer 401, new location tokens are refused). Every token
has its own rate-limit window and daily count, so each location token is limited on its own.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._service import Answer, Call, ServiceError

if TYPE_CHECKING:
    from ._service import Service
    from ._spec import Operation

OAUTH_CLIENT_ID = "sandbox-app-client"
OAUTH_CLIENT_SECRET = "sandbox-app-secret"
AUTHORIZE_PATH = "/v2/oauth/chooselocation"
DEFAULT_LOCATION_ID = "loc-1"
DEFAULT_COMPANY_ID = "company-1"
DEFAULT_SCOPES = ("contacts.readonly", "contacts.write")
COMPANY_SCOPES = ("oauth.readonly", "oauth.write")
ACCESS_TTL = 86_399  # what HighLevel answers as expires_in: just under the documented day
REFRESH_TTL = 365 * 86_400
CODE_TTL = 600
_USER_TYPES = ("Location", "Company")
_INVALID_GRANT = "invalid_grant"


@dataclass(frozen=True)
class Grant:
    """What an installation allows: who, where, which scopes."""

    client_id: str
    user_type: str
    company_id: str
    location_id: str | None
    scopes: tuple[str, ...]
    user_id: str
    approved_locations: tuple[str, ...] = ()
    redirect_uri: str | None = None

    @property
    def app_id(self) -> str:
        # HighLevel's client ids are "<appId>-<suffix>"; its Node SDK reads the app id the same way.
        return self.client_id.split("-")[0]


@dataclass
class _Issued:
    grant: Grant
    expires_at: float


@dataclass
class HighLevelOAuth:
    """The OAuth state of the HighLevel sandbox: apps, codes, access and refresh tokens."""

    apps: dict[str, str] = field(default_factory=lambda: {OAUTH_CLIENT_ID: OAUTH_CLIENT_SECRET}, repr=False)
    access_ttl: float = ACCESS_TTL
    refresh_ttl: float = REFRESH_TTL
    code_ttl: float = CODE_TTL
    clock: Callable[[], float] = time.time
    # Codes and tokens are secrets: kept out of the repr.
    codes: dict[str, _Issued] = field(default_factory=dict, repr=False)
    access_tokens: dict[str, _Issued] = field(default_factory=dict, repr=False)
    refresh_tokens: dict[str, _Issued] = field(default_factory=dict, repr=False)
    used_refresh_tokens: set[str] = field(default_factory=set, repr=False)
    location_names: dict[str, str] = field(default_factory=dict)

    def reset(self) -> None:
        """Forget every code and token, and restore the lifetimes and the clock."""
        self.codes.clear()
        self.access_tokens.clear()
        self.refresh_tokens.clear()
        self.used_refresh_tokens.clear()
        self.location_names.clear()
        self.access_ttl, self.refresh_ttl, self.code_ttl, self.clock = ACCESS_TTL, REFRESH_TTL, CODE_TTL, time.time

    # --- sandbox-only: what the authorization page would do --------------------------------------

    def mint_code(
        self,
        *,
        client_id: str = OAUTH_CLIENT_ID,
        user_type: str = "Location",
        location_id: str = DEFAULT_LOCATION_ID,
        company_id: str = DEFAULT_COMPANY_ID,
        scopes: tuple[str, ...] | None = None,
        approved_locations: tuple[str, ...] | None = None,
        redirect_uri: str | None = None,
    ) -> str:
        """An authorization code, as if an admin had approved the app on the authorization page."""
        if client_id not in self.apps:
            raise ValueError(f"no sandbox app has the client id {client_id!r}")
        if user_type not in _USER_TYPES:
            raise ValueError(f"user_type must be one of {_USER_TYPES}, not {user_type!r}")
        company = user_type == "Company"
        grant = Grant(
            client_id=client_id,
            user_type=user_type,
            company_id=company_id,
            location_id=None if company else location_id,
            scopes=tuple(scopes) if scopes is not None else DEFAULT_SCOPES + (COMPANY_SCOPES if company else ()),
            user_id=f"user-{company_id}",
            approved_locations=tuple(approved_locations or (location_id,)) if company else (),
            redirect_uri=redirect_uri,
        )
        for location in (*grant.approved_locations, *([grant.location_id] if grant.location_id else [])):
            self.location_names.setdefault(location, f"Sandbox location {location}")
        code = secrets.token_urlsafe(24)
        self.codes[code] = _Issued(grant, self.clock() + self.code_ttl)
        return code

    def authorize(self, query: Mapping[str, str]) -> Answer:
        """``GET /v2/oauth/chooselocation``: approve at once and redirect to the app with a code."""
        redirect_uri = query.get("redirect_uri", "")
        problems = []
        if query.get("response_type") != "code":
            problems.append("response_type must be code")
        if query.get("client_id") not in self.apps:
            problems.append("client_id is not a sandbox app")
        parts = urlsplit(redirect_uri)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            problems.append("redirect_uri must be an absolute http(s) URL")
        if query.get("userType", "Location") not in _USER_TYPES:
            problems.append(f"userType must be one of {list(_USER_TYPES)}")
        if problems:
            return Answer(400, {"statusCode": 400, "message": "; ".join(problems)})
        scope = query.get("scope", "")
        location_id = query.get("locationId", DEFAULT_LOCATION_ID)
        approved = query.get("approvedLocations")
        code = self.mint_code(
            client_id=query["client_id"],
            user_type=query.get("userType", "Location"),
            location_id=location_id,
            company_id=query.get("companyId", DEFAULT_COMPANY_ID),
            scopes=tuple(scope.split()) if scope else None,
            approved_locations=tuple(approved.split(",")) if approved else None,
            redirect_uri=redirect_uri,
        )
        separator = "&" if parts.query else ""
        location = urlunsplit(parts._replace(query=parts.query + separator + urlencode({"code": code})))
        return Answer(302, None, {"Location": location})

    def uninstall(self, location_id: str) -> None:
        """The app is uninstalled from ``location_id``, as its admin would do it in HighLevel: the location
        leaves every agency installation, its tokens stop working (calls answer 401) and the token
        endpoint refuses new ones for it (400, as for any location the app is not installed on)."""
        for issued in (*self.access_tokens.values(), *self.refresh_tokens.values()):
            if location_id in issued.grant.approved_locations:
                kept = tuple(location for location in issued.grant.approved_locations if location != location_id)
                issued.grant = replace(issued.grant, approved_locations=kept)
        for tokens in (self.access_tokens, self.refresh_tokens):
            for token in [token for token, issued in tokens.items() if issued.grant.location_id == location_id]:
                del tokens[token]

    # --- what the contact operations ask ---------------------------------------------------------

    def grant_for(self, token: str) -> Grant | None:
        """The grant of a live access token; ``None`` for a token the OAuth flow did not issue.

        Raises ServiceError(401) when the token was issued and has expired.
        """
        issued = self.access_tokens.get(token)
        if issued is None:
            return None
        if self.clock() >= issued.expires_at:
            raise ServiceError(401, "Invalid JWT: the access token has expired")
        return issued.grant

    @staticmethod
    def check_scope(grant: Grant, operation: Operation) -> None:
        needed = operation.raw.get("x-sdk-scopes", [])
        if needed and not set(needed) & set(grant.scopes):
            raise ServiceError(401, f"The token is not authorized for this scope: {needed[0]}")

    @staticmethod
    def check_location(grant: Grant, location_id: str | None) -> None:
        """A location token acts on its own location only, an agency token on no location's contacts."""
        if location_id is not None and grant.location_id != location_id:
            raise ServiceError(401, "The token does not have access to this location.")

    # --- the operations ---------------------------------------------------------------------------

    def token(self, service: Service, call: Call) -> Answer:
        """``POST /oauth/token``: an authorization code or a refresh token for a new token pair."""
        fields = _form(service, call)
        client_id, secret = fields["client_id"], fields["client_secret"]
        if self.apps.get(client_id) is None or not secrets.compare_digest(self.apps[client_id], secret):
            raise ServiceError(401, "Invalid client credentials")
        now = self.clock()
        if fields["grant_type"] == "authorization_code":
            if "code" not in fields:
                raise service.invalid(["body.code is required with grant_type authorization_code"], call.operation)
            issued = self.codes.pop(fields["code"], None)  # one try per code, whatever the outcome
            if issued is None or issued.grant.client_id != client_id or now >= issued.expires_at:
                raise _invalid_grant("the authorization code is invalid, expired or already used")
            if issued.grant.redirect_uri is not None and fields.get("redirect_uri") != issued.grant.redirect_uri:
                raise _invalid_grant("redirect_uri does not match the authorization request")
            _check_user_type(fields, issued.grant)
        else:
            if "refresh_token" not in fields:
                raise service.invalid(["body.refresh_token is required with grant_type refresh_token"], call.operation)
            sent = fields["refresh_token"]
            if sent in self.used_refresh_tokens:
                raise _invalid_grant("the refresh token was already used")
            issued = self.refresh_tokens.get(sent)
            if issued is None or issued.grant.client_id != client_id or now >= issued.expires_at:
                raise _invalid_grant("the refresh token is invalid or expired")
            _check_user_type(fields, issued.grant)  # before the token is spent: a refused call keeps it usable
            del self.refresh_tokens[sent]
            self.used_refresh_tokens.add(sent)
        grant = issued.grant
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        self.access_tokens[access] = _Issued(grant, now + self.access_ttl)
        self.refresh_tokens[refresh] = _Issued(grant, now + self.refresh_ttl)
        body: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": int(self.access_ttl),
            "refresh_token": refresh,
            "scope": " ".join(grant.scopes),
            "userType": grant.user_type,
            "companyId": grant.company_id,
            "userId": grant.user_id,
        }
        if grant.location_id is not None:
            body["locationId"] = grant.location_id
        else:
            body["approvedLocations"] = list(grant.approved_locations)
            body["isBulkInstallation"] = len(grant.approved_locations) > 1
            body["installToFutureLocations"] = False
            body["approveAllLocations"] = False
        return Answer(200, body)

    def location_token(self, service: Service, call: Call) -> Answer:
        """``POST /oauth/locationToken``: the agency token of the call for a token of one of its locations."""
        grant = self._company_grant(call)
        fields = _form(service, call)
        if fields["companyId"] != grant.company_id:
            raise ServiceError(400, "companyId is not the company of the token")
        if fields["locationId"] not in grant.approved_locations:
            raise ServiceError(400, "The app is not installed on this location")
        location_grant = replace(
            grant,
            user_type="Location",
            location_id=fields["locationId"],
            scopes=tuple(scope for scope in grant.scopes if scope not in COMPANY_SCOPES),
            approved_locations=(),
        )
        access = secrets.token_urlsafe(32)
        self.access_tokens[access] = _Issued(location_grant, self.clock() + self.access_ttl)
        return Answer(
            200,
            {
                "access_token": access,
                "token_type": "Bearer",
                "expires_in": int(self.access_ttl),
                "scope": " ".join(location_grant.scopes),
                "locationId": location_grant.location_id,
                "userId": grant.user_id,
                "appId": grant.app_id,
            },
        )

    def installed_locations(self, service: Service, call: Call) -> Answer:
        """``GET /oauth/installedLocations``: the company's locations, with the app's installation on each.

        ``count`` is the company's whole location count, whatever the filters keep (as HighLevel describes
        it), so a walk by ``count`` alone asks once more past the last installed location."""
        grant = self._company_grant(call)
        query = call.query
        if query["companyId"] != grant.company_id:
            raise ServiceError(400, "companyId is not the company of the token")
        installed = set(grant.approved_locations) if query["appId"] == grant.app_id else set()
        locations = [
            {"_id": location, "name": name, "address": "", "isInstalled": location in installed}
            for location, name in sorted(self.location_names.items())
        ]
        if "isInstalled" in query:
            locations = [item for item in locations if item["isInstalled"] == query["isInstalled"]]
        if "locationId" in query:
            locations = [item for item in locations if item["_id"] == query["locationId"]]
        if query.get("query"):
            locations = [item for item in locations if query["query"].lower() in str(item["name"]).lower()]
        skip, limit = _count(query.get("skip", "0"), "skip"), _count(query.get("limit", "20"), "limit")
        page = locations[skip : skip + limit]
        return Answer(200, {"locations": page, "count": len(self.location_names), "installToFutureLocations": False})

    def _company_grant(self, call: Call) -> Grant:
        grant = self.access_tokens.get(call.principal)
        if grant is None or grant.grant.user_type != "Company":
            raise ServiceError(401, "This route needs an agency (company) access token")
        return grant.grant


def _check_user_type(fields: Mapping[str, str], grant: Grant) -> None:
    if fields.get("user_type", grant.user_type) != grant.user_type:
        raise ServiceError(400, f"user_type does not match the installation, which is {grant.user_type}")


def _invalid_grant(description: str) -> ServiceError:
    # RFC 6749 names the error of a bad, expired or reused code or refresh token `invalid_grant`.
    return ServiceError(400, f"Invalid grant: {description}", error=_INVALID_GRANT)


def _count(text: str, name: str) -> int:
    if not text.isdigit():
        raise ServiceError(422, [f"{name} must be a whole number written as a string"])
    return int(text)


def _form(service: Service, call: Call) -> dict[str, str]:
    """The form-encoded body of an OAuth call, checked against the operation's schema."""
    raw = call.body if isinstance(call.body, bytes) else b""
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(raw))
    except (UnicodeDecodeError, ValueError):
        raise service.invalid(["body is not a form-encoded text"], call.operation) from None
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise service.invalid(["body names a field more than once"], call.operation)
    schema = call.operation.body_schemas["application/x-www-form-urlencoded"]
    problems = service.spec.errors(schema, fields, "body")
    if problems:
        raise service.invalid(problems, call.operation)
    return fields
