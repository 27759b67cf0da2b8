"""What a user does first with the installed wheel: import both clients, create, list and get a contact on each;
and what a user meets calling into an extra not installed: an ImportError whose message is the install command.

``make wheel-smoke`` runs this in a fresh virtual environment holding only the wheel (no extras), with
``SAKARI_*`` and ``HIGHLEVEL_*`` pointing at a sandbox served from another environment. Exits non-zero,
saying what differed, when a step does not give what it should.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import highlevel_client
import sakari_client
from highlevel_client import HighLevel
from sakari_client import Sakari
from sakari_client.models import Mobile


def fail(what: str) -> NoReturn:
    raise SystemExit(f"wheel checks: {what}")


def installed_packages_are_used() -> None:
    """The packages come from the environment's site-packages, not from a source tree on the path."""
    for package in (sakari_client, highlevel_client):
        location = Path(package.__file__ or "")
        if "site-packages" not in location.parts:
            fail(f"{package.__name__} imported from {location}, not from the installed wheel")


def sakari_round_trip(run: str) -> None:
    with Sakari() as sakari:  # SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, SAKARI_ACCOUNT_ID, SAKARI_BASE_URL
        created = sakari.contacts.create(first_name=run, mobile=Mobile(number="+1 555 010 7788", country="US"))
        contact_id = created.data[0].id
        if not isinstance(contact_id, str):
            fail(f"Sakari create gave no contact id: {created.to_dict()}")
        listed = [contact.id for contact in sakari.contacts.list(first_name=run)]
        if listed != [contact_id]:
            fail(f"Sakari list by first name gave {listed}, not [{contact_id}]")
        fetched = sakari.contacts.get(contact_id).data
        if not fetched or fetched.first_name != run:
            fail(f"Sakari get gave {fetched.to_dict() if fetched else 'no contact'}, not first name {run!r}")
    print(f"sakari    created, listed and fetched {contact_id}")


def highlevel_round_trip(run: str) -> None:
    with HighLevel() as highlevel:  # HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID, HIGHLEVEL_BASE_URL
        email = f"{run}@example.com"
        created = highlevel.contacts.create(first_name=run, email=email).contact
        contact_id = created.id if created else None
        if not isinstance(contact_id, str):
            fail(f"HighLevel create gave no contact id: {created.to_dict() if created else created}")
        listed = [contact.id for contact in highlevel.contacts.search(query=email)]
        if listed != [contact_id]:
            fail(f"HighLevel search by e-mail gave {listed}, not [{contact_id}]")
        detail = highlevel.contacts.get(contact_id).contact
        if not detail or detail.email != email:
            fail(f"HighLevel get gave {detail.to_dict() if detail else 'no contact'}, not e-mail {email!r}")
    print(f"highlevel created, searched and fetched {contact_id}")


def _cli() -> None:
    from contacts_cli import main

    main(["--help"])


def _sandbox_command() -> None:
    from contacts_sandbox import main

    main(["--port", "0"])


def _sandbox_server() -> None:
    from contacts_sandbox import SandboxServer

    SandboxServer()


def _highlevel_webhook() -> None:
    from contacts_runtime.webhooks.highlevel import verify

    verify(b"{}", {"x-wh-signature": "AA=="}, events={})


def _warehouse_source() -> None:
    from contacts_warehouse import highlevel_source

    highlevel_source({})


def _dagster_definitions() -> None:
    from contacts_warehouse.dagster import highlevel_definitions

    highlevel_definitions(lambda: None, app_id="app")  # type: ignore[arg-type,return-value]


# Each extra's entry points, called as a user calls them; the extras without any say why.
ENTRY_POINTS: dict[str, list[Callable[[], None]]] = {
    "cli": [_cli],
    "dagster": [_dagster_definitions],
    "sandbox": [_sandbox_command, _sandbox_server],
    "warehouse": [_warehouse_source],
    "webhooks": [_highlevel_webhook],
}
CONSOLE_SCRIPTS = {"contacts-sdk": "cli", "contacts-sandbox": "sandbox"}
NO_ENTRY_POINT = {
    "fast": "msgspec only speeds up decoding; without it the standard library's decoder is used",
    "docs": "the documentation site's build (MkDocs), never imported by the package",
}


def missing_extras_name_their_install_command() -> None:
    """Every extra the wheel declares, missing here: each entry point raises ``ImportError("pip install ...")``."""
    declared = set(importlib.metadata.metadata("contacts-sdk").get_all("Provides-Extra") or [])
    unchecked = declared - set(ENTRY_POINTS) - set(NO_ENTRY_POINT)
    if unchecked or "dev" in declared:
        fail(f"extras without a check here: {sorted(unchecked)}; declared: {sorted(declared)}")
    for extra, entry_points in ENTRY_POINTS.items():
        command = f'pip install "contacts-sdk[{extra}]"'
        for entry_point in entry_points:
            try:
                entry_point()
            except ImportError as error:
                if str(error) != command:
                    fail(
                        f"{entry_point.__name__} without [{extra}] raised ImportError({str(error)!r}), not {command!r}"
                    )
            else:
                fail(f"{entry_point.__name__} ran without [{extra}] installed")
    for script, extra in CONSOLE_SCRIPTS.items():
        result = subprocess.run(
            [str(Path(sys.executable).parent / script), "--help"], capture_output=True, text=True, timeout=60
        )
        last_line = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
        if result.returncode == 0 or not last_line.endswith(f': pip install "contacts-sdk[{extra}]"'):
            fail(f"{script} without [{extra}] exited {result.returncode} saying {last_line!r}")
    from contacts_runtime.webhooks.sakari import UnknownEvent, parse

    if not isinstance(parse(b'{"type": "new"}', events={}), UnknownEvent):
        fail("Sakari's webhook parse, which needs no extra, did not run")
    print(f"extras     each missing one names its install command: {', '.join(sorted(ENTRY_POINTS))}")


def main() -> int:
    installed_packages_are_used()
    missing_extras_name_their_install_command()
    run = f"smoke{uuid.uuid4().hex[:10]}"
    sakari_round_trip(run)
    highlevel_round_trip(run)
    print("wheel checks: both clients work from the installed wheel")
    return 0


if __name__ == "__main__":
    sys.exit(main())
