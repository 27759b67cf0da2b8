"""``oauth_flow``: the facts of ``info.x-sdk.oauth`` and the operations it names, checked."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from generate import parse_spec  # noqa: E402
from sdk.errors import SpecError  # noqa: E402
from sdk.oauth import OAuthFlow, oauth_flow  # noqa: E402


def highlevel() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "highlevel.yaml").read_text(encoding="utf-8"))
    return spec


def flow(spec: dict[str, Any], package: str = "highlevel_client", name: str = "highlevel.yaml") -> OAuthFlow | None:
    return oauth_flow(parse_spec(spec, package, ROOT / "spec" / name, Path("/nonexistent"))[2])


def test_the_highlevel_flow_is_read_from_the_spec() -> None:
    spec = highlevel()
    facts = spec["info"]["x-sdk"]["oauth"]
    found = flow(spec)
    assert found is not None
    assert found.authorize_url == facts["authorize-url"]
    assert found.white_label_authorize_url == facts["white-label-authorize-url"]
    assert found.authorize_parameters == tuple(facts["authorize-parameters"])
    assert found.login_window_parameter == "loginWindowOpenMode" and found.login_window_values == ("self",)
    assert found.access_token_lifetime == facts["access-token-lifetime-seconds"]
    assert found.refresh_token_rotates is True
    assert (found.token.module, found.token.request_model, found.token.response_model) == (
        "get_access_token",
        "TokenRequest",
        "TokenResponse",
    )
    assert found.location_token is not None
    assert found.location_token.client_options == (("version", "version"),)


def test_a_spec_without_the_flow_has_none() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "sakari.yaml").read_text(encoding="utf-8"))
    assert flow(spec, "sakari_client", "sakari.yaml") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"token-operation": "noSuchOperation"}, "noSuchOperation"),
        ({"authorize-parameters": ["response_type", "prompt"]}, "prompt"),
        ({"location-token-operation": "getInstalledLocations"}, "getInstalledLocations"),
    ],
)
def test_a_flow_the_generator_cannot_serve_is_a_spec_error(change: dict[str, Any], message: str) -> None:
    spec = copy.deepcopy(highlevel())
    spec["info"]["x-sdk"]["oauth"].update(change)
    with pytest.raises(SpecError, match=message):
        flow(spec)


def test_a_missing_fact_is_named() -> None:
    spec = copy.deepcopy(highlevel())
    del spec["info"]["x-sdk"]["oauth"]["authorize-url"]
    with pytest.raises(SpecError, match="authorize-url"):
        flow(spec)


def test_the_installed_locations_listing_is_read_from_the_spec() -> None:
    found = flow(highlevel())
    assert found is not None and found.installed_locations is not None
    listing = found.installed_locations
    assert (listing.module, listing.item_model, listing.response_model) == (
        "get_installed_locations",
        "InstalledLocation",
        "InstalledLocationsResponse",
    )
    assert (listing.company, listing.app, listing.installed, listing.skip, listing.limit) == (
        "company_id",
        "app_id",
        "is_installed",
        "skip",
        "limit",
    )
    assert listing.numbers_as_text is True  # HighLevel types skip and limit as strings
    assert listing.client_options == (("version", "version"),)
    # Every optional query parameter but the walked and the excluded ones, with the types each takes.
    assert listing.filters == (
        ("on_trial", ("bool",)),
        ("plan_id", ("str",)),
        ("query", ("str",)),
        ("version_id", ("str",)),
    )
    assert listing.filter_annotation == "bool | str"
    assert (listing.items, listing.count, listing.item_id) == ("locations", "count", "id")  # x-python-name of _id
    assert (listing.page_size, listing.company_id_field, listing.location_option) == (100, "companyId", "location_id")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"operation": "noSuchOperation"}, "noSuchOperation"),
        ({"skip-parameter": "offset"}, "skip-parameter"),
        ({"limit-parameter": "skip"}, "of its own"),
        ({"skip-parameter": "onTrial"}, "integers or both strings"),
        ({"items": "count"}, "items"),
        ({"count": "total"}, "count"),
        ({"item-id": "id"}, "item-id"),
        ({"page-size": 0}, "page-size"),
        ({"page-size": True}, "page-size"),
        ({"company-id-field": None}, "company-id-field"),
    ],
)
def test_a_listing_the_generator_cannot_serve_is_a_spec_error(change: dict[str, Any], message: str) -> None:
    spec = highlevel()
    listing = spec["info"]["x-sdk"]["oauth"]["installed-locations"]
    listing.update(change)
    with pytest.raises(SpecError, match=message):
        flow(spec)
