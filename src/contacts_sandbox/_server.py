"""Running the sandbox: in a background thread (tests, benchmarks) or from the command line."""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from types import TracebackType

import uvicorn

from ._app import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, Sandbox, SandboxSettings
from ._service import RateLimit

HOST = "127.0.0.1"


class SandboxServer:
    """The sandbox on 127.0.0.1, served by uvicorn in a background thread.

    ``port=0`` takes a free port; ``url`` is where it listens. ``sakari_base_url`` and
    ``highlevel_base_url`` are what to give the clients.
    """

    def __init__(self, sandbox: Sandbox | None = None, port: int = 0) -> None:
        self.sandbox = sandbox or Sandbox()
        # IPPROTO_TCP named, so that asyncio sets TCP_NODELAY on the connections (else ~40 ms delayed-ACK stalls).
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((HOST, port))
        self.port: int = self._socket.getsockname()[1]
        config = uvicorn.Config(self.sandbox, log_level="warning", lifespan="on", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def sakari_base_url(self) -> str:
        return f"{self.url}/v1"

    @property
    def highlevel_base_url(self) -> str:
        return self.url

    def start(self) -> SandboxServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._socket.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _rate_limit(text: str) -> RateLimit | None:
    return None if text == "none" else RateLimit.parse(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="contacts-sandbox",
        description="Serve a stateful local sandbox of the Sakari and HighLevel contact APIs on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (default 8080; 0 picks a free one)")
    parser.add_argument("--latency-ms", type=float, default=0, help="added to every answer")
    parser.add_argument("--fault", help="for every request: a 5xx status, drop, slow-body or malformed-json")
    parser.add_argument(
        "--highlevel-rate-limit", type=_rate_limit, default=RateLimit(100, 10.0), help="COUNT/SECONDS or none"
    )
    parser.add_argument("--sakari-rate-limit", type=_rate_limit, default=None, help="COUNT/SECONDS or none (default)")
    parser.add_argument("--allow-duplicates", action="store_true", help="let HighLevel locations hold duplicates")
    parser.add_argument("--drift", action="store_true", help="make every successful answer drift from the spec")
    parser.add_argument("--token-ttl", type=int, default=3600, help="seconds a Sakari token lives (default 3600)")
    parser.add_argument(
        "--no-check-answers", action="store_true", help="skip checking each answer against the spec (for benchmarks)"
    )
    arguments = parser.parse_args(argv)
    try:
        settings = SandboxSettings(
            latency_ms=arguments.latency_ms,
            fault=arguments.fault,
            highlevel_rate_limit=arguments.highlevel_rate_limit,
            sakari_rate_limit=arguments.sakari_rate_limit,
            allow_duplicates=arguments.allow_duplicates,
            drift=arguments.drift,
            token_ttl=arguments.token_ttl,
            check_answers=not arguments.no_check_answers,
        )
    except ValueError as error:
        parser.error(str(error))
    server = SandboxServer(Sandbox(settings), arguments.port)
    print(
        f"contacts sandbox on {server.url}\n"
        f"  Sakari:    SAKARI_BASE_URL={server.sakari_base_url} SAKARI_CLIENT_ID={SAKARI_CLIENT_ID} "
        f"SAKARI_CLIENT_SECRET={SAKARI_CLIENT_SECRET} SAKARI_ACCOUNT_ID=<any>\n"
        f"  HighLevel: HIGHLEVEL_BASE_URL={server.highlevel_base_url} HIGHLEVEL_TOKEN={HIGHLEVEL_TOKEN} "
        f"HIGHLEVEL_LOCATION_ID=<any>\n"
        "Ctrl-C stops it.",
        flush=True,
    )
    server.start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
