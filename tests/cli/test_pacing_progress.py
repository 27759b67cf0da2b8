"""Progress tells the truth while paced: it says when requests wait for the rate limit, and its ETA comes from
the allowed rate, not from the burst that used a window up."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import pytest
from rich.progress import Task

from contacts_cli._records import rate_limit_header_names
from contacts_cli._runtime import RateLimitHeaders, RateWatch, Reporter, Traffic, _EtaColumn, _WaitColumn
from contacts_sandbox import RateLimit, Sandbox

from .conftest import highlevel_contacts, run

HEADERS = RateLimitHeaders.from_spec(rate_limit_header_names("highlevel_client"))


def answer(remaining: int, limit: int = 100, interval_ms: int = 10_000, status: int = 200) -> tuple[int, httpx.Headers]:
    assert HEADERS is not None
    return status, httpx.Headers(
        {HEADERS.limit: str(limit), HEADERS.remaining: str(remaining), HEADERS.interval_ms: str(interval_ms)}
    )


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_header_names_come_from_each_services_spec() -> None:
    assert RateLimitHeaders("X-RateLimit-Max", "X-RateLimit-Remaining", "X-RateLimit-Interval-Milliseconds") == HEADERS
    assert RateLimitHeaders.from_spec(rate_limit_header_names("sakari_client")) is None


def test_a_wait_begins_when_the_window_is_spent_and_ends_when_a_request_goes() -> None:
    watch = RateWatch(HEADERS)
    watch.requested()
    assert watch.answered(*answer(remaining=1)) is False and not watch.waiting
    assert watch.allowed_rate == 10.0
    assert watch.answered(*answer(remaining=0)) is True and watch.waiting
    assert watch.answered(*answer(remaining=0)) is False  # the same wait: said once
    assert watch.describe_limit() == "the rate limit (100 requests per 10 s)"
    watch.requested()
    assert not watch.waiting and watch.requests == 2


def test_a_429_is_a_wait_even_without_headers() -> None:
    watch = RateWatch(None)
    assert watch.answered(429, httpx.Headers()) is True and watch.waiting
    assert watch.allowed_rate is None and watch.describe_limit() == "the rate limit"


@pytest.mark.parametrize(
    "figures",
    [
        {"limit": 0, "remaining": 0},
        {"limit": 10, "remaining": 11},
        {"limit": 10, "remaining": -1},
        {"limit": 10, "remaining": 0, "interval_ms": 0},
        {"limit": 10, "remaining": 0, "interval_ms": 86_400_001},
    ],
)
def test_headers_that_cannot_be_right_are_ignored(figures: dict[str, int]) -> None:
    watch = RateWatch(HEADERS)
    assert watch.answered(*answer(**figures)) is False
    assert not watch.waiting and watch.allowed_rate is None


def test_text_headers_and_missing_ones_are_ignored() -> None:
    watch = RateWatch(HEADERS)
    assert watch.answered(200, httpx.Headers({"X-RateLimit-Max": "many"})) is False
    assert watch.answered(200, httpx.Headers()) is False and watch.allowed_rate is None


def test_the_eta_after_a_burst_comes_from_the_allowed_rate() -> None:
    """100 rows in the first second (the window's whole allowance at once), 1,000 to go at 100 per 10 s:
    the rate to count on is 10 rows a second, so 90 s remain, not the 9 s the burst suggests."""
    clock, watch, stream = FakeClock(), RateWatch(HEADERS), io.StringIO()
    with Reporter("import highlevel", quiet=False, stream=stream, unit="rows", pacing=watch, clock=clock) as reporter:
        reporter.start_at(0, 1000)
        for _ in range(100):
            watch.requested()
        watch.answered(*answer(remaining=0))
        clock.now += 1
        reporter.advance(100)
        assert reporter.rate(clock.now) == pytest.approx(10.0)
        assert reporter.eta(clock.now) == pytest.approx(90.0)
        assert reporter.line(clock.now) == (
            "import highlevel: 100/1000 rows, 10/s, ETA 90 s, waiting for the rate limit (100 requests per 10 s)"
        )


def test_unpaced_the_eta_comes_from_the_rate_so_far() -> None:
    clock, watch = FakeClock(), RateWatch(HEADERS)
    with Reporter("export", quiet=False, stream=io.StringIO(), pacing=watch, clock=clock) as reporter:
        reporter.start_at(0, 300)
        for _ in range(2):
            watch.requested()
        watch.answered(*answer(remaining=98))  # 100 per 10 s allows 10 requests of 100 contacts a second
        clock.now += 2
        reporter.advance(200)
        assert reporter.rate(clock.now) == pytest.approx(100.0) and reporter.eta(clock.now) == pytest.approx(1.0)
        assert reporter.status() == ""


def test_a_resumed_run_counts_its_rate_from_where_it_resumed() -> None:
    clock, watch = FakeClock(), RateWatch(HEADERS)
    for _ in range(50):
        watch.requested()  # what the run did before it resumed its counting
    with Reporter("import", quiet=False, stream=io.StringIO(), pacing=watch, clock=clock) as reporter:
        clock.now += 30
        reporter.start_at(500, 600)
        watch.requested()
        watch.answered(*answer(remaining=50))
        clock.now += 1
        reporter.advance(1)
        assert reporter.rate(clock.now) == pytest.approx(1.0)
        assert reporter.eta(clock.now) == pytest.approx(99.0)


def test_off_a_terminal_each_wait_is_said_as_it_begins(monkeypatch: pytest.MonkeyPatch) -> None:
    clock, watch, stream = FakeClock(), RateWatch(HEADERS), io.StringIO()
    with Reporter("import", quiet=False, stream=stream, interval=3600, pacing=watch, clock=clock) as reporter:
        reporter.start_at(0, 10)
        watch.requested()
        watch.answered(*answer(remaining=0))
        assert watch.on_wait is not None
        watch.on_wait()
    assert stream.getvalue().startswith("import: 0/10 contacts") and "waiting for the rate limit" in stream.getvalue()
    quiet = io.StringIO()
    with Reporter("import", quiet=True, stream=quiet, pacing=watch, clock=clock) as reporter:
        assert watch.on_wait is not None
        watch.on_wait()
    assert quiet.getvalue() == ""


def test_on_a_terminal_the_bar_shows_the_wait_and_the_paced_eta() -> None:
    clock, watch = FakeClock(), RateWatch(HEADERS)
    reporter = Reporter("import", quiet=True, pacing=watch, clock=clock)
    reporter.start_at(0, 1000)
    for _ in range(100):
        watch.requested()
    watch.answered(*answer(remaining=0))
    clock.now += 1
    reporter.advance(100)
    task = Task(id=0, description="import", total=1000, completed=100, _get_time=lambda: clock.now)  # type: ignore[arg-type]
    assert _WaitColumn(reporter).render(task).plain == "waiting for the rate limit (100 requests per 10 s)"
    assert _EtaColumn(reporter).render(task).plain == "ETA 0:01:30"  # from the allowed rate, not the burst's 9 s
    watch.requested()
    assert _WaitColumn(reporter).render(task).plain == ""


def test_the_traffic_hooks_feed_the_watch_of_the_client_that_announces_a_limit() -> None:
    traffic = Traffic()
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        status, headers = answer(remaining=0, limit=5, interval_ms=1000)
        return httpx.Response(status, headers=headers)

    client = traffic.http_client(rate_limit_headers=HEADERS)
    client._transport = httpx.MockTransport(handler)  # the hooks are the client's; the transport is not
    traffic.pacing.on_wait = lambda: seen.append("wait")
    with client:
        client.get("http://127.0.0.1/contacts/")
    assert traffic.pacing.requests == 1 and traffic.pacing.allowed_rate == 5.0 and seen == ["wait"]


def test_an_import_held_by_the_rate_limit_says_so(sandbox: Sandbox, work: Path) -> None:
    """HighLevel at 3 requests a second: 8 rows wait for the window at least twice, and say so off a terminal."""
    sandbox.configure(highlevel_rate_limit=RateLimit(3, 1.0))
    (work / "people.jsonl").write_text("".join(json.dumps({"email": f"r{n}@example.com"}) + "\n" for n in range(8)))
    result = run("import", "highlevel", "people.jsonl", "--concurrency", "2")
    assert result.exit_code == 0, result
    assert "waiting for the rate limit (3 requests per 1 s)" in result.stderr
    assert len(highlevel_contacts(sandbox)) == 8


def test_the_client_that_announces_a_limit_is_the_one_watched_else_the_first() -> None:
    traffic = Traffic()
    with traffic.http_client():
        first = traffic.pacing
    with traffic.http_client():
        assert traffic.pacing is first  # Sakari alone: its 429s are the waits to show
    with traffic.http_client(rate_limit_headers=HEADERS):
        announcing = traffic.pacing
    with traffic.http_client():
        assert traffic.pacing is announcing is not first  # a sync: HighLevel's pace, whatever the order


def test_an_export_slowed_by_429s_says_it_waits(sandbox: Sandbox, work: Path) -> None:
    from sakari_client import Sakari

    rows = ["firstName,mobile"] + [f"W{n},+1555{n:07d}" for n in range(60)]
    with Sakari() as client:
        client.contacts.import_csv("\n".join(rows).encode())
    # Two calls a second and four side by side: the first burst meets 429s however slow the machine is.
    sandbox.configure(sakari_rate_limit=RateLimit(2, 1.0))
    result = run("export", "sakari", "--out", "all.csv", "--concurrency", "4", "--page-size", "10")
    assert result.exit_code == 0, result
    throttled = int(result.stdout.split("retries, ")[1].split(" answered 429")[0])
    assert (throttled > 0) == ("waiting for the rate limit" in result.stderr), result
