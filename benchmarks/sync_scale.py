"""``contacts-sdk sync highlevel sakari`` at scale (``make bench-sync``): requests, wall time, peak RSS.

The sandbox runs in this process (a thread) with HighLevel's documented limit, 100 requests per 10 s,
scaled down in time (100 per ``WINDOW`` s, as the import bench does); its contacts are written into it
directly. The command runs in a process of its own, so its peak RSS is its own. Three runs per size:
the first (every contact created in Sakari), an unchanged second run, and a run after 1% of the
contacts changed in HighLevel. Each is checked against the issue's targets:

- an unchanged run sends at most ``ceil(N/100) + 5`` requests; the 1% run at most that plus two per
  changed contact (a lookup and a write);
- a run's wall time is at most ``(ceil(R/100) - 1) * WINDOW * 1.1`` for its R requests (for R above 100:
  below, nothing is paced and the formula gives 0 s);
- the command's peak RSS grows by at most 300 bytes per contact from the smallest size to the largest.

Written to ``build/bench-sync.json``; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from export_scale import measured, summary_seconds

from contacts_sandbox import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, RateLimit, Sandbox, SandboxServer
from contacts_sandbox._app import SandboxSettings

ROOT = Path(__file__).resolve().parent.parent
WINDOW = 1.0
"""HighLevel's 10 s window, ten times faster."""
LOCATION = "bench-location"
ACCOUNT = "bench-account"
CHANGED_SHARE = 0.01
RSS_BYTES_PER_CONTACT = 300


def seed(sandbox: Sandbox, count: int) -> list[str]:
    """``count`` HighLevel contacts that may be texted, written straight into the sandbox."""
    service = sandbox.highlevel
    allowed = {"SMS": {"status": "inactive"}}
    with service.lock:
        return [
            str(
                service._create(
                    {
                        "locationId": LOCATION,
                        "firstName": f"P{n}",
                        "lastName": "Bench",
                        "email": f"p{n}@example.com",
                        "phone": f"+1555{n:07d}",
                        "dndSettings": allowed,
                    }
                )["id"]
            )
            for n in range(count)
        ]


def change(sandbox: Sandbox, ids: list[str]) -> None:
    """Change contacts as HighLevel would on an edit (a new ``dateUpdated``)."""
    service = sandbox.highlevel
    with service.lock:
        for contact_id in ids:
            _, contact = service._find(contact_id)
            service._apply(contact, {"lastName": "Changed"})


def sync_once(server: SandboxServer, state_dir: Path) -> dict[str, Any]:
    environment = {
        **os.environ,
        "HIGHLEVEL_BASE_URL": server.highlevel_base_url,
        "HIGHLEVEL_TOKEN": HIGHLEVEL_TOKEN,
        "HIGHLEVEL_LOCATION_ID": LOCATION,
        "SAKARI_BASE_URL": server.sakari_base_url,
        "SAKARI_CLIENT_ID": SAKARI_CLIENT_ID,
        "SAKARI_CLIENT_SECRET": SAKARI_CLIENT_SECRET,
        "SAKARI_ACCOUNT_ID": ACCOUNT,
    }
    command = ["-m", "contacts_cli", "sync", "highlevel", "sakari", "--state-dir", str(state_dir)]
    _, rss_mb, output = measured(command, environment)
    summary = output.strip().splitlines()[-1]
    requests = int(summary.split(" s; ")[1].split(" requests")[0])
    return {"requests": requests, "seconds": summary_seconds(output), "rss_mb": rss_mb, "summary": summary}


def wall_time_limit(requests: int) -> float:
    return (math.ceil(requests / 100) - 1) * WINDOW * 1.1


def bench_size(count: int) -> dict[str, Any]:
    settings = SandboxSettings(highlevel_rate_limit=RateLimit(100, WINDOW), check_answers=False)
    sandbox = Sandbox(settings)
    ids = seed(sandbox, count)
    runs: dict[str, Any] = {}
    with SandboxServer(sandbox) as server, tempfile.TemporaryDirectory() as folder:
        runs["first"] = sync_once(server, Path(folder))
        runs["unchanged"] = sync_once(server, Path(folder))
        changed = ids[:: int(1 / CHANGED_SHARE)]
        change(sandbox, changed)
        runs["changed_1pct"] = sync_once(server, Path(folder))
        mirrored = len(sandbox.sakari.accounts.get(ACCOUNT, {}))
    pages = math.ceil(count / 100)
    targets = {
        "unchanged": pages + 5,
        "changed_1pct": pages + 5 + 2 * len(changed),
    }
    for name, figures in runs.items():
        figures["wall_time_limit"] = wall_time_limit(figures["requests"])
        # At most 100 requests nothing is paced and the formula gives 0 s, which no run can take: such a
        # run is held to the requests target alone (reported as such).
        figures["wall_time_ok"] = figures["requests"] <= 100 or figures["seconds"] <= figures["wall_time_limit"]
        if name in targets:
            figures["request_limit"] = targets[name]
            figures["requests_ok"] = figures["requests"] <= targets[name]
    return {"contacts": count, "changed": len(changed), "mirrored_in_sakari": mirrored, "runs": runs}


def show(result: dict[str, Any]) -> list[str]:
    lines = []
    for name, figures in result["runs"].items():
        limit = f" (target <= {figures['request_limit']:,})" if "request_limit" in figures else ""
        lines.append(
            f"sync {result['contacts']:>7,} {name:<12} {figures['requests']:>7,} requests{limit}  "
            f"{figures['seconds']:>7.1f} s (target <= {figures['wall_time_limit']:.1f}"
            f"{', not paced' if figures['requests'] <= 100 else ''})  "
            f"peak RSS {figures['rss_mb']:.0f} MB"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, nargs="+", default=[10_000, 100_000])
    arguments = parser.parse_args()
    results = []
    for count in arguments.contacts:
        result = bench_size(count)
        results.append(result)
        print("\n".join(show(result)), flush=True)
    ok = all(
        figures.get("requests_ok", True) and figures["wall_time_ok"]
        for result in results
        for figures in result["runs"].values()
    )
    if len(results) > 1:
        small, large = results[0], results[-1]
        growth = {}
        for name in small["runs"]:
            extra_bytes = (large["runs"][name]["rss_mb"] - small["runs"][name]["rss_mb"]) * 1024 * 1024
            growth[name] = extra_bytes / (large["contacts"] - small["contacts"])
        summary = ", ".join(f"{name} {per:.0f}" for name, per in growth.items())
        print(
            f"peak RSS growth per contact, {small['contacts']:,} -> {large['contacts']:,}: {summary} bytes "
            f"(target <= {RSS_BYTES_PER_CONTACT})"
        )
        ok = ok and all(per <= RSS_BYTES_PER_CONTACT for per in growth.values())
        results.append({"rss_growth_bytes_per_contact": growth})
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "bench-sync.json").write_text(json.dumps(results, indent=2) + "\n")
    print("targets met" if ok else "a target was missed", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
