"""``make bench-sandbox``: the sandbox holding 100,000 contacts per service, and how long each read takes.

Loads the contacts straight into the services (as many creates would, through the same code), then
serves them on 127.0.0.1 and times every kind of read through HTTP, as a client sees it: the median
and the slowest of ``ROUNDS`` calls. Also prints the memory the contacts and their indexes take per
contact (tracemalloc) and the one-off cost of the first filtered read after a write, when the text
index is rebuilt. Written to ``build/sandbox_reads.json``; nothing here is asserted by the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import functools
import gc
import json
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx

from contacts_sandbox import HIGHLEVEL_TOKEN, Sandbox, SandboxServer, SandboxSettings
from contacts_sandbox._service import Call

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Ann", "Bob", "Chris", "Dana", "Eve", "Finn", "Gail", "Hugo", "Iris", "Jon", "Kim", "Lena", "Marc", "Nia"]
LAST = ["Bloggs", "Deo", "Lee", "Novak", "Okafor", "Patel", "Quinn", "Rossi", "Silva", "Tanaka", "Ueda", "Vega"]
DOMAINS = ["example.com", "example.org", "mail.test", "corp.example"]
TAGS = ["vip", "lead", "trade-show", "newsletter", "churned"]
ROUNDS = 30
MEMORY_SAMPLE = 10_000
ACCOUNT, LOCATION = "acct-bench", "loc-bench"


def _person(rng: random.Random, number: int) -> dict[str, Any]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return {
        "first": first,
        "last": last,
        "email": f"{first.lower()}.{last.lower()}{number}@{rng.choice(DOMAINS)}",
        "phone": f"+1555{number:07}",
        "tags": rng.sample(TAGS, rng.randint(0, 2)),
    }


def load_sakari(sandbox: Sandbox, count: int, rng: random.Random) -> None:
    service = sandbox.sakari
    call = Call(service.spec.operation("createContact"), {"accountId": ACCOUNT}, {}, {}, None, None, "bench")
    for number in range(count):
        person = _person(rng, number)
        fields = {
            "firstName": person["first"],
            "lastName": person["last"],
            "email": person["email"],
            "mobile": {"number": person["phone"], "country": "US"},
            "tags": [{"tag": tag} for tag in person["tags"]],
        }
        service.merge(call, fields, "append")


def load_highlevel(sandbox: Sandbox, count: int, rng: random.Random) -> None:
    service = sandbox.highlevel
    start = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for number in range(count):
        person = _person(rng, number)
        contact = service._create(
            {
                "locationId": LOCATION,
                "firstName": person["first"],
                "lastName": person["last"],
                "email": person["email"],
                "phone": person["phone"],
                "tags": person["tags"],
            }
        )
        added = start + datetime.timedelta(seconds=number * 37)
        contact["dateAdded"] = added.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        service.stored(contact)


def memory_per_contact(count: int, settings: SandboxSettings) -> tuple[float, float]:
    """Bytes per contact, with its indexes, of each service holding ``count`` contacts (a sample: tracing is slow)."""
    sandbox = Sandbox(settings)
    rng = random.Random(2)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    load_sakari(sandbox, count, rng)
    # the text indexes join their texts on the first filtered read: count that string too
    sandbox.sakari.indexes[ACCOUNT].page({"firstName": "x", "lastName": "x", "email": "x", "mobile": "x"}, 0, 1)
    middle = tracemalloc.get_traced_memory()[0]
    load_highlevel(sandbox, count, rng)
    sandbox.highlevel.indexes[LOCATION].text.find("x")
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (middle - before) / count, (after - middle) / count


class InProcess:
    """Requests handed straight to the ASGI app in this thread, so that ``time.thread_time`` counts the
    sandbox's own work for a read (routing, checks, the handler, JSON) and nothing of a busy machine."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.loop = asyncio.new_event_loop()

    def request(self, method: str, url: str, headers: dict[str, str], body: Any = None) -> tuple[int, float]:
        """The status and the CPU milliseconds of one request (``url`` as path?query)."""
        path, _, query = url.partition("?")
        content = b"" if body is None else json.dumps(body).encode()
        sent = {**headers, **({"Content-Type": "application/json"} if body is not None else {})}
        scope = {
            "type": "http",
            "method": method,
            "path": unquote(path),
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "headers": [(key.lower().encode(), value.encode()) for key, value in sent.items()],
        }
        messages: list[dict[str, Any]] = [{"type": "http.request", "body": content, "more_body": False}]
        statuses: list[int] = []

        async def receive() -> dict[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                statuses.append(message["status"])

        started = time.thread_time()
        self.loop.run_until_complete(self.sandbox(scope, receive, send))
        return statuses[0], (time.thread_time() - started) * 1000


def _time(function: Callable[[], httpx.Response]) -> tuple[float, float]:
    """Median and slowest wall milliseconds of ``ROUNDS`` calls over HTTP (after one checked warm-up call)."""
    first = function()
    assert first.status_code < 300, first.text
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def _cpu(in_process: InProcess, method: str, url: str, headers: dict[str, str], body: Any = None) -> float:
    """Median CPU milliseconds the sandbox spends on one read (``ROUNDS`` calls after one checked warm-up)."""
    status, _ = in_process.request(method, url, headers, body)
    assert status < 300, (url, status)
    return statistics.median(in_process.request(method, url, headers, body)[1] for _ in range(ROUNDS))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000, help="contacts per service (default 100,000)")
    count = parser.parse_args().contacts
    rng = random.Random(1)
    settings = SandboxSettings(highlevel_rate_limit=None, check_answers=False)
    sandbox = Sandbox(settings)

    sakari_bytes, highlevel_bytes = memory_per_contact(min(count, MEMORY_SAMPLE), settings)
    started = time.perf_counter()
    load_sakari(sandbox, count, rng)
    sakari_loaded = time.perf_counter() - started
    started = time.perf_counter()
    load_highlevel(sandbox, count, rng)
    highlevel_loaded = time.perf_counter() - started

    some_sakari = list(sandbox.sakari.accounts[ACCOUNT].values())[count // 2]
    some_highlevel = list(sandbox.highlevel.locations[LOCATION].values())[count // 2]
    deep_cursor = list(sandbox.highlevel.indexes[LOCATION].order.keys[count - 50])

    tags_churned = [{"field": "tags", "operator": "eq", "value": "churned"}]
    tags_vip = [{"field": "tags", "operator": "eq", "value": "vip"}]
    contacts_path = f"/v1/accounts/{ACCOUNT}/contacts"
    duplicate_path = f"/contacts/search/duplicate?locationId={LOCATION}"
    # (name, service, method, path?query, JSON body)
    reads: list[tuple[str, str, str, str, Any]] = [
        ("sakari get", "sakari", "GET", f"{contacts_path}/{some_sakari['id']}", None),
        ("sakari list, first page of 100", "sakari", "GET", f"{contacts_path}?limit=100", None),
        (
            "sakari list, page of 100 at the end",
            "sakari",
            "GET",
            f"{contacts_path}?limit=100&offset={count - 100}",
            None,
        ),
        ("sakari list, filter firstName=chri", "sakari", "GET", f"{contacts_path}?limit=100&firstName=chri", None),
        (
            "sakari list, filter email (one contact)",
            "sakari",
            "GET",
            f"{contacts_path}?email={some_sakari['email']}",
            None,
        ),
        (
            "sakari list, filter lastName + tags",
            "sakari",
            "GET",
            f"{contacts_path}?limit=100&lastName=nov&tags=vip",
            None,
        ),
        ("sakari list, filter mobile digits", "sakari", "GET", f"{contacts_path}?limit=100&mobile=5550049", None),
        ("highlevel get", "highlevel", "GET", f"/contacts/{some_highlevel['id']}", None),
        ("highlevel search, page 1 of 100", "highlevel", "POST", "/contacts/search", {"pageLimit": 100}),
        ("highlevel search, page 100 of 100", "highlevel", "POST", "/contacts/search", {"pageLimit": 100, "page": 100}),
        (
            "highlevel search, searchAfter near the end",
            "highlevel",
            "POST",
            "/contacts/search",
            {"pageLimit": 100, "searchAfter": deep_cursor},
        ),
        (
            "highlevel search, query=tanaka",
            "highlevel",
            "POST",
            "/contacts/search",
            {"pageLimit": 100, "query": "tanaka"},
        ),
        (
            "highlevel search, tags eq churned",
            "highlevel",
            "POST",
            "/contacts/search",
            {"pageLimit": 100, "filters": tags_churned},
        ),
        (
            "highlevel search, query + tag filter",
            "highlevel",
            "POST",
            "/contacts/search",
            {"pageLimit": 100, "query": "rossi", "filters": tags_vip},
        ),
        (
            "highlevel list (deprecated), limit 100",
            "highlevel",
            "GET",
            f"/contacts/?locationId={LOCATION}&limit=100",
            None,
        ),
        ("highlevel duplicate by email", "highlevel", "GET", f"{duplicate_path}&email={some_highlevel['email']}", None),
        (
            "highlevel duplicate by phone",
            "highlevel",
            "GET",
            f"{duplicate_path}&number={some_highlevel['phone']}",
            None,
        ),
    ]
    highlevel = {"Authorization": f"Bearer {HIGHLEVEL_TOKEN}", "Version": "2021-07-28"}
    sakari = {"Authorization": f"Bearer {sandbox.sakari.issue_token('sandbox-client')}"}
    headers = {"sakari": sakari, "highlevel": highlevel}

    def with_location(service: str, body: Any) -> Any:
        return {"locationId": LOCATION, **body} if service == "highlevel" and body is not None else body

    in_process = InProcess(sandbox)
    rows: list[tuple[str, float, float, float]] = []
    with SandboxServer(sandbox) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for name, service, method, url, body in reads:
            payload = with_location(service, body)
            cpu = _cpu(in_process, method, url, headers[service], payload)
            median, slowest = _time(
                functools.partial(http.request, method, url, json=payload, headers=headers[service])
            )
            rows.append((name, cpu, median, slowest))
        # One write, then the first filtered read joins what the write appended to the text index.
        _, write_cpu = in_process.request(
            "PUT", f"{contacts_path}/{some_sakari['id']}", sakari, {"firstName": "Renamed"}
        )
        _, after_write = in_process.request("GET", f"{contacts_path}?limit=100&firstName=chri", sakari)
        _, empty = in_process.request("POST", "/contacts/search", highlevel, {"locationId": "empty"})

    width = max(len(row[0]) for row in rows)
    print(f"sandbox reads with {count:,} contacts per service, median of {ROUNDS} calls")
    print(f"  {'read':<{width}}  {'sandbox CPU':>11}  {'HTTP wall':>9}  {'slowest':>8}")
    for name, cpu, median, slowest in rows:
        print(f"  {name:<{width}}  {cpu:8.2f} ms  {median:6.2f} ms  {slowest:5.2f} ms")
    print(f"  {'first filtered read after a write':<{width}}  {after_write:8.2f} ms  (the write: {write_cpu:.2f} ms)")
    print(f"  {'an empty search (the fixed cost)':<{width}}  {empty:8.2f} ms")
    print(
        f"memory per contact, with its indexes (over {min(count, MEMORY_SAMPLE):,}): "
        f"Sakari {sakari_bytes:,.0f} B, HighLevel {highlevel_bytes:,.0f} B"
    )
    print(
        f"loading: Sakari {count / sakari_loaded:,.0f} contacts/s, HighLevel {count / highlevel_loaded:,.0f} contacts/s"
    )
    results = {
        "contacts": count,
        "reads_ms": {
            name: {"sandbox_cpu": round(cpu, 3), "http_median": round(median, 3), "http_slowest": round(slowest, 3)}
            for name, cpu, median, slowest in rows
        },
        "first_filtered_read_after_write_cpu_ms": round(after_write, 3),
        "bytes_per_contact": {"sakari": round(sakari_bytes), "highlevel": round(highlevel_bytes)},
    }
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "sandbox_reads.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
