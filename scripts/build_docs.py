"""``make docs``: the HTML API reference of the packages, built with pdoc into ``build/docs/``.

pdoc reports what it cannot document (a submodule that does not import, an annotation it cannot
resolve, a docstring include that fails) as Python warnings and carries on; here any warning that
pdoc raises fails the build, so the reference cannot rot unnoticed.

    python scripts/build_docs.py [--output DIR] [MODULE ...]
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import shutil
import sys
import typing
import warnings
from pathlib import Path

import attrs
import pdoc
import pdoc.render

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ("sakari_client", "highlevel_client")
PACKAGES = (
    "sakari_client",
    "sakari_client.resources",
    "sakari_client.webhooks",
    "highlevel_client",
    "highlevel_client.resources",
    "highlevel_client.webhooks",
    "contacts_runtime",
    "contacts_sandbox",
)


def with_attribute_types(packages: list[str]) -> list[str]:
    """The packages, and the private modules that define the classes of their public classes' attributes.

    pdoc leaves out private modules and what a module's ``__all__`` omits, so ``client.contacts`` (a
    resource class of the private ``_client``) would show as an unlinked name, without the methods a
    user calls. Those modules are named to pdoc, and the classes are added to their ``__all__`` in this
    process only (the packages are not changed).
    """
    modules = list(packages)
    pending: list[object] = []
    for package in packages:
        module = importlib.import_module(package)
        pending.extend(getattr(module, name) for name in getattr(module, "__all__", []))
    seen: set[type] = set()
    while pending:
        public = pending.pop()
        if not inspect.isclass(public) or public in seen:
            continue
        seen.add(public)
        try:
            hints = typing.get_type_hints(public)
        except NameError:  # an annotation only a type checker resolves (imported under TYPE_CHECKING)
            hints = {}
        for annotation in hints.values():
            home = getattr(annotation, "__module__", "")
            parts = home.split(".")
            private = any(part.startswith("_") for part in parts)
            if not (inspect.isclass(annotation) and parts[0] in packages and private):
                continue
            names = getattr(sys.modules[home], "__all__", None)
            if isinstance(names, list) and annotation.__name__ not in names:
                names.append(annotation.__name__)
            if home not in modules:
                modules.append(home)
            pending.append(annotation)
    return modules


def resolve_inherited_signatures(modules: list[str]) -> None:
    """Give each attrs class's ``__init__`` the resolved types of the fields it inherits.

    A model derived from another (a webhook event from its shared base) gets an ``__init__`` whose
    annotations name its base's imports, which the derived module does not import; pdoc evaluates
    them in the derived module and fails. ``typing.get_type_hints`` resolves each field in the module
    that declared it. Only this process's classes change.
    """
    for name in modules:
        for value in list(vars(importlib.import_module(name)).values()):
            if not (inspect.isclass(value) and attrs.has(value)) or value.__mro__[1] is object:
                continue
            try:
                hints = typing.get_type_hints(value)
            except NameError:  # an annotation only a type checker resolves
                continue
            annotations = value.__init__.__annotations__
            for parameter, annotation in list(annotations.items()):
                if isinstance(annotation, str) and parameter in hints:
                    annotations[parameter] = hints[parameter]


def from_pdoc(warning: warnings.WarningMessage) -> bool:
    return Path(pdoc.__file__).parent in Path(warning.filename).parents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the HTML API reference with pdoc; fail on its warnings.")
    parser.add_argument("modules", nargs="*", default=list(PACKAGES), help=f"default: {' '.join(PACKAGES)}")
    parser.add_argument("--output", type=Path, default=ROOT / "build" / "docs")
    arguments = parser.parse_args(argv)
    if arguments.output.exists():
        shutil.rmtree(arguments.output)
    # The docstrings mix Google-style sections (the generated models' "Attributes:") with Markdown code spans.
    pdoc.render.configure(docformat="google", footer_text="contacts-sdk", search=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        modules = with_attribute_types(arguments.modules)
        resolve_inherited_signatures([*modules, *(f"{package}.models" for package in GENERATED)])
        pdoc.pdoc(*modules, output_directory=arguments.output)
    problems = [warning for warning in caught if from_pdoc(warning)]
    for warning in problems:
        print(f"docs: {warning.message}", file=sys.stderr)
    if problems:
        print(f"docs: pdoc raised {len(problems)} warning(s); the reference is incomplete", file=sys.stderr)
        return 1
    print(f"docs: {arguments.output / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
