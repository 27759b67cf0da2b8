"""``make wheel-smoke`` (and ``make release``): the built wheel, installed as a user installs it, against the sandbox.

1. ``python -m build`` gives the sdist and, from it, the wheel (``build/wheel-smoke/dist``, or ``--dist``);
   ``twine check --strict`` reads both as the package index would.
2. A fresh virtual environment gets the wheel with no extras (the user's), another the wheel with
   ``[sandbox]`` (the sandbox's).
3. ``contacts-sandbox`` starts from the second on a free port of 127.0.0.1. In the first, outside the
   source tree, with ``SAKARI_*``/``HIGHLEVEL_*`` pointing at it: ``scripts/wheel_checks_in_fresh_venv.py``
   (both clients, and every missing extra naming its install command), then the python of
   ``docs/pages/quickstart.md`` (the page is the one place of the quickstart's code; the docs' runner runs it too).

Exits with the first failing step's code.
"""

from __future__ import annotations

import argparse
import os
import re
import selectors
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from doc_blocks import python_code
from venvs import ROOT, build_distributions, create_venv

from contacts_sandbox import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET

WORK = ROOT / "build" / "wheel-smoke"
START_SECONDS = 30
SMOKE_SECONDS = 300
QUICKSTART_PAGE = ROOT / "docs" / "pages" / "quickstart.md"


def start_sandbox(bin_dir: Path) -> tuple[subprocess.Popen[str], str]:
    """``contacts-sandbox --port 0`` from ``bin_dir``; returns the process and its URL once it answers."""
    process = subprocess.Popen(
        [str(bin_dir / "contacts-sandbox"), "--port", "0"], stdout=subprocess.PIPE, text=True, cwd=WORK
    )
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        said_something = selector.select(timeout=START_SECONDS)
    # The banner is printed, whole, once the port is bound; it reads empty if the process died.
    first_line = process.stdout.readline() if said_something else ""
    match = re.search(r"http://127\.0\.0\.1:\d+", first_line)
    if not match:
        process.kill()
        raise SystemExit(f"wheel-smoke: the sandbox did not say where it listens: {first_line!r}")
    url = match[0]
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            urllib.request.urlopen(f"{url}/v1/oauth2/token", timeout=2).close()
        except urllib.error.HTTPError as answer:
            answer.close()
            return process, url  # any HTTP answer means it serves
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit(f"wheel-smoke: the sandbox at {url} did not answer within {START_SECONDS} s") from None
            time.sleep(0.1)
        else:
            return process, url


def twine_check(*distributions: Path) -> None:
    """What the package index checks on upload (metadata, the README rendering as the long description)."""
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, distributions)],
        capture_output=True,
        text=True,
        timeout=SMOKE_SECONDS,
    )
    if result.returncode:
        raise SystemExit(f"wheel-smoke: twine check failed:\n{result.stdout}{result.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=WORK / "dist", help="where to build the sdist and the wheel")
    sdist, wheel = build_distributions(parser.parse_args().dist.resolve())
    twine_check(sdist, wheel)
    print(f"wheel-smoke: built {sdist.name} and {wheel.name}; twine check passed", flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    client_bin = create_venv(WORK / "client-venv", [str(wheel)])
    sandbox_bin = create_venv(WORK / "sandbox-venv", [f"{wheel}[sandbox]"])
    process, url = start_sandbox(sandbox_bin)
    try:
        environment = {
            **os.environ,
            "SAKARI_BASE_URL": f"{url}/v1",
            "SAKARI_CLIENT_ID": SAKARI_CLIENT_ID,
            "SAKARI_CLIENT_SECRET": SAKARI_CLIENT_SECRET,
            "SAKARI_ACCOUNT_ID": "smoke-account",
            "HIGHLEVEL_BASE_URL": url,
            "HIGHLEVEL_TOKEN": HIGHLEVEL_TOKEN,
            "HIGHLEVEL_LOCATION_ID": "smoke-location",
        }
        environment.pop("PYTHONPATH", None)
        quickstart = WORK / "quickstart.py"
        quickstart.write_text(python_code(QUICKSTART_PAGE, ROOT))
        for script, shown_as in (
            (ROOT / "scripts" / "wheel_checks_in_fresh_venv.py", "scripts/wheel_checks_in_fresh_venv.py"),
            (quickstart, f"the python of {QUICKSTART_PAGE.relative_to(ROOT)}"),
        ):
            print(f"wheel-smoke: {shown_as}", flush=True)
            code = subprocess.run(
                [str(client_bin / "python"), str(script)], env=environment, cwd=WORK, timeout=SMOKE_SECONDS
            ).returncode
            if code:
                return code
        return 0
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    sys.exit(main())
