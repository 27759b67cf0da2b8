"""``make conformance``: every operation, checked against the services' OWN descriptions.

    python scripts/conformance.py

Runs ``examples/every_operation.py`` against the sandbox through three Prism proxies, one per service and
HighLevel version, each validating requests and answers against the service's own files in
``../shared/reference`` (HighLevel 2021-07-28: ``contacts.json``, ``oauth.json`` and ``locations.json``;
HighLevel v3: ``v3/contacts-v3.json`` and ``v3/locations-v3.json``; each version's shared error schemas
inlined into one temporary document; Sakari: ``ballerina-openapi.yaml``, with its ``/v1`` server path moved onto the
paths in a temporary copy, since its token endpoint lives outside ``/v1``). Prism forwards everything
(``--errors=false``) and logs each violation (Prism 5.16 also puts them in an ``sl-violations`` answer
header, but the example's clients do not hand headers out, so the log is read); every one must match an entry of
``spec/conformance-allowlist.yaml`` (where the official file is wrong, with our reason), and every
entry must still match something, so the list cannot rot. Without ``../shared`` the stage is skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from with_prism import PRISM, free_port, wait_for_port  # noqa: E402

REFERENCE = Path(os.environ.get("CONTACTS_REFERENCE_DIR", ROOT.parent / "shared" / "reference"))
ALLOWLIST = ROOT / "spec" / "conformance-allowlist.yaml"
EXAMPLE = ROOT / "examples" / "every_operation.py"
EXAMPLE_SECONDS = 120
HIGHLEVEL_LOCATION = "conformance-location"
SAKARI_ACCOUNT = "conformance-account"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# Prism's log lines of a proxied request and of each violation it found in it (Prism 5's CLI format).
_REQUEST_LINE = re.compile(r"\[HTTP SERVER\] (?P<method>[a-z]+) (?P<path>\S+) .*Request received")
_VIOLATION_LINE = re.compile(
    r"\[VALIDATOR\] \S+\s+(?P<severity>error|warning|info)\s+Violation: (?P<location>\S+) (?P<message>.*)$"
)


@dataclass(frozen=True)
class Violation:
    """One thing Prism found off the service's description: ``location`` folds list indices to ``[*]``."""

    service: str
    operation: str
    location: str
    severity: str
    message: str

    def describe(self) -> str:
        return f"{self.service} {self.operation} {self.location} ({self.severity}): {self.message}"


@dataclass(frozen=True)
class AllowedCase:
    """A violation the official file causes itself: ``operation`` and ``location`` are globs where only ``*``
    is special, ``message`` a regular expression searched in Prism's message."""

    service: str
    operation: str
    location: str
    message: str
    reason: str

    def matches(self, violation: Violation) -> bool:
        return (
            violation.service == self.service
            and _glob(self.operation).fullmatch(violation.operation) is not None
            and _glob(self.location).fullmatch(violation.location) is not None
            and re.search(self.message, violation.message) is not None
        )

    def describe(self) -> str:
        return f"{self.service} {self.operation} {self.location} /{self.message}/"


def _glob(pattern: str) -> re.Pattern[str]:
    """``*`` matches anything; every other character, ``[`` and ``]`` of ``[*]`` included, only itself."""
    return re.compile(".*".join(re.escape(part) for part in pattern.split("*")))


class AllowlistError(ValueError):
    """The allowlist file is not a list of complete entries."""


def load_allowlist(text: str) -> list[AllowedCase]:
    document = yaml.safe_load(text) or {}
    entries = document.get("allowed") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise AllowlistError("the allowlist must be a mapping with a list under `allowed`")
    fields = ("service", "operation", "location", "message", "reason")
    cases = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise AllowlistError(f"entry {number} is not a mapping")
        missing = [field for field in fields if not isinstance(entry.get(field), str) or not entry[field].strip()]
        unknown = sorted(set(entry) - set(fields))
        if missing or unknown:
            raise AllowlistError(f"entry {number}: missing or empty {missing}, unknown keys {unknown}")
        try:
            re.compile(entry["message"])
        except re.error as error:
            raise AllowlistError(f"entry {number}: message is not a regular expression: {error}") from None
        cases.append(AllowedCase(**{field: entry[field].strip() for field in fields}))
    return cases


def judge(violations: Iterable[Violation], allowed: list[AllowedCase]) -> tuple[list[Violation], list[AllowedCase]]:
    """The violations no entry allows, and the entries that allowed nothing."""
    unexpected: list[Violation] = []
    used: set[int] = set()
    for violation in violations:
        matching = [index for index, case in enumerate(allowed) if case.matches(violation)]
        if not matching:
            unexpected.append(violation)
        used.update(matching)
    return unexpected, [case for index, case in enumerate(allowed) if index not in used]


class Router:
    """The operation of a description that a request's method and path land on."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._routes: list[tuple[str, re.Pattern[str], str, int]] = []
        for template, item in document.get("paths", {}).items():
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template.rstrip("/") or "/"))
            literal = len(re.sub(r"\{[^}]+\}", "", template))
            for method in METHODS:
                if isinstance(item, dict) and method in item:
                    operation = item[method].get("operationId") or f"{method.upper()} {template}"
                    self._routes.append((method, re.compile(f"{pattern}/?"), operation, literal))
        # the most literal template first, as a server routes /contacts/search before /contacts/{id}
        self._routes.sort(key=lambda route: -route[3])

    def operation(self, method: str, path: str) -> str:
        path = path.split("?", 1)[0]
        for route_method, pattern, operation, _ in self._routes:
            if route_method == method.lower() and pattern.fullmatch(path):
                return operation
        return f"{method.upper()} {path} (not in the description)"


def parse_prism_log(service: str, text: str, router: Router) -> list[Violation]:
    """Violations in Prism's log, each given the operation of the request logged before it."""
    found: list[Violation] = []
    operation = "(before any request)"
    for line in text.splitlines():
        request = _REQUEST_LINE.search(line)
        if request:
            operation = router.operation(request["method"], request["path"])
            continue
        violation = _VIOLATION_LINE.search(line)
        if violation:
            location = re.sub(r"\.(\d+)(?=\.|$)", "[*]", violation["location"])
            found.append(Violation(service, operation, location, violation["severity"], violation["message"].strip()))
    return found


# --------------------------------------------------------------------------------- the descriptions


def highlevel_description(folder: Path) -> Path:
    """2021-07-28: contacts.json, oauth.json and locations.json as one document, their error schemas inlined."""
    source = REFERENCE / "highlevel"
    return _merged_highlevel(
        folder / "highlevel.json",
        [_read_json(source / "contacts.json"), _read_json(source / "oauth.json")],
        _read_json(source / "locations.json"),
        _read_json(source / "common-schemas.json"),
    )


def highlevel_v3_description(folder: Path) -> Path:
    """v3: contacts-v3.json and locations-v3.json as one document with v3's own common schemas inlined.

    Their ``../common/common-schemas.json`` references name a file that HighLevel's repository does not
    have at that place (so Prism cannot load them as published); they mean v3's common schemas.
    """
    source = REFERENCE / "highlevel" / "v3"
    return _merged_highlevel(
        folder / "highlevel-v3.json",
        [_read_json(source / "contacts-v3.json")],
        _read_json(source / "locations-v3.json"),
        _read_json(source / "common-schemas.json"),
    )


def _read_json(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text())
    return document


def _merged_highlevel(
    path: Path, documents: list[dict[str, Any]], locations: dict[str, Any], common: dict[str, Any]
) -> Path:
    """``documents`` and ``locations`` as one document with ``common``'s schemas inlined, written to ``path``.

    A schema name locations shares with the others for another shape (``CustomFieldSchema``) is renamed
    there with a ``Locations`` prefix, its references with it.
    """
    parts = [*documents, _renamed_apart(locations, *documents)]
    paths = Counter(template for part in parts for template in part["paths"])
    schemas = Counter(name for part in [*parts, common] for name in part["components"]["schemas"])
    clashes = sorted(name for name, count in (paths + schemas).items() if count > 1)
    if clashes:
        raise SystemExit(f"the HighLevel references define {clashes} twice: merge them by hand")
    merged, *others = parts
    for other in [*others, common]:
        merged["paths"].update(other.get("paths", {}))
        merged["components"]["schemas"].update(other["components"]["schemas"])
    document = json.loads(json.dumps(merged).replace('"../common/common-schemas.json#/', '"#/'))
    unresolved = unresolved_references(document)
    if unresolved:
        raise SystemExit(f"{path.name}: references that resolve to nothing: {unresolved}")
    path.write_text(json.dumps(document))
    return path


def unresolved_references(document: dict[str, Any]) -> list[str]:
    """Every ``$ref`` of ``document`` that is not a pointer to something inside it."""
    found: list[str] = []

    def visit(value: Any) -> None:
        if isinstance(value, dict):
            reference = value.get("$ref")
            if isinstance(reference, str) and not _resolves(document, reference):
                found.append(reference)
            for item in value.values():
                visit(item)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    visit(document)
    return sorted(set(found))


def _resolves(document: dict[str, Any], reference: str) -> bool:
    if not reference.startswith("#/"):
        return False
    target: Any = document
    for token in reference[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(target, dict) or token not in target:
            return False
        target = target[token]
    return True


def _renamed_apart(document: dict[str, Any], *others: dict[str, Any]) -> dict[str, Any]:
    taken = {name for other in others for name in other["components"]["schemas"]}
    text = json.dumps(document)
    for name in sorted(set(document["components"]["schemas"]) & taken):
        text = text.replace(f'"#/components/schemas/{name}"', f'"#/components/schemas/Locations{name}"')
    renamed: dict[str, Any] = json.loads(text)
    schemas = renamed["components"]["schemas"]
    renamed["components"]["schemas"] = {
        (f"Locations{name}" if name in taken else name): schema for name, schema in schemas.items()
    }
    return renamed


def sakari_description(folder: Path) -> Path:
    """Sakari's file with its server path moved onto the paths, except the token's (served at the root)."""
    document = yaml.safe_load((REFERENCE / "sakari" / "ballerina-openapi.yaml").read_text())
    base = "/v1"
    assert [server["url"] for server in document["servers"]] == [f"https://api.sakari.io{base}"], document["servers"]
    document["servers"] = [{"url": "/"}]
    document["paths"] = {
        (path if path == "/oauth2/token" else base + path): item for path, item in document["paths"].items()
    }
    path = folder / "sakari.json"
    path.write_text(json.dumps(document))
    return path


@contextlib.contextmanager
def prism_proxy(description: Path, upstream: str, log: Path) -> Iterator[str]:
    port = free_port()
    command = [str(PRISM), "proxy", "--host", "127.0.0.1", "--port", str(port), "--errors=false"]
    with log.open("w") as output:
        process = subprocess.Popen([*command, str(description), upstream], stdout=output, stderr=subprocess.STDOUT)
        try:
            wait_for_port(process, port, description.name)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def run() -> list[Violation]:
    from contacts_sandbox import HIGHLEVEL_TOKEN, SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, SandboxServer

    with tempfile.TemporaryDirectory() as name, SandboxServer() as server:
        folder = Path(name)
        descriptions = {
            "highlevel": highlevel_description(folder),
            "highlevel-v3": highlevel_v3_description(folder),
            "sakari": sakari_description(folder),
        }
        logs = {service: folder / f"prism-{service}.log" for service in descriptions}
        upstream = server.highlevel_base_url  # one sandbox answers both versions, by the Version header
        with (
            prism_proxy(descriptions["sakari"], server.url, logs["sakari"]) as sakari,
            prism_proxy(descriptions["highlevel"], upstream, logs["highlevel"]) as highlevel,
            prism_proxy(descriptions["highlevel-v3"], upstream, logs["highlevel-v3"]) as highlevel_v3,
        ):
            environment = {
                **os.environ,
                "SAKARI_BASE_URL": f"{sakari}/v1",
                "SAKARI_CLIENT_ID": SAKARI_CLIENT_ID,
                "SAKARI_CLIENT_SECRET": SAKARI_CLIENT_SECRET,
                "SAKARI_ACCOUNT_ID": SAKARI_ACCOUNT,
                "HIGHLEVEL_BASE_URL": highlevel,
                "HIGHLEVEL_V3_BASE_URL": highlevel_v3,
                "HIGHLEVEL_TOKEN": HIGHLEVEL_TOKEN,
                "HIGHLEVEL_LOCATION_ID": HIGHLEVEL_LOCATION,
            }
            example = subprocess.run(
                [sys.executable, str(EXAMPLE)],
                env=environment,
                capture_output=True,
                text=True,
                timeout=EXAMPLE_SECONDS,
            )
            time.sleep(0.5)  # Prism logs an answer's violations just after forwarding it
        if example.returncode != 0:
            raise SystemExit(f"{EXAMPLE.name} failed through the proxies:\n{example.stdout}\n{example.stderr}")
        violations = []
        for service, description in descriptions.items():
            router = Router(json.loads(description.read_text()))
            log = logs[service].read_text()
            if not _REQUEST_LINE.search(log):  # else a changed log format would pass everything unseen
                raise SystemExit(f"conformance: no request found in Prism's log of {service}:\n{log[-2000:]}")
            violations += parse_prism_log(service, log, router)
        return violations


def main() -> int:
    if not REFERENCE.is_dir():
        print(f"conformance: skipped, the services' own descriptions are not at {REFERENCE} (CI has them)")
        return 0
    allowed = load_allowlist(ALLOWLIST.read_text())
    started = time.monotonic()
    violations = run()
    unexpected, unused = judge(violations, allowed)
    counts = Counter(violations)
    print(
        f"conformance: {len(violations)} violation(s) of the services' own descriptions, "
        f"{len(counts)} distinct, {len(allowed)} allowlist entries, {time.monotonic() - started:.1f} s"
    )
    for violation in sorted(set(unexpected), key=Violation.describe):
        print(f"  NOT ALLOWED ({counts[violation]}x): {violation.describe()}")
    for case in unused:
        print(f"  UNUSED ALLOWLIST ENTRY (nothing matches it any more; remove it): {case.describe()}")
    if unexpected or unused:
        print(f"conformance: failed; fix the SDK or sandbox, or, where the official file is wrong, add to {ALLOWLIST}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
