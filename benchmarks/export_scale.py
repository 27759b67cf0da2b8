"""Export and import at scale with ``contacts-sdk`` (``make bench-scale``; ``make bench`` runs the 10,000 export).

Export: a synthetic Sakari server on 127.0.0.1 makes offset pages on the fly (one contact serialized
once, ids spliced in) and answers each request 20 ms after it arrived, so the ceiling is set by
latency and concurrency alone: ``concurrency * page size / latency`` contacts per second. Each
contender runs in a process of its own, so its peak RSS is its own: the pager alone (``iter_all``,
items counted and dropped), as a program starts and after ``gc.freeze()`` (the README's advice for
long walks, which the command follows), and the command writing JSONL and CSV.

Import: 10,000 rows into the sandbox with HighLevel's rate limit 20 times faster (100 per 0.5 s, as
``benchmarks/run.py`` does): the share of the allowed rate reached, and the 429 answers.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent
LATENCY = 0.020
PAGE_SIZE = 100
CONCURRENCY = 8
IMPORT_LIMIT = (100, 0.5)

CONTACT = {
    "id": "@ID@",
    "email": "person@example.com",
    "firstName": "Chris",
    "lastName": "Bloggs",
    "mobile": {"number": "+15551234567", "country": "US", "valid": True, "lineType": "mobile"},
    "attributes": {"company": "Acme", "plan": "gold"},
    "tags": [{"tag": "vip", "visible": True}],
    "valid": True,
    "created": {"at": "2026-01-02T03:04:05Z", "by": {"id": "api", "name": "API", "source": "api"}},
    "updated": {"at": "2026-01-02T03:04:05Z", "by": {"id": "api", "name": "API", "source": "api"}},
}


# --- the synthetic server ------------------------------------------------------------------------------


def serve(port: int, total: int, latency: float) -> None:
    """A keep-alive HTTP/1.1 server of the token and the contact list, pages made on the fly.

    One thread per connection, each answering ``latency`` after the request arrived (the page is
    made while it waits). An asyncio loop would round each wait up to its selector's whole
    millisecond and write the eight connections' answers one after another: under load it added
    about 0.8 ms to every 20 ms answer, which is the server's cost, not the client's.
    """
    before, after = json.dumps(CONTACT, separators=(",", ":")).encode().split(b"@ID@")
    token = json.dumps({"access_token": "synthetic", "token_type": "bearer", "expires_in": 86400}).encode()

    def page(query: dict[str, list[str]]) -> bytes:
        offset = int(query.get("offset", ["0"])[0])
        limit = int(query.get("limit", ["10"])[0])
        end = min(offset + limit, total)
        pagination = {"totalCount": total, "limit": limit, "offset": offset, "hasNext": end < total}
        data = b",".join(before + b"c%d" % number + after for number in range(offset, end))
        return b'{"success":true,"pagination":' + json.dumps(pagination).encode() + b',"data":[' + data + b"]}"

    def answer(connection: socket.socket) -> None:
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        received = b""
        with connection, contextlib.suppress(ConnectionError):
            while True:
                while b"\r\n\r\n" not in received:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    received += chunk
                arrived = time.monotonic()
                head, received = received.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                _, target, _ = lines[0].split(" ", 2)
                length = 0
                for line in lines[1:]:
                    if line.lower().startswith("content-length:"):
                        length = int(line.split(":", 1)[1])
                while len(received) < length:
                    received += connection.recv(65536)
                received = received[length:]
                url = urlsplit(target)
                body = token if url.path.endswith("/oauth2/token") else page(parse_qs(url.query))
                wait = arrived + latency - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                connection.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(body)
                    + body
                )

    with socket.create_server(("127.0.0.1", port), backlog=64) as listener:
        while True:
            connection, _ = listener.accept()
            threading.Thread(target=answer, args=(connection,), daemon=True).start()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def synthetic_server(total: int, latency: float = LATENCY) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port), str(total), str(latency)], stdout=subprocess.DEVNULL
    )
    try:
        for _ in range(400):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.1):
                break
            time.sleep(0.025)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        process.wait(10)


# --- contenders, each in a process of its own ----------------------------------------------------------

PAGER_ONLY = """
import gc, sys, time
from sakari_client import Sakari
if sys.argv[3] == "frozen":  # what the README advises a program walking millions of items to do
    gc.collect()
    gc.freeze()
with Sakari() as client:
    started = time.perf_counter()
    count = sum(1 for _ in client.contacts.list(limit=int(sys.argv[1])).iter_all(concurrency=int(sys.argv[2])))
    print(count, time.perf_counter() - started)
"""


# Linux counts the forked copy of the parent in a child's ru_maxrss, so each child reports its own
# high-water mark (VmHWM of its final address space) on the way out.
PEAK_RSS_REPORT = """
import atexit, runpy, sys
def report():
    status = open("/proc/self/status").read()
    print("peak-rss-kb", status.split("VmHWM:")[1].split()[0], file=sys.stderr)
atexit.register(report)
"""


def measured(command: list[str], environment: dict[str, str]) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, stdout) of a child Python; ``command`` is what follows ``python``."""
    if command[0] == "-m":
        code = (
            PEAK_RSS_REPORT
            + f"sys.argv = {[command[1], *command[2:]]!r}\nrunpy.run_module({command[1]!r}, run_name='__main__')"
        )
    else:
        code = (
            PEAK_RSS_REPORT + f"sys.argv = {['-c', *command[2:]]!r}\nexec(compile({command[1]!r}, '<bench>', 'exec'))"
        )
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command[:3]} failed ({result.returncode}): {result.stderr[-2000:]}")
    peak_kb = int(result.stderr.rsplit("peak-rss-kb", 1)[1].split()[0])
    return seconds, peak_kb / 1024, result.stdout


def summary_seconds(output: str) -> float:
    """The elapsed time of the command's summary line: from its first request, without starting Python."""
    summary = output.strip().splitlines()[-1]
    return float(summary.split(" in ")[1].split(" s;")[0])


def sakari_environment(base_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "SAKARI_BASE_URL": base_url,
        "SAKARI_CLIENT_ID": "bench",
        "SAKARI_CLIENT_SECRET": "bench",
        "SAKARI_ACCOUNT_ID": "bench",
    }


def run_pager(base_url: str, total: int, heap: str = "as-is") -> tuple[float, float]:
    """(contacts per second, peak RSS in MB) of ``iter_all`` alone; ``heap="frozen"`` calls ``gc.freeze()`` first."""
    pager = ["-c", PAGER_ONLY, str(PAGE_SIZE), str(CONCURRENCY), heap]
    _, rss, output = measured(pager, sakari_environment(base_url))
    count, seconds = output.split()
    assert int(count) == total, output
    return total / float(seconds), rss


def bench_export(total: int) -> dict[str, Any]:
    """Contacts per second against the latency/concurrency ceiling, and peak RSS, per contender.

    ``cpu_per_s`` is the pager against the same server without latency: what this machine can parse,
    the other ceiling. The share that matters is against the lower of the two.
    """
    ceiling = CONCURRENCY * PAGE_SIZE / LATENCY
    figures: dict[str, Any] = {"contacts": total, "ceiling_per_s": ceiling}
    with synthetic_server(total, latency=0) as base_url:
        figures["cpu_per_s"], _ = run_pager(base_url, total)
    with synthetic_server(total) as base_url, tempfile.TemporaryDirectory() as folder:
        environment = sakari_environment(base_url)
        for name, heap in (("pager", "as-is"), ("pager_frozen", "frozen")):
            per_s, rss = run_pager(base_url, total, heap)
            figures[name] = {"per_s": per_s, "share": per_s / ceiling, "rss_mb": rss}
        for file_format in ("jsonl", "csv"):
            out = Path(folder) / f"all.{file_format}"
            command = ["-m", "contacts_cli", "export", "sakari", "--out", str(out), "--state-dir", folder]
            command += ["--concurrency", str(CONCURRENCY), "--page-size", str(PAGE_SIZE)]
            _, rss, output = measured(command, environment)
            seconds = summary_seconds(output)
            with out.open("rb") as handle:
                lines = sum(1 for _ in handle) - (1 if file_format == "csv" else 0)
            assert lines == total, (file_format, lines)
            figures[f"export_{file_format}"] = {
                "per_s": total / seconds,
                "share": total / seconds / ceiling,
                "rss_mb": rss,
            }
            out.unlink()
    return figures


# --- import --------------------------------------------------------------------------------------------


@contextlib.contextmanager
def sandbox_process() -> Iterator[str]:
    port = free_port()
    limit = f"{IMPORT_LIMIT[0]}/{IMPORT_LIMIT[1]}"
    command = [str(Path(sys.executable).parent / "contacts-sandbox"), "--port", str(port), "--no-check-answers"]
    process = subprocess.Popen([*command, "--highlevel-rate-limit", limit], stdout=subprocess.DEVNULL)
    try:
        for _ in range(400):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.1):
                break
            time.sleep(0.025)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def bench_import(rows: int, concurrency: int = 4) -> dict[str, Any]:
    allowed = IMPORT_LIMIT[0] / IMPORT_LIMIT[1]
    with sandbox_process() as url, tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "people.csv"
        lines = ["firstName,lastName,email,phone"] + [f"P{n},Bench,p{n}@example.com,+1555{n:07d}" for n in range(rows)]
        source.write_text("\n".join(lines) + "\n")
        environment = {
            **os.environ,
            "HIGHLEVEL_BASE_URL": url,
            "HIGHLEVEL_TOKEN": "sandbox-token",
            "HIGHLEVEL_LOCATION_ID": "bench",
        }
        command = ["-m", "contacts_cli", "import", "highlevel", str(source), "--concurrency", str(concurrency)]
        command += ["--state-dir", folder]  # the journal goes with the run, not to the user's state directory
        _, rss, output = measured(command, environment)
    summary = output.strip().splitlines()[-1]
    seconds = summary_seconds(output)
    throttled = int(summary.split("retries, ")[1].split(" answered 429")[0])
    assert f"{rows} sent" in summary, summary
    return {
        "rows": rows,
        "seconds": seconds,
        "allowed_per_s": allowed,
        "share": rows / seconds / allowed,
        "throttled": throttled,
        "rss_mb": rss,
        "summary": summary,
    }


def show_export(figures: dict[str, Any]) -> list[str]:
    lines = [
        f"export {figures['contacts']:>9,} pager, no latency {figures['cpu_per_s']:>9,.0f}/s "
        "(what this machine parses: the CPU ceiling)"
    ]
    for name in ("pager", "pager_frozen", "export_jsonl", "export_csv"):
        entry = figures[name]
        lines.append(
            f"export {figures['contacts']:>9,} {name:<13} {entry['per_s']:>9,.0f}/s "
            f"{entry['share']:>6.1%} of {figures['ceiling_per_s']:,.0f}/s  peak RSS {entry['rss_mb']:.0f} MB"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, nargs="*", default=[10_000, 1_000_000])
    parser.add_argument("--import-rows", type=int, default=10_000, help="0 to skip the import")
    parser.add_argument("--serve", nargs=3, metavar=("PORT", "TOTAL", "LATENCY"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.serve:
        serve(int(arguments.serve[0]), int(arguments.serve[1]), float(arguments.serve[2]))
        return 0
    results: dict[str, Any] = {}
    for total in arguments.contacts:
        results[f"export_{total}"] = figures = bench_export(total)
        print("\n".join(show_export(figures)), flush=True)
    if arguments.import_rows:
        results["import"] = figures = bench_import(arguments.import_rows)
        print(
            f"import {figures['rows']:,} rows: {figures['share']:.1%} of the allowed {figures['allowed_per_s']:.0f}/s, "
            f"{figures['throttled']} answered 429, peak RSS {figures['rss_mb']:.0f} MB",
            flush=True,
        )
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "bench-scale.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
