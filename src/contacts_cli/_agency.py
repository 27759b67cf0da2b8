"""What every command that reaches an agency's locations shares: the options that choose the locations and
name the agency (declared once, as typer ``Annotated`` aliases), the parse of ``--locations``, and the agency
client on the agency's credentials (its access token, or the OAuth pair kept in a ``--token-file``).

``export highlevel`` and ``load highlevel`` take these options with the same names, help and variables.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from contacts_runtime._oauth import stored_pair
from highlevel_client import HighLevel
from highlevel_client import oauth as highlevel_oauth
from highlevel_client.oauth import TokenPair
from highlevel_v3_client import HighLevelV3

from ._runtime import LocationPacing, Traffic
from ._services import HIGHLEVEL_VERSIONS, FatalError, highlevel_http_client

AGENCY_TOKEN_VARIABLE = "HIGHLEVEL_AGENCY_ACCESS_TOKEN"
AGENCY_REFRESH_TOKEN_VARIABLE = "HIGHLEVEL_AGENCY_REFRESH_TOKEN"
APP_CREDENTIAL_VARIABLES = ("HIGHLEVEL_CLIENT_ID", "HIGHLEVEL_CLIENT_SECRET")
APP_ID_VARIABLE = "HIGHLEVEL_APP_ID"
COMPANY_ID_VARIABLE = "HIGHLEVEL_COMPANY_ID"
TOKEN_FILE_VARIABLE = "HIGHLEVEL_AGENCY_TOKEN_FILE"

AGENCY_PANEL = "An agency's locations"
"""The option group the agency's options are shown in by ``--help``."""

AGENCY_CREDENTIALS_HELP = (
    # One line: --help wraps it to the terminal (a line break in an epilog is kept as it is).
    f"An agency's locations (--all-locations, --locations) are read with the agency's access token, "
    f"{AGENCY_TOKEN_VARIABLE} (or the OAuth pair kept in --token-file), and its company id, --company-id or "
    f"{COMPANY_ID_VARIABLE}; --all-locations lists the locations where the app (--app-id or {APP_ID_VARIABLE}) "
    "is installed."
)
"""How a command's ``--help`` says where the agency's credentials come from."""

AllLocations = Annotated[
    bool,
    typer.Option(
        "--all-locations",
        help="HighLevel: every location where the agency's app (--app-id) is installed.",
        rich_help_panel=AGENCY_PANEL,
    ),
]
Locations = Annotated[
    str | None,
    typer.Option(
        "--locations",
        metavar="ID,...",
        help="HighLevel: these locations of the agency (comma-separated).",
        rich_help_panel=AGENCY_PANEL,
    ),
]
AppId = Annotated[
    str | None,
    typer.Option(
        "--app-id",
        metavar="ID",
        envvar=APP_ID_VARIABLE,
        help="The Marketplace app whose installations --all-locations lists.",
        rich_help_panel=AGENCY_PANEL,
    ),
]
CompanyId = Annotated[
    str | None,
    typer.Option(
        "--company-id",
        metavar="ID",
        envvar=COMPANY_ID_VARIABLE,
        help="The agency's company id.",
        rich_help_panel=AGENCY_PANEL,
    ),
]
TokenFileOption = Annotated[
    Path | None,
    typer.Option(
        "--token-file",
        metavar="FILE",
        envvar=TOKEN_FILE_VARIABLE,
        dir_okay=False,
        help=f"Keep the agency's OAuth pair in FILE and renew it there (with {' and '.join(APP_CREDENTIAL_VARIABLES)}):"
        f" made from {AGENCY_TOKEN_VARIABLE} and {AGENCY_REFRESH_TOKEN_VARIABLE} at the first renewal, which spends"
        " that refresh token; read from then on.",
        rich_help_panel=AGENCY_PANEL,
    ),
]

_FILE_SAFE_ID = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}")
"""A location id that can name its file as it is (no separator, no leading dot, not too long)."""


class AgencyCredentialsError(FatalError):
    """The agency's credentials are missing, or its token file is not one: found before anything is sent."""


class LocationListError(ValueError):
    """The agency's locations are chosen wrongly: both ways or neither, an empty ``--locations`` id, an id
    named twice, one that cannot name a file (where each location has one), or no app to list them by."""


def chosen_locations(
    all_locations: bool, locations: str | None, app_id: str | None, *, ids_name_files: bool
) -> list[str] | None:
    """The ids ``--locations`` names, in the order given; ``None`` for ``--all-locations`` (the app's
    installations, listed once the agency client is open)."""
    if all_locations == (locations is not None):
        raise LocationListError(
            "--all-locations and --locations: choose one" if all_locations else "give --all-locations or --locations"
        )
    if locations is not None:
        return parse_locations(locations, ids_name_files=ids_name_files)
    if not app_id:
        raise LocationListError(f"--all-locations: which app's installations? Give --app-id or set {APP_ID_VARIABLE}")
    return None


def parse_locations(text: str, *, ids_name_files: bool) -> list[str]:
    """The location ids of ``--locations a,b,c``, in the order given. A repeat is refused (the command
    would do that location's work twice, or name it twice in its summary); with ``ids_name_files`` (each
    location writes a file named by its id) so is an id that cannot name a file."""
    given = [part.strip() for part in text.split(",")]
    if any(not part for part in given):
        raise LocationListError(f"--locations {text!r}: an empty location id (write them as a,b,c)")
    twice = sorted({part for part in given if given.count(part) > 1})
    if twice:
        raise LocationListError(f"--locations names {', '.join(twice)} more than once")
    unsafe = [part for part in given if not is_file_safe(part)] if ids_name_files else []
    if unsafe:
        raise LocationListError(
            f"--locations: {', '.join(map(repr, unsafe))} cannot name a file (letters, digits, '.', '_', '-')"
        )
    return given


def is_file_safe(location_id: str) -> bool:
    return _FILE_SAFE_ID.fullmatch(location_id) is not None


class TokenFile:
    """The agency's OAuth pair kept in a file (``--token-file``): read when the run starts, and each pair the
    client renews written there (owner-only, replaced whole) before it is used, since the refresh token
    sent stops working. A file not made yet is made from the environment's pair at its first renewal."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> TokenPair:
        if not self.path.exists():
            return self._from_environment()
        try:
            kept = json.loads(self.path.read_text())
            # Checked as a pair the application stored: a null or empty token is no token.
            return stored_pair(kept["access_token"], kept["refresh_token"], kept["expires_at"])
        except (OSError, ValueError, KeyError, TypeError):
            # The file holds secrets: what was wrong with it is not quoted.
            raise AgencyCredentialsError(f"credentials: {self.path} is not a token file this command wrote") from None

    def _from_environment(self) -> TokenPair:
        access, refresh = os.environ.get(AGENCY_TOKEN_VARIABLE), os.environ.get(AGENCY_REFRESH_TOKEN_VARIABLE)
        if not access or not refresh:
            raise AgencyCredentialsError(
                f"credentials: {self.path} does not exist yet: set {AGENCY_TOKEN_VARIABLE} and "
                f"{AGENCY_REFRESH_TOKEN_VARIABLE} to the agency's pair, which moves into it when renewed"
            )
        # When the access token expires is not known: a 401 renews it as soon as it has.
        return TokenPair(access, refresh, time.time() + highlevel_oauth.SPEC.access_token_lifetime)

    def save(self, pair: TokenPair) -> None:
        fields = {"access_token": pair.access_token, "refresh_token": pair.refresh_token, "expires_at": pair.expires_at}
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            json.dump(fields, handle)
        os.replace(temporary, self.path)


@contextmanager
def open_agency(
    traffic: Traffic,
    *,
    base_url: str | None,
    api_version: str,
    connections: int,
    company_id: str | None,
    token_file: Path | None,
    pacing: LocationPacing | None = None,
) -> Iterator[HighLevel | HighLevelV3]:
    """The agency client, its traffic counted (and each location's answers read by ``pacing``, given one);
    closed (and every location's client with it) on leaving. On the agency's access token
    (``HIGHLEVEL_AGENCY_ACCESS_TOKEN``), or, given a ``token_file``, on the OAuth pair kept there, renewed
    with the app's credentials. What is missing raises ``AgencyCredentialsError`` before anything is sent."""
    if not company_id:
        raise AgencyCredentialsError(
            f"credentials: an agency's locations need its company id: --company-id or {COMPANY_ID_VARIABLE}"
        )
    token = os.environ.get(AGENCY_TOKEN_VARIABLE)
    if token_file is None and not token:
        raise AgencyCredentialsError(
            f"credentials: an agency's locations need the agency's access token: set {AGENCY_TOKEN_VARIABLE}"
        )
    app = [os.environ.get(name) for name in APP_CREDENTIAL_VARIABLES]
    if token_file is not None and not all(app):
        raise AgencyCredentialsError(
            f"credentials: --token-file renews the pair with the app's {' and '.join(APP_CREDENTIAL_VARIABLES)}"
        )
    pair = TokenFile(token_file).load() if token_file is not None else None
    http = highlevel_http_client(traffic, connections, api_version)
    if pacing is not None:
        pacing.watch(http)
    client_class = HIGHLEVEL_VERSIONS[api_version][0]
    try:
        try:
            if token_file is not None and pair is not None:
                agency = client_class.from_oauth(
                    client_id=str(app[0]),
                    client_secret=str(app[1]),
                    tokens=pair,
                    on_tokens=TokenFile(token_file).save,
                    user_type="Company",
                    base_url=base_url,
                    http_client=http,
                )
            else:
                agency = client_class(token=token, base_url=base_url, http_client=http)
        except ValueError as error:
            raise AgencyCredentialsError(f"credentials: {error}") from None
        with agency:
            yield agency
    finally:
        http.close()


def installed_location_ids(agency: HighLevel | HighLevelV3, app_id: str, company_id: str | None) -> list[str]:
    """The ids of the agency's locations where the app is installed, every page of them."""
    return [str(location.id) for location in agency.installed_locations(app_id=app_id, company_id=company_id)]
