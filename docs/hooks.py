"""MkDocs hooks of the site (``docs/mkdocs.yml``): pages that are not files under ``docs/pages``.

- The API reference: ``scripts/docs_reference.py`` decides its pages (mkdocstrings directives only) and
  their nav; they are handed to MkDocs in memory, never written into the source tree.
- ``docs/architecture.md`` stays where the team's guide names it and is shown as ``architecture.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent / "scripts"))

from docs_reference import Page, reference_pages, with_reference  # noqa: E402 (scripts/ is not a package)

ARCHITECTURE = DOCS / "architecture.md"
_pages: list[Page] = []


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _pages[:] = reference_pages(DOCS.parent)
    config.nav = with_reference(config.nav or [], _pages)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    files.append(File.generated(config, ARCHITECTURE.name, abs_src_path=str(ARCHITECTURE)))
    for page in _pages:
        files.append(File.generated(config, page.path, content=page.markdown()))
    return files
