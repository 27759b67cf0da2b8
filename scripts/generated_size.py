"""Generated lines per operation: every ``.py`` line under ``generated/`` divided by the operations the specs in
``spec/`` describe (each ``operationId`` under ``paths``, every spec counted, so a second version of an API
counts once it exists, a version told as an overlay too).

    python scripts/generated_size.py     # prints lines, operations and lines per operation
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sdk.overlay import apply_overlay

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


@dataclass(frozen=True)
class GeneratedSize:
    lines: int
    operations: int

    @property
    def per_operation(self) -> float:
        return self.lines / self.operations


def generated_lines(folder: Path) -> int:
    return sum(len(path.read_text(encoding="utf-8").splitlines()) for path in sorted(folder.rglob("*.py")))


def spec_documents(spec_folder: Path) -> list[dict[str, Any]]:
    """Every API version the specs describe: each spec, and each overlay applied to the spec it ``extends``."""
    documents = []
    for spec in sorted(spec_folder.glob("*.yaml")):
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        if isinstance(document, dict) and "overlay" in document:
            base = yaml.safe_load((spec_folder / document["extends"]).read_text(encoding="utf-8"))
            document = apply_overlay(base, document)
        documents.append(document)
    return documents


def operations(spec_folder: Path) -> int:
    count = 0
    for document in spec_documents(spec_folder):
        for item in (document.get("paths") or {}).values():
            count += sum(
                1 for method, operation in item.items() if method in HTTP_METHODS and "operationId" in operation
            )
    return count


def measure(root: Path = ROOT) -> GeneratedSize:
    return GeneratedSize(lines=generated_lines(root / "generated"), operations=operations(root / "spec"))


def main() -> int:
    size = measure()
    print(f"{size.lines} generated lines / {size.operations} operations = {size.per_operation:.0f} lines per operation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
