"""``getInstalledLocations``: GET /oauth/installedLocations; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import enum_value
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.installed_locations_response import InstalledLocationsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str,
    app_id: str,
    skip: str | Unset = "0",
    limit: str | Unset = "20",
    query: str | Unset = UNSET,
    is_installed: bool | Unset = UNSET,
    version_id: str | Unset = UNSET,
    on_trial: bool | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    version: ApiVersion | str,
) -> Request:
    """The ``getInstalledLocations`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    params["companyId"] = company_id
    params["appId"] = app_id
    if not isinstance(skip, Unset):
        params["skip"] = skip
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(query, Unset):
        params["query"] = query
    if not isinstance(is_installed, Unset):
        params["isInstalled"] = is_installed
    if not isinstance(version_id, Unset):
        params["versionId"] = version_id
    if not isinstance(on_trial, Unset):
        params["onTrial"] = on_trial
    if not isinstance(plan_id, Unset):
        params["planId"] = plan_id
    if not isinstance(location_id, Unset):
        params["locationId"] = location_id
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    return Request(
        method="GET",
        path="/oauth/installedLocations",
        operation_id="getInstalledLocations",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> InstalledLocationsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, InstalledLocationsResponse)
