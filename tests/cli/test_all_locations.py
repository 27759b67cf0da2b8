"""``contacts-sdk export highlevel --all-locations`` / ``--locations`` against the sandbox: one file and one
journal per location, ``--parallel`` locations at once, failures reported and skipped, resumable after a kill."""

from __future__ import annotations

import json
import os
import random
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from highlevel_client import HighLevel

from contacts_cli._agency import LocationListError, chosen_locations, parse_locations
from contacts_cli._agency_export import StoppedError, export_locations
from contacts_cli._outcome import Outcome
from contacts_cli._runtime import JobProgress, LocationPacing, RateLimitHeaders, Reporter
from contacts_cli._services import HighLevelService
from contacts_sandbox import Sandbox, SandboxServer
from contacts_sandbox._highlevel_oauth import COMPANY_SCOPES, DEFAULT_SCOPES, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET
from contacts_sandbox._service import ServiceError

from .conftest import environment_for_subprocess, journals, run
from .test_kill_and_resume import command, kill_at_random

COMPANY = "company-1"
APP_ID = OAUTH_CLIENT_ID.split("-")[0]  # HighLevel's client ids are "<appId>-<suffix>"
# The location tokens get these but the company's own: a CSV export reads the custom fields' definitions.
AGENCY_SCOPES = (*DEFAULT_SCOPES, *COMPANY_SCOPES, "locations/customFields.readonly")
INSTALLED_PAGE = 100
"""The agency client's page of installed locations."""


def seed(sandbox: Sandbox, location_id: str, count: int) -> list[str]:
    """``count`` contacts in the location, written straight into the sandbox; their ids."""
    service = sandbox.highlevel
    with service.lock:
        return [
            str(
                service._create(
                    {"locationId": location_id, "firstName": f"{location_id}-{n}", "email": f"{location_id}.{n}@x.test"}
                )["id"]
            )
            for n in range(count)
        ]


def install(sandbox: Sandbox, server: SandboxServer, locations: list[str]) -> dict[str, str]:
    """The app installed on the agency for ``locations``: the environment an agency export reads."""
    code = sandbox.highlevel.oauth.mint_code(
        user_type="Company", company_id=COMPANY, approved_locations=tuple(locations), scopes=AGENCY_SCOPES
    )
    answer = httpx.post(
        f"{server.highlevel_base_url}/oauth/token",
        data={
            "client_id": OAUTH_CLIENT_ID,
            "client_secret": OAUTH_CLIENT_SECRET,
            "grant_type": "authorization_code",
            "code": code,
            "user_type": "Company",
        },
    )
    answer.raise_for_status()
    return {
        "HIGHLEVEL_AGENCY_ACCESS_TOKEN": answer.json()["access_token"],
        "HIGHLEVEL_AGENCY_REFRESH_TOKEN": answer.json()["refresh_token"],
        "HIGHLEVEL_CLIENT_ID": OAUTH_CLIENT_ID,
        "HIGHLEVEL_CLIENT_SECRET": OAUTH_CLIENT_SECRET,
        "HIGHLEVEL_COMPANY_ID": COMPANY,
        "HIGHLEVEL_APP_ID": APP_ID,
    }


@pytest.fixture
def agency(
    sandbox: Sandbox, contacts_sandbox_server: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> Callable[[dict[str, int]], dict[str, list[str]]]:
    """Install the app on locations holding so many contacts each; their contact ids by location."""

    def installed(counts: dict[str, int]) -> dict[str, list[str]]:
        for name, value in install(sandbox, contacts_sandbox_server, list(counts)).items():
            monkeypatch.setenv(name, value)
        return {location: seed(sandbox, location, count) for location, count in counts.items()}

    return installed


def calls_of(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, operation: str) -> list[dict[str, Any]]:
    """Every call of ``operation`` the sandbox answers from now on, in the order it answered them."""
    seen: list[dict[str, Any]] = []
    handler = sandbox.highlevel.handlers[operation]

    def recorded(call: Any) -> Any:
        seen.append({"body": call.body, "query": dict(call.query)})
        return handler(call)

    monkeypatch.setitem(sandbox.highlevel.handlers, operation, recorded)
    return seen


def exported_ids(folder: Path, location: str) -> list[str]:
    lines = (folder / f"{location}.jsonl").read_text().splitlines()
    return [json.loads(line)["id"] for line in lines]


def test_all_locations_exports_each_installed_location_to_its_own_file_over_pages_of_locations(
    agency: Callable[[dict[str, int]], dict[str, list[str]]],
    sandbox: Sandbox,
    work: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counts = {f"loc-{n:03d}": n % 3 for n in range(INSTALLED_PAGE + 5)}  # some hold no contact
    expected = agency(counts)
    sandbox.highlevel.oauth.mint_code(location_id="loc-elsewhere")  # a location where the app is not installed
    listed = calls_of(sandbox, monkeypatch, "getInstalledLocations")

    done = run("export", "highlevel", "--all-locations", "--out", "out", "--format", "jsonl", "--state-dir", "state")

    assert done.exit_code == 0, done
    assert len(listed) >= 2 and all(call["query"]["isInstalled"] is True for call in listed), listed
    assert sorted(path.name for path in (work / "out").iterdir()) == sorted(f"{location}.jsonl" for location in counts)
    for location, ids in expected.items():
        assert sorted(exported_ids(work / "out", location)) == sorted(ids), location
    assert journals(work / "state") == []  # finished: nothing left to resume
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines() if line.strip().startswith("loc-")}
    assert {location: rows[location][:2] for location in counts} == {
        location: [str(count), "exported"] for location, count in counts.items()
    }
    total = sum(counts.values())
    assert f"{len(counts)} locations" in done.stdout and str(total) in done.stdout
    assert f"{len(counts)} locations, {len(counts)} exported, {total} written" in done.stdout


def test_locations_exports_only_those_named_as_csv_with_their_counts(
    agency: Callable[[dict[str, int]], dict[str, list[str]]], work: Path
) -> None:
    expected = agency({"loc-a": 3, "loc-b": 2, "loc-c": 4})

    done = run("export", "highlevel", "--locations", "loc-c,loc-a", "--out", "out", "--state-dir", "state")

    assert done.exit_code == 0, done
    assert sorted(path.name for path in (work / "out").iterdir()) == ["loc-a.csv", "loc-c.csv"]
    for location in ("loc-a", "loc-c"):
        lines = (work / "out" / f"{location}.csv").read_text().splitlines()
        assert len(lines) == 1 + len(expected[location])
        assert all(contact_id in "\n".join(lines) for contact_id in expected[location])
    assert "2 locations, 2 exported, 7 written" in done.stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--all-locations", "--locations", "loc-a"], "--all-locations and --locations: choose one"),
        (["--locations", "loc-a,,loc-b"], "an empty location id"),
        (["--locations", "loc-a,loc-b,loc-a"], "names loc-a more than once"),
        (["--locations", "../etc"], "cannot name a file"),
        (["--locations", ".hidden"], "cannot name a file"),
        (["--parallel", "2"], "--parallel: only with --all-locations or --locations"),
        (["--all-locations", "--parallel", "0"], "--parallel"),
        (["--all-locations", "--parallel", "65"], "--parallel"),
    ],
)
def test_agency_options_refuse_what_cannot_be_run_before_anything_is_sent(
    agency: Callable[[dict[str, int]], dict[str, list[str]]],
    sandbox: Sandbox,
    work: Path,
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    message: str,
) -> None:
    agency({"loc-a": 1, "loc-b": 1})
    searched = calls_of(sandbox, monkeypatch, "searchContacts")
    (work / "out").mkdir()

    done = run("export", "highlevel", "--out", "out", "--state-dir", "state", *arguments)

    assert done.exit_code == 2, done
    assert message in done.stderr
    assert searched == [] and list((work / "out").iterdir()) == []


def test_agency_export_is_highlevels_and_writes_a_directory(
    agency: Callable[[dict[str, int]], dict[str, list[str]]], work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agency({"loc-a": 1})
    (work / "file.csv").write_text("kept\n")

    sakari = run("export", "sakari", "--all-locations", "--out", "out")
    into_file = run("export", "highlevel", "--all-locations", "--out", "file.csv")
    without_app = run("export", "highlevel", "--all-locations", "--out", "out", "--app-id", "")
    monkeypatch.delenv("HIGHLEVEL_AGENCY_ACCESS_TOKEN")
    without_token = run("export", "highlevel", "--locations", "loc-a", "--out", "out")
    single_into_directory = run("export", "highlevel", "--out", str(work))

    assert (sakari.exit_code, into_file.exit_code, without_app.exit_code) == (2, 2, 2)
    assert "HighLevel's" in sakari.stderr
    assert "a file; an agency's export writes a directory" in into_file.stderr
    assert (work / "file.csv").read_text() == "kept\n"
    assert "--app-id or set HIGHLEVEL_APP_ID" in without_app.stderr
    assert without_token.exit_code == 3 and "HIGHLEVEL_AGENCY_ACCESS_TOKEN" in without_token.stderr
    assert single_into_directory.exit_code == 2 and "a directory" in single_into_directory.stderr


def test_a_location_uninstalled_mid_run_is_reported_and_skipped_while_the_others_complete(
    agency: Callable[[dict[str, int]], dict[str, list[str]]],
    sandbox: Sandbox,
    work: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = agency({"loc-a": 6, "loc-b": 6, "loc-c": 6})
    search = sandbox.highlevel.handlers["searchContacts"]

    def uninstalled_after_its_first_page(call: Any) -> Any:
        answer = search(call)
        if call.body.get("locationId") == "loc-b":
            sandbox.highlevel.oauth.uninstall("loc-b")
        return answer

    monkeypatch.setitem(sandbox.highlevel.handlers, "searchContacts", uninstalled_after_its_first_page)

    done = run(
        "export", "highlevel", "--locations", "loc-a,loc-b,loc-c", "--out", "out", "--format", "jsonl",
        "--page-size", "2", "--state-dir", "state",
    )  # fmt: skip

    assert done.exit_code == 1, done
    for location in ("loc-a", "loc-c"):
        assert sorted(exported_ids(work / "out", location)) == sorted(expected[location])
    assert "location loc-b: failed: the app is no longer installed there: skipped" in done.stderr
    row = next(line for line in done.stdout.splitlines() if line.strip().startswith("loc-b"))
    assert "exported" not in row
    assert "3 locations, 2 exported, 1 failed" in done.stdout
    assert len(journals(work / "state")) == 1  # loc-b's, to resume should it be installed again


def test_a_location_never_installed_is_reported_and_the_others_complete(
    agency: Callable[[dict[str, int]], dict[str, list[str]]], work: Path
) -> None:
    expected = agency({"loc-a": 2, "loc-b": 3})

    done = run("export", "highlevel", "--locations", "loc-a,loc-x,loc-b", "--out", "out", "--format", "jsonl", "-q")

    assert done.exit_code == 1, done
    assert "location loc-x: the app is no longer installed there: skipped" in done.stderr and done.stdout == ""
    unwritten = work / "out" / "loc-x.jsonl"
    assert not unwritten.exists() or unwritten.read_bytes() == b""
    for location in ("loc-a", "loc-b"):
        assert sorted(exported_ids(work / "out", location)) == sorted(expected[location])


def test_a_finished_run_run_again_exports_anew(
    agency: Callable[[dict[str, int]], dict[str, list[str]]], sandbox: Sandbox, work: Path
) -> None:
    expected = agency({"loc-a": 3, "loc-b": 2})
    arguments = ("export", "highlevel", "--all-locations", "--out", "out", "--format", "jsonl", "--state-dir", "state")
    assert run(*arguments).exit_code == 0
    added = seed(sandbox, "loc-a", 2)

    again = run(*arguments)

    assert again.exit_code == 0, again
    assert "resumed" not in again.stderr
    assert sorted(exported_ids(work / "out", "loc-a")) == sorted(expected["loc-a"] + added)
    assert sorted(exported_ids(work / "out", "loc-b")) == sorted(expected["loc-b"])


def test_a_run_with_a_failed_location_is_resumed_for_that_location_alone_and_restart_starts_anew(
    agency: Callable[[dict[str, int]], dict[str, list[str]]],
    sandbox: Sandbox,
    work: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = agency({"loc-a": 3, "loc-b": 4, "loc-c": 2})
    arguments = ("export", "highlevel", "--all-locations", "--out", "out", "--format", "jsonl", "--state-dir", "state")
    search = sandbox.highlevel.handlers["searchContacts"]

    def refused_for_loc_b(call: Any) -> Any:
        if call.body.get("locationId") == "loc-b":
            raise ServiceError(403, "not today")
        return search(call)

    monkeypatch.setitem(sandbox.highlevel.handlers, "searchContacts", refused_for_loc_b)
    assert run("export", "highlevel", "--all-locations", "--out", "out", "--resume").exit_code == 2  # nothing to resume
    failed = run(*arguments)
    assert failed.exit_code == 1 and "location loc-b: failed: 403" in failed.stderr, failed
    monkeypatch.setitem(sandbox.highlevel.handlers, "searchContacts", search)
    searched = calls_of(sandbox, monkeypatch, "searchContacts")

    resumed = run(*arguments, "--resume")

    assert resumed.exit_code == 0, resumed
    assert {call["body"]["locationId"] for call in searched} == {"loc-b"}
    assert "2 of them were exported then and are skipped" in resumed.stderr
    assert "3 locations, 3 exported, 9 written" in resumed.stdout
    assert sum("exported by the interrupted run" in line for line in resumed.stdout.splitlines()) == 2
    for location, ids in expected.items():
        assert sorted(exported_ids(work / "out", location)) == sorted(ids), location
    assert journals(work / "state") == []

    searched.clear()
    assert run(*arguments).exit_code == 0  # finished: a run again exports every location anew
    assert sorted({call["body"]["locationId"] for call in searched}) == ["loc-a", "loc-b", "loc-c"]


def test_restart_exports_every_location_anew_after_an_interrupted_run(
    agency: Callable[[dict[str, int]], dict[str, list[str]]],
    sandbox: Sandbox,
    work: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = agency({"loc-a": 3, "loc-b": 4})
    arguments = ("export", "highlevel", "--locations", "loc-a,loc-b", "--out", "out", "--format", "jsonl")
    search = sandbox.highlevel.handlers["searchContacts"]

    def refused_for_loc_b(call: Any) -> Any:
        if call.body.get("locationId") == "loc-b":
            raise ServiceError(403, "not today")
        return search(call)

    monkeypatch.setitem(sandbox.highlevel.handlers, "searchContacts", refused_for_loc_b)
    assert run(*arguments).exit_code == 1
    monkeypatch.setitem(sandbox.highlevel.handlers, "searchContacts", search)
    other_subset = run("export", "highlevel", "--locations", "loc-a", "--out", "out", "--format", "jsonl")
    searched = calls_of(sandbox, monkeypatch, "searchContacts")

    restarted = run(*arguments, "--restart")

    assert other_subset.exit_code == 2 and "--restart" in other_subset.stderr  # another job's journal
    assert restarted.exit_code == 0, restarted
    assert sorted({call["body"]["locationId"] for call in searched}) == ["loc-a", "loc-b"]
    for location, ids in expected.items():
        assert sorted(exported_ids(work / "out", location)) == sorted(ids), location


def test_a_token_file_takes_the_agency_pair_renews_it_there_and_is_read_from_then_on(
    agency: Callable[[dict[str, int]], dict[str, list[str]]], sandbox: Sandbox, work: Path
) -> None:
    expected = agency({"loc-a": 2, "loc-b": 3})
    given_access, given_refresh = (
        os.environ["HIGHLEVEL_AGENCY_ACCESS_TOKEN"],
        os.environ["HIGHLEVEL_AGENCY_REFRESH_TOKEN"],
    )
    sandbox.highlevel.oauth.access_tokens[given_access].expires_at = 0  # expired: the first call is refused
    arguments = ("export", "highlevel", "--all-locations", "--out", "out", "--format", "jsonl", "--token-file", "pair")

    renewed = run(*arguments)

    assert renewed.exit_code == 0, renewed
    kept = json.loads((work / "pair").read_text())
    assert (work / "pair").stat().st_mode & 0o777 == 0o600
    assert given_refresh in sandbox.highlevel.oauth.used_refresh_tokens  # spent: the file holds the live pair
    assert kept["refresh_token"] != given_refresh and kept["access_token"] in sandbox.highlevel.oauth.access_tokens
    for secret in (given_access, given_refresh, kept["access_token"], kept["refresh_token"]):
        assert secret not in renewed.stdout + renewed.stderr
    for location, ids in expected.items():
        assert sorted(exported_ids(work / "out", location)) == sorted(ids), location

    again = run(*arguments)  # the environment's pair is spent now: the file's is the one read

    assert again.exit_code == 0, again
    assert json.loads((work / "pair").read_text()) == kept  # still valid: not renewed


def test_a_token_file_that_is_not_one_is_refused_without_quoting_it(
    agency: Callable[[dict[str, int]], dict[str, list[str]]], work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agency({"loc-a": 1})
    (work / "pair").write_text("not-json secret-looking-text")

    broken = run("export", "highlevel", "--all-locations", "--out", "out", "--token-file", "pair")
    monkeypatch.delenv("HIGHLEVEL_CLIENT_SECRET")
    without_app = run("export", "highlevel", "--all-locations", "--out", "out", "--token-file", "other")

    assert broken.exit_code == 3 and "is not a token file" in broken.stderr
    assert "secret-looking-text" not in broken.stderr
    assert without_app.exit_code == 3 and "HIGHLEVEL_CLIENT_SECRET" in without_app.stderr


@pytest.mark.parametrize("parallel", [1, 3])
def test_no_more_locations_than_parallel_are_exported_at_once(
    agency: Callable[[dict[str, int]], dict[str, list[str]]],
    sandbox: Sandbox,
    work: Path,
    monkeypatch: pytest.MonkeyPatch,
    parallel: int,
) -> None:
    counts = {f"loc-{n}": 6 for n in range(7)}
    expected = agency(counts)
    searched = calls_of(sandbox, monkeypatch, "searchContacts")

    done = run(
        "export", "highlevel", "--all-locations", "--out", "out", "--format", "jsonl", "--page-size", "2",
        "--parallel", str(parallel),
    )  # fmt: skip

    assert done.exit_code == 0, done
    assert all(sorted(exported_ids(work / "out", location)) == sorted(ids) for location, ids in expected.items())
    # A location runs from its first search to its last, as the sandbox answered them: at no answer are
    # more than ``parallel`` locations between theirs.
    order = [call["body"]["locationId"] for call in searched]
    spans = {location: (order.index(location), len(order) - 1 - order[::-1].index(location)) for location in counts}
    running = [sum(first <= at <= last for first, last in spans.values()) for at in range(len(order))]
    assert max(running) <= parallel, running


def test_a_killed_agency_export_resumes_with_every_contact_once_per_location(
    agency: Callable[[dict[str, int]], dict[str, list[str]]],
    sandbox: Sandbox,
    contacts_sandbox_server: SandboxServer,
    work: Path,
) -> None:
    seed_value = random.randrange(1 << 30)
    rng = random.Random(seed_value)
    counts = {f"loc-{n}": 300 for n in range(4)}
    expected = agency(counts)
    sandbox.configure(latency_ms=10)
    environment = {**environment_for_subprocess(contacts_sandbox_server), **install_environment()}
    arguments = command(
        "export", "highlevel", "--all-locations", "--out", str(work / "out"), "--format", "jsonl",
        "--page-size", "10", "--parallel", "2", "--state-dir", str(work / "state"),
    )  # fmt: skip

    def lines_written() -> int:
        return sum(len(path.read_bytes().splitlines()) for path in (work / "out").glob("*.jsonl"))

    assert kill_at_random(arguments, environment, work, rng, lines_written, sum(counts.values())) == 0, seed_value

    for location, ids in expected.items():
        written = exported_ids(work / "out", location)
        assert len(written) == len(set(written)), (seed_value, location)
        assert sorted(written) == sorted(ids), (seed_value, location)


def install_environment() -> dict[str, str]:
    """The agency credentials the ``agency`` fixture put in this process's environment, for a subprocess."""
    names = ("HIGHLEVEL_AGENCY_ACCESS_TOKEN", "HIGHLEVEL_COMPANY_ID", "HIGHLEVEL_APP_ID")  # a plain token suffices
    return {name: os.environ[name] for name in names}


# --- progress over locations side by side ---------------------------------------------------------------

HEADERS = RateLimitHeaders(limit="x-limit", remaining="x-remaining", interval_ms="x-interval")


def answer(client: httpx.Client, path: str, remaining: int) -> None:
    """What the client's hooks see of one request to ``path`` and its answer with ``remaining`` left of 10 per 1 s."""
    request = httpx.Request("POST", f"http://127.0.0.1{path}")
    response = httpx.Response(
        200, request=request, headers={"x-limit": "10", "x-remaining": str(remaining), "x-interval": "1000"}
    )
    for hook in client.event_hooks["request"]:
        hook(request)
    for hook in client.event_hooks["response"]:
        hook(response)


@pytest.fixture
def watched() -> Iterator[tuple[LocationPacing, httpx.Client]]:
    pacing = LocationPacing(HEADERS)
    with httpx.Client() as client:
        pacing.watch(client)
        yield pacing, client


def test_the_allowed_rate_is_the_running_locations_together_and_waiting_is_all_of_them_waiting(
    watched: tuple[LocationPacing, httpx.Client],
) -> None:
    pacing, client = watched
    began: list[bool] = []
    pacing.on_wait = lambda: began.append(True)
    a_running, b_answered, both_done = threading.Event(), threading.Event(), threading.Event()

    def location_b() -> None:
        with pacing.running("b"):
            a_running.wait(10)
            answer(client, "/contacts/search", remaining=0)
            b_answered.set()
            both_done.wait(10)

    thread = threading.Thread(target=location_b)
    thread.start()
    with pacing.running("a"):
        answer(client, "/oauth/locationToken", remaining=0)  # the agency's call: not a location's window
        assert pacing.requests == 0 and pacing.allowed_rate is None
        answer(client, "/contacts/search", remaining=3)
        a_running.set()
        b_answered.wait(10)
        assert pacing.allowed_rate == 20.0  # 10 per second each, two running
        assert not pacing.waiting and began == []  # b waits for its window, a does not
        answer(client, "/contacts/search", remaining=0)
        assert pacing.waiting and began == [True]
        assert "2 locations, 10 requests per 1 s each" in pacing.describe_limit()
        both_done.set()
        thread.join(10)
        assert pacing.allowed_rate == 10.0 and pacing.waiting
    assert pacing.requests == 3 and pacing.allowed_rate is None and not pacing.waiting


def test_progress_has_a_total_once_every_location_said_its_own() -> None:
    reporter = Reporter("export", quiet=True)
    reporter.expect_parts(3)
    reporter.add_part(0, 5)
    reporter.add_part(2, 4)
    assert (reporter.done, reporter.total, reporter.eta(reporter.now())) == (2, None, None)
    reporter.add_part(1, 3)
    assert (reporter.done, reporter.total) == (3, 12)

    unknown = Reporter("export", quiet=True)
    unknown.expect_parts(2)
    unknown.add_part(0, None)
    unknown.add_part(0, 3)
    assert unknown.total is None


def test_an_interrupted_run_stops_every_running_location_at_its_next_page_and_starts_no_other() -> None:
    started, interrupted, never = threading.Event(), threading.Event(), threading.Event()
    stopped: list[str] = []
    begun: list[str] = []

    class Agency:
        def for_location(self, location_id: str, *, company_id: str | None = None) -> object:
            return object()

    def export_location(service: HighLevelService, progress: JobProgress) -> Outcome:
        begun.append(str(service.location_id))
        if service.location_id == "ctrl-c":
            started.wait(10)
            interrupted.set()
            raise KeyboardInterrupt
        progress.start_at(0, None)
        started.set()
        interrupted.wait(10)
        try:
            for _ in range(1000):  # at most 10 s: a page after another until told to stop
                progress.advance(1)
                never.wait(0.01)
        except StoppedError:
            stopped.append(str(service.location_id))
            raise
        return Outcome()

    with pytest.raises(KeyboardInterrupt):
        export_locations(
            cast(HighLevel, Agency()),
            ["long", "ctrl-c", "never-1", "never-2"],
            company_id=None,
            parallel=2,
            api_version="2021-07-28",
            pacing=LocationPacing(None),
            reporter=Reporter("export", quiet=True),
            export_location=export_location,
            on_result=lambda result: None,
        )

    assert stopped == ["long"]
    assert sorted(begun) == ["ctrl-c", "long"]


def test_a_listed_location_whose_id_cannot_name_a_file_is_reported_and_never_asked_for() -> None:
    asked: list[str] = []

    class Agency:
        def for_location(self, location_id: str, *, company_id: str | None = None) -> object:
            asked.append(location_id)
            return object()

    results = export_locations(
        cast(HighLevel, Agency()),
        ["../outside", ".hidden", "a/b"],
        company_id=None,
        parallel=2,
        api_version="2021-07-28",
        pacing=LocationPacing(None),
        reporter=Reporter("export", quiet=True),
        export_location=lambda service, progress: Outcome(),
        on_result=lambda result: None,
    )

    assert [(result.location_id, result.failure) for result in results] == [
        (location, "its id cannot name a file: skipped") for location in ("../outside", ".hidden", "a/b")
    ]
    assert asked == []


def test_the_v3_api_exports_each_location_with_its_own_client(
    agency: Callable[[dict[str, int]], dict[str, list[str]]], work: Path
) -> None:
    expected = agency({"loc-a": 2, "loc-b": 3})

    done = run(
        "export", "highlevel", "--api-version", "v3", "--locations", "loc-a,loc-b", "--out", "out", "--format", "jsonl"
    )

    assert done.exit_code == 0, done
    for location, ids in expected.items():
        assert sorted(exported_ids(work / "out", location)) == sorted(ids), location


@pytest.mark.parametrize("location_id", ["../etc", ".hidden", "a/b", "loc 1", "x" * 101])
def test_an_id_that_cannot_name_a_file_is_refused_only_where_it_names_one(location_id: str) -> None:
    text = f"loc-a,{location_id}"

    with pytest.raises(LocationListError, match="cannot name a file"):
        parse_locations(text, ids_name_files=True)
    assert parse_locations(text, ids_name_files=False) == ["loc-a", location_id]


@pytest.mark.parametrize("ids_name_files", [True, False])
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("loc-a,,loc-b", "an empty location id"),
        (" , loc-a", "an empty location id"),
        ("loc-b,loc-a,loc-b,loc-a", "names loc-a, loc-b more than once"),
        ("loc-a, loc-a", "names loc-a more than once"),
    ],
)
def test_an_empty_or_repeated_id_is_refused_either_way(text: str, message: str, ids_name_files: bool) -> None:
    with pytest.raises(LocationListError, match=message):
        parse_locations(text, ids_name_files=ids_name_files)


def test_the_locations_are_chosen_one_way_and_all_of_them_need_the_app() -> None:
    assert chosen_locations(False, " loc-b , loc-a", None, ids_name_files=True) == ["loc-b", "loc-a"]
    assert chosen_locations(True, None, "app-1", ids_name_files=True) is None
    with pytest.raises(LocationListError, match="choose one"):
        chosen_locations(True, "loc-a", "app-1", ids_name_files=False)
    with pytest.raises(LocationListError, match="give --all-locations or --locations"):
        chosen_locations(False, None, "app-1", ids_name_files=False)
    with pytest.raises(LocationListError, match="--app-id or set HIGHLEVEL_APP_ID"):
        chosen_locations(True, None, "", ids_name_files=False)
