"""Extract the sample payloads of the seed documents into contract-test fixture files.

Every JSON object a seed page shows (the curl request body and the sample answers) is written
once, exactly as shown, under ``tests/contract/samples/``. Pages show some samples twice; a
repeated sample is written once. ``--check`` compares instead of writing, so CI notices when
the fixtures and the seeds part ways.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLES = ROOT / "tests" / "contract" / "samples"

# seed file -> fixture names, in the order the distinct JSON objects appear on the page.
PAGES: dict[str, tuple[str, ...]] = {
    "000_e0166973334d2f4c.txt": ("sakari_create_attribute_request", "sakari_create_attribute_response"),
    "001_5162398b1413c430.txt": ("sakari_create_contact_request", "sakari_create_contact_response"),
    "002_bfcad10a3c6f731f.txt": ("sakari_update_contact_request", "sakari_update_contact_response"),
    "003_a82a23ad6869cfb6.txt": ("sakari_list_contacts_response",),
}


def json_objects(text: str) -> list[object]:
    """Return the distinct top-level JSON objects in ``text``, in order of appearance."""
    decoder = json.JSONDecoder()
    found: list[object] = []
    position = 0
    while (start := text.find("{", position)) != -1:
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            position = start + 1
            continue
        if value not in found:
            found.append(value)
        position = end
    return found


def extract(seeds: Path) -> dict[str, object]:
    samples: dict[str, object] = {}
    for page, names in PAGES.items():
        objects = json_objects((seeds / page).read_text(encoding="utf-8"))
        if len(objects) != len(names):
            raise SystemExit(f"{page}: expected {len(names)} distinct JSON samples, found {len(objects)}")
        samples.update(zip(names, objects, strict=True))
    return samples


def render(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--check", action="store_true", help="fail if the fixtures differ from the seeds")
    args = parser.parse_args()
    stale = []
    for name, value in extract(args.seeds).items():
        path = SAMPLES / f"{name}.json"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != render(value):
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(value), encoding="utf-8")
    if stale:
        print("fixtures differ from the seeds:", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
