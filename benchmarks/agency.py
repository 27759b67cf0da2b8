"""``contacts-sdk export highlevel --all-locations`` of an agency (``make bench-agency``): pacing across locations.

The sandbox runs in this process (a thread) with HighLevel's limit, 100 requests per 10 s per location
token, scaled down in time to 100 per ``window`` s. 50 locations hold enough contacts that each needs
``WINDOWS_PER_LOCATION`` windows of search pages (``PAGE_SIZE`` contacts a page); the command exports
them ``--parallel 16`` in a process of its own, so its peak RSS is its own. Measured and printed:

- what the sandbox serves unthrottled, measured first in the same run: 16 threads of a client in a
  process of their own asking the same search pages with the limit off (``X-Sandbox-Rate-Limit: none``);
- the window, chosen so that the rate the 16 running locations' limits allow together
  (``16 * 100 / window``) is at most half of that;
- the achieved request rate while 16 locations were running (from the sandbox's record of which location
  asked when), against that allowed rate (target: at least 80%), and over the whole run against the
  allowed rate of the locations running at each moment (the last ones run fewer than 16 side by side);
- the 429 answers (target: none), from the command's summary;
- the command's peak RSS exporting 10 and 50 locations (target: flat, at most 10% more for 50).

Written to ``build/bench-agency.json``; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from export_scale import measured

from contacts_sandbox import HIGHLEVEL_TOKEN, RateLimit, Sandbox, SandboxServer
from contacts_sandbox._app import SandboxSettings
from contacts_sandbox._highlevel_oauth import OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 100
"""HighLevel's requests per window, per location."""
PARALLEL = 16
LOCATIONS = 50
FEW_LOCATIONS = 10
PAGE_SIZE = 2
WINDOWS_PER_LOCATION = 5.5
"""Each location needs this many windows of search pages (at least 5, as the issue asks)."""
COMPANY = "bench-company"
CAPACITY_SECONDS = 3.0
TARGET_SHARE = 0.8
RSS_GROWTH = 0.10

CAPACITY_PROBE = """
import sys, threading, time
from highlevel_client import HighLevel
base_url, token, location, threads, seconds, page_size = sys.argv[1:7]
counts = []
def ask(client):
    count, deadline = 0, time.monotonic() + float(seconds)
    while time.monotonic() < deadline:
        client.contacts.search(page_limit=int(page_size))
        count += 1
    counts.append(count)
with HighLevel(base_url=base_url, token=token, location_id=location, max_retries=0,
               default_headers={"X-Sandbox-Rate-Limit": "none"}) as client:
    workers = [threading.Thread(target=ask, args=(client,)) for _ in range(int(threads))]
    started = time.monotonic()
    for worker in workers: worker.start()
    for worker in workers: worker.join()
    print(sum(counts) / (time.monotonic() - started))
"""


def location_ids(count: int) -> list[str]:
    return [f"bench-{n:02d}" for n in range(count)]


def seed(sandbox: Sandbox, locations: list[str], per_location: int) -> None:
    """``per_location`` contacts in each location, written straight into the sandbox."""
    service = sandbox.highlevel
    with service.lock:
        for location in locations:
            for n in range(per_location):
                service._create({"locationId": location, "firstName": f"P{n}", "email": f"p{n}@{location}.test"})


def install(server: SandboxServer, locations: list[str]) -> str:
    """The app installed on the agency for ``locations``: the agency's access token."""
    oauth = server.sandbox.highlevel.oauth
    code = oauth.mint_code(user_type="Company", company_id=COMPANY, approved_locations=tuple(locations))
    fields = {"client_id": OAUTH_CLIENT_ID, "client_secret": OAUTH_CLIENT_SECRET, "grant_type": "authorization_code"}
    answer = httpx.post(
        f"{server.highlevel_base_url}/oauth/token", data={**fields, "code": code, "user_type": "Company"}
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def capacity(server: SandboxServer, location: str) -> float:
    """Search pages per second the sandbox answers with no limit, to ``PARALLEL`` threads of another process."""
    arguments = [server.highlevel_base_url, HIGHLEVEL_TOKEN, location, str(PARALLEL), str(CAPACITY_SECONDS)]
    _, _, output = measured(["-c", CAPACITY_PROBE, *arguments, str(PAGE_SIZE)], dict(os.environ))
    return float(output.split()[-1])


class SearchLog:
    """When the sandbox answered each location's search pages (monotonic seconds), in order."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.asked: list[tuple[float, str]] = []
        handlers = sandbox.highlevel.handlers
        search: Callable[[Any], Any] = handlers["searchContacts"]

        def logged(call: Any) -> Any:
            self.asked.append((time.monotonic(), str(call.body["locationId"])))
            return search(call)

        handlers["searchContacts"] = logged

    def rates(self, window: float) -> dict[str, float]:
        """Requests per second while ``PARALLEL`` locations ran, and over the whole run with the allowed rate of
        the locations running at each moment (a location runs from its first search page to its last)."""
        spans: dict[str, list[float]] = {}
        for at, location in self.asked:
            spans.setdefault(location, [at, at])[1] = at
        edges = sorted({at for span in spans.values() for at in span})
        full_seconds = full_requests = allowed_requests = 0.0
        for start, end in itertools.pairwise(edges):
            running = sum(first <= start and end <= last for first, last in spans.values())
            allowed_requests += running * LIMIT / window * (end - start)
            if running >= PARALLEL:
                full_seconds += end - start
                full_requests += sum(start <= at < end for at, _ in self.asked)
        whole = edges[-1] - edges[0]
        return {
            "requests": len(self.asked),
            "seconds": whole,
            "rate": len(self.asked) / whole,
            "allowed_rate_over_run": allowed_requests / whole,
            "full_seconds": full_seconds,
            "rate_while_full": full_requests / full_seconds if full_seconds else 0.0,
        }


def export(server: SandboxServer, token: str, locations: list[str] | None, folder: Path) -> dict[str, Any]:
    """The command over the agency's locations (``None``: every installed one): its summary and peak RSS."""
    environment = {
        **os.environ,
        "HIGHLEVEL_BASE_URL": server.highlevel_base_url,
        "HIGHLEVEL_AGENCY_ACCESS_TOKEN": token,
        "HIGHLEVEL_COMPANY_ID": COMPANY,
        "HIGHLEVEL_APP_ID": OAUTH_CLIENT_ID.split("-")[0],
    }
    chosen = ["--all-locations"] if locations is None else ["--locations", ",".join(locations)]
    command = ["-m", "contacts_cli", "export", "highlevel", *chosen, "--out", str(folder / "out"), "--format", "jsonl"]
    command += ["--page-size", str(PAGE_SIZE), "--parallel", str(PARALLEL), "--state-dir", str(folder / "state")]
    seconds, rss_mb, output = measured(command, environment)
    summary = output.strip().splitlines()[-1]
    throttled = int(summary.split(" retries, ")[1].split(" answered 429")[0])
    return {"seconds": seconds, "rss_mb": rss_mb, "throttled": throttled, "summary": summary}


def bench(window: float | None) -> dict[str, Any]:
    per_location = math.ceil(WINDOWS_PER_LOCATION * LIMIT) * PAGE_SIZE
    locations = location_ids(LOCATIONS)
    settings = SandboxSettings(highlevel_rate_limit=RateLimit(LIMIT, 10.0), check_answers=False)
    sandbox = Sandbox(settings)
    seed(sandbox, locations, per_location)
    result: dict[str, Any] = {"locations": LOCATIONS, "contacts_per_location": per_location, "page_size": PAGE_SIZE}
    with SandboxServer(sandbox) as server, tempfile.TemporaryDirectory() as folder:
        served = capacity(server, locations[0])
        if window is None:
            # The 16 locations' limits together at most half of what the sandbox serves, in tenths of a second.
            window = math.ceil(2 * PARALLEL * LIMIT / served * 10) / 10
        allowed = PARALLEL * LIMIT / window
        result |= {"sandbox_capacity_rate": served, "window_s": window, "allowed_rate": allowed}
        sandbox.configure(highlevel_rate_limit=RateLimit(LIMIT, window))
        token = install(server, locations)
        few = export(server, token, locations[:FEW_LOCATIONS], Path(folder) / "few")
        log = SearchLog(sandbox)
        sandbox.configure(highlevel_rate_limit=RateLimit(LIMIT, window))  # fresh windows for the measured run
        every = export(server, token, None, Path(folder) / "every")
        written = sum(1 for _ in (Path(folder) / "every" / "out").glob("*.jsonl"))
        result |= {"few": few, "every": every, "files": written, **log.rates(window)}
    result["share_while_full"] = result["rate_while_full"] / allowed
    result["share_over_run"] = result["rate"] / result["allowed_rate_over_run"]
    result["rss_growth"] = every["rss_mb"] / few["rss_mb"] - 1
    result["targets"] = {
        "allowed_at_most_half_of_capacity": allowed <= served / 2,
        "share_while_full": result["share_while_full"] >= TARGET_SHARE,
        "no_429": few["throttled"] == 0 and every["throttled"] == 0,
        "rss_flat": result["rss_growth"] <= RSS_GROWTH,
        "every_location_written": written == LOCATIONS,
    }
    return result


def show(result: dict[str, Any]) -> list[str]:
    allowed = result["allowed_rate"]
    return [
        f"sandbox unthrottled: {result['sandbox_capacity_rate']:,.0f} requests/s "
        f"({PARALLEL} threads, search pages of {PAGE_SIZE})",
        f"limit: {LIMIT} per {result['window_s']:g} s per location; {PARALLEL} locations together allow "
        f"{allowed:,.0f} requests/s ({allowed / result['sandbox_capacity_rate']:.0%} of unthrottled, target <= 50%)",
        f"{LOCATIONS} locations x {result['contacts_per_location']:,} contacts "
        f"({WINDOWS_PER_LOCATION:g} windows each), --parallel {PARALLEL}: {result['requests']:,} search requests "
        f"in {result['seconds']:.1f} s",
        f"achieved while {PARALLEL} ran: {result['rate_while_full']:,.0f} requests/s "
        f"over {result['full_seconds']:.1f} s = {result['share_while_full']:.1%} of {allowed:,.0f} "
        f"(target >= {TARGET_SHARE:.0%})",
        f"achieved over the whole run: {result['rate']:,.0f} requests/s = {result['share_over_run']:.1%} of what the "
        f"locations running at each moment allowed ({result['allowed_rate_over_run']:,.0f}/s on average)",
        f"429 answers: {result['few']['throttled']} ({FEW_LOCATIONS} locations), {result['every']['throttled']} "
        f"({LOCATIONS} locations) (target 0)",
        f"peak RSS: {result['few']['rss_mb']:.0f} MB ({FEW_LOCATIONS} locations), {result['every']['rss_mb']:.0f} MB "
        f"({LOCATIONS} locations): {result['rss_growth']:+.1%} (target <= {RSS_GROWTH:+.0%})",
        f"summary ({LOCATIONS} locations): {result['every']['summary']}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=float, help="seconds of one rate-limit window (default: chosen from capacity)")
    arguments = parser.parse_args()
    load = os.getloadavg()[0]
    result = bench(arguments.window)
    result["load_average_before"] = load
    print("\n".join(show(result)), flush=True)
    print(f"load average (1 min) before the run: {load:.2f} on {os.cpu_count()} CPUs")
    missed = [name for name, met in result["targets"].items() if not met]
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "bench-agency.json").write_text(json.dumps(result, indent=2) + "\n")
    print("targets met" if not missed else f"missed: {', '.join(missed)}", flush=True)
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
