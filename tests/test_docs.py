"""The documentation site (``docs/mkdocs.yml``, ``make docs``): a broken link, anchor or API reference fails the
strict build; the reference pages ``scripts/docs_reference.py`` plans cover every public module, each model
once, the models of one tag per page; the configuration reaches nothing on the network at build time.

The build tests make tiny sites that inherit the real configuration (its theme, plugins, validation and
strictness), with their own pages and a small package of their own, so each proves what the real build does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from docs_reference import (
    GENERATED_PACKAGES,
    SHARED,
    UNREACHED,
    Directive,
    Page,
    Sources,
    is_private,
    models_by_page,
    reference_pages,
    warehouse_pages,
    with_reference,
)

ROOT = Path(__file__).resolve().parents[1]

SHOP = '''
    """A shop."""


    class Cart:
        """A cart."""

        def add(self, item: str) -> None:
            """Add an item to the cart."""
    '''


def build_site(
    tmp_path: Path, pages: dict[str, str], site_nav: list[Any] | None = None
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build`` of a site inheriting docs/mkdocs.yml, with these pages and the package ``shop``."""
    (tmp_path / "pkg" / "shop").mkdir(parents=True)
    (tmp_path / "pkg" / "shop" / "__init__.py").write_text(textwrap.dedent(SHOP))
    for name, text in pages.items():
        (tmp_path / "pages" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "pages" / name).write_text(textwrap.dedent(text))
    config = {
        "INHERIT": str(ROOT / "docs" / "mkdocs.yml"),
        "docs_dir": "pages",
        "site_dir": "site",
        "hooks": [],  # the real hooks add the real reference; this site has its own pages only
        "nav": site_nav if site_nav is not None else [{Path(name).stem: name} for name in pages],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config))
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--config-file", str(tmp_path / "mkdocs.yml")],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "pkg"), "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_site_whose_links_and_references_resolve_builds(tmp_path: Path) -> None:
    result = build_site(
        tmp_path,
        {
            "index.md": "# Home\n\nThe [cart][shop.Cart], its [add][shop.Cart.add], the [shop](shop.md#shop).\n",
            "shop.md": "# Shop\n\n::: shop\n",
        },
    )
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "site" / "index.html").read_text()
    assert 'href="shop/#shop.Cart"' in home and 'href="shop/#shop.Cart.add"' in home
    assert "Add an item to the cart." in (tmp_path / "site" / "shop" / "index.html").read_text()


@pytest.mark.parametrize(
    ("page", "complaint"),
    [
        ("[gone](missing.md)", "contains a link 'missing.md', but the target is not found"),
        ("[gone](shop.md#nowhere)", "does not contain an anchor '#nowhere'"),
        ("[gone][shop.Basket]", "Could not find cross-reference target 'shop.Basket'"),
        ("[gone](/shop/)", "contains an absolute link"),
    ],
    ids=["missing-page", "missing-anchor", "missing-reference", "absolute-link"],
)
def test_a_broken_link_or_reference_fails_the_strict_build(tmp_path: Path, page: str, complaint: str) -> None:
    result = build_site(tmp_path, {"index.md": f"# Home\n\nSee {page}.\n", "shop.md": "# Shop\n\n::: shop\n"})
    assert result.returncode == 1, result.stderr
    assert complaint in result.stderr
    assert "Aborted with 1 warnings in strict mode!" in result.stdout + result.stderr


def test_a_directive_for_an_object_that_does_not_exist_fails_the_build(tmp_path: Path) -> None:
    result = build_site(tmp_path, {"index.md": "# Home\n\n::: shop.Basket\n"})
    assert result.returncode == 1
    assert "shop.Basket" in result.stderr


def test_a_page_left_out_of_the_nav_fails_the_strict_build(tmp_path: Path) -> None:
    result = build_site(
        tmp_path, {"index.md": "# Home\n", "forgotten.md": "# Forgotten\n"}, site_nav=[{"Home": "index.md"}]
    )
    assert result.returncode == 1
    assert "forgotten.md" in result.stderr


# The configuration


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's ``!!python/name:`` tags as their names (nothing is imported)."""


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: suffix)


def site_config() -> dict[str, Any]:
    config: dict[str, Any] = yaml.load((ROOT / "docs" / "mkdocs.yml").read_text(), Loader=_ConfigLoader)
    return config


def test_the_build_fetches_nothing_and_fails_on_any_warning() -> None:
    config = site_config()
    assert config["strict"] is True and config["docs_dir"] == "pages"
    assert config["theme"]["font"] is False  # no Google Fonts
    plugins = [plugin if isinstance(plugin, str) else next(iter(plugin)) for plugin in config["plugins"]]
    assert plugins == ["search", "autorefs", "mkdocstrings"]  # no social cards, no privacy plugin downloads
    handler = config["plugins"][2]["mkdocstrings"]["handlers"]["python"]
    assert "inventories" not in handler and "import" not in handler
    assert set(config["validation"].values()) == {"warn"}


GUIDES = [
    "credentials",
    "pagination",
    "errors",
    "retries",
    "strict-mode",
    "webhooks",
    "bulk",
    "sandbox",
    "command-line",
    "api-versions",
    "agencies",
    "agency-export",
    "warehouses",
    "performance",
]


def test_the_nav_holds_home_quickstart_every_guide_architecture_and_reference() -> None:
    sections = site_config()["nav"]
    assert [next(iter(item)) for item in sections] == ["Home", "Quickstart", "Guides", "Architecture", "Reference"]
    guides = [next(iter(item.values())) for item in sections[2]["Guides"]]
    assert guides == [f"guides/{name}.md" for name in GUIDES]
    assert sections[3]["Architecture"] == "architecture.md"  # docs/architecture.md, shown by docs/hooks.py
    assert (ROOT / "docs" / "architecture.md").is_file() and not (ROOT / "docs" / "pages" / "architecture.md").exists()


# The reference pages


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    return reference_pages(ROOT)


def rendered(pages: list[Page]) -> list[str]:
    return [directive.path for page in pages for directive in page.objects]


def test_no_two_pages_share_a_path_and_no_object_is_rendered_twice(pages: list[Page]) -> None:
    paths = [page.path for page in pages]
    assert len(paths) == len(set(paths))
    objects = rendered(pages)
    assert len(objects) == len(set(objects))


@pytest.mark.parametrize("package", GENERATED_PACKAGES)
def test_every_public_module_of_a_generated_package_is_rendered(pages: list[Page], package: str) -> None:
    package_dir = ROOT / "generated" / package
    public = {path.stem for path in package_dir.glob("*.py") if not path.stem.startswith("_")} - {"__init__"}
    resources = {path.stem for path in (package_dir / "resources").glob("*.py")} - {"__init__"}
    objects = set(rendered(pages))
    assert public <= {"params", "errors", "oauth", "webhooks", "types"}  # a new public module needs a page here
    assert {f"{package}.{module}" for module in public} <= objects
    assert {f"{package}.resources.{name}" for name in resources} <= objects
    operations = {path.relative_to(ROOT / "generated").with_suffix("") for path in package_dir.glob("api/*/[!_]*.py")}
    assert len(operations) > 20
    assert {".".join(path.parts) for path in operations} <= objects
    clients = {f"{package}.{name}" for name in Sources((ROOT / "generated",)).lent_by_private_modules(package)}
    assert len(clients) == 2 and clients <= objects  # the sync and async clients


@pytest.mark.parametrize("package", GENERATED_PACKAGES)
def test_every_model_is_rendered_once_on_the_page_of_its_tag(pages: list[Page], package: str) -> None:
    package_dir = ROOT / "generated" / package
    exported = Sources((ROOT / "generated",)).exports(f"{package}.models")
    model_pages = [page for page in pages if page.path.startswith(f"reference/{package}/models/")]
    on_pages = [directive.path for page in model_pages for directive in page.objects]
    assert sorted(on_pages) == sorted(f"{package}.models.{name}" for name in exported)
    by_page = models_by_page(package_dir)
    module_count = len([path for path in (package_dir / "models").glob("*.py") if path.stem != "__init__"])
    assert sum(len(models) for models in by_page.values()) == module_count
    assert set(by_page) - {SHARED, UNREACHED} <= {path.name for path in (package_dir / "api").iterdir()}


def test_a_model_goes_to_its_one_tag_or_to_the_shared_or_unreached_page(tmp_path: Path) -> None:
    package = tmp_path / "shop_client"
    files = {
        "api/orders/__init__.py": "",
        "api/orders/place_order.py": "from ...models.order import Order\n",
        "api/carts/__init__.py": "",
        "api/carts/get_cart.py": "from ...models.cart import Cart\n",
        "resources/carts.py": "from ..models.receipt import Receipt\n",
        "models/__init__.py": "",
        "models/order.py": "from ..models.line import Line\n\n\nclass Order: ...\n",
        "models/cart.py": "from ..models.line import Line\n\n\nclass Cart: ...\n",
        "models/line.py": "class Line: ...\n",
        "models/receipt.py": "class Receipt: ...\n",
        "models/order_placed_event.py": "class OrderPlacedEvent: ...\n",
    }
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text)
    assert models_by_page(package) == {
        "carts": ["cart", "receipt"],
        SHARED: ["line"],
        "orders": ["order"],
        UNREACHED: ["order_placed_event"],
    }


def test_a_re_exported_name_links_to_its_public_home(pages: list[Page]) -> None:
    index = next(page for page in pages if page.path == "reference/highlevel_client/index.md")
    links = {name: home for _, name, home in index.exported}
    assert links["ArgumentError"] == "contacts_runtime.errors.ArgumentError"
    assert links["SyncPage"] == "contacts_runtime.SyncPage"  # the runtime's private _pagination is not a home
    assert links["errors"] == "highlevel_client.errors"
    assert "models" not in links and "HighLevel" not in links  # no module page; rendered on this page
    assert "[`ArgumentError`][contacts_runtime.errors.ArgumentError]" in index.markdown()


def test_a_page_prints_its_directives_with_their_own_options() -> None:
    page = Page(
        "reference/shop/index.md",
        "shop",
        (Directive("shop", (("members", "false"),)), Directive("shop.Cart")),
        (("shop", "Receipt", "till.Receipt"),),
    )
    assert page.markdown() == (
        "# shop\n\n::: shop\n    options:\n      members: false\n\n::: shop.Cart\n\n"
        "## Also exported by `shop`\n\nDocumented where they are defined.\n\n"
        "| name | defined as |\n| --- | --- |\n| [`Receipt`][till.Receipt] | `till.Receipt` |\n"
    )


def test_the_warehouse_package_gets_pages_once_it_is_in_the_tree(tmp_path: Path) -> None:
    sources = Sources((tmp_path,))
    assert warehouse_pages(sources, tmp_path) == []
    (tmp_path / "contacts_warehouse").mkdir()
    (tmp_path / "contacts_warehouse" / "__init__.py").write_text('"""Warehouses."""\n')
    (tmp_path / "contacts_warehouse" / "source.py").write_text('"""The dlt source."""\n')
    (tmp_path / "contacts_warehouse" / "_private.py").write_text("")
    paths = [page.path for page in warehouse_pages(sources, tmp_path)]
    assert paths == ["reference/contacts_warehouse/index.md", "reference/contacts_warehouse/source.md"]


def test_the_reference_nav_nests_pages_by_package_and_folder() -> None:
    pages = [
        Page("reference/shop/index.md", "shop", ()),
        Page("reference/shop/models/carts.md", "Carts", ()),
        Page("reference/shop/models/orders.md", "Orders", ()),
        Page("reference/till/index.md", "till", ()),
    ]
    site = [{"Home": "index.md"}, {"Reference": ["reference/index.md"]}]
    models = [{"Carts": "reference/shop/models/carts.md"}, {"Orders": "reference/shop/models/orders.md"}]
    assert with_reference(site, pages) == [
        {"Home": "index.md"},
        {
            "Reference": [
                "reference/index.md",
                {"shop": [{"shop": "reference/shop/index.md"}, {"Models by tag": models}]},
                {"till": [{"till": "reference/till/index.md"}]},
            ]
        },
    ]
    with pytest.raises(ValueError, match="exactly one 'Reference' section"):
        with_reference([{"Home": "index.md"}], pages)


def test_the_hooks_show_the_architecture_in_place_and_put_every_reference_page_in_the_nav() -> None:
    config = load_config(str(ROOT / "docs" / "mkdocs.yml"))
    config = config.plugins.on_config(config)  # the events of every plugin and hook, as a build runs them
    files = config.plugins.on_files(get_files(config), config=config)
    architecture = files.get_file_from_path("architecture.md")
    assert architecture is not None and architecture.abs_src_path == str(ROOT / "docs" / "architecture.md")

    def leaves(items: list[Any]) -> list[str]:
        return [
            leaf
            for item in items
            for value in (item.values() if isinstance(item, dict) else [item])
            for leaf in (leaves(value) if isinstance(value, list) else [value])
        ]

    in_nav = leaves(config.nav)
    pages = {file.src_uri for file in files.documentation_pages()}
    assert set(in_nav) == pages  # every page in the nav once, and nothing in the nav that is not a page
    assert len(in_nav) == len(pages)
    reference = leaves(config.nav[-1]["Reference"])
    assert reference[:2] == ["reference/index.md", "reference/operations.md"]
    assert reference[2:] == [page.path for page in reference_pages(ROOT)]


def test_an_object_reached_through_a_private_module_is_headed_by_its_name(pages: list[Page]) -> None:
    drift = next(page for page in pages if page.path == "reference/contacts_runtime/drift.md")
    assert drift.objects == (Directive("contacts_runtime._drift.DriftLog", (("show_root_full_path", "false"),)),)
    public = next(page for page in pages if page.path == "reference/contacts_runtime/pages.md")
    assert all(directive.options == () for directive in public.objects)


@pytest.mark.parametrize("package", ["contacts_runtime", "contacts_sandbox"])
def test_every_public_submodule_of_the_runtime_and_the_sandbox_is_rendered(pages: list[Page], package: str) -> None:
    source = ROOT / "src"
    modules = {
        ".".join(path.relative_to(source).with_suffix("").parts).removesuffix(".__init__")
        for path in (source / package).rglob("*.py")
    }
    public = {module for module in modules if module != package and not is_private(module)}
    assert public  # errors, types, webhooks...; the pytest plugin
    assert public <= set(rendered(pages))
