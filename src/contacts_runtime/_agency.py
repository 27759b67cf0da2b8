"""Agencies: the locations an app is installed on, and a client per location with a token of its own.

An agency (company) token reaches every location its app is installed on. ``installed_locations`` walks
them by ``skip``/``limit`` (``InstalledLocationWalk`` decides, without I/O); ``for_location`` gives each
location a client of the agency client's class, settings and connections but its own auth, pacer and
daily count, so one busy location never slows another.

A location client's ``LocationTokens`` gets the location's token with the agency client (through its
pacer, retries and agency token; a call that may have arrived is never resent), keeps it, gets it again
``REFRESH_MARGIN`` seconds before it expires and once after a 401 (``_renewal.Renewal`` decides, as for
OAuth pairs; concurrent callers share one fetch). A location token has no refresh token. When a token
fetched because its predecessor was refused is refused too, or the token endpoint refuses to give one,
the app is no longer installed there: ``LocationUninstalledError``, after at most two fetches.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

from . import errors
from ._arguments import ArgumentError, non_empty_text
from ._oauth import AccessToken, OAuthOperations, OAuthSpec, OAuthTokens, RenewingAuth, alocation_token, location_token
from ._renewal import Renewal
from ._request import Request
from .types import Unset

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "InstalledLocationWalk",
    "InstalledLocations",
    "LocationClients",
    "LocationTokens",
    "agency_company_id",
    "ainstalled_locations",
    "installed_locations",
    "location_tokens",
]

ClientT = TypeVar("ClientT", bound="SyncAPIClient | AsyncAPIClient")
T = TypeVar("T")

# Error answers of the token endpoint that say the location's token cannot be had (the app is not
# installed there); a 401 is about the agency token and is the agency client's to renew.
_REFUSALS = (errors.BadRequestError, errors.PermissionDeniedError, errors.NotFoundError)


@attrs.frozen
class InstalledLocations:
    """The generated listing of installed locations, as the runtime calls it.

    ``request(client, company_id, app_id, skip, limit, filters)`` builds one page's call (the app
    installed only); ``items``, ``count`` and ``item_id`` read an answer and a location of it;
    ``filters`` are the other query parameters a caller may give, by Python name, with the types each
    takes; ``company_id_field`` names the company in a token answer's ``details``.
    """

    request: Callable[[Any, str, str, int, int, Mapping[str, object]], Request]
    parse: Callable[[httpx.Response], Any]
    items: Callable[[Any], object]
    count: Callable[[Any], object]
    item_id: Callable[[Any], object]
    filters: Mapping[str, tuple[type, ...]]
    page_size: int
    company_id_field: str


class InstalledLocationWalk:
    """Where the next page of installed locations starts, and which locations of a page are new (no I/O).

    The walk ends on an empty page, once ``skip`` reaches the answer's ``count``, or, without a count,
    on a short page (a count, when there is one, is trusted over a short page: the service may cap
    ``limit``). A page of locations all seen before raises ``PaginationError`` instead of asking again.
    """

    def __init__(self, page_size: int) -> None:
        self.page_size = page_size
        self.skip = 0
        self.finished = False
        self._seen: set[str] = set()

    def take(self, items: object, item_id: Callable[[Any], object], count: object) -> list[Any]:
        """The locations of the page answered at ``skip`` that were not yielded before; advances the walk."""
        if isinstance(items, Unset) or items is None:
            items = []
        if not isinstance(items, Sequence) or isinstance(items, str | bytes):
            raise errors.PaginationError(
                f"the installed locations at skip {self.skip} are not a list ({errors.json_type_name(items)})"
            )
        fresh = []
        for item in items:
            identifier = item_id(item)
            if isinstance(identifier, str):
                if identifier in self._seen:
                    continue
                self._seen.add(identifier)
            fresh.append(item)
        if items and not fresh:
            raise errors.PaginationError(
                f"the installed locations at skip {self.skip} were all listed before: the walk stops instead of "
                "asking for them again"
            )
        self.skip += len(items)
        total = _count(count)
        self.finished = (
            not items or (total is not None and self.skip >= total) or (total is None and len(items) < self.page_size)
        )
        return fresh


def _count(value: object) -> float | None:
    """An answer's count of locations, if it is a number to trust."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return value
    return None


def agency_company_id(client: SyncAPIClient | AsyncAPIClient, company_id: str | None, field: str) -> str:
    """The company of an agency client: ``company_id`` if given, else the one its token answer named.

    ``ArgumentError`` before anything is sent when there is none, or ``client`` is a location's client.
    """
    auth = client._auth
    if isinstance(auth, LocationTokens):
        raise ArgumentError(
            f"this client is location {auth.location_id!r}'s: installed locations and location clients come from "
            "the agency client"
        )
    if company_id is not None:
        return non_empty_text("company_id", company_id)
    named = auth.tokens.details.get(field) if isinstance(auth, OAuthTokens) else None
    if isinstance(named, str) and named:
        return named
    raise ArgumentError(
        f"`company_id` is not known: pass company_id=, or build the agency client with from_oauth(tokens=...) from a "
        f"token answer that names its company (`{field}`)"
    )


def _filters(given: Mapping[str, object], allowed: Mapping[str, tuple[type, ...]]) -> dict[str, object]:
    """The caller's filters, each named and typed as the listing takes it (``ArgumentError`` otherwise)."""
    for name, value in given.items():
        if name not in allowed:
            raise ArgumentError(f"`{name}` is not a filter of installed_locations; the filters are {sorted(allowed)}")
        if not isinstance(value, allowed[name]):
            expected = " or ".join(kind.__name__ for kind in allowed[name])
            raise ArgumentError(f"`{name}` must be {expected}, got {type(value).__name__}")
    return dict(given)


def installed_locations(
    client: SyncAPIClient,
    listing: InstalledLocations,
    *,
    app_id: str,
    company_id: str | None,
    filters: Mapping[str, object],
) -> Iterator[Any]:
    """Every location ``app_id`` is installed on, page by page (the arguments are checked before this returns)."""
    company, app = agency_company_id(client, company_id, listing.company_id_field), non_empty_text("app_id", app_id)
    chosen = _filters(filters, listing.filters)

    def walk() -> Iterator[Any]:
        pages = InstalledLocationWalk(listing.page_size)
        while not pages.finished:
            request = listing.request(client, company, app, pages.skip, pages.page_size, chosen)
            answer = client.request(request, listing.parse)
            yield from pages.take(listing.items(answer), listing.item_id, listing.count(answer))

    return walk()


def ainstalled_locations(
    client: AsyncAPIClient,
    listing: InstalledLocations,
    *,
    app_id: str,
    company_id: str | None,
    filters: Mapping[str, object],
) -> AsyncIterator[Any]:
    """``installed_locations`` for an async client: an async iterator."""
    company, app = agency_company_id(client, company_id, listing.company_id_field), non_empty_text("app_id", app_id)
    chosen = _filters(filters, listing.filters)

    async def walk() -> AsyncIterator[Any]:
        pages = InstalledLocationWalk(listing.page_size)
        while not pages.finished:
            request = listing.request(client, company, app, pages.skip, pages.page_size, chosen)
            answer = await client.request(request, listing.parse)
            for location in pages.take(listing.items(answer), listing.item_id, listing.count(answer)):
                yield location

    return walk()


# A token that is never current: the first call fetches one.
_NO_TOKEN = AccessToken("", float("-inf"))


class LocationTokens(RenewingAuth):
    """The ``Auth`` of a location's client: its token, got with the agency client (see the module docstring)."""

    REFRESH_MARGIN = 300.0
    RENEWAL = "location token fetch"

    def __init__(
        self,
        agency: SyncAPIClient | AsyncAPIClient,
        *,
        company_id: str,
        location_id: str,
        spec: OAuthSpec,
        operations: OAuthOperations,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._agency = agency
        self.company_id = company_id
        self.location_id = location_id
        self._spec = spec
        self._operations = operations
        self._start_renewal(Renewal(_NO_TOKEN, clock(), self.REFRESH_MARGIN), clock)
        self.fetches = 0
        """How many location token calls this location's client made (for tests and monitoring)."""

    def _arguments(self) -> dict[str, Any]:
        return {
            "spec": self._spec,
            "operations": self._operations,
            "company_id": self.company_id,
            "location_id": self.location_id,
            "clock": self._clock,
        }

    def _fetch_sync(self, client: SyncAPIClient) -> str:
        """A location token from the agency client (``client`` is the location's own)."""
        self.fetches += 1
        with self._refusal():
            return self._adopt(location_token(self._agency, **self._arguments()))  # type: ignore[arg-type]

    async def _fetch_async(self, client: AsyncAPIClient) -> str:
        """``_fetch_sync`` for an async client."""
        self.fetches += 1
        with self._refusal():
            return self._adopt(await alocation_token(self._agency, **self._arguments()))  # type: ignore[arg-type]

    def _refusal(self) -> _Refusal:
        return _Refusal(self.location_id)

    def _adopt(self, token: AccessToken) -> str:
        with self._condition:
            return self._renewal.adopted(token, self._clock())

    def refused(self, error: errors.APIStatusError) -> errors.APIStatusError:
        """A 401 the renewal could not cure: the token was fetched because its predecessor was refused."""
        return errors.LocationUninstalledError.from_refusal(error, self.location_id)

    def secrets(self) -> tuple[str, ...]:
        token = self._renewal.pair.access_token
        return (token,) if token else ()

    def secret_destinations(self) -> tuple[str, ...]:
        return ()

    def shares_secret_with(self, other: object) -> bool:
        return other is self

    def __repr__(self) -> str:
        return f"LocationTokens(location_id={self.location_id!r}, token=<redacted>)"


class _Refusal:
    """Turns the token endpoint's refusal to give a location's token into ``LocationUninstalledError``."""

    def __init__(self, location_id: str) -> None:
        self._location_id = location_id

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: BaseException | None, traceback: object) -> None:
        if isinstance(exc, _REFUSALS) and not isinstance(exc, errors.InvalidGrantError):
            raise errors.LocationUninstalledError.from_refusal(exc, self._location_id) from exc


def location_tokens(
    agency: SyncAPIClient | AsyncAPIClient,
    location_id: str,
    company_id: str | None,
    listing: InstalledLocations,
    spec: OAuthSpec,
    operations: OAuthOperations,
) -> LocationTokens:
    """The auth of ``location_id``'s client, through ``agency`` (``ArgumentError`` before anything is sent)."""
    company = agency_company_id(agency, company_id, listing.company_id_field)
    clock = agency._auth._clock if isinstance(agency._auth, OAuthTokens) else time.time
    return LocationTokens(
        agency,
        company_id=company,
        location_id=non_empty_text("location_id", location_id),
        spec=spec,
        operations=operations,
        clock=clock,
    )


class LocationClients(Generic[ClientT]):
    """An agency client's location clients, one per location id (made once, even by concurrent callers;
    made again if it was closed on its own, as a ``with agency.for_location(...)`` block does)."""

    def __init__(self) -> None:
        self._clients: dict[str, ClientT] = {}
        self._lock = threading.Lock()

    def get(self, location_id: str, make: Callable[[], ClientT]) -> ClientT:
        """The client of ``location_id``, made by ``make`` the first time."""
        location_id = non_empty_text("location_id", location_id)
        with self._lock:
            client = self._clients.get(location_id)
            if client is None or client._closed:
                client = self._clients[location_id] = make()
            return client

    def take_all(self) -> list[ClientT]:
        """Every client made so far, forgotten here (the agency client closes them)."""
        with self._lock:
            clients = list(self._clients.values())
            self._clients.clear()
            return clients
