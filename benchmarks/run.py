"""``make bench``: every figure measured side by side in one run, printed as a table and written to
``build/bench.json`` (name -> value). Figures are ratios of things run on the same machine in the
same run, so they hold on a noisy machine; nothing here is asserted by the tests.
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import io
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import msgspec

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import export_scale  # noqa: E402
from contacts_runtime._drift import DriftLog, parsing  # noqa: E402
from highlevel_client import HighLevel  # noqa: E402
from reference_models import MContactRequest, MContactsResponse, PContactRequest, PContactsResponse  # noqa: E402
from sakari_client import Sakari  # noqa: E402
from sakari_client.api.contacts import list_contacts  # noqa: E402
from sakari_client.errors import APIResponseValidationError  # noqa: E402
from sakari_client.models import ContactRequest, ContactsResponse  # noqa: E402
from sakari_client.types import Unset, json_loads  # noqa: E402

from contacts_sandbox import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, RateLimit  # noqa: E402

SAMPLES = ROOT / "tests" / "contract" / "samples"
results: dict[str, float] = {}
rows: list[tuple[str, str, str]] = []


def record(name: str, value: float, shown: str, note: str = "") -> None:
    results[name] = round(value, 4)
    rows.append((name, shown, note))


def best_of(function: Callable[[], object], number: int, repeat: int = 7) -> float:
    """Seconds per call, the best of ``repeat`` runs of ``number`` calls."""
    return min(timeit.repeat(function, number=number, repeat=repeat)) / number


def contact_page(size: int, offset: int = 0) -> dict[str, Any]:
    contact = json.loads((SAMPLES / "sakari_create_contact_response.json").read_text())["data"][0]
    data = [dict(copy.deepcopy(contact), id=f"contact-{offset + number}") for number in range(size)]
    return {
        "success": True,
        "pagination": {"totalCount": 10_000, "limit": size, "offset": offset, "hasNext": True},
        "data": data,
    }


def drifted_page(size: int) -> dict[str, Any]:
    """A page whose every contact is off the spec in a few fields, as services drift: a number where a string
    is documented, a null the spec does not allow, a date-time that is not one, an undocumented field."""
    page = contact_page(size)
    for number, contact in enumerate(page["data"]):
        contact["firstName"] = number
        contact["email"] = None
        contact["mobile"]["verified"] = "yesterday"
        contact["loyaltyTier"] = {"level": "gold"}
    return page


@contextlib.contextmanager
def default_template_package() -> Iterator[str]:
    """A folder holding the Sakari spec generated with openapi-python-client's own templates."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [
                str(Path(sys.executable).parent / "openapi-python-client"),
                "generate",
                "--path",
                str(ROOT / "spec" / "sakari.yaml"),
                "--meta",
                "none",
                "--output-path",
                str(Path(folder) / "sakari_default_client"),
            ],
            check=True,
            capture_output=True,
        )
        yield folder


def interleaved(contenders: dict[str, Callable[[], object]], number: int, rounds: int = 11) -> dict[str, list[float]]:
    """Seconds per call of each contender in each round; the rounds alternate between the contenders, so a
    busy moment of the machine slows them alike and the per-round ratios stay steady."""
    timings: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, function in contenders.items():
            timings[name].append(timeit.timeit(function, number=number) / number)
    return timings


def ratio(timings: dict[str, list[float]], slower: str, faster: str) -> float:
    """The median over rounds of ``slower``'s time over ``faster``'s."""
    return statistics.median(a / b for a, b in zip(timings[slower], timings[faster], strict=True))


PARSE_PROCESSES = 5


def parse_timings(default_folder: str) -> dict[str, dict[str, list[float]]]:
    """Per-round seconds of parsing a page and of ``to_dict``, for each contender, in this process."""
    sys.path.insert(0, default_folder)
    default_models = importlib.import_module("sakari_default_client.models")
    raw = json.dumps(contact_page(100)).encode()
    body = json.loads((SAMPLES / "sakari_create_contact_request.json").read_text())
    body.update(
        {"email": "chris@example.com", "attributes": {"colour": "blue"}, "tags": [{"tag": "vip", "visible": True}]}
    )
    decoder = msgspec.json.Decoder(MContactsResponse)
    parsing = interleaved(
        {
            "ours (msgspec)": lambda: ContactsResponse.from_dict(json_loads(raw)),
            "json_loads alone (msgspec)": lambda: json_loads(raw),
            "json.loads alone": lambda: json.loads(raw),
            "ours (stdlib json)": lambda: ContactsResponse.from_dict(json.loads(raw)),
            "default templates": lambda: default_models.ContactsResponse.from_dict(json.loads(raw)),
            "pydantic v2": lambda: PContactsResponse.model_validate_json(raw),
            "msgspec": lambda: decoder.decode(raw),
        },
        number=20,
    )
    ours_request = ContactRequest.from_dict(body)
    default_request = default_models.ContactRequest.from_dict(body)
    pydantic_request = PContactRequest.model_validate(body)
    msgspec_request = msgspec.convert(body, MContactRequest)
    dumping = interleaved(
        {
            "ours": ours_request.to_dict,
            "default templates": default_request.to_dict,
            "pydantic v2": lambda: pydantic_request.model_dump(mode="json", by_alias=True, exclude_unset=True),
            "msgspec": lambda: msgspec.to_builtins(msgspec_request),
        },
        number=5000,
    )
    return {"parsing": parsing, "dumping": dumping, "drift": drift_timings()}


DRIFT_CONFORMING = "conforming page, tolerant client"
DRIFT_TOLERANT = "drifted page, tolerant client"
DRIFT_STRICT = "drifted page, strict client (until the error)"


def drift_timings() -> dict[str, list[float]]:
    """A page of 100 contacts as a client parses an answer (``parse_response``), conforming or drifted."""
    request = httpx.Request("GET", "https://api.sakari.io/v1/accounts/bench/contacts")
    conforming = httpx.Response(200, content=json.dumps(contact_page(100)).encode(), request=request)
    drifted = httpx.Response(200, content=json.dumps(drifted_page(100)).encode(), request=request)
    log = DriftLog("sakari_client")
    logging_off = contextlib.redirect_stderr(io.StringIO())  # the first drift of each place logs a warning

    def tolerant(response: httpx.Response) -> Callable[[], object]:
        def parse() -> object:
            with parsing(strict=False, log=log, operation_id="listContacts"):
                return list_contacts.parse_response(response)

        return parse

    def strict() -> None:
        with parsing(strict=True, log=log, operation_id="listContacts"):
            try:
                list_contacts.parse_response(drifted)
            except APIResponseValidationError:
                return
        raise AssertionError("the strict client accepted the drifted page")

    with logging_off:
        tolerant(drifted)()
        assert log.records, "the drifted page did not drift"
        return interleaved(
            {
                "ours (msgspec)": lambda: ContactsResponse.from_dict(json_loads(conforming.content)),
                DRIFT_CONFORMING: tolerant(conforming),
                DRIFT_TOLERANT: tolerant(drifted),
                DRIFT_STRICT: strict,
            },
            number=20,
        )


def bench_parse() -> None:
    """Each figure is the median over several processes of the median over paired rounds: a process's
    string-hash seed shapes its dicts, which moves every contender's time by a few percent."""
    with default_template_package() as folder:
        runs = [
            json.loads(
                subprocess.run(
                    [sys.executable, __file__, "--parse-timings", folder], check=True, capture_output=True, text=True
                ).stdout
            )
            for _ in range(PARSE_PROCESSES)
        ]

    def across(kind: str, slower: str, faster: str) -> tuple[float, str]:
        ratios = sorted(ratio(run[kind], slower, faster) for run in runs)
        return statistics.median(ratios), f"{ratios[0]:.2f}x to {ratios[-1]:.2f}x over {len(ratios)} processes"

    def record_times(kind: str, prefix: str, ours: str, digits: int) -> None:
        for name in runs[0][kind]:
            seconds = statistics.median(min(run[kind][name]) for run in runs)
            versus_ours, _ = across(kind, name, ours)
            record(f"{prefix}[{name}]", seconds * 1e6, f"{seconds * 1e6:8.{digits}f} us", f"{versus_ours:.2f}x ours")

    record_times("parsing", "parse_page_us", "ours (msgspec)", 0)
    versus_pydantic, spread = across("parsing", "ours (msgspec)", "pydantic v2")
    record("parse_ours_vs_pydantic", versus_pydantic, f"{versus_pydantic:.2f}x", f"target <= 1.0; {spread}")
    versus_default, spread = across("parsing", "default templates", "ours (msgspec)")
    record("parse_default_vs_ours", versus_default, f"{versus_default:.2f}x", f"target >= 3; {spread}")
    record_times("dumping", "to_dict_us", "ours", 2)
    versus_pydantic, spread = across("dumping", "ours", "pydantic v2")
    record("to_dict_ours_vs_pydantic", versus_pydantic, f"{versus_pydantic:.2f}x", spread)
    versus_default, spread = across("dumping", "default templates", "ours")
    record("to_dict_default_vs_ours", versus_default, f"{versus_default:.2f}x", spread)
    record_drift(runs)


def record_drift(runs: list[dict[str, dict[str, list[float]]]]) -> None:
    """Parsing a drifted page beside a conforming one, as ratios to ours on the conforming page (the
    ``parse_page_us[ours (msgspec)]`` row's contender, timed again in the same rounds)."""
    for name, key in (
        (DRIFT_CONFORMING, "conforming_tolerant"),
        (DRIFT_TOLERANT, "drifted_tolerant"),
        (DRIFT_STRICT, "drifted_strict"),
    ):
        seconds = statistics.median(min(run["drift"][name]) for run in runs)
        ratios = sorted(ratio(run["drift"], name, "ours (msgspec)") for run in runs)
        versus = statistics.median(ratios)
        record(f"parse_{key}_us", seconds * 1e6, f"{seconds * 1e6:8.0f} us", f"{name}, 100 contacts")
        spread = f"{ratios[0]:.2f}x to {ratios[-1]:.2f}x over {len(ratios)} processes"
        record(f"parse_{key}_vs_ours_conforming", versus, f"{versus:.2f}x", spread)


@contextlib.contextmanager
def sandbox_process() -> Iterator[str]:
    """The sandbox in a process of its own, as a user runs it, so it does not share the GIL with the clients."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(Path(sys.executable).parent / "contacts-sandbox"), "--port", str(port), "--no-check-answers"]
    command += ["--highlevel-rate-limit", f"{IMPORT_LIMIT.limit}/{IMPORT_LIMIT.interval}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            with contextlib.suppress(httpx.TransportError):
                httpx.get(url)
                break
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(10)


IMPORT_LIMIT = RateLimit(100, 0.5)  # HighLevel's 100 per 10 s, 20 times faster


def sakari(url: str, account: str, **options: Any) -> Sakari:
    return Sakari(
        client_id=SAKARI_CLIENT_ID,
        client_secret=SAKARI_CLIENT_SECRET,
        account_id=account,
        base_url=f"{url}/v1",
        **options,
    )


def bench_overhead(url: str) -> None:
    client = sakari(url, "overhead")
    contact_id = str(client.contacts.create(first_name="Bench", last_name="Mark").data[0].id)
    token = client._auth.sync_token(client)
    bare = httpx.Client(transport=httpx.HTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]))
    address = f"{url}/v1/accounts/overhead/contacts/{contact_id}"
    headers = {"Authorization": f"Bearer {token}", "User-Agent": "bench"}

    def ours() -> None:
        client.contacts.get(contact_id)

    def plain() -> None:
        bare.get(address, headers=headers).raise_for_status()

    timings = interleaved({"ours": ours, "bare httpx": plain}, number=100, rounds=15)
    overhead = ratio(timings, "ours", "bare httpx")
    ours_ms, plain_ms = statistics.median(timings["ours"]) * 1e3, statistics.median(timings["bare httpx"]) * 1e3
    note = f"ours {ours_ms:.2f} ms vs bare httpx {plain_ms:.2f} ms per GET of one contact; target <= 1.10"
    record("call_overhead_ratio", overhead, f"{overhead:.3f}x", note)
    client.close()
    bare.close()


def bench_export(url: str) -> None:
    rows = ["firstName,lastName,mobile,email"] + [f"P{n},Export,+1555{n:07d},p{n}@example.com" for n in range(10_000)]
    with sakari(url, "export") as client:
        summary = client.contacts.import_csv("\n".join(rows).encode()).data
        assert not isinstance(summary, Unset) and summary.inserted == 10_000
        slow = client.with_options(default_headers={"X-Sandbox-Latency-Ms": "50"})
        started = time.perf_counter()
        sequential = [contact.id for contact in slow.contacts.list(limit=100)]
        sequential_seconds = time.perf_counter() - started
        concurrent_seconds = {}
        for concurrency in (8, 12):
            started = time.perf_counter()
            concurrent = [contact.id for contact in slow.contacts.list(limit=100).iter_all(concurrency=concurrency)]
            concurrent_seconds[concurrency] = time.perf_counter() - started
            assert concurrent == sequential
    assert len(sequential) == len(set(sequential)) == 10_000
    shown = f"{sequential_seconds:.2f} s"
    record("export_sequential_s", sequential_seconds, shown, "10,000 contacts, 100 pages, 50 ms added to each")
    for concurrency, seconds in concurrent_seconds.items():
        speedup = sequential_seconds / seconds
        record(
            f"export_concurrent_s[{concurrency}]", seconds, f"{seconds:.2f} s", f"iter_all(concurrency={concurrency})"
        )
        record(f"export_speedup[{concurrency}]", speedup, f"{speedup:.1f}x", "target >= 6; all 10,000 once, in order")


def bench_import(url: str) -> None:
    statuses: list[int] = []
    http = httpx.Client(event_hooks={"response": [lambda response: statuses.append(response.status_code)]})
    with HighLevel(token=HIGHLEVEL_TOKEN, location_id="bench", base_url=url, http_client=http) as client:
        bodies = ({"locationId": "bench", "email": f"person{number}@example.com"} for number in range(2000))
        started = time.perf_counter()
        result = client.contacts.bulk_create(bodies, concurrency=4)
        seconds = time.perf_counter() - started
    assert len(result.succeeded) == 2000, result.failed[:3]
    allowed = IMPORT_LIMIT.limit / IMPORT_LIMIT.interval
    share = 2000 / seconds / allowed
    record(
        "import_rate_share",
        share,
        f"{share:.1%}",
        f"2,000 creates in {seconds:.2f} s, {allowed:.0f}/s allowed; target >= 95%",
    )
    record("import_429_answers", statuses.count(429), str(statuses.count(429)), "target 0")


def bench_export_scale() -> None:
    """The 10,000 case of ``make bench-scale``: the CLI's export against a synthetic 20 ms server."""
    figures = export_scale.bench_export(10_000)
    record("scale_export_cpu_per_s", figures["cpu_per_s"], f"{figures['cpu_per_s']:,.0f}/s", "iter_all, no latency")
    for name in ("pager", "pager_frozen", "export_jsonl", "export_csv"):
        entry = figures[name]
        note = f"{entry['per_s']:,.0f}/s of {figures['ceiling_per_s']:,.0f}/s, peak RSS {entry['rss_mb']:.0f} MB"
        record(f"scale_{name}_share[10000]", entry["share"], f"{entry['share']:.1%}", note)


def bench_generate() -> None:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "generate.py"), "--keep", folder], check=True, capture_output=True
        )
        ours = time.perf_counter() - started
        started = time.perf_counter()
        for spec in ("sakari", "highlevel"):
            subprocess.run(
                [
                    str(Path(sys.executable).parent / "openapi-python-client"),
                    "generate",
                    "--path",
                    str(ROOT / "spec" / f"{spec}.yaml"),
                    "--meta",
                    "none",
                    "--output-path",
                    str(Path(folder) / f"default_{spec}"),
                ],
                check=True,
                capture_output=True,
            )
        default = time.perf_counter() - started
    record("generate_ours_s", ours, f"{ours:.2f} s", "both specs, our templates, ruff")
    record("generate_default_s", default, f"{default:.2f} s", "both specs, default templates, ruff")
    record("generate_ratio", ours / default, f"{ours / default:.2f}x")


def main() -> int:
    bench_parse()
    with sandbox_process() as url:
        bench_overhead(url)
        bench_export(url)
        bench_import(url)
    bench_export_scale()
    bench_generate()
    width = max(len(name) for name, _, _ in rows)
    print(f"{'measure'.ljust(width)}  {'value':>12}  note")
    for name, shown, note in rows:
        print(f"{name.ljust(width)}  {shown:>12}  {note}")
    BUILD.mkdir(exist_ok=True)
    (BUILD / "bench.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {(BUILD / 'bench.json').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--drift-only"]:  # a quick look at the drift figures alone, one process
        print(json.dumps({name: min(times) * 1e6 for name, times in drift_timings().items()}, indent=2))
        sys.exit(0)
    if sys.argv[1:2] == ["--parse-timings"]:
        print(json.dumps(parse_timings(sys.argv[2])))
        sys.exit(0)
    with contextlib.redirect_stderr(io.StringIO()) if "--quiet" in sys.argv else contextlib.nullcontext():
        sys.exit(main())
