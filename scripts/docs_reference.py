"""The API reference pages of the documentation site: which objects each page renders, and the nav over them.

``docs/hooks.py`` hands these pages to MkDocs at build time (nothing is written into ``docs/pages``); the
pages hold only mkdocstrings directives (``::: dotted.path``), so every word of the reference comes from
the docstrings. The decisions live here, as plain data, so that tests can hold them without a build:

- a generated client package gets an overview (its docstring and its client classes), one page per public
  module (``params``, ``errors``, ``oauth``, ``webhooks``, ``types``), one page per resource (tag), one
  page per tag of ``api`` modules (each operation's request builder and answer parser), and
  its models split by tag: a model goes to the page of the one tag whose operations reach it (through
  their request builders, answer parsers and resource methods, and the models those import); a model that
  several tags reach goes to a page of shared models, and one no operation reaches (webhook events,
  error bodies) to a page of its own. No page holds every model: one page per tag keeps each small.
- the runtime's public parts that users meet through a client (pages, bulk results, raw responses, drift,
  the models' base classes, errors, webhooks, types), the sandbox and its pytest fixtures, and
  ``contacts_warehouse`` when its package is in the tree.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED_PACKAGES = ("sakari_client", "highlevel_client", "highlevel_v3_client")
REFERENCE = "reference"
# Public modules of a generated package with a page of their own, in the order of the nav.
GENERATED_MODULES = ("params", "errors", "oauth", "webhooks", "types")
# The nav's names of a generated package's folders of pages.
FOLDER_TITLES = {"resources": "Resources", "api": "Operation modules (api)", "models": "Models by tag"}
SHARED = "shared"
UNREACHED = "events-and-error-bodies"


@dataclass(frozen=True)
class Directive:
    """One object rendered by mkdocstrings (``::: path``), with options for it alone (YAML scalars)."""

    path: str
    options: tuple[tuple[str, str], ...] = ()

    def markdown(self) -> str:
        lines = [f"::: {self.path}"]
        if self.options:
            lines.append("    options:")
            lines += [f"      {name}: {value}" for name, value in self.options]
        return "\n".join(lines)


@dataclass(frozen=True)
class Page:
    """One page of the reference: where it goes in the site and what it renders, in order."""

    path: str  # relative to the site's docs_dir, e.g. "reference/highlevel_client/models/notes.md"
    title: str
    objects: tuple[Directive, ...]
    # Names the page's modules export but document elsewhere: (module, name, the path they are documented under).
    exported: tuple[tuple[str, str, str], ...] = ()

    @property
    def section(self) -> tuple[str, ...]:
        """The nav sections above the page: the folders under ``reference/``."""
        return tuple(self.path.split("/")[1:-1])

    def markdown(self) -> str:
        blocks = [f"# {self.title}", *(directive.markdown() for directive in self.objects)]
        modules = sorted({module for module, _, _ in self.exported})
        for module in modules:
            rows = [f"| [`{name}`][{target}] | `{target}` |" for m, name, target in self.exported if m == module]
            # The table's anchors are autorefs: a name whose definition no page renders fails the strict build.
            blocks.append(
                f"## Also exported by `{module}`\n\nDocumented where they are defined.\n\n"
                "| name | defined as |\n| --- | --- |\n" + "\n".join(rows)
            )
        return "\n\n".join(blocks) + "\n"


def _model_imports(path: Path) -> set[str]:
    """The model modules a generated module imports (``from ..models.contact import Contact`` -> contact)."""
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if len(parts) >= 2 and parts[-2] == "models":
                modules.add(parts[-1])
    return modules


def _closure(start: Iterable[str], imports: Mapping[str, set[str]]) -> set[str]:
    reached: set[str] = set()
    pending = list(start)
    while pending:
        module = pending.pop()
        if module not in reached:
            reached.add(module)
            pending.extend(imports.get(module, ()))
    return reached


def tags(package_dir: Path) -> list[str]:
    """The package's tags: one folder of operation modules under ``api/`` each."""
    return sorted(path.name for path in (package_dir / "api").iterdir() if (path / "__init__.py").is_file())


def models_by_page(package_dir: Path) -> dict[str, list[str]]:
    """Model module names by the page that renders them: a tag, ``SHARED`` or ``UNREACHED``; each exactly once."""
    models_dir = package_dir / "models"
    models = sorted(path.stem for path in models_dir.glob("*.py") if path.stem != "__init__")
    imports = {model: _model_imports(models_dir / f"{model}.py") for model in models}
    reached_by: dict[str, set[str]] = {model: set() for model in models}
    for tag in tags(package_dir):
        sources = [*sorted((package_dir / "api" / tag).glob("*.py")), package_dir / "resources" / f"{tag}.py"]
        direct = set().union(*(_model_imports(source) for source in sources if source.is_file()))
        for model in _closure(direct, imports):
            reached_by[model].add(tag)
    pages: dict[str, list[str]] = {}
    for model in models:
        reaching = reached_by[model]
        page = next(iter(reaching)) if len(reaching) == 1 else SHARED if reaching else UNREACHED
        pages.setdefault(page, []).append(model)
    return pages


def _classes_of(module: Path) -> list[str]:
    """The public top-level classes of a model module, in source order."""
    tree = ast.parse(module.read_text(), str(module))
    return [node.name for node in tree.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_")]


def _title(name: str) -> str:
    return name.replace("_", " ").replace("-", " ").capitalize()


def is_private(dotted: str) -> bool:
    return any(part.startswith("_") for part in dotted.split("."))


@dataclass(frozen=True)
class Sources:
    """The folders the packages are read from (``generated/`` and ``src/``), read without importing anything."""

    folders: tuple[Path, ...]

    def module_file(self, dotted: str) -> Path | None:
        for folder in self.folders:
            base = folder.joinpath(*dotted.split("."))
            for candidate in (base.with_suffix(".py"), base / "__init__.py"):
                if candidate.is_file():
                    return candidate
        return None

    def _top_level(self, dotted: str) -> list[ast.stmt]:
        """The module's top-level statements, and those under an ``if`` (``if TYPE_CHECKING:`` imports)."""
        path = self.module_file(dotted)
        if path is None:
            return []
        statements = []
        for node in ast.parse(path.read_text(), str(path)).body:
            statements += node.body if isinstance(node, ast.If) else [node]
        return statements

    def exports(self, dotted: str) -> list[str]:
        """The module's ``__all__`` as written (a literal list of strings), or nothing."""
        for node in self._top_level(dotted):
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
                return [str(name) for name in ast.literal_eval(node.value)]
        return []

    def imported_from(self, dotted: str, name: str) -> tuple[str, str] | None:
        """``(module, original name)`` when the module imports ``name`` rather than defining it."""
        path = self.module_file(dotted)
        package = dotted if path is not None and path.name == "__init__.py" else dotted.rpartition(".")[0]
        for node in self._top_level(dotted):
            if not isinstance(node, ast.ImportFrom):
                continue
            for alias in node.names:
                if (alias.asname or alias.name) != name:
                    continue
                if node.level == 0:
                    return node.module or "", alias.name
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                return ".".join(filter(None, (base, node.module))), alias.name
        return None

    def public_home(self, dotted: str, name: str) -> str:
        """The dotted path under which the object a module exports is documented: the last public module
        that re-exports it on the way to its definition (``highlevel_client.ArgumentError`` comes from
        ``contacts_runtime.errors``; ``highlevel_client.HighLevel`` stays where the private ``_client`` lends it)."""
        while (origin := self.imported_from(dotted, name)) is not None:
            module, original = origin
            if self.module_file(f"{module}.{original}") is not None:
                return f"{module}.{original}"  # a submodule
            if is_private(module) or self.module_file(module) is None:  # a private module, or another distribution
                break
            dotted, name = module, original
        return f"{dotted}.{name}"

    def exported_elsewhere(self, module: str) -> list[tuple[str, str, str]]:
        """``(module, name, public home)`` for each name of ``__all__`` documented under another path, or a module."""
        homes = [(name, self.public_home(module, name)) for name in self.exports(module)]
        return [
            (module, name, home)
            for name, home in homes
            if home != f"{module}.{name}" or self.module_file(home) is not None
        ]

    def lent_by_private_modules(self, module: str) -> list[str]:
        """The names of ``__all__`` that the module takes from its own private modules (a package's clients)."""
        names = []
        for name in self.exports(module):
            origin = self.imported_from(module, name)
            if origin is not None and origin[0].startswith(f"{module}._"):
                names.append(name)
        return names


def module_page(sources: Sources, path: str, title: str, module: str, linkable: set[str]) -> Page:
    """A module's page: its docstring and members, and a table linking what it re-exports to where that is
    documented (a re-exported submodule only when ``linkable`` holds it, as a page renders it)."""
    lent = sources.lent_by_private_modules(module)
    if lent:  # a package: its docstring, and what it lends from private modules (the clients) in full
        # Their undocumented attributes too: a client's resources (``client.contacts``) are its attributes.
        lent_options = (("show_if_no_docstring", "true"),)
        directives = [
            Directive(module, (("members", "false"),)),
            *(Directive(f"{module}.{name}", lent_options) for name in lent),
        ]
    else:
        directives = [Directive(module)]
    exported = [
        (m, name, home)
        for m, name, home in sources.exported_elsewhere(module)
        if name not in lent and (sources.module_file(home) is None or home in linkable)
    ]
    return Page(path, title, tuple(directives), tuple(exported))


def generated_package_pages(sources: Sources, package_dir: Path) -> list[Page]:
    package = package_dir.name
    base = f"{REFERENCE}/{package}"
    modules = [module for module in GENERATED_MODULES if (package_dir / f"{module}.py").is_file()]
    linkable = {f"{package}.{module}" for module in modules}
    pages = [module_page(sources, f"{base}/index.md", package, package, linkable)]
    pages += [
        module_page(sources, f"{base}/{module}.md", f"{package}.{module}", f"{package}.{module}", linkable)
        for module in modules
    ]
    pages += [
        Page(f"{base}/resources/{tag}.md", _title(tag), (Directive(f"{package}.resources.{tag}"),))
        for tag in tags(package_dir)
        if (package_dir / "resources" / f"{tag}.py").is_file()
    ]
    pages += [
        Page(
            f"{base}/api/{tag}.md",
            _title(tag),
            _objects(
                f"{package}.api.{tag}",
                *(f"{package}.api.{tag}.{path.stem}" for path in sorted((package_dir / "api" / tag).glob("[!_]*.py"))),
            ),
        )
        for tag in tags(package_dir)
    ]
    titles = {SHARED: "Models several tags share", UNREACHED: "Webhook events, error bodies and other models"}
    by_page = models_by_page(package_dir)
    for page in sorted(by_page, key=lambda name: (name in titles, name)):
        classes = [
            Directive(f"{package}.models.{name}")
            for model in by_page[page]
            for name in _classes_of(package_dir / "models" / f"{model}.py")
        ]
        pages.append(Page(f"{base}/models/{page}.md", titles.get(page, _title(page)), tuple(classes)))
    return pages


def _objects(*paths: str) -> tuple[Directive, ...]:
    """Directives for these objects; one reached through a private module is headed by its name alone
    (``DriftLog``, met as ``client.drift``), not by a path no user imports."""
    return tuple(Directive(path, (("show_root_full_path", "false"),) if is_private(path) else ()) for path in paths)


def runtime_pages(sources: Sources) -> list[Page]:
    """The runtime's parts a user meets through a client; the rest of it is the generated code's machinery."""
    base = f"{REFERENCE}/contacts_runtime"
    runtime = "contacts_runtime"
    webhooks = [f"{runtime}.webhooks", f"{runtime}.webhooks.sakari", f"{runtime}.webhooks.highlevel"]
    return [
        Page(f"{base}/pages.md", "Pages and pagination", _objects(*(f"{runtime}.{n}" for n in PAGE_CLASSES))),
        Page(f"{base}/bulk.md", "Bulk results", _objects(f"{runtime}.BulkResult", f"{runtime}.BulkProgress")),
        Page(f"{base}/raw-responses.md", "Raw responses", _objects(f"{runtime}.RawResponse")),
        Page(f"{base}/drift.md", "Drift log", _objects(f"{runtime}._drift.DriftLog")),
        Page(f"{base}/models.md", "Models", _objects(*(f"{runtime}._model.{n}" for n in MODEL_BASES))),
        module_page(sources, f"{base}/errors.md", f"{runtime}.errors", f"{runtime}.errors", set()),
        Page(
            f"{base}/webhooks.md",
            f"{runtime}.webhooks",
            _objects(*webhooks),
            tuple(row for module in webhooks for row in sources.exported_elsewhere(module)),
        ),
        module_page(sources, f"{base}/types.md", f"{runtime}.types", f"{runtime}.types", set()),
    ]


MODEL_BASES = ("Model", "AdditionalProperties")
PAGE_CLASSES = ("SyncPage", "AsyncPage", "AsyncPaginator", "PageInfo", "NoNextPageError")


def sandbox_pages(sources: Sources) -> list[Page]:
    base = f"{REFERENCE}/contacts_sandbox"
    return [
        module_page(sources, f"{base}/index.md", "contacts_sandbox", "contacts_sandbox", set()),
        Page(f"{base}/pytest-fixtures.md", "pytest fixtures", _objects("contacts_sandbox.pytest_plugin")),
    ]


def warehouse_pages(sources: Sources, source_dir: Path) -> list[Page]:
    """``contacts_warehouse`` (from work/warehouse) once it is in the tree: its package and public modules."""
    package_dir = source_dir / "contacts_warehouse"
    if not (package_dir / "__init__.py").is_file():
        return []
    names = sorted(path.stem for path in package_dir.glob("*.py") if not path.stem.startswith("_"))
    modules = [f"contacts_warehouse.{name}" for name in names if name not in {"__init__", "__main__"}]
    base = f"{REFERENCE}/contacts_warehouse"
    linkable = set(modules)
    return [
        module_page(sources, f"{base}/index.md", "contacts_warehouse", "contacts_warehouse", linkable),
        *(module_page(sources, f"{base}/{m.rpartition('.')[2]}.md", m, m, linkable) for m in modules),
    ]


def reference_pages(root: Path = ROOT) -> list[Page]:
    sources = Sources((root / "generated", root / "src"))
    pages: list[Page] = []
    for package in GENERATED_PACKAGES:
        pages += generated_package_pages(sources, root / "generated" / package)
    return [*pages, *runtime_pages(sources), *sandbox_pages(sources), *warehouse_pages(sources, root / "src")]


# MkDocs' nav: a page ("path.md"), a titled page ({"Title": "path.md"}) or a section ({"Title": [...]}).
NavItem = str | dict[str, "str | list[NavItem]"]


def nav(pages: Sequence[Page], head: Sequence[NavItem] = ()) -> list[NavItem]:
    """The nav of the reference: ``head`` first, then the pages nested by their folders (titles from the pages)."""
    tree: list[NavItem] = list(head)
    for page in pages:
        level = tree
        for depth, folder in enumerate(page.section):
            title = folder if depth == 0 else FOLDER_TITLES.get(folder, _title(folder))  # a package keeps its name
            sections = [item[title] for item in level if isinstance(item, dict) and isinstance(item.get(title), list)]
            if sections:
                section = sections[0]
            else:
                section = []
                level.append({title: section})
            assert isinstance(section, list)
            level = section
        level.append({page.title: page.path})
    return tree


def with_reference(site_nav: Sequence[NavItem], pages: Sequence[Page], section: str = "Reference") -> list[NavItem]:
    """``site_nav`` with the generated pages nested after what its ``section`` lists (written pages first)."""
    entries = [i for i, item in enumerate(site_nav) if isinstance(item, dict) and section in item]
    if len(entries) != 1:
        raise ValueError(f"the site's nav must hold exactly one {section!r} section, not {len(entries)}")
    index = entries[0]
    entry = site_nav[index]
    assert isinstance(entry, dict)
    written = entry[section]
    head = written if isinstance(written, list) else [written]
    return [*site_nav[:index], {section: nav(pages, head)}, *site_nav[index + 1 :]]
